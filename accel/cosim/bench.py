"""cocotb bench: the host and the external memory around the generated RTL.

Run by `accel.cosim.run_cosim` through ``cocotb_tools.runner``; the jobs (program,
images, DRAM latency, report path of each) come in the JSON file named by
``ACCEL_COSIM_JOB``.  The bench runs the shared host driver (`accel.cosim.driver`)
with a harness that drives inputs and samples outputs at falling clock edges, so
every value the RTL samples at a rising edge is stable, and writes what the RTL
produced (scores, counters, host-measured cycles) to the report.
"""

import json
import os
from pathlib import Path

import cocotb
import numpy as np
from cocotb.clock import Clock
from cocotb.types import Logic
from cocotb.triggers import FallingEdge

from accel.cosim.driver import run_program
from accel.program import Program


class CocotbHarness:
    def __init__(self, dut):
        self.dut = dut

    async def get(self, name):
        v = getattr(self.dut, name).value
        if not v.is_resolvable:
            raise AssertionError(f"{name} is {v} (unresolved) when the host reads it")
        return int(v) if isinstance(v, Logic) else v.to_unsigned()

    async def set(self, name, value):
        getattr(self.dut, name).value = int(value)

    async def tick(self):
        await FallingEdge(self.dut.clk)


@cocotb.test()
async def run_job(dut):
    jobs = json.loads(Path(os.environ["ACCEL_COSIM_JOB"]).read_text())
    cocotb.start_soon(Clock(dut.clk, 10, unit="ns").start(start_high=False))
    for name in ("start", "imem_we", "imem_addr", "imem_data", "mem_rd_ready", "mem_rd_data_valid",
                 "mem_rd_data", "mem_wr_ready", "ctr_sel"):
        getattr(dut, name).value = 0
    dut.rst.value = 1
    await FallingEdge(dut.clk)
    await FallingEdge(dut.clk)
    dut.rst.value = 0
    await FallingEdge(dut.clk)
    for job in jobs:   # several programs on one accelerator, one after the other
        prog = Program.load(job["program"])
        images = np.load(job["images"])
        try:
            run = await run_program(CocotbHarness(dut), prog, images, job["dram_latency"],
                                    max_cycles=job["max_cycles"])
        except Exception as e:  # the parent re-raises it with its own type and message
            Path(job["report"]).write_text(json.dumps({"error": str(e), "kind": type(e).__name__}))
            raise
        Path(job["report"]).write_text(json.dumps({
            "scores": run.scores.tolist(), "counters": run.counters,
            "measured_cycles": run.measured_cycles}))
