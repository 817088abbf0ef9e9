"""Co-simulation of a board: `accel.host` over the UART pins of the board core's Verilog.

`run_board_cosim` generates `accel.board.core.BoardCore` (the accelerator, its on-chip
memory standing in for DRAM and the UART host link), runs the cocotb bench
`accel.cosim.board_bench` on it, and compares the scores and counters the host read
back over the link with `accel.simulate`.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..model import simulate
from ..program import Program, ProgramError
from ..outputs import folder_lock
from . import DEFAULT_BUILD_ROOT, _compile, counter_diffs, toolchain_env
from .errors import CosimError

__all__ = ["BoardCosimResult", "run_board_cosim", "BOARD_TOP"]

BOARD_TOP = "board_top"


@dataclass
class BoardCosimResult:
    images: int
    mismatches: int
    model_cycles: int
    rtl_cycles: int
    counter_diffs: dict = field(default_factory=dict)
    bad_input: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return (self.mismatches == 0 and not self.counter_diffs
                and self.model_cycles == self.rtl_cycles and all(self.bad_input.values()))

    def to_dict(self) -> dict:
        return dict(images=self.images, mismatches=self.mismatches,
                    model_cycles=self.model_cycles, rtl_cycles=self.rtl_cycles,
                    counter_diffs=self.counter_diffs, bad_input=self.bad_input, ok=self.ok)


def run_board_cosim(prog: Program, images, sim: str = "verilator", *, mem_bytes: int = 64 * 1024,
                    divisor: int = 4, bad_input: bool = True, build_root=None) -> BoardCosimResult:
    """Run ``prog`` through the UART link of the board core of ``prog.config``."""
    from amaranth.back import verilog
    from ..board.core import BoardCore
    cfg = prog.config
    images = np.asarray(images)
    toolchain_env(sim)
    root = Path(build_root) if build_root else DEFAULT_BUILD_ROOT
    d = (root / f"board-{cfg.name}-{cfg.hash[:12]}-m{mem_bytes}-d{divisor}" / sim).resolve()
    with folder_lock(d):
        v = d / f"{BOARD_TOP}.v"
        text = verilog.convert(BoardCore(cfg, mem_bytes=mem_bytes, divisor=divisor),
                               name=BOARD_TOP, emit_src=False)
        if not v.exists() or v.read_text() != text:
            v.write_text(text)
        runner = _compile(sim, v, BOARD_TOP, d)
        with tempfile.TemporaryDirectory(dir=d) as tmp:
            tmp = Path(tmp)
            prog.save(tmp / "prog.accel")
            np.save(tmp / "images.npy", images)
            report = tmp / "report.json"
            job = tmp / "job.json"
            job.write_text(json.dumps({"program": str(tmp / "prog.accel"),
                                       "images": str(tmp / "images.npy"), "divisor": divisor,
                                       "bad_input": bad_input, "report": str(report)}))
            try:
                runner.test(test_module="accel.cosim.board_bench", hdl_toplevel=BOARD_TOP,
                            hdl_toplevel_lang="verilog", build_dir=d, test_dir=d,
                            extra_env={"ACCEL_BOARD_JOB": str(job)}, log_file=d / "run.log",
                            results_xml=str(tmp / "results.xml"))
            except SystemExit:
                pass
            if not report.exists():
                raise CosimError(f"the board bench wrote no report; see {d / 'run.log'}")
            rep = json.loads(report.read_text())
    if "error" in rep:
        kind = ProgramError if rep["kind"] == "ProgramError" else CosimError
        raise kind(rep["error"])
    res = simulate(prog, images)
    got = np.asarray(rep["scores"], np.int64)
    return BoardCosimResult(len(images), int((got != res.scores).sum()), res.cycles,
                            sum(c["cycles"] for c in rep["counters"]),
                            counter_diffs(cfg, res, rep["counters"]),
                            rep.get("bad_input", {}))
