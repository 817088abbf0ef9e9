"""Threshold unit: one array row of accumulators -> activation bits or raw scores."""

from __future__ import annotations

from amaranth import Module
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from .pe import _check_int

__all__ = ["ThresholdUnit"]


class ThresholdUnit(wiring.Component):
    """``cols`` comparators and offset subtractors, combinational.

    For column ``c`` with accumulator ``S`` and threshold entry ``T`` (both unsigned
    ``acc_bits``):

    * ``bits[c] = S >= T`` (the folded batch norm + sign; ``>=`` so ties give +1);
    * ``scores[c] = ((S << shift) - T) mod 2**acc_bits``, read as signed (raw scores
      of a final layer: ``shift = 1, T = N`` gives ``2*S - N``).

    Latency: 0 cycles (the POST engine's one stall cycle is the threshold buffer read).
    """

    def __init__(self, cols: int, acc_bits: int):
        _check_int("cols", cols, 1)
        _check_int("acc_bits", acc_bits, 1)
        self.cols, self.acc_bits = cols, acc_bits
        super().__init__({"acc": In(cols * acc_bits), "thresh": In(cols * acc_bits),
                          "shift": In(1), "bits": Out(cols), "scores": Out(cols * acc_bits)})

    def elaborate(self, platform):
        m = Module()
        A = self.acc_bits
        for c in range(self.cols):
            s = self.acc[c * A:(c + 1) * A]
            t = self.thresh[c * A:(c + 1) * A]
            m.d.comb += [self.bits[c].eq(s >= t),
                         self.scores[c * A:(c + 1) * A].eq(((s << self.shift) - t)[:A])]
        return m
