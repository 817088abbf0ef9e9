"""`accel fit --board B --net N`: the best accelerator for one network on one board,
found by a sweep whose cheap levels prune before the dear ones, and proven.

1. **model**: ``samples`` random configurations of the space (by default `default_space`,
   around the board's preset, at its clock) on the network; the ones it compiles for,
   best objective first, one per design.
2. **synth**: candidates in that order, ``cpus`` at a time, until ``synth`` of them fit
   the board less the margin by synthesis (a lower bound on place and route).  A
   candidate that needs more multipliers than that by construction is dropped before
   synthesis (`accel.dse.evaluate.planned_minimum`), and one at least as big as a
   design already found too large, in what sizes the resource it lacked, is skipped
   (`outgrows`).
3. **build**: the synthesized candidates in order, ``cpus`` at a time, at most
   ``builds``; the winner is the best-ranked one whose place and route fits the
   margin and meets its clock (place and route stopped after ``build_timeout_min``).
   If none meets its clock, the best that fits (by the objective at the fmax it
   reached) is built again at `RETIME_SHARES` of that fmax, ``cpus`` clocks at a time,
   until one meets its clock (``retime``).
4. **cosim**: the winner on the network, a few random images on Verilator: outputs
   and cycles equal to the model's.

Everything goes through `run_sweep` into one folder, so an interrupted fit resumes
where it stopped, and its records are a sweep's (``results.jsonl``).
"""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path

from ..config import AccelConfig
from .evaluate import hardware_key
from .spec import OBJECTIVES, Dimension, NetworkSpec, SweepError, SweepSpec, config_of, point_key
from .sweep import ResultStore, run_sweep

__all__ = ["fit", "default_space", "outgrows", "network_spec", "retime_clocks",
           "RETIME_SHARES"]

#: When no built candidate meets its clock, the best is built again at these shares of
#: the fmax it reached, rounded down to whole MHz, as many at once as there are CPUs,
#: until one meets its clock. Placement varies from build to build: the ULX3S CNV design
#: that reached 99.81 MHz at 100 reached 93.24 at 95.84, and at 89 did not route in 45
#: minutes.
RETIME_SHARES = (0.97, 0.9, 0.8)


def retime_clocks(fmax_mhz: float) -> list:
    """The clocks (MHz, fastest first, distinct) a design that reached ``fmax_mhz`` is
    built again at: `RETIME_SHARES` of it, rounded down to whole MHz."""
    return sorted({float(math.floor(k * fmax_mhz)) for k in RETIME_SHARES}, reverse=True)


def default_space(base: AccelConfig) -> tuple:
    """The space `fit` searches unless given one, around the board's preset (``base``),
    at the preset's clock (one its build meets): rows from 1 to twice the preset's (and
    1.5x), half to twice its columns, lanes, activation depth and instruction memory,
    a half to four times its weight depth (weights that stay resident save DRAM
    traffic), one or two batch tiles."""
    def around(v, lo=0.5, hi=2.0, floor=1, cap=65536):
        return tuple(sorted({max(floor, int(v * lo)), v, min(cap, int(v * hi))}))
    rows = {1, 2, base.rows, base.rows * 3 // 2, 2 * base.rows}
    return (
        Dimension("rows", values=tuple(sorted(r for r in rows if 1 <= r <= 256))),
        Dimension("cols", values=around(base.cols)),
        Dimension("lane_bits", values=around(base.lane_bits, floor=8, cap=512)),
        Dimension("act_depth", values=around(base.act_depth, floor=16)),
        Dimension("weight_depth", values=tuple(sorted(
            {max(16, base.weight_depth // 2)} | {min(65536, base.weight_depth * k)
                                                  for k in (1, 2, 4)}))),
        Dimension("imem_depth", values=around(base.imem_depth, lo=1.0)),
        Dimension("batch_tiles", values=(1, 2)),
    )


def network_spec(text: str) -> NetworkSpec:
    """``--net``: a builder's name (`accel.models.ARCHS`), a checkpoint (.pt) or a QONNX
    file (.onnx)."""
    from ..models import ARCHS
    if text in ARCHS:
        return NetworkSpec(text, builder=text)
    p = Path(text)
    if p.suffix.lower() in (".pt", ".onnx"):
        if not p.is_file():
            raise SweepError(f"--net {text}: no such file")
        return NetworkSpec(p.stem, path=str(p.resolve()))
    raise SweepError(f"--net {text!r} is neither a network builder ({sorted(ARCHS)}) nor a "
                     ".pt checkpoint or .onnx QONNX file")


#: The fields whose growth makes a design need more of a resource
_GROWS = {
    "luts": ("rows", "cols", "lane_bits", "pop_stages", "acc_bits", "act_bits_max",
             "counter_bits"),
    "brams": ("rows", "cols", "lane_bits", "act_depth", "weight_depth", "thresh_depth",
              "out_depth", "imem_depth", "acc_bits"),
}
_GROWS["ffs"] = _GROWS["luts"]


def outgrows(cfg: AccelConfig, too_big: AccelConfig, over=("luts", "ffs", "brams", "dsps")) -> bool:
    """True when ``cfg`` needs at least as much as ``too_big`` of one of the resources
    ``too_big`` had too much of (``over``): the same kind of PE, and at least as large
    in every field that sizes that resource (the array and its word for logic, the
    array and the buffers for block RAM, the PE count for DSPs with ``plane_dsp``)."""
    same = all(getattr(cfg, f) == getattr(too_big, f)
               for f in ("pe_kind", "elem_bits", "weight_bits", "esb_mantissa", "plane_dsp",
                         "conv", "lightnorm"))
    if not same:
        return False
    for res in over:
        if res == "dsps":
            if cfg.plane_dsp and cfg.rows * cfg.cols >= too_big.rows * too_big.cols:
                return True
        elif res in _GROWS and all(getattr(cfg, f) >= getattr(too_big, f) for f in _GROWS[res]):
            return True
    return False


def _keyed(spec: SweepSpec, store: ResultStore, points: list[dict], net: NetworkSpec) -> list:
    ident = net.ident()
    return [store.records.get(point_key(spec, p, net, ident)) for p in points]


def fit(board_name: str, net: NetworkSpec, folder, *, objective: str = "frames_per_s",
        margin: float = 0.3, space: tuple | None = None, samples: int = 300, seed: int = 0,
        synth: int = 4, builds: int = 2, build_timeout_min: float | None = 45.0,
        cosim_images: int = 2, cosim: bool = True, retime: bool = True, address=None,
        cpus=None, retry_failed: bool = False, on_record=None, log=print) -> dict:
    """Run the fit (module docstring) in ``folder``; return its summary: the winner (or
    None), the candidates each level saw and why each was dropped, and the board's
    preset on the same network for comparison.  ``log(text)`` reports progress."""
    from ..board.boards import board
    b = board(board_name)
    if not b.place_and_route:
        raise SweepError(f"--board {board_name}: there is no open place and route for it, so "
                         "no build can show that a configuration meets its clock; boards: "
                         "icebreaker, ulx3s-85f")
    base = b.config
    folder = Path(folder).resolve()
    spec = SweepSpec(base, space or default_space(base), (net,), ("model",), "random",
                     samples, seed, objective, board_name, margin, cosim_images,
                     source=f"accel fit --board {board_name} --net {net.name}",
                     build_timeout_min=build_timeout_min)
    run = lambda s: run_sweep(s, folder, address=address, cpus=cpus,  # noqa: E731
                              retry_failed=retry_failed, on_record=on_record)

    # 1. model
    run(spec)
    store = ResultStore(folder, spec)
    points = spec.points()
    recs = [r for r in _keyed(spec, store, points, net) if r and r["status"] == "ok"]
    recs.sort(key=lambda r: _rank(r, objective))
    seen, ranked = set(), []
    for r in recs:               # one per design: its best batch
        hk = hardware_key(spec, config_of(base, r["point"])[0])
        if hk not in seen:
            seen.add(hk)
            ranked.append(r)
    log(f"model: {len(points)} configurations, {len(recs)} compile for {net.name}, "
        f"{len(ranked)} designs ranked by {objective}")
    summary = {"board": board_name, "network": net.name, "objective": objective,
               "margin": margin, "folder": str(folder),
               "model": {"configurations": len(points), "compiled": len(recs),
                         "designs": len(ranked)}}

    # 2. synth
    from .sweep import _cpus, _init_ray
    _init_ray(address, cpus)               # (a resumed fit's model level did not start it)
    width = _cpus()
    s_spec = dataclasses.replace(spec, levels=("model", "synth"), search="grid", samples=None)
    passed, too_big, tried, skipped = [], [], [], 0
    queue = list(ranked)
    while queue and len(passed) < synth:
        batch = []
        while queue and len(batch) < width:
            c = queue.pop(0)
            cfg = config_of(base, c["point"])[0]
            if any(outgrows(cfg, t, over) for t, over in too_big):
                skipped += 1
                continue
            batch.append(c)
        if not batch:
            break
        pts = [c["point"] for c in batch]
        run(dataclasses.replace(s_spec, explicit=tuple(pts)))
        store = ResultStore(folder, spec)
        for c, r in zip(batch, _keyed(s_spec, store, pts, net)):
            tried.append(r)
            if r["status"] == "ok":
                passed.append(r)
            elif r["status"] == "pruned":
                too_big.append((config_of(base, c["point"])[0], r.get("over") or
                                ("luts", "ffs", "brams", "dsps")))
        failed = sum(r["status"] == "failed" for r in tried)
        log(f"synth: {len(tried)} tried, {len(passed)} fit with {100 * margin:.0f} % "
            f"free, {len(too_big)} too large, {skipped} skipped (outgrow a too-large design)"
            + (f", {failed} failed (results.jsonl has their errors)" if failed else ""))
    passed.sort(key=lambda r: _rank(r, objective))
    # of candidates equally good by the objective, only the smallest is worth a build
    passed = [r for i, r in enumerate(passed)
              if i == 0 or r["metrics"][objective] != passed[i - 1]["metrics"][objective]]
    summary["synth"] = {"tried": len(tried), "fit": len(passed), "too_large": len(too_big),
                        "skipped": skipped,
                        "failed": sum(r["status"] == "failed" for r in tried),
                        "trials": [_brief(r) for r in tried]}

    # 3. build
    b_spec = dataclasses.replace(s_spec, levels=("model", "synth", "build"))
    built = []

    def build(pts):
        """Place and route ``pts`` at once; the first that fits the margin and meets
        its clock, or None."""
        run(dataclasses.replace(b_spec, explicit=tuple(pts)))
        done = _keyed(b_spec, ResultStore(folder, spec), pts, net)
        built.extend(done)
        return next((r for r in done if r["status"] == "ok" and r["metrics"].get("meets_timing")
                     and r["metrics"].get("fits_margin")), None)

    winner, queue = None, list(passed[:builds])
    while queue and winner is None:
        batch, queue = queue[:width], queue[width:]
        log(f"build: placing and routing {len(batch)} design(s) on {board_name}")
        winner = build([c["point"] for c in batch])
    # 3b. retime: nothing met its clock, so the best design that fits is built again at
    # lower clocks, fastest first, until one meets its clock (placement, and with it
    # fmax, varies from build to build)
    near = [r for r in built if r["status"] == "ok" and r["metrics"].get("fits_margin")
            and r["metrics"].get("fmax_mhz")]
    if winner is None and retime and near:
        at = "frames_per_s_at_fmax" if objective == "frames_per_s" else objective
        best = sorted(near, key=lambda r: _rank({**r, "metrics": {**r["metrics"], objective:
                                                                  r["metrics"][at]}},
                                                objective))[0]
        f = best["metrics"]["fmax_mhz"]
        clocks = retime_clocks(f)
        summary["retimed"] = {"from_mhz": f, "clocks_mhz": [], "point": best["point"]}
        for i in range(0, len(clocks), width):
            batch = clocks[i:i + width]
            log(f"build: none met its clock; the best reached {f:.2f} MHz: built again at "
                + ", ".join(f"{c:g}" for c in batch) + " MHz")
            summary["retimed"]["clocks_mhz"] += batch
            winner = build([{**best["point"], "clock_mhz": c} for c in batch])
            if winner is not None:
                summary["retimed"]["clock_mhz"] = winner["point"]["clock_mhz"]
                break
    summary["build"] = {"built": len(built), "trials": [_brief(r) for r in built]}

    # 4. cosim
    if winner is not None and cosim:
        c_spec = dataclasses.replace(spec, levels=("model", "cosim"), search="grid",
                                     samples=None, explicit=(winner["point"],))
        log(f"cosim: {cosim_images} images of {net.name} on Verilator")
        run(c_spec)
        store = ResultStore(folder, spec)
        crec = _keyed(c_spec, store, [winner["point"]], net)[0]
        summary["cosim"] = _brief(crec)
    summary["winner"] = _brief(winner) if winner else None
    if winner is not None:
        cfg = config_of(base, winner["point"])[0]
        summary["config"] = dataclasses.replace(cfg, name=f"fit-{board_name}-{net.name}").to_dict()
        summary["batch"] = winner["metrics"]["batch"]
        summary["build_report"] = str(folder / "hw" / hardware_key(spec, cfg) / "report_accel.json")
    summary["preset"] = _preset_figures(spec, net, folder, b)
    return summary


def _rank(r: dict, objective: str) -> tuple:
    """Sort key: the objective (best first), then the smaller design (on-chip buffers,
    instruction memory, array), which fits and routes more easily."""
    m = r["metrics"]
    v = m[objective] if OBJECTIVES[objective] == "min" else -m[objective]
    return (v, m["buffer_kbit"], r["point"].get("imem_depth", 0), m["array_macs"])


def _brief(r: dict | None) -> dict | None:
    if r is None:
        return None
    return {k: r.get(k) for k in ("key", "point", "status", "level", "metrics", "error")}


def _preset_figures(spec: SweepSpec, net: NetworkSpec, folder: Path, b) -> dict:
    """The board's preset on the network (model level) and, from its committed build
    report, at the fmax its build measured."""
    from .evaluate import evaluate
    rec = evaluate(dataclasses.replace(spec, levels=("model",)), {}, net.name, folder)
    out = {"preset": b.preset, "status": rec["status"], "error": rec["error"],
           "metrics": rec["metrics"]}
    report = Path(__file__).resolve().parents[2] / "boards" / "reports" / f"{b.name}.json"
    if report.exists() and rec["status"] == "ok":
        r = json.loads(report.read_text())
        if r.get("config_hash") == spec.base.hash and r.get("fmax_worst_mhz"):
            f = r["fmax_worst_mhz"]
            out.update(report=str(report), fmax_mhz=f, luts=r["luts"]["used"],
                       frames_per_s_at_fmax=f * 1e6 / rec["metrics"]["cycles_per_inference"])
    return out
