"""Simulated cycles per second: golden model vs Verilator, Icarus and Amaranth's simulator.

    python benchmarks/sim_speed.py [--preset ice40-up5k] [--images 20]

Runs the digits MLP topology of `accel demo` (64 -> 256 -> 256 -> 10; weights do not
change the cycle count) on the same test images everywhere.  The RTL figures are for
the full co-simulation loop (cocotb host + DRAM model driving the design every
cycle), which is how accel uses them; they include simulator start-up but not the
one-off Verilog generation and compilation (done first, untimed).
"""

import argparse
import time

import torch

import accel
from accel.cosim import run_cosim
from accel.cosim.amaranth_sim import run_amaranth
from accel.datasets import digits
from accel.models import digits_mlp


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--preset", default="ice40-up5k")
    ap.add_argument("--images", type=int, default=20)
    ap.add_argument("--amaranth-images", type=int, default=4)
    args = ap.parse_args()
    torch.manual_seed(0)
    model = digits_mlp().eval()
    _, _, xte, _ = digits()
    cfg = accel.preset(args.preset)
    prog = accel.compile(model, torch.as_tensor(xte[:1], dtype=torch.float32), cfg)
    x = xte[:args.images]
    rows = []
    reps = 20
    t = time.perf_counter()
    for _ in range(reps):
        res = accel.simulate(prog, x)
    t_model = (time.perf_counter() - t) / reps
    rows.append(("golden model", res.cycles, t_model))
    for sim in ("verilator", "icarus"):
        run_cosim(prog, x[:1], sim)                       # build (untimed)
        t = time.perf_counter()
        r = run_cosim(prog, x, sim)
        dt = time.perf_counter() - t
        assert r.ok, r.describe()
        rows.append((f"{sim} (cocotb)", r.rtl_cycles, dt))
    xa = x[:args.amaranth_images]
    t = time.perf_counter()
    run = run_amaranth(prog, xa)
    dt = time.perf_counter() - t
    rows.append(("amaranth sim", sum(run.measured_cycles), dt))
    model_rate = rows[0][1] / rows[0][2]
    print(f"digits MLP on {cfg.name} ({cfg.rows}x{cfg.cols} PEs x {cfg.lane_bits} lanes), "
          f"{len(prog.instrs)} instructions, batch {prog.batch}")
    print(f"{'simulator':<20}{'cycles':>12}{'wall s':>10}{'cycles/s':>14}{'model speed-up':>16}")
    for name, cyc, dt in rows:
        rate = cyc / dt
        print(f"{name:<20}{cyc:>12,}{dt:>10.3f}{rate:>14.3e}{model_rate / rate:>15.0f}x")


if __name__ == "__main__":
    main()
