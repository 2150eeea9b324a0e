"""Paired comparisons of one leaderboard cell, at two levels:

- seed: the paper's protocol, a paired t-test over the seeds (pairing by seed, df = n - 1)
  on each run's mean test metric;
- user (kdbench's addition): per user, each metric averaged over seeds, then the chosen
  paired test over users, with a paired bootstrap CI of the mean difference.

p-values are adjusted within each cell and level (the family: every comparison of the
table) by the chosen correction; a comparison is significant when its adjusted p < alpha.
"""

from __future__ import annotations

import itertools
from functools import reduce
from pathlib import Path

import numpy as np

from kdbench.report.model import (
    ALL_PAIRS,
    BEST_OTHER,
    KD,
    SEED,
    STUDENT,
    TEACHER,
    USER,
    Cell,
    Comparison,
    Improvement,
    Row,
)
from kdbench.report.records import run_metrics
from kdbench.stats import adjust, compare, higher_is_better, relative_improvement

Pairing = tuple[Row, Row, str]  # (method, baseline, metric)


def find_row(cell: Cell, name: str) -> Row | None:
    """A row by configuration label or method name."""
    return next((r for r in cell.rows if name in (r.label, r.name)), None)


def pairings(cell: Cell) -> list[Pairing]:
    """(method, baseline, metric) triples of the cell's family of comparisons."""
    base = cell.options.baseline
    out: list[Pairing] = []
    for metric in cell.metrics:
        ranked = cell.ranked(metric)
        if base == ALL_PAIRS:
            out += [(a, b, metric) for a, b in itertools.combinations(ranked, 2)]
        elif base == BEST_OTHER and len(ranked) > 1:
            # the best vs the runner-up, every other method vs the best: each pair once
            out += [(ranked[0], ranked[1], metric)]
            out += [(row, ranked[0], metric) for row in ranked[2:]]
        else:
            ref = find_row(cell, base)
            if ref is None or ref.role == TEACHER or not ref.n(metric):
                continue
            out += [(row, ref, metric) for row in ranked if row is not ref]
    return out


def _seed_level(pairs: list[Pairing]) -> list[Comparison]:
    out = []
    for a, b, metric in pairs:
        seeds = sorted(set(a.seeds(metric)) & set(b.seeds(metric)))
        va = np.array([a.values[metric][s] for s in seeds])
        vb = np.array([b.values[metric][s] for s in seeds])
        (st,) = compare(va, vb, test="t", ci="t", higher_is_better=higher_is_better(metric))
        out.append(Comparison(a.label, b.label, metric, SEED, st))
    return out


def user_means(
    output: str | Path, rows: list[Row], metrics: list[str]
) -> tuple[dict[tuple[str, str], np.ndarray], int] | None:
    """Per-user test metrics averaged over each row's seeds, on the users common to every
    run: {(label, metric): [n_users]}, n_users, computed from each run's hit lists. None
    if a run kept no lists."""
    files = {}
    for row in rows:
        for run_id in row.run_ids.values():
            data = run_metrics(output, run_id, metrics)
            if data is None or "user" not in data:
                return None
            files[run_id] = data
    if not files:
        return None
    users = [f["user"] for f in files.values()]
    common = (
        users[0]
        if all(np.array_equal(u, users[0]) for u in users)
        else reduce(np.intersect1d, users)
    )
    positions = {}
    for run_id, f in files.items():
        order = np.argsort(f["user"], kind="stable")
        positions[run_id] = order[np.searchsorted(f["user"], common, sorter=order)]
    out = {}
    for row in rows:
        for metric in metrics:
            ids = [row.run_ids[s] for s in row.seeds(metric) if metric in files[row.run_ids[s]]]
            if ids:
                out[(row.label, metric)] = np.mean(
                    [files[i][metric][positions[i]] for i in ids], axis=0
                )
    return out, int(common.size)


def _user_level(cell: Cell, pairs: list[Pairing], output: str | Path) -> list[Comparison]:
    rows = list({id(r): r for a, b, _ in pairs for r in (a, b)}.values())
    loaded = user_means(output, rows, cell.metrics)
    if loaded is None:
        cell.notes.append("per-user results missing: per-user tests skipped")
        return []
    means, cell.n_users = loaded
    pairs = [p for p in pairs if (p[0].label, p[2]) in means and (p[1].label, p[2]) in means]
    if not pairs:
        return []
    opts = cell.options
    a = np.column_stack([means[(r.label, m)] for r, _, m in pairs])
    b = np.column_stack([means[(r.label, m)] for _, r, m in pairs])
    stats = compare(
        a,
        b,
        test=opts.test,
        ci="bootstrap",
        higher_is_better=[higher_is_better(m) for _, _, m in pairs],
        n_bootstrap=opts.n_bootstrap,
        n_permutations=opts.n_permutations,
        seed=opts.seed,
    )
    return [
        Comparison(x.label, y.label, m, USER, st)
        for (x, y, m), st in zip(pairs, stats, strict=True)
    ]


def _correct(cell: Cell, comps: list[Comparison], level: str) -> None:
    p = np.array([c.stats.p for c in comps], dtype=np.float64)
    adj = adjust(p, cell.options.correction)
    for c, q in zip(comps, adj, strict=True):
        c.p_adj = float(q)
        c.significant = bool(q < cell.options.alpha)
    cell.family_sizes[level] = int((~np.isnan(p)).sum())


def improvement(cell: Cell, metric: str) -> Improvement | None:
    """Best KD method vs the baseline (student or a named method), or, for best-other and
    all-pairs, the best KD method vs the best other method."""
    ranked = cell.ranked(metric)
    base = cell.options.baseline
    if base in (BEST_OTHER, ALL_PAIRS):
        best = next((r for r in ranked if r.role == KD), None)
        ref = next((r for r in ranked if r is not best), None)
    else:
        ref = find_row(cell, base)
        best = next((r for r in ranked if r.role == KD and r is not ref), None)
    if best is None or ref is None or not ref.n(metric):
        return None
    pct = relative_improvement(best.mean(metric), ref.mean(metric), higher_is_better(metric))
    return Improvement(metric, best.label, ref.label, pct)


def analyse(cell: Cell, output: str | Path | None) -> None:
    """Fill the cell's comparisons (both levels, corrected) and its Improv. row."""
    base = cell.options.baseline
    if base not in (BEST_OTHER, ALL_PAIRS) and find_row(cell, base) is None:
        what = "no-KD student" if base == STUDENT else f"baseline {base!r}"
        cell.notes.append(f"no {what} in this table: no significance tests")
    cell.comparisons = _both_levels(cell, pairings(cell), output)
    cell.improvements = {m: improvement(cell, m) for m in cell.metrics}


def compare_rows(cell: Cell, a: Row, b: Row, output: str | Path | None) -> list[Comparison]:
    """A vs B on every metric of the cell, at both levels; each level is one family
    (its metrics) for the correction."""
    pairs = [(a, b, m) for m in cell.metrics if a.n(m) and b.n(m)]
    return _both_levels(cell, pairs, output)


def _both_levels(cell: Cell, pairs: list[Pairing], output: str | Path | None) -> list[Comparison]:
    """Seed-level tests, and per-user tests where the records are on disk and share a
    split; each level corrected as its own family."""
    seed = _seed_level(pairs)
    _correct(cell, seed, SEED)
    user: list[Comparison] = []
    if output is not None and pairs and cell.same_split:
        user = _user_level(cell, pairs, output)
        _correct(cell, user, USER)
    return seed + user
