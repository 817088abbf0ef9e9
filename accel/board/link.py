"""`HostLink`: the board side of the UART protocol (`accel.board.protocol`)."""

from __future__ import annotations

from amaranth import Cat, Const, Module, Mux, Signal
from amaranth.lib import stream, wiring
from amaranth.lib.wiring import In, Out

from .. import isa
from ..hdl.pe import _check_int
from .protocol import CONFIG_FIELDS, SYNC_REP, SYNC_REQ, TIMEOUT_BYTES, Cmd, Status, counter_bytes

__all__ = ["HostLink"]


class HostLink(wiring.Component):
    """Parses request frames from ``rx``, acts on the memory and the accelerator, and
    sends one reply frame on ``tx`` for each (`accel.board.protocol`).

    Parameters
    ----------
    mem_bytes : int
        Size of the board memory (a power of two); addresses at or past it are refused.
    beat_bytes : int
        Width of the memory's host port, in bytes (the accelerator's bus width).
    imem_depth : int
        Instructions the accelerator holds.
    counter_bits, counters : int
        Width and number of the accelerator's hardware counters.
    divisor : int
        UART clock cycles per bit (sets the frame timeout).

    Memory port: ``mem_addr`` (word), ``mem_wdata``/``mem_wen`` (byte enables) write
    in the cycle they are set; ``mem_ren`` reads, the word is on ``mem_rdata`` four
    cycles later (a register before a RAM, two after it) and stays there until the
    next read.  The link uses it only while the accelerator is not ``busy``.

    ``ctr_value`` may follow ``ctr_sel`` two cycles later (the accelerator registers it
    twice): ``ctr_sel`` holds for four cycles before a counter byte is taken.

    ``rx`` bytes must come at least two cycles apart (a UART byte takes ten bit times):
    a write's address is prepared in the cycle between two bytes.

    Latency: every byte is taken in the cycle it arrives and written to memory or the
    instruction memory in the next; a reply starts the cycle after the request's check
    byte (a READ_MEM byte takes 2 cycles before it is sent).
    """

    def __init__(self, *, mem_bytes: int, beat_bytes: int, imem_depth: int,
                 counter_bits: int, counters: int, divisor: int):
        for n, v in (("mem_bytes", mem_bytes), ("beat_bytes", beat_bytes),
                     ("imem_depth", imem_depth), ("counter_bits", counter_bits),
                     ("counters", counters), ("divisor", divisor)):
            _check_int(n, v, 1)
        if mem_bytes & (mem_bytes - 1) or beat_bytes & (beat_bytes - 1):
            raise ValueError(f"mem_bytes ({mem_bytes}) and beat_bytes ({beat_bytes}) must be "
                             "powers of two")
        self.mem_bytes, self.beat_bytes, self.imem_depth = mem_bytes, beat_bytes, imem_depth
        self.counter_bits, self.counters, self.divisor = counter_bits, counters, divisor
        self.ctr_bytes = counter_bytes(counter_bits)
        wa = max(1, (mem_bytes // beat_bytes - 1).bit_length())
        super().__init__({
            "rx": In(stream.Signature(8, always_ready=True)),
            "tx": Out(stream.Signature(8)),
            "mem_addr": Out(wa), "mem_wdata": Out(8 * beat_bytes), "mem_wen": Out(beat_bytes),
            "mem_ren": Out(1), "mem_rdata": In(8 * beat_bytes),
            "imem_we": Out(isa.WORD_BITS // 8), "imem_addr": Out(max(1, (imem_depth - 1).bit_length())),
            "imem_data": Out(isa.WORD_BITS),
            "start": Out(1), "busy": In(1), "done": In(1), "error": In(1),
            "ctr_sel": Out(max(1, (counters - 1).bit_length())), "ctr_value": In(counter_bits),
            "config_id": In(32),
        })

    def elaborate(self, platform):
        m = Module()
        B = self.beat_bytes
        lb = (B - 1).bit_length()
        rx, tx = self.rx, self.tx
        byte = rx.payload

        cmd, length, idx = Signal(8), Signal(16), Signal(16)
        arg = Signal(32)                 # address / index / config id
        count = Signal(16)               # READ_MEM byte count
        MB = (self.mem_bytes - 1).bit_length()          # address bits of the memory
        PW = max(MB, 20) + 1                             # + an out-of-range bit
        ptr = Signal(PW)                 # running byte address of a write
        status = Signal(8)
        cur, cur_bad = Signal(PW), Signal()     # a write's byte address, out of range
        rd_bad, cfg_bad = Signal(), Signal()    # a READ_MEM out of range; START's config
        wmem_byte, wdata_byte = Signal(), Signal()   # this byte is WRITE_MEM's / a write's data
        csum = Signal(8)
        timer = Signal(range(TIMEOUT_BYTES * 10 * self.divisor + 1))
        TIMEOUT = TIMEOUT_BYTES * 10 * self.divisor

        def set_status(code):
            # the first error of a frame is the one reported
            with m.If(status == Status.OK):
                m.d.sync += status.eq(code)

        # what each command's payload length must be (checked once it has arrived)
        n = length
        len_ok = Mux(cmd == Cmd.WRITE_MEM, n >= 4,
                 Mux(cmd == Cmd.READ_MEM, n == 6,
                 Mux(cmd == Cmd.WRITE_INSTR, (n >= 2) & (((n - 2) & 15) == 0),
                 Mux(cmd == Cmd.START, n == 4, n == 0))))
        known = Cat(*[cmd == int(c) for c in Cmd]).any()

        # ---- reply: header, payload, check ---------------------------------------
        r_len = Signal(16)
        r_idx = Signal(16)
        r_sum = Signal(8)
        r_byte = Signal(8)
        rb = Signal(MB)          # READ_MEM: the byte address of reply byte r_idx
        c_sel = Signal.like(self.ctr_sel)                  # counter and byte being sent
        c_byte = Signal(range(max(2, self.ctr_bytes)))
        m.d.comb += self.ctr_sel.eq(c_sel)
        values = {"config_id": self.config_id, "mem_bytes": self.mem_bytes,
                  "counter_bits": self.counter_bits, "counters": self.counters}
        info = Cat(*[values[k] if k == "config_id" else Const(values[k], 8 * n)
                     for k, n in CONFIG_FIELDS])
        info_byte = Signal(8)
        m.d.comb += info_byte.eq(info.word_select(r_idx[:4], 8))
        flags = Cat(self.busy, self.done, self.error)

        # writes leave through registers (a cycle after their byte arrives), so the
        # address checks do not chain into the RAMs' address and enable inputs
        w_addr, w_en = Signal.like(self.mem_addr), Signal(B)
        i_addr, i_we = Signal.like(self.imem_addr), Signal(isa.WORD_BITS // 8)
        w_byte = Signal(8)
        r_addr = Signal.like(self.mem_addr)
        m.d.sync += [w_en.eq(0), i_we.eq(0)]
        with m.If(rx.valid):
            m.d.sync += w_byte.eq(byte)
        m.d.comb += [self.imem_data.eq(Cat(*[w_byte] * (isa.WORD_BITS // 8))),
                     self.mem_wdata.eq(Cat(*[w_byte] * B)),
                     self.mem_wen.eq(w_en), self.imem_we.eq(i_we), self.imem_addr.eq(i_addr),
                     self.mem_addr.eq(Mux(w_en.any(), w_addr, r_addr))]
        m.d.sync += self.start.eq(0)

        # timed_out == (timer == TIMEOUT), kept in a register; likewise the frame's and
        # the reply's last byte, computed every cycle into registers from counters that
        # changed with the previous byte, at least two cycles (ten bit times on the
        # UART; five cycles of FETCH..LATCH for a reply) ago
        timed_out, idx_last, r_last = Signal(), Signal(), Signal()
        with m.If(rx.valid):
            m.d.sync += [timer.eq(0), timed_out.eq(0)]
        with m.Elif(timer != TIMEOUT):
            m.d.sync += [timer.eq(timer + 1), timed_out.eq(timer == TIMEOUT - 1)]
        m.d.sync += [idx_last.eq(idx == length - 1), r_last.eq(r_idx == r_len - 1)]

        # the address of the next payload byte if it is a write's, its top bit set once
        # it is out of range (an address with high bits, or a write that ran past the
        # end: the first such byte ends the frame's writes), and whether it is a write's
        # data byte.  Computed every cycle into registers: what they depend on changed
        # with the previous byte, at least two cycles ago (ten bit times on the UART).
        first = Mux(cmd == Cmd.WRITE_MEM, idx == 4, idx == 2)
        mem_first = Cat(arg[:MB], arg[MB:] != 0) if MB < 32 else arg
        cur_next = Mux(first, Mux(cmd == Cmd.WRITE_MEM, mem_first, arg[16:32] << 4), ptr)
        is_wmem = (cmd == Cmd.WRITE_MEM) & (idx >= 4)
        is_wins = (cmd == Cmd.WRITE_INSTR) & (idx >= 2)
        m.d.sync += [cur.eq(cur_next),
                     cur_bad.eq(Mux(cmd == Cmd.WRITE_MEM, cur_next[MB:] != 0,
                                    (cur_next >> 4) >= self.imem_depth)),
                     wmem_byte.eq(is_wmem), wdata_byte.eq(is_wmem | is_wins)]

        with m.FSM():
            with m.State("SYNC"):
                with m.If(rx.valid & (byte == SYNC_REQ)):
                    m.d.sync += [csum.eq(0), status.eq(Status.OK), idx.eq(0)]
                    m.next = "CMD"
            with m.State("CMD"):
                with m.If(timed_out):
                    m.next = "TIMEOUT"
                with m.If(rx.valid):
                    m.d.sync += [cmd.eq(byte), csum.eq(byte)]
                    m.next = "LEN0"
            with m.State("LEN0"):
                with m.If(timed_out):
                    m.next = "TIMEOUT"
                with m.If(rx.valid):
                    m.d.sync += [length[:8].eq(byte), csum.eq(csum + byte)]
                    m.next = "LEN1"
            with m.State("LEN1"):
                with m.If(timed_out):
                    m.next = "TIMEOUT"
                with m.If(rx.valid):
                    m.d.sync += [length[8:].eq(byte), csum.eq(csum + byte)]
                    m.next = "LENGTH"
            with m.State("LENGTH"):             # the length checked (no byte comes yet)
                with m.If(~known):
                    set_status(Status.UNKNOWN_CMD)
                with m.Elif(~len_ok):
                    set_status(Status.BAD_LENGTH)
                m.next = "PAYLOAD"
                with m.If(length == 0):
                    m.next = "CHECK"
            with m.State("PAYLOAD"):
                with m.If(timed_out):
                    m.next = "TIMEOUT"
                with m.If(rx.valid):
                    m.d.sync += [csum.eq(csum + byte), idx.eq(idx + 1)]
                    with m.If(idx < 4):
                        m.d.sync += arg.eq(Cat(arg[8:], byte))      # little-endian
                    with m.Elif(idx < 6):
                        m.d.sync += count.eq(Cat(count[8:], byte))
                    # the data bytes of a write, from the address in cur
                    with m.If(wdata_byte & (status == Status.OK)):
                        m.d.sync += ptr.eq(cur + 1)
                        with m.If(self.busy):
                            set_status(Status.BUSY)
                        with m.Elif(cur_bad):
                            set_status(Status.BAD_ADDRESS)
                        with m.Elif(wmem_byte):
                            m.d.sync += [w_addr.eq(cur[lb:]), w_en.eq(Const(1, B) << cur[:lb])]
                        with m.Else():
                            m.d.sync += [i_addr.eq(cur[4:]), i_we.eq(Const(1, 16) << cur[:4])]
                    with m.If(idx_last):
                        m.next = "CHECK"
            with m.State("CHECK"):
                # EXEC's range and config checks, prepared while the check byte comes
                m.d.sync += [rd_bad.eq((arg[MB:] != 0) | ((arg[:MB] + count) > self.mem_bytes)),
                             cfg_bad.eq(arg != self.config_id)]
                with m.If(timed_out):
                    m.next = "TIMEOUT"
                with m.If(rx.valid):
                    with m.If((csum + byte)[:8] != 0):
                        m.d.sync += status.eq(Status.BAD_CHECKSUM)
                    m.next = "EXEC"
            with m.State("EXEC"):
                with m.If(status == Status.OK):
                    with m.If(self.busy & ((cmd == Cmd.START) | (cmd == Cmd.READ_MEM))):
                        m.d.sync += status.eq(Status.BUSY)
                    with m.Elif((cmd == Cmd.START) & cfg_bad):
                        m.d.sync += status.eq(Status.BAD_CONFIG)
                    with m.Elif((cmd == Cmd.READ_MEM) & rd_bad):
                        m.d.sync += status.eq(Status.BAD_ADDRESS)
                    with m.Elif(cmd == Cmd.START):
                        m.d.sync += self.start.eq(1)
                m.next = "REPLY_LEN"
            with m.State("REPLY_LEN"):
                plen = Mux(cmd == Cmd.CONFIG, sum(n for _, n in CONFIG_FIELDS), Mux(cmd == Cmd.READ_MEM, count,
                       Mux(cmd == Cmd.STATUS, 1,
                       Mux(cmd == Cmd.COUNTERS, self.counters * self.ctr_bytes, 0))))
                m.d.sync += [r_len.eq(Mux(status == Status.OK, plen, 0)), r_sum.eq(0),
                             r_byte.eq(SYNC_REP), r_idx.eq(0), c_sel.eq(0), c_byte.eq(0)]
                m.next = "SEND_SYNC"
            with m.State("SEND_SYNC"):
                m.d.comb += [tx.valid.eq(1), tx.payload.eq(SYNC_REP)]
                with m.If(tx.ready):
                    m.next = "SEND_HDR"
            with m.State("SEND_HDR"):           # status, len lo, len hi (r_idx 0..2)
                hdr = Cat(status, r_len).word_select(r_idx[:2], 8)
                m.d.comb += [tx.valid.eq(1), tx.payload.eq(hdr)]
                with m.If(tx.ready):
                    m.d.sync += [r_sum.eq(r_sum + hdr), r_idx.eq(r_idx + 1)]
                    with m.If(r_idx == 2):
                        m.d.sync += [r_idx.eq(0), rb.eq(arg[:MB])]
                        m.next = "FETCH"
                        with m.If(r_len == 0):
                            m.next = "SEND_CHECK"
            with m.State("FETCH"):              # the memory or counter byte r_idx
                with m.If(cmd == Cmd.READ_MEM):
                    m.d.comb += [r_addr.eq(rb[lb:]), self.mem_ren.eq(1)]
                m.next = "READ0"
            with m.State("READ0"):              # the memory's address is registered,
                m.next = "READ1"
            with m.State("READ1"):              # its read data in its bank
                m.next = "READ2"
            with m.State("READ2"):              # and before the link
                m.next = "LATCH"
            with m.State("LATCH"):
                mem_byte = self.mem_rdata.word_select(rb[:lb], 8) if B > 1 else self.mem_rdata
                ctr_byte = self.ctr_value.word_select(c_byte, 8) \
                    if self.ctr_bytes > 1 else self.ctr_value[:8]
                m.d.sync += r_byte.eq(Mux(cmd == Cmd.READ_MEM, mem_byte,
                                      Mux(cmd == Cmd.COUNTERS, ctr_byte,
                                      Mux(cmd == Cmd.STATUS, flags, info_byte))))
                m.next = "SEND_DATA"
            with m.State("SEND_DATA"):
                m.d.comb += [tx.valid.eq(1), tx.payload.eq(r_byte)]
                with m.If(tx.ready):
                    m.d.sync += [r_sum.eq(r_sum + r_byte), r_idx.eq(r_idx + 1),
                                 rb.eq(rb + 1), c_byte.eq(c_byte + 1)]
                    with m.If(c_byte == self.ctr_bytes - 1):
                        m.d.sync += [c_byte.eq(0), c_sel.eq(c_sel + 1)]
                    m.next = "FETCH"
                    with m.If(r_last):
                        m.next = "SEND_CHECK"
            with m.State("SEND_CHECK"):
                m.d.comb += [tx.valid.eq(1), tx.payload.eq(-r_sum)]
                with m.If(tx.ready):
                    m.next = "SYNC"
            # a frame that stops arriving is answered and dropped
            with m.State("TIMEOUT"):
                m.d.sync += [status.eq(Status.TIMEOUT), cmd.eq(0)]
                m.next = "REPLY_LEN"
        return m
