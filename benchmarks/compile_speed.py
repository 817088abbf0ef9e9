"""Compile time of a 10-layer, 4096-wide binary MLP.

    python benchmarks/compile_speed.py [--width 4096] [--layers 10]

First layer: 784 8-bit inputs (MNIST-sized); then 4096-wide binary layers with
batch norm + sign; a 10-class final layer.  Target (issue 2): under 5 s.
"""

import argparse
import time

import numpy as np
import torch
from torch import nn

import accel
from accel.quant import BinaryAct, BinaryLinear


def build(width, layers, n_in=784):
    torch.manual_seed(0)
    mods, n = [], n_in
    for i in range(layers - 1):
        bn = nn.BatchNorm1d(width)
        with torch.no_grad():
            bn.running_mean.uniform_(-n / 8, n / 8)
            bn.running_var.uniform_(n / 4, n)
            bn.weight.uniform_(-1, 1)
        mods += [BinaryLinear(n, width, in_bits=8 if i == 0 else None), bn, BinaryAct()]
        n = width
    mods.append(BinaryLinear(n, 10))
    return nn.Sequential(*mods).eval()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--width", type=int, default=4096)
    ap.add_argument("--layers", type=int, default=10)
    ap.add_argument("--preset", default="default")
    args = ap.parse_args()
    model = build(args.width, args.layers)
    cfg = accel.preset(args.preset)
    t = time.perf_counter()
    prog = accel.compile(model, torch.zeros(1, 784), cfg)
    dt = time.perf_counter() - t
    macs = sum(l.macs for l in prog.layers)
    print(f"{args.layers} layers, width {args.width}, {macs / 1e6:.1f} M MACs per image, "
          f"config {cfg.name}")
    print(f"compile: {dt:.2f} s  ({len(prog.instrs)} instructions, "
          f"{sum(len(s.data) for s in prog.segments) / 2**20:.1f} MiB DRAM image)  "
          f"target < 5 s: {'met' if dt < 5 else 'NOT met'}")
    t = time.perf_counter()
    x = np.random.default_rng(0).integers(0, 256, (cfg.rows, 784))
    res = accel.simulate(prog, x)
    t_sim = time.perf_counter() - t
    ref = model(torch.as_tensor(x, dtype=torch.float32)).detach().numpy()
    print(f"simulate one run of {cfg.rows}: {t_sim:.3f} s, "
          f"{res.cycles_per_inference:,.0f} cycles/inference, "
          f"{res.energy_pj_per_inference / 1e6:.2f} uJ/inference; "
          f"torch == model: {bool((res.scores == ref).all())}")


if __name__ == "__main__":
    main()
