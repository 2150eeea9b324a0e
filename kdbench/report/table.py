"""Leaderboard tables built from run records alone (no torch)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from kdbench.runner.store import Store

TEACHER, STUDENT = "teacher", "student"


def load_results(path: str | Path) -> pd.DataFrame:
    """Long-form results of a suite output folder: one row per (run, split, metric)."""
    rows: list[dict[str, Any]] = []
    for rec in Store(path).records():
        if rec.get("status") != "done":
            continue
        labels = rec.get("labels", {})
        for split, metrics in rec["summary"].items():
            for metric, value in metrics.items():
                rows.append(
                    {
                        "run_id": rec["run_id"],
                        "kind": rec["kind"],
                        "dataset": rec["data"]["name"],
                        "pair": labels.get("pair", ""),
                        "method": labels.get("method", rec["kind"]),
                        "teacher_id": rec.get("teacher_id"),
                        "seed": rec["spec"]["seed"],
                        "split": split,
                        "metric": metric,
                        "value": value,
                    }
                )
    return pd.DataFrame(
        rows,
        columns=[
            "run_id",
            "kind",
            "dataset",
            "pair",
            "method",
            "teacher_id",
            "seed",
            "split",
            "metric",
            "value",
        ],
    )


def _method_order(methods: list[str]) -> list[str]:
    head = [m for m in (TEACHER, STUDENT) if m in methods]
    return head + sorted(m for m in methods if m not in head)


def cells(results: pd.DataFrame, metrics: list[str] | None = None) -> list[dict[str, Any]]:
    """One leaderboard cell per (dataset, pair): methods × metrics of test mean, std, n."""
    test = results[results["split"] == "test"]
    students = test[test["kind"] == "student"]
    out = []
    for (dataset, pair), part in students.groupby(["dataset", "pair"], sort=True):
        teacher_ids = set(part["teacher_id"].dropna())
        teachers = test[(test["kind"] == "teacher") & test["run_id"].isin(teacher_ids)].assign(
            method=TEACHER
        )
        block = pd.concat([teachers, part])
        ms = metrics or sorted(block["metric"].unique(), key=_metric_key)
        stats = block.groupby(["method", "metric"])["value"].agg(["mean", "std", "count"])
        methods = _method_order(list(block["method"].unique()))
        table = {
            m: {
                k: {
                    "mean": float(stats.loc[(m, k), "mean"]),
                    "std": float(np.nan_to_num(stats.loc[(m, k), "std"])),
                    "n": int(stats.loc[(m, k), "count"]),
                }
                for k in ms
                if (m, k) in stats.index
            }
            for m in methods
        }
        out.append(
            {"dataset": dataset, "pair": pair, "metrics": ms, "methods": methods, "table": table}
        )
    return out


def _metric_key(name: str) -> tuple[str, int]:
    kind, _, k = name.partition("@")
    return (kind, int(k) if k.isdigit() else 0)


def best_methods(cell: dict[str, Any], metric: str) -> tuple[str | None, str | None]:
    """(best, second) methods on ``metric`` among the students (the teacher is a reference)."""
    scores = sorted(
        ((v[metric]["mean"], m) for m, v in cell["table"].items() if m != TEACHER and metric in v),
        reverse=True,
    )
    best = scores[0][1] if scores else None
    second = scores[1][1] if len(scores) > 1 else None
    return best, second
