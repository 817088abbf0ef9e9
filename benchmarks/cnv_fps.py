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

#: (design, device, LUTs, what they count, images/s) -- REFERENCE.md.  BNN-PYNQ's LUTs
#: are its build's (6-input); FINN CNV-max's are not published, so its device's total
#: stands in (a lower bound on frames/s per kLUT).  accel's are 4-input LUTs from its
#: own place and route (boards/reports/ulx3s-85f.json).
PUBLISHED = [
    ("FINN CNV-max (ZC706, 200 MHz)", "XC7Z045", 218_600, "LUT6 (device)", 21906),
    ("BNN-PYNQ CNV W1A1 (PYNQ-Z1, 100 MHz)", "XC7Z020", 26_072, "LUT6 (used)", 3038),
]
REPORT = Path(__file__).resolve().parent.parent / "boards" / "reports" / "ulx3s-85f.json"


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
    # the first layer's two ways of reading the image (`accel.compile(first_layer=...)`)
    direct = accel.simulate(accel.compile(model, x, cfg, first_layer="direct"), x)
    assert np.array_equal(direct.scores, res.scores)
    c_im, c_dir = res.layers[0], direct.layers[0]
    print(f"  conv0: im2col {c_im.cycles:,.0f} cycles, {c_im.dram_bytes:,.0f} DRAM bytes per "
          f"frame; direct (window walker over the image) {c_dir.cycles:,.0f} cycles, "
          f"{c_dir.dram_bytes:,.0f} bytes ({c_dir.cycles / c_im.cycles:.1f}x the cycles; "
          f"frame {direct.cycles_per_inference:,.0f} cycles)")
    print()
    print(f"{'layer':<30}{'MACs':>12}{'cycles':>10}{'util.':>8}{'DRAM bytes':>12}{'energy':>14}")
    for l in res.layers:
        print(f"{l.name:<30}{l.macs:>12,}{l.cycles:>10,.0f}"
              f"{100 * l.utilization:>7.1f}%{l.dram_bytes:>12,.0f}"
              f"{l.energy_pj / 1e3:>11,.1f} nJ")
    print()
    report = json.loads(REPORT.read_text()) if REPORT.exists() else {}
    mine = report["luts"]["used"] if report.get("preset") == cfg.name else None
    rows = [(f"accel {cfg.name} (model, {cfg.clock_mhz:g} MHz)", "LFE5U-85F", mine,
             "LUT4 (used)", fps)] + PUBLISHED
    print(f"{'design':<40}{'device':>9}{'LUTs':>9} {'counted':<14}{'images/s':>10}"
          f"{'/kLUT':>8}{'ratio':>7}")
    for name, dev, luts, what, ips in rows:
        per = f"{ips / (luts / 1000):8.1f}" if luts else f"{'-':>8}"
        print(f"{name:<40}{dev:>9}{(f'{luts:,}' if luts else '?'):>9} {what:<14}"
              f"{ips:>10,.0f}{per}{ips / fps:>7.2f}")
    print("(ratio = images/s relative to accel.  FINN builds one pipeline stage per layer;"
          " accel runs the layers\n one after another on one array.  accel's clock and LUT"
          " count come from `accel build --board ulx3s-85f`\n (boards/reports/ulx3s-85f.json):"
          " the preset's clock_mhz is one that build meets.  A LUT6 does more than a LUT4.)"
          if mine else
          "(ratio = images/s relative to accel.  No ULX3S report for the current RTL"
          " (boards/reports/ulx3s-85f.json):\n the preset's clock_mhz is its target, not"
          " a measured fmax; `accel build --board ulx3s-85f` measures it.)")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(dict(
            preset=cfg.name, compile_s=t_compile, simulate_s=t_sim, exact=exact,
            instructions=len(prog.instrs), cycles_per_inference=res.cycles_per_inference,
            frames_per_second=fps, energy_pj_per_inference=res.energy_pj_per_inference,
            macs=macs, binary_macs=bit_macs, ceiling_cycles_per_frame=floor,
            layers=[l.to_dict() for l in res.layers],
            conv0_direct=direct.layers[0].to_dict(),
            cycles_per_inference_direct=direct.cycles_per_inference,
            luts=mine, published={n: dict(luts=l, counted=w, images_per_s=ips)
                                  for n, _, l, w, ips in PUBLISHED}), indent=1))


if __name__ == "__main__":
    main()
