"""`BfpTruncate`: block floating point (`accel.lightnorm.bfp`) on fixed-point values."""

from __future__ import annotations

from amaranth import Cat, Module, Mux, Signal, signed
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from ..lightnorm import BfpFormat
from .pe import _check_int

__all__ = ["BfpTruncate"]


class BfpTruncate(wiring.Component):
    """``count`` signed fixed-point values (``width`` bits, ``frac`` of them fractional)
    truncated to the block floating point format ``fmt``: each group of ``fmt.group``
    consecutive values shares the exponent of its largest magnitude (clamped to the
    format's range: larger values saturate, smaller units flush), each keeps
    ``fmt.mant_bits`` magnitude bits, toward zero.  The result is in the same
    fixed-point format, so arithmetic after it needs no conversion.  ``integer``: the
    inputs are integers (``frac`` 0), which a unit below 1 leaves unchanged.

    The group's exponent is the leading one of the OR of its magnitudes (the OR's top
    bit is the largest value's), so no comparator tree is needed.

    Latency: combinational.
    """

    def __init__(self, count: int, width: int, frac: int, fmt: BfpFormat,
                 integer: bool = False):
        _check_int("count", count, 1)
        _check_int("width", width, 2, 64)
        _check_int("frac", frac, 0, width - 1)
        if not isinstance(fmt, BfpFormat):
            raise TypeError(f"fmt must be a BfpFormat, not {fmt!r}")
        self.integer = bool(integer)
        # every value of the format must be representable: its smallest unit (unless
        # the inputs are integers, which units below 1 leave as they are) and its
        # largest magnitude
        if not integer and fmt.exp_min + 1 - fmt.mant_bits < -frac:
            raise ValueError(f"{fmt}: units down to 2**{fmt.exp_min + 1 - fmt.mant_bits} need "
                             f"{fmt.mant_bits - fmt.exp_min - 1} fractional bits, not {frac}")
        if fmt.exp_max + 1 + frac > width - 1:
            raise ValueError(f"{fmt}: magnitudes up to 2**{fmt.exp_max + 1} need "
                             f"{fmt.exp_max + 2 + frac} bits with {frac} fractional, not {width}")
        self.count, self.width, self.frac, self.fmt = count, width, frac, fmt
        super().__init__({"i": In(signed(width)).array(count), "o": Out(signed(width)).array(count)})

    def elaborate(self, platform):
        m = Module()
        f, W, F = self.fmt, self.width, self.frac
        M = W                                  # magnitude bits (|-2**(W-1)| needs W)
        mags = []
        for k in range(self.count):
            v = self.i[k]
            mag = Signal(M, name=f"mag{k}")
            m.d.comb += mag.eq(Mux(v < 0, -v, v))
            mags.append(mag)
        # bit positions: value bit b weighs 2**(b - F)
        lo_shift = f.exp_min + 1 - f.mant_bits + F          # the unit's position at exp_min
        if self.integer:
            lo_shift = max(0, lo_shift)
        top = f.exp_max + F                                 # the largest exponent's position
        sat = ((1 << f.mant_bits) - 1) << (top + 1 - f.mant_bits)
        for g0 in range(0, self.count, f.group):
            idx = range(g0, min(self.count, g0 + f.group))
            any_bits = Signal(M, name=f"or_g{g0}")
            m.d.comb += any_bits.eq(Cat(*[mags[k] for k in idx]).word_select(0, M)
                                    if len(idx) == 1 else _or_all([mags[k] for k in idx]))
            # the unit's bit position: lead + 1 - mant_bits with the lead clamped to
            # the exponent range (a value above it saturates)
            shift = Signal(range(M + 1), name=f"shift_g{g0}")
            m.d.comb += shift.eq(lo_shift)
            for b in range(M):                              # priority: the highest wins
                with m.If(any_bits[b]):
                    m.d.comb += shift.eq(max(lo_shift, min(b, top) + 1 - f.mant_bits))
            for k in idx:
                kept = Cat(*[mags[k][b] & (shift <= b) for b in range(M)])
                big = mags[k][top + 1:].any() if top + 1 < M else 0
                mag_q = Mux(big, sat, kept)
                m.d.comb += self.o[k].eq(Mux(self.i[k] < 0, -mag_q, mag_q))
        return m


def _or_all(values):
    out = values[0]
    for v in values[1:]:
        out = out | v
    return out
