"""Does distillation help? Each list-based loss against the no-KD student at the same
epoch budget, on MovieLens-100K (bundled): MF-64 teacher → MF-8 student.

Protocol (short, so it runs in minutes): the teacher trains ``--teacher-epochs`` epochs;
every student trains ``--epochs`` epochs with Adam (lr 5e-3, no weight decay, batch 2048),
evaluated on valid after every epoch; the test NDCG@10 / Recall@20 are those of the
best-valid epoch (the trainer's early-stopping rule). Each setting runs ``--seeds``
seeds (same seeds, same split for every loss); the table gives the mean and, per seed,
the difference to the no-KD student with the same seed. λ values are the references'
(RRD also at the KDs harness's K/L/λ); they were tuned for CiteULike, not for ML-100K.

Usage: python benchmarks/losses_quality.py [--epochs 20] [--teacher-epochs 40] [--seeds 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch

from kdbench.backbones import BACKBONES
from kdbench.data import load_dataset
from kdbench.eval.evaluator import Evaluator
from kdbench.losses import LOSSES, DistillContext
from kdbench.train.trainer import TrainConfig, fit

SETTINGS: dict[str, tuple[str, dict]] = {
    "student": ("student", {}),
    "ce": ("ce", {}),
    "rd (kds)": (
        "rd",
        {"rd_variant": "kds", "mask_train": True, "K": 30, "reduction": "sum", "lambda": 0.1},
    ),
    "rrd (paper)": ("rrd", {}),
    "rrd (KDs)": ("rrd", {"K": 100, "L": 200, "lambda": 0.1}),
    "rcekd": ("rcekd", {}),
    "rcekd (λ=10)": ("rcekd", {"lambda": 10.0}),
}
METRICS = ["ndcg@10", "recall@20"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--teacher-epochs", type=int, default=40)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--threads", type=int, default=None)
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    data = load_dataset("ml-100k")
    dev = torch.device("cpu")
    evaluator = Evaluator(data, METRICS, dev)
    t0 = time.perf_counter()
    torch.manual_seed(0)
    teacher = BACKBONES.get("mf")(data, dim=64)
    cfg_t = TrainConfig(epochs=args.teacher_epochs, batch_size=2048, lr=5e-3, patience=10)
    res_t = fit(
        teacher, LOSSES.get("student")(), evaluator, cfg_t, torch.Generator().manual_seed(0)
    )
    teacher.eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    t_test = res_t.result.summary()["test"]
    print(
        f"ml-100k; torch {torch.__version__}, {torch.get_num_threads()} threads; "
        f"teacher MF-64 ({args.teacher_epochs} epochs, best {res_t.best_epoch}): "
        f"test ndcg@10 {t_test['ndcg@10']:.4f}, recall@20 {t_test['recall@20']:.4f}"
    )
    print(f"students MF-8, {args.epochs} epochs, lr 5e-3, batch 2048, seeds 0..{args.seeds - 1}\n")

    cfg = TrainConfig(epochs=args.epochs, batch_size=2048, lr=5e-3, patience=args.epochs)
    scores: dict[str, list[dict[str, float]]] = {}
    for label, (name, params) in SETTINGS.items():
        for seed in range(args.seeds):
            torch.manual_seed(seed)
            gen = torch.Generator().manual_seed(seed)
            student = BACKBONES.get("mf")(data, dim=8)
            loss = LOSSES.get(name)(**params)
            loss.setup(DistillContext(teacher, student, data, dev, gen))
            result = fit(student, loss, evaluator, cfg, gen)
            scores.setdefault(label, []).append(result.result.summary()["test"])

    base = scores["student"]
    print(f"{'setting':14} {'ndcg@10':>8} {'Δ vs no-KD (per seed)':>30} {'recall@20':>10}  params")
    for label, runs in scores.items():
        nd = statistics.mean(r["ndcg@10"] for r in runs)
        rc = statistics.mean(r["recall@20"] for r in runs)
        deltas = " ".join(
            f"{r['ndcg@10'] - b['ndcg@10']:+.4f}" for r, b in zip(runs, base, strict=True)
        )
        print(f"{label:14} {nd:8.4f} {deltas:>30} {rc:10.4f}  {SETTINGS[label][1] or 'defaults'}")
    print(f"\ntotal {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
