"""The external memory the accelerator talks to, cycle by cycle (pure Python).

Used by the Amaranth-simulator tests and by the cocotb benches alike, so both
exercise the RTL against the same memory.  It implements the timing contract of
`accel.hdl.top`: ``mem_rd_ready`` and ``mem_wr_ready`` always high; a read request
accepted in cycle ``c`` has its first beat in cycle ``c + latency``; beats of queued
requests follow back to back, in order.
"""

from __future__ import annotations

from collections import deque

__all__ = ["DramModel", "BusError"]


class BusError(RuntimeError):
    """The accelerator addressed memory outside the DRAM image."""


class DramModel:
    def __init__(self, size: int, latency: int, beat_bytes: int):
        if latency < 1:
            raise ValueError(f"latency must be >= 1, not {latency}")
        self.mem = bytearray(size)
        self.latency, self.B = latency, beat_bytes
        self.queue: deque = deque()
        self.cycle = 0

    def write(self, addr: int, data: bytes) -> None:
        self.mem[addr:addr + len(data)] = data

    def read(self, addr: int, n: int) -> bytes:
        return bytes(self.mem[addr:addr + n])

    def step(self, rd_valid: int, rd_addr: int, rd_len: int, wr_valid: int, wr_addr: int,
             wr_data: int) -> tuple[int, int]:
        """One cycle: take this cycle's bus outputs, return ``(rd_data_valid, rd_data)``."""
        B = self.B
        if rd_valid:
            if rd_addr + rd_len * B > len(self.mem) or rd_len == 0:
                raise BusError(f"cycle {self.cycle}: read of {rd_len} beats at {rd_addr:#x} "
                               f"outside the {len(self.mem):#x}-byte DRAM")
            self.queue.append([rd_addr, rd_len, self.cycle + self.latency])
        if wr_valid:
            if wr_addr + B > len(self.mem):
                raise BusError(f"cycle {self.cycle}: write at {wr_addr:#x} outside the "
                               f"{len(self.mem):#x}-byte DRAM")
            self.mem[wr_addr:wr_addr + B] = wr_data.to_bytes(B, "little")
        out = (0, 0)
        if self.queue and self.queue[0][2] <= self.cycle:
            head = self.queue[0]
            out = (1, int.from_bytes(self.mem[head[0]:head[0] + B], "little"))
            head[0] += B
            head[1] -= 1
            if head[1] == 0:
                self.queue.popleft()
        self.cycle += 1
        return out
