"""`run_sweep`: a sweep's trials on Ray Tune, streamed to files, resumable.

The output folder holds

- ``results.jsonl``: one record per finished trial (`accel.dse.evaluate.evaluate`),
  appended and flushed as each arrives: the sweep's state.  A restart with the same
  folder reads it and runs only the trials whose keys (`accel.dse.spec.point_key`) it
  lacks, so a sweep killed at any moment resumes without re-running finished trials
  (a line torn by the kill is dropped and its trial run again).  Failed trials are
  not retried unless asked (``retry_failed``).
- ``results.csv``: the same records as a table, one column per varied field and
  metric, appended as they arrive.
- ``summary.json``, ``pareto-<network>.png``: written when the sweep ends
  (`accel.dse.pareto`).
- ``hw/<design>/``: synthesis and build folders shared by every network's trials of a
  design; ``cosim/``: Verilator builds; ``ray/``: Ray Tune's own trial logs.

Grid and random points are drawn by the spec (seeded); Ray Tune runs them, one task
per trial with its resources declared (`LEVEL_RESOURCES`).  A Bayesian search runs
Tune's Optuna searcher (TPE) per network, told the finished trials' objectives first.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from .evaluate import LEVEL_METRICS, evaluate
from .spec import OBJECTIVES, SweepError, SweepSpec, point_key

__all__ = ["run_sweep", "ResultStore", "SweepRun", "LEVEL_RESOURCES", "plan_trials",
           "objective_value"]

RESULTS, TABLE = "results.jsonl", "results.csv"
#: Resources a trial declares to Ray, by its deepest level: CPUs, and memory (bytes)
#: that the scheduler keeps free for it
LEVEL_RESOURCES = {"model": {"cpu": 1, "memory": 1 << 30},
                   "synth": {"cpu": 1, "memory": 3 << 30},
                   "build": {"cpu": 1, "memory": 4 << 30},
                   "cosim": {"cpu": 1, "memory": 3 << 30}}
STATUSES = ("ok", "refused", "pruned", "failed")


class ResultStore:
    """The records of a sweep's output folder (module docstring), read on open and
    appended to as trials finish."""

    def __init__(self, folder: Path, spec: SweepSpec):
        self.folder = Path(folder)
        self.spec = spec
        self.records: dict[str, dict] = {}
        self.torn = 0
        f = self.folder / RESULTS
        if f.exists():
            lines = f.read_bytes().split(b"\n")
            for i, line in enumerate(lines):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    key = rec["key"]
                except (ValueError, KeyError, TypeError):
                    if i >= len(lines) - 2:       # the last line, torn by a kill
                        self.torn += 1
                        continue
                    raise SweepError(f"{f}: line {i + 1} is not a trial record; the file is "
                                     "damaged (remove that line to resume)") from None
                self.records[key] = rec
        self.columns = self._columns()

    def _columns(self) -> list[str]:
        varied = [d.name for d in self.spec.space]
        metrics = [m for lvl in self.spec.levels for m in LEVEL_METRICS[lvl]]
        return ["key", "network", "status", "level", *varied, *metrics, "seconds", "run", "error"]

    def row(self, rec: dict) -> list:
        flat = {**rec, **rec.get("point", {}), **rec.get("metrics", {})}
        return ["" if flat.get(c) is None else flat.get(c) for c in self.columns]

    def open(self):
        """Rewrite the table from the records (dropping a torn line), then append."""
        self.folder.mkdir(parents=True, exist_ok=True)
        from ..outputs import write_atomic
        write_atomic(self.folder / RESULTS, b"".join(
            (json.dumps(r, sort_keys=True) + "\n").encode() for r in self.records.values()))
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(self.columns)
        for r in self.records.values():
            w.writerow(self.row(r))
        write_atomic(self.folder / TABLE, buf.getvalue().encode())

    def add(self, rec: dict) -> bool:
        """Record a finished trial (False if its key was already there)."""
        if rec["key"] in self.records and self.records[rec["key"]]["status"] != "failed":
            return False
        self.records[rec["key"]] = rec
        # opened per record (Tune pickles its callbacks, so the store keeps no handle)
        with open(self.folder / RESULTS, "a") as f:
            f.write(json.dumps(rec, sort_keys=True) + "\n")
            f.flush()
            os.fsync(f.fileno())
        with open(self.folder / TABLE, "a", newline="") as f:
            csv.writer(f).writerow(self.row(rec))
        return True


def objective_value(rec: dict, objective: str) -> float:
    """What the Bayesian searcher is told of a trial: its objective, or for a trial
    with none (refused, pruned, failed) the worst value (0 frames/s; 1e9 uJ).  Only
    the searcher sees this stand-in; the record keeps the real status."""
    v = rec.get("metrics", {}).get(objective) if rec.get("status") == "ok" else None
    if v is None:
        return 0.0 if OBJECTIVES[objective] == "max" else 1e9
    return float(v)


def plan_trials(spec: SweepSpec, store: ResultStore, retry_failed: bool = False):
    """``(pending, done)``: the grid or random trials still to run, as
    ``{"key", "point", "network"}``, and how many of the spec's are finished."""
    idents = {n.name: n.ident() for n in spec.networks}
    pending, done = [], 0
    for net in spec.networks:
        for p in spec.points():
            key = point_key(spec, p, net, idents[net.name])
            rec = store.records.get(key)
            if rec is not None and (rec["status"] != "failed" or not retry_failed):
                done += 1
                continue
            pending.append({"key": key, "point": p, "network": net.name})
    return pending, done


@dataclass
class SweepRun:
    """What one `run_sweep` call did."""
    folder: Path
    planned: int            # trials of the spec (bayes: samples per network)
    done_before: int        # finished before this run (resumed)
    ran: int = 0            # finished by this run
    repeats: int = 0        # points a Bayesian searcher proposed again (served from results)
    counts: dict = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    seconds: float = 0.0
    interrupted: bool = False

    def to_dict(self) -> dict:
        return dict(folder=str(self.folder), planned=self.planned, done_before=self.done_before,
                    ran=self.ran, repeats=self.repeats, counts=self.counts, seconds=round(self.seconds, 2),
                    interrupted=self.interrupted)


def _check_networks(spec: SweepSpec) -> None:
    """Load each checkpoint and QONNX network once here, so that a file that is not
    one is refused (naming it) rather than failing every trial."""
    from ..compiler import CompileError
    from ..models import CheckpointError
    from .evaluate import load_network
    for net in spec.networks:
        if net.kind == "checkpoint":
            try:
                load_network(net)
            except CheckpointError as e:
                raise SweepError(f"{spec.source}: network {net.name!r}: {e}") from None
        elif net.kind == "qonnx":
            from ..interop.qonnx_import import load_qonnx
            try:
                load_qonnx(net.path)
            except CompileError as e:
                raise SweepError(f"{spec.source}: network {net.name!r}: {e}") from None


def _init_ray(address: str | None, cpus: int | None) -> None:
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    os.environ.setdefault("RAY_AIR_NEW_OUTPUT", "0")
    os.environ.setdefault("RAY_DEDUP_LOGS", "0")
    import ray
    if ray.is_initialized():
        return
    for name in ("ray", "ray.tune", "ray.train"):
        logging.getLogger(name).setLevel(logging.ERROR)
    kw = dict(include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR,
              configure_logging=True)
    if address:
        ray.init(address=address, **kw)
    else:
        ray.init(num_cpus=cpus or os.cpu_count(), object_store_memory=256 << 20, **kw)


def _trainable(config, spec=None, out=None, network=None, prior=None):
    """One Tune trial: `evaluate` a point on a network (or each of a chunk of them, at
    the model level); each record goes back as JSON as soon as it is done."""
    from ray import tune
    if network is not None:                       # a Bayesian trial: the searcher's point
        point = {d.name: config[d.name] for d in spec.space}
        net = spec.networks_by_name()[network]
        key = point_key(spec, point, net, net.ident())
        rec = dict(prior[key]) if key in (prior or {}) else None     # proposed again
        jobs = [(point, network, key, rec)]
    else:
        jobs = [(t["point"], t["network"], t["key"], None) for t in config["trials"]]
    for point, network, key, rec in jobs:
        if rec is None:
            rec = evaluate(spec, point, network, out)
            rec["key"] = key
        tune.report({"record": json.dumps(rec),
                     "objective": objective_value(rec, spec.objective)})


#: Model-level trials run this many to a Ray task at most (each is milliseconds to a
#: second; a task costs Tune about half a second of bookkeeping)
MODEL_CHUNK = 16


def _chunks(pending: list, deepest: str, width: int) -> list:
    """``pending`` trials grouped for Ray tasks: one each above the model level; at it,
    up to `MODEL_CHUNK`, and at least four tasks per CPU while there are enough."""
    n = 1 if deepest != "model" else max(1, min(MODEL_CHUNK, len(pending) // (4 * width)))
    return [pending[i:i + n] for i in range(0, len(pending), n)]


def run_sweep(spec: SweepSpec, out, *, address: str | None = None, cpus: int | None = None,
              retry_failed: bool = False, on_record=None, on_start=None) -> SweepRun:
    """Run ``spec``'s trials not yet in ``out`` on Ray Tune; each finished record is
    appended to the folder and passed to ``on_record(rec, run)``; ``on_start(run)``
    is called once the plan is known.  Returns the `SweepRun`."""
    from ray import tune
    out = Path(out).resolve()
    _check_networks(spec)
    store = ResultStore(out, spec)
    if spec.search == "bayes":
        pending, done = None, _bayes_done(spec, store)
        planned = spec.samples * len(spec.networks)
    else:
        pending, done = plan_trials(spec, store, retry_failed)
        planned = len(pending) + done
    run = SweepRun(out, planned, done)
    run.run_id = time.strftime("%Y%m%d-%H%M%S")
    store.open()
    t0 = time.perf_counter()
    if on_start is not None:
        on_start(run)

    if (pending is None or pending) and planned > done:
        _init_ray(address, cpus)
        deepest = spec.levels[-1]
        common = dict(
            run_config=tune.RunConfig(
                storage_path=str(out / "ray"), name=f"run-{run.run_id}", verbose=0,
                callbacks=[_stream_callback(store, run, on_record)], failure_config=tune.FailureConfig(max_failures=0)),
        )
        names = dict(trial_name_creator=lambda t: f"trial_{t.trial_id}",
                     trial_dirname_creator=lambda t: f"trial_{t.trial_id}")
        try:
            if pending is not None:
                fn = tune.with_resources(tune.with_parameters(_trainable, spec=spec, out=str(out)),
                                         LEVEL_RESOURCES[deepest])
                chunks = _chunks(pending, deepest, _cpus())
                tune.Tuner(fn, param_space={"trials": tune.grid_search(chunks)},
                           tune_config=tune.TuneConfig(reuse_actors=True, **names),
                           **common).fit()
            else:
                _run_bayes(spec, store, out, deepest, names, common)
        except KeyboardInterrupt:
            run.interrupted = True
        # Tune ends an experiment early on Ctrl-C without raising
        run.interrupted |= run.done_before + run.ran + run.repeats < run.planned
    run.seconds = time.perf_counter() - t0
    return run


def _stream_callback(store: ResultStore, run: SweepRun, on_record):
    """A Tune callback that appends each finished trial's record to ``store``."""
    from ray import tune

    def add(rec):
        if store.add(rec):
            run.ran += 1
            run.counts[rec["status"]] += 1
            if on_record is not None:
                on_record(rec, run)
        else:
            run.repeats += 1

    class Stream(tune.Callback):
        # Tune pickles its callbacks into its experiment state (for its own restore,
        # which accel does not use: results.jsonl is the state); this one is not
        # pickled (`__reduce__`): its display and files stay with the driver
        def __reduce__(self):
            return (tune.Callback, ())

        def on_trial_result(self, iteration, trials, trial, result, **info):
            rec = json.loads(result["record"])
            rec["run"] = run.run_id
            add(rec)

        def on_trial_error(self, iteration, trials, trial, **info):
            # the worker died (out of memory, a crash): its trials not yet recorded are
            # recorded as failed, not retried
            for t in trial.config.get("trials", []):
                if t["key"] not in store.records:
                    add({"key": t["key"], "network": t["network"], "point": t["point"],
                         "status": "failed", "level": None, "metrics": {}, "seconds": None,
                         "error": f"the trial's worker failed: {trial.get_error()}"[:2000],
                         "run": run.run_id})
    return Stream()


def _bayes_done(spec: SweepSpec, store: ResultStore) -> int:
    return sum(min(spec.samples, len(_network_records(spec, store, n.name)))
               for n in spec.networks)


def _network_records(spec: SweepSpec, store: ResultStore, network: str) -> list[dict]:
    """The finished trials of this spec's Bayesian search on ``network``."""
    net = spec.networks_by_name()[network]
    ident, varied = net.ident(), {d.name for d in spec.space}
    return [r for r in store.records.values()
            if r.get("network") == network and set(r.get("point", {})) == varied
            and r["key"] == point_key(spec, r["point"], net, ident)]


def _tune_space(spec: SweepSpec) -> dict:
    from ray import tune
    space = {}
    for d in spec.space:
        if d.values is not None:
            space[d.name] = tune.choice(list(d.values))
        elif d.integer:
            space[d.name] = (tune.lograndint if d.log else tune.randint)(d.lo, d.hi + 1)
        else:
            space[d.name] = (tune.loguniform if d.log else tune.uniform)(d.lo, d.hi)
    return space


def _run_bayes(spec, store, out, deepest, names, common) -> None:
    """One Optuna (TPE) search per network, told the finished trials first."""
    from ray import tune
    from ray.tune.search import ConcurrencyLimiter
    from ray.tune.search.optuna import OptunaSearch
    import optuna
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    mode = OBJECTIVES[spec.objective]
    for net in spec.networks:
        prior = _network_records(spec, store, net.name)
        todo = spec.samples - len(prior)
        if todo <= 0:
            continue
        # seeded by how far the search is: a resumed search's random start-up trials
        # would otherwise draw the finished ones' points again
        searcher = OptunaSearch(
            metric="objective", mode=mode, seed=spec.seed + len(prior),
            points_to_evaluate=[r["point"] for r in prior] or None,
            evaluated_rewards=[objective_value(r, spec.objective) for r in prior] or None)
        searcher = ConcurrencyLimiter(searcher, max_concurrent=max(1, _cpus()))
        fn = tune.with_resources(
            tune.with_parameters(_trainable, spec=spec, out=str(out), network=net.name,
                                 prior={r["key"]: r for r in prior}),
            LEVEL_RESOURCES[deepest])
        tune.Tuner(fn, param_space=_tune_space(spec),
                   tune_config=tune.TuneConfig(search_alg=searcher, num_samples=todo,
                                               metric="objective", mode=mode,
                                               reuse_actors=True, **names),
                   **common).fit()


def _cpus() -> int:
    import ray
    return int(ray.cluster_resources().get("CPU", 1))
