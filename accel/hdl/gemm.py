"""`GemmEngine`: the window walker and the PE array (GEMM)."""

from __future__ import annotations

import functools
import operator

from amaranth import Cat, Module, Mux, Signal, signed
from amaranth.lib import data, wiring
from amaranth.lib.wiring import In, Out

from .. import isa
from ..config import AccelConfig
from ..isa import Opcode
from ..timing import GEMM_MIN_CYCLES, array_latency
from .array import PEArray
from .buffers import request_ports
from .engine import CommandSignature, WindowView, check_config, inc_layout, running

__all__ = ["GemmEngine", "pending_bits", "mac_kwargs"]


def mac_kwargs(cfg: AccelConfig) -> dict | None:
    """`accel.hdl.array.PEArray`'s ``mac``: the multi-bit PE of ``cfg`` (None: XNOR)."""
    if not cfg.multibit:
        return None
    kw = dict(kind=cfg.pe_kind, elem_bits=cfg.elem_bits, planes=cfg.input_planes)
    if cfg.pe_kind == "esb":
        kw["fmt"] = cfg.esb_format
    else:
        kw["weight_bits"] = cfg.weight_bits
    return kw


def pending_bits(cfg: AccelConfig) -> int:
    """Width of `GemmEngine.pending`: a GEMM is pending from its issue to its landing
    (steps + array_latency + 1 cycles) and the next issues ``max(steps,
    GEMM_MIN_CYCLES) + 1`` cycles after it, so at most this many overlap."""
    n = -(-(array_latency(cfg) + GEMM_MIN_CYCLES + 1) // (GEMM_MIN_CYCLES + 1)) + 1
    return n.bit_length()


class GemmEngine(wiring.Component):
    """Executes GEMM: one array step per (plane, window row, window column, word), the
    activation word of every row and the weight word of every column read from the
    buffers; the accumulators (``acc``, row-major, ``acc_bits`` per PE) hold the sums.

    The walk keeps running addresses: ``act_addr`` + plane * ``plane_stride`` + window
    row * ``fm_w * words`` + word, and the weights from ``w_addr`` in step order.  A
    window position outside the feature map reads the padding word instead (no buffer
    read).  Without convolution hardware the window is the dense one (`isa.DENSE_WINDOW`)
    and the decode refuses any other.

    Latency: one cycle per step; the engine holds the controller for
    ``max(steps, GEMM_MIN_CYCLES)`` cycles (``cmd.done`` in the last) and the array
    drains behind it: the result lands (``land``, one cycle, the first in which every
    accumulator holds it) `accel.timing.array_latency` + 1 cycles after the last step
    (the words' read register, the array's input registers, the PE pipeline).
    ``pending`` counts the GEMMs issued whose result has not landed.  A tile's clearing
    of the accumulators is delayed by ``pop_stages`` so that it acts in the cycle
    before its first step lands: until then they hold the previous result, which the
    POST engine latches meanwhile.
    """

    def __init__(self, cfg: AccelConfig):
        self.cfg = cfg = check_config(cfg)
        R, C, W, A = cfg.rows, cfg.cols, cfg.lane_bits, cfg.acc_bits
        ports = request_ports(cfg)
        super().__init__({
            "cmd": In(CommandSignature()),
            "act_rd": Out(ports["act_rd"]), "weight_rd": Out(ports["weight_rd"]),
            "act_data": In(R * W), "weight_data": In(C * cfg.weight_word_bits),
            "acc": Out(R * C * A),
            "land": Out(1), "pending": Out(pending_bits(cfg)),
            "inc": Out(inc_layout(("gemm_busy", "gemm_stall", "sram_act_reads",
                                   "sram_weight_reads"))),
        })

    def elaborate(self, platform):
        cfg = self.cfg
        m = Module()
        R, C, W, A = cfg.rows, cfg.cols, cfg.lane_bits, cfg.acc_bits
        cmd = self.cmd
        m.submodules.array = arr = PEArray(R, C, W, A, cfg.pop_stages, cfg.plane_dsp,
                                           mac=mac_kwargs(cfg))
        m.d.comb += self.acc.eq(arr.acc)

        def window(word):
            return WindowView(data.View(isa.layout(Opcode.GEMM), word), cfg.conv)

        # decode: refusal (a window without conv hardware), the feature map's row
        # pitch and a padding pixel's last word, registered for the issue
        dec = window(cmd.decode)
        m.d.comb += cmd.refused.eq(~dec.dense_ok | functools.reduce(
            operator.or_, [rule.refused(dec, cfg) for rule in isa.GEMM_RULES]))
        n_pitch = Signal(len(self.act_rd.addr))
        n_pad_last = Signal(W)
        # a padding pixel reads +1 (pad = 1) or -1 / code 0 (pad = 0), except that the
        # channel pad bits of a pixel's last word (from tail_bits on) read 1 as usual:
        # this is its last word, the others are all pad bits
        m.d.sync += [n_pitch.eq(dec.fm_w * dec.words),
                     n_pad_last.eq(Mux(dec.pad, (1 << W) - 1,
                                       Cat(*[(dec.tail_bits != 0) & (dec.tail_bits <= i)
                                             for i in range(W)])))]

        # window walk (plane p, row ky, column kx, word j) with running addresses
        waddr, p = Signal(len(self.weight_rd.addr)), Signal(3)   # weight word, plane
        w1 = Signal(16)                                 # words - 1
        pl1, kw1, kh1 = Signal(3), Signal(3), Signal(3)   # planes - 1, kw - 1, kh - 1
        # activation addresses wrap at the buffer's address width, like the port's
        AB = len(self.act_rd.addr)
        plane_base = Signal(AB)
        wj, kx, ky = Signal(11), Signal(3), Signal(3)   # word, window column, row
        # wj, kx, ky and p at their last value, each kept a step ahead (a register, not
        # a compare chained into the walker's enables)
        wj_last, kx_last, ky_last, p_last = Signal(), Signal(), Signal(), Signal()
        iy, ix = Signal(signed(10)), Signal(signed(10))
        aaddr, row_addr, pitch = Signal(AB), Signal(AB), Signal(AB)
        pad_d = Signal()                        # the word now being read is padding
        pad_word_d = Signal(W, name="pad_word_d")    # ... and reads as this word
        p_pad_last = Signal(W, name="p_pad_last")    # a padding pixel's last word
        cv, cz = Signal(), Signal()    # array step valid; zero the accumulators
        cp = Signal(3)
        issuing = Signal()
        # cycles held (saturating at GEMM_MIN_CYCLES - 1: the last one it must hold)
        held = Signal(range(GEMM_MIN_CYCLES))
        TAIL = array_latency(cfg)

        # the step's padding and control registered with the words it reads
        # (`BUFFER_READ_REGS`), then into the array
        pad_q, pad_word_q = Signal(), Signal(W, name="pad_word_q")
        cv_q, cz_q, cp_q = Signal(), Signal(), Signal.like(cp)
        m.d.sync += [pad_q.eq(pad_d), pad_word_q.eq(pad_word_d),
                     cv_q.eq(cv), cz_q.eq(cz), cp_q.eq(cp)]
        # the clear, pop_stages cycles later: in the cycle before the first step lands
        cz_d = cz_q
        for k in range(cfg.pop_stages):
            nz = Signal(name=f"zero_d{k}")
            m.d.sync += nz.eq(cz_d)
            cz_d = nz
        m.d.comb += [arr.a_in.eq(Mux(pad_q, Cat(*[pad_word_q] * R), self.act_data)),
                     arr.w_in.eq(self.weight_data),
                     arr.valid.eq(cv_q), arr.zero.eq(cz_d), arr.plane.eq(cp_q)]
        m.d.sync += [cv.eq(0), cz.eq(0)]

        active = running(m, cmd)
        with m.If(cmd.start):
            f = window(cmd.issue)
            # a new tile: the accumulators are zeroed before its first step lands
            # (issued next cycle, one more input register away)
            m.d.sync += [cz.eq(~f.accumulate), waddr.eq(f.w_addr), p.eq(0),
                         w1.eq(f.words - 1), pl1.eq(f.planes - 1), kw1.eq(f.kw - 1),
                         kh1.eq(f.kh - 1), held.eq(0),
                         wj.eq(0), kx.eq(0), ky.eq(0), iy.eq(f.iy0), ix.eq(f.ix0),
                         wj_last.eq(f.words == 1), kx_last.eq(f.kw == 1),
                         ky_last.eq(f.kh == 1), p_last.eq(f.planes == 1),
                         plane_base.eq(f.act_addr), row_addr.eq(f.act_addr),
                         aaddr.eq(f.act_addr), pitch.eq(n_pitch),
                         p_pad_last.eq(n_pad_last), issuing.eq(1)]

        last_step = Signal()
        f = window(cmd.instr)
        with m.If(active):
            # every cycle reads at the address registers (extra reads change nothing)
            m.d.comb += [self.act_rd.en.eq(1), self.weight_rd.en.eq(1)]
            with m.If(held != GEMM_MIN_CYCLES - 1):
                m.d.sync += held.eq(held + 1)
            last = issuing & wj_last & kx_last & ky_last & p_last
            m.d.comb += cmd.done.eq((held == GEMM_MIN_CYCLES - 1) & (~issuing | last))
            m.d.comb += last_step.eq(last)
            with m.If(issuing):
                inside = (iy >= 0) & (iy < f.fm_h) & (ix >= 0) & (ix < f.fm_w)
                m.d.comb += [self.inc.gemm_busy.eq(1),
                             self.inc.sram_act_reads.eq(Mux(inside, R, 0)),
                             self.inc.sram_weight_reads.eq(C)]
                m.d.sync += [cv.eq(1), cp.eq(p),
                             pad_d.eq(~inside),
                             pad_word_d.eq(Mux(wj_last, p_pad_last, f.pad.replicate(W))),
                             waddr.eq(waddr + 1), aaddr.eq(aaddr + 1)]
                with m.If(wj_last):
                    m.d.sync += [wj.eq(0), wj_last.eq(w1 == 0)]
                    with m.If(kx_last):
                        m.d.sync += [kx.eq(0), ix.eq(f.ix0), kx_last.eq(kw1 == 0)]
                        with m.If(ky_last):                  # next plane
                            nxt = plane_base + f.plane_stride
                            m.d.sync += [ky.eq(0), iy.eq(f.iy0), waddr.eq(f.w_addr),
                                         p.eq(p + 1), plane_base.eq(nxt), row_addr.eq(nxt),
                                         aaddr.eq(nxt), ky_last.eq(kh1 == 0),
                                         p_last.eq(p + 1 == pl1)]
                            with m.If(p_last):
                                m.d.sync += issuing.eq(0)
                        with m.Else():                       # next window row
                            m.d.sync += [ky.eq(ky + 1), iy.eq(iy + 1),
                                         row_addr.eq(row_addr + pitch),
                                         aaddr.eq(row_addr + pitch),
                                         ky_last.eq(ky + 1 == kh1)]
                    with m.Else():                           # next pixel: contiguous
                        m.d.sync += [kx.eq(kx + 1), ix.eq(ix + 1), kx_last.eq(kx + 1 == kw1)]
                with m.Else():
                    m.d.sync += [wj.eq(wj + 1), wj_last.eq(wj + 1 == w1)]
        # the fill and drain (the counter's `gemm_stall`), counted at the issue
        m.d.comb += self.inc.gemm_stall.eq(Mux(cmd.start, TAIL, 0))
        # the last step through the drain: the landing; GEMMs issued and not landed
        flight = Signal(TAIL + 1)
        m.d.sync += flight.eq(Cat(last_step, flight[:-1]))
        m.d.comb += self.land.eq(flight[-1])
        m.d.sync += self.pending.eq(self.pending + cmd.start - self.land)
        m.d.comb += cmd.busy.eq(self.pending != 0)
        # the read addresses are zero while the engine does not run (`accel.hdl.engine`)
        with m.If(cmd.done):
            m.d.sync += [aaddr.eq(0), waddr.eq(0)]
        m.d.comb += [self.act_rd.addr.eq(aaddr), self.weight_rd.addr.eq(waddr)]
        return m
