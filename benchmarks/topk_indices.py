"""``topk_indices`` against ``torch.topk`` on real score chunks: CiteULike-t, an MF-20
student (random weights: the cost does not depend on them), every user scored in the
evaluator's CPU chunks with train items masked, then the top-k of each chunk by both (the
same tensor: tests/test_ranking_chunks.py). Beside them, for scale: the scoring GEMM of
the same chunks and one read of every score (a row max), the least any exact selection
does after the GEMM.

CPU seconds (``time.process_time``) of this process, so that two methods compare on a
shared machine too; with one thread they are the work done. Methods interleave; each
figure is the minimum over ``--repeats``.

Usage: KDBENCH_DATA=... python benchmarks/topk_indices.py [--threads 1] [--repeats 9]
"""

from __future__ import annotations

import argparse
import os
import time

import torch

from kdbench.backbones import BACKBONES
from kdbench.data import load_dataset
from kdbench.eval.ranking import DeviceCSR, topk_indices, user_chunks


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=9)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    data = load_dataset("citeulike-t")
    torch.manual_seed(0)
    model = BACKBONES.get("mf")(data, dim=20).eval()
    train = DeviceCSR(data.train, data.n_items, "cpu")
    chunks = list(user_chunks(data.n_users, data.n_items, "cpu", width=model.score_dim))
    with torch.no_grad():
        scores = []
        for users in chunks:
            s = model.score(users)
            local, items = train.rows_of(users)
            s[local, items] = -torch.inf
            scores.append(s)

        def gemm() -> None:
            for users in chunks:
                model.score(users)

        fns = {"scoring GEMM": gemm, "read every score once": lambda: [s.amax(1) for s in scores]}
        for k in (10, 20, 50, 100):
            fns[f"torch.topk k={k}"] = lambda k=k: [torch.topk(s, k, dim=1) for s in scores]
            fns[f"topk_indices k={k}"] = lambda k=k: [topk_indices(s, k) for s in scores]
        best = dict.fromkeys(fns, float("inf"))
        for _ in range(args.repeats):
            for name, fn in fns.items():
                t0 = time.process_time()
                fn()
                best[name] = min(best[name], time.process_time() - t0)
    print(
        f"citeulike-t {data.n_users} users x {data.n_items} items, MF-20, {len(chunks)} chunks, "
        f"torch {torch.__version__}, {torch.get_num_threads()} threads, load1 "
        f"{os.getloadavg()[0]:.1f}; CPU s, min of {args.repeats}"
    )
    for name, t in best.items():
        print(f"  {name:24} {t:.3f}")


if __name__ == "__main__":
    main()
