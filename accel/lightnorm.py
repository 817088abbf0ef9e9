"""LightNorm's arithmetic: range batch norm in block floating point, exactly.

REFERENCE.md (Noh et al., arXiv 2211.02686; the paper body was not read, so what is
below is accel's definition, built from the three ideas it names): range batch
normalization ``x_hat = (x - mean) / (C(n) * range)`` with ``C(n) = 1 / sqrt(2 ln n)``
and the range taken over chunks (``mean(chunk max) - mean(chunk min)``), and block
floating point (BFP): a group of values shares one exponent and each keeps a short
mantissa, truncated.  Every step is a truncation to a stated format of a value that
float64 holds exactly (sums and products of short mantissas), so the PyTorch module
(`accel.quant.lightnorm`), the golden model and the hardware compute the same numbers:
this module is the one definition they all use.

Formats (`BfpFormat`): ``mant_bits`` magnitude bits per value, a shared exponent of
``exp_bits`` (range ``[-(2**(e-1) - 2), 2**(e-1) - 1]``, as IEEE half for e = 5), groups
of ``group`` consecutive channels (of one sample and pixel).  A group's exponent ``E``
is ``floor(log2 |v|)`` of its largest value, clamped to the range; each value keeps
``trunc(|v| / 2**(E + 1 - mant_bits))`` (at most ``2**mant_bits - 1``: larger ones
saturate) times that unit, with its sign.  An all-zero group stays zero.

The norm (`lightnorm`), per channel over the ``n`` values of a batch (samples x pixels):

1. ``q = BFP_in(x)`` (the data format, groups along channels);
2. statistics (batch mode; running mode takes them from training):
   ``mean = T(sum q * T(1/n))`` (the exact sum times the tabulated reciprocal, one
   truncation: a truncated sum would saturate at the format's largest value long
   before a batch's sum does); the ``n`` values in ``k = min(chunks, n)`` chunks
   (`numpy.array_split` of the batch in sample, row, column order: the first ``n mod
   k`` chunks hold ``n // k + 1`` values, the rest ``n // k``),
   ``range = T((sum of chunk max - sum of chunk min) * T(1/k))``, where ``T`` is the
   statistics format (each value its own exponent, ``stat_bits`` mantissa bits,
   ``stat_exp_bits`` of exponent);
3. per-channel scale ``a = T(g * T(1/range))`` with the gain ``g = T(gamma *
   sqrt(2 ln (n/k)))`` (0 when the range is 0: a constant channel, or chunks of one
   value), ``b = T(beta)``;
4. ``y = BFP_out(T(T(q - mean) * a) + b)`` (the data format again): the difference
   and the product truncated to the statistics format, as a floating-point unit of
   ``stat_bits`` mantissa bits computes them; the sum with ``b`` is exact (a ``T`` of it
   would change nothing: ``BFP_out`` truncates toward zero on a grid that is a
   multiple of ``T``'s).  (The first definition kept the difference exact: its 47-bit
   difference, 46 x 8 product and 54-bit truncation per column made the normalize
   unit 24 times the LUTs of a fixed-point batch norm's, `benchmarks/norm_units.py`.)

``sqrt(2 ln (n/k))`` is ``1 / C(n/k)``: the expected range of a chunk of ``n/k``
normal values is ``sqrt(2 ln (n/k))`` standard deviations.

Exactness: with exponents within ``[-14, 15]``, mantissas of at most 8 bits and at
most `MAX_VALUES` values every sum, difference and product above needs fewer than 53
bits, so float64 computes it exactly and only the stated truncations round (the
hardware computes the same integers).  The reciprocals ``1/n``, ``1/k`` and
``1/range`` are float64's correctly rounded results, then truncated, which equals
truncating the exact reciprocal: ``1/m`` of an integer ``m <= 2**20`` that is not a
power of two lies at least ``2**-41`` (relative) away from every 8-bit boundary.  The
hardware tabulates ``1/m`` for the 256 mantissas of a range; the compiler gives it
``T(1/n)``, ``T(1/k)`` and the gains.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

__all__ = ["BfpFormat", "LightNormSpec", "bfp", "bfp_scalar", "batch_stats", "lightnorm",
           "channel_scale", "chunking", "chunk_lengths", "chunk_sums", "reciprocal", "gain", "scale",
           "finalize", "LIGHTNORM_SPEC", "same_formats", "apply", "stat_encode", "stat_decode", "MAX_VALUES",
           "STAT_CODE_BITS", "STAT_FRAC", "FRAC_OF_Y", "STATS_MAX_VALUES", "fixed_bits", "bfp_in_bits", "stats_sum_bits",
           "round_levels"]

#: Most values per channel a batch's statistics take (their exact sum stays in 53 bits).
MAX_VALUES = 1 << 20


def _check_int(name, v, lo, hi):
    if not isinstance(v, (int, np.integer)) or isinstance(v, bool):
        raise TypeError(f"{name} must be an integer, not {v!r}")
    if not lo <= v <= hi:
        raise ValueError(f"{name} must be in {lo}..{hi}, not {v!r}")


@dataclass(frozen=True)
class BfpFormat:
    """Block floating point: ``group`` values share an ``exp_bits`` exponent, each
    keeps ``mant_bits`` magnitude bits and a sign (truncated toward zero)."""
    mant_bits: int = 4
    exp_bits: int = 5
    group: int = 8

    def __post_init__(self):
        _check_int("mant_bits", self.mant_bits, 1, 24)
        _check_int("exp_bits", self.exp_bits, 2, 8)
        _check_int("group", self.group, 1, 1024)

    @property
    def exp_max(self) -> int:
        return (1 << (self.exp_bits - 1)) - 1

    @property
    def exp_min(self) -> int:
        return -((1 << (self.exp_bits - 1)) - 2)

    @property
    def max_value(self) -> float:
        """The largest magnitude (saturation)."""
        return float(((1 << self.mant_bits) - 1) * 2.0 ** (self.exp_max + 1 - self.mant_bits))

    def __str__(self):
        return f"BFP(1-{self.exp_bits}-{self.mant_bits}, group {self.group})"


def _group_exponent(mag: np.ndarray) -> np.ndarray:
    """``floor(log2 max|v|)`` over the last axis (``-inf`` for an all-zero group)."""
    top = mag.max(axis=-1)
    _, ex = np.frexp(top)                           # top = f * 2**ex, f in [0.5, 1)
    return np.where(top > 0, ex - 1, -np.inf)


def bfp(v, fmt: BfpFormat, axis: int = 1) -> np.ndarray:
    """``v`` (float64-exact values) in ``fmt``, groups of ``fmt.group`` along ``axis``
    (the last group may be shorter)."""
    v = np.moveaxis(np.asarray(v, dtype=np.float64), axis, -1)
    if not np.isfinite(v).all():
        raise ValueError("BFP: the input holds inf or NaN")
    c = v.shape[-1]
    g = fmt.group
    pad = -c % g
    vp = np.concatenate([v, np.zeros(v.shape[:-1] + (pad,))], axis=-1) if pad else v
    grouped = vp.reshape(vp.shape[:-1] + (-1, g))
    mag = np.abs(grouped)
    e = _group_exponent(mag)
    e = np.clip(e, fmt.exp_min, fmt.exp_max)[..., None]        # (-inf clips up: zeros)
    unit = np.ldexp(1.0, (e + 1 - fmt.mant_bits).astype(np.int64))
    m = np.minimum(np.floor(mag / unit), (1 << fmt.mant_bits) - 1)
    q = (np.sign(grouped) * m * unit).reshape(vp.shape)[..., :c]
    return np.moveaxis(q + 0.0, -1, axis)                       # (+ 0.0: no -0)


def bfp_scalar(v, mant_bits: int, exp_bits: int = 8) -> np.ndarray:
    """Each value alone in BFP (a group of one): a minifloat truncated to ``mant_bits``."""
    v = np.asarray(v, dtype=np.float64)
    return bfp(v.reshape(-1, 1), BfpFormat(mant_bits, exp_bits, 1)).reshape(v.shape)


@dataclass(frozen=True)
class LightNormSpec:
    """A LightNorm layer's number formats: ``data`` for its input and output,
    ``stat_bits`` mantissa bits (and ``stat_exp_bits``) for the per-channel
    statistics and constants, ``chunks`` for the range."""
    data: BfpFormat = BfpFormat()
    stat_bits: int = 8
    stat_exp_bits: int = 5
    chunks: int = 8

    def __post_init__(self):
        if not isinstance(self.data, BfpFormat):
            raise TypeError(f"data must be a BfpFormat, not {self.data!r}")
        _check_int("stat_bits", self.stat_bits, 1, 8)
        _check_int("stat_exp_bits", self.stat_exp_bits, 2, 5)
        if self.data.mant_bits > 8 or self.data.exp_bits > 5:
            raise ValueError(f"data format {self.data}: LightNorm's exact arithmetic needs "
                             "at most 8 mantissa and 5 exponent bits")
        _check_int("chunks", self.chunks, 1, 1024)

    @property
    def stat_exp_max(self) -> int:
        """The statistics format's largest exponent: its values are below
        ``2**(stat_exp_max + 1)``."""
        return (1 << (self.stat_exp_bits - 1)) - 1

    def t(self, v) -> np.ndarray:
        """The statistics format ``T``."""
        return bfp_scalar(v, self.stat_bits, self.stat_exp_bits)


#: The formats the hardware's LightNorm units compute in (`accel.hdl.lightnorm`,
#: `AccelConfig.lightnorm`): the data in BFP of 4 mantissa and 5 exponent bits in
#: groups of 8 channels, statistics of 8 and 5; a layer's chunk count is its own.
LIGHTNORM_SPEC = LightNormSpec()


def same_formats(spec: LightNormSpec, other: LightNormSpec) -> bool:
    """Whether two specs compute in the same number formats (chunk counts may differ)."""
    return (spec.data, spec.stat_bits, spec.stat_exp_bits) == \
        (other.data, other.stat_bits, other.stat_exp_bits)


def _per_channel(q: np.ndarray) -> np.ndarray:
    """``(N, C[, H, W])`` -> ``(C, n)``: each channel's values in row, column, sample
    order (pixel-major), the order the accelerator produces them: the array computes
    one pixel of ``rows`` samples at a time, and a batch's statistics walk the
    pixels, each over every batch tile (`accel.compiler.lower`), so the range's chunks
    do not depend on the array's row count."""
    return np.moveaxis(np.moveaxis(q, 1, 0), 1, -1).reshape(q.shape[1], -1)


def chunking(n: int, spec: LightNormSpec) -> tuple[int, int, int]:
    """``(k, size, longer)`` of ``n`` values: ``k = min(chunks, n)`` chunks, the first
    ``longer = n mod k`` of ``size + 1`` values and the rest of ``size = n // k``
    (`numpy.array_split`'s)."""
    if not 0 < n <= MAX_VALUES:
        raise ValueError(f"LightNorm statistics over {n} values per channel: 1..{MAX_VALUES} "
                         "(the exact sum's width)")
    k = min(spec.chunks, n)
    return k, n // k, n % k


def chunk_lengths(size: int, longer: int, chunks: int) -> list[int]:
    """The lengths of ``chunks`` consecutive chunks, the first ``longer`` of ``size + 1``
    values and the rest of ``size`` (`chunking`)."""
    return [size + (j < longer) for j in range(chunks)]


def chunk_sums(v: np.ndarray, lengths) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(sum, sum of chunk max, sum of chunk min)`` per row of ``v`` (``(C, n)``, ``n =
    sum(lengths)``), its values in consecutive chunks of ``lengths``: what the
    statistics mode accumulates."""
    if sum(lengths) != v.shape[1] or min(lengths, default=0) < 1:
        raise ValueError(f"chunks of {list(lengths)[:8]}... do not split {v.shape[1]} values")
    ends = np.cumsum(lengths)
    chunks = [np.arange(e - n, e) for n, e in zip(lengths, ends)]
    return (v.sum(axis=1), sum(v[:, c].max(axis=1) for c in chunks),
            sum(v[:, c].min(axis=1) for c in chunks))


def reciprocal(v, spec: LightNormSpec) -> np.ndarray:
    """``T(1/v)``, 0 where ``v`` is 0."""
    v = np.asarray(v, np.float64)
    return spec.t(np.divide(1.0, v, out=np.zeros_like(v), where=v != 0))


def gain(gamma, n_per_chunk: float, spec: LightNormSpec) -> np.ndarray:
    """``g = T(gamma * sqrt(2 ln (n/k)))`` (0 for chunks of one value)."""
    c = math.sqrt(2.0 * math.log(n_per_chunk)) if n_per_chunk > 1 else 0.0
    return spec.t(np.asarray(gamma, np.float64) * c)


def scale(g, rng, spec: LightNormSpec) -> np.ndarray:
    """``a = T(g * T(1/range))`` (0 where the range is 0)."""
    return spec.t(np.asarray(g, np.float64) * reciprocal(rng, spec))


def finalize(total, hi, lo, inv_n, inv_k, g, spec: LightNormSpec):
    """``(mean, range, a)`` per channel from the statistics mode's sums (`chunk_sums`),
    the reciprocals ``inv_n = T(1/n)`` and ``inv_k = T(1/k)`` and the gains ``g``: what
    the hardware's finalize computes."""
    mean = spec.t(np.asarray(total, np.float64) * inv_n)
    rng = spec.t((np.asarray(hi, np.float64) - lo) * inv_k)
    return mean, rng, scale(g, rng, spec)


def batch_stats(q: np.ndarray, spec: LightNormSpec) -> tuple[np.ndarray, np.ndarray, int]:
    """``(mean, range, k)`` per channel of BFP inputs ``q`` (``(N, C[, H, W])``), in the
    statistics format; ``k`` is the number of chunks."""
    v = _per_channel(q)
    n = v.shape[1]
    k, size, longer = chunking(n, spec)
    mean, rng, _ = finalize(*chunk_sums(v, chunk_lengths(size, longer, k)),
                            reciprocal(n, spec), reciprocal(k, spec), 0.0, spec)
    return mean, rng, k


def channel_scale(gamma, rng, n_per_chunk: float, spec: LightNormSpec) -> np.ndarray:
    """``a = T(T(gamma * sqrt(2 ln (n/k))) * T(1/range))``, 0 where the range is 0."""
    return scale(gain(gamma, n_per_chunk, spec), rng, spec)


#: Bits of a statistics-format value in a threshold entry: sign, a 6-bit two's-complement
#: unit exponent, an 8-bit mantissa (`stat_encode`).
STAT_CODE_BITS = 15
#: Fixed-point fractional bits that hold every statistics-format value (its smallest
#: unit is 2**(exp_min + 1 - stat_bits) = 2**-21 for the widest format).
STAT_FRAC = 21
#: Fractional bits of the hardware's normalized outputs (`accel.hdl.lightnorm`).
FRAC_OF_Y = STAT_FRAC
#: Most values per column the hardware's statistics take in one batch (its sums' width).
STATS_MAX_VALUES = (1 << 16) - 1


def bfp_in_bits(acc_bits: int, spec: LightNormSpec) -> int:
    """Signed bits of ``BFP_in`` of ``acc_bits``-bit integer pre-activations (the
    hardware's ``q``): the input's width, or the format's largest value's if wider."""
    return max(acc_bits, spec.data.exp_max + 3)


def stats_sum_bits(in_bits: int, max_values: int = STATS_MAX_VALUES) -> int:
    """Signed bits of the exact sum of ``max_values`` values of ``in_bits`` bits (the
    hardware statistics' per-column sum)."""
    return in_bits + max_values.bit_length()


def fixed_bits(spec: LightNormSpec) -> int:
    """Bits of a signed fixed-point value (`STAT_FRAC` fractional bits) that holds every
    statistics-format value: what the hardware's normalize subtracts and adds in."""
    return spec.stat_exp_max + 2 + STAT_FRAC + 1


def stat_encode(v, spec: LightNormSpec) -> np.ndarray:
    """Statistics-format values (``spec.t`` of something) as `STAT_CODE_BITS`-bit codes:
    ``sign << 14 | (unit exponent & 63) << 8 | mantissa``, value = +-mantissa * 2**unit."""
    v = np.asarray(v, np.float64)
    if not np.array_equal(spec.t(v), v):
        raise ValueError("stat_encode: a value is not in the statistics format")
    mag = np.abs(v)
    _, ex = np.frexp(mag)
    e = np.clip(ex - 1, -((1 << (spec.stat_exp_bits - 1)) - 2),
                (1 << (spec.stat_exp_bits - 1)) - 1)
    unit = e + 1 - spec.stat_bits
    mant = np.rint(np.ldexp(mag, -unit)).astype(np.int64)
    unit = np.where(mant == 0, 0, unit)
    return ((v < 0).astype(np.int64) << 14) | ((unit & 63) << 8) | mant


def stat_decode(code) -> np.ndarray:
    """Inverse of `stat_encode`."""
    code = np.asarray(code, np.int64)
    unit = ((code >> 8) & 63)
    unit = np.where(unit >= 32, unit - 64, unit)
    v = np.ldexp((code & 255).astype(np.float64), unit)
    return np.where(code >> 14 & 1, -v, v)


def apply(x, mean, a, b, spec: LightNormSpec) -> np.ndarray:
    """Steps 1 and 4 with the per-channel constants given (statistics format):
    ``BFP_out(T(T(BFP_in(x) - mean) * a) + b)``; what the hardware's normalize mode
    does."""
    x = np.asarray(x, np.float64)
    shape = (1, -1) + (1,) * (x.ndim - 2)
    q = bfp(x, spec.data, axis=1)
    t = spec.t
    z = t(t(q - np.reshape(mean, shape)) * np.reshape(a, shape)) + np.reshape(b, shape)
    return bfp(z, spec.data, axis=1)


def round_levels(y, out_bits: int) -> np.ndarray:
    """``QuantAct(out_bits)`` of normalized values: ``clamp(floor(y + 1/2), 0,
    2**out_bits - 1)`` (the sign, ``y >= 0``, is the 1-bit activation)."""
    return np.clip(np.floor(np.asarray(y) + 0.5), 0, (1 << out_bits) - 1).astype(np.int64)


def lightnorm(x, gamma, beta, spec: LightNormSpec, stats=None) -> tuple[np.ndarray, tuple]:
    """LightNorm of ``x`` (``(N, C[, H, W])``, values float64 holds exactly).

    ``stats``: ``(mean, range, n_per_chunk)`` per channel (running statistics, already
    in the statistics format) or None to take them from the batch.  Returns ``(y,
    (mean, range, n_per_chunk))``.
    """
    x = np.asarray(x, np.float64)
    q = bfp(x, spec.data, axis=1)
    if stats is None:
        mean, rng, k = batch_stats(q, spec)
        npc = _per_channel(q).shape[1] / k
    else:
        mean, rng, npc = stats
        mean, rng = spec.t(mean), spec.t(rng)
    a = channel_scale(gamma, rng, npc, spec)
    return apply(x, mean, a, spec.t(beta), spec), (mean, rng, npc)
