"""Network builders shipped with accel, and checkpoints that name their builder.

A checkpoint is ``{"arch": name, "kwargs": {...}, "state_dict": ..., "image_shape": [...]}``
saved with `torch.save`; `load_checkpoint` rebuilds the module from the registry, so
loading never unpickles code (``weights_only=True``).
"""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

from .quant import BinaryAct, BinaryLinear

__all__ = ["digits_mlp", "ARCHS", "save_checkpoint", "load_checkpoint"]


def digits_mlp(hidden: int = 256, layers: int = 2, in_features: int = 64, classes: int = 10,
               in_bits: int = 8, alpha: bool = False) -> nn.Sequential:
    """Binary MLP: 8-bit input -> ``layers`` x (BinaryLinear, BN, sign) -> BinaryLinear.

    The last layer gives integer scores (argmax is the class).
    """
    mods: list[nn.Module] = [nn.Flatten()]
    n = in_features
    for i in range(layers):
        mods += [BinaryLinear(n, hidden, in_bits=in_bits if i == 0 else None, alpha=alpha),
                 nn.BatchNorm1d(hidden), BinaryAct()]
        n = hidden
    mods.append(BinaryLinear(n, classes))
    return nn.Sequential(*mods)


ARCHS = {"digits_mlp": digits_mlp}


def save_checkpoint(path, model: nn.Module, arch: str, kwargs: dict, image_shape,
                    extra: dict | None = None) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    torch.save({"arch": arch, "kwargs": kwargs, "state_dict": model.state_dict(),
                "image_shape": list(image_shape), "extra": extra or {}}, path)


def load_checkpoint(path) -> tuple[nn.Module, dict]:
    """Rebuild the model of a checkpoint; returns ``(model in eval mode, checkpoint dict)``."""
    try:
        ck = torch.load(path, weights_only=True)
    except FileNotFoundError:
        raise FileNotFoundError(f"checkpoint {path} does not exist") from None
    except Exception as e:  # noqa: BLE001
        raise ValueError(f"{path} is not an accel checkpoint: {e}") from None
    if not isinstance(ck, dict) or "arch" not in ck or "state_dict" not in ck:
        raise ValueError(f"{path} is not an accel checkpoint (no 'arch'/'state_dict')")
    if ck["arch"] not in ARCHS:
        raise ValueError(f"{path}: unknown architecture {ck['arch']!r}; known: {sorted(ARCHS)}")
    model = ARCHS[ck["arch"]](**ck.get("kwargs", {}))
    model.load_state_dict(ck["state_dict"])
    model.eval()
    return model, ck
