"""One trial of a sweep: a configuration and a network, evaluated level by level.

`evaluate` runs in a Ray worker (or directly, in tests).  The cheap levels prune the
expensive ones: a network the compiler refuses for the config stops at ``model``
("refused"); a design whose synthesis already needs more of a resource than the
board offers less the margin stops at ``synth`` ("pruned": synthesis counts are lower
bounds on what place and route uses, so nothing that would fit is pruned), and one
place and route cannot fit stops at ``build`` ("pruned").  Synthesis and build
results depend on the hardware only, so the trials of every network share them
(`hardware_key`, a folder per design under the sweep's output, locked while in use).
"""

from __future__ import annotations

import hashlib
import json
import time
import traceback
from pathlib import Path

import numpy as np

from ..config import AccelConfig, ConfigError
from .spec import NetworkSpec, SweepSpec, config_of

__all__ = ["evaluate", "hardware_key", "load_network", "Refused", "Pruned",
           "MODEL_METRICS", "SYNTH_METRICS", "BUILD_METRICS", "COSIM_METRICS"]

#: What each level adds to a trial's metrics
MODEL_METRICS = ("instructions", "batch", "cycles_per_inference", "frames_per_s", "energy_uj",
                 "utilization", "dram_bytes", "array_macs", "buffer_kbit", "compile_s", "model_s")
SYNTH_METRICS = ("synth_luts", "synth_ffs", "synth_brams", "synth_dsps", "synth_s")
BUILD_METRICS = ("luts", "ffs", "brams", "dsps", "fmax_mhz", "meets_timing", "fits_margin",
                 "frames_per_s_at_fmax", "build_s")
COSIM_METRICS = ("cosim_equal", "cosim_images", "cosim_s")
LEVEL_METRICS = {"model": MODEL_METRICS, "synth": SYNTH_METRICS, "build": BUILD_METRICS,
                 "cosim": COSIM_METRICS}


class Refused(Exception):
    """The config is impossible, or the compiler refuses the network on it."""


class Pruned(Exception):
    """A level shows the design cannot fit the board (so dearer levels are skipped):
    ``over`` names the resources it needs too much of, ``metrics`` what it measured."""

    def __init__(self, *args, over=(), metrics=None):
        super().__init__(*args)
        self.over = list(over)
        self.metrics = metrics or {}


_NETWORKS: dict = {}


def load_network(net: NetworkSpec):
    """``(model or QONNX path, example input)`` for `accel.compile`, built once per
    process: a builder's network with seeded random weights and batch norm statistics
    calibrated on random 8-bit images, a checkpoint's, or a QONNX file's path."""
    if net in _NETWORKS:
        return _NETWORKS[net]
    import torch
    if net.kind == "builder":
        from ..models import ARCHS, IMAGE_SHAPES, calibrate_batchnorm
        torch.manual_seed(net.seed)
        model = ARCHS[net.builder](**dict(net.kwargs))
        shape = IMAGE_SHAPES[net.builder]
        rng = np.random.default_rng(net.seed)
        model = calibrate_batchnorm(model, rng.integers(0, 256, (256, *shape)))
        got = (model, torch.zeros((1, *shape)))
    elif net.kind == "checkpoint":
        from ..models import load_checkpoint
        model, ck = load_checkpoint(net.path)
        got = (model, torch.zeros((1, *ck["image_shape"])))
    else:
        got = (net.path, None)
    _NETWORKS[net] = got
    return got


def hardware_key(spec: SweepSpec, cfg: AccelConfig) -> str:
    """Identity of a board design: the board, the accelerator's hardware and its clock
    (the PLL and the timing constraint)."""
    what = {"board": spec.board, "hardware": cfg.hardware_dict(), "clock_mhz": cfg.clock_mhz}
    return hashlib.sha256(json.dumps(what, sort_keys=True).encode()).hexdigest()[:16]


def _cached(folder: Path, name: str, compute, stale=None):
    """``compute()``'s JSON result, kept in ``folder/name`` for the next trial of the
    same design (a pruning too, so that it is not rerun by each network); one trial at
    a time computes it, the others wait for the folder's lock and read it.  A kept
    result that ``stale(result)`` calls stale is computed again."""
    from ..outputs import folder_lock, json_text, write_atomic
    with folder_lock(folder):
        f = folder / name
        got = json.loads(f.read_text()) if f.exists() else None
        if got is None or (stale is not None and stale(got)):
            try:
                got = {"ok": compute()}
            except Pruned as e:
                got = {"pruned": e.args[0], "over": e.over}
                if len(e.args) > 1:             # stopped after this many seconds
                    got["timeout"] = e.args[1]
            write_atomic(f, json_text(got).encode())
    if "pruned" in got:
        raise Pruned(got["pruned"], over=got.get("over", ()))
    return got["ok"]


def _board(spec: SweepSpec, cfg: AccelConfig):
    import dataclasses
    from ..board.boards import board
    return dataclasses.replace(board(spec.board), override=cfg)


def _budget(spec: SweepSpec, used: dict, capacity: dict, what: str, metrics=None) -> None:
    """`Pruned` if any resource ``used`` exceeds the capacity less the margin (naming
    the first, listing all in ``over``)."""
    keep = 1 - spec.margin
    over = [k for k, n in used.items() if capacity.get(k) and n > keep * capacity[k]]
    if over:
        k = over[0]
        raise Pruned(f"{what} needs {used[k]:,.0f} {k}, more than {100 * keep:.0f} % of the "
                     f"{capacity[k]:,} on {spec.board}", over=over, metrics=metrics)


def planned_minimum(cfg: AccelConfig) -> dict:
    """Resources the design needs at least, by construction, before any synthesis:
    with ``plane_dsp`` one multiplier block per PE (`accel.hdl.dsp`).  A lower bound
    used only to skip synthesizing what cannot fit; the committed ULX3S build has 65
    MULT18X18D for its 64 PEs."""
    return {"dsps": cfg.rows * cfg.cols if cfg.plane_dsp else 0}


def _model(spec, cfg, batch, net) -> tuple[dict, object]:
    from ..compiler import CompileError, compile as accel_compile
    from ..model import costs
    model, example = load_network(net)
    t0 = time.perf_counter()
    try:
        prog = accel_compile(model, example, cfg, batch=batch)
    except CompileError as e:
        raise Refused(str(e)) from None
    t1 = time.perf_counter()
    c = costs(prog)
    t2 = time.perf_counter()
    bits = sum(cfg.buffer_bits(b) for b in ("act", "weight", "thresh", "out"))
    return dict(instructions=c.instructions, batch=c.batch,
                cycles_per_inference=c.cycles_per_inference,
                frames_per_s=c.inferences_per_second, energy_uj=c.energy_pj_per_inference / 1e6,
                utilization=c.utilization, dram_bytes=sum(l.dram_bytes for l in c.layers),
                array_macs=cfg.rows * cfg.cols * cfg.elems_per_word,
                buffer_kbit=bits / 1024, compile_s=round(t1 - t0, 4),
                model_s=round(t2 - t1, 4)), prog


def _synth(spec, cfg, folder: Path) -> dict:
    from ..board.build import synth_board
    b = _board(spec, cfg)
    _budget(spec, planned_minimum(cfg), b.capacity or {},
            "the design (one multiplier per PE, before synthesis)")

    def run():
        r = synth_board(b, folder)
        return {k: r[k] for k in ("luts", "ffs", "brams", "dsps", "capacity", "seconds")}
    r = _cached(folder, "synth.json", run)
    m = dict(synth_luts=r["luts"], synth_ffs=r["ffs"], synth_brams=r["brams"],
             synth_dsps=r["dsps"], synth_s=r["seconds"])
    _budget(spec, {k: r[k] for k in ("luts", "ffs", "brams", "dsps")}, r["capacity"],
            "synthesis (a lower bound on place and route)", metrics=m)
    return m


def _build(spec, cfg, folder: Path, cycles: float, seed: int | None = None) -> dict:
    from ..board.build import BuildTimeout, FitError, build_board
    timeout = None if spec.build_timeout_min is None else 60 * spec.build_timeout_min

    def run():
        try:
            r = build_board(_board(spec, cfg), folder, pnr_timeout=timeout, seed=seed)
        except FitError as e:
            raise Pruned(str(e)) from None
        except BuildTimeout as e:
            raise Pruned(str(e), timeout) from None
        return {k: r.get(k) for k in ("luts", "ffs", "brams", "dsps", "fmax_worst_mhz",
                                      "meets_timing", "total_seconds", "seed")}
    def stale(got):      # stopped by a shorter limit than this trial's
        t = got.get("timeout")
        return t is not None and (timeout is None or timeout > t)
    r = _cached(folder, "build.json", run, stale)
    keep = 1 - spec.margin
    fits = all(r[k]["used"] <= keep * r[k]["available"]
               for k in ("luts", "ffs", "brams", "dsps") if r.get(k) and r[k]["available"])
    f = r["fmax_worst_mhz"]
    return dict(luts=r["luts"]["used"], ffs=r["ffs"]["used"], brams=r["brams"]["used"],
                dsps=r["dsps"]["used"], fmax_mhz=f, meets_timing=r["meets_timing"],
                fits_margin=fits, frames_per_s_at_fmax=(f * 1e6 / cycles if f else None),
                build_s=r["total_seconds"], pnr_seed=r.get("seed"))


def _cosim(spec, prog, seed: int) -> dict:
    from ..cosim import run_cosim
    from ..hostio import random_images
    x = random_images(prog, spec.cosim_images, np.random.default_rng(seed))
    t0 = time.perf_counter()
    res = run_cosim(prog, x, spec.cosim_sim)     # the shared simulator cache (accel cosim's)
    return dict(cosim_equal=bool(res.ok), cosim_images=len(x),
                cosim_s=round(time.perf_counter() - t0, 1))


def evaluate(spec: SweepSpec, point: dict, network: str, out) -> dict:
    """Evaluate ``point`` (config fields, ``batch_tiles``, ``pnr_seed``) on ``network`` at the
    spec's levels; return the trial's record: ``status`` ("ok", "refused", "pruned" or
    "failed"), the ``level`` it ended at (its last, or the one that refused, pruned or
    failed it), ``metrics``, ``error`` and ``seconds``.
    Errors are caught and recorded: a sweep reports a failed trial, it does not stop."""
    t0 = time.perf_counter()
    net = spec.networks_by_name()[network]
    rec = {"network": network, "point": point, "status": "ok",
           "metrics": {}, "error": None}
    out = Path(out)
    stage = "model"
    try:
        try:
            cfg, batch = config_of(spec.base, point)
        except ConfigError as e:
            raise Refused(str(e)) from None
        rec["config_hash"] = cfg.hash
        m, prog = _model(spec, cfg, batch, net)
        rec["metrics"].update(m)
        hw = out / "hw" / hardware_key(spec, cfg)
        seed = point.get("pnr_seed")
        for stage in spec.levels[1:]:
            if stage == "synth":
                rec["metrics"].update(_synth(spec, cfg, hw))
            elif stage == "build":
                # a placer seed of the point's own: a folder of its own (synthesized again)
                at = hw if seed is None else hw.with_name(f"{hw.name}-seed{seed}")
                rec["metrics"].update(_build(spec, cfg, at, m["cycles_per_inference"], seed))
            else:
                rec["metrics"].update(_cosim(spec, prog, spec.seed))
    except Refused as e:
        rec.update(status="refused", error=str(e))
    except Pruned as e:
        rec.update(status="pruned", error=str(e), over=e.over)
        rec["metrics"].update(e.metrics)
    except Exception as e:              # a tool or a bug: recorded, not retried
        tb = traceback.format_exc().splitlines()[-8:]
        rec.update(status="failed", error=f"{type(e).__name__}: {e}", traceback=tb)
    # the level the trial ended at: its last, or the one that refused, pruned or failed it
    rec["level"] = stage
    rec["seconds"] = round(time.perf_counter() - t0, 3)
    return rec
