"""`OnChipDram`: block RAM that stands in for external memory on a board."""

from __future__ import annotations

from amaranth import Array, Cat, ClockSignal, Const, Module, Mux, Signal
from amaranth.hdl import Instance
from amaranth.lib import fifo, memory, wiring
from amaranth.lib.wiring import In, Out

from ..hdl.pe import _check_int
from ..hdl.top import RD_LEN_BITS

__all__ = ["OnChipDram"]


class OnChipDram(wiring.Component):
    """``size`` bytes of on-chip RAM behind the accelerator's memory bus, with a host port.

    It keeps the bus timing contract of `accel.hdl.top` that the model's cycle counts
    assume (the same as `accel.cosim.dram.DramModel`): ``mem_rd_ready`` and
    ``mem_wr_ready`` are always high, a read burst accepted in cycle ``c`` delivers its
    first beat in cycle ``c + latency`` and its beats back to back, and the bursts
    queued behind it follow with no gap.  The RAM (many block RAMs across the chip)
    sees only flip-flops: its address, data and enables are registered (a write beat
    reaches the RAM the cycle after it is accepted, a read is issued the cycle after the
    pump asks), and its read data is registered in its bank (`_ram`) and before the
    bus, so a beat is asked for four cycles before it is on the bus.  The in-order accelerator reads nothing of
    memory in the cycle a write lands, and a LOAD's first RAM read comes at least two
    cycles later.

    Parameters
    ----------
    size : int
        Bytes (a power of two, at least one beat).
    beat_bytes : int
        Bus width in bytes (``AccelConfig.dram_bytes_per_cycle``).
    latency : int
        ``AccelConfig.dram_latency`` (at least 5: a register before the RAM, its read
        and two after it).
    queue : int
        Read bursts that can wait behind the one being served (the most banks a LOAD
        requests, ``max(rows, cols)``).
    bank_bytes : int
        Bytes per bank of the inferred memory: one block RAM (`_ram`).

    The bursts one LOAD requests arrive on consecutive cycles and all have its length
    (the accelerator is in order), so the queue holds addresses and the length of the
    latest request; a burst queued behind another is never early.

    The host port (``host_*``) owns the RAM while ``host_sel`` is high (the accelerator
    is idle): ``host_wen`` byte enables write ``host_wdata`` at word ``host_addr``;
    ``host_ren`` reads it onto ``host_rdata`` four cycles later (a register before the
    RAM, two after it).  One address drives both
    RAM ports, so a single-port RAM (an iCE40 SPRAM) can hold it: the accelerator never
    reads and writes in one cycle.
    """

    def __init__(self, size: int, beat_bytes: int, latency: int, queue: int, *,
                 spram: bool = False, bank_bytes: int = 2048):
        for n, v in (("size", size), ("beat_bytes", beat_bytes), ("latency", latency),
                     ("queue", queue), ("bank_bytes", bank_bytes)):
            _check_int(n, v, 1)
        if size & (size - 1) or beat_bytes & (beat_bytes - 1) or size < beat_bytes \
                or bank_bytes & (bank_bytes - 1):
            raise ValueError(f"size ({size}), beat_bytes ({beat_bytes}) and bank_bytes "
                             f"({bank_bytes}) must be powers of two, size at least one beat")
        if latency < 5:
            raise ValueError(f"latency must be at least 5 (a register before the RAM, its "
                             f"read and two after it), not {latency}")
        if spram and (beat_bytes != 2 or size % (32 * 1024) or size > 128 * 1024):
            raise ValueError(f"iCE40 SPRAMs hold 16-bit words, 32 KiB each, 4 at most: "
                             f"beat_bytes {beat_bytes} and size {size} do not fit them")
        self.size, self.beat_bytes, self.latency, self.queue = size, beat_bytes, latency, queue
        self.spram, self.bank_bytes = spram, bank_bytes
        self.depth = size // beat_bytes
        self.addr_bits = max(1, (self.depth - 1).bit_length())
        B8 = 8 * beat_bytes
        super().__init__({
            "mem_rd_valid": In(1), "mem_rd_ready": Out(1), "mem_rd_addr": In(32),
            "mem_rd_len": In(RD_LEN_BITS), "mem_rd_data_valid": Out(1), "mem_rd_data": Out(B8),
            "mem_wr_valid": In(1), "mem_wr_ready": Out(1), "mem_wr_addr": In(32),
            "mem_wr_data": In(B8),
            "host_sel": In(1), "host_addr": In(self.addr_bits), "host_wdata": In(B8),
            "host_wen": In(beat_bytes), "host_ren": In(1), "host_rdata": Out(B8),
        })

    def elaborate(self, platform):
        m = Module()
        lb = (self.beat_bytes - 1).bit_length()
        AW = self.addr_bits
        wp, rp = self._ram(m)
        m.submodules.q = q = fifo.SyncFIFO(width=AW, depth=self.queue)
        m.d.comb += [self.mem_rd_ready.eq(1), self.mem_wr_ready.eq(1)]

        # ---- the read pump: wait out the latency, then one beat a cycle ---------------
        cur, left = Signal(AW), Signal(RD_LEN_BITS)     # burst being served
        left_1 = Signal()                              # left == 1, kept in a register
        length = Signal(RD_LEN_BITS)                   # length of the queued bursts
        wait = Signal(range(max(2, self.latency - 4)))
        waiting, running = Signal(), Signal()
        pump_addr, pump_en = Signal(AW), Signal()
        req = self.mem_rd_valid
        last = running & left_1
        start = req & ((~waiting & ~running) | (last & ~q.r_rdy))   # a burst on an idle pump
        with m.If(req):
            m.d.sync += length.eq(self.mem_rd_len)
            with m.If(~start):
                m.d.comb += [q.w_data.eq(self.mem_rd_addr[lb:]), q.w_en.eq(1)]
        with m.If(running):                            # read one beat (on the bus next cycle)
            m.d.comb += [pump_addr.eq(cur), pump_en.eq(1)]
            m.d.sync += [cur.eq(cur + 1), left.eq(left - 1), left_1.eq(left == 2)]
            with m.If(left_1):
                with m.If(q.r_rdy):                    # the next burst follows at once
                    m.d.comb += q.r_en.eq(1)
                    m.d.sync += [cur.eq(q.r_data), left.eq(length), left_1.eq(length == 1)]
                with m.Else():
                    m.d.sync += running.eq(0)
        with m.If(waiting):
            with m.If(wait == 0):
                m.d.sync += [waiting.eq(0), running.eq(1)]
            with m.Else():
                m.d.sync += wait.eq(wait - 1)
        with m.If(start):
            # accepted in cycle c: pumped in c + latency - 4, read from the RAM in
            # c + latency - 3, registered twice, on the bus in c + latency
            m.d.sync += [cur.eq(self.mem_rd_addr[lb:]), left.eq(self.mem_rd_len),
                         left_1.eq(self.mem_rd_len == 1)]
            if self.latency == 5:
                m.d.sync += running.eq(1)
            else:
                m.d.sync += [waiting.eq(1), wait.eq(self.latency - 6)]
        ram_ren, read_q, read_qq = Signal(), Signal(), Signal()
        m.d.sync += [read_q.eq(ram_ren), read_qq.eq(read_q),
                     self.mem_rd_data_valid.eq(read_qq), self.mem_rd_data.eq(rp.data)]

        # ---- one address for both RAM ports, from registers --------------------------
        ram_addr = Signal(AW, reset_less=True)
        ram_data = Signal.like(self.mem_wr_data, reset_less=True)
        ram_wen = Signal(self.beat_bytes)
        acc_addr = Mux(self.mem_wr_valid, self.mem_wr_addr[lb:], pump_addr)
        m.d.sync += [
            ram_addr.eq(Mux(self.host_sel, self.host_addr, acc_addr)),
            ram_data.eq(Mux(self.host_sel, self.host_wdata, self.mem_wr_data)),
            ram_wen.eq(Mux(self.host_sel, self.host_wen,
                           self.mem_wr_valid.replicate(self.beat_bytes))),
            ram_ren.eq(Mux(self.host_sel, self.host_ren, pump_en)),
        ]
        m.d.comb += [wp.addr.eq(ram_addr), rp.addr.eq(ram_addr), wp.data.eq(ram_data),
                     wp.en.eq(ram_wen), rp.en.eq(ram_ren),
                     self.host_rdata.eq(self.mem_rd_data)]     # the same register
        return m

    def _ram(self, m):
        """A write port (byte enables) and a read port on one address.  The RAM is split
        into banks of one block RAM (an SPRAM on the iCE40), each with a register on its
        read data, so no path runs from a block RAM across the chip: ``rp.data`` holds
        the word two cycles after the read, until the next read."""
        B = self.beat_bytes
        wp, rp = _Port(self.addr_bits, 8 * B, B), _Port(self.addr_bits, 8 * B, 1)
        # words per bank: an SPRAM holds 16K x 16 bit, a block RAM bank_bytes
        bank_words = 16384 if self.spram else min(self.depth, max(1, self.bank_bytes // B))
        n = self.depth // bank_words
        lo = (bank_words - 1).bit_length()
        sel = wp.addr[lo:] if n > 1 else Const(0, 1)
        ren_q, sel_q, sel_qq = Signal(), Signal.like(sel), Signal.like(sel)
        m.d.sync += ren_q.eq(rp.en)
        with m.If(rp.en):
            m.d.sync += sel_q.eq(sel)
        with m.If(ren_q):
            m.d.sync += sel_qq.eq(sel_q)
        write = wp.en.any()
        outs = []
        for k in range(n):
            mine = sel == k
            q = Signal(8 * B, name=f"bank{k}_data")
            q_r = Signal(8 * B, name=f"bank{k}_q", reset_less=True)
            if self.spram:
                m.submodules[f"spram{k}"] = Instance(
                    "SB_SPRAM256KA", i_ADDRESS=wp.addr[:14], i_DATAIN=wp.data,
                    i_MASKWREN=Cat(wp.en[0], wp.en[0], wp.en[1], wp.en[1]),
                    i_WREN=write & mine, i_CHIPSELECT=(write | rp.en) & mine,
                    i_CLOCK=ClockSignal("sync"), i_STANDBY=Const(0), i_SLEEP=Const(0),
                    i_POWEROFF=Const(1), o_DATAOUT=q)
            else:
                m.submodules[f"bank{k}"] = ram = memory.Memory(shape=8 * B, depth=bank_words,
                                                               init=[])
                w, r = ram.write_port(granularity=8), ram.read_port()
                m.d.comb += [w.addr.eq(wp.addr[:lo]), r.addr.eq(wp.addr[:lo]),
                             w.data.eq(wp.data), w.en.eq(wp.en & mine.replicate(B)),
                             r.en.eq(rp.en & mine), q.eq(r.data)]
            with m.If(ren_q & (sel_q == k)):
                m.d.sync += q_r.eq(q)
            outs.append(q_r)
        m.d.comb += rp.data.eq(Array(outs)[sel_qq] if n > 1 else outs[0])   # a mux tree
        return wp, rp


class _Port:
    """The fields of a memory port as plain signals (for the SPRAM instances)."""

    def __init__(self, addr_bits, width, en_bits):
        self.addr = Signal(addr_bits)
        self.data = Signal(width)
        self.en = Signal(en_bits)
