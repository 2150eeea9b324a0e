"""Do DE, HTD and FTD improve an MF-20 student over the no-KD student at the same short
epoch budget? MovieLens-100K, MF teacher trained here, every student with the same
seed, batches and budget; test metrics at the best validation epoch within the budget.

Usage: python benchmarks/embedding_losses_quality.py [--epochs 15] [--lr 5e-3]
       [--seeds 0 1 2] [--threads N]
"""

from __future__ import annotations

import argparse
import time

import torch

from kdbench.backbones import BACKBONES
from kdbench.data import load_dataset
from kdbench.eval.evaluator import Evaluator
from kdbench.losses import LOSSES, DistillContext
from kdbench.train.trainer import TrainConfig, fit

METRICS = ["recall@10", "ndcg@10", "recall@20", "ndcg@20"]
#: the originals' settings where they exist (λ, M/K, α), sum reduction
LOSS_SETTINGS = {
    "student": {},
    "de": {"M": 30, "lambda": 0.01},
    "htd": {"K": 30, "alpha": 0.5, "lambda": 1e-3},
    "ftd": {"lambda": 1e-3},
}


def train(data, dim: int, loss_name: str, params: dict, teacher, cfg, seed: int):
    torch.manual_seed(seed)
    model = BACKBONES.get("mf")(data, dim=dim)
    gen = torch.Generator().manual_seed(seed)
    loss = LOSSES.get(loss_name)(**params)
    loss.setup(DistillContext(teacher, model, data, torch.device("cpu"), gen))
    evaluator = Evaluator(data, METRICS, "cpu")
    t0 = time.perf_counter()
    result = fit(model, loss, evaluator, cfg, gen)
    return model, result, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=15, help="student epoch budget")
    ap.add_argument("--teacher-epochs", type=int, default=60)
    ap.add_argument("--teacher-dim", type=int, default=64)
    ap.add_argument("--student-dim", type=int, default=20)
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    ap.add_argument("--lr", type=float, default=5e-3, help="student lr (reference: 1e-3)")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    data = load_dataset("ml-100k")
    print(
        f"torch {torch.__version__}, {torch.get_num_threads()} threads"
        f"{' (set by --threads)' if args.threads else ''}, ml-100k {data.stats()}"
    )

    tcfg = TrainConfig(
        epochs=args.teacher_epochs, patience=10, batch_size=1024, lr=5e-3, weight_decay=0.0
    )
    teacher, tres, secs = train(data, args.teacher_dim, "student", {}, None, tcfg, 0)
    teacher.eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    tm = tres.result.summary()["test"]
    print(
        f"teacher MF-{args.teacher_dim}: best epoch {tres.best_epoch}, "
        + "  ".join(f"{m}={tm[m]:.4f}" for m in METRICS)
        + f"  ({secs:.0f} s)"
    )

    cfg = TrainConfig(
        epochs=args.epochs, patience=args.epochs, batch_size=2048, lr=args.lr, weight_decay=1e-3
    )
    print(
        f"\nstudents MF-{args.student_dim}, {args.epochs} epochs, batch 2048, lr {args.lr}, "
        "wd 1e-3 (also on experts), test at the best valid NDCG@10 epoch"
    )
    header = f"{'loss':8s} {'seed':>4s} " + " ".join(f"{m:>10s}" for m in METRICS)
    print(header + f" {'best ep':>7s} {'s/epoch':>8s}")
    means: dict[str, list[float]] = {}
    for name, params in LOSS_SETTINGS.items():
        for seed in args.seeds:
            _, res, secs = train(data, args.student_dim, name, params, teacher, cfg, seed)
            test = res.result.summary()["test"]
            means.setdefault(name, []).append(test["ndcg@10"])
            print(
                f"{name:8s} {seed:4d} "
                + " ".join(f"{test[m]:10.4f}" for m in METRICS)
                + f" {res.best_epoch:7d} {res.seconds_train / res.epochs_run:8.2f}"
            )
    base = sum(means["student"]) / len(means["student"])
    print("\nmean test NDCG@10 relative to the no-KD student:")
    for name, vals in means.items():
        m = sum(vals) / len(vals)
        print(f"  {name:8s} {m:.4f}  ({(m / base - 1) * 100:+.1f}%)")


if __name__ == "__main__":
    main()
