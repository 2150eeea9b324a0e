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
from kdbench.eval.metrics import is_view, parse_metric
from kdbench.report.model import KD, SCRATCH, STUDENT, TEACHER, Cell, Options, Row
from kdbench.report.records import check_lineage, lists, metric_arrays, read_records
from kdbench.report.significance import analyse
from kdbench.report.tuning import another_configuration, tuned_choices, tuning_caption
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


def recorded_metrics(rec: dict[str, Any]) -> list[str]:
    """The metrics the suite that wrote ``rec`` asked for, in its order."""
    listed = rec.get("eval", {}).get("metrics")
    return list(listed) if listed else list(rec.get("summary", {}).get("test", {}))


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def load_results(
    path: str | Path,
    metrics: list[str] | tuple[str, ...] | None = None,
    valid: list[str] | tuple[str, ...] = (),
) -> pd.DataFrame:
    """Long-form results of a suite output folder: one row per (finished run, split, metric).

    Every value is computed here from the run's stored hit lists (``topk.npz``), so
    ``metrics`` may name any metric with K up to the runs' list depth, asked for by the
    suite or not (default: those of the suite that wrote each run). Validation values:
    the same metrics, each run's monitor and ``valid`` (the metric a grid is chosen by),
    from the valid hit lists, or from run.json for runs that kept none.

    Columns: run_id, kind (teacher|student), dataset, fingerprint, pair, method (the
    configuration label, e.g. ``rcekd[beta=3]``), family (``rcekd``), teacher_id, loss
    (the registered loss name), student_backbone (its spec as JSON), seed,
    monitor (the early-stopping metric), split (valid|test), metric, value. ``attrs``
    holds the folder (``output``, used to load per-user results), the failed runs,
    ``superseded``: the runs of a tuned loss under another configuration than its finished
    study chose (left out: that loss's rows are its finals; ``tuning/tune.json``),
    ``metrics``: the column order (``metrics``, else the suites' order), and ``tuning``:
    a tuned folder's caption sentence (budget, sampler, pruner, objective; else empty).
    """
    rows: list[dict[str, Any]] = []
    failed = []
    order: list[str] = list(metrics or [])
    records = read_records(path)
    check_lineage(path, records)
    choices, left_out = tuned_choices(path), []
    for rec in records:
        if rec.get("status") == "pruned":  # a tuning trial stopped early: not a result
            continue
        if rec.get("status") != "done":
            failed.append({"run_id": rec.get("run_id"), "error": rec.get("error")})
            continue
        if another_configuration(rec, choices):  # its tuned loss's row is its finals
            left_out.append(rec)
            continue
        labels = rec.get("labels", {})
        method = labels.get("method", rec["kind"])
        spec = rec.get("spec", {})
        monitor = spec.get("train", {}).get("monitor")
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
            "monitor": monitor,
        }
        wanted = list(metrics) if metrics else recorded_metrics(rec)
        if not metrics:
            order += wanted
        test = metric_arrays(path, rec, wanted, "test", required=False)
        stored = rec.get("summary", {})
        for metric in wanted:
            value = _value(test, stored.get("test", {}), metric)
            if value is None:
                metric_arrays(path, rec, [metric], "test")  # raises: says what is missing
                continue
            rows.append({**base, "split": "test", "metric": metric, "value": value})
        found = lists(path, rec)
        names = _unique([*wanted, *filter(None, [monitor]), *valid])
        if found is not None:
            names = [m for m in names if not is_view(m) or parse_metric(m)[1] <= found.depth]
        valid_arrays = metric_arrays(path, rec, names, "valid", required=False)
        for metric in names:
            value = _value(valid_arrays, stored.get("valid", {}), metric)
            if value is not None:
                rows.append({**base, "split": "valid", "metric": metric, "value": value})
    df = pd.DataFrame(rows, columns=COLUMNS)
    df.attrs["output"] = str(path)
    df.attrs["failed"] = failed
    df.attrs["superseded"] = [
        {
            "dataset": r["spec"]["dataset"]["name"],
            "pair": r["labels"].get("pair", ""),
            "method": r["labels"]["method"],
            "seed": r["spec"].get("seed", 0),
        }
        for r in left_out
    ]
    df.attrs["metrics"] = _unique(order)
    df.attrs["tuning"] = tuning_caption(path)
    return df


def _value(arrays: dict[str, Any], summary: dict[str, float], metric: str) -> float | None:
    """The mean of the per-user values, else run.json's mean, else None."""
    if metric in arrays:
        return float(arrays[metric].mean())
    return summary.get(metric)


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
    dataset: str,
    pair: str,
    teachers: pd.DataFrame,
    students: pd.DataFrame,
    opts: Options,
    order: list[str],
) -> Cell:
    metrics = list(opts.metrics) if opts.metrics else []
    if not metrics:
        # the suite's column order, the same in `run` and `leaderboard`
        test = pd.concat([teachers, students])
        present = set(test[test["split"] == "test"]["metric"])
        metrics = [m for m in order if m in present] + sorted(present - set(order))
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
    if opts.sort:
        rows = _sorted(rows, opts.sort, metrics)
    same_split = students["fingerprint"].nunique() <= 1
    if not same_split:
        notes.append("runs of this table used different data splits: per-user tests skipped")
    return Cell(dataset, pair, metrics, rows, opts, select, notes=notes, same_split=same_split)


def _sorted(rows: list[Row], metric: str, metrics: list[str]) -> list[Row]:
    """The teacher first (a reference), then best first on ``metric``; rows without it last."""
    if metric not in metrics:
        raise ConfigError(
            f"--sort: {metric!r} is not a column ({', '.join(metrics)}); add it with --metrics"
        )
    sign = -1.0 if higher_is_better(metric) else 1.0
    ranked = sorted(
        (r for r in rows if r.role != TEACHER),
        key=lambda r: (not r.n(metric), sign * r.mean(metric) if r.n(metric) else 0.0, r.label),
    )
    return [r for r in rows if r.role == TEACHER] + ranked


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


def _superseded_notes(
    left_out: list[dict[str, Any]], dataset: str, pair: str, rows: set[str]
) -> list[str]:
    """One note per tuned loss whose runs of another configuration than its tuned one
    ``load_results`` left out of this cell; ``rows``: the cell's method labels (a loss
    none of whose finals has finished yet has none)."""
    seeds: dict[str, list[int]] = {}
    for r in left_out:
        if (r["dataset"], r["pair"]) == (dataset, pair):
            seeds.setdefault(r["method"], []).append(r["seed"])
    return [
        f"{method}: {len(s)} run{'s' * (len(s) > 1)} of another configuration than its "
        f"tuned one left out (seeds {', '.join(map(str, sorted(s)))}): "
        + (
            "its row is its tuned configuration's."
            if method in rows
            else "no run of its tuned configuration has finished yet, so it has no row."
        )
        for method, s in sorted(seeds.items())
    ]


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
        order = results.attrs.get("metrics", [])
        cell = _build_cell(str(dataset), str(pair), teachers, part, opts, order)
        if results.attrs.get("tuning"):  # every format's caption says how rows were tuned
            cell.notes.append(results.attrs["tuning"])
        cell.notes += _superseded_notes(
            results.attrs.get("superseded", []), dataset, pair, set(part["method"])
        )
        analyse(cell, output if opts.user_level else None)
        out.append(cell)
    return out
