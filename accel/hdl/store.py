"""`StoreEngine`: activation or score buffer -> DRAM (STORE)."""

from __future__ import annotations

import functools
import operator

from amaranth import Module, Mux, Signal
from amaranth.lib import data, wiring
from amaranth.lib.wiring import In, Out

from .. import isa
from ..config import AccelConfig
from ..isa import Buf, Opcode
from ..perfcounters import BUFS
from ..timing import STORE_LATENCY
from .buffers import beats_per_word, dma_counter_bits, request_ports, scores_base
from .engine import CommandSignature, bits, check_config, inc_layout, per_buf, running, select

__all__ = ["StoreEngine", "write_bus"]


def write_bus(cfg: AccelConfig) -> dict:
    """The memory write bus (`accel.hdl.top`), the writer's side."""
    return {"mem_wr_valid": Out(1), "mem_wr_ready": In(1), "mem_wr_addr": Out(32),
            "mem_wr_data": Out(cfg.dram_bytes_per_cycle * 8)}


class StoreEngine(wiring.Component):
    """Executes STORE: ``banks`` x ``words`` words of the activation or score buffer,
    bank k's to DRAM from ``dram_addr + k * dram_stride``, one bus beat per cycle.

    A beat goes through three registered stages (`STORE_LATENCY`): the buffer word
    read (bank, beat, address), the word registered (``act_data`` for activations,
    ``out_q`` for scores: loaded at a word's first beat and shifted down one beat at
    each later one, so the bus register takes its low bytes and no beat mux lies on
    the path), the beat's bytes selected into the register on the bus.  A write the
    memory does not accept (``mem_wr_ready`` low) holds every stage.
    """

    def __init__(self, cfg: AccelConfig):
        self.cfg = cfg = check_config(cfg)
        ports = request_ports(cfg)
        super().__init__({
            "cmd": In(CommandSignature()), **write_bus(cfg),
            "act_rd": Out(ports["act_rd"]), "tob_rd": Out(ports["tob_rd"]),
            "act_data": In(cfg.rows * cfg.lane_bits), "act_hold": Out(1),
            "tob_data": In(cfg.cols * cfg.acc_bits),
            "inc": Out(inc_layout(("store_busy", "store_stall", "sram_act_reads",
                                   "sram_out_reads"))),
        })

    def elaborate(self, platform):
        cfg = self.cfg
        m = Module()
        R, W = cfg.rows, cfg.lane_bits
        B = cfg.dram_bytes_per_cycle
        B8 = 8 * B
        DA = cfg.dram_addr_bits
        bpw = beats_per_word(cfg)
        BA = max(len(self.act_rd.addr), len(self.tob_rd.addr))
        out_base = scores_base(cfg)
        cmd = self.cmd

        # decode: refusal; beats per word - 1 and the first buffer word, registered
        dec = data.View(isa.layout(Opcode.STORE), cmd.decode)
        m.d.comb += cmd.refused.eq(functools.reduce(
            operator.or_, [dec.buf == b for b in isa.dma_refused(Opcode.STORE)]))
        n_nb1 = Signal(range(max(bpw.values())))
        n_t_base = Signal(BA)
        m.d.sync += [n_nb1.eq(per_buf(dec.buf, {b: bpw[b] - 1 for b in BUFS})),
                     n_t_base.eq(dec.sram_addr + Mux(dec.buf == Buf.OUT, out_base, 0))]

        nb1 = Signal.like(n_nb1)
        WB, KB = dma_counter_bits(cfg)
        w1, b1 = Signal(WB), Signal(KB)              # words - 1, banks - 1
        tx_bank, tx_word = Signal(KB), Signal(WB)
        tx_beat = Signal(range(max(bpw.values()) + 1))
        # tx_beat == nb1, tx_word == w1, tx_bank == b1, kept in registers
        tx_bl, tx_wl, tx_kl = Signal(), Signal(), Signal()
        s_base, s_cur = Signal(DA), Signal(DA)       # DRAM: this bank's first byte, this beat's
        t_row = Signal(BA)                           # buffer: this bank's first word
        raddr = Signal(BA)                           # buffer: the word read this cycle
        issuing = Signal()
        # stage 1: the buffer word being read for the beat (bank, beat, address, last)
        ov, o_bank, o_last = Signal(), Signal(KB), Signal()
        o_beat = Signal(range(max(bpw.values()) + 1))
        o_addr = Signal(DA)
        # stage 2: the beat on the bus, its word in a register (act_data for act,
        # out_q for scores, shifted so that the beat's bytes are its lowest)
        ov2, o_last2, o_bank2 = Signal(), Signal(), Signal(KB)
        o_beat2 = Signal(range(max(bpw.values()) + 1))
        o_addr2 = Signal(DA)
        out_q = Signal(cfg.cols * cfg.acc_bits, name="out_q")
        # stage 3: the beat on the bus, its bytes (bank and beat selected) in a register
        assert STORE_LATENCY == 3
        ov3, o_last3, o_addr3 = Signal(), Signal(), Signal(DA)
        o_data3 = Signal(B8, name="o_data3")
        is_out = Signal()                            # the instruction stores scores

        active = running(m, cmd)
        with m.If(cmd.start):
            f = data.View(isa.layout(Opcode.STORE), cmd.issue)
            m.d.sync += [tx_bank.eq(0), tx_word.eq(0),
                         nb1.eq(n_nb1), w1.eq(f.words - 1), b1.eq(f.banks - 1),
                         tx_beat.eq(0), s_base.eq(f.dram_addr), s_cur.eq(f.dram_addr),
                         tx_bl.eq(n_nb1 == 0), tx_wl.eq(f.words == 1),
                         tx_kl.eq(f.banks == 1), t_row.eq(n_t_base), raddr.eq(n_t_base),
                         issuing.eq(1), ov.eq(0), ov2.eq(0), ov3.eq(0),
                         is_out.eq(f.buf == Buf.OUT)]

        f = data.View(isa.layout(Opcode.STORE), cmd.instr)
        advance = ~ov3 | self.mem_wr_ready
        with m.If(active):
            # the buffer word (raddr) read at beat 0 stays on the read port while the
            # address holds (a stall disables the read); the next bank's first word
            # (scores: each row has its own out_depth words)
            t_next = t_row + Mux(f.buf == Buf.OUT, cfg.out_depth, 0)
            with m.If(advance):
                with m.If(issuing):
                    last = tx_bl & tx_wl & tx_kl
                    m.d.sync += [ov.eq(1), o_bank.eq(tx_bank), o_beat.eq(tx_beat),
                                 o_addr.eq(s_cur), o_last.eq(last)]
                    with m.If(tx_beat == 0):
                        with m.Switch(f.buf):     # act or out (the decode refuses others)
                            for b in ("act", "out"):
                                with m.Case(Buf[b.upper()]):
                                    m.d.comb += getattr(self.inc, f"sram_{b}_reads").eq(1)
                    with m.If(tx_bl):
                        m.d.sync += [tx_beat.eq(0), tx_bl.eq(nb1 == 0)]
                        with m.If(tx_wl):
                            m.d.sync += [tx_word.eq(0), tx_bank.eq(tx_bank + 1),
                                         tx_wl.eq(w1 == 0), tx_kl.eq(tx_bank + 1 == b1),
                                         s_base.eq(s_base + f.dram_stride),
                                         s_cur.eq(s_base + f.dram_stride),
                                         t_row.eq(t_next), raddr.eq(t_next)]
                        with m.Else():
                            m.d.sync += [tx_word.eq(tx_word + 1), s_cur.eq(s_cur + B),
                                         tx_wl.eq(tx_word + 1 == w1), raddr.eq(raddr + 1)]
                    with m.Else():
                        m.d.sync += [tx_beat.eq(tx_beat + 1), s_cur.eq(s_cur + B),
                                     tx_bl.eq(tx_beat + 1 == nb1)]
                    with m.If(last):
                        m.d.sync += issuing.eq(0)
                with m.Else():
                    m.d.sync += ov.eq(0)
            # stage 2's beat: bank o_bank2's word, beat o_beat2 of its DRAM form (an
            # activation word); the score word's beat o_beat2 is out_q's low bytes
            act_word = Signal(cfg.dram_word_bytes("act") * 8, name="store_act")
            m.d.comb += act_word.eq(select(self.act_data, o_bank2[:bits(R)], W))
            with m.If(advance):
                m.d.sync += [ov2.eq(ov), o_addr2.eq(o_addr), o_last2.eq(o_last),
                             o_bank2.eq(o_bank), o_beat2.eq(o_beat),
                             out_q.eq(Mux(o_beat == 0, self.tob_data, out_q >> B8)),
                             ov3.eq(ov2), o_addr3.eq(o_addr2), o_last3.eq(o_last2),
                             o_data3.eq(Mux(is_out, out_q[:B8],
                                            select(act_word, o_beat2, B8)))]
            m.d.comb += self.act_hold.eq(~advance)
            with m.If(ov3 & self.mem_wr_ready):
                m.d.comb += self.inc.store_busy.eq(1)
                with m.If(o_last3):
                    m.d.comb += cmd.done.eq(1)
            with m.Else():
                m.d.comb += self.inc.store_stall.eq(1)
            # every cycle of the instruction reads at raddr, except a stalled one,
            # which keeps its word on the read port
            stalled = ov3 & ~self.mem_wr_ready
            m.d.comb += [self.act_rd.en.eq(~stalled), self.tob_rd.en.eq(~stalled)]
        # the bus outputs are plain functions of registers (continuous assignments: an
        # event-driven simulator evaluates them from time 0)
        m.d.comb += [self.mem_wr_valid.eq(active & ov3), self.mem_wr_addr.eq(o_addr3),
                     self.mem_wr_data.eq(o_data3)]
        # the read address is zero while the engine does not run (`accel.hdl.engine`)
        with m.If(cmd.done):
            m.d.sync += raddr.eq(0)
        m.d.comb += [self.act_rd.addr.eq(raddr), self.tob_rd.addr.eq(raddr)]
        return m
