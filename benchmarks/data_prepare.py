"""Time to prepare each bundled dataset: from the raw file, and again from the
prepared-split cache in a fresh process (which re-hashes the source file).

Usage: python benchmarks/data_prepare.py [DATASET ...]   (default: ml-100k ml-1m, plus
citeulike-t when $KDBENCH_DATA holds it). Uses a temporary cache, so it measures a cold
prepare; the median of 3 runs each.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = """
import sys, time
from kdbench.data import load_dataset
t = time.perf_counter()
d = load_dataset(sys.argv[1])
print(f"{time.perf_counter() - t:.4f} {d.fingerprint}")
"""


def _once(name: str, cache: str) -> tuple[float, str]:
    env = {**os.environ, "KDBENCH_CACHE": cache}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, name], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), out[1]


def main() -> None:
    names = sys.argv[1:] or ["ml-100k", "ml-1m"]
    data = os.environ.get("KDBENCH_DATA")
    if not sys.argv[1:] and data and (Path(data) / "citeulike-t" / "users.dat").is_file():
        names.insert(0, "citeulike-t")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; median of 3 runs")
    print(f"{'dataset':<12} {'prepare (s)':>12} {'cached (s)':>11} {'ratio':>7}  same split")
    for name in names:
        cold, warm, prints = [], [], set()
        for _ in range(3):
            with tempfile.TemporaryDirectory() as cache:
                t, fp = _once(name, cache)
                cold.append(t)
                prints.add(fp)
                t, fp = _once(name, cache)
                warm.append(t)
                prints.add(fp)
        c, w = statistics.median(cold), statistics.median(warm)
        print(f"{name:<12} {c:>12.3f} {w:>11.3f} {c / w:>6.0f}x  {len(prints) == 1}")


if __name__ == "__main__":
    t0 = time.perf_counter()
    main()
    print(f"total {time.perf_counter() - t0:.1f} s")
