"""`LoadEngine`: DRAM -> activation, weight or threshold buffer (LOAD)."""

from __future__ import annotations

import functools
import operator

from amaranth import Cat, Module, Mux, Signal
from amaranth.lib import data, wiring
from amaranth.lib.wiring import In, Out

from .. import isa
from ..config import AccelConfig
from ..isa import Buf, Opcode
from ..perfcounters import BUFS
from ..timing import LOAD_ISSUE_CYCLES
from .buffers import beats_per_word, dma_counter_bits, request_ports
from .engine import CommandSignature, check_config, inc_layout, per_buf, times

__all__ = ["LoadEngine", "RD_LEN_BITS", "read_bus"]

#: Width of a read request's burst length (beats).
RD_LEN_BITS = 24


def read_bus(cfg: AccelConfig) -> dict:
    """The memory read bus (`accel.hdl.top`), the requester's side."""
    return {"mem_rd_valid": Out(1), "mem_rd_ready": In(1), "mem_rd_addr": Out(32),
            "mem_rd_len": Out(RD_LEN_BITS), "mem_rd_data_valid": In(1),
            "mem_rd_data": In(cfg.dram_bytes_per_cycle * 8)}


class LoadEngine(wiring.Component):
    """Executes LOAD: ``banks`` read bursts of ``words`` buffer words each (bank k from
    ``dram_addr + k * dram_stride``), requested on consecutive cycles; each word is
    assembled from its bus beats and written to word ``sram_addr + j`` of bank k.

    Latency (`accel.timing`): one cycle per beat plus the memory's latency to its
    first beat; the engine is done in the cycle its last beat arrives.  A ``narrow``
    LOAD (act) takes one beat per word, the rest of the word ones (the assembly
    register is all ones at the start, and a one-beat word never overwrites it).  A
    weight LOAD
    with ``push_next`` (decoupled) lets the controller go after `LOAD_ISSUE_CYCLES`
    instead, keeps its own copy of the instruction, reports ``busy`` until its last beat
    and pushes a token (``cmd.push``) with it.
    """

    def __init__(self, cfg: AccelConfig):
        self.cfg = cfg = check_config(cfg)
        ports = request_ports(cfg)
        super().__init__({
            "cmd": In(CommandSignature()), **read_bus(cfg),
            **{k: Out(ports[k]) for k in ("act_wr", "weight_wr", "tob_wr")},
            "inc": Out(inc_layout(("load_busy", "load_stall", "sram_act_writes",
                                   "sram_weight_writes", "sram_thresh_writes"))),
        })

    def elaborate(self, platform):
        cfg = self.cfg
        m = Module()
        R, C, W, A = cfg.rows, cfg.cols, cfg.lane_bits, cfg.acc_bits
        B8 = 8 * cfg.dram_bytes_per_cycle
        lpw = cfg.lanes_per_word
        bpw = beats_per_word(cfg)
        asm_bits = max(cfg.dram_word_bytes(b) * 8 for b in ("act", "weight", "thresh"))
        cmd = self.cmd

        # decode: refusal, beats per word - 1 and per bank, registered for the issue
        dec = data.View(isa.layout(Opcode.LOAD), cmd.decode)
        m.d.comb += cmd.refused.eq(functools.reduce(
            operator.or_, [dec.buf == b for b in isa.dma_refused(Opcode.LOAD)])
            | functools.reduce(operator.or_, [getattr(dec, name) & (dec.buf != b)
                                              for name, b in isa.LOAD_OPTION_BUFFER.items()]))
        n_nb1 = Signal(range(max(bpw.values())))
        n_rd_len = Signal(len(self.mem_rd_len))
        # (a narrow LOAD: one beat per word; a buffer the LOAD may not name takes the
        # act buffer's figures, so no multiplier by the score word's beats is built)
        lb = {b: b if Buf[b.upper()] in isa.DMA_BUFFERS[Opcode.LOAD] else "act" for b in BUFS}
        m.d.sync += [n_nb1.eq(Mux(dec.narrow, 0, per_buf(dec.buf, {b: bpw[lb[b]] - 1 for b in BUFS}))),
                     n_rd_len.eq(Mux(dec.narrow, dec.words,
                                     per_buf(dec.buf, {b: times(dec.words, bpw[lb[b]])
                                                       for b in BUFS})))]

        # the last beat, word and bank, and the burst length, set at the issue (so the
        # engine compares registers with registers)
        nb1 = Signal.like(n_nb1)                     # beats per DRAM word - 1
        WB, KB = dma_counter_bits(cfg)
        w1, b1 = Signal(WB), Signal(KB)              # words - 1, banks - 1
        rd_len = Signal.like(n_rd_len)
        req_cnt = Signal(KB)
        req_more = Signal()                          # bursts left to request
        req_addr = Signal(cfg.dram_addr_bits)
        rx_bank = Signal(KB)
        rx_word = Signal(WB)
        rx_wlast, rx_blast = Signal(), Signal()     # rx_word == words - 1, rx_bank == banks - 1
        rx_beat = Signal(range(max(bpw.values()) + 1))
        # rx_beat == nb1 (the word's last beat) and rx_beat one-hot, kept in registers
        rx_bl = Signal()
        rx_oh = Signal(asm_bits // B8, init=1)
        asm = Signal(asm_bits)

        # the engine's own copy of its instruction (a decoupled LOAD runs while the
        # controller issues others), its running flag (issue to last beat), and the
        # controller's hold of a decoupled LOAD
        pin = Signal(isa.WORD_BITS, name="load_instr")
        active, fin = Signal(name="active"), Signal(name="fin")
        decoupled = Signal(name="decoupled")
        held = Signal(LOAD_ISSUE_CYCLES, name="held")
        iv = data.View(isa.layout(Opcode.LOAD), cmd.issue)
        m.d.sync += held.eq(Cat(cmd.start & iv.push_next, held[:-1]))
        m.d.comb += [cmd.done.eq(Mux(decoupled, held[-1], fin)),
                     cmd.busy.eq(active & decoupled & ~fin), cmd.push.eq(fin & decoupled)]
        with m.If(fin):
            m.d.sync += active.eq(0)
        with m.If(cmd.start):
            f = iv
            m.d.sync += [active.eq(1), pin.eq(cmd.issue), decoupled.eq(f.push_next),
                         nb1.eq(n_nb1), w1.eq(f.words - 1), b1.eq(f.banks - 1),
                         rd_len.eq(n_rd_len), req_more.eq(f.banks != 0),
                         req_cnt.eq(0), req_addr.eq(f.dram_addr),
                         rx_bank.eq(0), rx_word.eq(0), rx_beat.eq(0),
                         rx_bl.eq(n_nb1 == 0), rx_oh.eq(1), asm.eq(-1),
                         rx_wlast.eq(f.words == 1), rx_blast.eq(f.banks == 1)]

        f = data.View(isa.layout(Opcode.LOAD), pin)
        # the bus outputs are plain functions of registers (continuous assignments: an
        # event-driven simulator evaluates them from time 0)
        m.d.comb += [self.mem_rd_valid.eq(active & req_more), self.mem_rd_addr.eq(req_addr),
                     self.mem_rd_len.eq(rd_len)]
        with m.If(active):
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
                m.d.comb += self.inc.load_busy.eq(1)
                with m.If(word_done):
                    m.d.sync += [rx_beat.eq(0), rx_bl.eq(nb1 == 0), rx_oh.eq(1)]
                    with m.If(bank_done):
                        m.d.sync += [rx_word.eq(0), rx_bank.eq(rx_bank + 1),
                                     rx_wlast.eq(w1 == 0), rx_blast.eq(rx_bank + 1 == b1)]
                        with m.If(rx_blast):
                            m.d.comb += fin.eq(1)
                    with m.Else():
                        m.d.sync += [rx_word.eq(rx_word + 1), rx_wlast.eq(rx_word + 1 == w1)]
                    addr = f.sram_addr + rx_word
                    with m.Switch(f.buf):
                        with m.Case(Buf.ACT):
                            m.d.comb += [self.act_wr.addr.eq(addr),
                                         self.act_wr.data.eq(Cat(*[full[:W]] * R)),
                                         self.act_wr.en.eq(Cat(*[(rx_bank == b).replicate(lpw)
                                                                 for b in range(R)])),
                                         self.inc.sram_act_writes.eq(1)]
                        with m.Case(Buf.WEIGHT):
                            m.d.comb += [self.weight_wr.addr.eq(addr),
                                         self.weight_wr.data.eq(
                                             Cat(*[full[:cfg.weight_word_bits]] * C)),
                                         self.weight_wr.en.eq(Cat(*[rx_bank == b for b in range(C)])),
                                         self.inc.sram_weight_writes.eq(1)]
                        with m.Case(Buf.THRESH):
                            m.d.comb += [self.tob_wr.addr.eq(addr),
                                         self.tob_wr.data.eq(Cat(*[full[:A]] * C)),
                                         self.tob_wr.en.eq(Cat(*[rx_bank == b for b in range(C)])),
                                         self.inc.sram_thresh_writes.eq(1)]
                with m.Else():
                    m.d.sync += [asm.eq(full), rx_beat.eq(rx_beat + 1),
                                 rx_bl.eq(rx_beat + 1 == nb1), rx_oh.eq(rx_oh << 1)]
            with m.Else():
                m.d.comb += self.inc.load_stall.eq(1)
        return m
