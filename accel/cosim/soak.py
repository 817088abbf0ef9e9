"""The co-simulation soak: many random programs through the golden model and the RTL.

`soak` draws random networks (`accel.randnets`) for several small accelerators,
compiles each (a network the compiler refuses for that accelerator is drawn again,
and counted), and co-simulates them in groups, one simulator process per group
(`run_cosim_many`): outputs, cycles and every counter must be equal.  Each program's
features are tallied (window sizes, strides, pad values, max-pool, n-bit maps,
residual blocks, LOOPs, row bands, spills) so a report shows what was covered.

`benchmarks/cosim_soak.py` runs 1,000 programs; `make test` runs a slice.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from ..isa import Opcode, PostMode
from ..program import Program

__all__ = ["SoakReport", "soak", "soak_plan", "features"]


def soak_plan() -> list:
    """What the soak draws: ``(config, share of the programs, "mlp" | "conv", job
    options)`` (a function, so importing this module builds no config)."""
    from ..randnets import BANDS_CONFIG, CONV_CONFIG, SMALL_CONFIGS
    return ([(c, 0.15, "mlp", {}) for c in SMALL_CONFIGS]
            + [(CONV_CONFIG, 0.25, "conv", {}), (CONV_CONFIG, 0.05, "mlp", {}),
               (BANDS_CONFIG, 0.25, "conv", {"min_side": 8, "max_side": 14})])


def features(prog: Program) -> set[str]:
    """What a program exercises, by name (for the soak's coverage table)."""
    f = set()
    for ins in prog.instrs:
        if ins.op == Opcode.GEMM:
            f.add(f"window {ins.kh}x{ins.kw}")
            if ins.planes > 1:
                f.add("multi-plane input")
        elif ins.op == Opcode.POST:
            if ins.shortcut:
                f.add("residual")
            if ins.mode == PostMode.OR:
                f.add("max-pool")
            if ins.mode == PostMode.THRESHOLD and ins.out_bits > 1:
                f.add("n-bit maps")
        elif ins.op == Opcode.LOOP:
            f.add("LOOP")
    for l in prog.layers:
        if l.op == "conv":
            f.add(f"stride {l.stride[0]}")
            if l.padding != (0, 0):
                f.add("padding")
        if l.input_bands > 1:
            f.add("row bands")
        if l.out_dram is not None:
            f.add("spill to DRAM")
    if prog.symbols.input.encoding == "sign bits":
        f.add("sign input")
    return f


@dataclass
class SoakReport:
    """Programs co-simulated, per config; those that differed (their descriptions);
    compile refusals redrawn; feature coverage; wall time."""
    programs: int = 0
    images: int = 0
    per_config: Counter = field(default_factory=Counter)
    differences: list = field(default_factory=list)
    refused: int = 0
    coverage: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    simulator: str = "verilator"

    @property
    def ok(self) -> bool:
        return not self.differences

    def to_dict(self) -> dict:
        return dict(programs=self.programs, images=self.images, simulator=self.simulator,
                    per_config=dict(self.per_config), differences=self.differences,
                    refused_and_redrawn=self.refused, coverage=dict(self.coverage),
                    seconds=self.seconds, ok=self.ok)


def _draw(kind, cfg, rng, seed, opts):
    from ..compiler import CompileError
    from ..randnets import random_conv_job, random_mlp_job
    try:
        if kind == "mlp":
            return random_mlp_job(cfg, rng, seed)
        return random_conv_job(cfg, rng, seed, **opts)
    except CompileError:
        return None


def soak(programs: int = 1000, *, sim: str = "verilator", seed: int = 0, group: int = 25,
         build_root=None, progress=None) -> SoakReport:
    """Co-simulate ``programs`` random programs (`soak_plan`'s configs and shares),
    ``group`` per simulator process; ``progress(done, total)`` after each group."""
    from . import run_cosim_many
    rng = np.random.default_rng(seed)
    rep = SoakReport(simulator=sim)
    t0 = time.perf_counter()
    plan = soak_plan()
    counts = [int(round(share * programs)) for _, share, _, _ in plan]
    counts[-1] += programs - sum(counts)
    k = 0
    for (cfg, _, kind, opts), n in zip(plan, counts):
        for lo in range(0, n, group):
            jobs = []
            while len(jobs) < min(group, n - lo):
                k += 1
                job = _draw(kind, cfg, rng, seed * 1_000_003 + k, opts)
                if job is None:
                    rep.refused += 1
                    continue
                jobs.append(job)
            results = run_cosim_many(jobs, sim, build_root=build_root,
                                     waves_on_mismatch=False)
            for (prog, x), r in zip(jobs, results):
                rep.programs += 1
                rep.images += len(x)
                rep.per_config[f"{cfg.name} ({kind})"] += 1
                rep.coverage.update(features(prog))
                if not r.ok:
                    rep.differences.append({"config": cfg.name, "kind": kind,
                                            "report": r.describe()})
            if progress is not None:
                progress(rep.programs, programs)
    rep.seconds = time.perf_counter() - t0
    return rep
