"""Network builders shipped with accel, and checkpoints that name their builder.

A checkpoint is ``{"arch": name, "kwargs": {...}, "state_dict": ..., "image_shape": [...]}``
saved with `torch.save`; `load_checkpoint` rebuilds the module from the registry, so
loading never unpickles code (``weights_only=True``).
"""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

from .quant import (BinaryAct, BinaryConv2d, BinaryLinear, BiRealBlock, ESBLinear, LightNorm1d,
                    GlobalSumPool2d, IntLinear, QuantAct)

__all__ = ["digits_mlp", "digits_cnn", "cnv", "binary_resnet", "digits_esb", "digits_lightnorm",
           "ARCHS", "RECIPES",
           "save_checkpoint", "load_checkpoint", "calibrate_batchnorm"]


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


def _conv_bn_act(cin, cout, *, in_bits=None, padding=1, pad_value=None):
    return [BinaryConv2d(cin, cout, 3, padding=padding, in_bits=in_bits, pad_value=pad_value),
            nn.BatchNorm2d(cout), BinaryAct()]


def digits_cnn(width: int = 64, classes: int = 10, in_bits: int = 8) -> nn.Sequential:
    """Small conv BNN for the 8x8 digits: input ``(n, 8, 8)`` 8-bit pixels.

    conv 3x3 (8-bit input, zero padding) -> conv 3x3 -> max-pool 2 -> conv 3x3 ->
    max-pool 2 -> binary FC 128 -> binary FC ``classes``; binary convolutions pad with
    +1; batch norm + sign after every layer but the last.
    """
    w = width
    return nn.Sequential(
        nn.Unflatten(1, (1, 8)),
        *_conv_bn_act(1, w, in_bits=in_bits, pad_value=0),
        *_conv_bn_act(w, 2 * w, pad_value=1), nn.MaxPool2d(2),
        *_conv_bn_act(2 * w, 2 * w, pad_value=1), nn.MaxPool2d(2),
        nn.Flatten(),
        BinaryLinear(2 * w * 4, 128), nn.BatchNorm1d(128), BinaryAct(),
        BinaryLinear(128, classes))


def cnv(classes: int = 10, in_bits: int = 8) -> nn.Sequential:
    """FINN's CNV topology for 32x32x3 input (REFERENCE.md).

    3x3 convs (no padding) 64, 64 | pool | 128, 128 | pool | 256, 256 | FC 512, 512,
    ``classes``; first layer 8-bit input, W1A1 elsewhere.
    """
    def block(cin, cout, first=False):
        return _conv_bn_act(cin, cout, in_bits=in_bits if first else None, padding=0)
    return nn.Sequential(
        *block(3, 64, first=True), *block(64, 64), nn.MaxPool2d(2),
        *block(64, 128), *block(128, 128), nn.MaxPool2d(2),
        *block(128, 256), *block(256, 256),
        nn.Flatten(),
        BinaryLinear(256, 512), nn.BatchNorm1d(512), BinaryAct(),
        BinaryLinear(512, 512), nn.BatchNorm1d(512), BinaryAct(),
        BinaryLinear(512, classes))


def binary_resnet(width: int = 32, blocks: int = 2, classes: int = 10,
                  in_bits: int = 8) -> nn.Sequential:
    """Small binary ResNet for the 8x8 digits with Bi-Real residual shortcuts.

    8-bit stem conv -> ``blocks`` x `BiRealBlock` -> max-pool 2 -> ``blocks`` x
    `BiRealBlock` -> global sum pool -> binary FC ``classes``.
    """
    return nn.Sequential(
        nn.Unflatten(1, (1, 8)),
        *_conv_bn_act(1, width, in_bits=in_bits, pad_value=0),
        *[BiRealBlock(width) for _ in range(blocks)], nn.MaxPool2d(2),
        *[BiRealBlock(width) for _ in range(blocks)],
        GlobalSumPool2d(),
        BinaryLinear(width, classes))


def digits_esb(hidden: int = 256, layers: int = 2, in_features: int = 64, classes: int = 10,
               in_bits: int = 8, act_bits: int = 4, weights: str = "esb", bits: int = 4,
               mantissa: int = 1) -> nn.Sequential:
    """Multi-bit MLP: 8-bit input -> ``layers`` x (ESB or integer linear, BN,
    ``QuantAct(act_bits)``) -> ESB or integer linear.

    ``weights = "esb"``: ESB weights of ``bits`` bits with ``mantissa`` mantissa bits
    (`accel.quant.ESBLinear`, runs on ``pe_kind = "esb"``); ``"int"``: symmetric
    ``bits``-bit integers (`accel.quant.IntLinear`, ``pe_kind = "int"``), the baseline.
    """
    if weights not in ("esb", "int"):
        raise ValueError(f"weights must be 'esb' or 'int', not {weights!r}")

    def linear(n, m, nbits):
        if weights == "esb":
            return ESBLinear(n, m, bits=bits, mantissa=mantissa, in_bits=nbits)
        return IntLinear(n, m, bits=bits, in_bits=nbits)
    mods: list[nn.Module] = [nn.Flatten()]
    n, nbits = in_features, in_bits
    for _ in range(layers):
        mods += [linear(n, hidden, nbits), nn.BatchNorm1d(hidden), QuantAct(act_bits)]
        n, nbits = hidden, act_bits
    mods.append(linear(n, classes, nbits))
    return nn.Sequential(*mods)


def digits_lightnorm(hidden: int = 256, layers: int = 2, in_features: int = 64,
                     classes: int = 10, in_bits: int = 8, chunks: int = 8) -> nn.Sequential:
    """`digits_mlp` with `accel.quant.LightNorm1d` (range batch norm in block floating
    point, the hardware's formats) in place of batch norm: it runs on the LightNorm
    units (`AccelConfig.lightnorm`), with the running statistics or with each batch's
    own (on-device adaptation)."""
    mods: list[nn.Module] = [nn.Flatten()]
    n = in_features
    for i in range(layers):
        mods += [BinaryLinear(n, hidden, in_bits=in_bits if i == 0 else None),
                 LightNorm1d(hidden, chunks=chunks), BinaryAct()]
        n = hidden
    mods.append(BinaryLinear(n, classes))
    return nn.Sequential(*mods)


ARCHS = {"digits_mlp": digits_mlp, "digits_cnn": digits_cnn, "cnv": cnv,
         "binary_resnet": binary_resnet, "digits_esb": digits_esb,
         "digits_lightnorm": digits_lightnorm}

#: Training settings that reach the documented accuracy on the digits
#: (benchmarks/digits_accuracy.py measures them).
RECIPES = {"digits_mlp": dict(epochs=30, lr=1e-2, batch_size=64),
           "digits_cnn": dict(epochs=40, lr=1e-2, batch_size=64),
           "binary_resnet": dict(epochs=40, lr=5e-3, batch_size=32),
           "digits_esb": dict(epochs=30, lr=1e-2, batch_size=64),
           "digits_lightnorm": dict(epochs=30, lr=1e-2, batch_size=64)}


def calibrate_batchnorm(model: nn.Module, x: torch.Tensor) -> nn.Module:
    """Set every batch norm's running statistics to those of the batch ``x``.

    For cost studies of untrained networks (random weights): thresholds then sit at
    each channel's median on such data, so activations are balanced rather than
    constant.  Returns ``model`` in eval mode.
    """
    bns = [m for m in model.modules() if isinstance(m, nn.modules.batchnorm._BatchNorm)]
    saved = [m.momentum for m in bns]
    for m in bns:
        m.reset_running_stats()
        m.momentum = None                 # cumulative average over this one batch
    model.train()
    with torch.no_grad():
        model(torch.as_tensor(x, dtype=torch.float32))
    for m, mom in zip(bns, saved):
        m.momentum = mom
    return model.eval()


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
