"""Our published runs against a paper's table: the Markdown table of results/README.md.

    python scripts/vs_paper.py results/paper-citeulike-mf results/rcekd-table1-citeulike.csv

Per (pair, method) of the results folder: the seeds run, each seed's best epoch, our test
metrics (mean over seeds) and the sample standard deviation of NDCG@20 over seeds, the
paper's values, and our NDCG@20 relative to the paper's. The paper's rows are matched on
(dataset, pair, method): a dataset or method the paper lacks gets "–". A folder of several
datasets names each row's dataset before its pair.
A named variant (a one-value grid such as ``hetcomp[num_ckpt=2]``) is compared with the
paper's row of its method; the method column keeps the variant's name.
"""

from __future__ import annotations

import sys

import pandas as pd

from kdbench import load_results
from kdbench.report.table import read_records

METRICS = ("recall@10", "ndcg@10", "recall@20", "ndcg@20")
ORDER = (
    "teacher",
    "student",
    "ce",
    "ce-teacher",
    "rd",
    "rrd",
    "de",
    "htd",
    "cd",
    "dcd",
    "hetcomp",
    "rcekd",
)


def _order(method: str) -> tuple[int, str]:
    """Table order: by the method (a variant beside its method), then by name."""
    base = method.partition("[")[0]
    return (ORDER.index(base) if base in ORDER else len(ORDER), method)


def table(results: str, reference: str) -> str:
    df = load_results(results)
    df = df[df["split"] == "test"]
    paper = pd.read_csv(reference).set_index(["dataset", "pair", "method"])
    best = {rec["run_id"]: rec.get("best_epoch") for rec in read_records(results)}
    head = "| pair | method | seeds | best epoch | R@10 | N@10 | R@20 | N@20 | sd N@20 |"
    head += " paper R@10 | N@10 | R@20 | N@20 | N@20 vs paper |"
    lines = [head, "|---|---|---|---|" + "---:|" * 10]
    several = df["dataset"].nunique() > 1
    for (dataset, pair), cell in df.groupby(["dataset", "pair"], sort=False):
        methods = sorted(cell["method"].unique(), key=_order)
        for method in methods:
            runs = cell[cell["method"] == method]
            wide = runs.pivot_table(index="seed", columns="metric", values="value")
            ours = wide[list(METRICS)].mean()
            sd = wide["ndcg@20"].std() if len(wide) > 1 else float("nan")
            epochs = runs.drop_duplicates("run_id").sort_values("seed")
            key = next(
                (
                    (dataset, pair, m)
                    for m in (method, method.partition("[")[0])
                    if (dataset, pair, m) in paper.index
                ),
                None,
            )
            ref = paper.loc[key] if key is not None else None
            row = [
                f"{dataset}/{pair}" if several else pair,
                method,
                ",".join(map(str, sorted(wide.index))),
                "/".join(str(best.get(r, "–")) for r in epochs["run_id"]),
                *(f"{ours[m]:.4f}" for m in METRICS),
                "–" if pd.isna(sd) else f"{sd:.4f}",
                *(f"{ref[m]:.4f}" if ref is not None else "–" for m in METRICS),
                f"{ours['ndcg@20'] / ref['ndcg@20'] - 1:+.1%}" if ref is not None else "–",
            ]
            lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python scripts/vs_paper.py RESULTS_FOLDER REFERENCE_CSV")
    print(table(sys.argv[1], sys.argv[2]))
