"""Run a program on the Amaranth model of the RTL (Amaranth's own simulator)."""

from __future__ import annotations

import numpy as np

from ..hdl.top import Accelerator
from ..program import Program
from .driver import RtlRun, run_program

__all__ = ["AmaranthHarness", "run_amaranth"]


class AmaranthHarness:
    def __init__(self, ctx, dut):
        self.ctx, self.dut = ctx, dut

    async def get(self, name):
        return self.ctx.get(getattr(self.dut, name))

    async def set(self, name, value):
        self.ctx.set(getattr(self.dut, name), value)

    async def tick(self):
        await self.ctx.tick()


def run_amaranth(prog: Program, images: np.ndarray, dram_latency: int | None = None,
                 vcd: str | None = None, dut: Accelerator | None = None,
                 wr_ready=None) -> RtlRun:
    """Simulate ``prog`` on `Accelerator(prog.config)` with Amaranth's simulator
    (``wr_ready``: the memory's write back-pressure, see `run_program`)."""
    from amaranth.sim import Simulator
    dut = dut or Accelerator(prog.config)
    latency = prog.config.dram_latency if dram_latency is None else dram_latency
    out = {}

    async def bench(ctx):
        out["run"] = await run_program(AmaranthHarness(ctx, dut), prog, images, latency,
                                       wr_ready=wr_ready)

    sim = Simulator(dut)
    sim.add_clock(1e-8)
    sim.add_testbench(bench)
    if vcd:
        with sim.write_vcd(vcd):
            sim.run()
    else:
        sim.run()
    return out["run"]
