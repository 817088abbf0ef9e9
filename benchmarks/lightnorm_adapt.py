"""LightNorm on the digits in PyTorch: accuracy with running statistics, and under an
input shift with frozen vs batch statistics (what on-device adaptation recovers).

    python benchmarks/lightnorm_adapt.py [--epochs 30] [--json out/lightnorm_adapt.json]

A binary MLP (8-bit pixels -> 256 -> 256 -> 10) with `accel.quant.LightNorm1d` in place
of batch norm (`accel.models.digits_lightnorm`), trained with `accel.train.train`.  The
shifted split is the test split with pixels scaled by 0.5 and offset by 40 (a dimmer,
foggier camera), clipped to 0..255 (`accel.datasets.shifted`).  "Adapted" evaluates
with the statistics of each batch of ``--batch`` images (`LightNorm1d.adapt = True`),
as `accel demo --net lightnorm` runs it on the device.
"""

import argparse
import json
from pathlib import Path

import numpy as np
import torch

from accel.datasets import digits, shifted
from accel.models import RECIPES, digits_lightnorm
from accel.quant import LightNorm1d
from accel.train import accuracy, train


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=RECIPES["digits_lightnorm"]["epochs"])
    ap.add_argument("--batch", type=int, default=120,
                    help="images per batch of the adapted evaluation (default %(default)s)")
    ap.add_argument("--json", metavar="PATH")
    args = ap.parse_args()
    xtr, ytr, xte, yte = digits(seed=0)
    torch.manual_seed(0)
    m = digits_lightnorm()
    train(m, xtr, ytr, **dict(RECIPES["digits_lightnorm"], epochs=args.epochs), progress=False)
    clean, _ = accuracy(m, xte, yte)
    frozen, _ = accuracy(m, shifted(xte), yte)
    for mod in m.modules():
        if isinstance(mod, LightNorm1d):
            mod.adapt = True
    xs = shifted(xte).astype(np.float32)
    with torch.no_grad():
        out = np.concatenate([m(torch.as_tensor(xs[i:i + args.batch])).numpy()
                              for i in range(0, len(xs), args.batch)])
    adapted = float((out.argmax(axis=1) == yte).mean())
    recovered = (adapted - frozen) / (clean - frozen) if clean > frozen else float("nan")
    print(f"test accuracy (running statistics) {100 * clean:.2f} %")
    print(f"shifted split: frozen statistics {100 * frozen:.2f} %, batch statistics "
          f"{100 * adapted:.2f} % (batches of {args.batch}; {100 * recovered:.0f} % of the "
          "lost accuracy recovered)")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(dict(clean=clean, frozen=frozen, adapted=adapted,
                                                   recovered=recovered, batch=args.batch),
                                              indent=1))


if __name__ == "__main__":
    main()
