"""Multi-bit weight formats: ESB (elastic significant bits) and symmetric integers.

REFERENCE.md (Gong et al., arXiv 2109.03513, the authors' ``ESB_PerChannel``): a
``b``-bit ESB weight is a sign-magnitude minifloat with ``e = min(4, max(1, b - m -
1))`` exponent bits and ``m = b - e - 1`` mantissa bits, subnormals, no inf/NaN.  In
units of the scale ``alpha``, with ``N = 2**e - 2``::

    u = w / alpha
    n = clip(floor(log2 |u|), 0, N)
    q = clip(round_half_even(u / 2**(n - m)) * 2**(n - m), -c, c),   c = 2**(N+1) - 2**(N-m)

so every value has at most ``m + 1`` significant bits and a product with it is at
most ``m + 1`` shift-adds and one shift.  Example ``b = 4, m = 1``: ``q`` in ``{0,
0.5, 1, 1.5, 2, 3, 4, 6}``.

This module is the one place the format is defined; the quantized PyTorch layers
(`accel.quant.esb`), the compiler, the golden model and the RTL multiplier
(`accel.hdl.mac`) all use it, so none of them writes the format down again.

Integers only past the quantizer: the hardware works with ``v = q * 2**m`` (an
integer, the value in units of the smallest step ``2**-m``) and the scale ``alpha *
2**-m`` folds into the thresholds.  A code is ``sign << (b - 1) | E << m | M``; its
magnitude is ``M`` for ``E = 0`` (subnormal) and ``(2**m + M) << (E - 1)`` otherwise:
``m + 1`` significant bits shifted by at most ``N``.

Deviations from the authors' code, each giving the same values:

* ``n`` is the exact binary exponent (``frexp``), not ``floor(log(|u| + 1e-7) /
  log 2)``: the two differ only for ``|u|`` within ``1e-7`` below a power of two
  ``2**k``, which rounds to ``2**k`` with either step.
* ``mean_shift`` is not supported: a per-channel mean added back to the weights
  would make the product depend on the sum of the activations, which the hardware
  does not compute (the authors' code also has ``mean_shift=False``).
* A one-bit exponent (``e = 1``, ``m = b - 2``) is read as the same minifloat:
  ``N = 0``, subnormals only, i.e. sign-magnitude integers ``0 .. 2**(m+1) - 1``
  times ``2**-m`` (zero included), with the authors' tabulated ``alpha / sigma`` for
  ``(b, b - 2)``.  The authors' code takes another branch there (uniform mid-rise
  levels ``+-0.5, +-1.5, ...`` without zero, and another scale table) whose values
  have ``b`` significant bits, not ``m + 1``; the range ``c * alpha`` of the two
  agrees within 5 % (for b = 4: 2.47 sigma here, 2.51 there).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

__all__ = ["EsbFormat", "IntFormat", "ESB_ALPHA_SIGMA", "valid_formats"]

#: ``alpha / sigma`` (the Distribution Difference Aligner's table in the authors'
#: code), keyed by ``(bits, mantissa)``.
ESB_ALPHA_SIGMA = {
    (2, 0): 1.2240,
    (3, 0): 0.5181, (3, 1): 1.3015,
    (4, 0): 0.0381, (4, 1): 0.4871, (4, 2): 1.4136,
    (5, 1): 0.0391, (5, 2): 0.4828, (5, 3): 1.5460,
    (6, 2): 0.0406, (6, 3): 0.4997, (6, 4): 1.6878,
    (7, 3): 0.0409, (7, 4): 0.5247, (7, 5): 1.8324,
    (8, 4): 0.0412, (8, 5): 0.5527, (8, 6): 1.9757,
}


def _exponent_bits(bits: int, mantissa: int) -> int:
    return min(4, max(1, bits - mantissa - 1))


def _checked_codes(codes, fmt) -> np.ndarray:
    """``codes`` as int64, each a code of ``fmt`` (``0 .. fmt.codes - 1``)."""
    codes = np.asarray(codes, dtype=np.int64)
    if codes.size and (codes.min() < 0 or codes.max() >= fmt.codes):
        raise ValueError(f"{fmt} codes must be in 0..{fmt.codes - 1}, got "
                         f"{codes.min()}..{codes.max()}")
    return codes


def valid_formats() -> list[tuple[int, int]]:
    """Every ``(bits, mantissa)`` `EsbFormat` accepts, in order."""
    return sorted(ESB_ALPHA_SIGMA)


class _WeightFormat:
    """What both weight formats derive from ``bits`` and ``max_int``."""
    bits: int
    max_int: int

    @property
    def magnitude_bits(self) -> int:
        """Bits of ``|v|``."""
        return self.max_int.bit_length()

    @property
    def codes(self) -> int:
        return 1 << self.bits


@dataclass(frozen=True)
class EsbFormat(_WeightFormat):
    """A ``bits``-bit ESB format with ``mantissa`` mantissa bits.

    Raises `TypeError` for a non-integer and `ValueError` (naming the numbers and
    the reason) for a format that is not ESB: the exponent rule gives another
    mantissa, or ``alpha / sigma`` is not tabulated.
    """
    bits: int
    mantissa: int

    def __post_init__(self):
        for name in ("bits", "mantissa"):
            v = getattr(self, name)
            if not isinstance(v, (int, np.integer)) or isinstance(v, bool):
                raise TypeError(f"ESB {name} must be an integer, not {v!r}")
        b, m = int(self.bits), int(self.mantissa)
        if not 2 <= b <= 8 or m < 0:
            raise ValueError(f"ESB format bits={b}, mantissa={m}: bits must be in 2..8 and "
                             "mantissa >= 0")
        e = _exponent_bits(b, m)
        if b - e - 1 != m:
            raise ValueError(f"ESB format bits={b}, mantissa={m}: the exponent takes "
                             f"min(4, max(1, b - m - 1)) = {e} bits, which leaves "
                             f"{b - e - 1} mantissa bits, not {m}; valid: {valid_formats()}")
        if (b, m) not in ESB_ALPHA_SIGMA:
            raise ValueError(f"ESB format bits={b}, mantissa={m}: alpha/sigma is not tabulated "
                             f"for it; valid: {valid_formats()}")
        object.__setattr__(self, "bits", b)
        object.__setattr__(self, "mantissa", m)

    # --- the format's constants -------------------------------------------------------
    @property
    def exponent_bits(self) -> int:
        return _exponent_bits(self.bits, self.mantissa)

    @property
    def max_exponent(self) -> int:
        """``N = 2**e - 2``: the largest ``n`` of the quantizer."""
        return (1 << self.exponent_bits) - 2

    @property
    def alpha_sigma(self) -> float:
        """``alpha / sigma``: the per-channel scale is this times the weights' std."""
        return ESB_ALPHA_SIGMA[(self.bits, self.mantissa)]

    @property
    def saturation(self) -> float:
        """``c = 2**(N+1) - 2**(N-m)``, the largest ``|q|``."""
        n, m = self.max_exponent, self.mantissa
        return 2.0 ** (n + 1) - 2.0 ** (n - m)

    @property
    def max_int(self) -> int:
        """The largest ``|v|``, ``v = q * 2**m`` (``c * 2**m``)."""
        n, m = self.max_exponent, self.mantissa
        return (1 << (n + m + 1)) - (1 << n)


    @cached_property
    def magnitudes(self) -> np.ndarray:
        """``|v|`` of each magnitude field ``k = E << m | M`` (ascending, distinct)."""
        m = self.mantissa
        k = np.arange(1 << (self.bits - 1))
        e, mm = k >> m, k & ((1 << m) - 1)
        return np.where(e == 0, mm, ((1 << m) + mm) << np.maximum(e - 1, 0)).astype(np.int64)

    # --- codes <-> integers -----------------------------------------------------------
    def decode(self, codes) -> np.ndarray:
        """Signed integers ``v`` of ``b``-bit codes (sign-magnitude; -0 is 0)."""
        codes = _checked_codes(codes, self)
        mag = self.magnitudes[codes & ((1 << (self.bits - 1)) - 1)]
        return np.where(codes >> (self.bits - 1), -mag, mag)

    def encode(self, v) -> np.ndarray:
        """Codes of integers ``v`` (each must be a value of the format; 0 -> +0)."""
        v = np.asarray(v, dtype=np.int64)
        mag = np.abs(v)
        k = np.searchsorted(self.magnitudes, mag)
        k = np.minimum(k, len(self.magnitudes) - 1)
        bad = self.magnitudes[k] != mag
        if bad.any():
            raise ValueError(f"{int(v[bad].flat[0])} is not a value of ESB bits={self.bits}, "
                             f"mantissa={self.mantissa} (in units of 2**-{self.mantissa}): "
                             f"magnitudes are {self.magnitudes.tolist()}")
        return np.where(v < 0, (1 << (self.bits - 1)) | k, k)

    def split(self, codes) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(sign, significand, shift)`` with ``|v| = significand << shift``: the
        multiplier's operands (``significand`` has at most ``m + 1`` bits, ``shift``
        at most ``N``)."""
        codes = np.asarray(codes, dtype=np.int64)
        m = self.mantissa
        sign = codes >> (self.bits - 1)
        k = codes & ((1 << (self.bits - 1)) - 1)
        e, mm = k >> m, k & ((1 << m) - 1)
        sig = np.where(e == 0, mm, (1 << m) | mm)
        return sign, sig, np.maximum(e - 1, 0)

    # --- the quantizer ----------------------------------------------------------------
    def quantize(self, u) -> np.ndarray:
        """``v = q * 2**m`` (int64) for ``u = w / alpha`` (float array, any dtype): the
        rounding above, half to even, with saturation at ``+-c``.  Float64 inside:
        every step is exact (a power of two times a float32)."""
        u = np.asarray(u, dtype=np.float64)
        if not np.isfinite(u).all():
            raise ValueError("ESB quantizer: the input holds inf or NaN")
        _, ex = np.frexp(np.abs(u))                 # |u| = f * 2**ex, f in [0.5, 1)
        n = np.clip(ex - 1, 0, self.max_exponent)   # floor(log2 |u|), clipped
        step_exp = n - self.mantissa
        r = np.round(np.ldexp(u, -step_exp))        # numpy rounds half to even
        v = np.ldexp(r, step_exp + self.mantissa)
        return np.clip(v, -self.max_int, self.max_int).astype(np.int64)

    def __str__(self):
        return f"ESB{self.bits}m{self.mantissa}"


@dataclass(frozen=True)
class IntFormat(_WeightFormat):
    """``bits``-bit two's-complement integer weights, symmetric (narrow range
    ``-(2**(b-1) - 1) .. 2**(b-1) - 1``, so that negating a channel, as the compiler
    does for a falling batch norm, stays in range): the baseline an ``"int"`` PE
    multiplies.  ``v = clip(round_half_even(u), -max_int, max_int)`` for ``u = w /
    alpha``; the layers take ``alpha = max|w| / max_int`` per channel."""
    bits: int
    mantissa = 0                    # the value's unit is 2**-0: v is the weight / alpha

    def __post_init__(self):
        if not isinstance(self.bits, (int, np.integer)) or isinstance(self.bits, bool):
            raise TypeError(f"integer weight bits must be an integer, not {self.bits!r}")
        if not 2 <= self.bits <= 8:
            raise ValueError(f"integer weights of {self.bits} bits: bits must be in 2..8")
        object.__setattr__(self, "bits", int(self.bits))

    @property
    def max_int(self) -> int:
        return (1 << (self.bits - 1)) - 1


    def decode(self, codes) -> np.ndarray:
        codes = _checked_codes(codes, self)
        sign = 1 << (self.bits - 1)
        return (codes ^ sign) - sign

    def encode(self, v) -> np.ndarray:
        v = np.asarray(v, dtype=np.int64)
        if v.size and np.abs(v).max() > self.max_int:
            raise ValueError(f"{int(v[np.abs(v) > self.max_int].flat[0])} is outside the "
                             f"symmetric int{self.bits} range +-{self.max_int}")
        return v & (self.codes - 1)

    def quantize(self, u) -> np.ndarray:
        u = np.asarray(u, dtype=np.float64)
        if not np.isfinite(u).all():
            raise ValueError("integer quantizer: the input holds inf or NaN")
        return np.clip(np.round(u), -self.max_int, self.max_int).astype(np.int64)

    def __str__(self):
        return f"int{self.bits}"
