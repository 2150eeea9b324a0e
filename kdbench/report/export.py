"""Machine-readable leaderboards: a long-form CSV and a JSON with every number."""

from __future__ import annotations

import io
import json
import math
from importlib import metadata
from typing import Any

import pandas as pd

from kdbench.report.model import Cell, Comparison
from kdbench.report.ranking import Ranking, average_ranks


def _clean(obj: Any) -> Any:
    """NaN and ±inf are not JSON: write them as null."""
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if isinstance(obj, dict):
        return {k: _clean(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_clean(v) for v in obj]
    return obj


def cell_dict(cell: Cell) -> dict[str, Any]:
    best = {m: cell.best_second(m) for m in cell.metrics}
    rows = []
    for row in cell.rows:
        rows.append(
            {
                "method": row.name,
                "label": row.label,
                "role": row.role,
                "run_ids": {str(s): r for s, r in row.run_ids.items()},
                "grid": row.candidates,
                "metrics": {
                    m: {
                        "mean": row.mean(m),
                        "std": row.std(m),
                        "n": row.n(m),
                        "per_seed": {str(s): v for s, v in row.values[m].items()},
                        "best": row.label == best[m][0],
                        "second": row.label == best[m][1],
                        "marks": cell.marks(row.label, m),
                    }
                    for m in cell.metrics
                    if row.n(m)
                },
            }
        )
    return {
        "dataset": cell.dataset,
        "pair": cell.pair,
        "metrics": cell.metrics,
        "select_metric": cell.select_metric,
        "n_users": cell.n_users,
        "family_sizes": cell.family_sizes,
        "rows": rows,
        "comparisons": [c.to_dict() for c in cell.comparisons],
        "improvements": {
            m: None
            if i is None
            else {"best": i.best, "reference": i.reference, "percent": i.percent}
            for m, i in cell.improvements.items()
        },
        "notes": cell.notes,
    }


def _version() -> str | None:
    try:
        return metadata.version("kdbench")
    except metadata.PackageNotFoundError:
        return None


def to_json(cells: list[Cell], ranking: Ranking | None = None) -> str:
    """Every number of the leaderboard: options, rows with per-seed values, all
    comparisons (raw and adjusted p, effect sizes), Improv., average ranks."""
    ranking = ranking or average_ranks(cells)
    doc = {
        "kdbench": _version(),
        "options": cells[0].options.to_dict() if cells else None,
        "cells": [cell_dict(c) for c in cells],
        "ranks": ranking.to_dict(),
    }
    return json.dumps(_clean(doc), indent=2, ensure_ascii=False, allow_nan=False)


def _comparison_fields(c: Comparison | None, level: str) -> dict[str, Any]:
    keys = ("baseline", "n", "p", "p_adj", "significant", "mean_diff", "ci_low", "ci_high")
    keys += ("rel_improvement", "dz", "wins", "ties", "losses")
    d = c.to_dict() if c else {}
    return {f"{level}_{k}": d.get(k) for k in keys}


def to_frame(cells: list[Cell]) -> pd.DataFrame:
    """Long form: one row per (dataset, pair, method, metric, compared-to), with the
    mean ± std over seeds and the seed- and user-level comparison against the baseline."""
    records = []
    for cell in cells:
        best = {m: cell.best_second(m) for m in cell.metrics}
        for row in cell.rows:
            for m in cell.metrics:
                if not row.n(m):
                    continue
                base = {
                    "dataset": cell.dataset,
                    "pair": cell.pair,
                    "method": row.name,
                    "label": row.label,
                    "role": row.role,
                    "metric": m,
                    "mean": row.mean(m),
                    "std": row.std(m),
                    "n_seeds": row.n(m),
                    "best": row.label == best[m][0],
                    "second": row.label == best[m][1],
                    "marks": cell.marks(row.label, m),
                }
                mine = [c for c in cell.comparisons if c.metric == m and c.method == row.label]
                refs = sorted({c.baseline for c in mine}) or [None]
                for ref in refs:
                    seed = next((c for c in mine if c.baseline == ref and c.level == "seed"), None)
                    user = next((c for c in mine if c.baseline == ref and c.level == "user"), None)
                    records.append(
                        {
                            **base,
                            **_comparison_fields(seed, "seed"),
                            **_comparison_fields(user, "user"),
                        }
                    )
    return pd.DataFrame.from_records(records).convert_dtypes()


def to_csv(cells: list[Cell]) -> str:
    buf = io.StringIO()
    to_frame(cells).to_csv(buf, index=False)
    return buf.getvalue()
