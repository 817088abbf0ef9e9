"""Output-stationary systolic array of XNOR-popcount PEs."""

from __future__ import annotations

from amaranth import Module, Signal
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from .pe import PLANE_BITS, XnorPopcountPE, _check_int

__all__ = ["SystolicArray"]


class SystolicArray(wiring.Component):
    """``rows x cols`` PEs; PE ``(r, c)`` accumulates image ``r`` x channel ``c``.

    Choice: output-stationary.  The accumulators stay in the PEs for a whole tile (so
    a reduction split over several GEMMs just keeps accumulating) and a POST drains
    them one row per cycle.  Weight-stationary would need the weights of a whole tile
    preloaded into the PEs, costing a reload per tile for the small batch tiles BNN
    inference uses.

    Each step, ``a_in`` carries one activation word per row (row ``r`` in bits
    ``[r*W, (r+1)*W)``) and ``w_in`` one weight word per column; both arrive
    unskewed.  Row ``r``'s word and control are delayed ``r`` cycles and column
    ``c``'s word ``c`` cycles, then pass one PE per cycle, so PE ``(r, c)`` sees step
    ``s`` in cycle ``s + r + c``.

    Latency: the last step ``s`` entering in cycle ``t`` is in every accumulator at the
    end of cycle ``t + (rows - 1) + (cols - 1) + pop_stages`` (fill and drain).
    ``acc`` is row-major: PE ``(r, c)`` in bits ``[(r*cols + c)*A, ...+A)``.
    """

    def __init__(self, rows: int, cols: int, lane_bits: int, acc_bits: int, pop_stages: int = 0):
        for n, v in (("rows", rows), ("cols", cols), ("lane_bits", lane_bits),
                     ("acc_bits", acc_bits)):
            _check_int(n, v, 1)
        self.rows, self.cols, self.lane_bits = rows, cols, lane_bits
        self.acc_bits, self.pop_stages = acc_bits, pop_stages
        super().__init__({
            "a_in": In(rows * lane_bits), "w_in": In(cols * lane_bits),
            "valid": In(1), "clear": In(1), "plane": In(PLANE_BITS),
            "acc": Out(rows * cols * acc_bits),
        })

    def elaborate(self, platform):
        m = Module()
        R, C, W, A = self.rows, self.cols, self.lane_bits, self.acc_bits

        def delay(sig, n, name):
            for k in range(n):
                d = Signal(sig.shape(), name=f"{name}_d{k}")
                m.d.sync += d.eq(sig)
                sig = d
            return sig

        pes = [[XnorPopcountPE(W, A, self.pop_stages) for _ in range(C)] for _ in range(R)]
        for r in range(R):
            for c in range(C):
                m.submodules[f"pe_{r}_{c}"] = pes[r][c]
        for r in range(R):
            pe = pes[r][0]
            m.d.comb += [pe.a_in.eq(delay(self.a_in[r * W:(r + 1) * W], r, f"a{r}")),
                         pe.valid_in.eq(delay(self.valid, r, f"v{r}")),
                         pe.clear_in.eq(delay(self.clear, r, f"c{r}")),
                         pe.plane_in.eq(delay(self.plane, r, f"p{r}"))]
            for c in range(1, C):
                left, pe = pes[r][c - 1], pes[r][c]
                m.d.comb += [pe.a_in.eq(left.a_out), pe.valid_in.eq(left.valid_out),
                             pe.clear_in.eq(left.clear_out), pe.plane_in.eq(left.plane_out)]
        for c in range(C):
            m.d.comb += pes[0][c].w_in.eq(delay(self.w_in[c * W:(c + 1) * W], c, f"w{c}"))
            for r in range(1, R):
                m.d.comb += pes[r][c].w_in.eq(pes[r - 1][c].w_out)
        for r in range(R):
            for c in range(C):
                k = r * C + c
                m.d.comb += self.acc[k * A:(k + 1) * A].eq(pes[r][c].acc)
        return m
