"""Output-stationary PE array with broadcast operands."""

from __future__ import annotations

from amaranth import Module, Signal
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from ..timing import ARRAY_INPUT_REGS as INPUT_REGS
from .pe import KEEP_SUFFIX, PLANE_BITS, XnorPopcountPE, _check_int, _check_plane_dsp
from .mac import DotPE

__all__ = ["PEArray", "INPUT_REGS", "OPERAND_FANOUT", "KEEP_SUFFIX"]

#: Most PEs one activation operand register feeds: a row's word is registered once per
#: group of this many columns, so no operand net crosses the whole array.
OPERAND_FANOUT = 4


class PEArray(wiring.Component):
    """``rows x cols`` PEs; PE ``(r, c)`` accumulates image ``r`` x channel ``c``.

    Choice: output-stationary with broadcast operands.  The accumulators stay in the
    PEs for a whole tile (a reduction split over several GEMMs just keeps
    accumulating) and a POST drains them one row per cycle.  Each step, ``a_in``
    carries one activation word per row (row ``r`` in bits ``[r*W, (r+1)*W)``) and
    ``w_in`` one weight word per column; each word is registered and then feeds its
    row (activations) or column (weights), so every PE sees step ``s`` in the same
    cycle.

    Why not systolic: a systolic array passes each word on through a register per PE
    (``2 * lane_bits`` flip-flops per PE, each a whole logic cell on an iCE40) and
    skews the steps by ``r + c`` cycles, a fill and drain of ``rows + cols - 2`` cycles
    that a convolution pays once per output pixel.  A broadcast pays no skew; to keep
    its nets short, a row's activation word is registered once for every
    `OPERAND_FANOUT` columns (a column's weight word feeds its ``rows`` PEs), and so is
    the step's control (``valid``, ``zero``, the plane), so the accumulators' enables
    and resets are local to a group of PEs (on the ECP5 preset, one row register
    driving 16 PEs was routed 4.8 ns long; boards/README.md).

    The PE kind: `XnorPopcountPE` by default; ``mac`` (a dict of `DotPE`'s keyword
    arguments: ``kind``, ``elem_bits``, ``fmt`` or ``weight_bits``) makes every PE a
    multi-bit `DotPE` with ``pop_stages`` adder-tree registers, whose weight word is
    ``w_bits`` wide.

    Latency: the last step entering in cycle ``t`` is in every accumulator at the end
    of cycle ``t + INPUT_REGS + pop_stages``; ``zero`` entering in cycle ``t`` clears
    (multi-bit: sets to ``2**(acc_bits - 1)``) every accumulator at the end of cycle
    ``t + INPUT_REGS``.  ``acc`` is row-major: PE ``(r, c)`` in bits ``[(r*cols +
    c)*A, ...+A)``.
    """

    def __init__(self, rows: int, cols: int, lane_bits: int, acc_bits: int, pop_stages: int = 0,
                 plane_dsp: bool = False, mac: dict | None = None):
        for n, v in (("rows", rows), ("cols", cols), ("lane_bits", lane_bits),
                     ("acc_bits", acc_bits)):
            _check_int(n, v, 1)
        _check_int("pop_stages", pop_stages, 0, 16)
        self.rows, self.cols, self.lane_bits = rows, cols, lane_bits
        self.acc_bits, self.pop_stages = acc_bits, pop_stages
        _check_plane_dsp(plane_dsp, pop_stages)
        self.plane_dsp = plane_dsp
        self.mac = dict(mac) if mac else None
        if self.mac and plane_dsp:
            raise ValueError("plane_dsp applies to XNOR PEs only, not to a multi-bit array")
        if self.mac:
            wb = (self.mac["fmt"].bits if self.mac.get("kind") == "esb"
                  else self.mac.get("weight_bits"))
            if not isinstance(wb, int):
                raise TypeError(f"mac needs fmt (esb) or weight_bits (int), not {self.mac!r}")
            self.w_bits = wb * (lane_bits // self.mac["elem_bits"])
        else:
            self.w_bits = lane_bits
        super().__init__({
            "a_in": In(rows * lane_bits), "w_in": In(cols * self.w_bits),
            "valid": In(1), "zero": In(1), "plane": In(PLANE_BITS),
            "acc": Out(rows * cols * acc_bits),
        })

    def _pe(self):
        if self.mac:
            return DotPE(lane_bits=self.lane_bits, acc_bits=self.acc_bits,
                         stages=self.pop_stages, **self.mac)
        return XnorPopcountPE(self.lane_bits, self.acc_bits, self.pop_stages, self.plane_dsp)

    def elaborate(self, platform):
        m = Module()
        R, C, W, A = self.rows, self.cols, self.lane_bits, self.acc_bits
        WW = self.w_bits

        def registered(sig, name, n=INPUT_REGS, keep=False):
            # the fan-out of a buffer word to a whole row or column starts from a register
            for k in range(n):
                q = Signal(sig.shape(), name=f"{name}_q{k}{KEEP_SUFFIX if keep else ''}",
                           reset_less=True)
                m.d.sync += q.eq(sig)
                sig = q
            return sig

        copies = -(-C // OPERAND_FANOUT)
        a_in = [self.a_in[r * W:(r + 1) * W] for r in range(R)]
        # every register but the last (which feeds the PEs) is shared
        a_pre = [registered(a_in[r], f"a{r}", INPUT_REGS - 1) for r in range(R)]
        a_pe = [[registered(a_pre[r], f"a{r}_g{g}", 1, keep=copies > 1)
                 for g in range(copies)] for r in range(R)]
        w_q = [registered(self.w_in[c * WW:(c + 1) * WW], f"w{c}") for c in range(C)]
        # with plane_dsp the PEs multiply by 1 << plane, decoded here once for all
        plane_in = (1 << self.plane) if self.plane_dsp else self.plane
        ctl_pre = [registered(s, n, INPUT_REGS - 1)
                   for s, n in ((self.valid, "valid"), (self.zero, "zero"), (plane_in, "plane"))]
        # each group's own copy of the step's control: valid, zero, plane
        ctl = [[[registered(s, f"{n}_r{r}_g{g}", 1, keep=R * copies > 1)
                 for s, n in zip(ctl_pre, ("valid", "zero", "plane"))]
                for g in range(copies)] for r in range(R)]
        for r in range(R):
            for c in range(C):
                pe = m.submodules[f"pe_{r}_{c}"] = self._pe()
                g = c // OPERAND_FANOUT
                valid, zero, plane = ctl[r][g]
                k = r * C + c
                m.d.comb += [pe.a.eq(a_pe[r][g]), pe.w.eq(w_q[c]),
                             pe.valid.eq(valid), pe.zero.eq(zero),
                             (pe.scale if self.plane_dsp else pe.plane).eq(plane),
                             self.acc[k * A:(k + 1) * A].eq(pe.acc)]
        return m
