"""The host: loads a program into the accelerator, runs it, reads results and counters.

Written once against a tiny harness interface (``get``/``set``/``tick``, all async)
so the Amaranth-simulator tests and the cocotb benches run the very same host code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .. import isa
from ..hostio import pack_input, unpack_output
from ..model.counters import CTR_READ_LATENCY, expand_hw_counters, hw_counters
from ..program import Program, ProgramError
from .dram import DramModel

__all__ = ["RtlRun", "run_program", "CycleLimit"]


class CycleLimit(RuntimeError):
    """The accelerator did not finish within the allowed cycles."""


@dataclass
class RtlRun:
    scores: np.ndarray                       # (n, M) int64
    counters: list = field(default_factory=list)   # one dict per program run
    measured_cycles: list = field(default_factory=list)  # start -> done, counted by the host
    hidden_out: list = field(default_factory=list)


async def run_program(h, prog: Program, images: np.ndarray, dram_latency: int,
                      max_cycles: int = 10_000_000, on_run=None, wr_ready=None) -> RtlRun:
    """Run ``prog`` on the RTL behind harness ``h`` for every image.

    ``h`` offers ``await h.get(name)``, ``await h.set(name, value)`` and
    ``await h.tick()`` (one clock cycle).  Values set are seen by the design at the
    next tick; a ``get`` right after a ``set`` may not see its combinational effect,
    so the driver never relies on that.  Refuses (`ProgramError`) an accelerator
    whose ``config_id`` is not the program's.  ``wr_ready(cycle)``, if given, is the
    memory's write ready in each cycle of a run (back-pressure: the run then takes
    more cycles than the model's, with the same outputs).
    """
    cfg = prog.config
    hw_id = await h.get("config_id")
    if hw_id != cfg.id:
        raise ProgramError(f"the accelerator's config id is {hw_id:#010x} but the program was "
                           f"compiled for config {cfg.name!r} (id {cfg.id:#010x}); "
                           "refusing to run it")
    if len(prog.instrs) > cfg.imem_depth:
        raise ProgramError(f"{len(prog.instrs)} instructions exceed imem_depth {cfg.imem_depth}")
    await h.set("imem_we", (1 << (isa.WORD_BITS // 8)) - 1)   # every byte
    for i, ins in enumerate(prog.instrs):
        await h.set("imem_addr", i)
        await h.set("imem_data", isa.encode(ins))
        await h.tick()
    await h.set("imem_we", 0)
    for n in ("mem_rd_ready", "mem_wr_ready"):
        await h.set(n, 1)

    dram = DramModel(prog.dram_size, dram_latency, cfg.dram_bytes_per_cycle)
    for s in prog.segments:
        dram.write(s.addr, s.data)
    rows = pack_input(prog, images)
    bsz = prog.batch
    runs = -(-len(rows) // bsz)
    sym_in, sym_out = prog.symbols.input, prog.symbols.output
    M = sym_out.shape[1]
    result = RtlRun(np.zeros((runs * bsz, M), np.int64))
    for r in range(runs):
        chunk = rows[r * bsz:(r + 1) * bsz]
        if len(chunk) < bsz:
            chunk = np.concatenate([chunk, np.repeat(chunk[-1:], bsz - len(chunk), 0)])
        dram.write(sym_in.addr, chunk.tobytes())
        await h.set("start", 1)
        await h.tick()
        await h.set("start", 0)
        n = 0
        while True:
            rdy = 1
            if wr_ready is not None:
                rdy = int(wr_ready(n))
                await h.set("mem_wr_ready", rdy)
            rv, wv = await h.get("mem_rd_valid"), (await h.get("mem_wr_valid")) & rdy
            # addresses and data are read only while valid (they may be X otherwise)
            ra = (await h.get("mem_rd_addr"), await h.get("mem_rd_len")) if rv else (0, 0)
            wa = (await h.get("mem_wr_addr"), await h.get("mem_wr_data")) if wv else (0, 0)
            dv, dd = dram.step(rv, *ra, wv, *wa)
            await h.set("mem_rd_data_valid", dv)
            await h.set("mem_rd_data", dd)
            if await h.get("done"):
                break
            if await h.get("error"):
                raise ProgramError(f"run {r}: the accelerator stopped on an invalid instruction")
            if n >= max_cycles:
                raise CycleLimit(f"run {r}: no done after {max_cycles} cycles")
            await h.tick()
            n += 1
        await h.set("mem_rd_data_valid", 0)
        result.measured_cycles.append(n)
        ctrs = {}
        await h.tick()                           # the counters are final a cycle after done
        for i, name in enumerate(hw_counters(cfg)):   # and then hold still
            await h.set("ctr_sel", i)
            for _ in range(CTR_READ_LATENCY):
                await h.tick()
            ctrs[name] = await h.get("ctr_value")
        result.counters.append(expand_hw_counters(cfg, ctrs))
        raw = np.frombuffer(dram.read(sym_out.addr, bsz * sym_out.row_stride), np.uint8)
        result.scores[r * bsz:(r + 1) * bsz] = unpack_output(prog, raw)
        if on_run is not None:
            on_run(r + 1, runs)
    result.scores = result.scores[:len(rows)]
    return result
