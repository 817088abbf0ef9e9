"""The host side of the UART link: run a program on a board (`accel run`).

`BoardLink` speaks the framed protocol of `accel.board.protocol` over any byte
transport with ``write(bytes)`` and ``read(n) -> bytes`` (fewer bytes on a timeout):
a ``serial.Serial`` (pyserial) for a real board, or the simulated line of the cocotb
board bench, which runs this very code.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from . import isa
from .board.protocol import (CONFIG_FIELDS, SYNC_REP, Cmd, ProtocolError, Status,
                             counter_bytes, parse_reply, request)
from .hostio import pack_input, unpack_output
from .model.counters import expand_hw_counters, hw_counters
from .program import Program, ProgramError

__all__ = ["BoardLink", "BoardInfo", "BoardRun", "open_serial", "run_on_board"]

#: Payload bytes per WRITE_MEM / READ_MEM frame (short frames keep a retry cheap).
CHUNK = 1024


@dataclass
class BoardInfo:
    config_id: int
    mem_bytes: int
    counter_bits: int
    counters: int


@dataclass
class BoardRun:
    scores: np.ndarray                                   # (n, M) int64
    counters: list = field(default_factory=list)         # one dict per run (all COUNTERS)
    seconds: float = 0.0


class BoardLink:
    """Request/reply exchanges with a board; every error status raises `ProtocolError`."""

    def __init__(self, transport, *, retries: int = 2):
        self.t, self.retries = transport, retries

    def _read_exact(self, n: int) -> bytes:
        data = self.t.read(n)
        if len(data) != n:
            raise ProtocolError(f"the board sent {len(data)} of {n} expected bytes (no reply: "
                                "wrong port, baud rate or bitstream?)")
        return data

    def call(self, cmd: Cmd, payload: bytes = b"") -> bytes:
        """Send one request, return the reply's payload."""
        for attempt in range(self.retries + 1):
            self.t.write(request(cmd, payload))
            head = self._read_exact(4)
            if head[0] != SYNC_REP:
                raise ProtocolError(f"reply starts with {head[0]:#04x}, not {SYNC_REP:#04x}")
            n = int.from_bytes(head[2:4], "little")
            status, data = parse_reply(head + self._read_exact(n + 1))
            if status == Status.OK:
                return data
            if status != Status.BAD_CHECKSUM or attempt == self.retries:
                raise ProtocolError(f"{Cmd(cmd).name} refused by the board: {status.name}",
                                    status)
        raise AssertionError("unreachable")

    def info(self) -> BoardInfo:
        d, fields, off = self.call(Cmd.CONFIG), {}, 0
        for name, n in CONFIG_FIELDS:
            fields[name] = int.from_bytes(d[off:off + n], "little")
            off += n
        return BoardInfo(**fields)

    def write_mem(self, addr: int, data: bytes) -> None:
        for off in range(0, len(data), CHUNK):
            self.call(Cmd.WRITE_MEM, (addr + off).to_bytes(4, "little") + data[off:off + CHUNK])

    def read_mem(self, addr: int, n: int) -> bytes:
        out = bytearray()
        for off in range(0, n, CHUNK):
            k = min(CHUNK, n - off)
            out += self.call(Cmd.READ_MEM, (addr + off).to_bytes(4, "little")
                             + k.to_bytes(2, "little"))
        return bytes(out)

    def write_instructions(self, instrs) -> None:
        words = [isa.encode(i).to_bytes(isa.WORD_BITS // 8, "little") for i in instrs]
        per = CHUNK // 16
        for k in range(0, len(words), per):
            self.call(Cmd.WRITE_INSTR, k.to_bytes(2, "little") + b"".join(words[k:k + per]))

    def start(self, config_id: int) -> None:
        self.call(Cmd.START, config_id.to_bytes(4, "little"))

    def status(self) -> dict:
        f = self.call(Cmd.STATUS)[0]
        return {"busy": bool(f & 1), "done": bool(f & 2), "error": bool(f & 4)}

    def counters(self, info: BoardInfo, names) -> dict[str, int]:
        """The board's counters, named ``names`` (`accel.perfcounters.hw_counters` of
        its configuration) in order."""
        d = self.call(Cmd.COUNTERS)
        nb = counter_bytes(info.counter_bits)
        return {name: int.from_bytes(d[i * nb:(i + 1) * nb], "little")
                for i, name in enumerate(names)}


def run_on_board(link: BoardLink, prog: Program, images: np.ndarray, *,
                 timeout_s: float = 60.0, poll=None) -> BoardRun:
    """Load ``prog`` through ``link``, run it on every image, return scores and counters.

    Refuses (`ProgramError`) a board whose accelerator is not the program's, or whose
    memory cannot hold the program's DRAM image.  ``poll`` (default: sleep 1 ms) is
    called between STATUS requests while the accelerator runs.
    """
    cfg = prog.config
    t0 = time.perf_counter()
    info = link.info()
    if info.config_id != cfg.id:
        raise ProgramError(f"the board's accelerator has config id {info.config_id:#010x} but "
                           f"the program was compiled for {cfg.name!r} (id {cfg.id:#010x})")
    if info.counters != len(hw_counters(cfg)):
        raise ProgramError(f"the board reports {info.counters} counters, this accel expects "
                           f"{len(hw_counters(cfg))}")
    if prog.dram_size > info.mem_bytes:
        raise ProgramError(f"the program's DRAM image is {prog.dram_size:,} bytes but the "
                           f"board's memory holds {info.mem_bytes:,}")
    if len(prog.instrs) > cfg.imem_depth:
        raise ProgramError(f"{len(prog.instrs)} instructions exceed imem_depth {cfg.imem_depth}")
    link.write_instructions(prog.instrs)
    for s in prog.segments:
        link.write_mem(s.addr, bytes(s.data))
    rows = pack_input(prog, images)
    bsz = prog.batch
    runs = -(-len(rows) // bsz)
    sym_in, sym_out = prog.symbols.input, prog.symbols.output
    result = BoardRun(np.zeros((runs * bsz, sym_out.shape[1]), np.int64))
    for r in range(runs):
        chunk = rows[r * bsz:(r + 1) * bsz]
        if len(chunk) < bsz:
            chunk = np.concatenate([chunk, np.repeat(chunk[-1:], bsz - len(chunk), 0)])
        link.write_mem(sym_in.addr, chunk.tobytes())
        link.start(cfg.id)
        deadline = time.monotonic() + timeout_s
        while True:
            st = link.status()
            if st["error"]:
                raise ProgramError(f"run {r}: the accelerator stopped on an invalid instruction")
            if st["done"]:
                break
            if time.monotonic() > deadline:
                raise ProgramError(f"run {r}: not done after {timeout_s} s")
            (poll or (lambda: time.sleep(1e-3)))()
        result.counters.append(expand_hw_counters(cfg, link.counters(info, hw_counters(cfg))))
        raw = np.frombuffer(link.read_mem(sym_out.addr, bsz * sym_out.row_stride), np.uint8)
        result.scores[r * bsz:(r + 1) * bsz] = unpack_output(prog, raw)
    result.scores = result.scores[:len(rows)]
    result.seconds = time.perf_counter() - t0
    return result


def open_serial(port: str, baud: int = 115200, timeout: float = 2.0):
    """A pyserial port for `BoardLink` (``pip install pyserial``)."""
    try:
        import serial
    except ImportError:
        raise ProgramError("accel run needs pyserial: pip install pyserial") from None
    return serial.Serial(port, baud, timeout=timeout)
