"""Test metrics of ranking by train popularity, beside a suite's leaderboard.

Usage: python benchmarks/popularity_baseline.py DATASET [SUITE_OUTPUT]
Prints popularity's test Recall/NDCG@10/20 (same evaluator, train items masked) and, when a
suite output folder is given, the teacher and no-KD student rows from its records.
"""

from __future__ import annotations

import sys

import torch

from kdbench.data import load_dataset
from kdbench.eval.evaluator import Evaluator
from kdbench.report import cells, load_results

METRICS = ["recall@10", "recall@20", "ndcg@10", "ndcg@20"]


class Popularity(torch.nn.Module):
    """Scores every item by its train interaction count, the same for every user."""

    def __init__(self, popularity: torch.Tensor) -> None:
        super().__init__()
        self.pop = popularity.float()

    def score(self, users: torch.Tensor) -> torch.Tensor:
        return self.pop.expand(len(users), -1).clone()


def main() -> None:
    data = load_dataset(sys.argv[1])
    pop = Popularity(torch.as_tensor(data.item_popularity()))
    res = Evaluator(data, METRICS, "cpu").evaluate(pop, ("test",)).summary()["test"]
    print(f"{data.name} popularity: " + "  ".join(f"{m}={res[m]:.4f}" for m in METRICS))
    if len(sys.argv) > 2:
        for cell in cells(load_results(sys.argv[2], METRICS), METRICS):
            for row in cell.rows:
                if row.label not in ("teacher", "student"):
                    continue
                print(
                    f"{cell.dataset} {cell.pair} {row.label}: "
                    + "  ".join(f"{m}={row.mean(m):.4f}" for m in METRICS if row.n(m))
                )


if __name__ == "__main__":
    main()
