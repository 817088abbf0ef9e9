"""`Accelerator`: instruction memory, controller, DMA engines, buffers, array, counters.

Everything here is sized from one `AccelConfig` and decodes instructions through the
`accel.isa` layouts; the cycle each engine takes is the formula of `accel.timing`
(the co-simulation checks it).

Memory bus (all signals in the accelerator's clock domain; ``B`` =
``dram_bytes_per_cycle``):

==================  ===  ===================================================================
``mem_rd_valid``    out  read burst request: ``mem_rd_len`` beats from byte ``mem_rd_addr``
``mem_rd_ready``    in   request accepted when ``valid & ready`` at a clock edge
``mem_rd_data_valid`` in one data beat (``mem_rd_data``, ``8*B`` bits, little-endian) this
                         cycle; beats of successive requests arrive in request order.  The
                         load engine always accepts (no ready).
``mem_wr_valid``    out  one write beat: ``mem_wr_data`` to byte ``mem_wr_addr``
``mem_wr_ready``    in   beat accepted when ``valid & ready`` at a clock edge
==================  ===  ===================================================================

Timing contract with the memory (what `accel.timing` assumes): ``mem_rd_ready`` and
``mem_wr_ready`` stay high, and a read request accepted in cycle ``c`` delivers its
first beat in cycle ``c + dram_latency`` at the earliest, with beats back to back.
A slower memory makes the engines wait (and the cycle counts then exceed the model's).

Host interface: write the program with ``imem_we/imem_addr/imem_data`` (``imem_we``
has one enable per byte of the instruction word, so a host link can write it a byte
at a time), pulse ``start``; ``done`` rises when FINISH is reached, and the counters
are final one cycle later.  ``ctr_sel`` selects one of the hardware performance
counters (`accel.model.counters.HW_COUNTERS` order, each ``counter_bits`` wide) onto
``ctr_value`` ``CTR_READ_LATENCY`` (2) cycles later; the host derives the others
(`accel.model.counters.expand_hw_counters`).  ``config_id`` is the first 32 bits of
the config hash.
"""

from __future__ import annotations

import enum
import functools
import operator

from amaranth import Array, Cat, Const, Module, Mux, Signal, signed, unsigned
from amaranth.lib import data, memory, wiring
from amaranth.lib.wiring import In, Out

from .. import isa
from ..config import AccelConfig
from ..isa import Buf, Opcode, PostMode
from ..model.counters import CTR_GROUP, CTR_READ_LATENCY, HW_COUNTERS
from ..timing import (BUFFER_READ_REGS, LOOP_CYCLES, POST_LATENCY, START_CYCLES, STORE_LATENCY,
                      array_latency)
from .array import PEArray
from .pe import KEEP_SUFFIX
from .threshold import ThresholdUnit

__all__ = ["Accelerator", "accelerator_signature", "State", "RD_LEN_BITS", "config_id"]

RD_LEN_BITS = 24


class State(enum.IntEnum):
    IDLE = 0
    ISSUE = 1
    LOAD = 2
    STORE = 3
    GEMM = 4
    POST = 5
    DONE = 6
    ERROR = 7
    FETCH = 8      # after start: the first instruction through the fetch pipeline
    LOOP = 9       # a LOOP's engine-less cycles: its body's first word in the pipeline


def config_id(cfg: AccelConfig) -> int:
    return cfg.id


def _bits(n: int) -> int:
    return max(1, (n - 1).bit_length())


def _one_hot(op: Opcode) -> str:
    """The ``m.Case`` pattern of opcode ``op`` in a one-hot word of every opcode, in
    `Opcode`'s order."""
    ops = list(Opcode)
    return "".join("1" if o is op else "-" for o in reversed(ops))


def _select(value, index, width: int):
    """``value.word_select(index, width)`` as a mux tree.

    A variable part-select makes every output bit depend on every input bit, which
    slows Amaranth's netlist checks quadratically on the wide buffer words; a mux over
    the words has one input per word per output bit.
    """
    n = len(value) // width
    if n == 1:
        return value[:width]
    return Array(value[i * width:(i + 1) * width] for i in range(n))[index]


class _WindowView:
    """A GEMM `data.View`; without convolution hardware its window fields are the
    constants of `isa.DENSE_WINDOW` and ``dense_ok`` says the instruction asks no more."""

    def __init__(self, view, conv: bool):
        self._view, self._conv = view, conv
        self.dense_ok = Const(1) if conv else \
            Cat(*[getattr(view, k) == v for k, v in isa.DENSE_WINDOW.items()]).all()

    def __getattr__(self, name):
        if not self._conv and name in isa.DENSE_WINDOW:
            return Const(isa.DENSE_WINDOW[name])
        return getattr(self._view, name)


def _times(value, k: int):
    """``value * k`` for a constant ``k``, as a sum of shifts: a multiplier here would
    become a DSP block (3.9 ns on an ECP5) in the decode stage's one cycle."""
    terms = [value << i for i in range(k.bit_length()) if k >> i & 1]
    total = terms[0] if terms else Const(0)
    for t in terms[1:]:
        total = total + t
    return total


class _WriteRequest:
    """A memory write port behind a register stage: ``addr``, ``data`` and ``en``
    driven in cycle t are on the port, and written, in cycle t + 1."""

    def __init__(self, m: Module, port, name: str):
        self.addr, self.data, self.en = (Signal.like(getattr(port, n), name=f"{name}_{n}_req")
                                         for n in ("addr", "data", "en"))
        # address and data without a reset (the reset reaches control logic only)
        addr_q, data_q = (Signal.like(getattr(port, n), name=f"{name}_{n}_q", reset_less=True)
                          for n in ("addr", "data"))
        en_q = Signal.like(port.en, name=f"{name}_en_q")
        m.d.sync += [addr_q.eq(self.addr), data_q.eq(self.data), en_q.eq(self.en)]
        m.d.comb += [port.addr.eq(addr_q), port.data.eq(data_q), port.en.eq(en_q)]


def accelerator_signature(cfg: AccelConfig) -> wiring.Signature:
    """The ports of `Accelerator(cfg)` (also written into the RTL manifest)."""
    beat = cfg.dram_bytes_per_cycle * 8
    return wiring.Signature({
        "start": In(1), "done": Out(1), "busy": Out(1), "error": Out(1),
        "imem_we": In(isa.WORD_BITS // 8), "imem_addr": In(_bits(cfg.imem_depth)), "imem_data": In(isa.WORD_BITS),
        "mem_rd_valid": Out(1), "mem_rd_ready": In(1), "mem_rd_addr": Out(32),
        "mem_rd_len": Out(RD_LEN_BITS), "mem_rd_data_valid": In(1), "mem_rd_data": In(beat),
        "mem_wr_valid": Out(1), "mem_wr_ready": In(1), "mem_wr_addr": Out(32),
        "mem_wr_data": Out(beat),
        "ctr_sel": In(_bits(len(HW_COUNTERS))), "ctr_value": Out(cfg.counter_bits),
        "config_id": Out(32),
    })


class Accelerator(wiring.Component):
    """The binary accelerator for one `AccelConfig` (see the module docstring).

    Latency: each instruction takes `accel.timing.ISSUE_CYCLES` plus its engine's
    cycles; ``done`` rises the cycle after FINISH is issued.
    """

    def __init__(self, cfg: AccelConfig):
        if not isinstance(cfg, AccelConfig):
            raise TypeError(f"cfg must be an AccelConfig, not {type(cfg).__name__}")
        self.cfg = cfg
        super().__init__(accelerator_signature(cfg))

    def elaborate(self, platform):
        cfg = self.cfg
        m = Module()
        R, C, W, A = cfg.rows, cfg.cols, cfg.lane_bits, cfg.acc_bits
        B = cfg.dram_bytes_per_cycle
        B8 = 8 * B
        lpw = cfg.lanes_per_word
        bufs = ("act", "weight", "thresh", "out")
        bpw = {b: cfg.dram_word_bytes(b) // B for b in bufs}   # beats per DRAM word
        dw_bits = {b: cfg.dram_word_bytes(b) * 8 for b in bufs}
        asm_bits = max(dw_bits[b] for b in ("act", "weight", "thresh"))   # LOAD targets

        # ---- memories -------------------------------------------------------------------
        m.submodules.imem = imem = memory.Memory(shape=unsigned(isa.WORD_BITS),
                                                 depth=cfg.imem_depth, init=[])
        iw, ir = imem.write_port(granularity=8), imem.read_port()
        m.d.comb += [iw.addr.eq(self.imem_addr), iw.data.eq(self.imem_data),
                     iw.en.eq(self.imem_we)]
        m.submodules.act_buf = act = memory.Memory(shape=unsigned(R * W), depth=cfg.act_depth, init=[])
        m.submodules.weight_buf = wgt = memory.Memory(shape=unsigned(C * W), depth=cfg.weight_depth,
                                                      init=[])
        # thresholds and output scores share one memory of C*A-bit words: a threshold
        # entry (all columns) at word e, row r's scores at thresh_depth + r*out_depth + e.
        # No two engines use them in one cycle: POST reads thresholds then writes
        # scores, LOAD writes thresholds, STORE reads either (one read, one write port).
        m.submodules.thresh_out_buf = tob = memory.Memory(
            shape=unsigned(C * A), depth=cfg.thresh_depth + R * cfg.out_depth, init=[])
        # Every buffer write is registered: an engine requests it in cycle t (``*_w``)
        # and it lands in cycle t + 1, so what crosses the chip to the block RAMs (a
        # weight word goes to 16 banks) starts at a flip-flop and not at an engine's
        # multiplexers.  The cycle after an engine's last write is the next ISSUE, so
        # the next engine reads it.
        thr_w = out_w = _WriteRequest(m, tob.write_port(granularity=A), "thresh_out")
        thr_r = out_r = tob.read_port()
        OUT_BASE = cfg.thresh_depth
        act_w, act_r = _WriteRequest(m, act.write_port(granularity=C), "act"), act.read_port()
        wgt_w, wgt_r = _WriteRequest(m, wgt.write_port(granularity=W), "weight"), wgt.read_port()

        m.submodules.array = arr = PEArray(R, C, W, A, cfg.pop_stages, cfg.plane_dsp)
        m.submodules.thresh_unit = tu = ThresholdUnit(C, A, (1 << cfg.act_bits_max) - 1)
        YB = tu.y_bits

        # ---- controller state --------------------------------------------------------------
        state = Signal(4, init=State.IDLE)
        pc = Signal(_bits(cfg.imem_depth + 1))
        pc_next = Signal.like(pc)
        # the instruction an engine executes: the fetched word (with a LOOP's offsets
        # applied) held in a register, so the instruction memory can fetch the next one
        # meanwhile: its address never waits for an engine to finish
        instr = Signal(isa.WORD_BITS)
        LMAX = (1 << cfg.act_bits_max) - 1
        TMAX = max(LMAX, 2) + 1
        t = Signal(range(TMAX + 1))        # POST cycle, saturating past the entry reads
        finish = Signal()                  # the engine's last cycle
        v = {op: data.View(isa.layout(op), instr) for op in Opcode}
        # LOOP: the body [lp_start, lp_end] repeats; each fetched body instruction gets
        # the loop's running offsets added to its stepped fields (`accel.isa.loop_stepped`)
        lp_active = Signal() if cfg.conv else Const(0)   # no LOOP without conv hardware
        lp_left = Signal(16)
        lp_start, lp_end = Signal.like(pc), Signal.like(pc)
        off_act, off_dst, off_src, off_ix = Signal(16), Signal(16), Signal(16), Signal(9)
        st_act, st_dst, st_src, st_ix = Signal(16), Signal(16), Signal(16), Signal(9)
        # the next iteration's offsets (off + st) and lp_left == 1, kept in registers so
        # that a fetched word's fields take one adder after the jump decision
        nx_act, nx_dst, nx_src, nx_ix = Signal(16), Signal(16), Signal(16), Signal(9)
        lp_once = Signal()

        # ---- fetch pipeline ------------------------------------------------------------
        # From the ISSUE of the instruction at pc the memory reads the next one (pc + 1,
        # or the loop body's first when pc ends an iteration that repeats); the word is
        # registered as read (`ir_q`), then decoded into `nxt` and its precomputed
        # fields, with the loop offsets it will issue under applied.  Three cycles from
        # address to ISSUE, and the address is registered: every engine takes at least
        # three cycles, a LOOP takes three (`accel.timing.LOOP_CYCLES`) and a run starts
        # with two (`START_CYCLES`; the address is 0 from idle on).
        idle = (state == State.IDLE) | (state == State.DONE) | (state == State.ERROR)
        # pc == lp_end, kept in a register computed every cycle: it is one cycle stale
        # after pc or lp_end change (the ISSUE that follows a finish, and the LOOP's
        # ISSUE).  Nothing reads it then: ISSUE's fetch decision is about the
        # instruction after the one issuing, which next issues four cycles after this
        # one's engine starts (a GEMM or POST in a loop body takes four or more; a
        # LOOP's ISSUE is outside a loop), so the fetch address computed a cycle after
        # ISSUE still arrives in time (three cycles from address to ISSUE)
        assert min(array_latency(cfg) + 1, POST_LATENCY + 2) >= 4
        at_end = Signal()
        m.d.sync += at_end.eq(pc == lp_end)
        ends_iter = lp_active & at_end
        jump = ends_iter & ~lp_once
        act_n = lp_active & ~(ends_iter & lp_once)          # in the loop at the next ISSUE
        # the fetch address is a register (the instruction memory sees no logic): it
        # holds the address computed a cycle earlier, one cycle late after each ISSUE,
        # which engines of three or more cycles hide (a LOOP takes `LOOP_CYCLES` = 3)
        fetch_addr = Signal.like(ir.addr)
        m.d.sync += fetch_addr.eq(Mux(idle | (state == State.FETCH), 0,
                                      Mux(jump, lp_start, pc + 1)))
        m.d.comb += [pc_next.eq(pc), ir.addr.eq(fetch_addr),
                     self.done.eq(state == State.DONE), self.error.eq(state == State.ERROR),
                     self.busy.eq((state != State.IDLE) & (state != State.DONE)
                                  & (state != State.ERROR)),
                     self.config_id.eq(config_id(cfg))]
        m.d.sync += pc.eq(pc_next)

        # ---- counters ------------------------------------------------------------------------
        ctr = {n: Signal(cfg.counter_bits, name=f"ctr_{n}", reset_less=True)   # zeroed by start
               for n in HW_COUNTERS}
        inc = {n: Signal(16, name=f"inc_{n}") for n in HW_COUNTERS}
        running = self.busy
        # the readback mux in two registered stages (`CTR_READ_LATENCY`): a counter
        # within its group of CTR_GROUP, then the group
        assert CTR_READ_LATENCY == 2
        gb = (CTR_GROUP - 1).bit_length()
        groups = [Signal(cfg.counter_bits, name=f"ctr_group{g}")
                  for g in range(-(-len(HW_COUNTERS) // CTR_GROUP))]
        for g, grp in enumerate(groups):
            members = HW_COUNTERS[CTR_GROUP * g:CTR_GROUP * (g + 1)]
            m.d.sync += grp.eq(Array(ctr[n] for n in members)[self.ctr_sel[:gb]])
        sel_q = Signal(range(len(groups)))
        m.d.sync += [sel_q.eq(self.ctr_sel[gb:]), self.ctr_value.eq(Array(groups)[sel_q])]
        m.d.comb += inc["cycles"].eq(running)

        # ---- shared engine registers --------------------------------------------------------
        # LOAD and STORE: the instruction's last beat, word and bank, and the burst
        # length, computed at ISSUE (so the engines compare registers with registers)
        nb1 = Signal(range(max(bpw.values())))    # beats per DRAM word - 1
        w1, b1 = Signal(16), Signal(10)              # words - 1, banks - 1
        rd_len = Signal(RD_LEN_BITS)
        # LOAD
        req_cnt = Signal(10)
        req_more = Signal()                          # bursts left to request
        DA = cfg.dram_addr_bits                # DRAM byte addresses
        req_addr = Signal(DA)
        rx_bank = Signal(10)
        rx_word = Signal(16)
        rx_wlast, rx_blast = Signal(), Signal()     # rx_word == words - 1, rx_bank == banks - 1
        rx_beat = Signal(range(max(bpw.values()) + 1))
        # rx_beat == nb1 (the word's last beat) and rx_beat one-hot, kept in registers
        rx_bl = Signal()
        rx_oh = Signal(asm_bits // B8, init=1)
        asm = Signal(asm_bits)
        # STORE
        tx_bank, tx_word = Signal(10), Signal(16)
        tx_beat = Signal(range(max(bpw.values()) + 1))
        # tx_beat == nb1, tx_word == w1, tx_bank == b1, kept in registers
        tx_bl, tx_wl, tx_kl = Signal(), Signal(), Signal()
        s_base, s_cur = Signal(DA), Signal(DA)       # DRAM: this bank's first byte, this beat's
        BA = _bits(max(cfg.act_depth, cfg.weight_depth, tob.depth))   # buffer word addresses
        t_row = Signal(BA)                           # buffer: this bank's first word
        issuing = Signal()
        # stage 1: the buffer word being read for the beat (bank, beat, address, last)
        ov, o_bank, o_last = Signal(), Signal(10), Signal()
        o_beat = Signal(range(max(bpw.values()) + 1))
        o_addr = Signal(DA)
        # stage 2: the beat on the bus, its word in a register (act_q, the activation
        # buffer's read register, for act; the first threshold register for out)
        ov2, o_last2, o_bank2 = Signal(), Signal(), Signal(10)
        o_beat2 = Signal(range(max(bpw.values()) + 1))
        o_addr2 = Signal(DA)
        # stage 3: the beat on the bus, its bytes (bank and beat selected) in a register
        assert STORE_LATENCY == 3
        ov3, o_last3, o_addr3 = Signal(), Signal(), Signal(DA)
        o_data3 = Signal(B8, name="o_data3")
        # GEMM: window walk (plane p, row ky, column kx, word j) with running addresses
        waddr, p = Signal(_bits(cfg.weight_depth)), Signal(3)   # weight word, plane
        pl1, kw1, kh1 = Signal(3), Signal(3), Signal(3)   # planes - 1, kw - 1, kh - 1
        plane_base = Signal(16)
        wj, kx, ky = Signal(11), Signal(3), Signal(3)   # word, window column, row
        # wj, kx, ky and p at their last value, each kept a step ahead (a register, not
        # a compare chained into the walker's enables)
        wj_last, kx_last, ky_last, p_last = Signal(), Signal(), Signal(), Signal()
        iy, ix = Signal(signed(10)), Signal(signed(10))
        aaddr, row_addr, pitch = Signal(16), Signal(16), Signal(16)
        pad_d = Signal()                        # the word now on act_r.data is padding
        pad_word_d = Signal(W, name="pad_word_d")    # ... and reads as this word
        p_pad_last = Signal(W, name="p_pad_last")    # a padding pixel's last word
        cv, cz = Signal(), Signal()    # array step valid; zero the accumulators
        cp = Signal(3)
        tail = Signal(16)
        TAIL = array_latency(cfg)
        # POST
        # every threshold entry a POST reads, latched (a residual POST reads two)
        tr = [Signal(C * A, name=f"thresh_l{k}") for k in range(max(LMAX, 2 if cfg.conv else 1))]
        # each row's lane of the shortcut words (residual) and of the words an OR
        # merges into
        sc_bits, old_bits = Signal(R * C, name="sc_bits"), Signal(R * C, name="old_bits")
        # select stage: the row (and output bit) whose accumulators and first threshold
        # are latched; compute stage, a cycle later: the threshold unit's levels (or
        # scores) into registers; write stage, a cycle later: the row and bit written
        crow = Signal(range(R + 1), name="crow")
        cbit = Signal(4, name="cbit")
        svalid, wvalid = Signal(name="svalid"), Signal(name="wvalid")
        srow = Signal(range(R + 1), name="srow")
        sbit = Signal(4, name="sbit")
        acc_q = Signal(C * A, name="acc_q")      # (rows > 1; see the select stage)
        thr0_q = Signal(C * A, name="thr0_q")    # (conv)
        wrow = Signal(range(R + 1), name="wrow")
        wbit = Signal(4, name="wbit")
        y_q = Signal(C * tu.y_bits, name="y_q")
        scores_q = Signal(C * A, name="scores_q")
        paddr = Signal(16)
        thr_ptr = Signal(16, name="thr_ptr")     # the threshold entry read this cycle
        # the instruction's threshold entries, levels compared, and last output bit
        p_lv = Signal(range(max(LMAX, 2) + 1), name="p_lv")
        p_cmp = Signal(range(LMAX + 1), name="p_cmp")
        p_ob1 = Signal(4, name="p_ob1")
        # the threshold unit's shift (a RAW POST's 2S - N) and the residual select
        # (p_shift: a copy per column, kept, each driving one column's shifter)
        p_shift = Cat(*[Signal(name=f"p_shift_c{c}{KEEP_SUFFIX}") for c in range(C)])
        p_res = Signal(name="p_res")

        def window(view):
            """A GEMM view whose window fields are the dense window's constants when
            the accelerator has no convolution hardware (``dense_ok``: the instruction
            asks for no more)."""
            return _WindowView(view, cfg.conv)

        # the activation and weight words are registered as read (`BUFFER_READ_REGS`),
        # and a step's padding and control with them; a STORE stalled by the memory
        # keeps its word in act_q (it reads activations through it)
        assert BUFFER_READ_REGS == 1
        act_q = Signal(R * W, name="act_q", reset_less=True)
        wgt_q = Signal(C * W, name="wgt_q", reset_less=True)
        rd_hold = Signal()
        pad_q, pad_word_q = Signal(), Signal(W, name="pad_word_q")
        cv_q, cz_q, cp_q = Signal(), Signal(), Signal.like(cp)
        with m.If(~rd_hold):
            m.d.sync += act_q.eq(act_r.data)
        m.d.sync += [wgt_q.eq(wgt_r.data), pad_q.eq(pad_d), pad_word_q.eq(pad_word_d),
                     cv_q.eq(cv), cz_q.eq(cz), cp_q.eq(cp)]
        m.d.comb += [arr.a_in.eq(Mux(pad_q, Cat(*[pad_word_q] * R), act_q)),
                     arr.w_in.eq(wgt_q),
                     arr.valid.eq(cv_q), arr.zero.eq(cz_q), arr.plane.eq(cp_q)]
        m.d.sync += [cv.eq(0), cz.eq(0)]

        def per_buf(sel, values: dict):
            """Mux over the four buffers by a Buf-valued signal."""
            out = values["out"]
            for b in ("thresh", "weight", "act"):
                out = Mux(sel == int(Buf[b.upper()]), values[b], out)
            return out

        # ---- decode: the word in ir_q as it will issue, and what ISSUE needs of it --------
        ir_q = Signal(isa.WORD_BITS)
        m.d.sync += ir_q.eq(ir.data)
        qv = {op: data.View(isa.layout(op), ir_q) for op in Opcode}
        q_op = ir_q[:4]
        fetched = Signal(isa.WORD_BITS)     # ir_q with its loop offsets applied
        fv = {op: data.View(isa.layout(op), fetched) for op in Opcode}
        m.d.comb += fetched.eq(ir_q)
        with m.If(act_n & (q_op == Opcode.GEMM)):
            m.d.comb += [
                fv[Opcode.GEMM].act_addr.eq(qv[Opcode.GEMM].act_addr
                                            + Mux(jump, nx_act, off_act)),
                fv[Opcode.GEMM].ix0.eq(qv[Opcode.GEMM].ix0 + Mux(jump, nx_ix, off_ix))]
        with m.If(act_n & (q_op == Opcode.POST)):
            m.d.comb += [
                fv[Opcode.POST].dst_addr.eq(qv[Opcode.POST].dst_addr
                                            + Mux(jump, nx_dst, off_dst)),
                fv[Opcode.POST].src_addr.eq(qv[Opcode.POST].src_addr
                                            + Mux(jump, nx_src, off_src))]
        nxt = Signal(isa.WORD_BITS)                 # the instruction ISSUE takes next
        nv = {op: data.View(isa.layout(op), nxt) for op in Opcode}
        n_bad = Signal()                            # invalid here: ISSUE stops on it
        n_is = Signal(len(Opcode))                  # its opcode, one-hot (`_one_hot`)
        n_nb1 = Signal.like(nb1)                    # LOAD/STORE: beats per word - 1
        n_rd_len = Signal(RD_LEN_BITS)              # LOAD: beats per bank
        n_t_base = Signal(BA)                       # STORE: the first buffer word
        n_pitch = Signal(16)                        # GEMM: words per feature-map row
        n_lv, n_cmp, n_ob1 = Signal.like(p_lv), Signal.like(p_cmp), Signal.like(p_ob1)  # POST
        n_shift, n_res = Signal(), Signal()
        n_pad_last = Signal.like(p_pad_last)          # GEMM
        dma, gq, pq = qv[Opcode.LOAD], window(qv[Opcode.GEMM]), qv[Opcode.POST]
        bad = Signal()
        with m.Switch(q_op):
            for op in (Opcode.LOAD, Opcode.STORE):           # the buffers it may not name
                with m.Case(op):
                    refused = [dma.buf == b for b in isa.dma_refused(op)]
                    m.d.comb += bad.eq(functools.reduce(operator.or_, refused))
            with m.Case(Opcode.GEMM):
                m.d.comb += bad.eq(~gq.dense_ok)
            with m.Case(Opcode.POST):
                # more levels than threshold registers, an n-bit max-pool, or a
                # shortcut on scores or on n-bit outputs (the model's rules, isa)
                m.d.comb += bad.eq(functools.reduce(
                    operator.or_, [rule.refused(pq, cfg) for rule in isa.POST_RULES]))
            with m.Case(Opcode.LOOP):
                m.d.comb += bad.eq(not cfg.conv)             # no LOOP hardware
            with m.Case(Opcode.FINISH):
                pass
            with m.Default():
                m.d.comb += bad.eq(1)
        m.d.sync += [
            nxt.eq(fetched),
            n_is.eq(Cat(*[q_op == op for op in Opcode])),
            # a LOOP body holds GEMM/POST only
            n_bad.eq(bad | (act_n & (q_op != Opcode.GEMM) & (q_op != Opcode.POST))),
            n_nb1.eq(per_buf(dma.buf, {b: bpw[b] - 1 for b in bufs})),
            n_rd_len.eq(per_buf(dma.buf, {b: _times(dma.words, bpw[b]) for b in bufs})),
            n_t_base.eq(dma.sram_addr + Mux(dma.buf == Buf.OUT, OUT_BASE, 0)),
            n_pitch.eq(gq.fm_w * gq.words),
            # a padding pixel reads +1 (pad = 1) or -1 / code 0 (pad = 0), except that
            # the channel pad bits of a pixel's last word (from tail_bits on) read 1 as
            # usual: this is its last word, the others are all pad bits
            n_pad_last.eq(Mux(gq.pad, (1 << W) - 1,
                              Cat(*[(gq.tail_bits != 0) & (gq.tail_bits <= i) for i in range(W)])))]
        # POST: threshold entries read (levels; 1 for scores; 2 for a residual, which
        # compares with 1), and the last output bit
        q_raw, q_res = pq.mode == PostMode.RAW, pq.shortcut if cfg.conv else Const(0)
        q_lv = Mux(q_raw, 1, Mux(q_res, 2, Array((1 << b) - 1 for b in range(16))[pq.out_bits]))
        m.d.sync += [n_lv.eq(q_lv), n_cmp.eq(Mux(q_res, 1, q_lv)), n_res.eq(q_res),
                     n_shift.eq(pq.shift & q_raw),
                     n_ob1.eq(Mux(q_raw, 0, pq.out_bits - 1))]

        with m.Switch(state):
            # ---------------------------------------------------------------------------
            with m.Case(State.IDLE, State.DONE, State.ERROR):
                with m.If(self.start):
                    m.d.comb += pc_next.eq(0)
                    m.d.sync += [state.eq(State.FETCH), t.eq(0)]
                    if cfg.conv:
                        m.d.sync += lp_active.eq(0)
            # ---------------------------------------------------------------------------
            with m.Case(State.FETCH):                # instruction 0 enters the pipeline
                m.d.sync += t.eq(t + 1)
                with m.If(t == START_CYCLES - 1):
                    m.d.sync += state.eq(State.ISSUE)
            # ---------------------------------------------------------------------------
            with m.Case(State.ISSUE):
                m.d.sync += [t.eq(0), instr.eq(nxt)]
                m.d.comb += inc["instructions"].eq(1)
                with m.If(n_bad):
                    m.d.sync += state.eq(State.ERROR)
                with m.Else():
                    with m.Switch(n_is):
                        with m.Case(_one_hot(Opcode.LOOP)):
                            if cfg.conv:
                                f = nv[Opcode.LOOP]
                                m.d.sync += [state.eq(State.LOOP), lp_active.eq(1),
                                             lp_left.eq(f.count), lp_start.eq(pc + 1),
                                             lp_end.eq(pc + f.body), off_act.eq(0), off_dst.eq(0),
                                             off_src.eq(0), off_ix.eq(0), st_act.eq(f.act_step),
                                             st_dst.eq(f.dst_step), st_src.eq(f.src_step),
                                             st_ix.eq(f.ix_step), nx_act.eq(f.act_step),
                                             nx_dst.eq(f.dst_step), nx_src.eq(f.src_step),
                                             nx_ix.eq(f.ix_step), lp_once.eq(f.count == 1)]
                        with m.Case(_one_hot(Opcode.LOAD)):
                            f = nv[Opcode.LOAD]
                            m.d.sync += [state.eq(State.LOAD), nb1.eq(n_nb1), w1.eq(f.words - 1),
                                         b1.eq(f.banks - 1), rd_len.eq(n_rd_len),
                                         req_more.eq(f.banks != 0),
                                         req_cnt.eq(0), req_addr.eq(f.dram_addr),
                                         rx_bank.eq(0), rx_word.eq(0), rx_beat.eq(0),
                                         rx_bl.eq(n_nb1 == 0), rx_oh.eq(1),
                                         rx_wlast.eq(f.words == 1), rx_blast.eq(f.banks == 1)]
                        with m.Case(_one_hot(Opcode.STORE)):
                            f = nv[Opcode.STORE]
                            m.d.sync += [state.eq(State.STORE), tx_bank.eq(0), tx_word.eq(0),
                                         nb1.eq(n_nb1), w1.eq(f.words - 1), b1.eq(f.banks - 1),
                                         tx_beat.eq(0), s_base.eq(f.dram_addr), s_cur.eq(f.dram_addr),
                                         tx_bl.eq(n_nb1 == 0), tx_wl.eq(f.words == 1),
                                         tx_kl.eq(f.banks == 1),
                                         t_row.eq(n_t_base), aaddr.eq(n_t_base),
                                         thr_ptr.eq(n_t_base),
                                         issuing.eq(1), ov.eq(0), ov2.eq(0), ov3.eq(0), pad_d.eq(0)]
                        with m.Case(_one_hot(Opcode.GEMM)):
                            f = window(nv[Opcode.GEMM])
                            # a new tile: the accumulators are zeroed before its first
                            # step lands (issued next cycle, one more input register away)
                            m.d.sync += [state.eq(State.GEMM),
                                         cz.eq(~f.accumulate), waddr.eq(f.w_addr), p.eq(0),
                                         w1.eq(f.words - 1), pl1.eq(f.planes - 1), kw1.eq(f.kw - 1),
                                         kh1.eq(f.kh - 1), tail.eq(0),
                                         wj.eq(0), kx.eq(0), ky.eq(0), iy.eq(f.iy0), ix.eq(f.ix0),
                                         wj_last.eq(f.words == 1), kx_last.eq(f.kw == 1),
                                         ky_last.eq(f.kh == 1), p_last.eq(f.planes == 1),
                                         plane_base.eq(f.act_addr), row_addr.eq(f.act_addr),
                                         aaddr.eq(f.act_addr), pitch.eq(n_pitch),
                                         p_pad_last.eq(n_pad_last), issuing.eq(1)]
                        with m.Case(_one_hot(Opcode.POST)):
                            f = nv[Opcode.POST]
                            m.d.sync += [state.eq(State.POST), crow.eq(0), cbit.eq(0),
                                         svalid.eq(0), wvalid.eq(0), paddr.eq(f.dst_addr), p_lv.eq(n_lv),
                                         thr_ptr.eq(f.thr_addr),
                                         # the shortcut word first (a residual), then
                                         # the words an OR merges into
                                         aaddr.eq(Mux(f.shortcut if cfg.conv else 0,
                                                      f.src_addr, f.dst_addr)),
                                         p_cmp.eq(n_cmp), p_ob1.eq(n_ob1),
                                         p_shift.eq(n_shift.replicate(C)), p_res.eq(n_res)]
                        with m.Case(_one_hot(Opcode.FINISH)):
                            m.d.sync += state.eq(State.DONE)
            # ---------------------------------------------------------------------------
            with m.Case(State.LOOP):                 # its body's first word is fetched
                m.d.sync += t.eq(t + 1)
                with m.If(t == LOOP_CYCLES - 1):
                    m.d.comb += finish.eq(1)
            # ---------------------------------------------------------------------------
            with m.Case(State.LOAD):
                f = v[Opcode.LOAD]
                m.d.comb += [self.mem_rd_valid.eq(req_more), self.mem_rd_addr.eq(req_addr),
                             self.mem_rd_len.eq(rd_len)]
                with m.If(self.mem_rd_valid & self.mem_rd_ready):
                    m.d.sync += [req_cnt.eq(req_cnt + 1), req_addr.eq(req_addr + f.dram_stride),
                                 req_more.eq(req_cnt != b1)]
                full = Signal(asm_bits)    # the word so far with this cycle's beat in place
                m.d.comb += full.eq(asm)
                for j in range(asm_bits // B8):
                    with m.If(rx_oh[j]):
                        m.d.comb += full[j * B8:(j + 1) * B8].eq(self.mem_rd_data)
                word_done = rx_bl
                bank_done = word_done & rx_wlast
                with m.If(self.mem_rd_data_valid):
                    m.d.comb += inc["load_busy"].eq(1)
                    with m.If(word_done):
                        m.d.sync += [rx_beat.eq(0), rx_bl.eq(nb1 == 0), rx_oh.eq(1)]
                        with m.If(bank_done):
                            m.d.sync += [rx_word.eq(0), rx_bank.eq(rx_bank + 1),
                                         rx_wlast.eq(w1 == 0), rx_blast.eq(rx_bank + 1 == b1)]
                            with m.If(rx_blast):
                                m.d.comb += finish.eq(1)
                        with m.Else():
                            m.d.sync += [rx_word.eq(rx_word + 1), rx_wlast.eq(rx_word + 1 == w1)]
                        addr = f.sram_addr + rx_word
                        with m.Switch(f.buf):
                            with m.Case(Buf.ACT):
                                m.d.comb += [act_w.addr.eq(addr), act_w.data.eq(Cat(*[full[:W]] * R)),
                                             act_w.en.eq(Cat(*[(rx_bank == b).replicate(lpw) for b in range(R)])),
                                             inc["sram_act_writes"].eq(1)]
                            with m.Case(Buf.WEIGHT):
                                m.d.comb += [wgt_w.addr.eq(addr), wgt_w.data.eq(Cat(*[full[:W]] * C)),
                                             wgt_w.en.eq(Cat(*[rx_bank == b for b in range(C)])),
                                             inc["sram_weight_writes"].eq(1)]
                            with m.Case(Buf.THRESH):
                                m.d.comb += [thr_w.addr.eq(addr), thr_w.data.eq(Cat(*[full[:A]] * C)),
                                             thr_w.en.eq(Cat(*[rx_bank == b for b in range(C)])),
                                             inc["sram_thresh_writes"].eq(1)]
                    with m.Else():
                        m.d.sync += [asm.eq(full), rx_beat.eq(rx_beat + 1),
                                     rx_bl.eq(rx_beat + 1 == nb1), rx_oh.eq(rx_oh << 1)]
                with m.Else():
                    m.d.comb += inc["load_stall"].eq(1)
            # ---------------------------------------------------------------------------
            with m.Case(State.STORE):
                f = v[Opcode.STORE]
                advance = ~ov3 | self.mem_wr_ready
                # the buffer word (aaddr for act, thr_ptr for out) read at beat 0 stays
                # on the read port while the address holds (a stall disables the read)
                # the next bank's first word (scores: each row has its own out_depth words)
                t_next = t_row + Mux(f.buf == Buf.OUT, cfg.out_depth, 0)
                with m.If(advance):
                    with m.If(issuing):
                        last = tx_bl & tx_wl & tx_kl
                        m.d.sync += [ov.eq(1), o_bank.eq(tx_bank), o_beat.eq(tx_beat),
                                     o_addr.eq(s_cur), o_last.eq(last)]
                        with m.If(tx_beat == 0):
                            with m.Switch(f.buf):     # act or out (ISSUE refuses others)
                                for b in ("act", "out"):
                                    with m.Case(Buf[b.upper()]):
                                        m.d.comb += inc[f"sram_{b}_reads"].eq(1)
                        with m.If(tx_bl):
                            m.d.sync += [tx_beat.eq(0), tx_bl.eq(nb1 == 0)]
                            with m.If(tx_wl):
                                m.d.sync += [tx_word.eq(0), tx_bank.eq(tx_bank + 1),
                                             tx_wl.eq(w1 == 0), tx_kl.eq(tx_bank + 1 == b1),
                                             s_base.eq(s_base + f.dram_stride),
                                             s_cur.eq(s_base + f.dram_stride),
                                             t_row.eq(t_next), aaddr.eq(t_next),
                                             thr_ptr.eq(t_next)]
                            with m.Else():
                                m.d.sync += [tx_word.eq(tx_word + 1), s_cur.eq(s_cur + B),
                                             tx_wl.eq(tx_word + 1 == w1),
                                             aaddr.eq(aaddr + 1), thr_ptr.eq(thr_ptr + 1)]
                        with m.Else():
                            m.d.sync += [tx_beat.eq(tx_beat + 1), s_cur.eq(s_cur + B),
                                         tx_bl.eq(tx_beat + 1 == nb1)]
                        with m.If(last):
                            m.d.sync += issuing.eq(0)
                    with m.Else():
                        m.d.sync += ov.eq(0)
                # stage 2's beat: bank o_bank2's word, beat o_beat2 of its DRAM form
                words = {
                    "act": _select(act_q, o_bank2[:_bits(R)], W),
                    "out": tr[0],     # one row's C scores, acc_bits each
                }
                dram_word = {b: Signal(dw_bits[b], name=f"store_{b}") for b in words}
                for b in words:
                    m.d.comb += dram_word[b].eq(words[b])
                with m.If(advance):
                    m.d.sync += [ov2.eq(ov), o_addr2.eq(o_addr), o_last2.eq(o_last),
                                 o_bank2.eq(o_bank), o_beat2.eq(o_beat), tr[0].eq(thr_r.data),
                                 ov3.eq(ov2), o_addr3.eq(o_addr2), o_last3.eq(o_last2),
                                 o_data3.eq(Mux(f.buf == Buf.OUT,
                                                _select(dram_word["out"], o_beat2, B8),
                                                _select(dram_word["act"], o_beat2, B8)))]
                m.d.comb += [rd_hold.eq(~advance), self.mem_wr_valid.eq(ov3),
                             self.mem_wr_addr.eq(o_addr3), self.mem_wr_data.eq(o_data3)]
                with m.If(ov3 & self.mem_wr_ready):
                    m.d.comb += inc["store_busy"].eq(1)
                    with m.If(o_last3):
                        m.d.comb += finish.eq(1)
                with m.Else():
                    m.d.comb += inc["store_stall"].eq(1)
            # ---------------------------------------------------------------------------
            with m.Case(State.GEMM):
                f = window(v[Opcode.GEMM])
                with m.If(issuing):
                    inside = (iy >= 0) & (iy < f.fm_h) & (ix >= 0) & (ix < f.fm_w)
                    m.d.comb += [inc["gemm_busy"].eq(1),
                                 inc["sram_act_reads"].eq(Mux(inside, R, 0)),
                                 inc["sram_weight_reads"].eq(C)]
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
                                m.d.sync += [ky.eq(0), iy.eq(f.iy0), waddr.eq(f.w_addr), p.eq(p + 1),
                                             plane_base.eq(nxt), row_addr.eq(nxt), aaddr.eq(nxt),
                                             ky_last.eq(kh1 == 0), p_last.eq(p + 1 == pl1)]
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
                with m.Else():
                    m.d.comb += inc["gemm_stall"].eq(1)
                    m.d.sync += tail.eq(tail + 1)
                    with m.If(tail == TAIL - 1):
                        m.d.comb += finish.eq(1)
            # ---------------------------------------------------------------------------
            with m.Case(State.POST):
                # t < levels: read threshold entry t; t = levels: the last entry's read
                # latency; then the compute stage turns one row's accumulators into levels
                # (or scores) a cycle, held for its output bits, and the write stage
                # writes one output bit plane (or score row) a cycle, a cycle behind
                f = v[Opcode.POST]
                with m.If(t != TMAX):
                    m.d.sync += t.eq(t + 1)
                raw = f.mode == PostMode.RAW
                res = f.shortcut if cfg.conv else Const(0)
                merge = (f.mode == PostMode.OR) if cfg.conv else Const(0)
                n_lv, n_cmp, last_bit = p_lv, p_cmp, p_ob1
                # reads: threshold entries; the shortcut word (residual, t = 0), then the
                # words an OR merges into (latched as read, then their lane per row)
                for k in range(len(tr)):
                    with m.If(t == k + 1):
                        m.d.sync += tr[k].eq(thr_r.data)
                m.d.sync += thr_ptr.eq(thr_ptr + 1)
                with m.If(t == 0):
                    m.d.sync += aaddr.eq(f.dst_addr)
                with m.If(t < n_lv):
                    m.d.comb += inc["sram_thresh_reads"].eq(C)
                    with m.If(res & (t == 0)):
                        m.d.comb += inc["sram_act_reads"].eq(R)
                    with m.If(merge & (t == Mux(res, 1, 0))):
                        m.d.comb += inc["sram_act_reads"].eq(R)
                # (each word's lane taken from act_q, the read register, a cycle after
                # the read: straight from the block RAM's output it was a critical path)
                lane_bits = Cat(*[_select(act_q[r * W:(r + 1) * W], f.lane, C) for r in range(R)])
                with m.If(res & (t == 2)):
                    m.d.sync += sc_bits.eq(lane_bits)
                with m.If(merge & (t == Mux(res, 3, 2))):
                    m.d.sync += old_bits.eq(lane_bits)
                m.d.sync += wvalid.eq(svalid)
                with m.If(t > n_lv):
                    m.d.sync += svalid.eq(1)
                    with m.If(cbit == last_bit):
                        m.d.sync += [cbit.eq(0), crow.eq(crow + 1)]
                    with m.Else():
                        m.d.sync += cbit.eq(cbit + 1)
                # write stage
                with m.If(~wvalid):
                    m.d.comb += inc["post_stall"].eq(1)
                with m.Else():
                    m.d.comb += inc["post_busy"].eq(1)
                    with m.If(wbit == 0):
                        m.d.comb += inc["threshold_ops"].eq(C * n_cmp)
                    plane = Cat(*[y_q[c * YB:(c + 1) * YB].bit_select(wbit, 1) for c in range(C)])
                    with m.If(raw):
                        m.d.comb += [out_w.addr.eq(OUT_BASE + wrow * cfg.out_depth + f.dst_addr),
                                     out_w.data.eq(scores_q), out_w.en.eq((1 << C) - 1),
                                     inc["sram_out_writes"].eq(1)]
                    with m.Else():
                        old = _select(old_bits, wrow, C)
                        m.d.comb += [act_w.addr.eq(paddr),
                                     act_w.data.eq(Cat(*[plane | Mux(merge, old, 0)] * (R * lpw))),
                                     act_w.en.eq(Cat(*[(wrow == r) & (f.lane == q) for r in range(R)
                                                       for q in range(lpw)])),
                                     inc["sram_act_writes"].eq(1)]
                    with m.If(wbit == last_bit):
                        m.d.sync += paddr.eq(f.dst_addr)
                        with m.If(wrow == R - 1):
                            m.d.comb += finish.eq(1)
                    with m.Else():
                        m.d.sync += paddr.eq(paddr + f.plane_stride)

        with m.If(finish):
            m.d.comb += pc_next.eq(pc + 1)
            m.d.sync += state.eq(State.ISSUE)
            with m.If(ends_iter):
                with m.If(lp_once):
                    if cfg.conv:
                        m.d.sync += lp_active.eq(0)
                with m.Else():                            # next iteration
                    m.d.comb += pc_next.eq(lp_start)
                    m.d.sync += [lp_left.eq(lp_left - 1), lp_once.eq(lp_left == 2),
                                 off_act.eq(nx_act), off_dst.eq(nx_dst), off_src.eq(nx_src),
                                 off_ix.eq(nx_ix), nx_act.eq(nx_act + st_act),
                                 nx_dst.eq(nx_dst + st_dst), nx_src.eq(nx_src + st_src),
                                 nx_ix.eq(nx_ix + st_ix)]
        # POST's select and compute stages, outside the state switch so that the state
        # does not reach their multiplexers and adders: their registers load every
        # cycle, and only a POST's write stage (`wvalid`) uses them.  The select stage
        # latches row crow's accumulators (spread over the whole array) and level 0's
        # thresholds, which a residual picks per column by its shortcut bit.
        # (Neither changes during a POST, so where there is nothing to select, one row
        # and no residual, the compute stage reads them directly: same cycles, fewer
        # flip-flops on the iCE40.)
        if cfg.conv:
            sc = _select(sc_bits, crow, C)
            thr0 = Mux(p_res, Cat(*[Mux(sc[c], tr[1][c * A:(c + 1) * A], tr[0][c * A:(c + 1) * A])
                                    for c in range(C)]), tr[0])
            m.d.sync += thr0_q.eq(thr0)
        else:
            thr0_q = tr[0]
        if R > 1:
            m.d.sync += acc_q.eq(_select(arr.acc, crow, C * A))
        else:
            acc_q = arr.acc
        m.d.sync += [srow.eq(crow), sbit.eq(cbit)]
        m.d.comb += [tu.acc.eq(acc_q), tu.active.eq(p_cmp), tu.shift.eq(p_shift),
                     tu.thresh.eq(Cat(thr0_q, *tr[1:LMAX]))]
        m.d.sync += [y_q.eq(tu.y), scores_q.eq(tu.scores), wrow.eq(srow), wbit.eq(sbit)]

        # The buffers' read addresses are registers, whatever the state (each engine
        # keeps the address it reads in aaddr, waddr or thr_ptr), and their read
        # enables come from the state register alone (one LUT), so what reaches block
        # RAMs across the chip starts at a flip-flop.  An engine
        # reads every cycle of its state at the address its registers hold, and what
        # it uses is latched at known cycles, so extra reads change nothing.  Only a
        # STORE stalled by the memory must keep its word on the read port.  (The
        # energy counters count the reads an engine uses, `inc["sram_*_reads"]`.)
        in_state = {s: state == s for s in (State.GEMM, State.POST, State.STORE)}
        stalled = in_state[State.STORE] & ov3 & ~self.mem_wr_ready
        m.d.comb += [
            act_r.addr.eq(aaddr), wgt_r.addr.eq(waddr), thr_r.addr.eq(thr_ptr),
            act_r.en.eq((in_state[State.GEMM] | in_state[State.POST] | in_state[State.STORE])
                        & ~stalled),
            wgt_r.en.eq(in_state[State.GEMM]),
            thr_r.en.eq((in_state[State.POST] | in_state[State.STORE]) & ~stalled),
        ]
        # the increments are registered (the engines' decode does not chain into the
        # counters' carry chains): a counter holds a cycle's events at the end of the
        # next cycle, so the counters are final one cycle after done rises
        counting = Signal()
        inc_q = {n: Signal.like(inc[n], name=f"inc_q_{n}") for n in HW_COUNTERS}
        m.d.sync += counting.eq(running)
        for n in HW_COUNTERS:
            m.d.sync += inc_q[n].eq(inc[n])
            with m.If(idle & self.start):
                m.d.sync += ctr[n].eq(0)
            with m.Elif(counting):
                m.d.sync += ctr[n].eq(ctr[n] + inc_q[n])
        return m
