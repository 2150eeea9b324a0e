"""The caption of a tuned leaderboard, from ``OUTPUT/tuning/tune.json``: the summary the
tuner writes, read here as plain JSON (no torch, no Optuna), like every record; and the
rule that gives a trial its state from its runs' records, and its validation curve."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import numpy as np

#: a tuned output folder's summary of its studies (written by ``kdbench.tune.run``)
TUNE_JSON = Path("tuning") / "tune.json"


def tuning_caption(output: str | Path) -> str:
    """The caption of a tuned suite's output folder; empty when it was not tuned."""
    path = Path(output) / TUNE_JSON
    return caption(json.loads(path.read_text())) if path.is_file() else ""


def caption(summary: dict[str, Any]) -> str:
    """What a tuned leaderboard says about its tuning: budget, sampler, pruner, objective."""
    studies = summary.get("studies", [])
    if not studies:
        return ""
    budgets: dict[int, list[str]] = {}
    for s in studies:
        budgets.setdefault(s["trials_budget"], [])
        if s["alias"] not in budgets[s["trials_budget"]]:
            budgets[s["trials_budget"]].append(s["alias"])
    main = max(budgets, key=lambda b: len(budgets[b]))
    budget = f"{main} trials per loss" + "".join(
        f", {b} for {', '.join(aliases)}" for b, aliases in budgets.items() if b != main
    )
    s0 = studies[0]
    samplers = sorted({f"{s['sampler']} (seed {s['seed']})" for s in studies})
    pruners = sorted(
        {
            s["pruner"]
            if s["pruner"] == "none"
            else f"{s['pruner']} (warm-up {s['warmup_epochs']})"
            for s in studies
        }
    )
    seeds = summary.get("final_seeds", [])
    text = (
        f"Tuned on validation: {budget} in generations of {s0['generation']}; sampler "
        f"{', '.join(samplers)}; pruner {', '.join(pruners)}; objective {s0['objective']} at "
        f"the best epoch (trial seeds {s0['trial_seeds']}); the best configuration then ran "
        f"on seeds {seeds}. Test was never read for selection."
    )
    tuning = list(dict.fromkeys(s["alias"] for s in studies if not finished(s)))
    if tuning:  # a row of theirs (e.g. reference runs published before) is not tuned
        text += f" Still tuning: {', '.join(tuning)} (a row of theirs is not a tuned one)."
    return text


def merge_studies(earlier: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tune.json``'s studies after a tuning that wrote ``new``: each replaces the study of
    its name in place, a study only ``earlier`` has stays (a tuning narrowed by
    ``tune.losses`` settles its studies without dropping the others', whose trials are in
    the folder too), and a study new to the folder comes last."""
    fresh = {s["name"]: s for s in new}
    names = {s["name"] for s in earlier}
    return [fresh.get(s["name"], s) for s in earlier] + [s for s in new if s["name"] not in names]


def finished(study: dict[str, Any]) -> bool:
    """Whether a study of ``tune.json`` has settled every trial of its budget (its choice
    is then final)."""
    trials = study.get("trials", [])
    return len(trials) == study["trials_budget"] and all(t["state"] for t in trials)


def tuned_choices(output: str | Path) -> dict[tuple[str, str, str], dict[str, Any]]:
    """(dataset, pair, alias) → the configuration each finished study of a tuned output
    folder chose (every trial of its budget settled); empty for a folder never tuned."""
    path = Path(output) / TUNE_JSON
    if not path.is_file():
        return {}
    out = {}
    for s in json.loads(path.read_text()).get("studies", []):
        if finished(s) and s.get("best_params") is not None:
            out[(s["dataset"], s["pair"], s["alias"])] = s["best_params"]
    return out


def another_configuration(rec: dict[str, Any], choices: dict[tuple[str, str, str], Any]) -> bool:
    """Whether ``rec`` is a run of a tuned loss under another configuration than the one
    its study chose (``tuned_choices``), so not one of its finals: e.g. a run of its
    reference configuration, there from before the study had finished."""
    spec, labels = rec.get("spec", {}), rec.get("labels", {})
    key = (spec.get("dataset", {}).get("name"), labels.get("pair", ""), labels.get("method"))
    chosen = choices.get(key) if rec.get("kind") == "student" else None
    if chosen is None:
        return False
    values = {**spec.get("loss", {}), **spec.get("train", {})}
    return any(values.get(k) != v for k, v in chosen.items())


def trial_records(runs: Path, run_ids: list[str]) -> list[dict[str, Any] | None]:
    """A trial's run records (``runs``: a trial store's runs/), None where one has none."""
    out: list[dict[str, Any] | None] = []
    for rid in run_ids:
        path = runs / rid / "run.json"
        out.append(json.loads(path.read_text()) if path.is_file() else None)
    return out


def trial_state(recs: list[dict[str, Any] | None]) -> str | None:
    """A trial's state from its runs' records: ``fail`` if one failed, else ``pruned`` if
    one was pruned, else ``complete``; None while a run has no final record. The rule
    ``Study.settle`` applies, and the report's for a generation in flight."""
    if not recs or any(
        r is None or r.get("status") not in ("done", "pruned", "failed") for r in recs
    ):
        return None
    statuses = {r["status"] for r in recs if r}
    if "failed" in statuses:
        return "fail"
    return "pruned" if "pruned" in statuses else "complete"


def trial_value(recs: list[dict[str, Any]], monitor: str) -> float:
    """A complete trial's objective: the mean over its runs of the validation ``monitor``
    at each run's best epoch (never a test number)."""
    return float(np.mean([r["summary"]["valid"][monitor] for r in recs]))


def read_curve(folder: Path, monitor: str) -> list[tuple[int, float]]:
    """[(epoch, validation value)] of the run record in ``folder`` (its curve.csv; the
    epochs with a validation); empty without one."""
    path = folder / "curve.csv"
    if not path.is_file():
        return []
    key = f"valid_{monitor}"
    return [
        (int(r["epoch"]), float(r[key]))
        for r in csv.DictReader(io.StringIO(path.read_text()))
        if r.get(key)
    ]


def mean_curve(curves: list[list[tuple[int, float]]]) -> list[tuple[int, float]]:
    """The mean over seeds at the epochs every curve has."""
    if not curves:
        return []
    maps = [dict(c) for c in curves]
    epochs = sorted(set.intersection(*(set(m) for m in maps)))
    return [(e, float(np.mean([m[e] for m in maps]))) for e in epochs]
