"""Co-simulation soak: 1,000 random programs through the golden model and Verilator.

Random MLPs and conv BNNs (`accel.randnets`: sizes, input bits, windows 1x1 and 3x3,
strides, pad values +1 / -1 / none, max-pool, 2-bit maps, Bi-Real residual blocks,
GlobalSumPool2d, maps in row bands and spilled to DRAM) on five small accelerators
(`accel.cosim.soak.soak_plan`), 25 programs per simulator process.  Outputs, cycles
and every performance counter must be equal; prints the count per config, the
feature coverage, the differences (none expected) and the wall time.

    python benchmarks/cosim_soak.py                      # 1,000 programs, Verilator
    python benchmarks/cosim_soak.py --programs 100 --sim icarus --json soak.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--programs", type=int, default=1000)
    ap.add_argument("--sim", choices=("verilator", "icarus"), default="verilator")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--group", type=int, default=25, help="programs per simulator process")
    ap.add_argument("--json", metavar="PATH")
    args = ap.parse_args()
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, \
        TimeElapsedColumn, TimeRemainingColumn
    from rich.table import Table
    from accel.cosim.soak import soak
    con = Console()
    with Progress(TextColumn("co-simulating random programs"), BarColumn(),
                  MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
                  console=con) as bar:
        task = bar.add_task("", total=args.programs)
        rep = soak(args.programs, sim=args.sim, seed=args.seed, group=args.group,
                   progress=lambda done, total: bar.update(task, completed=done))
    t = Table(title=f"cosim soak: {rep.programs:,} programs, {rep.images:,} images on "
                    f"{args.sim}, {rep.seconds / 60:.1f} min")
    t.add_column("config (networks)")
    t.add_column("programs", justify="right")
    for k, v in rep.per_config.items():
        t.add_row(k, f"{v:,}")
    con.print(t)
    c = Table(title="features exercised (programs)")
    c.add_column("feature")
    c.add_column("programs", justify="right")
    for k, v in sorted(rep.coverage.items()):
        c.add_row(k, f"{v:,}")
    con.print(c)
    con.print(f"networks the compiler refused for their config, drawn again: {rep.refused}")
    for d in rep.differences:
        con.print(f"[red]DIFFERENCE[/red] on {d['config']} ({d['kind']}):\n{d['report']}")
    con.print(f"differences in outputs, cycles or counters: {len(rep.differences)}")
    if args.json:
        Path(args.json).write_text(json.dumps(rep.to_dict(), indent=2) + "\n")
    return 0 if rep.ok else 1


if __name__ == "__main__":
    sys.exit(main())
