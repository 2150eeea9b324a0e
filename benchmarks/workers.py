"""Wall time of `kdbench run suites/quick.yaml` with 1 worker vs 2 worker processes.

Each run starts from an empty output folder and an empty cache (so the teacher is trained
and the dataset prepared every time) and is a separate `kdbench run` process, as a user
would start it. The two runs must give bit-identical per-user arrays; the script checks.

    .venv/bin/python benchmarks/workers.py [--suite suites/quick.yaml] [--repeats 1]

Torch threads: 1 worker uses torch's default (all cores); 2 workers split them (cores / 2
each); a third run is 1 worker with 1 torch thread (``-o executor.threads=1``), to tell the
gain of two processes from the cost of two threads on a busy machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

REPO = Path(__file__).resolve().parent.parent


def run(suite: Path, workers: int, tmp: Path, threads: int | None) -> tuple[float, Path]:
    tag = f"w{workers}" + (f"t{threads}" if threads else "")
    out, cache = tmp / f"out-{tag}", tmp / f"cache-{tag}"
    env = {**os.environ, "KDBENCH_CACHE": str(cache)}
    cmd = [
        str(Path(sys.executable).with_name("kdbench")),
        "run",
        str(suite),
        "-o",
        f"output={out}",
        "--workers",
        str(workers),
        *(["-o", f"executor.threads={threads}"] if threads else []),
    ]
    t0 = time.perf_counter()
    res = subprocess.run(cmd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if res.returncode != 0:
        sys.exit(f"kdbench run failed ({res.returncode}):\n{res.stdout}\n{res.stderr}")
    return wall, out


PROBE = """
import time, torch
torch.set_num_threads(1)
a = torch.randn(256, 256)
t = time.perf_counter()
for _ in range(2000):
    a = torch.tanh(a @ a * 0.01)
print(time.perf_counter() - t)
"""


def capacity() -> str:
    """How much of a second core is free right now: a fixed 1-thread torch loop run alone,
    then two copies at once (on a quiet 2-core machine both take the time of one)."""

    def probe(n: int) -> list[float]:
        procs = [
            subprocess.Popen([sys.executable, "-c", PROBE], stdout=subprocess.PIPE, text=True)
            for _ in range(n)
        ]
        return [float(p.communicate()[0]) for p in procs]

    alone = probe(1)[0]
    both = max(probe(2))
    return (
        f"probe: one process {alone:.2f} s, two at once {both:.2f} s each "
        f"(parallel capacity {2 * alone / both:.2f} cores)"
    )


def run_seconds(out: Path) -> tuple[float, str]:
    """Sum of the runs' own timings (run.json) and the torch threads they ran with."""
    total, threads = 0.0, set()
    for rec in (out / "runs").glob("*/run.json"):
        data = json.loads(rec.read_text())
        total += data["timings"]["total_s"]
        threads.add(data["provenance"]["threads"])
    return total, ",".join(map(str, sorted(threads)))


def identical(a: Path, b: Path) -> int:
    """Number of per-user / top-K arrays compared; exits if any differs."""
    runs = sorted(p.name for p in (a / "runs").iterdir())
    if runs != sorted(p.name for p in (b / "runs").iterdir()):
        sys.exit("the two runs recorded different run ids")
    n = 0
    for run_id in runs:
        for name in ("per_user.npz", "topk.npz"):
            with (
                np.load(a / "runs" / run_id / name) as za,
                np.load(b / "runs" / run_id / name) as zb,
            ):
                for k in za.files:
                    if not np.array_equal(za[k], zb[k]):
                        sys.exit(f"{run_id}/{name}:{k} differs between 1 and 2 workers")
                    n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--suite", type=Path, default=REPO / "suites" / "quick.yaml")
    ap.add_argument("--repeats", type=int, default=1)
    args = ap.parse_args()
    print(
        f"suite {args.suite.relative_to(REPO) if args.suite.is_relative_to(REPO) else args.suite}"
    )
    print(
        f"machine: {os.cpu_count()} logical CPUs, torch {torch.__version__}, "
        f"{torch.get_num_threads()} torch threads by default, python {platform.python_version()}"
    )
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(capacity())
    # (workers, torch threads per run; None: kdbench's default, cores / workers)
    configs = [(1, None), (1, 1), (2, None)]
    times: dict[tuple[int, int | None], list[float]] = {c: [] for c in configs}
    with tempfile.TemporaryDirectory() as tmp_name:
        for r in range(args.repeats):
            tmp = Path(tmp_name) / f"r{r}"
            outs = {}
            for workers, threads in configs if r % 2 == 0 else configs[::-1]:
                wall, outs[workers, threads] = run(args.suite, workers, tmp, threads)
                times[workers, threads].append(wall)
                busy, used = run_seconds(outs[workers, threads])
                print(
                    f"  repeat {r}: {workers} worker{'s' * (workers > 1)}, threads "
                    f"{threads or 'default'}: {wall:6.1f} s wall, runs {busy:6.1f} s in total, "
                    f"{used} torch thread(s) per run"
                )
            n = identical(outs[1, None], outs[2, None]) + identical(outs[1, None], outs[1, 1])
            print(f"  repeat {r}: {n} per-user and top-K arrays compared: all bit-identical")
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(capacity())
    best = {c: min(t) for c, t in times.items()}
    for (workers, threads), t in best.items():
        label = f"{workers} worker(s), threads {threads or 'default'}"
        print(f"{label}: {t:6.1f} s (best of {args.repeats})")
    default, one_thread = best[1, None] / best[2, None], best[1, 1] / best[2, None]
    print(f"speed-up, 2 workers vs 1 worker (kdbench defaults): {default:.2f}x (target >= 1.5x)")
    print(f"speed-up, 2 workers vs 1 worker with 1 torch thread: {one_thread:.2f}x")


if __name__ == "__main__":
    main()
