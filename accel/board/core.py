"""`BoardCore`: the accelerator with its on-chip memory and UART host link, one clock."""

from __future__ import annotations

from amaranth import Cat, Module
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from ..config import AccelConfig
from ..hdl.top import Accelerator
from ..perfcounters import hw_counters
from .link import HostLink
from .memory import OnChipDram
from .uart import UARTRx, UARTTx

__all__ = ["BoardCore"]


class BoardCore(wiring.Component):
    """Everything a board runs, minus its clock and pins.

    Parameters
    ----------
    cfg : AccelConfig
        The accelerator.
    mem_bytes : int
        On-chip RAM standing in for DRAM (a power of two); programs whose DRAM image is
        larger are refused by the host (`accel.host`).
    divisor : int
        Clock cycles per UART bit.
    spram : bool
        Hold the memory in iCE40 SPRAMs (board builds) instead of an inferred memory.
    bank_bytes : int
        Bytes of one block RAM (2048 on the ECP5, 4096 on the 7 series): the inferred
        memory's banks (`OnChipDram`).

    Ports: ``uart_rx``/``uart_tx`` (8N1, idle high) and ``leds`` (busy, done, error).
    The cocotb bench simulates exactly this component's Verilog; the board tops
    (`accel.board.top`) add a PLL, a reset and the pins.
    """

    def __init__(self, cfg: AccelConfig, *, mem_bytes: int, divisor: int, spram: bool = False,
                 bank_bytes: int = 2048):
        if not isinstance(cfg, AccelConfig):
            raise TypeError(f"cfg must be an AccelConfig, not {type(cfg).__name__}")
        self.cfg, self.mem_bytes, self.divisor, self.spram = cfg, mem_bytes, divisor, spram
        self.bank_bytes = bank_bytes
        super().__init__({"uart_rx": In(1, init=1), "uart_tx": Out(1, init=1), "leds": Out(3)})

    def elaborate(self, platform):
        m = Module()
        cfg = self.cfg
        m.submodules.accel = acc = Accelerator(cfg)
        m.submodules.dram = dram = OnChipDram(self.mem_bytes, cfg.dram_bytes_per_cycle,
                                              cfg.dram_latency, max(cfg.rows, cfg.cols),
                                              spram=self.spram, bank_bytes=self.bank_bytes)
        m.submodules.link = link = HostLink(
            mem_bytes=self.mem_bytes, beat_bytes=cfg.dram_bytes_per_cycle,
            imem_depth=cfg.imem_depth, counter_bits=cfg.counter_bits,
            counters=len(hw_counters(cfg)), divisor=self.divisor)
        m.submodules.rx = rx = UARTRx(self.divisor)
        m.submodules.tx = tx = UARTTx(self.divisor)
        wiring.connect(m, rx.stream, link.rx)
        wiring.connect(m, link.tx, tx.stream)
        m.d.comb += [rx.rx.eq(self.uart_rx), self.uart_tx.eq(tx.tx),
                     self.leds.eq(Cat(acc.busy, acc.done, acc.error))]
        for n in ("mem_rd_valid", "mem_rd_addr", "mem_rd_len", "mem_wr_valid", "mem_wr_addr",
                  "mem_wr_data"):
            m.d.comb += getattr(dram, n).eq(getattr(acc, n))
        for n in ("mem_rd_ready", "mem_rd_data_valid", "mem_rd_data", "mem_wr_ready"):
            m.d.comb += getattr(acc, n).eq(getattr(dram, n))
        m.d.comb += [dram.host_sel.eq(~acc.busy), dram.host_addr.eq(link.mem_addr),
                     dram.host_wdata.eq(link.mem_wdata), dram.host_wen.eq(link.mem_wen),
                     dram.host_ren.eq(link.mem_ren), link.mem_rdata.eq(dram.host_rdata),
                     acc.imem_we.eq(link.imem_we), acc.imem_addr.eq(link.imem_addr),
                     acc.imem_data.eq(link.imem_data), acc.start.eq(link.start),
                     link.busy.eq(acc.busy), link.done.eq(acc.done), link.error.eq(acc.error),
                     acc.ctr_sel.eq(link.ctr_sel), link.ctr_value.eq(acc.ctr_value),
                     link.config_id.eq(acc.config_id)]
        return m
