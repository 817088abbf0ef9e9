"""cocotb bench: `accel.host` drives the board core's UART pins (`accel.board.core`).

Run by `accel.cosim.board.run_board_cosim`.  The host code (`accel.host`, the same
code `accel run` uses with pyserial) runs in a `cocotb.task.bridge` thread; its
transport, `SimLine`, turns each ``write`` into 8N1 bits on ``uart_rx`` and serves
``read`` from the bytes decoded off ``uart_tx``.  The job file names the program, the
images and the report; the report has the scores and counters the board returned and
the outcome of each bad-input check.
"""

import json
import os
from collections import deque
from pathlib import Path

import cocotb
import numpy as np
from cocotb.clock import Clock
from cocotb.task import bridge, resume
from cocotb.triggers import ClockCycles, FallingEdge, RisingEdge

from accel.board.protocol import Cmd, ProtocolError, Status, request
from accel.host import BoardLink, run_on_board
from accel.program import Program


class SimLine:
    """A serial port on the board core's UART pins (``write``/``read`` like pyserial)."""

    def __init__(self, dut, divisor: int, timeout_bytes: int = 400):
        self.dut, self.D = dut, divisor
        self.rx: deque = deque()
        self.timeout = timeout_bytes * 10 * divisor

    async def receiver(self):
        dut, D = self.dut, self.D
        while True:
            await FallingEdge(dut.uart_tx)
            await ClockCycles(dut.clk, D // 2)
            if int(dut.uart_tx.value):
                continue
            byte = 0
            for i in range(8):
                await ClockCycles(dut.clk, D)
                byte |= int(dut.uart_tx.value) << i
            await ClockCycles(dut.clk, D)
            if int(dut.uart_tx.value):
                self.rx.append(byte)

    async def _send(self, data: bytes):
        for b in data:
            for bit in [0] + [(b >> i) & 1 for i in range(8)] + [1]:
                self.dut.uart_rx.value = bit
                await ClockCycles(self.dut.clk, self.D)

    async def _recv(self, n: int) -> bytes:
        idle = 0
        while len(self.rx) < n and idle < self.timeout:
            before = len(self.rx)
            await ClockCycles(self.dut.clk, self.D)
            idle = 0 if len(self.rx) != before else idle + self.D
        k = min(n, len(self.rx))
        return bytes(self.rx.popleft() for _ in range(k))

    async def _idle(self, cycles: int):
        await ClockCycles(self.dut.clk, cycles)

    # the blocking side, called from the host thread
    def write(self, data: bytes) -> int:
        resume(self._send)(bytes(data))
        return len(data)

    def read(self, n: int) -> bytes:
        return resume(self._recv)(n)

    def idle(self, cycles: int) -> None:
        resume(self._idle)(cycles)


def bad_input_checks(line: SimLine, link: BoardLink, prog: Program) -> dict:
    """Each bad frame gets its error status, and the link answers CONFIG right after."""
    def raw(frame: bytes) -> int:
        line.write(frame)
        head = line.read(4)
        rest = line.read(int.from_bytes(head[2:4], "little") + 1) if len(head) == 4 else b""
        return head[1] if len(head) == 4 and not sum(head[1:] + rest) % 256 else -1

    good = request(Cmd.CONFIG)
    out = {}
    out["bad_checksum"] = raw(good[:-1] + bytes([(good[-1] + 1) & 0xFF])) == Status.BAD_CHECKSUM
    out["unknown_command"] = raw(request(0x6B, b"\x01\x02")) == Status.UNKNOWN_CMD
    line.write(request(Cmd.WRITE_MEM, bytes(12))[:7])          # stops mid-frame
    head = line.read(4)
    out["truncated_frame"] = len(head) == 4 and head[1] == Status.TIMEOUT and \
        len(line.read(1)) == 1
    info = link.info()
    out["out_of_range_address"] = raw(request(
        Cmd.WRITE_MEM, (info.mem_bytes - 2).to_bytes(4, "little") + bytes(4))) == Status.BAD_ADDRESS
    try:
        link.start(prog.config.id ^ 0x5A5A5A5A)
        out["other_config"] = False
    except ProtocolError as e:
        out["other_config"] = e.status == Status.BAD_CONFIG
    out["usable_after"] = link.info().config_id == prog.config.id
    return out


@cocotb.test()
async def board_job(dut):
    job = json.loads(Path(os.environ["ACCEL_BOARD_JOB"]).read_text())
    cocotb.start_soon(Clock(dut.clk, 10, unit="ns").start(start_high=False))
    dut.uart_rx.value = 1
    dut.rst.value = 1
    await ClockCycles(dut.clk, 3)
    dut.rst.value = 0
    await RisingEdge(dut.clk)
    line = SimLine(dut, job["divisor"])
    cocotb.start_soon(line.receiver())
    prog = Program.load(job["program"])
    images = np.load(job["images"])

    def host():
        link = BoardLink(line, retries=0)
        rep = {}
        if job.get("bad_input"):
            rep["bad_input"] = bad_input_checks(line, link, prog)
        run = run_on_board(link, prog, images, timeout_s=1e9, poll=lambda: line.idle(200))
        rep.update(scores=run.scores.tolist(), counters=run.counters)
        if job.get("bad_input"):          # and the accelerator still runs after them all
            rep["bad_input"]["usable_after"] &= bool(link.status()["done"])
        return rep

    try:
        rep = await bridge(host)()
    except Exception as e:
        Path(job["report"]).write_text(json.dumps({"error": str(e), "kind": type(e).__name__}))
        raise
    Path(job["report"]).write_text(json.dumps(rep))
