"""What ``accel sweep`` shows and writes: the live view while trials stream in, the
Pareto tables, ``summary.json`` and the Pareto figures."""

from __future__ import annotations

import json
import time
from pathlib import Path

from .evaluate import evaluate
from .pareto import COST_LABELS, front, pareto_figure
from .spec import OBJECTIVES, SweepSpec

__all__ = ["LiveView", "front_table", "summarize", "write_report", "RUNS"]

RUNS = "runs.jsonl"


def _fmt(v, key: str = "") -> str:
    if v is None:
        return "-"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float):
        if key == "utilization":
            return f"{100 * v:.1f} %"
        return f"{v:,.0f}" if abs(v) >= 100 else f"{v:.3g}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


class LiveView:
    """A rich live display: a progress bar over the trials (with how many were ok,
    refused, pruned, failed) and, per network, the best trial so far."""

    def __init__(self, spec: SweepSpec, console):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, \
            TimeElapsedColumn, TimeRemainingColumn
        self.spec, self.console = spec, console
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), TimeElapsedColumn(),
                                 TimeRemainingColumn(), console=console)
        self.task = None
        self.best: dict[str, dict] = {}
        self.live = None
        self.last = ""

    def start(self, run) -> None:
        from rich.live import Live
        self.task = self.progress.add_task(self._desc(run), total=run.planned,
                                           completed=run.done_before)
        self.live = Live(self._render(), console=self.console, refresh_per_second=4,
                         transient=False)
        self.live.start()

    def _desc(self, run) -> str:
        c = run.counts
        return (f"trials  ok {c['ok']}  refused {c['refused']}  pruned {c['pruned']}  "
                f"failed {c['failed']}")

    def record(self, rec: dict, run) -> None:
        obj = self.spec.objective
        v = rec["metrics"].get(obj) if rec["status"] == "ok" else None
        if v is not None:
            cur = self.best.get(rec["network"])
            better = (cur is None or (v > cur["metrics"][obj] if OBJECTIVES[obj] == "max"
                                      else v < cur["metrics"][obj]))
            if better:
                self.best[rec["network"]] = rec
        if rec["status"] == "failed":
            self.last = f"[red]failed[/red] {rec['network']} {rec['point']}: {rec['error']}"
        self.progress.update(self.task, description=self._desc(run), advance=1)
        self.live.update(self._render())

    def _render(self):
        from rich.console import Group
        from rich.table import Table
        t = Table(title=f"best {self.spec.objective} so far", title_justify="left")
        varied = [d.name for d in self.spec.space]
        for c in ("network", *varied, "frames/s", "energy uJ", "util."):
            t.add_column(c, justify="left" if c == "network" else "right")
        for net, r in self.best.items():
            m = r["metrics"]
            t.add_row(net, *(_fmt(r["point"].get(k)) for k in varied),
                      _fmt(m.get("frames_per_s")), _fmt(m.get("energy_uj")),
                      _fmt(m.get("utilization"), "utilization"))
        parts = [self.progress, t] + ([self.last] if self.last else [])
        return Group(*parts)

    def stop(self) -> None:
        if self.live is not None:
            self.live.stop()


def front_table(rows: list[dict], cost: str, varied: list[str], network: str, top: int):
    """The Pareto front of one network as a rich table (at most ``top`` rows)."""
    from rich.table import Table
    on = [r for r in rows if r["pareto"]]
    t = Table(title=f"{network}: Pareto front, {len(on)} of {len(rows)} configurations "
                    f"(frames/s vs {COST_LABELS[cost]} vs energy)", title_justify="left")
    cols = [*varied, "frames/s", cost, "energy uJ", "util.", "cycles/frame"]
    for c in cols:
        t.add_column(c, justify="right")
    for r in on[:top]:
        m = r["metrics"]
        t.add_row(*(_fmt(r["point"].get(k)) for k in varied), _fmt(m["frames_per_s"]),
                  _fmt(m[cost]), _fmt(m["energy_uj"]), _fmt(m.get("utilization"), "utilization"),
                  _fmt(m.get("cycles_per_inference")))
    return t


def _reference(spec: SweepSpec, network: str, folder: Path):
    """The base config on ``network`` at the model level, for the figure's star (only
    where the cost axis is the model's own)."""
    import dataclasses
    rec = evaluate(dataclasses.replace(spec, levels=("model",)), {}, network, folder)
    if rec["status"] != "ok":
        return None
    m = rec["metrics"]
    return (f"base: {spec.base.name}", m["frames_per_s"], m["array_macs"], m["energy_uj"])


def summarize(spec: SweepSpec, records: list[dict], folder: Path) -> dict:
    """``summary.json``'s content: counts, wall time over every run (resumes included),
    and per network the best trial by the objective and the Pareto front."""
    runs = []
    f = folder / RUNS
    if f.exists():
        runs = [json.loads(l) for l in f.read_text().splitlines() if l.strip()]
    counts: dict[str, int] = {}
    for r in records:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    obj, sense = spec.objective, OBJECTIVES[spec.objective]
    nets = {}
    for net in spec.networks:
        rows, cost = front(records, net.name)
        ok = [r for r in records if r["network"] == net.name and r["status"] == "ok"
              and r["metrics"].get(obj) is not None]
        best = (max if sense == "max" else min)(ok, key=lambda r: r["metrics"][obj]) if ok else None
        nets[net.name] = dict(
            trials=sum(r["network"] == net.name for r in records), ok=len(ok), cost_axis=cost,
            best={k: best[k] for k in ("key", "point", "metrics")} if best else None,
            pareto=[{k: r[k] for k in ("key", "point", "metrics")} for r in rows if r["pareto"]])
    return dict(source=spec.source, base=spec.base.name, levels=list(spec.levels),
                search=spec.search, objective=obj, trials=len(records), counts=counts,
                wall_seconds=round(sum(r["seconds"] for r in runs), 1),
                runs=runs, networks=nets)


def write_report(spec: SweepSpec, records: list[dict], folder: Path) -> dict:
    """Write ``summary.json`` and ``pareto-<network>.png`` into the sweep's folder
    (each atomically); return the summary."""
    import matplotlib
    matplotlib.use("Agg")
    from ..outputs import json_text, write_atomic
    summary = summarize(spec, records, folder)
    for net in spec.networks:
        rows, cost = front(records, net.name)
        if not rows:
            continue
        ref = _reference(spec, net.name, folder) if cost == "array_macs" else None
        path = folder / f"pareto-{net.name}.png"
        tmp = folder / f".pareto-{net.name}.tmp.png"
        pareto_figure(rows, cost, net.name, tmp, reference=ref)
        tmp.replace(path)
        summary["networks"][net.name]["figure"] = str(path)
    write_atomic(folder / "summary.json", json_text(summary).encode())
    return summary


def log_run(folder: Path, run) -> None:
    """Append one run's figures to ``runs.jsonl`` (the summary's wall time adds them)."""
    with open(folder / RUNS, "a") as f:
        f.write(json.dumps({**run.to_dict(), "run": getattr(run, "run_id", None),
                            "ended": time.strftime("%Y-%m-%dT%H:%M:%S")}) + "\n")
