"""Output-stationary PE array with broadcast operands."""

from __future__ import annotations

from amaranth import Cat, Module, Signal
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from ..timing import ARRAY_INPUT_REGS as INPUT_REGS
from .pe import PLANE_BITS, XnorPopcountPE, _check_bool, _check_int

__all__ = ["PEArray", "INPUT_REGS"]


class PEArray(wiring.Component):
    """``rows x cols`` PEs; PE ``(r, c)`` accumulates image ``r`` x channel ``c``.

    Choice: output-stationary with broadcast operands.  The accumulators stay in the
    PEs for a whole tile (a reduction split over several GEMMs just keeps
    accumulating) and a POST drains them one row per cycle.  Each step, ``a_in``
    carries one activation word per row (row ``r`` in bits ``[r*W, (r+1)*W)``) and
    ``w_in`` one weight word per column; each word is registered once and then feeds
    its whole row (activations) or column (weights), so every PE sees step ``s`` in
    the same cycle.

    Why not systolic: a systolic array passes each word on through a register per PE
    (``2 * lane_bits`` flip-flops per PE, each a whole logic cell on an iCE40) and
    skews the steps by ``r + c`` cycles, a fill and drain of ``rows + cols - 2`` cycles
    that a convolution pays once per output pixel.  At the array sizes of the presets
    (up to 16 columns), a broadcast from one register closes timing with margin.

    The activation operand registers are an output too (``a_q``): the store engine
    reads activation words through them, so the buffer's read data drives no more than
    one LUT before a flip-flop.  ``hold`` keeps them (a store stalled by the memory).

    Latency: the last step entering in cycle ``t`` is in every accumulator at the end
    of cycle ``t + INPUT_REGS + pop_stages``; ``zero`` entering in cycle ``t`` clears
    every accumulator at the end of cycle ``t + INPUT_REGS``.  ``acc`` is row-major: PE ``(r, c)`` in
    bits ``[(r*cols + c)*A, ...+A)``.
    """

    def __init__(self, rows: int, cols: int, lane_bits: int, acc_bits: int, pop_stages: int = 0,
                 plane_dsp: bool = False):
        for n, v in (("rows", rows), ("cols", cols), ("lane_bits", lane_bits),
                     ("acc_bits", acc_bits)):
            _check_int(n, v, 1)
        _check_int("pop_stages", pop_stages, 0, 16)
        self.rows, self.cols, self.lane_bits = rows, cols, lane_bits
        self.acc_bits, self.pop_stages = acc_bits, pop_stages
        _check_bool("plane_dsp", plane_dsp)
        self.plane_dsp = plane_dsp
        super().__init__({
            "a_in": In(rows * lane_bits), "w_in": In(cols * lane_bits),
            "valid": In(1), "zero": In(1), "plane": In(PLANE_BITS), "hold": In(1),
            "acc": Out(rows * cols * acc_bits),
            "a_q": Out(rows * lane_bits),
        })

    def elaborate(self, platform):
        m = Module()
        R, C, W, A = self.rows, self.cols, self.lane_bits, self.acc_bits

        def registered(sig, name, hold=False):
            # the fan-out of a buffer word to a whole row or column starts from a register
            for k in range(INPUT_REGS):
                q = Signal(sig.shape(), name=f"{name}_q{k}", reset_less=True)
                with m.If(~self.hold if hold else 1):
                    m.d.sync += q.eq(sig)
                sig = q
            return sig

        a_q = [registered(self.a_in[r * W:(r + 1) * W], f"a{r}", True) for r in range(R)]
        w_q = [registered(self.w_in[c * W:(c + 1) * W], f"w{c}") for c in range(C)]
        m.d.comb += self.a_q.eq(Cat(*a_q))
        valid, zero = registered(self.valid, "valid"), registered(self.zero, "zero")
        # with plane_dsp the PEs multiply by 1 << plane, decoded here once for all
        plane = registered((1 << self.plane) if self.plane_dsp else self.plane, "plane")
        for r in range(R):
            for c in range(C):
                pe = m.submodules[f"pe_{r}_{c}"] = XnorPopcountPE(W, A, self.pop_stages,
                                                                   self.plane_dsp)
                k = r * C + c
                m.d.comb += [pe.a.eq(a_q[r]), pe.w.eq(w_q[c]), pe.valid.eq(valid),
                             pe.zero.eq(zero),
                             (pe.scale if self.plane_dsp else pe.plane).eq(plane),
                             self.acc[k * A:(k + 1) * A].eq(pe.acc)]
        return m
