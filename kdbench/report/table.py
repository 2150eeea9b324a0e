"""Leaderboard tables built from run records alone: the long-form results DataFrame and
one cell per (dataset, teacher→student pair), with grid configurations chosen on
validation."""

from __future__ import annotations

import difflib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd

from kdbench.errors import ConfigError
from kdbench.report.model import KD, SCRATCH, STUDENT, TEACHER, Cell, Options, Row
from kdbench.report.records import read_records
from kdbench.report.significance import analyse
from kdbench.stats import higher_is_better

COLUMNS = [
    "run_id",
    "kind",
    "dataset",
    "fingerprint",
    "pair",
    "method",
    "family",
    "teacher_id",
    "loss",
    "student_backbone",
    "seed",
    "monitor",
    "split",
    "metric",
    "value",
]


def family_of(method: str) -> str:
    """'rcekd[beta=3]' → 'rcekd': the configurations of one grid share a family."""
    return method.partition("[")[0]


def load_results(path: str | Path) -> pd.DataFrame:
    """Long-form results of a suite output folder: one row per (finished run, split, metric).

    Columns: run_id, kind (teacher|student), dataset, fingerprint, pair, method (the
    configuration label, e.g. ``rcekd[beta=3]``), family (``rcekd``), teacher_id, loss
    (the registered loss name), student_backbone (its spec as JSON), seed,
    monitor (the early-stopping metric), split (valid|test), metric, value. ``attrs``
    holds the folder (``output``, used to load per-user results) and the failed runs.
    """
    rows: list[dict[str, Any]] = []
    failed = []
    for rec in read_records(path):
        if rec.get("status") == "pruned":  # a tuning trial stopped early: not a result
            continue
        if rec.get("status") != "done":
            failed.append({"run_id": rec.get("run_id"), "error": rec.get("error")})
            continue
        labels = rec.get("labels", {})
        method = labels.get("method", rec["kind"])
        spec = rec.get("spec", {})
        base = {
            "run_id": rec["run_id"],
            "kind": rec["kind"],
            "dataset": rec["data"]["name"],
            "fingerprint": rec["data"].get("fingerprint"),
            "pair": labels.get("pair", ""),
            "method": method,
            "family": family_of(method),
            "teacher_id": rec.get("teacher_id"),
            "loss": spec.get("loss", {}).get("name"),
            "student_backbone": json.dumps(spec.get("backbone", {}), sort_keys=True),
            "seed": spec.get("seed", 0),
            "monitor": spec.get("train", {}).get("monitor"),
        }
        for split, metrics in rec.get("summary", {}).items():
            for metric, value in metrics.items():
                rows.append({**base, "split": split, "metric": metric, "value": value})
    df = pd.DataFrame(rows, columns=COLUMNS)
    df.attrs["output"] = str(path)
    df.attrs["failed"] = failed
    return df


def _metric_key(name: str) -> tuple[str, int]:
    kind, _, k = name.partition("@")
    return (kind, int(k) if k.isdigit() else 0)


def _values(part: pd.DataFrame, metrics: list[str]) -> tuple[dict, dict[int, str], list[str]]:
    """metric → seed → test value, seed → run id, and notes on duplicate seeds."""
    notes = []
    run_ids: dict[int, str] = {}
    for seed, runs in part.groupby("seed")["run_id"]:
        ids = sorted(set(runs))
        run_ids[int(seed)] = ids[0]
        if len(ids) > 1:
            method = part["method"].iloc[0]
            notes.append(
                f"{method} has {len(ids)} runs for seed {seed} (different specs); using {ids[0]}"
            )
    test = part[(part["split"] == "test") & part["run_id"].isin(set(run_ids.values()))]
    values = {
        m: {int(r.seed): float(r.value) for r in test[test["metric"] == m].itertuples()}
        for m in metrics
    }
    return {m: v for m, v in values.items() if v}, run_ids, notes


def _choose(fam: pd.DataFrame, select: str) -> tuple[str, list[dict[str, Any]]]:
    """The configuration of a grid with the best mean validation ``select`` (never test)."""
    labels = sorted(fam["method"].unique())
    if len(labels) == 1:
        return labels[0], []
    valid = fam[(fam["split"] == "valid") & (fam["metric"] == select)]
    stats = valid.groupby("method")["value"].agg(["mean", "count"])
    candidates = [
        {
            "label": lab,
            "valid": float(stats.loc[lab, "mean"]) if lab in stats.index else None,
            "n": int(stats.loc[lab, "count"]) if lab in stats.index else 0,
        }
        for lab in labels
    ]
    scored = [c for c in candidates if c["valid"] is not None]
    if not scored:
        raise ConfigError(
            f"grid {family_of(labels[0])}: no validation {select!r} recorded; choose "
            f"another with --select (recorded: {', '.join(sorted(fam['metric'].unique()))})"
        )
    sign = -1.0 if higher_is_better(select) else 1.0
    best = min(scored, key=lambda c: (sign * c["valid"], c["label"]))
    return best["label"], candidates


def _select_metric(part: pd.DataFrame, opts: Options) -> str:
    if opts.select:
        return opts.select
    monitors = part["monitor"].dropna()
    return str(monitors.mode().iloc[0]) if len(monitors) else "ndcg@10"


def _build_cell(
    dataset: str, pair: str, teachers: pd.DataFrame, students: pd.DataFrame, opts: Options
) -> Cell:
    metrics = list(opts.metrics) if opts.metrics else []
    if not metrics:
        test = pd.concat([teachers, students])
        metrics = sorted(test[test["split"] == "test"]["metric"].unique(), key=_metric_key)
    select = _select_metric(students, opts)
    rows, notes = [], []
    if len(teachers):
        values, run_ids, _ = _values(teachers.assign(seed=0), metrics)
        rows.append(Row(TEACHER, TEACHER, TEACHER, run_ids, values))
    families = sorted(students["family"].unique(), key=lambda f: (f != STUDENT, f))
    for family in families:
        fam = students[students["family"] == family]
        label, candidates = _choose(fam, select)
        values, run_ids, dup = _values(fam[fam["method"] == label], metrics)
        notes += dup
        role = SCRATCH if family == STUDENT else KD
        rows.append(Row(family, label, role, run_ids, values, candidates))
    same_split = students["fingerprint"].nunique() <= 1
    if not same_split:
        notes.append("runs of this table used different data splits: per-user tests skipped")
    return Cell(dataset, pair, metrics, rows, opts, select, notes=notes, same_split=same_split)


def _check_metrics(results: pd.DataFrame, metrics: tuple[str, ...]) -> None:
    known = set(results[results["split"] == "test"]["metric"])
    for m in metrics:
        if m not in known:
            close = difflib.get_close_matches(m, sorted(known), n=1)
            hint = (
                f"did you mean {close[0]!r}?" if close else f"recorded: {', '.join(sorted(known))}"
            )
            raise ConfigError(f"--metrics: no run recorded {m!r}; {hint}")


def _with_shared_baselines(
    students: pd.DataFrame, part: pd.DataFrame, dataset: str, pair: str
) -> pd.DataFrame:
    """Add the no-KD runs of this cell's student that were recorded under another pair.

    A scratch student does not depend on the teacher, so it is trained once (one run id)
    and belongs to every pair with that student backbone (the paper's Table 1 repeats the
    same Student row under MF→MF, LGCN→MF and HSTU→MF)."""
    backbones = set(part["student_backbone"])
    shared = students[
        (students["loss"] == "student")
        & (students["dataset"] == dataset)
        & (students["pair"] != pair)
        & students["student_backbone"].isin(backbones)
        & ~students["run_id"].isin(set(part["run_id"]))
    ]
    if shared.empty:
        return part
    return pd.concat([part, shared.assign(pair=pair)], ignore_index=True)


def cells(
    results: pd.DataFrame, metrics: list[str] | None = None, options: Options | None = None
) -> list[Cell]:
    """One leaderboard cell per (dataset, pair): rows teacher, student, then each loss
    (grids reduced to their best-on-validation configuration), test mean ± std over
    seeds, and paired comparisons with the baseline (per seed from the records; per user
    when ``results.attrs['output']`` points at the run folders)."""
    opts = options or Options()
    if metrics:
        opts = replace(opts, metrics=tuple(metrics))
    if opts.metrics and len(results):
        _check_metrics(results, opts.metrics)
    output = results.attrs.get("output")
    students = results[results["kind"] == "student"]
    out = []
    for (dataset, pair), part in students.groupby(["dataset", "pair"], sort=True):
        teacher_ids = set(part["teacher_id"].dropna())
        part = _with_shared_baselines(students, part, dataset, pair)
        teachers = results[(results["kind"] == "teacher") & results["run_id"].isin(teacher_ids)]
        cell = _build_cell(str(dataset), str(pair), teachers, part, opts)
        analyse(cell, output if opts.user_level else None)
        out.append(cell)
    return out
