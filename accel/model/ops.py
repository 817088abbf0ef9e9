"""The arithmetic of each hardware unit, as numpy functions.

The golden model executes instructions with these, and the RTL unit tests compare
each Amaranth component against them (``rtl_*`` vs ``ref_*``).
"""

from __future__ import annotations

import numpy as np

__all__ = ["ref_matches", "ref_threshold", "ref_multi_threshold", "ref_raw_score",
           "ref_accumulate", "ref_pe_trace", "ref_weight_values", "ref_products",
           "ref_dot_pe_trace", "unpack_elems", "ref_lightnorm_stats", "lightnorm_stats_cases",
           "ref_lightnorm_unit", "lightnorm_unit_cases"]


def ref_matches(a: np.ndarray, w: np.ndarray, lane_bits: int) -> np.ndarray:
    """XNOR-popcount: matching bits of ``a (R, L)`` vs ``w (C, L)`` uint64 limbs -> (R, C).

    ``L`` limbs hold ``L*64 >= lane_bits`` bits of which only the low ``lane_bits``
    of each word are populated (both operands zero above), so the matches are
    ``words*lane_bits - popcount(a ^ w)``.
    """
    total = (a.shape[-1] * 64 if lane_bits >= 64 else a.shape[-1] * lane_bits)
    sum_t = np.uint16 if total < (1 << 16) else np.uint32
    mism = np.bitwise_count(a[:, None, :] ^ w[None, :, :]).sum(axis=2, dtype=sum_t)
    return total - mism.astype(np.int64)


def ref_accumulate(acc: np.ndarray, matches: np.ndarray, plane: int, clear: bool,
                   acc_bits: int) -> np.ndarray:
    """One PE step: ``acc = (0 if clear else acc) + (matches << plane)`` mod 2**acc_bits."""
    base = np.zeros_like(acc) if clear else acc
    return (base + (matches << plane)) & ((1 << acc_bits) - 1)


def ref_pe_trace(steps, pop_stages: int, acc_bits: int, lane_bits: int) -> list[int]:
    """The accumulator of one PE (`accel.hdl.pe.XnorPopcountPE`) after each clock edge.

    ``steps[k] = (a, w, valid, zero, plane)`` is presented in cycle ``k`` (``a`` and
    ``w`` as integers of ``lane_bits`` bits).  Step ``k``'s contribution lands at edge
    ``k + pop_stages``; a ``zero`` presented in cycle ``k`` clears the accumulator at
    edge ``k`` and wins over a contribution landing at the same edge.  One value per
    edge, ``len(steps) + pop_stages + 1`` in all.
    """
    def limbs(v):
        return np.array([[(v >> (64 * j)) & (2**64 - 1) for j in range(max(1, lane_bits // 64))]],
                        dtype=np.uint64)
    acc, out = np.zeros((1, 1), np.int64), []
    for e in range(len(steps) + pop_stages + 1):
        j = e - pop_stages
        if e < len(steps) and steps[e][3]:
            acc = np.zeros((1, 1), np.int64)
        elif 0 <= j < len(steps) and steps[j][2]:
            a, w, _, _, plane = steps[j]
            acc = ref_accumulate(acc, ref_matches(limbs(a), limbs(w), lane_bits), plane, False,
                                 acc_bits)
        out.append(int(acc[0, 0]))
    return out


def ref_weight_values(codes, kind: str, fmt=None, weight_bits: int | None = None) -> np.ndarray:
    """Signed integer weights of ``codes``: ESB codes of ``fmt`` (`accel.numformats.EsbFormat`)
    for ``kind = "esb"``, ``weight_bits``-bit two's complement for ``"int"``."""
    codes = np.asarray(codes, dtype=np.int64)
    if kind == "esb":
        return fmt.decode(codes)
    if kind == "int":
        sign = 1 << (weight_bits - 1)
        return (codes ^ sign) - sign
    raise ValueError(f"no multi-bit weights for PE kind {kind!r}")


def ref_products(a, codes, kind: str, fmt=None, weight_bits: int | None = None) -> np.ndarray:
    """The products one multi-bit PE lane computes: unsigned activations ``a`` times
    the weights of ``codes`` (`ref_weight_values`), elementwise."""
    return np.asarray(a, dtype=np.int64) * ref_weight_values(codes, kind, fmt, weight_bits)


def unpack_elems(word: int, count: int, bits: int) -> np.ndarray:
    """Element ``i`` of an integer word: bits ``[i*bits, (i+1)*bits)``, unsigned."""
    mask = (1 << bits) - 1
    return np.array([(word >> (i * bits)) & mask for i in range(count)], dtype=np.int64)


def ref_dot_pe_trace(steps, *, kind: str, lane_bits: int, elem_bits: int, acc_bits: int,
                     stages: int, fmt=None, weight_bits: int | None = None) -> list[int]:
    """The accumulator of one multi-bit PE (`accel.hdl.mac.DotPE`) after each clock edge.

    ``steps[k] = (a, w, valid, zero, plane)`` is presented in cycle ``k``; step ``k``
    adds ``sum_i a_i * w_i << (elem_bits * plane)`` at edge ``k + stages``; ``zero`` sets
    the accumulator to ``2**(acc_bits - 1)`` (the bias that orders signed sums as
    unsigned) at edge ``k``, winning over a contribution landing there.  Modulo
    ``2**acc_bits``; ``len(steps) + stages + 1`` values.
    """
    E = lane_bits // elem_bits
    b = fmt.bits if kind == "esb" else weight_bits
    mask, bias = (1 << acc_bits) - 1, 1 << (acc_bits - 1)
    acc, out = 0, []
    for e in range(len(steps) + stages + 1):
        j = e - stages
        if e < len(steps) and steps[e][3]:
            acc = bias
        elif 0 <= j < len(steps) and steps[j][2]:
            a, w, _, _, plane = steps[j]
            dot = int(ref_products(unpack_elems(a, E, elem_bits), unpack_elems(w, E, b),
                                   kind, fmt, weight_bits).sum())
            acc = (acc + (dot << (elem_bits * plane))) & mask
        out.append(acc)
    return out


def ref_threshold(acc: np.ndarray, thresh: np.ndarray) -> np.ndarray:
    """Activation bit: ``acc >= thresh`` (unsigned; ties give +1)."""
    return acc >= thresh


def ref_multi_threshold(acc: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """Multi-threshold: ``y = sum_k [acc >= thresholds[k]]`` (thresholds stacked on axis 0)."""
    return (acc[None] >= thresholds).sum(axis=0)


def ref_raw_score(acc: np.ndarray, thresh: np.ndarray, shift: int, acc_bits: int) -> np.ndarray:
    """Raw score ``((acc << shift) - thresh) mod 2**acc_bits`` read as signed."""
    v = ((acc << shift) - thresh) & ((1 << acc_bits) - 1)
    sign = 1 << (acc_bits - 1)
    return (v ^ sign) - sign


def ref_lightnorm_stats(rows, n: int, gains, spec) -> list:
    """`accel.hdl.lightnorm.LightNormStats`: the ``(mean, range, scale)`` codes per column
    of the first ``n`` of ``rows`` (``(C,)`` BFP values in arrival order, the unit's
    statistics mode), finalized with ``gains`` (statistics-format values)."""
    from ..lightnorm import batch_stats, scale, stat_encode
    mean, rng, _ = batch_stats(np.asarray(rows[:n], np.float64), spec)
    return [stat_encode(x, spec).tolist() for x in (mean, rng, scale(gains, rng, spec))]


def lightnorm_stats_cases(cols: int, seed: int, spec) -> list:
    """Batches for the statistics unit's benches: ``(rows, n, gains)``, ``rows`` BFP
    values in arrival order, three more than ``n`` (which the unit must ignore).  Every
    batch has an all-zero column, a constant one (zero range) and a zero gain; some have
    saturating values (their sums exceed the statistics format) or one sign only; the
    counts include n < chunks (chunks of one value), n = 1 and n not divisible by the
    chunk count."""
    from ..lightnorm import bfp
    if cols < 4:
        raise ValueError(f"cols must be at least 4 for the edge cases, not {cols}")
    rng = np.random.default_rng(seed)
    cases = []
    for k, n in enumerate([10, 3, 1, 16, 37, 64, 200, 8, 9, 5]):
        big = 1 << int(rng.integers(2, 16))
        x = rng.integers(-big, big, (n + 3, cols)).astype(np.float64)
        x[:, 1] = 0.0                                        # an all-zero column
        x[:, 2] = x[0, 2]                                    # a constant one: zero range
        if k % 3 == 0:
            x[:, 3] = (1 << 15) - 1                          # saturating values and sums
        if k % 4 == 1:
            x[:, 0] = np.abs(x[:, 0])                        # one sign only
        rows = bfp(x, spec.data, axis=1)
        gains = spec.t(rng.normal(0, 10.0 ** rng.uniform(-2, 2), cols))
        gains[-1] = 0.0
        cases.append((rows, n, gains))
    return cases


def ref_lightnorm_unit(d, mean, a, b, out_bits: int, spec) -> tuple:
    """`accel.hdl.lightnorm.LightNormUnit` on one row: ``(y, nonneg, level)`` of the
    pre-activations ``d`` (``(C,)`` integers) with the per-column constants (statistics
    format values): ``y`` (`accel.lightnorm.apply`), its sign and its level."""
    from ..lightnorm import apply, round_levels
    y = apply(np.asarray(d, np.float64)[None], mean, a, b, spec)[0]
    return y, (y >= 0).astype(np.int64), round_levels(y, out_bits)


def lightnorm_unit_cases(cols: int, acc_bits: int, steps: int, seed: int, spec) -> list:
    """Rows for the normalize unit's benches: ``(d, mean, a, b, out_bits)``, the
    constants statistics-format values of every magnitude, ``steps`` random ones and one
    more.  Every 7th has zero scale in two columns (zero range), every 5th an all-zero
    group, every 11th the extremes of ``acc_bits`` (saturating inputs); the last zero
    inputs with every constant at the format's largest value (saturating products)."""
    if cols < 2:
        raise ValueError(f"cols must be at least 2 for the edge cases, not {cols}")
    rng = np.random.default_rng(seed)
    cases = []
    for k in range(steps):
        mean = spec.t(rng.normal(0, 10.0 ** rng.uniform(-3, 4), cols))
        a = spec.t(rng.normal(0, 10.0 ** rng.uniform(-4, 3), cols))
        b = spec.t(rng.normal(0, 10.0 ** rng.uniform(-3, 4), cols))
        top = int(rng.integers(1, acc_bits - 1))
        d = rng.integers(-(1 << top), 1 << top, cols)
        if k % 7 == 0:
            a[:2] = 0.0
        if k % 5 == 0:
            d[:spec.data.group] = 0
        if k % 11 == 0:
            d[-1], d[0] = (1 << (acc_bits - 1)) - 1, -(1 << (acc_bits - 1))
        cases.append((d, mean, a, b, int(rng.integers(1, 5))))
    cases.append((np.zeros(cols, np.int64), *[spec.t(np.full(cols, 65535.0))] * 3, 4))
    return cases
