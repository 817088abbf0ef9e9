"""FINN's CNV on the ecp5-85f preset: compile time, model time, frames/s, energy.

    python benchmarks/cnv_fps.py [--preset ecp5-85f] [--json out/cnv_fps.json]

CNV (REFERENCE.md: 3x3 convs 64, 64 | pool | 128, 128 | pool | 256, 256 | FC 512,
512, 10 on 32x32x3, 8-bit input, W1A1) with random weights and batch-norm statistics
calibrated on random images (cost does not depend on the values).  Prints the
per-layer table and the frames/s at the preset's clock next to FINN's published
figures (REFERENCE.md), with the LUT budget of each side.  Targets (issue 4): compile
< 5 s, one inference < 2 s on the model.
"""

import argparse
import json
import time
from pathlib import Path

import numpy as np
import torch

import accel
from accel.models import calibrate_batchnorm, cnv

#: (design, device, device LUTs, images/s) -- REFERENCE.md; LUTs from the device data
#: sheets (Zynq-7000: 6-input LUTs; ECP5: 4-input LUTs)
PUBLISHED = [
    ("FINN CNV-max (ZC706, 200 MHz)", "XC7Z045", "218,600 LUT6", 21906),
    ("BNN-PYNQ CNV W1A1 (PYNQ-Z1, 100 MHz)", "XC7Z020", "53,200 LUT6", 9150),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--preset", default="ecp5-85f")
    ap.add_argument("--json", metavar="PATH", help="write the figures as JSON")
    args = ap.parse_args()
    cfg = accel.preset(args.preset)

    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    model = calibrate_batchnorm(cnv(), rng.integers(0, 256, (256, 3, 32, 32)))
    x = rng.integers(0, 256, (1, 3, 32, 32)).astype(np.float32)

    t0 = time.perf_counter()
    prog = accel.compile(model, x, cfg)
    t_compile = time.perf_counter() - t0
    t0 = time.perf_counter()
    res = accel.simulate(prog, x)
    t_sim = time.perf_counter() - t0
    with torch.no_grad():
        want = model(torch.as_tensor(x)).numpy()
    exact = bool(np.array_equal(res.scores, want.round().astype(np.int64)))

    macs = sum(l.macs for l in prog.layers)
    fps = res.inferences_per_second
    print(f"CNV on {cfg.name}: {cfg.rows}x{cfg.cols} PEs x {cfg.lane_bits} lanes at "
          f"{cfg.clock_mhz:g} MHz, {len(prog.instrs)} instructions "
          f"(imem {cfg.imem_depth}), input in {prog.layers[0].input_bands} row bands")
    print(f"  compile {t_compile:.2f} s (target < 5 s); model, one inference "
          f"(one run of {prog.batch}) {t_sim:.2f} s (target < 2 s); torch == model: {exact}")
    print(f"  {res.cycles_per_inference:,.0f} cycles/frame -> {fps:,.0f} frames/s; "
          f"{res.energy_pj_per_inference / 1e6:.1f} uJ/frame; "
          f"{macs / 1e6:.1f} M MACs/frame -> {2 * macs * fps / 1e9:.1f} GOPS (1 MAC = 2 ops)")
    # the array's ceiling: every bit plane of every MAC on every PE lane, every cycle
    bit_macs = sum(l.planes * l.macs for l in prog.layers)
    per_cycle = cfg.rows * cfg.cols * cfg.lane_bits
    floor = bit_macs / per_cycle
    print(f"  ceiling: {bit_macs / 1e6:.1f} M binary MACs/frame (bit planes counted) / "
          f"{per_cycle:,} per cycle = {floor:,.0f} cycles/frame -> "
          f"{cfg.clock_mhz * 1e6 / floor:,.0f} frames/s at 100 % array utilization")
    print()
    print(f"{'layer':<30}{'MACs':>12}{'cycles':>10}{'util.':>8}{'DRAM bytes':>12}{'energy':>14}")
    for l in res.layers:
        print(f"{l.name:<30}{l.macs:>12,}{l.cycles:>10,.0f}"
              f"{100 * l.utilization:>7.1f}%{l.dram_bytes:>12,.0f}"
              f"{l.energy_pj / 1e3:>11,.1f} nJ")
    print()
    print(f"{'design':<40}{'device':>9}{'LUT budget':>15}{'images/s':>10}{'ratio':>8}")
    print(f"{'accel ' + cfg.name + ' (model, %g MHz)' % cfg.clock_mhz:<40}{'LFE5U-85F':>9}"
          f"{'83,640 LUT4':>15}{fps:>10,.0f}{1.0:>8.2f}")
    for name, dev, luts, ips in PUBLISHED:
        print(f"{name:<40}{dev:>9}{luts:>15}{ips:>10,}{ips / fps:>8.1f}")
    print("(ratio = images/s relative to accel.  FINN builds one pipeline stage per layer;"
          " accel runs the layers\n one after another on one array.  accel's clock and LUT"
          " count come from `accel build --board ulx3s-85f`\n (boards/reports/ulx3s-85f.json):"
          " the preset's clock_mhz is one that build meets.)")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(dict(
            preset=cfg.name, compile_s=t_compile, simulate_s=t_sim, exact=exact,
            instructions=len(prog.instrs), cycles_per_inference=res.cycles_per_inference,
            frames_per_second=fps, energy_pj_per_inference=res.energy_pj_per_inference,
            macs=macs, binary_macs=bit_macs, ceiling_cycles_per_frame=floor,
            layers=[l.to_dict() for l in res.layers],
            published={n: ips for n, _, _, ips in PUBLISHED}), indent=1))


if __name__ == "__main__":
    main()
