"""The Pareto report of a sweep: frames/s (more is better) against hardware cost and
energy per inference (less is better), per network.

Hardware cost is the most direct figure the sweep measured: LUTs placed and routed
(``build`` level), else LUTs after synthesis (``synth``: a lower bound), else at the
``model`` level the array's MACs per cycle (``rows x cols x elements per word``: no
LUT figure exists without synthesis, and the array is what LUTs mostly pay for).
Frames/s are at the config's clock; with the build level a design that misses its
clock is left out of the front.
"""

from __future__ import annotations

import numpy as np

__all__ = ["pareto_mask", "cost_axis", "front", "pareto_figure", "COST_LABELS"]

COST_LABELS = {"luts": "LUTs (place and route)", "synth_luts": "LUTs (synthesis)",
               "array_macs": "array MACs per cycle (model level)"}


def pareto_mask(values: np.ndarray, senses) -> np.ndarray:
    """Which rows of ``values`` (``(n, k)``) no other row dominates: at least as good in
    every column (``senses[j]`` is "max" or "min") and better in one."""
    v = np.asarray(values, float).copy()
    if v.ndim != 2 or v.shape[1] != len(senses):
        raise ValueError(f"values must be (n, {len(senses)}), not {v.shape}")
    for j, s in enumerate(senses):
        if s == "max":
            v[:, j] = -v[:, j]
        elif s != "min":
            raise ValueError(f"sense {s!r} is not 'max' or 'min'")
    n = len(v)
    keep = np.ones(n, bool)
    for i in range(n):
        le = np.all(v <= v[i], axis=1)
        lt = np.any(v < v[i], axis=1)
        keep[i] = not np.any(le & lt)
    return keep


def cost_axis(records) -> str:
    """The cost metric of these records (module docstring)."""
    for key in ("luts", "synth_luts"):
        if any(r["metrics"].get(key) is not None for r in records):
            return key
    return "array_macs"


def _eligible(r: dict, cost: str) -> bool:
    m = r["metrics"]
    if r["status"] != "ok" or m.get("frames_per_s") is None or m.get(cost) is None:
        return False
    return m.get("meets_timing") is not False


def front(records, network: str) -> tuple[list[dict], str]:
    """``(rows, cost)``: ``network``'s finished trials that have the three figures,
    fastest first, each with ``pareto`` True when nothing else is as fast, as cheap
    and as frugal and better in one."""
    recs = [r for r in records if r.get("network") == network]
    cost = cost_axis(recs)
    recs = [r for r in recs if _eligible(r, cost)]
    if not recs:
        return [], cost
    vals = np.array([[r["metrics"]["frames_per_s"], r["metrics"][cost],
                      r["metrics"]["energy_uj"]] for r in recs])
    mask = pareto_mask(vals, ("max", "min", "min"))
    rows = [dict(r, pareto=bool(k)) for r, k in zip(recs, mask)]
    rows.sort(key=lambda r: -r["metrics"]["frames_per_s"])
    return rows, cost


def pareto_figure(rows: list[dict], cost: str, network: str, path, *, reference=None) -> None:
    """Two panels: frames/s against ``cost`` coloured by energy, and frames/s against
    energy; the Pareto front drawn in red.  ``reference`` = ``(label, frames/s, cost,
    energy)`` marks a design to compare with (a shipped preset)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker
    fps = np.array([r["metrics"]["frames_per_s"] for r in rows])
    c = np.array([r["metrics"][cost] for r in rows])
    e = np.array([r["metrics"]["energy_uj"] for r in rows])
    on = np.array([r["pareto"] for r in rows])
    fig, ax = plt.subplots(1, 2, figsize=(11, 4.3))

    def wide(v):       # log axes for data over more than a decade
        v = v[v > 0]
        return len(v) > 0 and v.max() > 10 * v.min()
    norm = matplotlib.colors.LogNorm() if wide(e) else None
    sc = ax[0].scatter(c, fps, c=e, cmap="viridis", s=14, norm=norm)
    fig.colorbar(sc, ax=ax[0], label="energy per inference (uJ)")
    ax[1].scatter(e, fps, s=12, color="0.6", label="trials")
    for a, x in ((ax[0], c), (ax[1], e)):
        a.scatter(x[on], fps[on], s=40, facecolors="none", edgecolors="red",
                  label=f"Pareto front ({int(on.sum())})")
        if wide(x):
            a.set_xscale("log")
            a.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
        if wide(fps):
            a.set_yscale("log")
        a.set_ylabel("frames/s")
        a.grid(True, which="both", alpha=0.3)
    if 0 < on.sum() <= 12:       # few enough to name: the varied fields' values
        keys = list(rows[0]["point"])
        for r, x, y in zip(rows, c, fps):
            if r["pareto"]:
                ax[0].annotate("/".join(str(r["point"].get(k)) for k in keys), (x, y),
                               fontsize=7, xytext=(4, -9), textcoords="offset points")
        ax[0].set_title("labels: " + " / ".join(keys), fontsize=8)
        ax[0].margins(x=0.15)
    if reference is not None:
        label, rf, rc, re_ = reference
        ax[0].scatter([rc], [rf], marker="*", s=160, color="orange", label=label, zorder=3)
        ax[1].scatter([re_], [rf], marker="*", s=160, color="orange", label=label, zorder=3)
    ax[0].set_xlabel(COST_LABELS[cost])
    ax[1].set_xlabel("energy per inference (uJ)")
    for a in ax:
        a.legend(loc="lower right", fontsize=8)
    fig.suptitle(f"accel sweep: {network} ({len(rows)} configurations)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
