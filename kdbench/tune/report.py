"""Tuning reports from a suite output folder: each study's trials and best configuration,
hyperparameter importance, tuned vs reference configuration, sensitivity plots.

Reads ``OUTPUT/tuning/tune.json`` (which trial ran which configuration as which runs) and
the run records (every number); imports no torch, like the rest of the report layer.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import optuna

from kdbench.errors import ConfigError
from kdbench.report.records import lineage_problem, metric_arrays, read_records
from kdbench.report.render import md_escape
from kdbench.report.text import fmt_p
from kdbench.report.tuning import (
    TUNE_JSON,
    another_configuration,
    mean_curve,
    read_curve,
    trial_records,
    trial_state,
    trial_value,
    tuned_choices,
)
from kdbench.stats.paired import paired_t
from kdbench.tune.prune import Curve, EpochPruner, contradiction, first_stop


def load_summary(output: str | Path) -> dict[str, Any]:
    """``OUTPUT/tuning/tune.json``, or a one-line error naming what to run."""
    path = Path(output) / TUNE_JSON
    if not path.is_file():
        raise ConfigError(f"{output}: no {TUNE_JSON}; run a suite with a tune: section first")
    return json.loads(path.read_text())


@dataclass
class TrialRow:
    number: int
    generation: int
    params: dict[str, Any]
    state: str | None
    value: float | None  # the objective (validation), from the records
    epochs: int  # epochs trained over the trial's runs
    hours: float  # their run time (training and validation, wall clock), in hours


def trials(output: str | Path, study: dict[str, Any]) -> list[TrialRow]:
    """A study's trials with their objective and epochs read from their run records."""
    runs = Path(output) / "tuning" / "runs"
    monitor = study["objective"].removeprefix("valid ")
    out = []
    for t in study["trials"]:
        recs = trial_records(runs, t["run_ids"])
        state = t["state"] or trial_state(recs)
        value = None
        if state == "complete" and all(recs):
            value = trial_value(recs, monitor)
        epochs = sum(int(r.get("epochs_run", 0)) for r in recs if r)
        hours = sum(float(r.get("timings", {}).get("total_s", 0.0)) for r in recs if r) / 3600
        out.append(TrialRow(t["number"], t["generation"], t["params"], state, value, epochs, hours))
    return out


def best_trial(rows: list[TrialRow]) -> TrialRow | None:
    """The complete trial with the highest objective (ties: the earliest), as
    ``Study.best`` selects it, over the trials settled so far."""
    done = [r for r in rows if r.state == "complete" and r.value is not None]
    return max(done, key=lambda r: (r.value, -r.number)) if done else None


IMPORTANCE_TOP = 5  # Optuna's PED-ANOVA docs: "preferable to include at least 5 trials"


def importance_quantile(n: int) -> float:
    """PED-ANOVA's top quantile for ``n`` complete trials: Optuna's default 10%, widened
    so that it holds at least ``IMPORTANCE_TOP`` trials (a 20-trial study's 10% is two),
    and at most half of them."""
    return min(0.5, max(0.1, IMPORTANCE_TOP / n))


def importance(study: dict[str, Any], rows: list[TrialRow]) -> dict[str, float]:
    """Each searched parameter's importance for reaching the best complete trials (the
    top ``importance_quantile``), as shares summing to 1 (Optuna's PED-ANOVA: needs no
    scikit-learn, unlike its fANOVA, and is deterministic); empty with fewer than 3
    complete trials."""
    done = [r for r in rows if r.state == "complete" and r.value is not None]
    if len(done) < 3:
        return {}
    dists = {
        k: optuna.distributions.json_to_distribution(json.dumps(v))
        for k, v in study["space"].items()
    }
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    mem = optuna.create_study(direction="maximize")
    for r in done:
        mem.add_trial(
            optuna.trial.create_trial(params=r.params, distributions=dists, value=r.value)
        )
    try:
        evaluator = optuna.importance.PedAnovaImportanceEvaluator(
            target_quantile=importance_quantile(len(done))
        )
        found = optuna.importance.get_param_importances(mem, evaluator=evaluator)
    except (RuntimeError, ValueError):  # e.g. every complete trial has the same values
        return {}
    # Optuna orders equal importances as a set of names iterates (it varies per process)
    return dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))


def pruning_saved(rows: list[TrialRow]) -> tuple[int, float]:
    """(pruned trials, epochs they did not train): each pruned trial against the mean
    epochs of the complete trials of its study, an estimate of what pruning saved."""
    done = [r.epochs for r in rows if r.state == "complete"]
    pruned = [r for r in rows if r.state == "pruned"]
    if not done or not pruned:
        return len(pruned), 0.0
    mean = float(np.mean(done))
    return len(pruned), float(sum(max(mean - r.epochs, 0.0) for r in pruned))


def _format(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3g}"
    return str(value)


def config_text(params: dict[str, Any] | None) -> str:
    if not params:
        return ""
    return ", ".join(f"{k}={_format(v)}" for k, v in sorted(params.items()))


def trial_lineage_problems(output: str | Path) -> list[tuple[str, str]]:
    """(run id, what is wrong) for each trial run distilled from another training of its
    teacher than the record of that teacher here (in the trials' store, else among the
    finished runs), or, with no record of it here (a tuning published in its trials),
    than the other trials of that teacher (``lineage_problem``)."""
    output = Path(output)
    trials, memo = output / "tuning", {}
    out = []
    for rec in read_records(trials):
        tid = rec.get("teacher_id")
        if rec.get("kind") != "student" or not tid:
            continue
        home = trials if (trials / "runs" / tid).is_dir() else output
        problem = lineage_problem(home, rec, memo)
        if problem:
            out.append((rec["run_id"], problem))
    return out


def pruning_problems(output: str | Path) -> list[tuple[str, int, str, str]]:
    """(study, trial, run id, what is wrong) for each trial run whose record the study's
    pruner would not have written: each generation's trials judged, as the tuner judged
    them, against the settled trials of the generations before (``prune.contradiction``),
    all from the records. A trial with a run not recorded yet is left out."""
    runs = Path(output) / "tuning" / "runs"
    out = []
    for study in load_summary(output)["studies"]:
        monitor = study["objective"].removeprefix("valid ")
        settled: list[Curve] = []  # the earlier generations' trials, in trial order
        for _, group in itertools.groupby(study["trials"], key=lambda t: t["generation"]):
            pruner = EpochPruner(
                study["pruner"],
                study["warmup_epochs"],
                study["startup_trials"],
                f"valid_{monitor}",
                list(settled),
            )
            for t in group:
                recs = trial_records(runs, t["run_ids"])
                state = trial_state(recs)
                if state not in ("complete", "pruned"):
                    continue
                curves = [read_curve(runs / rid, monitor) for rid in t["run_ids"]]
                for rid, rec, curve in zip(t["run_ids"], recs, curves, strict=True):
                    problem = contradiction(pruner, rec, curve)
                    if problem:
                        out.append((study["name"], t["number"], rid, problem))
                value = trial_value(recs, monitor) if state == "complete" else None
                settled.append((state, mean_curve(curves), value))
    return out


def _stop(
    kind: str, warmup: int, reference: list[Curve], curve: list[tuple[int, float]]
) -> int | None:
    """The epoch at which kdbench's pruner stops ``curve`` (no startup count)."""
    return first_stop(EpochPruner(kind, warmup, 1, "v", reference), curve)


def pruning_fidelity(
    output: str | Path,
    warmups: list[int] | None = None,
    stop: Callable[[str, int, list[Curve], list[tuple[int, float]]], int | None] = _stop,
) -> list[dict[str, Any]]:
    """Would the studies' pruner stop good trials? Each complete trial is judged against
    its study's other complete trials (leave-one-out, as a trial of a later generation
    would be; no startup count) by the study's pruner with each warm-up of ``warmups``
    (default: the tuning's own); ``stop(kind, warmup, reference, curve)`` gives the epoch
    it stops at (default: kdbench's pruner). One row per warm-up: trials pruned, the
    share of their epochs saved, and the regret per study (how far the best trial left
    running is below the study's best; 1 when every one is stopped), with the trials
    within 3% of their study's best that it stops ("alias#number@epoch")."""
    output = Path(output)
    runs = output / "tuning" / "runs"
    studies = []
    for s in load_summary(output)["studies"]:
        monitor = s["objective"].removeprefix("valid ")
        complete = [
            t for t in s["trials"] if trial_state(trial_records(runs, t["run_ids"])) == "complete"
        ]
        curves = {
            t["number"]: mean_curve([read_curve(runs / rid, monitor) for rid in t["run_ids"]])
            for t in complete
        }
        if len(curves) >= 2 and s["pruner"] != "none":
            studies.append((s, curves))
    if warmups is None:
        warmups = sorted({s["warmup_epochs"] for s, _ in studies})
    rows = []
    for warmup in warmups:
        pruned = saved = total = 0
        regrets, stopped = [], []
        for s, curves in studies:
            value = {n: max(v for _, v in c) for n, c in curves.items()}
            best = max(value.values())
            kept = []
            for n, curve in curves.items():
                ref = [("complete", c, value[k]) for k, c in curves.items() if k != n]
                at = stop(s["pruner"], warmup, ref, curve)
                total += len(curve)
                if at is None:
                    kept.append(value[n])
                    continue
                pruned += 1
                saved += sum(1 for e, _ in curve if e > at)
                if value[n] >= 0.97 * best:
                    stopped.append(f"{s['alias']}#{n}@{at}")
            regrets.append((best - max(kept, default=0.0)) / best if best > 0 else 0.0)
        rows.append(
            {
                "warmup": warmup,
                "trials": sum(len(c) for _, c in studies),
                "pruned": pruned,
                "saved": saved / total if total else 0.0,
                "regret_mean": sum(regrets) / len(regrets) if regrets else 0.0,
                "regret_worst": max(regrets, default=0.0),
                "studies_hit": sum(r > 0.01 for r in regrets),
                "studies": len(regrets),
                "stopped": stopped,
            }
        )
    return rows


PRUNING_COLUMNS = (
    "warm-up",
    "pruned",
    "epochs saved",
    "regret mean",
    "worst",
    "studies >1%",
    "best stopped",
)
PRUNING_NOTE = (
    "leave-one-out over each study's complete trials: each judged by the study's pruner "
    "against the others, as a later generation would be; regret: how far the best trial "
    "left running is below the study's best; best stopped: trials within 3% of it"
)


def pruning_cells(row: dict[str, Any]) -> list[str]:
    return [
        str(row["warmup"]),
        f"{row['pruned']}/{row['trials']}",
        f"{row['saved']:.0%}",
        f"{row['regret_mean']:.1%}",
        f"{row['regret_worst']:.0%}",
        f"{row['studies_hit']}/{row['studies']}",
        " ".join(row["stopped"]) or "–",
    ]


def study_rows(output: str | Path) -> list[dict[str, Any]]:
    """One row per study: best configuration, trials run/pruned/failed, importance."""
    summary = load_summary(output)
    out = []
    for study in summary["studies"]:
        rows = trials(output, study)
        states = [r.state for r in rows]
        best = best_trial(rows)  # the summary's own "best" once the tuning has ended
        n_pruned, saved = pruning_saved(rows)
        out.append(
            {
                "study": study["name"],
                "budget": study["trials_budget"],
                "complete": states.count("complete"),
                "pruned": n_pruned,
                "failed": states.count("fail"),
                "epochs": sum(r.epochs for r in rows),
                "hours": sum(r.hours for r in rows),
                "epochs_saved": saved,
                "best": best.number if best else None,
                "best_value": best.value if best else None,
                "objective": study["objective"],
                "best_params": config_text(best.params if best else None),
                "reference": config_text(study.get("reference")),
                "importance": importance(study, rows),
                "history": history(rows),
            }
        )
    return out


def history(rows: list[TrialRow]) -> list[float | None]:
    """The objective of the best complete trial after each generation (the optimisation
    history, by generation): what the selection would have chosen had the budget ended
    there. Up to the last generation with a settled trial (a generation proposed but not
    run yet has no entry); None while no trial is complete."""
    gens = max((r.generation for r in rows if r.state), default=-1) + 1
    out = []
    for g in range(gens):
        best = best_trial([r for r in rows if r.generation <= g])
        out.append(best.value if best else None)
    return out


def _records_by_method(
    output: str | Path, choices: dict[tuple[str, str, str], dict[str, Any]] | None = None
) -> tuple[dict[tuple[str, ...], dict[int, dict[str, Any]]], dict[tuple[str, ...], set[str]]]:
    """(dataset, its split's fingerprint, pair, method) → {seed: record} of the finished
    student runs (users pair up only between runs on the same split), and → the trainings
    of the teacher they were distilled from (``teacher_lists`` digests). ``choices``
    (``tuned_choices``): leave out the runs of a tuned loss under another configuration."""
    out: dict[tuple[str, ...], dict[int, dict[str, Any]]] = {}
    lineage: dict[tuple[str, ...], set[str]] = {}
    for rec in read_records(output):
        if rec.get("status") != "done" or rec.get("kind") != "student":
            continue
        if choices and another_configuration(rec, choices):
            continue
        labels, data = rec.get("labels", {}), rec["data"]
        key = (data["name"], data.get("fingerprint"), labels.get("pair", ""), labels["method"])
        out.setdefault(key, {})[int(rec["spec"].get("seed", 0))] = rec
        if rec.get("teacher_lists"):
            lineage.setdefault(key, set()).add(rec["teacher_lists"])
    return out, lineage


def tuned_vs_reference(
    output: str | Path, reference: str | Path, metric: str
) -> list[dict[str, Any]]:
    """Per tuned loss: test ``metric`` of the tuned finals vs the reference configuration's
    runs in ``reference`` (another output folder, e.g. a published results/ folder with the
    same cells), the relative gain, and a paired t-test over users (each user's metric
    averaged over the seeds of each side; users paired as the splits are fixed).

    Beside it, the validation objective on the seeds the selection never saw (final seeds
    outside the trial seeds, run on both sides): the trial seeds' objective chose the best
    of many configurations, so it is biased upwards (the winner's curse); on new seeds it
    says whether the chosen configuration's edge on validation holds at all.

    Only finished studies have finals: a study still tuning is left out, and so are runs
    of another configuration than the chosen one (e.g. reference runs published before
    the study had finished), as in the leaderboard."""
    summary, choices = load_summary(output), tuned_choices(output)
    (tuned, tuned_lineage), (ref, ref_lineage) = (
        _records_by_method(output, choices),
        _records_by_method(reference),
    )
    rows = []
    for key in sorted(k for k in tuned if k in ref):
        study = next(
            (
                s
                for s in summary["studies"]
                if (s["dataset"], s["pair"], s["alias"]) == (key[0], *key[2:])
            ),
            None,
        )
        if study is None or (key[0], *key[2:]) not in choices:  # untuned, or still tuning
            continue
        ours, theirs = tuned_lineage.get(key, set()), ref_lineage.get(key, set())
        if ours and theirs and ours != theirs:
            raise ConfigError(
                f"{study['name']}: the runs in {output} and in {reference} were distilled "
                "from different trainings of their teacher (another device or torch build): "
                "their gain would include the teacher's; compare runs of one training"
            )
        a = _user_means(output, tuned[key].values(), metric)
        b = _user_means(reference, ref[key].values(), metric)
        if a is None or b is None or a.shape != b.shape:
            continue
        test = paired_t(a, b)
        ma, mb = float(a.mean()), float(b.mean())
        new = sorted(set(tuned[key]) & set(ref[key]) - set(study["trial_seeds"]))
        monitor = study["objective"].removeprefix("valid ")
        va, vb = (
            float(np.mean([side[s]["summary"]["valid"][monitor] for s in new])) if new else None
            for side in (tuned[key], ref[key])
        )
        rows.append(
            {
                "study": study["name"],
                "metric": metric,
                "tuned": ma,
                "reference": mb,
                "gain_pct": _gain_pct(ma, mb),
                "p": test.p,
                "seeds": (len(tuned[key]), len(ref[key])),
                "valid_seeds": new,
                "valid_tuned": va,
                "valid_reference": vb,
                "valid_gain_pct": _gain_pct(va, vb) if new else None,
            }
        )
    return add_ranks(rows)


def _gain_pct(new: float, old: float) -> float:
    return 100 * (new - old) / old if old else math.nan


def add_ranks(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each row's place in its cell (dataset/pair) among the rows compared, by the test
    metric under the reference configurations and tuned (1: the best; ties share the
    better place): ``rank`` = (reference, tuned), so a moved ranking shows."""
    cells: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        cells.setdefault(r["study"].rsplit("/", 1)[0], []).append(r)
    for members in cells.values():
        for r in members:
            r["rank"] = tuple(
                1 + sum(o[side] > r[side] for o in members) for side in ("reference", "tuned")
            )
    return rows


STUDIES_NOTE = (
    "best: the complete trial with the highest validation objective (test is never read); "
    "epochs: trained over all trials; hours: their run time (wall clock); saved: epochs the "
    "pruned trials did not train, against the mean of the complete ones; importance: "
    "PED-ANOVA, each parameter's share in reaching the best complete trials (the top 10%, "
    "widened to 5 trials, at most half)."
)
HISTORY_NOTE = (
    "the best complete trial's objective after each generation (1: the first): what the "
    "selection would have chosen had the budget ended there; a study still rising in its "
    "last generation would likely gain from a larger budget."
)
VS_NOTE = (
    "p: paired t-test over users, each user's metric averaged over each side's seeds; "
    "valid, new seeds: the validation objective's gain on the final seeds the selection "
    "never saw (outside the trial seeds; the trial seeds' value is biased upwards by the "
    "choice); rank: place in its cell among these rows by the test metric, reference → tuned; "
    "a study still tuning, or none of whose finals has finished, has no row (seeds: how "
    "many have)."
)


def study_cells(row: dict[str, Any]) -> list[str]:
    """A ``study_rows`` row as the report's text cells, in ``STUDY_COLUMNS`` order."""
    best = f"#{row['best']} {row['best_value']:.4f}" if row["best_value"] is not None else "–"
    imp = ", ".join(f"{k} {v:.2f}" for k, v in row["importance"].items()) or "–"
    return [
        row["study"],
        *(str(row[k]) for k in ("budget", "complete", "pruned", "failed", "epochs")),
        f"{row['hours']:.1f}",
        f"≈{row['epochs_saved']:.0f}",
        best,
        row["best_params"],
        imp,
    ]


STUDY_COLUMNS = (
    "study",
    "budget",
    "complete",
    "pruned",
    "failed",
    "epochs",
    "hours",
    "saved",
    "best (valid)",
    "best configuration",
    "importance",
)
VS_COLUMNS = (
    "study",
    "tuned",
    "reference",
    "gain",
    "p (users)",
    "seeds",
    "valid, new seeds",
    "rank",
)


def history_columns(rows: list[dict[str, Any]]) -> tuple[str, ...]:
    """The history table's columns: the study, then one per generation of the longest."""
    return (
        "study",
        *(str(g + 1) for g in range(max((len(r["history"]) for r in rows), default=0))),
    )


def history_cells(row: dict[str, Any], width: int) -> list[str]:
    """A ``study_rows`` row's history as text cells, padded with "–" to ``width`` generations."""
    values = [*row["history"], *[None] * (width - len(row["history"]))]
    return [row["study"], *("–" if v is None else f"{v:.4f}" for v in values)]


def vs_cells(row: dict[str, Any]) -> list[str]:
    """A ``tuned_vs_reference`` row as text cells, in ``VS_COLUMNS`` order."""
    return [
        row["study"],
        f"{row['tuned']:.4f}",
        f"{row['reference']:.4f}",
        f"{row['gain_pct']:+.1f}%",
        fmt_p(row["p"]),
        f"{row['seeds'][0]} vs {row['seeds'][1]}",
        "–"
        if row["valid_gain_pct"] is None
        else f"{row['valid_gain_pct']:+.1f}% ({len(row['valid_seeds'])} "
        f"seed{'' if len(row['valid_seeds']) == 1 else 's'})",
        f"{row['rank'][0]} → {row['rank'][1]}",
    ]


def markdown(
    output: str | Path, reference: str | Path | None = None, metric: str = "ndcg@20"
) -> str:
    """The tuning report as GitHub Markdown: the studies, then (with ``reference``) the
    tuned vs reference table, each with its note."""

    def table(title: str, columns: tuple[str, ...], rows: list[list[str]], note: str) -> list[str]:
        numeric = "---:"
        return [
            f"### {md_escape(title)}\n",
            "| " + " | ".join(columns) + " |",
            "|---|" + "|".join(numeric for _ in columns[1:]) + "|",
            *("| " + " | ".join(md_escape(c) for c in r) + " |" for r in rows),
            "",
            md_escape(note),
            "",
        ]

    rows = study_rows(output)
    out = table(
        f"Tuning of {Path(output).name}",
        STUDY_COLUMNS,
        [study_cells(r) for r in rows],
        STUDIES_NOTE,
    )
    columns = history_columns(rows)
    out += table(
        f"Best so far, by generation ({rows[0]['objective'] if rows else 'objective'})",
        columns,
        [history_cells(r, len(columns) - 1) for r in rows],
        HISTORY_NOTE,
    )
    if reference is not None:
        out += table(
            f"Tuned vs reference configuration ({Path(reference).name}), test {metric}",
            VS_COLUMNS,
            [vs_cells(r) for r in tuned_vs_reference(output, reference, metric)],
            VS_NOTE,
        )
    return "\n".join(out)


def _user_means(
    output: str | Path, records: Iterable[dict[str, Any]], metric: str
) -> np.ndarray | None:
    """Each user's test ``metric`` averaged over the runs (computed from their stored
    lists, like every report: a metric the suite did not list works too); a metric no
    run can give is a one-line error."""
    arrays = [metric_arrays(output, rec, [metric], "test")[metric] for rec in records]
    return np.mean(arrays, axis=0) if arrays else None


def sensitivity_plots(output: str | Path, folder: str | Path) -> list[Path]:
    """One figure per study: the objective of each complete trial against each searched
    parameter (log axes where the space is log-scale). Needs matplotlib (kdbench[plot])."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import matplotlib.ticker
    except ImportError:
        raise ConfigError("plots need matplotlib; pip install 'kdbench[plot]'") from None
    summary = load_summary(output)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for study in summary["studies"]:
        rows = [r for r in trials(output, study) if r.state == "complete"]
        names = sorted(study["space"])
        if not rows or not names:
            continue
        fig, axes = plt.subplots(1, len(names), figsize=(3.2 * len(names), 3), squeeze=False)
        for ax, name in zip(axes[0], names, strict=True):
            dist = study["space"][name]
            pts = sorted((r.params[name], r.value) for r in rows if name in r.params)
            xs = [str(x) for x, _ in pts] if dist["name"] == "CategoricalDistribution" else None
            ax.plot(xs or [x for x, _ in pts], [y for _, y in pts], "o", alpha=0.7)
            if dist["attributes"].get("log"):
                ax.set_xscale("log")
                # minor labels of a narrow log range overprint each other
                ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
            ax.set_xlabel(name)
            ax.set_ylabel(study["objective"])
        fig.suptitle(study["name"])
        fig.tight_layout()
        path = folder / f"sensitivity-{study['name'].replace('/', '_').replace('→', '-')}.png"
        fig.savefig(path, dpi=100)
        plt.close(fig)
        written.append(path)
    return written
