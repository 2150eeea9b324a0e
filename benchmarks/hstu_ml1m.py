"""HSTU on MovieLens-1M (chronological per user, ordered 8:1:1 split): a 1-block student
trained from scratch for a few epochs, against popularity, with the same evaluator.

Student settings: the reference's CiteULike-t student (d = 64, 1 block, 2 heads,
attention/linear dims 8/16, max_len 100, 512 negatives, τ = 0.05, dropout 0.5) and its
training (batch 128 users, Adam lr 1e-3, wd 1e-5); validation after every epoch, test at
the best one.

Usage: .venv/bin/python benchmarks/hstu_ml1m.py [EPOCHS] [THREADS]   (defaults: 3, torch's)
"""

from __future__ import annotations

import sys
import time

import torch
from popularity_baseline import Popularity  # beside this script

from kdbench.backbones.hstu import HSTU
from kdbench.data import load_dataset
from kdbench.eval.evaluator import Evaluator
from kdbench.losses import LOSSES
from kdbench.train.device import seed_everything
from kdbench.train.trainer import TrainConfig, fit

METRICS = ["recall@10", "recall@20", "ndcg@10", "ndcg@20"]
STUDENT = {
    "dim": 64,
    "blocks": 1,
    "heads": 2,
    "attn_dim": 8,
    "linear_dim": 16,
    "max_len": 100,
    "negatives": 512,
    "temperature": 0.05,
    "dropout": 0.5,
    "linear_dropout": 0.5,
}


def main() -> None:
    epochs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    if len(sys.argv) > 2:
        torch.set_num_threads(int(sys.argv[2]))
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, device cpu")
    data = load_dataset("ml-1m")
    s = data.stats()
    print(f"ml-1m (order: timestamp): {s}")
    evaluator = Evaluator(data, METRICS, "cpu")
    pop = Popularity(torch.as_tensor(data.item_popularity()))
    pop_test = evaluator.evaluate(pop, ("test",)).summary()["test"]

    gen = seed_everything(0, torch.device("cpu"))
    model = HSTU(data, **STUDENT)
    cfg = TrainConfig(epochs=epochs, patience=30, batch_size=128, lr=1e-3, weight_decay=1e-5)
    t0 = time.perf_counter()
    fr = fit(model, LOSSES.get("student")(), evaluator, cfg, gen)
    total = time.perf_counter() - t0
    for row in fr.curve:
        print(
            f"epoch {row['epoch']}: train loss {row['train_loss']:.2f}, "
            f"valid ndcg@10 {row['valid_ndcg@10']:.4f}"
        )
    test = fr.result.summary()["test"]
    print(
        f"train {fr.seconds_train / fr.epochs_run:.1f} s/epoch, evaluation "
        f"{fr.seconds_eval:.1f} s in all, total {total:.0f} s; best epoch {fr.best_epoch}"
    )
    print(f"{'':12}" + "".join(f"{m:>11}" for m in METRICS))
    print(f"{'popularity':12}" + "".join(f"{pop_test[m]:11.4f}" for m in METRICS))
    print(f"{'HSTU-1':12}" + "".join(f"{test[m]:11.4f}" for m in METRICS))
    beats = all(test[m] > pop_test[m] for m in METRICS)
    print(f"HSTU student beats popularity on every metric: {beats}")


if __name__ == "__main__":
    main()
