"""LightNorm on the digits in PyTorch: accuracy with running statistics, and under an
input shift with frozen vs batch statistics (what on-device adaptation recovers).

    python benchmarks/lightnorm_adapt.py [--epochs 30] [--json out/lightnorm_adapt.json]

A binary MLP (8-bit pixels -> 256 -> 256 -> 10) with `accel.quant.LightNorm1d` in place
of batch norm, trained with `accel.train.train`.  The shifted split is the test split
with pixels scaled by 0.5 and offset by 40 (a dimmer, foggier camera), clipped to
0..255.  "Adapted" evaluates with the statistics of the whole shifted split as one
batch (`LightNorm1d.adapt = True`).
"""

import argparse
import json
from pathlib import Path

import numpy as np
import torch
from torch import nn

from accel.datasets import digits
from accel.quant import BinaryAct, BinaryLinear, LightNorm1d
from accel.train import accuracy, train


def lightnorm_mlp(hidden=256):
    return nn.Sequential(nn.Flatten(), BinaryLinear(64, hidden, in_bits=8), LightNorm1d(hidden),
                         BinaryAct(), BinaryLinear(hidden, hidden), LightNorm1d(hidden),
                         BinaryAct(), BinaryLinear(hidden, 10))


def shifted(x):
    return np.clip(np.round(x * 0.5 + 40), 0, 255).astype(np.float32)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--json", metavar="PATH")
    args = ap.parse_args()
    xtr, ytr, xte, yte = digits(seed=0)
    torch.manual_seed(0)
    m = lightnorm_mlp()
    train(m, xtr, ytr, epochs=args.epochs, lr=1e-2, progress=False)
    clean, _ = accuracy(m, xte, yte)
    frozen, _ = accuracy(m, shifted(xte), yte)
    for mod in m.modules():
        if isinstance(mod, LightNorm1d):
            mod.adapt = True
    adapted, _ = accuracy(m, shifted(xte), yte)
    recovered = (adapted - frozen) / (clean - frozen) if clean > frozen else float("nan")
    print(f"test accuracy (running statistics) {100 * clean:.2f} %")
    print(f"shifted split: frozen statistics {100 * frozen:.2f} %, batch statistics "
          f"{100 * adapted:.2f} % ({100 * recovered:.0f} % of the lost accuracy recovered)")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(dict(clean=clean, frozen=frozen, adapted=adapted,
                                                   recovered=recovered), indent=1))


if __name__ == "__main__":
    main()
