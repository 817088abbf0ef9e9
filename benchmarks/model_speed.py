"""Golden-model speed on a large binary layer vs a bare numpy XNOR-popcount loop.

    python benchmarks/model_speed.py [--size 4096] [--batch 64] [--repeat 3]

Prints binary MACs per second of wall time for `accel.simulate` (one core: numpy's
bitwise_count is single-threaded) and for the bare loop, and their ratio.  Target
(issue 2): >= 2e10 MAC/s and overhead < 2x over the bare loop.
"""

import argparse
import os
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import torch  # noqa: E402
from torch import nn  # noqa: E402

import accel  # noqa: E402
from accel.quant import BinaryAct, BinaryLinear  # noqa: E402


def bare_numpy(a, w, chunk=256):
    out = np.empty((a.shape[0], w.shape[0]), np.int64)
    for i in range(0, w.shape[0], chunk):
        out[:, i:i + chunk] = np.bitwise_count(a[:, None, :] ^ w[None, i:i + chunk, :]).sum(-1)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=4096)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    torch.set_num_threads(1)
    n, b = args.size, args.batch
    torch.manual_seed(0)
    model = nn.Sequential(BinaryAct(), BinaryLinear(n, n), nn.BatchNorm1d(n), BinaryAct(),
                          BinaryLinear(n, 16)).eval()
    # a big array keeps the per-instruction Python overhead small relative to the work
    cfg = accel.AccelConfig(name="bench-16x64", rows=16, cols=64, lane_bits=64,
                            weight_depth=4096, imem_depth=65536)
    prog = accel.compile(model, torch.zeros(1, n), cfg, batch=b)
    x = np.random.default_rng(0).normal(size=(b, n)).astype(np.float32)
    macs = b * n * n + b * n * 16
    t_model = min(_timed(lambda: accel.simulate(prog, x)) for _ in range(args.repeat))
    res = accel.simulate(prog, x)
    ref = model(torch.as_tensor(x)).detach().numpy()
    assert (res.scores == ref).all(), "model != torch"

    rng = np.random.default_rng(1)
    a = rng.integers(0, 2**63, (b, n // 64), dtype=np.uint64)
    w = rng.integers(0, 2**63, (n, n // 64), dtype=np.uint64)
    t_bare = min(_timed(lambda: bare_numpy(a, w)) for _ in range(args.repeat))
    bare_macs = b * n * n
    print(f"layer {n}x{n} binary, batch {b}, config {cfg.name} "
          f"({cfg.rows}x{cfg.cols} PEs x {cfg.lane_bits} lanes), {len(prog.instrs)} instructions")
    print(f"golden model : {t_model * 1e3:8.1f} ms  {macs / t_model:.3e} binary MAC/s "
          f"(simulated {res.cycles:,} cycles, {res.cycles / t_model:.3e} cycles/s)")
    print(f"bare numpy   : {t_bare * 1e3:8.1f} ms  {bare_macs / t_bare:.3e} binary MAC/s")
    print(f"overhead     : {(bare_macs / t_bare) / (macs / t_model):.2f}x  (target < 2x; "
          f"target >= 2e10 MAC/s: {'met' if macs / t_model >= 2e10 else 'NOT met'})")


def _timed(fn):
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
