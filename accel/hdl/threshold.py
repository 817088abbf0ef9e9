"""Threshold unit: one array row of accumulators -> activation levels or raw scores."""

from __future__ import annotations

from amaranth import Cat, Module, Signal
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from .pe import _check_int

__all__ = ["ThresholdUnit", "level_bits"]


def level_bits(levels: int) -> int:
    """Bits of an output level ``0 .. levels``."""
    return max(1, levels.bit_length())


class ThresholdUnit(wiring.Component):
    """``cols`` multi-threshold comparators and offset subtractors, combinational.

    For column ``c`` with accumulator ``S`` and threshold entries ``T_k`` (unsigned
    ``acc_bits``; level ``k`` in bits ``[(k*cols + c)*A, ...)`` of ``thresh``):

    * ``y[c] = sum over k < active of [S >= T_k]`` (QONNX MultiThreshold; ``>=`` so
      ties reach the level; with one level this is the folded batch norm + sign);
    * ``scores[c] = ((S << shift) - T_0) mod 2**acc_bits``, read as signed (raw scores
      of a final layer: ``shift = 1, T_0 = N`` gives ``2*S - N``).

    Level 0's compare is the borrow of the score subtractor, so ``y`` is valid only
    with ``shift = 0`` (a threshold POST never shifts; the POST engine drives 0).
    ``shift`` has one bit per column, all equal: one register drives each column's
    shifter (one shared bit fanning out to ``cols * acc_bits`` LUTs was 3 ns of
    routing on the ECP5 preset, its POST's critical path).

    Latency: 0 cycles (the POST engine reads the threshold entries first).
    """

    def __init__(self, cols: int, acc_bits: int, levels: int = 1):
        _check_int("cols", cols, 1)
        _check_int("acc_bits", acc_bits, 1)
        _check_int("levels", levels, 1, 255)
        self.cols, self.acc_bits, self.levels = cols, acc_bits, levels
        self.y_bits = level_bits(levels)
        super().__init__({"acc": In(cols * acc_bits), "thresh": In(levels * cols * acc_bits),
                          "active": In(range(levels + 1)), "shift": In(cols),
                          "y": Out(cols * self.y_bits), "scores": Out(cols * acc_bits)})

    def elaborate(self, platform):
        m = Module()
        A, C, Y = self.acc_bits, self.cols, self.y_bits
        for c in range(C):
            s = self.acc[c * A:(c + 1) * A]
            t0 = self.thresh[c * A:(c + 1) * A]
            # one subtractor gives the score and (shift = 0) level 0's compare: S >= T_0
            # exactly when (S - T_0) does not borrow
            diff = Signal(A + 2, name=f"diff_c{c}")
            m.d.comb += diff.eq(Cat(s << self.shift[c], 0) - t0)
            hits = []
            for k in range(self.levels):
                t = self.thresh[(k * C + c) * A:(k * C + c + 1) * A]
                hit = Signal(name=f"hit_c{c}_l{k}")
                ge = ~diff[A + 1] if k == 0 else s >= t
                m.d.comb += hit.eq((k < self.active) & ge)
                hits.append(hit)
            total = hits[0]
            for h in hits[1:]:
                total = total + h
            m.d.comb += [self.y[c * Y:(c + 1) * Y].eq(total),
                         self.scores[c * A:(c + 1) * A].eq(diff[:A])]
        return m
