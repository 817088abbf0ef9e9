"""Layers with multi-bit weights (`accel.numformats`) and unsigned integer inputs.

``ESBLinear`` and ``ESBConv2d`` quantize their latent weights per output channel with
the scale ``alpha = (alpha/sigma)(b, m) * std(w) + 1e-5`` (std over the channel's
in-features x kh x kw, unbiased, as the authors' ``ESB_PerChannel``); ``IntLinear``
and ``IntConv2d`` (the integer baseline) with ``alpha = max|w| / (2**(b-1) - 1)``
(1 for an all-zero channel).  Both compute

    y = (x . v) * alpha * 2**-m,     v = fmt.quantize(w / alpha)

with ``x`` unsigned ``in_bits``-bit integer codes (the input image's, or a
``QuantAct(n)``'s): the dot product ``x . v`` is an integer (exact in float32 below
2**24), and the per-channel factor folds into the next multi-threshold unit (or the
host's score scaling after a final layer) like XNOR-Net's alpha.  The gradient is
straight-through: ``d y / d w`` is that of ``x . w`` (the quantizer's identity STE);
``alpha`` carries no gradient.
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn import functional as F

from ..numformats import EsbFormat, IntFormat
from . import _conv_geometry, padded_conv

__all__ = ["ESBLinear", "ESBConv2d", "IntLinear", "IntConv2d", "CODED_LAYERS"]


def _check_in_bits(in_bits):
    if not isinstance(in_bits, int) or isinstance(in_bits, bool) or not 1 <= in_bits <= 8:
        raise ValueError(f"in_bits must be an integer in 1..8 (unsigned input codes), "
                         f"got {in_bits!r}")


class _CodedWeights(nn.Module):
    """What the layers share: the format, the scale and the integer weights."""

    fmt: EsbFormat | IntFormat
    weight: nn.Parameter
    #: the `accel.config.AccelConfig.pe_kind` that runs the layer
    pe_kind = "esb"

    def _init_format(self, bits, mantissa, in_bits, fan_in):
        self.fmt = EsbFormat(bits, mantissa)
        _check_in_bits(in_bits)
        if fan_in < 2:
            raise ValueError(f"an ESB layer needs at least 2 weights per output channel for "
                             f"its scale (the std of the channel's weights); got {fan_in}")
        self.in_bits = in_bits

    @property
    def bits(self) -> int:
        return self.fmt.bits

    @property
    def mantissa(self) -> int:
        return self.fmt.mantissa

    def alpha(self) -> torch.Tensor:
        """Per-output-channel scale ``(alpha/sigma) * std(w) + 1e-5`` (no gradient)."""
        with torch.no_grad():
            std = self.weight.flatten(1).std(dim=1)
            return self.fmt.alpha_sigma * std + 1e-5

    def codes(self) -> torch.Tensor:
        """The ``b``-bit codes of the weights (int64, the format's ``encode``)."""
        with torch.no_grad():
            v = self.fmt.quantize(self._u().cpu().numpy())
        return torch.as_tensor(self.fmt.encode(v))

    def _u(self) -> torch.Tensor:
        shape = (-1,) + (1,) * (self.weight.dim() - 1)
        return self.weight / self.alpha().reshape(shape)

    def int_weight(self) -> torch.Tensor:
        """``v = q * 2**m``: integers (float32), straight-through to the latent weights."""
        t = self._u() * float(1 << self.fmt.mantissa)
        v = torch.as_tensor(self.fmt.quantize(self._u().detach().cpu().numpy()),
                            dtype=t.dtype, device=t.device)
        return v + (t - t.detach())

    def step(self) -> torch.Tensor:
        """Per-channel ``alpha * 2**-m``: what multiplies the integer dot product."""
        return self.alpha() * (2.0 ** -self.fmt.mantissa)


class ESBLinear(_CodedWeights):
    """Fully connected layer with ``bits``-bit ESB weights and no bias.

    Parameters
    ----------
    in_features, out_features : int
    bits, mantissa : int
        The ESB format (`accel.numformats.EsbFormat`; b = 4, m = 1 by default).
    in_bits : int
        The input is unsigned ``in_bits``-bit integer codes.
    """

    def __init__(self, in_features: int, out_features: int, *, bits: int = 4,
                 mantissa: int = 1, in_bits: int = 4):
        super().__init__()
        for n, v in (("in_features", in_features), ("out_features", out_features)):
            if not isinstance(v, int) or isinstance(v, bool) or v < 1:
                raise ValueError(f"{n} must be a positive integer, got {v!r}")
        self._init_format(bits, mantissa, in_bits, in_features)
        self.in_features, self.out_features = in_features, out_features
        self.weight = nn.Parameter(torch.randn(out_features, in_features) * 0.1)

    def dot(self, x: torch.Tensor) -> torch.Tensor:
        """The integer pre-activation ``x . v`` (exact in float32)."""
        return F.linear(x, self.int_weight())

    def rescale(self, d: torch.Tensor) -> torch.Tensor:
        return d * self.step()

    def forward(self, x):
        return self.rescale(self.dot(x))

    def extra_repr(self):
        return (f"{self.in_features}, {self.out_features}, bits={self.bits}, "
                f"mantissa={self.mantissa}, in_bits={self.in_bits}")


class ESBConv2d(_CodedWeights):
    """2-D convolution with ``bits``-bit ESB weights and no bias.

    Parameters
    ----------
    in_channels, out_channels : int
    kernel_size, stride, padding : int or (int, int)
    pad_value : int
        The input code of the spatial padding (0 by default).
    bits, mantissa, in_bits : int
        As for `ESBLinear`.
    """

    def __init__(self, in_channels: int, out_channels: int, kernel_size=3, *, stride=1,
                 padding=0, pad_value: int = 0, bits: int = 4, mantissa: int = 1,
                 in_bits: int = 4):
        super().__init__()
        for n, v in (("in_channels", in_channels), ("out_channels", out_channels)):
            if not isinstance(v, int) or isinstance(v, bool) or v < 1:
                raise ValueError(f"{n} must be a positive integer, got {v!r}")
        self.kernel_size, self.stride, self.padding = _conv_geometry(kernel_size, stride,
                                                                     padding)
        kh, kw = self.kernel_size
        self._init_format(bits, mantissa, in_bits, in_channels * kh * kw)
        if not (isinstance(pad_value, (int, float)) and float(pad_value).is_integer()
                and 0 <= pad_value <= (1 << in_bits) - 1):
            raise ValueError(f"pad_value must be an integer code in 0..{(1 << in_bits) - 1} "
                             f"for {in_bits}-bit input, got {pad_value!r}")
        self.in_channels, self.out_channels = in_channels, out_channels
        self.pad_value = float(pad_value)
        self.weight = nn.Parameter(torch.randn(out_channels, in_channels, kh, kw) * 0.1)

    def dot(self, x: torch.Tensor) -> torch.Tensor:
        """Integer pre-activation (exact in float32): explicit padding, then conv."""
        return padded_conv(x, self.int_weight(), self.padding, self.stride, self.pad_value)

    def rescale(self, d: torch.Tensor) -> torch.Tensor:
        return d * self.step()[None, :, None, None]

    def forward(self, x):
        return self.rescale(self.dot(x))

    def extra_repr(self):
        return (f"{self.in_channels}, {self.out_channels}, kernel_size={self.kernel_size}, "
                f"stride={self.stride}, padding={self.padding}, pad_value={self.pad_value:g}, "
                f"bits={self.bits}, mantissa={self.mantissa}, in_bits={self.in_bits}")


class _IntWeights:
    """Mixin: symmetric ``bits``-bit integer weights (`accel.numformats.IntFormat`)."""
    pe_kind = "int"

    def _init_format(self, bits, mantissa, in_bits, fan_in):
        if mantissa != 0:
            raise ValueError(f"integer weights have no mantissa; got mantissa={mantissa!r}")
        self.fmt = IntFormat(bits)
        _check_in_bits(in_bits)
        self.in_bits = in_bits

    def alpha(self) -> torch.Tensor:
        """Per-output-channel scale ``max|w| / (2**(b-1) - 1)``, 1 for a zero channel."""
        with torch.no_grad():
            top = self.weight.flatten(1).abs().amax(dim=1)
            return torch.where(top > 0, top / self.fmt.max_int, torch.ones_like(top))


class IntLinear(_IntWeights, ESBLinear):
    """`ESBLinear` with symmetric ``bits``-bit integer weights (the baseline)."""

    def __init__(self, in_features: int, out_features: int, *, bits: int = 4,
                 in_bits: int = 4):
        super().__init__(in_features, out_features, bits=bits, mantissa=0, in_bits=in_bits)

    def extra_repr(self):
        return (f"{self.in_features}, {self.out_features}, bits={self.bits}, "
                f"in_bits={self.in_bits}")


class IntConv2d(_IntWeights, ESBConv2d):
    """`ESBConv2d` with symmetric ``bits``-bit integer weights (the baseline)."""

    def __init__(self, in_channels: int, out_channels: int, kernel_size=3, *, stride=1,
                 padding=0, pad_value: int = 0, bits: int = 4, in_bits: int = 4):
        super().__init__(in_channels, out_channels, kernel_size, stride=stride,
                         padding=padding, pad_value=pad_value, bits=bits, mantissa=0,
                         in_bits=in_bits)


#: Layers whose weights are codes of a multi-bit format (linear ones, then convolutions).
CODED_LAYERS = (ESBLinear, ESBConv2d, IntLinear, IntConv2d)
