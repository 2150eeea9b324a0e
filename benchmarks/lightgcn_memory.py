"""Peak memory of preparing and training a LightGCN-20 student on a graph of Gowalla's size.

A synthetic dataset (30,000 users, 41,000 items, 1,000,000 distinct interactions, item
popularity ∝ rank^-0.8, every user ≥ 10 items) goes through kdbench's own preparation
(renumbering, ordered 8:1:1 split), then a LightGCN student (d = 20, L = 4: Gowalla's
student) trains for one epoch with evaluation on valid after the epoch and valid + test at
the end, exactly as ``kdbench run`` would. Peak RSS is the process's ``ru_maxrss``.

Usage: .venv/bin/python benchmarks/lightgcn_memory.py [THREADS]   (default: torch's)
"""

from __future__ import annotations

import resource
import sys
import time

import numpy as np
import pandas as pd
import torch

from kdbench.backbones.lightgcn import LightGCN
from kdbench.data import prepare_frame
from kdbench.eval.evaluator import Evaluator
from kdbench.losses import LOSSES
from kdbench.train.device import seed_everything
from kdbench.train.trainer import TrainConfig, fit

N_USERS, N_ITEMS, N_PAIRS = 30_000, 41_000, 1_000_000
LIMIT_MB = 3 * 1024


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def synthetic_frame(seed: int = 0) -> pd.DataFrame:
    """Distinct (user, item) pairs: user lengths ≥ 10 summing to N_PAIRS, popular items
    drawn more often (popularity ∝ rank^-0.8)."""
    rng = np.random.default_rng(seed)
    extra = rng.lognormal(0.0, 1.0, N_USERS)
    lengths = 10 + np.floor(extra / extra.sum() * (N_PAIRS - 10 * N_USERS)).astype(np.int64)
    lengths[: N_PAIRS - lengths.sum()] += 1
    lengths = np.minimum(lengths, N_ITEMS)
    p = 1.0 / np.arange(1, N_ITEMS + 1) ** 0.8
    p /= p.sum()
    users = np.repeat(np.arange(N_USERS), lengths)
    items = rng.choice(N_ITEMS, size=len(users), p=p)
    # redraw duplicates of a user's items uniformly until every pair is distinct
    while True:
        key = users * N_ITEMS + items
        _, first = np.unique(key, return_index=True)
        dup = np.ones(len(key), dtype=bool)
        dup[first] = False
        if not dup.any():
            break
        items[dup] = rng.integers(0, N_ITEMS, int(dup.sum()))
    return pd.DataFrame({"user": users, "item": items})


def main() -> None:
    if len(sys.argv) > 1:
        torch.set_num_threads(int(sys.argv[1]))
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, device cpu")
    print(f"peak RSS after imports: {peak_mb():.0f} MB")
    t0 = time.perf_counter()
    df = synthetic_frame()
    data = prepare_frame(df, {"order": "file"}, "synthetic-gowalla")
    del df
    t_prep = time.perf_counter() - t0
    s = data.stats()
    print(
        f"prepared {s['n_users']} users, {s['n_items']} items, {s['n_interactions']} "
        f"interactions (train {s['n_train']}) in {t_prep:.1f} s; peak RSS {peak_mb():.0f} MB"
    )
    gen = seed_everything(0, torch.device("cpu"))
    t0 = time.perf_counter()
    model = LightGCN(data, dim=20, layers=4)
    adj = model.adj
    adj_mb = (
        sum(
            t.numel() * t.element_size()
            for t in (adj.crow_indices(), adj.col_indices(), adj.values())
        )
        / 2**20
    )
    print(
        f"LightGCN-20, L=4: Â {tuple(adj.shape)} sparse CSR, {adj.values().numel()} entries, "
        f"{adj_mb:.1f} MB (dense would be {adj.shape[0] ** 2 * 4 / 2**30:.1f} GB); "
        f"built in {time.perf_counter() - t0:.1f} s"
    )
    evaluator = Evaluator(data, ["recall@20", "ndcg@10", "ndcg@20"], "cpu")
    cfg = TrainConfig(epochs=1, patience=30, batch_size=2048, lr=1e-3, weight_decay=1e-7)
    fr = fit(model, LOSSES.get("student")(), evaluator, cfg, gen)
    test = fr.result.summary()["test"]
    print(
        f"1 epoch: train {fr.seconds_train:.1f} s, evaluation {fr.seconds_eval:.1f} s; "
        f"test ndcg@20 {test['ndcg@20']:.4f}"
    )
    peak = peak_mb()
    print(f"peak RSS: {peak:.0f} MB (limit {LIMIT_MB} MB): {'OK' if peak < LIMIT_MB else 'OVER'}")


if __name__ == "__main__":
    main()
