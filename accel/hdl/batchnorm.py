"""A conventional fixed-point batch norm in hardware: the baseline LightNorm's units are
measured against (`benchmarks/norm_units.py`).

`BatchNormStats` keeps each column's sum and sum of squares and finalizes mean,
variance, ``1/sqrt(variance)`` (a table), scale and bias; `BatchNormUnit` applies
``y = d * scale + bias`` and the activation.  Both have the throughput of their
LightNorm counterparts (`accel.hdl.lightnorm`): a row of ``cols`` values a cycle, a
column finalized a cycle.  Their arithmetic is `ref_batchnorm` (Python integers):

* ``mean = (sum * inv_n) >> 8`` and ``E[d^2] = sumsq * inv_n`` (``inv_n`` =
  ``round(2**16 / n)``), ``var = max(E[d^2] - mean^2, 0) + 1`` with 16 fractional
  bits;
* ``1/sqrt(var)`` with 16 fractional bits: the variance's leading 8 bits (9 for an
  odd exponent) look up ``2**24 / sqrt(m)`` in a 384-entry table, shifted by half the
  exponent;
* ``scale = sat18((gamma * rsqrt) >> 8)`` (``gamma``, ``beta`` with 8 fractional bits;
  the scale saturates to 18 signed bits, 16 fractional), ``bias = beta - ((mean *
  scale) >> 16)``;
* ``y = ((d * scale) >> 8) + bias`` (8 fractional bits), the sign ``y >= 0`` or the
  level ``clamp((y + 128) >> 8, 0, 2**out_bits - 1)``.
"""

from __future__ import annotations

import math

from amaranth import Array, Cat, Const, Module, Mux, Signal, signed
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from .lightnorm import leading_one
from .pe import _check_int

__all__ = ["BatchNormStats", "BatchNormUnit", "ref_batchnorm", "RSQRT"]

SCALE_BITS = 18
#: ``2**24 / sqrt(m)`` for the normalized mantissas m = 128..511.
RSQRT = tuple(int((1 << 24) / math.sqrt(m)) if m >= 128 else 0 for m in range(512))


def _rsqrt(var: int) -> int:
    """``1/sqrt(var / 2**16)`` with 16 fractional bits, as the table computes it."""
    e = var.bit_length() - 8
    m = var >> e if e >= 0 else var << -e
    if e % 2:
        m, e = (var >> (e - 1) if e >= 1 else var << (1 - e)), e - 1
    r = RSQRT[m]
    return r >> (e // 2) if e >= 0 else r << (-e // 2)


def _sat(v: int, bits: int) -> int:
    return max(-(1 << (bits - 1)), min((1 << (bits - 1)) - 1, v))


def ref_batchnorm(rows, n: int, gamma, beta, out_bits: int):
    """`BatchNormStats` then `BatchNormUnit` on integer rows (``(k, C)``, the first ``n``
    of them the statistics' batch): ``(scale, bias, nonneg, level)`` per column / row."""
    C = len(gamma)
    inv_n = round((1 << 16) / n)
    scale, bias = [], []
    for c in range(C):
        v = [int(r[c]) for r in rows[:n]]
        mean = (sum(v) * inv_n) >> 8
        var = max(sum(x * x for x in v) * inv_n - mean * mean, 0) + 1
        s = _sat((int(gamma[c]) * _rsqrt(var)) >> 8, SCALE_BITS)
        scale.append(s)
        bias.append(int(beta[c]) - ((mean * s) >> 16))
    nonneg, level = [], []
    for r in rows:
        y = [((int(r[c]) * scale[c]) >> 8) + bias[c] for c in range(C)]
        nonneg.append([int(v >= 0) for v in y])
        level.append([min(max((v + 128) >> 8, 0), (1 << out_bits) - 1) for v in y])
    return scale, bias, nonneg, level


class BatchNormStats(wiring.Component):
    """Each column's sum and sum of squares of the rows ``d`` (``valid``), and the
    finalize of column ``col``: ``scale`` and ``bias`` (`ref_batchnorm`), two cycles
    later.  ``clear`` empties the sums.

    Latency: statistics 1 cycle; finalize 2 cycles (a register after the mean and
    variance, one after the scale and bias).
    """

    def __init__(self, cols: int, acc_bits: int, max_values: int = (1 << 16) - 1):
        _check_int("cols", cols, 1)
        _check_int("acc_bits", acc_bits, 8, 32)
        self.cols, self.acc_bits = cols, acc_bits
        self.sum_bits = acc_bits + max_values.bit_length()
        self.sq_bits = 2 * acc_bits + max_values.bit_length()
        super().__init__({
            "clear": In(1), "valid": In(1), "d": In(signed(acc_bits)).array(cols),
            "col": In(range(cols)), "inv_n": In(17),
            "gamma": In(signed(16)).array(cols), "beta": In(signed(16)).array(cols),
            "scale": Out(signed(SCALE_BITS)), "bias": Out(signed(acc_bits + 16)),
        })

    def elaborate(self, platform):
        m = Module()
        C = self.cols
        sums, sqs = [], []
        for c in range(C):
            s = Signal(signed(self.sum_bits), name=f"sum{c}")
            q = Signal(self.sq_bits, name=f"sq{c}")
            with m.If(self.clear):
                m.d.sync += [s.eq(0), q.eq(0)]
            with m.Elif(self.valid):
                m.d.sync += [s.eq(s + self.d[c]), q.eq(q + self.d[c] * self.d[c])]
            sums.append(s)
            sqs.append(q)
        # stage 1: mean and variance of the selected column (|mean| < 2**(A - 1) with 8
        # fractional bits; E[d^2] < 2**(2A - 2) with 16)
        A = self.acc_bits
        mean = Signal(signed(A + 9), name="mean")
        var = Signal(2 * A + 16, name="var")
        m_c = Signal(signed(A + 9), name="mean_c")
        m.d.comb += m_c.eq((Array(sums)[self.col] * self.inv_n) >> 8)
        ex2 = Signal(2 * A + 16, name="ex2")
        m.d.comb += ex2.eq(Array(sqs)[self.col] * self.inv_n)
        diff = Signal(signed(2 * A + 17), name="var_diff")
        m.d.comb += diff.eq(ex2 - m_c * m_c)
        col_r = Signal.like(self.col)
        m.d.sync += [mean.eq(m_c), var.eq(Mux(diff < 0, 0, diff) + 1), col_r.eq(self.col)]
        # stage 2: 1/sqrt(var) from the table, scale and bias
        lead = leading_one(m, var, "var_lead")
        e = Signal(signed(8), name="var_exp")
        m.d.comb += e.eq(lead - 7)
        odd = e[0]
        ee = Signal(signed(8), name="var_exp_even")
        m.d.comb += ee.eq(e - odd)
        mant = Signal(9, name="var_mant")
        with m.If(ee >= 0):
            m.d.comb += mant.eq(var >> ee.as_unsigned())
        with m.Else():
            m.d.comb += mant.eq(var << (-ee).as_unsigned())
        r = Signal(25, name="rsqrt_entry")
        m.d.comb += r.eq(Array(Const(v, 25) for v in RSQRT)[mant])
        half = Signal(signed(8), name="var_half_exp")
        m.d.comb += half.eq(ee >> 1)
        rsqrt = Signal(40, name="rsqrt")
        with m.If(half >= 0):
            m.d.comb += rsqrt.eq(r >> half.as_unsigned())
        with m.Else():
            m.d.comb += rsqrt.eq(r << (-half).as_unsigned())
        prod = Signal(signed(58), name="gamma_rsqrt")
        m.d.comb += prod.eq((Array(self.gamma)[col_r] * rsqrt) >> 8)
        top = (1 << (SCALE_BITS - 1)) - 1
        scale = Signal(signed(SCALE_BITS), name="scale_c")
        m.d.comb += scale.eq(Mux(prod > top, top, Mux(prod < -top - 1, -top - 1, prod)))
        m.d.sync += [self.scale.eq(scale),
                     self.bias.eq(Array(self.beta)[col_r] - ((mean * scale) >> 16))]
        return m


class BatchNormUnit(wiring.Component):
    """One array row through ``y = ((d * scale) >> 8) + bias`` per column and the
    activation (``nonneg``: sign; ``level``: ``clamp((y + 128) >> 8, 0, 2**out_bits -
    1)``), as `ref_batchnorm`.

    Latency: combinational.
    """

    def __init__(self, cols: int, acc_bits: int):
        _check_int("cols", cols, 1)
        _check_int("acc_bits", acc_bits, 8, 32)
        self.cols, self.acc_bits = cols, acc_bits
        super().__init__({
            "d": In(signed(acc_bits)).array(cols), "scale": In(signed(SCALE_BITS)).array(cols),
            "bias": In(signed(acc_bits + 16)).array(cols), "out_bits": In(range(9)),
            "nonneg": Out(cols), "level": Out(8).array(cols),
        })

    def elaborate(self, platform):
        m = Module()
        nonneg = []
        for c in range(self.cols):
            y = Signal(signed(self.acc_bits + SCALE_BITS + 2), name=f"y{c}")
            m.d.comb += y.eq(((self.d[c] * self.scale[c]) >> 8) + self.bias[c])
            nonneg.append(y >= 0)
            rounded = Signal(signed(len(y)), name=f"round{c}")
            m.d.comb += rounded.eq((y + 128) >> 8)
            top = Signal(9, name=f"top{c}")
            m.d.comb += top.eq((1 << self.out_bits) - 1)
            m.d.comb += self.level[c].eq(Mux(rounded < 0, 0, Mux(rounded > top, top, rounded)))
        m.d.comb += self.nonneg.eq(Cat(*nonneg))
        return m
