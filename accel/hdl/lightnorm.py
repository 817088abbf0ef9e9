"""`LightNormUnit`: LightNorm's normalize step (`accel.lightnorm.apply`) in hardware."""

from __future__ import annotations

from amaranth import Cat, Const, Module, Mux, Signal, signed
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from ..lightnorm import STAT_CODE_BITS, STAT_FRAC, LightNormSpec
from .bfp import BfpTruncate
from .pe import _check_int

__all__ = ["LightNormUnit", "stat_fixed"]

FR = STAT_FRAC


def stat_fixed(m, code, width: int, name: str):
    """A statistics-format code (`accel.lightnorm.stat_encode`) as a signed fixed-point
    value with `STAT_FRAC` fractional bits: ``+-mantissa << (unit + STAT_FRAC)``."""
    mant, unit, neg = code[:8], code[8:14].as_signed(), code[14]
    mag = Signal(width - 1, name=f"{name}_mag")
    with m.Switch(unit):
        for u in range(-32, 32):
            if 0 <= u + FR < width - 9:
                with m.Case(u):
                    m.d.comb += mag.eq(mant << (u + FR))
    v = Signal(signed(width), name=name)
    m.d.comb += v.eq(Mux(neg, -mag, mag))
    return v


def _leading_one(m, value, name: str):
    """Position of the highest set bit of ``value`` (0 when zero)."""
    pos = Signal(range(max(2, len(value))), name=name)
    for b in range(len(value)):
        with m.If(value[b]):
            m.d.comb += pos.eq(b)
    return pos


class LightNormUnit(wiring.Component):
    """One array row through LightNorm with per-column constants: for each of ``cols``
    columns, ``y = BFP_out(T((BFP_in(d) - mean) * a) + b)`` (`accel.lightnorm.apply`),
    then the activation: ``nonneg = y >= 0`` (sign) and ``level = clamp(floor(y +
    0.5), 0, 2**out_bits - 1)`` (``QuantAct(out_bits)``).

    ``d`` are the signed integer pre-activations (``acc_bits``); ``mean``, ``a`` and
    ``b`` statistics-format codes (`accel.lightnorm.stat_encode`).  Fixed point inside:
    `STAT_FRAC` fractional bits hold every statistics value; the product ``(q - mean)
    * a`` is the difference times ``a``'s 8-bit mantissa, truncated to 8 significant
    bits at its own exponent (``T``), then shifted by ``a``'s unit exponent.

    Latency: combinational.
    """

    def __init__(self, cols: int, acc_bits: int, spec: LightNormSpec):
        _check_int("cols", cols, 1)
        _check_int("acc_bits", acc_bits, 8, 32)
        if not isinstance(spec, LightNormSpec):
            raise TypeError(f"spec must be a LightNormSpec, not {spec!r}")
        if (spec.stat_bits, spec.stat_exp_bits) != (8, 5):
            raise ValueError(f"the unit's statistics format is 8 mantissa and 5 exponent bits, "
                             f"not {spec.stat_bits} and {spec.stat_exp_bits}")
        self.cols, self.acc_bits, self.spec = cols, acc_bits, spec
        d = spec.data
        # |q| < 2**(exp_max + 1), |mean| < 2**16: the difference's width, with FR fractions
        self.q_bits = max(acc_bits, d.exp_max + 3)
        self.t_bits = max(self.q_bits, 17) + FR + 2
        self.z_bits = 18 + FR + 1                      # |p|, |b| < 2**16 each
        super().__init__({
            "d": In(signed(acc_bits)).array(cols),
            "mean": In(STAT_CODE_BITS).array(cols), "a": In(STAT_CODE_BITS).array(cols),
            "b": In(STAT_CODE_BITS).array(cols), "out_bits": In(range(9)),
            "y": Out(signed(self.z_bits)).array(cols), "nonneg": Out(cols),
            "level": Out(8).array(cols),
        })

    def elaborate(self, platform):
        m = Module()
        spec, C = self.spec, self.cols
        T_MIN, T_MAX = -((1 << (spec.stat_exp_bits - 1)) - 2), (1 << (spec.stat_exp_bits - 1)) - 1
        m.submodules.bfp_in = bin_ = BfpTruncate(C, self.q_bits, 0, spec.data, integer=True)
        m.submodules.bfp_out = bout = BfpTruncate(C, self.z_bits, FR, spec.data)
        for c in range(C):
            m.d.comb += bin_.i[c].eq(self.d[c])
        for c in range(C):
            mean = stat_fixed(m, self.mean[c], self.t_bits, f"mean{c}")
            bval = stat_fixed(m, self.b[c], self.z_bits, f"b{c}")
            t = Signal(signed(self.t_bits), name=f"t{c}")
            m.d.comb += t.eq((bin_.o[c] << FR) - mean)
            ma, ua, aneg = self.a[c][:8], self.a[c][8:14].as_signed(), self.a[c][14]
            tmag = Signal(self.t_bits - 1, name=f"tmag{c}")
            m.d.comb += tmag.eq(Mux(t < 0, -t, t))
            prod = Signal(self.t_bits - 1 + 8, name=f"prod{c}")
            m.d.comb += prod.eq(tmag * ma)
            # T: the product's exponent L - FR + ua, clamped; keep its 8 top bits
            lead = _leading_one(m, prod, f"lead{c}")
            e_p = Signal(signed(9), name=f"ep{c}")
            m.d.comb += e_p.eq(lead - FR + ua)
            e_c = Signal(signed(9), name=f"ec{c}")
            m.d.comb += e_c.eq(Mux(e_p > T_MAX, T_MAX, Mux(e_p < T_MIN, T_MIN, e_p)))
            keep_from = Signal(signed(10), name=f"s{c}")
            m.d.comb += keep_from.eq(e_c - 7 + FR - ua)
            kept = Cat(*[prod[b] & (keep_from <= b) for b in range(len(prod))])
            sat = e_p > T_MAX
            # into z's fixed point: times 2**ua (exact: no bit below -ua is kept)
            pz = Signal(self.z_bits - 1, name=f"pz{c}")
            with m.Switch(ua):
                for u in range(-32, 32):
                    with m.Case(u):
                        m.d.comb += pz.eq(kept << u if u >= 0 else kept >> -u)
            pmag = Mux(sat, Const(255 << (T_MAX - 7 + FR), self.z_bits - 1), pz)
            neg = (t < 0) ^ aneg
            z = Signal(signed(self.z_bits), name=f"z{c}")
            m.d.comb += z.eq(Mux(neg, -pmag, pmag) + bval)
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
