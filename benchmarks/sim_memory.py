"""Peak memory of `accel simulate` on a million images: inputs are streamed.

Trains the digits MLP (`accel demo`), compiles it, writes N images (the digits test
split repeated, uint8, memory-mapped by the simulator) with their labels, and runs

    accel simulate prog.accel --input big.npy --labels big_y.npy --output s.npy --json r.json

in a child process whose peak resident memory (``wait4``'s ``ru_maxrss``) it prints,
with the wall time and images per second.  The scores must equal those of the test
split's 360 images, repeated: streaming changes nothing.

    python benchmarks/sim_memory.py                  # 1,000,000 images (about 5 minutes)
    python benchmarks/sim_memory.py --images 100000 --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np


def _run(argv) -> tuple[float, float]:
    """Run ``accel ARGV`` in a child; ``(peak RSS in MB, seconds)``."""
    t0 = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-m", "accel.cli", *argv],
                         stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"accel {' '.join(argv)} exited {code}")
    return usage.ru_maxrss / 1024, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--images", type=int, default=1_000_000)
    ap.add_argument("--batch", type=int, default=64, help="images per program run")
    ap.add_argument("--limit-mb", type=float, default=2048, help="fail above this peak")
    ap.add_argument("--json", metavar="PATH")
    args = ap.parse_args()
    from accel.datasets import digits
    with tempfile.TemporaryDirectory(prefix="accel-simmem-") as tmp:
        d = Path(tmp)
        subprocess.run([sys.executable, "-m", "accel.cli", "demo", "-q", "--checkpoint",
                        str(d / "mlp.pt")], check=True)
        subprocess.run([sys.executable, "-m", "accel.cli", "compile", str(d / "mlp.pt"),
                        "--batch", str(args.batch), "-o", str(d / "p.accel")], check=True,
                       stdout=subprocess.DEVNULL)
        _, _, xte, yte = digits()
        reps = -(-args.images // len(xte))
        x = np.lib.format.open_memmap(d / "big.npy", "w+", np.uint8,
                                      (args.images, *xte.shape[1:]))
        for k in range(reps):                      # written in pieces, never whole in RAM
            lo = k * len(xte)
            n = min(len(xte), args.images - lo)
            x[lo:lo + n] = xte[:n]
        x.flush()
        del x
        np.save(d / "big_y.npy", np.tile(yte, reps)[:args.images])
        small_mb, small_s = _run(["simulate", str(d / "p.accel"), "--output",
                                  str(d / "s360.npy")])
        peak_mb, secs = _run(["simulate", str(d / "p.accel"), "--input", str(d / "big.npy"),
                              "--labels", str(d / "big_y.npy"), "--output", str(d / "s.npy"),
                              "--json", str(d / "r.json")])
        res = json.loads((d / "r.json").read_text())
        s, ref = np.load(d / "s.npy", mmap_mode="r"), np.load(d / "s360.npy")
        equal = all(np.array_equal(s[k * len(ref):(k + 1) * len(ref)],
                                   ref[:len(s[k * len(ref):(k + 1) * len(ref)])])
                    for k in range(reps))
    out = {"images": args.images, "batch": args.batch, "peak_rss_mb": peak_mb,
           "seconds": secs, "images_per_second": args.images / secs,
           "accuracy": res["accuracy"], "scores_equal_to_360_image_run": equal,
           "input_mb": args.images * 64 / 1e6, "peak_rss_mb_360_images": small_mb}
    print(f"accel simulate of {args.images:,} digits images (batch {args.batch}): peak "
          f"{peak_mb:,.0f} MB resident ({out['input_mb']:.0f} MB of input; 360 images: "
          f"{small_mb:,.0f} MB), {secs:,.0f} s ({out['images_per_second']:,.0f} images/s), "
          f"accuracy {100 * res['accuracy']:.2f} %, scores equal to the 360-image run: "
          f"{equal}")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2) + "\n")
    return 0 if equal and peak_mb < args.limit_mb else 1


if __name__ == "__main__":
    sys.exit(main())
