"""Randomization test and paired bootstrap: one batched call over all the comparisons of
a table (shared draws, one matrix product) vs one call per comparison.

Gowalla-sized table: 29,858 users, 12 comparisons (3 methods × 4 metrics vs a baseline),
10,000 sign-flip resamples and 2,000 bootstrap resamples, as `kdbench leaderboard
--test perm` runs them. Checks that both ways give the same p-values and CIs.
Run: .venv/bin/python benchmarks/stats_resampling.py (about a minute).
"""

from __future__ import annotations

import os
import platform
import time

import numpy as np

from kdbench.stats import bootstrap_ci, randomization

N_USERS, N_COLS, N_PERM, N_BOOT = 29_858, 12, 10_000, 2_000


def _best_of(fn, repeat: int = 2) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main() -> None:
    rng = np.random.default_rng(0)
    base = rng.random((N_USERS, 1)) * 0.3
    a = base + 0.002 + 0.05 * rng.standard_normal((N_USERS, N_COLS))
    b = np.repeat(base, N_COLS, axis=1) + 0.05 * rng.standard_normal((N_USERS, N_COLS))
    d = a - b

    t_loop, loop = _best_of(
        lambda: [randomization(a[:, j], b[:, j], n_resamples=N_PERM).p for j in range(N_COLS)], 1
    )
    t_batch, batch = _best_of(lambda: [r.p for r in randomization(a, b, n_resamples=N_PERM)], 1)
    assert np.allclose(loop, batch), (loop, batch)
    b_loop, ci_loop = _best_of(
        lambda: np.array([bootstrap_ci(d[:, j], n_resamples=N_BOOT) for j in range(N_COLS)])
    )
    b_batch, ci_batch = _best_of(lambda: bootstrap_ci(d, n_resamples=N_BOOT))
    assert np.allclose(ci_loop, ci_batch)

    print(f"python {platform.python_version()}, numpy {np.__version__}, {os.cpu_count()} CPUs")
    print(f"{N_USERS} users × {N_COLS} comparisons")
    print(
        f"randomization ({N_PERM} resamples): per comparison {t_loop:.2f}s, "
        f"batched {t_batch:.2f}s → {t_loop / t_batch:.1f}× faster"
    )
    print(
        f"bootstrap CI ({N_BOOT} resamples):  per comparison {b_loop:.2f}s, "
        f"batched {b_batch:.2f}s → {b_loop / b_batch:.1f}× faster"
    )
    print("same p-values and CIs both ways: yes")


if __name__ == "__main__":
    main()
