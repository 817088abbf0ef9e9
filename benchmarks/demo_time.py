"""End-to-end time of `accel demo` (train + compile + simulate the whole test split).

    python benchmarks/demo_time.py

Runs the demo in a fresh process, as a user would, and prints its wall time, the
accuracy figures and the golden-model figures.  Target (issue 2): >= 95 % test
accuracy, 0 mismatches, under 120 s on 2 cores.
"""

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main():
    with tempfile.TemporaryDirectory() as d:
        js = Path(d) / "demo.json"
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "accel.cli", "demo", "-q", "--json", str(js),
                        "--checkpoint", str(Path(d) / "m.pt")], check=True)
        wall = time.perf_counter() - t
        r = json.loads(js.read_text())
    print(f"accel demo wall time: {wall:.1f} s (train {r['seconds']['train']:.1f} s, compile "
          f"{r['seconds']['compile']:.2f} s, simulate {r['images']} images "
          f"{r['seconds']['simulate']:.2f} s); target < 120 s: {'met' if wall < 120 else 'NOT met'}")
    print(f"torch accuracy {100 * r['torch_accuracy']:.2f} %, model accuracy "
          f"{100 * r['model_accuracy']:.2f} %, mismatches {r['mismatches']} "
          f"(hidden {r['hidden_mismatches']}); target >= 95 %: "
          f"{'met' if r['model_accuracy'] >= 0.95 else 'NOT met'}")
    print(f"{r['cycles_per_inference']:.1f} cycles/inference, "
          f"{r['energy_pj_per_inference'] / 1e3:.1f} nJ/inference, "
          f"{r['inferences_per_second']:,.0f} inferences/s at {r['clock_mhz']} MHz "
          f"({r['preset']})")


if __name__ == "__main__":
    main()
