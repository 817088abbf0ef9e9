"""A sweep's specification (``accel sweep SPEC.toml``): the space, the networks, the levels.

::

    [sweep]
    base = "ecp5-85f"           # preset or config TOML the varied fields start from
    levels = ["model"]          # model (always run), synth, build, cosim
    search = "random"           # grid | random | bayes
    samples = 200               # random, bayes: points per network
    seed = 0
    objective = "frames_per_s"  # bayes and fit: frames_per_s (max) or energy_uj (min)
    board = "ulx3s-85f"         # synth and build levels: the board built for
    margin = 0.1                # synth level: share of each resource kept free
    build_timeout_min = 45      # build level: place and route stopped after this long

    [space]                     # AccelConfig fields, batch_tiles (batch = tiles x rows) and
                                # pnr_seed (nextpnr's placer seed; default: the board's)
    rows = [1, 2, 4, 8]         # a list: grid axis, or random / bayes choice
    clock_mhz = {min = 50.0, max = 150.0}   # a range: random and bayes only

    [[network]]
    builder = "cnv"             # accel.models.ARCHS; or checkpoint = "x.pt"; or qonnx = "x.onnx"

Grid and random points are drawn here, seeded, so that a restarted sweep draws the same
ones and skips those it has finished (`point_key`).  Everything is checked on load; an
error names the file, the key and the value (`SweepError`).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np

from ..config import AccelConfig, ConfigError, PRESETS, preset, read_toml

__all__ = ["SweepError", "SweepSpec", "NetworkSpec", "Dimension", "LEVELS", "SEARCHES",
           "OBJECTIVES", "point_key", "config_of", "load_space"]

#: Evaluation levels, cheapest first.  ``model``: compile and cost on the golden model
#: (cycles, frames/s, energy, utilization); ``synth``: Yosys on the board's design
#: (LUTs, flip-flops, block RAMs, DSPs); ``build``: place and route (fmax, meets
#: timing); ``cosim``: a few images on the generated Verilog (outputs and cycles equal).
LEVELS = ("model", "synth", "build", "cosim")
SEARCHES = ("grid", "random", "bayes")
#: What a Bayesian search or `accel fit` optimises, and in which direction
OBJECTIVES = {"frames_per_s": "max", "energy_uj": "min"}
#: Space keys that are not AccelConfig fields, and their defaults: batch tiles per run
#: (batch = tiles x rows); nextpnr's placer seed at the build level (None: the board's,
#: `accel.board.boards.Board.seed`): place and route, and with it fmax, varies with it
EXTRA_KEYS = {"batch_tiles": 1, "pnr_seed": None}
#: The largest placer seed (nextpnr reads a signed 32-bit integer)
MAX_SEED = 2**31 - 1
#: Grid or random points a sweep may have per network
MAX_POINTS = 100_000
_SWEEP_KEYS = {"base", "levels", "search", "samples", "seed", "objective", "board", "margin",
               "cosim_images", "cosim_sim", "build_timeout_min"}
_FIELD_TYPES = {f.name: type(f.default) for f in fields(AccelConfig) if f.name != "name"}


class SweepError(ValueError):
    """A sweep specification (or a sweep's output folder) is unusable; the message
    names the file, the key and the value."""


@dataclass(frozen=True)
class Dimension:
    """One axis of the space: a list of ``values``, or a range ``lo..hi`` (integers
    when both ends are, ``log`` for a log-uniform draw) for random and Bayesian search."""
    name: str
    values: tuple | None = None
    lo: float | None = None
    hi: float | None = None
    log: bool = False

    @property
    def integer(self) -> bool:
        return isinstance(self.lo, int) and isinstance(self.hi, int)

    def sample(self, rng: np.random.Generator):
        if self.values is not None:
            return self.values[int(rng.integers(len(self.values)))]
        if self.integer:
            if self.log:
                v = math.exp(rng.uniform(math.log(self.lo), math.log(self.hi + 1)))
                return min(self.hi, int(v))
            return int(rng.integers(self.lo, self.hi + 1))
        if self.log:
            return float(math.exp(rng.uniform(math.log(self.lo), math.log(self.hi))))
        return float(rng.uniform(self.lo, self.hi))


@dataclass(frozen=True)
class NetworkSpec:
    """A network of the sweep: a builder of `accel.models.ARCHS` (random weights, seeded,
    batch norm calibrated on random images: cycles and energy do not depend on the
    values), a checkpoint (``.pt``) or a QONNX file (``.onnx``)."""
    name: str
    builder: str | None = None
    kwargs: tuple = ()             # sorted (key, value) pairs
    path: str | None = None        # checkpoint or QONNX file
    seed: int = 0

    @property
    def kind(self) -> str:
        if self.builder is not None:
            return "builder"
        return "qonnx" if self.path.lower().endswith(".onnx") else "checkpoint"

    def ident(self) -> str:
        """What the network is, for trial keys: the builder and its arguments, or the
        file's SHA-256 (a changed file is a new network)."""
        if self.builder is not None:
            return json.dumps({"builder": self.builder, "kwargs": dict(self.kwargs),
                               "seed": self.seed}, sort_keys=True)
        return "sha256:" + hashlib.sha256(Path(self.path).read_bytes()).hexdigest()


@dataclass(frozen=True)
class SweepSpec:
    """A parsed sweep specification (module docstring)."""
    base: AccelConfig
    space: tuple            # of Dimension
    networks: tuple         # of NetworkSpec
    levels: tuple = ("model",)
    search: str = "grid"
    samples: int | None = None
    seed: int = 0
    objective: str = "frames_per_s"
    board: str | None = None
    margin: float = 0.1
    cosim_images: int = 2
    cosim_sim: str = "verilator"
    source: str = "<spec>"
    #: place and route stopped after this many minutes (the design "pruned"); None: no limit
    build_timeout_min: float | None = None
    #: the points themselves, in place of the space's grid or draws (`accel fit`'s
    #: candidates at its synth and build levels)
    explicit: tuple | None = None

    # --- loading ------------------------------------------------------------------------
    @classmethod
    def load(cls, path) -> "SweepSpec":
        path = Path(path)
        if not path.exists():
            raise SweepError(f"{path}: no such sweep specification")
        data = read_toml(path, "a sweep specification", SweepError)
        return cls.from_dict(data, where=str(path), folder=path.parent)

    @classmethod
    def from_dict(cls, data: dict, where: str = "<spec>", folder=".") -> "SweepSpec":
        folder = Path(folder)

        def fail(msg):
            raise SweepError(f"{where}: {msg}")

        unknown = sorted(set(data) - {"sweep", "space", "network"})
        if unknown:
            fail(f"unknown table(s) {unknown}; a sweep has [sweep], [space] and [[network]]")
        sw = data.get("sweep", {})
        if not isinstance(sw, dict):
            fail("[sweep] must be a table")
        bad = sorted(set(sw) - _SWEEP_KEYS)
        if bad:
            fail(f"unknown [sweep] key(s) {bad}; known: {sorted(_SWEEP_KEYS)}")
        base = _base(sw.get("base", "default"), folder, fail)
        levels = sw.get("levels", ["model"])
        if not isinstance(levels, list) or not levels or any(l not in LEVELS for l in levels):
            fail(f"levels = {levels!r}: a list of {list(LEVELS)}")
        levels = tuple(l for l in LEVELS if l == "model" or l in levels)
        search = sw.get("search", "grid")
        if search not in SEARCHES:
            fail(f"search = {search!r} is not one of {list(SEARCHES)}")
        samples = sw.get("samples")
        if search == "grid" and samples is not None:
            fail("samples applies to random and bayes searches (a grid has all its points)")
        if search != "grid":
            if samples is None:
                fail(f"search = {search!r} needs samples (points per network)")
            if not _is_int(samples) or not 1 <= samples <= MAX_POINTS:
                fail(f"samples = {samples!r} must be an integer in 1..{MAX_POINTS:,}")
        seed = sw.get("seed", 0)
        if not _is_int(seed) or seed < 0:
            fail(f"seed = {seed!r} must be a non-negative integer")
        objective = sw.get("objective", "frames_per_s")
        if objective not in OBJECTIVES:
            fail(f"objective = {objective!r} is not one of {list(OBJECTIVES)}")
        board = sw.get("board")
        if board is not None:
            from ..board.boards import BOARDS
            if board not in BOARDS:
                fail(f"board = {board!r} is not one of {sorted(BOARDS)}")
        if board is None and ({"synth", "build"} & set(levels)):
            fail("the synth and build levels need a board (board = \"icebreaker\", ...)")
        margin = sw.get("margin", 0.1)
        if not isinstance(margin, (int, float)) or isinstance(margin, bool) \
                or not 0 <= margin < 1:
            fail(f"margin = {margin!r} must be a number in [0, 1)")
        cosim_images = sw.get("cosim_images", 2)
        if not _is_int(cosim_images) or not 1 <= cosim_images <= 64:
            fail(f"cosim_images = {cosim_images!r} must be an integer in 1..64")
        cosim_sim = sw.get("cosim_sim", "verilator")
        if cosim_sim not in ("verilator", "icarus"):
            fail(f"cosim_sim = {cosim_sim!r} is not 'verilator' or 'icarus'")
        timeout = sw.get("build_timeout_min")
        if timeout is not None and (not isinstance(timeout, (int, float))
                                    or isinstance(timeout, bool) or not 0 < timeout <= 10080):
            fail(f"build_timeout_min = {timeout!r} must be a number of minutes in (0, 10080]")
        space = _space(data.get("space", {}), search, fail)
        networks = _networks(data.get("network"), folder, fail)
        spec = cls(base, space, networks, levels, search, samples, seed, objective, board,
                   float(margin), cosim_images, cosim_sim, where, timeout)
        if search != "bayes":
            n = spec.grid_size() if search == "grid" else samples
            if n > MAX_POINTS:
                fail(f"the grid has {n:,} points, more than {MAX_POINTS:,}: use search = "
                     "\"random\" or \"bayes\" with samples")
        return spec

    # --- points -------------------------------------------------------------------------
    def grid_size(self) -> int:
        return math.prod(len(d.values) for d in self.space)

    def points(self) -> list[dict]:
        """The grid's points, or ``samples`` random ones (distinct where the space allows,
        drawn with ``seed``), or the ``explicit`` ones; Bayesian search draws its own
        (`accel.dse.sweep`)."""
        if self.explicit is not None:
            return [dict(p) for p in self.explicit]
        if self.search == "grid":
            names = [d.name for d in self.space]
            return [dict(zip(names, vs)) for vs in itertools.product(*(d.values for d in self.space))]
        if self.search != "random":
            raise SweepError(f"{self.source}: a {self.search} search draws its points as it goes")
        rng = np.random.default_rng(self.seed)
        finite = all(d.values is not None for d in self.space)
        if finite and self.grid_size() <= self.samples:
            return self._as_grid().points()
        out, seen = [], set()
        for _ in range(50 * self.samples):
            p = {d.name: d.sample(rng) for d in self.space}
            k = json.dumps(p, sort_keys=True)
            if k not in seen:
                seen.add(k)
                out.append(p)
                if len(out) == self.samples:
                    break
        return out

    def _as_grid(self) -> "SweepSpec":
        import dataclasses
        return dataclasses.replace(self, search="grid", samples=None)

    def networks_by_name(self) -> dict:
        return {n.name: n for n in self.networks}


def load_space(path) -> tuple:
    """The [space] table of a TOML file (a sweep spec, or just the table), as
    `Dimension`s: what ``accel fit --space`` searches (randomly: ranges allowed)."""
    path = Path(path)
    if not path.exists():
        raise SweepError(f"{path}: no such file")
    data = read_toml(path, "a sweep specification", SweepError)

    def fail(msg):
        raise SweepError(f"{path}: {msg}")
    return _space(data.get("space", {}), "random", fail)


def config_of(base: AccelConfig, point: dict) -> tuple[AccelConfig, int]:
    """The accelerator of ``point`` (``base`` with its fields replaced) and its batch;
    `ConfigError` if that config is impossible."""
    fields_ = {k: v for k, v in point.items() if k not in EXTRA_KEYS}
    cfg = base.replace(name="sweep", **fields_)
    return cfg, point.get("batch_tiles", EXTRA_KEYS["batch_tiles"]) * cfg.rows


def point_key(spec: SweepSpec, point: dict, network: NetworkSpec, ident: str) -> str:
    """A trial's identity: the whole config it builds (not just the varied fields), its
    batch, the network (``ident``), the levels and what they depend on.  A restarted
    sweep skips the trials whose keys it has finished."""
    try:
        cfg, batch = config_of(spec.base, point)
        what = {"config": {k: v for k, v in cfg.to_dict().items() if k != "name"},
                "batch": batch}
    except ConfigError:
        what = {"base": spec.base.to_dict(), "point": point}
    if point.get("pnr_seed") is not None:
        what["pnr_seed"] = point["pnr_seed"]
    what.update(network=ident, levels=list(spec.levels))
    if {"synth", "build"} & set(spec.levels):
        what.update(board=spec.board, margin=spec.margin)
    if "build" in spec.levels and spec.build_timeout_min is not None:
        what.update(build_timeout_min=spec.build_timeout_min)
    if "cosim" in spec.levels:
        what.update(cosim=[spec.cosim_images, spec.cosim_sim])
    return hashlib.sha256(json.dumps(what, sort_keys=True).encode()).hexdigest()[:20]


# --- parsing helpers ---------------------------------------------------------------------
def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _base(base, folder: Path, fail) -> AccelConfig:
    if not isinstance(base, str):
        fail(f"base = {base!r} must be a preset's name or a config file")
    if base in PRESETS:
        return preset(base)
    p = folder / base
    if base.endswith(".toml") and p.exists():
        try:
            return AccelConfig.load(p)
        except ConfigError as e:
            fail(f"base: {e}")
    fail(f"base = {base!r} is neither a preset ({sorted(PRESETS)}) nor a config file "
         f"(.toml, relative to the specification)")


def _value_ok(name: str, v) -> bool:
    t = _FIELD_TYPES.get(name, int)
    if t is bool:
        return isinstance(v, bool)
    if t is float:
        return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
    if t is int:
        return _is_int(v)
    return isinstance(v, t)


#: What a value of an `EXTRA_KEYS` key must be: (said in the error, test)
_EXTRA_RULES = {"batch_tiles": (" (batch_tiles: a positive integer)", lambda v: v >= 1),
                "pnr_seed": (f" (pnr_seed: an integer in 0..{MAX_SEED:,})",
                             lambda v: 0 <= v <= MAX_SEED)}


def _value_problem(name: str, v) -> str | None:
    """None if ``v`` is a value space key ``name`` takes, else why not (the error's end)."""
    what = f"is not a valid {_FIELD_TYPES.get(name, int).__name__}"
    if not _value_ok(name, v):
        return what
    rule = _EXTRA_RULES.get(name)
    return what + rule[0] if rule and not rule[1](v) else None


def _space(space, search: str, fail) -> tuple:
    if not isinstance(space, dict) or not space:
        fail("[space] must list at least one field to vary, e.g. rows = [1, 2, 4]")
    known = set(_FIELD_TYPES) | set(EXTRA_KEYS)
    dims = []
    for name, spec in space.items():
        if name not in known:
            fail(f"[space] {name}: not an AccelConfig field, batch_tiles or pnr_seed; known: "
                 f"{sorted(known)}")
        what = _FIELD_TYPES.get(name, int).__name__
        if isinstance(spec, list):
            if not spec:
                fail(f"[space] {name} = []: give at least one value")
            for v in spec:
                if problem := _value_problem(name, v):
                    fail(f"[space] {name}: value {v!r} {problem}")
            if len(set(map(repr, spec))) != len(spec):
                fail(f"[space] {name} = {spec!r} repeats a value")
            dims.append(Dimension(name, values=tuple(spec)))
        elif isinstance(spec, dict):
            bad = sorted(set(spec) - {"min", "max", "log"})
            if bad or "min" not in spec or "max" not in spec:
                fail(f"[space] {name} = {spec!r}: a range is {{min = .., max = .., log = "
                     "false}}")
            lo, hi, log = spec["min"], spec["max"], spec.get("log", False)
            if _FIELD_TYPES.get(name, int) in (bool, str):
                fail(f"[space] {name}: a {what} field takes a list of values, not a range")
            for v in (lo, hi):
                if problem := _value_problem(name, v):
                    fail(f"[space] {name}: range end {v!r} {problem}")
            if not lo < hi:
                fail(f"[space] {name}: min ({lo!r}) must be less than max ({hi!r})")
            if not isinstance(log, bool) or (log and lo <= 0):
                fail(f"[space] {name}: log = {log!r} needs true/false and min > 0")
            if search == "grid":
                fail(f"[space] {name} is a range: a grid search needs a list of values")
            dims.append(Dimension(name, lo=lo, hi=hi, log=log))
        else:
            fail(f"[space] {name} = {spec!r}: give a list of values or a range "
                 "{min = .., max = ..}")
    return tuple(dims)


def _networks(nets, folder: Path, fail) -> tuple:
    from ..models import ARCHS
    if not isinstance(nets, list) or not nets:
        fail("no [[network]]: give at least one (builder = \"cnv\", checkpoint = \"x.pt\" "
             "or qonnx = \"x.onnx\")")
    out, names = [], set()
    for i, n in enumerate(nets):
        at = f"[[network]] {i + 1}"
        if not isinstance(n, dict):
            fail(f"{at} must be a table")
        bad = sorted(set(n) - {"builder", "checkpoint", "qonnx", "name", "kwargs", "seed"})
        if bad:
            fail(f"{at}: unknown key(s) {bad}")
        given = [k for k in ("builder", "checkpoint", "qonnx") if k in n]
        if len(given) != 1:
            fail(f"{at}: give exactly one of builder, checkpoint, qonnx (got {given})")
        kind = given[0]
        seed = n.get("seed", 0)
        if not _is_int(seed) or seed < 0:
            fail(f"{at}: seed = {seed!r} must be a non-negative integer")
        kwargs = n.get("kwargs", {})
        if not isinstance(kwargs, dict):
            fail(f"{at}: kwargs must be a table")
        if kind == "builder":
            if n["builder"] not in ARCHS:
                fail(f"{at}: builder = {n['builder']!r} is not one of {sorted(ARCHS)}")
            import inspect
            try:
                inspect.signature(ARCHS[n["builder"]]).bind(**kwargs)
            except TypeError as e:
                fail(f"{at}: kwargs {kwargs!r} do not fit {n['builder']}(): {e}")
            spec = NetworkSpec(n.get("name", n["builder"]), builder=n["builder"],
                               kwargs=tuple(sorted(kwargs.items())), seed=seed)
        else:
            if kwargs:
                fail(f"{at}: kwargs apply to builders only")
            p = folder / str(n[kind])
            suffix = ".onnx" if kind == "qonnx" else ".pt"
            if not str(n[kind]).lower().endswith(suffix):
                fail(f"{at}: {kind} = {n[kind]!r} must be a {suffix} file")
            if not p.is_file():
                fail(f"{at}: {kind} file {p} does not exist")
            spec = NetworkSpec(n.get("name", p.stem), path=str(p.resolve()), seed=seed)
        if not isinstance(spec.name, str) or not spec.name:
            fail(f"{at}: name must be a non-empty string")
        if spec.name in names:
            fail(f"{at}: network name {spec.name!r} is used twice; give each a name")
        names.add(spec.name)
        out.append(spec)
    return tuple(out)
