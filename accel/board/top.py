"""`BoardTop`: `BoardCore` on a real board: PLL clock, reset, UART pins and LEDs."""

from __future__ import annotations

from amaranth import ClockDomain, Const, Elaboratable, Instance, Module, Signal
from amaranth.lib.cdc import ResetSynchronizer

from .boards import Board
from .core import BoardCore
from .pll import ecp5_pll, ice40_pll

__all__ = ["BoardTop"]

#: Cycles the design stays in reset after the PLL locks (iCE40 block RAMs read zeros
#: for ~3 us after configuration).
POR_CYCLES = 1 << 10


class BoardTop(Elaboratable):
    """The board's top level for its amaranth-boards platform.

    The accelerator's ``sync`` domain runs at the preset's ``clock_mhz`` from the PLL
    (an iCE40 ``SB_PLL40_PAD`` from the 12 MHz pin, an ECP5 ``EHXPLLL`` from 25 MHz);
    it is held in reset until the PLL locks and `POR_CYCLES` after.  LEDs show busy,
    done and error; the UART is the host link.
    """

    def __init__(self, board: Board):
        self.board = board
        self.core = BoardCore(board.config, mem_bytes=board.mem_bytes, divisor=board.divisor(),
                              spram=board.family == "ice40",
                              bank_bytes=4096 if board.family == "xilinx" else 2048)

    def elaborate(self, platform):
        m = Module()
        b, cfg = self.board, self.board.config
        m.domains.sync = cd_sync = ClockDomain("sync")
        m.domains.por = cd_por = ClockDomain("por")
        lock = Signal()
        f_in = platform.default_clk_frequency / 1e6
        if b.family == "ice40":
            pll = ice40_pll(f_in, cfg.clock_mhz)
            clk = platform.request(platform.default_clk, dir="-")
            m.submodules.pll = Instance(
                "SB_PLL40_PAD", p_FEEDBACK_PATH="SIMPLE", p_DIVR=pll.divr, p_DIVF=pll.divf,
                p_DIVQ=pll.divq, p_FILTER_RANGE=pll.filter_range,
                i_PACKAGEPIN=clk.io, i_RESETB=Const(1), i_BYPASS=Const(0),
                o_PLLOUTGLOBAL=cd_por.clk, o_LOCK=lock)
        elif b.family == "ecp5":
            pll = ecp5_pll(f_in, cfg.clock_mhz)
            clk = platform.request(platform.default_clk, dir="i")
            m.submodules.pll = Instance(
                "EHXPLLL", p_PLLRST_ENA="DISABLED", p_INTFB_WAKE="DISABLED",
                p_STDBY_ENABLE="DISABLED", p_DPHASE_SOURCE="DISABLED",
                p_OUTDIVIDER_MUXA="DIVA", p_CLKOP_ENABLE="ENABLED", p_FEEDBK_PATH="CLKOP",
                p_CLKI_DIV=pll.clki_div, p_CLKFB_DIV=pll.clkfb_div, p_CLKOP_DIV=pll.clkop_div,
                p_CLKOP_CPHASE=pll.clkop_cphase, p_CLKOP_FPHASE=0,
                i_RST=Const(0), i_STDBY=Const(0), i_CLKI=clk.i, o_CLKOP=cd_por.clk,
                i_CLKFB=cd_por.clk, i_PHASESEL0=Const(0), i_PHASESEL1=Const(0),
                i_PHASEDIR=Const(1), i_PHASESTEP=Const(1), i_PHASELOADREG=Const(1),
                i_PLLWAKESYNC=Const(0), i_ENCLKOP=Const(0), o_LOCK=lock)
        else:   # 7 series: synthesis only, from the board clock directly
            clk = platform.request(platform.default_clk, dir="i")
            m.d.comb += [cd_por.clk.eq(clk.i), lock.eq(1)]
        platform.add_clock_constraint(cd_por.clk, cfg.clock_mhz * 1e6)
        m.d.comb += cd_sync.clk.eq(cd_por.clk)
        # hold the design in reset until the PLL has locked for POR_CYCLES
        por = Signal(range(POR_CYCLES + 1))
        m.submodules.lock_sync = ResetSynchronizer(~lock, domain="por")
        # the reset leaves a flip-flop (no logic in front of its fan-out; the datapath's
        # registers have no reset, so it reaches only the control logic)
        rst = Signal(init=1)
        with m.If(por != POR_CYCLES):
            m.d.por += por.eq(por + 1)
        m.d.por += rst.eq(por != POR_CYCLES)
        m.d.comb += cd_sync.rst.eq(rst)

        m.submodules.core = core = self.core
        uart = platform.request("uart", 0)
        m.d.comb += [core.uart_rx.eq(uart.rx.i), uart.tx.o.eq(core.uart_tx)]
        for i in range(3):
            try:
                led = platform.request("led", i)
            except Exception:          # a board with fewer LEDs shows fewer flags
                break
            m.d.comb += led.o.eq(core.leds[i])
        return m
