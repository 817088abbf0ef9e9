"""Network builders shipped with accel, and checkpoints that name their builder.

A checkpoint is ``{"arch": name, "kwargs": {...}, "state_dict": ..., "image_shape": [...]}``
saved with `torch.save`; `load_checkpoint` rebuilds the module from the registry, so
loading never unpickles code (``weights_only=True``).
"""

from __future__ import annotations

import inspect
import math
import io
from pathlib import Path

import torch
from torch import nn

from .quant import (BinaryAct, BinaryConv2d, BinaryLinear, BiRealBlock, ESBLinear, LightNorm1d,
                    GlobalSumPool2d, IntLinear, QuantAct)

__all__ = ["digits_mlp", "digits_cnn", "cnv", "binary_resnet", "digits_esb", "digits_lightnorm",
           "ARCHS", "RECIPES", "IMAGE_SHAPES",
           "save_checkpoint", "load_checkpoint", "checkpoint_bytes", "CheckpointError", "calibrate_batchnorm"]


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

#: The image shape each builder's network takes (its checkpoints record their own):
#: the 8x8 digits, or CIFAR-10's 3 x 32 x 32 for CNV
IMAGE_SHAPES = {"digits_mlp": (8, 8), "digits_cnn": (8, 8), "cnv": (3, 32, 32),
                "binary_resnet": (8, 8), "digits_esb": (8, 8), "digits_lightnorm": (8, 8)}

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


def checkpoint_bytes(model: nn.Module, arch: str, kwargs: dict, image_shape,
                     extra: dict | None = None) -> bytes:
    """The checkpoint file's contents (`torch.save` of the dict the module describes)."""
    buf = io.BytesIO()
    torch.save({"arch": arch, "kwargs": dict(kwargs), "state_dict": model.state_dict(),
                "image_shape": [int(v) for v in image_shape], "extra": extra or {}}, buf)
    return buf.getvalue()


def save_checkpoint(path, model: nn.Module, arch: str, kwargs: dict, image_shape,
                    extra: dict | None = None) -> None:
    """Write a checkpoint that `load_checkpoint` rebuilds (atomically: a failed write
    leaves no file)."""
    from .outputs import write_atomic
    write_atomic(path, checkpoint_bytes(model, arch, kwargs, image_shape, extra))


class CheckpointError(ValueError):
    """A file is not an accel checkpoint, or its contents do not build its network."""


#: Most values one image may have (2**24: a 4096 x 4096 map)
IMAGE_VALUES_MAX = 1 << 24

_CHECKPOINT_KEYS = {"arch", "kwargs", "state_dict", "image_shape", "extra"}


def load_checkpoint(path) -> tuple[nn.Module, dict]:
    """Rebuild the model of a checkpoint; returns ``(model in eval mode, checkpoint dict)``.

    Everything is checked, naming the file and the numbers (`CheckpointError`): the
    file loads without unpickling code; its keys; ``arch`` is a builder of `ARCHS`
    and ``kwargs`` that builder's arguments; ``image_shape`` a list of positive sizes
    the model takes; the ``state_dict`` has exactly the model's tensors, shapes and
    dtypes, all finite.
    """
    p = Path(path)
    if not p.exists():
        raise CheckpointError(f"checkpoint {p} does not exist")
    if p.is_dir():
        raise CheckpointError(f"{p}: is a directory, not a checkpoint file")
    try:
        ck = torch.load(p, weights_only=True)
    except OSError:
        raise
    except Exception as e:  # noqa: BLE001 - unpickling raises many kinds
        # torch's message advises weights_only=False, i.e. running the file's code:
        # accel never does that, so the message is not passed on as advice
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        if "weights_only" in str(e) or "Unsupported global" in str(e):
            first = "it holds Python objects other than tensors, which accel does not unpickle"
        raise CheckpointError(f"{p} is not an accel checkpoint ({first})") from None
    where = str(p)
    if not isinstance(ck, dict):
        raise CheckpointError(f"{where} is not an accel checkpoint: it holds a "
                              f"{type(ck).__name__}, not a dict with {sorted(_CHECKPOINT_KEYS)}")
    missing = sorted({"arch", "state_dict", "image_shape"} - set(ck))
    unknown = sorted(map(str, set(ck) - _CHECKPOINT_KEYS))
    if missing or unknown:
        raise CheckpointError(f"{where} is not an accel checkpoint: " + "; ".join(
            ([f"missing keys {missing}"] if missing else [])
            + ([f"unknown keys {unknown}"] if unknown else [])))
    arch = ck["arch"]
    if not isinstance(arch, str) or arch not in ARCHS:
        raise CheckpointError(f"{where}: unknown architecture {arch!r}; known: {sorted(ARCHS)}")
    kwargs = ck.get("kwargs", {})
    if not isinstance(kwargs, dict) or not all(isinstance(k, str) for k in kwargs):
        raise CheckpointError(f"{where}: kwargs must be a dict of {arch}'s arguments, got "
                              f"{type(kwargs).__name__}")
    params = inspect.signature(ARCHS[arch]).parameters
    bad = sorted(set(kwargs) - set(params))
    if bad:
        raise CheckpointError(f"{where}: kwargs {bad} are not arguments of {arch} "
                              f"(it takes {sorted(params)})")
    shape = ck["image_shape"]
    if not isinstance(shape, (list, tuple)) or not 1 <= len(shape) <= 3 or not all(
            isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in shape) \
            or math.prod(shape) > IMAGE_VALUES_MAX:
        raise CheckpointError(f"{where}: image_shape {shape!r} must be a list of 1 to 3 "
                              f"positive sizes, at most {IMAGE_VALUES_MAX:,} values in all "
                              "(one image, as the model takes it)")
    try:
        model = ARCHS[arch](**kwargs)
    except (TypeError, ValueError, RuntimeError) as e:
        raise CheckpointError(f"{where}: kwargs {kwargs} do not build {arch}: {e}") from None
    sd = ck["state_dict"]
    if not isinstance(sd, dict) or not all(isinstance(v, torch.Tensor) for v in sd.values()):
        raise CheckpointError(f"{where}: state_dict must map names to tensors")
    want = model.state_dict()
    missing, unexpected = sorted(set(want) - set(sd)), sorted(set(sd) - set(want))
    if missing or unexpected:
        raise CheckpointError(f"{where}: state_dict does not match {arch}({_kw(kwargs)}): "
                              + "; ".join(([f"{len(missing)} missing, e.g. {missing[:3]}"]
                                           if missing else [])
                                          + ([f"{len(unexpected)} unexpected, e.g. "
                                              f"{unexpected[:3]}"] if unexpected else [])))
    for k, v in want.items():
        if tuple(sd[k].shape) != tuple(v.shape) or sd[k].dtype != v.dtype:
            raise CheckpointError(f"{where}: state_dict[{k!r}] is {sd[k].dtype} "
                                  f"{tuple(sd[k].shape)}, {arch}({_kw(kwargs)}) has {v.dtype} "
                                  f"{tuple(v.shape)}")
        if sd[k].is_floating_point() and not bool(torch.isfinite(sd[k]).all()):
            raise CheckpointError(f"{where}: state_dict[{k!r}] holds inf or NaN")
    model.load_state_dict(sd)
    model.eval()
    try:
        with torch.no_grad():
            model(torch.zeros((1, *shape)))
    except (RuntimeError, ValueError) as e:
        first = str(e).strip().splitlines()[0]
        raise CheckpointError(f"{where}: image_shape {list(shape)} does not fit "
                              f"{arch}({_kw(kwargs)}): {first}") from None
    return model, ck


def _kw(kwargs: dict) -> str:
    return ", ".join(f"{k}={v!r}" for k, v in kwargs.items())
