"""LightNorm in hardware: `LightNormUnit` normalizes (`accel.lightnorm.apply`),
`LightNormStats` gathers a batch's statistics and finalizes them
(`accel.lightnorm.chunk_sums`, `accel.lightnorm.finalize`)."""

from __future__ import annotations

from amaranth import Array, Cat, Const, Module, Mux, Signal, signed
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from ..lightnorm import (STAT_CODE_BITS, STAT_FRAC, STATS_MAX_VALUES, LightNormSpec,
                         bfp_in_bits, chunking, fixed_bits, stats_sum_bits)
from .bfp import BfpTruncate
from .pe import _check_int

__all__ = ["LightNormUnit", "LightNormStats", "stat_fixed", "t_code", "leading_one", "RECIPROCALS"]

FR = STAT_FRAC


def stat_fixed(m, code, width: int, name: str):
    """A statistics-format code (`accel.lightnorm.stat_encode`: units -21..8) as a
    signed fixed-point value with `STAT_FRAC` fractional bits: ``+-mantissa << (unit +
    STAT_FRAC)``, one shifter (a unit below -21 reads as -21)."""
    mant, unit, neg = code[:8], code[8:14].as_signed(), code[14]
    sh = Signal(range(width - 8), name=f"{name}_sh")
    m.d.comb += sh.eq(Mux(unit < -FR, 0, unit + FR))
    mag = Signal(width - 1, name=f"{name}_mag")
    m.d.comb += mag.eq(mant << sh)
    v = Signal(signed(width), name=name)
    m.d.comb += v.eq(Mux(neg, -mag, mag))
    return v


def _check_spec(spec) -> None:
    """The units compute statistics in 8 mantissa and 5 exponent bits."""
    if not isinstance(spec, LightNormSpec):
        raise TypeError(f"spec must be a LightNormSpec, not {spec!r}")
    if (spec.stat_bits, spec.stat_exp_bits) != (8, 5):
        raise ValueError(f"the unit's statistics format is 8 mantissa and 5 exponent bits, "
                         f"not {spec.stat_bits} and {spec.stat_exp_bits}")


def leading_one(m, value, name: str):
    """Position of the highest set bit of ``value`` (0 when zero)."""
    pos = Signal(range(max(2, len(value))), name=name)
    for b in range(len(value)):
        with m.If(value[b]):
            m.d.comb += pos.eq(b)
    return pos


class LightNormUnit(wiring.Component):
    """One array row through LightNorm with per-column constants: for each of ``cols``
    columns, ``y = BFP_out(T(T(BFP_in(d) - mean) * a) + b)``
    (`accel.lightnorm.apply`), then the activation: ``nonneg = y >= 0`` (sign) and
    ``level = clamp(floor(y + 0.5), 0, 2**out_bits - 1)`` (``QuantAct(out_bits)``).

    ``d`` are the signed integer pre-activations (``acc_bits``); ``mean``, ``a`` and
    ``b`` statistics-format codes (`accel.lightnorm.stat_encode`); ``q`` shows
    ``BFP_in(d)`` (what the statistics take).  Per column: the difference in fixed
    point (`STAT_FRAC` fractional bits hold every statistics value), its ``T``
    (`t_code`: a leading one and an 8-bit window), an 8 x 8 product and its ``T``, the
    sum with ``b`` in fixed point, then ``BFP_out`` over the groups (`BfpTruncate`).

    Latency: combinational.
    """

    def __init__(self, cols: int, acc_bits: int, spec: LightNormSpec):
        _check_int("cols", cols, 1)
        _check_int("acc_bits", acc_bits, 8, 32)
        _check_spec(spec)
        self.cols, self.acc_bits, self.spec = cols, acc_bits, spec
        self.q_bits = bfp_in_bits(acc_bits, spec)
        # |q|, |mean|, |p|, |b| < 2**16 (the statistics format's bound): v_bits hold
        # each, a sum or difference one more
        self.v_bits = fixed_bits(spec)
        self.z_bits = self.v_bits + 1
        super().__init__({
            "d": In(signed(acc_bits)).array(cols),
            "mean": In(STAT_CODE_BITS).array(cols), "a": In(STAT_CODE_BITS).array(cols),
            "b": In(STAT_CODE_BITS).array(cols), "out_bits": In(range(9)),
            "y": Out(signed(self.z_bits)).array(cols), "nonneg": Out(cols),
            "level": Out(8).array(cols), "q": Out(signed(self.q_bits)).array(cols),
        })

    def elaborate(self, platform):
        m = Module()
        spec, C, V = self.spec, self.cols, self.v_bits
        m.submodules.bfp_in = bin_ = BfpTruncate(C, self.q_bits, 0, spec.data, integer=True)
        m.submodules.bfp_out = bout = BfpTruncate(C, self.z_bits, FR, spec.data)
        for c in range(C):
            m.d.comb += [bin_.i[c].eq(self.d[c]), self.q[c].eq(bin_.o[c])]
        for c in range(C):
            q = bin_.o[c][:spec.stat_exp_max + 2].as_signed()       # |q| < 2**16
            diff = Signal(signed(V + 1), name=f"diff{c}")
            m.d.comb += diff.eq((q << FR) - stat_fixed(m, self.mean[c], V, f"mean{c}"))
            dmag = Signal(V, name=f"dmag{c}")
            m.d.comb += dmag.eq(Mux(diff < 0, -diff, diff))
            delta = t_code(m, dmag, -FR, diff < 0, spec, f"delta{c}")
            a = self.a[c]
            prod = t_code(m, delta[:8] * a[:8], delta[8:14].as_signed() + a[8:14].as_signed(),
                          delta[14] ^ a[14], spec, f"prod{c}")
            z = Signal(signed(self.z_bits), name=f"z{c}")
            m.d.comb += z.eq(stat_fixed(m, prod, V, f"p{c}") + stat_fixed(m, self.b[c], V, f"b{c}"))
            m.d.comb += bout.i[c].eq(z)
        for c in range(C):
            y = bout.o[c]
            m.d.comb += [self.y[c].eq(y), self.nonneg[c].eq(y >= 0)]
            rounded = Signal(signed(self.z_bits), name=f"round{c}")
            m.d.comb += rounded.eq((y + (1 << (FR - 1))) >> FR)
            top = Signal(9, name=f"top{c}")
            m.d.comb += top.eq((1 << self.out_bits) - 1)
            m.d.comb += self.level[c].eq(Mux(rounded < 0, 0, Mux(rounded > top, top, rounded)))
        return m


def _reciprocal_entry(m: int) -> int:
    """``1/m`` (``m`` in 1..255) as ``M * 2**(p - 7)``, ``M`` in 128..255 its 8-bit
    mantissa truncated: the table entry is ``M | (-p) << 8``."""
    top = m.bit_length() - 1
    p = -top if m == 1 << top else -top - 1
    return ((1 << (7 - p)) // m) | (-p << 8)


#: The 256 reciprocal mantissas `LightNormStats` looks a range's mantissa up in.
RECIPROCALS = tuple(_reciprocal_entry(m) if m else 0 for m in range(256))


def t_code(m, mag, unit, neg, spec: LightNormSpec, name: str):
    """The statistics-format code (`accel.lightnorm.stat_encode`) of ``+-mag *
    2**unit`` truncated to ``T`` (``spec.t``): ``mag`` unsigned, ``unit`` a signed
    exponent.  The exponent of the leading one, clamped to the format's range (above
    it the value saturates, below it the mantissa loses its low bits), picks the 8
    bits kept."""
    t_min = -((1 << (spec.stat_exp_bits - 1)) - 2)
    t_max = (1 << (spec.stat_exp_bits - 1)) - 1
    lead = leading_one(m, mag, f"{name}_lead")
    e = Signal(signed(10), name=f"{name}_e")
    m.d.comb += e.eq(lead + unit)
    ec = Signal(signed(10), name=f"{name}_ec")
    m.d.comb += ec.eq(Mux(e > t_max, t_max, Mux(e < t_min, t_min, e)))
    # the mantissa's lowest bit in mag: ec - 7 - unit (a negative one shifts mag left)
    rs = Signal(signed(11), name=f"{name}_rs")
    m.d.comb += rs.eq(ec - 7 - unit)
    mant = Signal(8, name=f"{name}_mant")
    with m.If(e > t_max):
        m.d.comb += mant.eq(255)
    with m.Elif(rs >= 0):
        m.d.comb += mant.eq(mag >> rs.as_unsigned())
    with m.Else():
        m.d.comb += mant.eq(mag << (-rs).as_unsigned())
    code = Signal(STAT_CODE_BITS, name=f"{name}_code")
    nz = mant != 0
    m.d.comb += code.eq(Cat(mant, Mux(nz, ec - 7, 0)[:6], neg & nz))
    return code


class LightNormStats(wiring.Component):
    """A batch's per-column statistics (`accel.lightnorm.chunk_sums`) and their
    finalize (`accel.lightnorm.finalize`).

    Statistics: each cycle with ``valid``, one row of ``cols`` BFP values ``q`` (one
    per column) is added to each column's exact sum, and to its current chunk's
    maximum and minimum; a chunk's last value adds them to the column's sums of chunk
    maxima and minima.  The chunking (``size`` values, the first ``longer`` chunks one
    more, ``chunks`` chunks: `accel.lightnorm.chunking`) is taken with the first value
    after a ``clear``; values after the last chunk are ignored.

    Finalize: ``col`` selects a column, whose ``mean = T(sum * T(1/n))`` and ``range =
    T((sum of maxima - sum of minima) * T(1/k))`` (``inv_n`` and ``inv_k``
    statistics-format codes) are registered; a cycle later ``mean`` and ``range`` are
    that column's and ``scale = T(g * T(1/range))`` with its gain ``gain[col]``, the
    reciprocal's mantissa from a 256-entry table (`RECIPROCALS`).

    ``clear`` empties the statistics for the next batch (it wins over ``valid``).
    At most ``max_values`` values per column and ``max_chunks`` chunks (default: the
    spec's chunk count).

    Latency: statistics 1 cycle (registered); finalize 1 cycle (``mean``, ``range``)
    and ``scale`` behind them in the same cycle.
    """

    def __init__(self, cols: int, in_bits: int, spec: LightNormSpec,
                 max_values: int = STATS_MAX_VALUES, max_chunks: int | None = None):
        _check_int("cols", cols, 1)
        _check_int("in_bits", in_bits, 2, 32)
        _check_int("max_values", max_values, 1, STATS_MAX_VALUES)
        if max_chunks is not None:
            _check_int("max_chunks", max_chunks, 1, 1024)
        _check_spec(spec)
        self.cols, self.in_bits, self.spec, self.max_values = cols, in_bits, spec, max_values
        self.k_max = min(spec.chunks if max_chunks is None else max_chunks, max_values)
        self.sum_bits = stats_sum_bits(in_bits, max_values)
        self.ext_bits = in_bits + self.k_max.bit_length()
        super().__init__({
            "clear": In(1), "valid": In(1), "q": In(signed(in_bits)).array(cols),
            "size": In(16), "longer": In(range(self.k_max + 1)),
            "chunks": In(range(self.k_max + 1)),
            "col": In(range(cols)), "inv_n": In(STAT_CODE_BITS), "inv_k": In(STAT_CODE_BITS),
            "gain": In(STAT_CODE_BITS).array(cols),
            "mean": Out(STAT_CODE_BITS), "range": Out(STAT_CODE_BITS),
            "scale": Out(STAT_CODE_BITS),
        })

    @staticmethod
    def chunking(n: int, spec: LightNormSpec) -> dict:
        """The ``size``, ``longer`` and ``chunks`` inputs for ``n`` values."""
        k, size, longer = chunking(n, spec)
        return dict(size=size, longer=longer, chunks=k)

    def elaborate(self, platform):
        m = Module()
        C, spec = self.cols, self.spec
        # the chunk walk, shared by the columns
        fresh = Signal(init=1)
        left = Signal(16)                     # values left in the current chunk
        longer_left = Signal.like(self.longer)  # longer chunks not started yet
        chunks_left = Signal.like(self.chunks)
        first = Signal()                      # the next value starts a chunk
        c_left = Mux(fresh, self.size + (self.longer != 0), left)
        # (the first chunk is one of the longer ones if there are any)
        c_longer = Mux(fresh, self.longer - (self.longer != 0), longer_left)
        c_chunks = Mux(fresh, self.chunks, chunks_left)
        c_first = fresh | first
        take = self.valid & (c_chunks != 0)
        last = c_left == 1
        with m.If(take):
            m.d.sync += [fresh.eq(0), first.eq(last)]
            with m.If(last):
                m.d.sync += [chunks_left.eq(c_chunks - 1),
                             left.eq(self.size + (c_longer != 0)),
                             longer_left.eq(c_longer - (c_longer != 0))]
            with m.Else():
                m.d.sync += [left.eq(c_left - 1), longer_left.eq(c_longer),
                             chunks_left.eq(c_chunks)]
        totals, his, los = [], [], []
        for c in range(C):
            q = self.q[c]
            total = Signal(signed(self.sum_bits), name=f"sum{c}")
            hi = Signal(signed(self.ext_bits), name=f"hi{c}")
            lo = Signal(signed(self.ext_bits), name=f"lo{c}")
            mx = Signal(signed(self.in_bits), name=f"max{c}")
            mn = Signal(signed(self.in_bits), name=f"min{c}")
            new_mx = Mux(c_first | (q > mx), q, mx)
            new_mn = Mux(c_first | (q < mn), q, mn)
            with m.If(take):
                m.d.sync += [total.eq(total + q), mx.eq(new_mx), mn.eq(new_mn)]
                with m.If(last):
                    m.d.sync += [hi.eq(hi + new_mx), lo.eq(lo + new_mn)]
            totals.append(total)
            his.append(hi)
            los.append(lo)
        with m.If(self.clear):
            m.d.sync += [fresh.eq(1), first.eq(0)]
            m.d.sync += [s.eq(0) for s in totals + his + los]

        # finalize, stage 1: the selected column's mean and range
        total = Array(totals)[self.col]
        tmag = Signal(self.sum_bits, name="fin_tmag")
        m.d.comb += tmag.eq(Mux(total < 0, -total, total))
        ext = Signal(self.ext_bits + 1, name="fin_ext")
        m.d.comb += ext.eq(Array(his)[self.col] - Array(los)[self.col])
        inv_n_m, inv_n_u = self.inv_n[:8], self.inv_n[8:14].as_signed()
        inv_k_m, inv_k_u = self.inv_k[:8], self.inv_k[8:14].as_signed()
        mean = t_code(m, tmag * inv_n_m, inv_n_u, total < 0, spec, "fin_mean")
        rng = t_code(m, ext * inv_k_m, inv_k_u, Const(0), spec, "fin_range")
        col_r = Signal.like(self.col)
        m.d.sync += [self.mean.eq(mean), self.range.eq(rng), col_r.eq(self.col)]
        # stage 2: scale = T(g * T(1/range)) of the registered range
        r_m, r_u = self.range[:8], self.range[8:14].as_signed()
        entry = Signal(12, name="fin_recip")
        m.d.comb += entry.eq(Array(Const(e, 12) for e in RECIPROCALS)[r_m])
        # 1/range = M * 2**(p - 7 - unit): T of it
        inv_unit = Signal(signed(8), name="fin_inv_unit")
        m.d.comb += inv_unit.eq(-entry[8:] - 7 - r_u)
        inv = t_code(m, entry[:8], inv_unit, Const(0), spec, "fin_inv")
        g = Array(self.gain)[col_r]
        g_m, g_u = g[:8], g[8:14].as_signed()
        inv_m, inv_u = inv[:8], inv[8:14].as_signed()
        scale = t_code(m, g_m * inv_m, g_u + inv_u, g[14], spec, "fin_scale")
        m.d.comb += self.scale.eq(Mux(r_m == 0, 0, scale))
        return m
