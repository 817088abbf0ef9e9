"""Quantized PyTorch layers that `accel.compile` understands.

Conventions (REFERENCE.md): ``sign(x) = +1 if x >= 0 else -1`` (zero maps to +1, unlike
``torch.sign``); the straight-through estimator passes the gradient where
``|x| <= 1`` and blocks it elsewhere; +1 is encoded as bit 1 in hardware.

Every quantity these layers compute in eval mode is an exactly representable
integer in float32 up to the first non-integer scaling (XNOR-Net alpha,
BatchNorm), so the golden model can reproduce them bit for bit.
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn import functional as F

__all__ = ["sign_ste", "binarize", "BinaryAct", "QuantAct", "BinaryLinear", "BinaryConv2d",
           "BiRealBlock", "GlobalSumPool2d", "clip_weights_", "QUANT_LEAVES", "ESBLinear",
           "ESBConv2d", "IntLinear", "IntConv2d", "CODED_LAYERS", "LightNorm1d", "LightNorm2d",
           "ChannelPost"]


class _SignSTE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return binarize(x)

    @staticmethod
    def backward(ctx, grad):
        (x,) = ctx.saved_tensors
        return grad * (x.abs() <= 1).to(grad.dtype)


def binarize(x: torch.Tensor) -> torch.Tensor:
    """``+1`` where ``x >= 0``, else ``-1`` (no gradient)."""
    return torch.where(x >= 0, torch.ones_like(x), -torch.ones_like(x))


def sign_ste(x: torch.Tensor) -> torch.Tensor:
    """Sign with sign(0) = +1 forward, clipped straight-through gradient backward."""
    return _SignSTE.apply(x)


class BinaryAct(nn.Module):
    """Binary activation: ``sign_ste``.  Compiled into the threshold unit."""

    def forward(self, x):
        return sign_ste(x)


class ChannelPost(nn.Module):
    """Base of a per-channel function between a layer's pre-activation and its
    activation that the compiler folds into thresholds as it folds a batch norm: each
    output element depends on its own input element and channel only, monotonically
    (an imported graph's BatchNormalization and scalar arithmetic, run by its own
    runtime: `accel.interop.onnxrun.OnnxPost`).  Subclasses define ``forward``."""


class _RoundClipSTE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, top):
        ctx.save_for_backward(x)
        ctx.top = top
        return torch.clamp(torch.floor(x + 0.5), 0, top)

    @staticmethod
    def backward(ctx, grad):
        (x,) = ctx.saved_tensors
        return grad * ((x >= -0.5) & (x <= ctx.top + 0.5)).to(grad.dtype), None


class QuantAct(nn.Module):
    """Unsigned ``bits``-bit activation: ``clamp(floor(x + 0.5), 0, 2**bits - 1)``.

    Straight-through gradient inside the clipping range.  Compiled into the
    multi-threshold unit (``2**bits - 1`` thresholds per channel); the next
    `BinaryLinear` takes it as ``in_bits=bits`` bit planes.
    """

    def __init__(self, bits: int = 2):
        super().__init__()
        if not isinstance(bits, int) or not 1 <= bits <= 8:
            raise ValueError(f"bits must be in 1..8, got {bits!r}")
        self.bits = bits

    def forward(self, x):
        return _RoundClipSTE.apply(x, float((1 << self.bits) - 1))

    def extra_repr(self):
        return f"bits={self.bits}"


class BinaryLinear(nn.Module):
    """Fully connected layer with binary (+-1) weights and no bias.

    Parameters
    ----------
    in_features, out_features : int
    alpha : bool
        XNOR-Net scaling: multiply output channel ``o`` by ``mean(|W[o]|)`` of the
        latent weights.  Folded into the threshold of a hidden layer; applied to the
        integer scores by the host for a final layer.
    in_bits : int or None
        ``None``: the input is +-1 (output of `BinaryAct`).  ``n``: the input is an
        unsigned integer in ``[0, 2**n - 1]`` (the 8-bit first layer, or after a
        ``QuantAct(n)``), processed by the hardware as ``n`` bit planes.
    """

    def __init__(self, in_features: int, out_features: int, *, alpha: bool = False,
                 in_bits: int | None = None):
        super().__init__()
        if not isinstance(in_features, int) or in_features < 1:
            raise ValueError(f"in_features must be a positive integer, got {in_features!r}")
        if not isinstance(out_features, int) or out_features < 1:
            raise ValueError(f"out_features must be a positive integer, got {out_features!r}")
        if in_bits is not None and (not isinstance(in_bits, int) or not 1 <= in_bits <= 8):
            raise ValueError(f"in_bits must be None or in 1..8, got {in_bits!r}")
        self.in_features, self.out_features = in_features, out_features
        self.use_alpha, self.in_bits = bool(alpha), in_bits
        self.weight = nn.Parameter(torch.empty(out_features, in_features).uniform_(-1, 1))

    def binary_weight(self) -> torch.Tensor:
        return sign_ste(self.weight)

    def alpha(self) -> torch.Tensor:
        """Per-output-channel XNOR-Net scale ``mean(|W|)``."""
        return self.weight.abs().mean(dim=1)

    def dot(self, x: torch.Tensor) -> torch.Tensor:
        """The integer pre-activation ``x . sign(W)`` (exact in float32)."""
        return F.linear(x, self.binary_weight())

    def rescale(self, d: torch.Tensor) -> torch.Tensor:
        """What follows the integer dot product inside this layer."""
        return d * self.alpha() if self.use_alpha else d

    def forward(self, x):
        return self.rescale(self.dot(x))

    def extra_repr(self):
        return (f"{self.in_features}, {self.out_features}, alpha={self.use_alpha}, "
                f"in_bits={self.in_bits}")


def _pair(v, name):
    if isinstance(v, int):
        v = (v, v)
    if (not isinstance(v, tuple) or len(v) != 2
            or not all(isinstance(k, int) and not isinstance(k, bool) for k in v)):
        raise ValueError(f"{name} must be an int or a pair of ints, got {v!r}")
    return v


def _conv_geometry(kernel_size, stride, padding) -> tuple:
    """``(kernel_size, stride, padding)`` as pairs, checked (kernel, stride >= 1, padding
    >= 0)."""
    k, st, p = _pair(kernel_size, "kernel_size"), _pair(stride, "stride"), _pair(padding, "padding")
    if min(k) < 1 or min(st) < 1 or min(p) < 0:
        raise ValueError(f"kernel_size {k} and stride {st} must be >= 1 and padding {p} >= 0")
    return k, st, p


def padded_conv(x: torch.Tensor, weight: torch.Tensor, padding: tuple, stride: tuple,
                pad_value: float) -> torch.Tensor:
    """``conv2d`` of ``x`` padded explicitly with ``pad_value`` (exact in float32 for
    integer operands)."""
    ph, pw = padding
    if ph or pw:
        x = F.pad(x, (pw, pw, ph, ph), value=pad_value)
    return F.conv2d(x, weight, stride=stride)


class BinaryConv2d(nn.Module):
    """2-D convolution with binary (+-1) weights and no bias.

    Parameters
    ----------
    in_channels, out_channels : int
    kernel_size, stride, padding : int or (int, int)
    pad_value : float
        Value of the spatial padding.  Binary input has no 0, so choose +1 or -1
        (Larq's ``pad_values``); train and deploy with the same value.  For unsigned
        ``in_bits`` input it is an input code, 0 by default.
    alpha : bool
        XNOR-Net per-output-channel scale ``mean(|W|)`` over in-channels x kh x kw.
    in_bits : int or None
        As for `BinaryLinear`: ``None`` for +-1 input, ``n`` for unsigned n-bit input.
    """

    def __init__(self, in_channels: int, out_channels: int, kernel_size=3, *, stride=1,
                 padding=0, pad_value: float | None = None, alpha: bool = False,
                 in_bits: int | None = None):
        super().__init__()
        for n, v in (("in_channels", in_channels), ("out_channels", out_channels)):
            if not isinstance(v, int) or isinstance(v, bool) or v < 1:
                raise ValueError(f"{n} must be a positive integer, got {v!r}")
        if in_bits is not None and (not isinstance(in_bits, int) or not 1 <= in_bits <= 8):
            raise ValueError(f"in_bits must be None or in 1..8, got {in_bits!r}")
        self.kernel_size, self.stride, self.padding = _conv_geometry(kernel_size, stride,
                                                                     padding)
        if pad_value is None:
            pad_value = 1.0 if in_bits is None else 0.0
        if in_bits is None and pad_value not in (1.0, -1.0):
            raise ValueError(f"pad_value must be +1 or -1 for binary input, got {pad_value!r}")
        if in_bits is not None and not (0 <= pad_value <= (1 << in_bits) - 1
                                        and float(pad_value).is_integer()):
            raise ValueError(f"pad_value must be an integer code in 0..{(1 << in_bits) - 1} for "
                             f"{in_bits}-bit input, got {pad_value!r}")
        self.in_channels, self.out_channels = in_channels, out_channels
        self.pad_value, self.use_alpha, self.in_bits = float(pad_value), bool(alpha), in_bits
        kh, kw = self.kernel_size
        self.weight = nn.Parameter(torch.empty(out_channels, in_channels, kh, kw).uniform_(-1, 1))

    def binary_weight(self) -> torch.Tensor:
        return sign_ste(self.weight)

    def alpha(self) -> torch.Tensor:
        return self.weight.abs().mean(dim=(1, 2, 3))

    def dot(self, x: torch.Tensor) -> torch.Tensor:
        """Integer pre-activation (exact in float32): explicit padding, then conv."""
        return padded_conv(x, self.binary_weight(), self.padding, self.stride, self.pad_value)

    def rescale(self, d: torch.Tensor) -> torch.Tensor:
        return d * self.alpha()[None, :, None, None] if self.use_alpha else d

    def forward(self, x):
        return self.rescale(self.dot(x))

    def extra_repr(self):
        return (f"{self.in_channels}, {self.out_channels}, kernel_size={self.kernel_size}, "
                f"stride={self.stride}, padding={self.padding}, pad_value={self.pad_value:g}, "
                f"alpha={self.use_alpha}, in_bits={self.in_bits}")


class BiRealBlock(nn.Module):
    """Residual binary block (Bi-Real Net style): ``sign(BN(BinaryConv(x)) + x)``.

    ``x`` is the block's +-1 input; the convolution keeps the shape (stride 1, 'same'
    padding).  Because ``x`` is +-1, the hardware can apply the shortcut exactly by
    choosing, per element, between two folded thresholds (one for ``x = +1``, one for
    ``x = -1``).
    """

    def __init__(self, channels: int, kernel_size: int = 3, pad_value: float = 1.0):
        super().__init__()
        if kernel_size % 2 != 1:
            raise ValueError(f"kernel_size must be odd for a same-shape block, got {kernel_size}")
        self.conv = BinaryConv2d(channels, channels, kernel_size, padding=kernel_size // 2,
                                 pad_value=pad_value)
        self.bn = nn.BatchNorm2d(channels)
        self.act = BinaryAct()

    def forward(self, x):
        return self.act(self.bn(self.conv(x)) + x)


class GlobalSumPool2d(nn.Module):
    """Sum over all spatial positions: ``(n, c, h, w) -> (n, c)``.

    Global *average* pooling divided by ``h*w`` would make the classifier's scores
    non-integer; the sum keeps them exact integers with the same argmax (a positive
    scale).  Use it where a BNN would use global average pooling.
    """

    def forward(self, x):
        return x.sum(dim=(2, 3))


@torch.no_grad()
def clip_weights_(model: nn.Module) -> None:
    """Clip every binary layer's latent weights to [-1, 1] (call after each step)."""
    for m in model.modules():
        if isinstance(m, (BinaryLinear, BinaryConv2d)):
            m.weight.clamp_(-1, 1)


from .multibit import (CODED_LAYERS, ESBConv2d, ESBLinear, IntConv2d,  # noqa: E402
                       IntLinear)  # (multibit uses `_pair` above)
from .lightnorm import LightNorm1d, LightNorm2d  # noqa: E402

#: Modules of this package that graph capture treats as leaves.
QUANT_LEAVES = (BinaryAct, QuantAct, BinaryLinear, BinaryConv2d, BiRealBlock, GlobalSumPool2d,
                ESBLinear, ESBConv2d, IntLinear, IntConv2d, LightNorm1d, LightNorm2d,
                ChannelPost)
