"""8N1 UART receiver and transmitter (byte streams)."""

from __future__ import annotations

from amaranth import Module, Signal
from amaranth.lib import stream, wiring
from amaranth.lib.wiring import In, Out

__all__ = ["UARTRx", "UARTTx"]


def _check_divisor(divisor):
    if not isinstance(divisor, int) or isinstance(divisor, bool):
        raise TypeError(f"divisor must be an integer, not {divisor!r}")
    if divisor < 4:
        raise ValueError(f"divisor must be at least 4 clock cycles per bit, not {divisor}")


class UARTRx(wiring.Component):
    """Receives 8N1 frames on ``rx``; each good byte appears on ``stream`` for one cycle.

    Parameters
    ----------
    divisor : int
        Clock cycles per bit (clock frequency / baud rate).

    The line goes through two synchronising flip-flops; a start bit is re-checked in
    the middle of its bit time and every data bit is sampled there.  A frame whose stop
    bit is 0 is dropped and counted in ``frame_errors``'s pulse.

    Latency: a byte is on ``stream`` about ``9.5 * divisor + 2`` cycles after its start
    bit's falling edge.  The stream has no back-pressure (the consumer takes each byte
    in the cycle it is valid).
    """

    def __init__(self, divisor: int):
        _check_divisor(divisor)
        self.divisor = divisor
        super().__init__({"rx": In(1, init=1),
                          "stream": Out(stream.Signature(8, always_ready=True)),
                          "frame_error": Out(1)})

    def elaborate(self, platform):
        m = Module()
        D = self.divisor
        sync1, line = Signal(init=1), Signal(init=1)
        m.d.sync += [sync1.eq(self.rx), line.eq(sync1)]
        timer = Signal(range(D))
        bit = Signal(range(10))
        shreg = Signal(8)
        m.d.sync += [self.stream.valid.eq(0), self.frame_error.eq(0)]
        with m.FSM():
            with m.State("IDLE"):
                with m.If(~line):
                    m.d.sync += timer.eq(D // 2 - 1)
                    m.next = "START"
            with m.State("START"):
                with m.If(timer != 0):
                    m.d.sync += timer.eq(timer - 1)
                with m.Elif(line):            # a glitch, not a start bit
                    m.next = "IDLE"
                with m.Else():
                    m.d.sync += [timer.eq(D - 1), bit.eq(0)]
                    m.next = "DATA"
            with m.State("DATA"):
                with m.If(timer != 0):
                    m.d.sync += timer.eq(timer - 1)
                with m.Else():
                    m.d.sync += timer.eq(D - 1)
                    with m.If(bit == 8):      # the stop bit
                        with m.If(line):
                            m.d.sync += [self.stream.payload.eq(shreg), self.stream.valid.eq(1)]
                        with m.Else():
                            m.d.sync += self.frame_error.eq(1)
                        m.next = "STOP"
                    with m.Else():
                        m.d.sync += [shreg.eq((shreg >> 1) | (line << 7)), bit.eq(bit + 1)]
            with m.State("STOP"):             # wait for the line to idle high
                with m.If(line):
                    m.next = "IDLE"
        return m


class UARTTx(wiring.Component):
    """Sends each byte taken from ``stream`` as an 8N1 frame on ``tx``.

    Parameters
    ----------
    divisor : int
        Clock cycles per bit.

    Latency: ``stream.ready`` is high while the line is idle; a byte taken in cycle
    ``t`` starts its start bit in cycle ``t + 1`` and the next byte can be taken
    ``10 * divisor`` cycles later.
    """

    def __init__(self, divisor: int):
        _check_divisor(divisor)
        self.divisor = divisor
        super().__init__({"tx": Out(1, init=1), "stream": In(stream.Signature(8))})

    def elaborate(self, platform):
        m = Module()
        D = self.divisor
        timer = Signal(range(D))
        shreg = Signal(10, init=0x3FF)        # stop bit, 8 data bits, start bit (LSB first)
        left = Signal(range(11))
        m.d.comb += [self.tx.eq(shreg[0]), self.stream.ready.eq(left == 0)]
        with m.If(self.stream.valid & self.stream.ready):
            m.d.sync += [shreg.eq((self.stream.payload << 1) | (1 << 9)), left.eq(10),
                         timer.eq(D - 1)]
        with m.Elif(left != 0):
            with m.If(timer != 0):
                m.d.sync += timer.eq(timer - 1)
            with m.Else():
                m.d.sync += [timer.eq(D - 1), shreg.eq((shreg >> 1) | (1 << 9)),
                             left.eq(left - 1)]
        return m
