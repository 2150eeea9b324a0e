"""The shared chunked scoring + train masking + top-K (``chunked_topk``, used by the losses'
per-epoch lists, and the ``Evaluator``, which ranks once for valid and test) against the
bare score-matrix multiplication, on CiteULike-t with an MF-400 model, in the same run.

bare:     ``user_emb @ item_emb.T`` in one GEMM, [U, I] float32 (no mask, no top-K);
(the last section compares CPU chunk sizing with and without the scorer's width, for MF-20
and MF-400);
topk50:   ``chunked_topk`` of the top-50 with train items masked;
evaluate: ``Evaluator.evaluate`` on valid and test (recall@20, ndcg@10, ndcg@20, ndcg@50).
Each timing is the best of ``--repeats`` runs, interleaved. Two sweeps: the chunk size of
the ranking, and the block size of ``DistillContext.score_lists`` (teacher scores on fixed
lists), which is why ``GATHER_BYTES`` caps that block at 8 MB.

Usage: python benchmarks/ranking_chunked.py [--repeats 3] [--threads N]
Data: ``load_dataset("citeulike-t")`` (set KDBENCH_DATA to a folder holding
citeulike-t/users.dat). The model is randomly initialised: the cost does not depend on it.
"""

from __future__ import annotations

import argparse
import time

import torch

import kdbench.losses.base as base
from kdbench.backbones import BACKBONES
from kdbench.data import load_dataset
from kdbench.eval.evaluator import Evaluator
from kdbench.eval.ranking import DEFAULT_CHUNK_BYTES, DeviceCSR, chunked_topk
from kdbench.losses import DistillContext


def best_of(fns: dict, repeats: int) -> dict[str, float]:
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(repeats):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--threads", type=int, default=None)
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    data = load_dataset("citeulike-t")
    U, n_items = data.n_users, data.n_items
    print(
        f"citeulike-t: {U} users, {n_items} items; MF-400; torch {torch.__version__}, "
        f"{torch.get_num_threads()} threads, cpu; best of {args.repeats}"
    )
    torch.manual_seed(0)
    model = BACKBONES.get("mf")(data, dim=400).eval()
    train = DeviceCSR(data.train, n_items, "cpu")
    evaluator = Evaluator(data, ["recall@20", "ndcg@10", "ndcg@20", "ndcg@50"], "cpu")

    @torch.no_grad()
    def bare():
        return model.user_emb @ model.item_emb.T

    def topk50():
        return chunked_topk(model.score, U, n_items, 50, train, "cpu")

    def evaluate():
        return evaluator.evaluate(model, ("valid", "test"))

    t = best_of({"bare": bare, "topk50": topk50, "evaluate": evaluate}, args.repeats)
    gflop = 2 * U * n_items * 400 / 1e9
    print(f"\nbare GEMM      {t['bare']:.3f} s  ({gflop / t['bare']:.0f} GFLOP/s)")
    print(f"chunked top-50 {t['topk50']:.3f} s  ratio {t['topk50'] / t['bare']:.2f}")
    print(
        f"evaluate       {t['evaluate']:.3f} s  ratio {t['evaluate'] / t['bare']:.2f}  "
        "(valid + test from one scoring pass)"
    )

    print(
        "\nchunk size sweep (chunked top-50; the default chunk_bytes is "
        f"{DEFAULT_CHUNK_BYTES >> 20} MB):"
    )
    for mb in (8, 32, 256):
        rows = max(1, mb * 2**20 // (4 * n_items))
        s = best_of(
            {
                "t": lambda mb=mb: chunked_topk(
                    model.score, U, n_items, 50, train, "cpu", mb * 2**20
                )
            },
            args.repeats,
        )["t"]
        print(f"  {mb:4d} MB ({rows:5d} users/chunk)  {s:.3f} s  ratio {s / t['bare']:.2f}")

    print(
        "\nteacher scores on fixed lists (DistillContext.score_lists, [U, 100] items), "
        "by the size of the gathered [rows, 100, 400] block:"
    )
    lists = torch.randint(0, n_items, (U, 100), generator=torch.Generator().manual_seed(0))
    ctx = DistillContext(model, model, data, torch.device("cpu"), torch.Generator())
    default = base.GATHER_BYTES
    for mb in (2, 8, 32, 256):
        base.GATHER_BYTES = mb * 2**20
        s = best_of({"t": lambda: ctx.score_lists(model, lists)}, args.repeats)["t"]
        print(f"  {mb:4d} MB  {s:.3f} s")
    base.GATHER_BYTES = default

    print(
        "\nCPU chunks sized by the scorer's width d (user_chunks(width=d): max(8 MB of "
        "scores, 2·d users)) against chunks sized by the 256 MB budget alone, chunked top-20 "
        "with train masked (what evaluation and the per-epoch student lists do):"
    )
    for dim in (20, 400):
        torch.manual_seed(0)
        m = BACKBONES.get("mf")(data, dim=dim).eval()
        s = best_of(
            {
                "budget": lambda m=m: chunked_topk(m.score, U, n_items, 20, train, "cpu"),
                "width": lambda m=m, d=dim: chunked_topk(
                    m.score, U, n_items, 20, train, "cpu", width=d
                ),
            },
            args.repeats,
        )
        print(
            f"  MF-{dim:<4d} budget {s['budget']:.3f} s  width-aware {s['width']:.3f} s  "
            f"speed-up {s['budget'] / s['width']:.2f}x"
        )


if __name__ == "__main__":
    main()
