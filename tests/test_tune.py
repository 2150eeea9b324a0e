"""Tuning (``tune:``): spaces validate, a tiny real tune on MovieLens-100K runs, resumes,
prunes, never reads test to select, survives a kill and shares a study between runners."""

from __future__ import annotations

import json
import math
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from typer.testing import CliRunner

from kdbench.cli import app
from kdbench.errors import ConfigError
from kdbench.losses import LOSSES
from kdbench.runner import build_plan
from kdbench.suite import load_suite
from kdbench.tune.prune import EpochPruner, contradiction, first_stop
from kdbench.tune.run import tuning_store

pytest.importorskip("optuna")

BASE = """\
name: tiny-tune
output: {out}
datasets: {{ml-100k: {{}}}}
backbones:
  t: {{model: mf, dim: 16}}
  s: {{model: mf, dim: 4}}
pairs: [{{teacher: t, student: s}}]
losses:
  student: {{}}
  ce: {{K: 10, guide: teacher}}
  cet: {{loss: ce, K: 20, guide: student}}
seeds: [0]
train: {{epochs: 3, patience: 3, batch_size: 8192, lr: 0.01, weight_decay: 1.0e-5}}
metrics: [recall@10, ndcg@10]
executor: {{threads: 1}}
"""
#: 2 losses × 4 trials in generations of 2, then 2 final seeds each
TUNE = """\
tune:
  losses: [ce, cet]
  trials: 4
  generation: 2
  warmup_epochs: 1
  startup_trials: 1
  final_seeds: 2
"""


def write_suite(folder: Path, tune: str = TUNE, base: str = BASE) -> Path:
    path = folder / "suite.yaml"
    path.write_text(base.format(out=folder / "out") + tune)
    return path


def load(tmp_path: Path, tune: str) -> object:
    return load_suite(write_suite(tmp_path, tune))


# -- the tune: section ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tune", "message"),
    [
        ("tune: {trials: 0}", "tune.trials: must be >= 1"),
        ("tune: {sampler: grid}", "tune.sampler: 'grid' is not one of tpe, random"),
        ("tune: {pruner: hyperband}", "is not one of median, successive_halving, none"),
        ("tune: {losses: [ce, rcekd]}", "unknown loss alias 'rcekd'"),
        ("tune: {losses: {ce: {space: {lamda: [1, 2]}}}}", "did you mean 'lambda'?"),
        (
            "tune: {losses: {ce: {space: {lambda: {low: 0, high: 1, log: true}}}}}",
            "a log-scale range needs low > 0",
        ),
        ("tune: {losses: {ce: {space: {tau: {low: 2, high: 1}}}}}", "low must be below high"),
        ("tune: {losses: {ce: {space: {K: [0, 10]}}}}", "must be >= 1"),
        ("tune: {losses: {ce: {space: {guide: {low: 1, high: 2}}}}}", "list its choices"),
        ("tune: {losses: {ce: {space: {K: [10]}}}}", "at least two choices"),
        ("tune: {losses: {ce: {enqueue: [{K: 7}]}}}", "7 is outside the space of K"),
        ("tune: {losses: {ce: {default_space: false}}}", "nothing to search"),
        ("tune: {final_seeds: [1, 1]}", "appear once"),
        ("tune: {space: {bogus: [1, 2]}}", "tune.space.bogus: unknown parameter"),
    ],
)
def test_bad_tune_section_is_one_located_line(tmp_path, tune, message):
    with pytest.raises(ConfigError) as err:
        load(tmp_path, tune + "\n")
    text = str(err.value)
    assert message in text and "\n" not in text
    assert str(tmp_path / "suite.yaml") in text  # file and line named


def test_bad_space_exits_2_with_one_line(tmp_path):
    path = write_suite(tmp_path, "tune: {losses: {ce: {space: {tau: {low: -1, high: 1}}}}}\n")
    res = CliRunner().invoke(app, ["validate", str(path)])
    assert res.exit_code == 2
    assert "tune.losses.ce.space.tau.low: must be >= 1e-12" in res.output.replace("\n", "")


def test_defaults_and_overrides(tmp_path):
    suite = load(tmp_path, "tune: {trials: 30}\n")
    t = suite.tune
    assert set(t.losses) == {"ce", "cet"}  # every KD loss, not the no-KD student
    assert t.final_seeds == (0, 1, 2, 3, 4) and t.trial_seeds == (0,) and t.generation == 4
    ce = t.losses["ce"]
    assert (ce.trials, ce.sampler, ce.pruner, ce.reference) == (30, "tpe", "median", True)
    assert set(ce.space) == {"K", "tau", "lambda", "weight_decay"}
    # -o like any other key; a loss narrows its space, fixes a value, drops a parameter
    tune = "tune: {losses: {ce: {space: {K: [10, 20], tau: 0.5, weight_decay: null}}}}\n"
    path = write_suite(tmp_path, tune)
    suite = load_suite(path, ["tune.trials=2", "tune.losses.ce.sampler=random"])
    ce = suite.tune.losses["ce"]
    assert (ce.trials, ce.sampler) == (2, "random")
    assert ce.space["K"].choices == (10, 20) and ce.fixed == {"tau": 0.5}
    assert "weight_decay" not in ce.space


def test_declared_spaces_contain_defaults_and_reach_a_negligible_lambda():
    """`tune: {losses: all}` needs a space on every KD loss; λ's reaches 10⁻⁴ of its
    default (KD barely acts), and each default lies in its space (the reference trial)."""
    for name in LOSSES.names():
        cls = LOSSES.get(name)
        params = cls.all_params()
        if "teacher" not in cls.requires or name in ("hetcomp", "ftd"):
            continue
        spaces = {k: p.space for k, p in params.items() if p.space is not None}
        assert spaces, name
        if "lambda" in params:
            lam = params["lambda"]
            assert lam.space is not None and lam.space.log, name
            assert lam.space.low <= lam.default * 1e-4 * (1 + 1e-9), name
        for key, space in spaces.items():
            default = params[key].default
            if space.choices is not None:
                assert default in space.choices, (name, key)
            else:
                assert space.low <= default <= space.high, (name, key)
            if space.choices is not None or space.log:
                continue
            assert space.low < space.high


def test_all_list_losses_validate_with_default_spaces(tmp_path):
    """Every list loss, `tune: {losses: all, trials: 30}`: valid, spaces bounded by the
    item count of the data (offline check with real ML-100K)."""
    from kdbench.tune.run import studies_of

    names = ("ce", "rd", "rrd", "rcekd", "cd", "dcd", "unkd")
    # cd's reference N=3000 exceeds ML-100K's 1682 items; its space is bounded
    losses = "\n".join(f"  {n}: {{{{{'N: 1000' if n == 'cd' else ''}}}}}" for n in names)
    base = BASE.split("losses:")[0] + "losses:\n" + losses + "\nseeds: [0]\n"
    base += "train: {{epochs: 1}}\nmetrics: [ndcg@10]\n"
    suite = load_suite(write_suite(tmp_path, "tune: {losses: all, trials: 30}\n", base))
    studies = studies_of(suite, build_plan(suite))
    assert sorted(s.alias for s in studies) == sorted(suite.losses)
    n_items, bounded = 1682, 0
    for s in studies:
        params = LOSSES.get(s.ref.loss).all_params()
        for name, dist in s.dists.items():
            values = getattr(dist, "choices", None) or (dist.low, dist.high)
            if name in params and params[name].items:  # a list size: within the items
                assert max(values) <= n_items, (s.alias, name)
                bounded += 1
    assert bounded >= 8


# -- the pruner ----------------------------------------------------------------------


def test_median_pruner_against_earlier_generations_only():
    """Median of the reference trials at epoch 0 is 0.2 (0.1 and 0.3): a trial at 0.15 is
    pruned, one at 0.25 is not; the same decision from the whole curve after a resume."""
    ref = [("complete", [(0, 0.1), (1, 0.2)], 0.2), ("complete", [(0, 0.3), (1, 0.4)], 0.4)]
    low = EpochPruner("median", 0, 1, "valid_ndcg@10", ref)
    assert low([{"epoch": 0, "valid_ndcg@10": 0.15}]) is True
    high = EpochPruner("median", 0, 1, "valid_ndcg@10", ref)
    assert high([{"epoch": 0, "valid_ndcg@10": 0.25}]) is False
    # warm-up: epoch 0 is never judged with warmup_epochs=1
    warm = EpochPruner("median", 1, 1, "valid_ndcg@10", ref)
    assert warm([{"epoch": 0, "valid_ndcg@10": 0.0}]) is False
    # ... is False at epoch 0, and a fresh pruner given the whole curve decides the same
    curve = [{"epoch": 0, "valid_ndcg@10": 0.0}, {"epoch": 1, "valid_ndcg@10": 0.25}]
    assert EpochPruner("median", 1, 1, "valid_ndcg@10", ref)(curve) is True
    assert EpochPruner("none", 0, 0, "valid_ndcg@10", ref)(curve) is False


REF = [("complete", [(0, 0.5), (1, 0.6), (2, 0.7)], 0.7)]  # median at epochs 0-2: itself
LOW = [(0, 0.1), (1, 0.1), (2, 0.1)]  # below it at epoch 0: pruned there
HIGH_THEN_LOW = [(0, 0.9), (1, 0.2), (2, 0.2)]  # its best (0.9) stays above: never pruned


def rows(curve: list[tuple[int, float]]) -> list[dict[str, float]]:
    return [{"epoch": e, "valid_ndcg@10": v} for e, v in curve]


def test_first_stop_and_contradiction_by_hand():
    """Optuna's median pruner judges a trial's best value so far against the reference's
    value at that epoch: LOW stops at epoch 0, HIGH_THEN_LOW never. A record says what
    its run did: the one the pruner gives passes, any other is said."""
    pruner = EpochPruner("median", 0, 1, "valid_ndcg@10", REF)
    assert first_stop(pruner, LOW) == 0
    assert first_stop(pruner, HIGH_THEN_LOW) is None
    assert first_stop(pruner, LOW) == 0  # the pruner itself is left as it was
    pruned, done = {"status": "pruned", "stopped": "pruned"}, {"status": "done"}
    assert contradiction(pruner, pruned, LOW[:1]) is None
    assert contradiction(pruner, done, HIGH_THEN_LOW) is None
    assert "prune it at epoch 0" in contradiction(pruner, pruned, LOW[:2])
    assert "prune it never" in contradiction(pruner, pruned, HIGH_THEN_LOW[:2])
    assert "ran to its end" in contradiction(pruner, done, LOW)
    # a run that stopped early was not asked at its last validation
    early = {"status": "done", "stopped": "early_stopping"}
    assert contradiction(pruner, early, [(0, 0.9), (1, 0.1)]) is None
    assert contradiction(EpochPruner("median", 0, 1, "valid_ndcg@10", []), pruned, LOW) is not None


def test_references_count_with_what_they_had_achieved():
    """Two fast references peak at 0.2 and stop at epoch 3; a slow one reaches 0.3. At
    epoch 4 Optuna, fed the recorded curves, would compare with the slow one alone (0.25,
    the only value there) and prune a slow trial at 0.22; the references' achieved values
    (0.2, 0.2, 0.25: median 0.2) let it run, and it ends above the fast ones."""
    import optuna

    from kdbench.tune.prune import achieved, make_pruner

    def stop_as_recorded(ref, curve):  # Optuna's median pruner on the recorded curves
        study = optuna.create_study(direction="maximize", pruner=make_pruner("median", 4, 3))
        for _, c, value in ref:
            t = study.ask()
            for epoch, v in c:
                t.report(v, epoch)
            study.tell(t, value)
        t = study.ask()
        for epoch, v in curve:
            t.report(v, epoch)
            if t.should_prune():
                return epoch
        return None

    fast = [(0, 0.1), (1, 0.2), (2, 0.2), (3, 0.19)]
    slow = [(0, 0.05), (1, 0.1), (2, 0.15), (3, 0.2), (4, 0.25), (5, 0.28), (6, 0.3)]
    ref = [("complete", fast, 0.2), ("complete", fast, 0.2), ("complete", slow, 0.3)]
    trial = [(0, 0.05), (1, 0.1), (2, 0.15), (3, 0.18), (4, 0.22), (5, 0.25), (6, 0.26)]
    assert achieved(fast, 6) == [
        (0, 0.1),
        (1, 0.2),
        (2, 0.2),
        (3, 0.2),
        (4, 0.2),
        (5, 0.2),
        (6, 0.2),
    ]
    assert achieved(slow) == slow  # rising: its values are its best so far
    assert first_stop(EpochPruner("median", 4, 3, "valid_ndcg@10", ref), trial) is None
    assert stop_as_recorded(ref, trial) == 4
    # below every achieved value at epoch 4 (0.2, 0.2, 0.25): pruned there
    low = [*trial[:4], (4, 0.19)]
    assert first_stop(EpochPruner("median", 4, 3, "valid_ndcg@10", ref), low) == 4


def test_successive_halving_reads_the_references_rungs():
    """Successive halving keeps its rungs as trials are asked: the replay asks it at each
    reference epoch, so at rung 0 (epoch 1) a trial competes with the references' 0.1,
    0.2 and 0.3 and must reach the top third of the four (0.3) to go on."""
    ref = [
        ("complete", [(0, 0.05), (1, 0.1)], 0.1),
        ("complete", [(0, 0.1), (1, 0.2)], 0.2),
        ("complete", [(0, 0.2), (1, 0.3)], 0.3),
    ]
    pruner = EpochPruner("successive_halving", 1, 3, "valid_ndcg@10", ref)
    assert first_stop(pruner, [(0, 0.1), (1, 0.25)]) == 1
    assert first_stop(pruner, [(0, 0.1), (1, 0.35)]) is None


def test_tune_report_checks_the_pruner_leave_one_out(tuned, tmp_path):
    """`tune-report --pruning`: each complete trial judged by the study's pruner against
    the others. Two fast trials (0.2, stopped at epoch 3) and two slow ones (0.3 and 0.26
    at epoch 6): with a 1-epoch warm-up the slow ones are below the median (0.2) at
    epoch 1 and stopped there, so the best left running is 0.2, a third below 0.3; with a
    4-epoch one the fast ones have stopped and count with their 0.2, and none is stopped."""
    fast = [(0, 0.1), (1, 0.2), (2, 0.2), (3, 0.19)]
    slow = [(0, 0.05), (1, 0.1), (2, 0.15), (3, 0.2), (4, 0.25), (5, 0.28), (6, 0.3)]
    slower = [(0, 0.05), (1, 0.1), (2, 0.15), (3, 0.18), (4, 0.22), (5, 0.25), (6, 0.26)]
    trials = []
    for number, curve in enumerate([fast, fast, slow, slower]):
        folder = tmp_path / "tuning" / "runs" / f"r{number}"
        folder.mkdir(parents=True)
        (folder / "run.json").write_text(json.dumps({"run_id": f"r{number}", "status": "done"}))
        lines = ["epoch,valid_ndcg@10", *(f"{e},{v}" for e, v in curve)]
        (folder / "curve.csv").write_text("\n".join(lines) + "\n")
        trials.append(
            {
                "number": number,
                "generation": 0,
                "params": {},
                "run_ids": [f"r{number}"],
                "state": "complete",
            }
        )
    study = {
        "name": "d/p/x",
        "alias": "x",
        "objective": "valid ndcg@10",
        "pruner": "median",
        "warmup_epochs": 4,
        "trials": trials,
    }
    (tmp_path / "tuning" / "tune.json").write_text(json.dumps({"studies": [study]}))
    from kdbench.tune.report import pruning_fidelity

    one, four = pruning_fidelity(tmp_path, [1, 4])
    assert (one["warmup"], one["pruned"], one["trials"]) == (1, 2, 4)
    assert one["saved"] == pytest.approx(10 / 22)  # 5 of 7 epochs each, of 4+4+7+7
    assert one["regret_mean"] == pytest.approx(1 / 3) and one["stopped"] == ["x#2@1"]
    assert (four["pruned"], four["regret_worst"], four["stopped"]) == (0, 0.0, [])
    assert [r["warmup"] for r in pruning_fidelity(tmp_path)] == [4]  # default: the tuning's
    out = tuned[0] / "out"
    assert "pruner check (leave-one-out)" in run_cli(["tune-report", str(out), "--pruning"])
    data = json.loads(run_cli(["tune-report", str(out), "--pruning", "--format", "json"]))
    assert [r["warmup"] for r in data["pruning"]] == [1]  # the tiny suite's warm-up


def test_each_run_asks_its_own_copy_of_the_generation_pruner(monkeypatch):
    """One pruner object serves every trial of a generation, and a serial executor runs
    them in one process: each run_job asks a fresh copy. Sharing it (as kdbench once did)
    reported the second run's later epochs into the first run's Optuna trial, which then
    pruned HIGH_THEN_LOW at epoch 1."""
    from kdbench.runner import job as job_module

    curves = iter([LOW, HIGH_THEN_LOW])
    stops: list[int | None] = []

    def fake_train(spec, device, cache, progress, data=None, checkpoint=None, should_stop=None):
        seen: list[dict[str, float]] = []
        for row in rows(next(curves)):
            seen.append(row)
            if should_stop(seen):
                stops.append(row["epoch"])
                break
        else:
            stops.append(None)
        return {}, None

    monkeypatch.setattr(job_module, "train_run", fake_train)
    shared = EpochPruner("median", 0, 1, "valid_ndcg@10", REF)
    spec = SimpleNamespace(kind="student")  # what run_job reads of it besides train_run
    for _ in range(2):
        job = job_module.Job(spec=spec, run_id="r", teacher_id=None, should_stop=shared)
        assert job_module.run_job(job).error is None
    assert stops == [0, None]
    # the bug it guards against: the same object asked for both runs
    bugged = EpochPruner("median", 0, 1, "valid_ndcg@10", REF)
    assert bugged(rows(LOW[:1])) is True
    assert bugged(rows(HIGH_THEN_LOW[:2])) is True


# -- a tiny real tune ------------------------------------------------------------------


def run_cli(args: list[str]) -> str:
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    return res.output


@pytest.fixture(scope="module")
def tuned(tmp_path_factory) -> tuple[Path, str, str]:
    tmp = tmp_path_factory.mktemp("tune")
    suite = write_suite(tmp)
    first = run_cli(["run", str(suite)])
    second = run_cli(["run", str(suite)])
    return tmp, first, second


def summary(out: Path) -> dict:
    return json.loads((out / "tuning" / "tune.json").read_text())


def finals(out: Path) -> dict[str, dict]:
    recs = [json.loads(p.read_text()) for p in (out / "runs").glob("*/run.json")]
    return {r["run_id"]: r for r in recs if r["kind"] == "student"}


def test_tiny_tune_runs_selects_and_second_run_trains_nothing(tuned):
    tmp, first, second = tuned
    out = tmp / "out"
    s = summary(out)
    assert [st["alias"] for st in s["studies"]] == ["ce", "cet"]
    for st in s["studies"]:
        assert [t["number"] for t in st["trials"]] == [0, 1, 2, 3]
        assert [t["generation"] for t in st["trials"]] == [0, 0, 1, 1]
        assert all(t["state"] in ("complete", "pruned") for t in st["trials"])
        # trial 0 is the suite's configuration, where it lies in the space
        assert st["trials"][0]["params"]["K"] == (10 if st["alias"] == "ce" else 20)
        assert st["best"] is not None
    # the leaderboard holds the finals (2 seeds each) and the untuned student, no trial
    recs = finals(out)
    methods = sorted((r["labels"]["method"], r["spec"]["seed"]) for r in recs.values())
    assert methods == [("ce", 0), ("ce", 1), ("cet", 0), ("cet", 1), ("student", 0)]
    for r in recs.values():
        st = next((x for x in s["studies"] if x["alias"] == r["labels"]["method"]), None)
        if st is not None:
            spec = {**r["spec"]["loss"], **r["spec"]["train"]}
            assert {k: spec[k] for k in st["best_params"]} == st["best_params"]
    # the trial seed (0) is a final seed: that final is the best trial's own run, copied
    for st in s["studies"]:
        ids = {rid for t in st["trials"] for rid in t["run_ids"]}
        assert ids & set(recs) == set(st["trials"][st["best"]]["run_ids"])
    assert "Tuned on validation: 4 trials per loss" in (out / "leaderboard.md").read_text()
    assert "tuning: 2 studies, 8 trials" in first
    assert "0 trial runs trained now" in second and "nothing to train" in second


def test_a_finished_run_stands_for_a_trial_only_in_the_first_generation(tuned, tmp_path):
    """A finished ordinary run (trained without a pruner) in a --reuse folder with a
    generation-1 trial's run id is not taken for that trial: the pruner might have stopped
    it. Here that trial's own record, moved there, is trained again, to the same record."""
    tmp, _, _ = tuned
    out = tmp_path / "out"
    shutil.copytree(tmp / "out", out)
    trials = [t for st in summary(out)["studies"] for t in st["trials"]]
    rid = next(t for t in trials if t["generation"] == 1 and t["state"] == "complete")["run_ids"][0]
    other = tmp_path / "other" / "runs"
    other.mkdir(parents=True)
    shutil.move(out / "tuning" / "runs" / rid, other / rid)
    shutil.rmtree(out / "runs")  # the finals go too: none is copied from the trials
    printed = run_cli(["run", str(write_suite(tmp_path)), "--reuse", str(tmp_path / "other")])
    assert "1 trial runs trained now" in printed
    again = out / "tuning" / "runs" / rid
    assert (again / "curve.csv").read_text() == (other / rid / "curve.csv").read_text()


def test_optuna_database_mirrors_each_trial_once(tuned):
    tmp, _, _ = tuned
    db = tmp / "out" / "tuning" / "study.db"
    con = sqlite3.connect(db)
    rows = con.execute(
        "select s.study_name, count(*) from trials t join studies s using (study_id) "
        "group by s.study_name"
    ).fetchall()
    assert sorted(rows) == [("tiny-tune/ml-100k/t→s/ce", 4), ("tiny-tune/ml-100k/t→s/cet", 4)]


def test_tune_report(tuned):
    tmp, _, _ = tuned
    out = run_cli(["tune-report", str(tmp / "out"), "--reference", str(tmp / "out")])
    assert "ml-100k/t→s/ce" in out and "best configuration" in out
    from kdbench.tune.report import study_rows

    rows = study_rows(tmp / "out")
    assert [r["complete"] + r["pruned"] + r["failed"] for r in rows] == [4, 4]
    # against itself: no gain, p = 1; the means are those of the finals' per-user arrays
    from kdbench.tune.report import tuned_vs_reference

    vs = tuned_vs_reference(tmp / "out", tmp / "out", "ndcg@10")
    assert [r["study"] for r in vs] == ["ml-100k/t→s/ce", "ml-100k/t→s/cet"]
    arrays = per_user_arrays(tmp / "out")
    for r in vs:
        alias = r["study"].rsplit("/", 1)[1]
        mean = np.mean([arrays[(alias, s)]["ndcg@10"] for s in (0, 1)], axis=0).mean()
        assert r["tuned"] == pytest.approx(mean) and r["gain_pct"] == 0 and r["p"] == 1
    assert all(set(r["importance"]) <= {"K", "tau", "lambda", "weight_decay"} for r in rows)


def test_tune_report_history_by_generation(tuned):
    """The history: after each generation, the best objective of the complete trials of
    that generation and the ones before (a plain loop over tune.json and the trial
    records), ending at the study's best; the Markdown table shows one column per
    generation."""
    from kdbench.tune.report import study_rows

    tmp, _, _ = tuned
    out = tmp / "out"
    by_study = {r["study"]: r for r in study_rows(out)}
    for st in summary(out)["studies"]:
        values = {}  # generation -> objectives of its complete trials
        for t in st["trials"]:
            if t["state"] == "complete":
                recs = [
                    json.loads((out / "tuning" / "runs" / rid / "run.json").read_text())
                    for rid in t["run_ids"]
                ]
                value = float(np.mean([r["summary"]["valid"]["ndcg@10"] for r in recs]))
                values.setdefault(t["generation"], []).append(value)
        expected, best = [], None
        for g in range(2):  # 4 trials in generations of 2
            best = max([*values.get(g, []), *([] if best is None else [best])], default=None)
            expected.append(best)
        row = by_study[st["name"]]
        assert row["history"] == expected and row["history"][-1] == row["best_value"]
    md = run_cli(["tune-report", str(out), "--format", "md"])
    section = md.split("### Best so far, by generation (valid ndcg@10)", 1)[1].splitlines()
    assert section[2] == "| study | 1 | 2 |"
    assert (
        section[4]
        == "| ml-100k/t→s/ce | "
        + " | ".join(f"{v:.4f}" for v in by_study["ml-100k/t→s/ce"]["history"])
        + " |"
    )


def test_tuned_vs_reference_refuses_another_training_of_the_teacher(tuned, tmp_path):
    """Reference runs distilled from another training of the teacher (another device or
    torch build) would put the teachers' difference into the gain: one line, exit 2."""
    tmp, _, _ = tuned
    ref = tmp_path / "ref"
    shutil.copytree(tmp / "out" / "runs", ref / "runs")
    for path in (ref / "runs").glob("*/run.json"):
        rec = json.loads(path.read_text())
        if rec.get("teacher_lists"):
            path.write_text(json.dumps({**rec, "teacher_lists": "0" * 16}))
    res = CliRunner().invoke(app, ["tune-report", str(tmp / "out"), "--reference", str(ref)])
    assert res.exit_code == 2 and "different trainings of their teacher" in res.output


def test_tuned_vs_reference_validation_on_the_seeds_selection_never_saw(tuned, tmp_path):
    """The validation column compares the final seeds outside the trial seeds only: seed 1
    here (trial seeds [0], final seeds 0-1). A reference whose seed-1 objective is set by
    hand gives the gain computed by hand; changing its seed 0 (a trial seed) changes
    nothing."""
    from kdbench.tune.report import tuned_vs_reference, vs_cells

    tmp, _, _ = tuned
    out, ref = tmp / "out", tmp_path / "ref"
    shutil.copytree(out / "runs", ref / "runs")
    tuned_valid = {
        (r["labels"]["method"], r["spec"]["seed"]): r["summary"]["valid"]["ndcg@10"]
        for r in finals(out).values()
    }

    def set_reference(seed: int, factor: float) -> None:
        for path in (ref / "runs").glob("*/run.json"):
            rec = json.loads(path.read_text())
            if rec["kind"] == "student" and rec["spec"]["seed"] == seed:
                rec["summary"]["valid"]["ndcg@10"] *= factor
                path.write_text(json.dumps(rec))

    set_reference(1, 0.8)
    rows = tuned_vs_reference(out, ref, "ndcg@10")
    set_reference(0, 0.5)
    assert tuned_vs_reference(out, ref, "ndcg@10") == rows
    for r in rows:
        ours = tuned_valid[(r["study"].rsplit("/", 1)[1], 1)]
        assert r["valid_seeds"] == [1]
        assert r["valid_tuned"] == ours and r["valid_reference"] == pytest.approx(0.8 * ours)
        assert r["valid_gain_pct"] == pytest.approx(25.0)
        assert vs_cells(r)[6] == "+25.0% (1 seed)"
        assert r["gain_pct"] == 0  # test numbers untouched


def test_tuned_vs_reference_only_compares_a_finished_studys_chosen_runs(tuned, tmp_path):
    """Reference runs of a loss copied into the folder (another configuration than its
    choice, read after the finals) do not enter its row; a study whose last trial
    has not settled has no finals, so no row, even where runs of its loss are there, and
    the leaderboard's caption says it is still tuning; a settled study has the row of its
    finals that have finished (its seeds say how many), none if none has."""
    from kdbench.report.tuning import tuning_caption
    from kdbench.tune.report import tuned_vs_reference

    src, _, _ = tuned
    out = tmp_path / "out"
    shutil.copytree(src / "out", out)
    before = tuned_vs_reference(out, src / "out", "ndcg@10")
    assert [r["study"] for r in before] == ["ml-100k/t→s/ce", "ml-100k/t→s/cet"]
    chosen = finals(out)
    for i, final in enumerate(chosen.values()):  # twins under another K: same seed,
        for j, seed in enumerate((final["spec"]["seed"], 7)):  # and a seed of their own
            other = {**final, "run_id": f"{'f' * 14}{i}{j}"}  # sorts last: read last
            loss = {**final["spec"]["loss"], "K": 7}
            other["spec"] = {**final["spec"], "loss": loss, "seed": seed}
            other["summary"] = {**final["summary"], "valid": {"ndcg@10": 1.0}}
            shutil.copytree(out / "runs" / final["run_id"], out / "runs" / other["run_id"])
            (out / "runs" / other["run_id"] / "run.json").write_text(json.dumps(other))
    assert tuned_vs_reference(out, src / "out", "ndcg@10") == before
    assert "Still tuning" not in tuning_caption(out)
    tune = summary(out)
    tune["studies"][1]["trials"][-1]["state"] = None  # cet: its last trial in flight
    (out / "tuning" / "tune.json").write_text(json.dumps(tune))
    (row,) = tuned_vs_reference(out, src / "out", "ndcg@10")
    assert {**row, "rank": before[0]["rank"]} == before[0]  # ranked among the rows left
    assert tuning_caption(out).endswith(" Still tuning: cet (a row of theirs is not a tuned one).")
    ce_finals = [r for r in chosen.values() if r["labels"]["method"] == "ce"]
    shutil.rmtree(out / "runs" / ce_finals[0]["run_id"])  # one final of two finished
    (row,) = tuned_vs_reference(out, src / "out", "ndcg@10")
    assert row["study"] == "ml-100k/t→s/ce" and row["seeds"] == (1, 2)
    for r in ce_finals[1:]:  # ce's study settled, none of its finals finished: no row
        shutil.rmtree(out / "runs" / r["run_id"])
    assert tuned_vs_reference(out, src / "out", "ndcg@10") == []


def test_tune_report_formats(tuned):
    """--format md: one Markdown row per study (and per tuned vs reference pair), the same
    cells as the terminal table; --format json: the rows themselves; a bad format is one
    line, exit 2."""
    from kdbench.tune.report import study_rows

    tmp, _, _ = tuned
    out = tmp / "out"
    md = run_cli(["tune-report", str(out), "--reference", str(out), "--format", "md"])
    lines = md.splitlines()
    rows = study_rows(out)
    header = lines.index(
        "| study | budget | complete | pruned | failed | epochs | hours | saved | "
        "best (valid) | best configuration | importance |"
    )
    body = lines[header + 2 : header + 2 + len(rows)]
    for line, row in zip(body, rows, strict=True):
        cells = [c.strip() for c in line.strip("|").split(" | ")]
        assert cells[0] == row["study"] and cells[1] == str(row["budget"])
        assert cells[8] == f"#{row['best']} {row['best_value']:.4f}"
        assert float(cells[6]) == round(row["hours"], 1) and row["hours"] > 0
    assert lines[header + 2 + len(rows)] == ""
    assert "against the mean of the complete ones; importance" in md  # no line wrapped
    # the studies, their history, then tuned vs reference: one row per study each
    vs = [ln for ln in lines if ln.startswith("| ml-100k/t→s/")][2 * len(rows) :]
    assert len(vs) == 2 and all("| +0.0% | 1.0000 |" in ln for ln in vs)
    data = json.loads(run_cli(["tune-report", str(out), "--format", "json"]))
    assert [r["study"] for r in data["studies"]] == [r["study"] for r in rows]
    assert "tuned_vs_reference" not in data
    res = CliRunner().invoke(app, ["tune-report", str(out), "--format", "html"])
    assert res.exit_code == 2 and res.output.count("\n") == 1 and "--format" in res.output


def test_selection_never_reads_test(tuned, tmp_path):
    """Overwrite every trial's test numbers (summary and per-user arrays) with garbage:
    the tuning that reads the records again selects the same configurations."""
    from kdbench.tune.run import tune_suite

    src, _, _ = tuned
    out = tmp_path / "out"
    shutil.copytree(src / "out", out)
    before = summary(out)
    rng = np.random.default_rng(0)
    for folder in (out / "tuning" / "runs").iterdir():
        if not (folder / "per_user.npz").is_file() or folder.name.startswith("."):
            continue
        rec = json.loads((folder / "run.json").read_text())
        if rec["kind"] != "student":
            continue
        rec["summary"]["test"] = {m: float(rng.random()) for m in rec["summary"]["test"]}
        (folder / "run.json").write_text(json.dumps(rec))
        with np.load(folder / "per_user.npz") as z:
            arrays = {k: z[k] for k in z.files}
        for k in arrays:
            if k != "user" and not k.startswith("valid_"):
                arrays[k] = rng.random(arrays[k].shape)
        np.savez_compressed(folder / "per_user.npz", **arrays)
    suite = load_suite(write_suite(tmp_path), [f"output={out}"])
    outcome = tune_suite(suite, build_plan(suite))
    assert outcome.trained == 0
    after = summary(out)
    assert [s["best_params"] for s in after["studies"]] == [
        s["best_params"] for s in before["studies"]
    ]


def test_pruned_trial_is_recorded_and_skipped_on_rerun(tmp_path):
    """Trial 0 (the suite's lr 0.01) completes; trial 1 (lr 1e-9, queued) is judged at
    epoch 0 against it and pruned: recorded as pruned with its curve, never retried."""
    tune = """\
tune:
  losses:
    ce: {default_space: false, space: {lr: [0.01, 1.0e-9]}, enqueue: [{lr: 1.0e-9}]}
  trials: 2
  generation: 1
  warmup_epochs: 0
  startup_trials: 1
  final_seeds: 1
"""
    path = write_suite(tmp_path, tune)
    first = run_cli(["run", str(path)])
    s = summary(tmp_path / "out")["studies"][0]
    assert [t["state"] for t in s["trials"]] == ["complete", "pruned"]
    pruned = tmp_path / "out" / "tuning" / "runs" / s["trials"][1]["run_ids"][0]
    rec = json.loads((pruned / "run.json").read_text())
    assert rec["status"] == "pruned" and rec["stopped"] == "pruned" and rec["epochs_run"] == 1
    assert (pruned / "curve.csv").read_text().count("\n") == 2  # header + epoch 0
    assert "1 pruned" in first and s["best"] == 0
    second = run_cli(["run", str(path)])
    assert "0 trial runs trained now" in second
    status = run_cli(["status", str(path)])
    assert "ml-100k/t→s/ce" in status
    assert "0 pruned otherwise than recorded" in run_cli(["verify", str(tmp_path / "out")])

    # a record its pruner would not have written (here: said to have run to its end) is
    # what verify reports, and what a rerun trains again, back to the pruned record
    curve = (pruned / "curve.csv").read_text()
    (pruned / "run.json").write_text(json.dumps({**rec, "status": "done", "stopped": "max_epochs"}))
    res = CliRunner().invoke(app, ["verify", str(tmp_path / "out")])
    assert res.exit_code == 1, res.output
    assert "trial 1, run" in res.output and "ran to its end, but its curve" in res.output
    assert "1 pruned otherwise than recorded" in res.output
    assert "1 trial runs trained now" in run_cli(["run", str(path)])
    again = json.loads((pruned / "run.json").read_text())
    assert again["status"] == "pruned" and (pruned / "curve.csv").read_text() == curve


# -- kills and concurrent runners ------------------------------------------------------------

#: runs ``kdbench ARGS``, sending itself a signal (SIGKILL unless named) right after the
#: Nth record folder it writes
KILLER = """
import os, signal, sys
n, count, sig = int(sys.argv[1]), [0], signal.Signals[sys.argv[2]]
import kdbench.runner.driver as driver
real = driver.write_folder
def folder(path, files):
    out = real(path, files)
    count[0] += 1
    if count[0] == n:
        os.kill(os.getpid(), sig)
    return out
driver.write_folder = folder
from kdbench.cli import app
sys.argv = ["kdbench", *sys.argv[3:]]
app()
"""


def launch(args: list[str], kill_at: int = 0, sig: str = "SIGKILL") -> subprocess.Popen:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.Popen(
        [sys.executable, "-c", KILLER, str(kill_at), sig, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def per_user_arrays(out: Path) -> dict[tuple[str, int], dict[str, np.ndarray]]:
    arrays = {}
    for rid, rec in finals(out).items():
        with np.load(out / "runs" / rid / "per_user.npz") as z:
            arrays[(rec["labels"]["method"], rec["spec"]["seed"])] = {k: z[k] for k in z.files}
    return arrays


def assert_same_finals(a_out: Path, b_out: Path) -> None:
    """The two output folders' finals hold the same per-user results, bit for bit."""
    a, b = per_user_arrays(a_out), per_user_arrays(b_out)
    assert a.keys() == b.keys()
    for key in a:
        for name in a[key]:
            assert np.array_equal(a[key][name], b[key][name]), (key, name)


@pytest.mark.slow
@pytest.mark.parametrize("sig", ["SIGKILL", "SIGTERM"])
def test_sigkill_mid_tuning_then_rerun_is_bit_identical(tuned, tmp_path, sig):
    """Killed after its 5th trial record (in generation 1), or stopped there (SIGTERM:
    nothing else starts), the tuning resumes without repeating a finished trial, selects
    the same configurations, and its finals' per-user results equal the uninterrupted
    run's bit for bit; the study database survives."""
    src, _, _ = tuned
    path = write_suite(tmp_path)
    proc = launch(["run", str(path)], kill_at=5, sig=sig)
    out, _ = proc.communicate(timeout=600)
    assert proc.returncode == (-signal.SIGKILL if sig == "SIGKILL" else 130), out
    assert sig == "SIGKILL" or "stopped: finished runs are kept" in out
    runs = tmp_path / "out" / "tuning" / "runs"
    done_before = {
        p.parent.name
        for p in runs.glob("*/run.json")
        if json.loads(p.read_text())["kind"] == "student"
    }
    assert len(done_before) == 5
    assert (tmp_path / "out" / "tuning" / "study.db").is_file()  # generation 0 is logged
    # the summary, written as each generation starts, shows the one in flight
    partial = summary(tmp_path / "out")
    states = [[t["state"] for t in s["trials"]] for s in partial["studies"]]
    assert all(len(st) == 4 and None not in st[:2] for st in states)
    assert all(st[2:] == [None, None] for st in states)  # generation 1: proposed, in flight
    # ... and tune-report counts each trial that has its records, settled or not yet
    from kdbench.tune.report import study_rows

    rows = study_rows(tmp_path / "out")
    assert sum(r["complete"] + r["pruned"] + r["failed"] for r in rows) == 5
    second = run_cli(["run", str(path)])
    trained_now = int(second.split(" trial runs trained now")[0].rsplit(" ", 1)[1])
    ref, got = summary(src / "out"), summary(tmp_path / "out")
    distinct = {rid for s in got["studies"] for t in s["trials"] for rid in t["run_ids"]}
    assert trained_now == len(distinct) - len(done_before)  # no finished trial repeated
    assert [s["best_params"] for s in got["studies"]] == [s["best_params"] for s in ref["studies"]]
    assert [[t["params"] for t in s["trials"]] for s in got["studies"]] == [
        [t["params"] for t in s["trials"]] for s in ref["studies"]
    ]
    assert_same_finals(src / "out", tmp_path / "out")
    con = sqlite3.connect(tmp_path / "out" / "tuning" / "study.db")
    assert con.execute("select count(*) from trials").fetchone()[0] == 8


@pytest.mark.slow
def test_two_runners_share_one_study_without_duplicate_trials(tuned, tmp_path):
    """Two `kdbench run` processes on one output folder: every trial run is trained by
    exactly one of them, the database holds each trial once, and the selection is the
    uninterrupted run's. They wait for each other's trials; a final held by the other
    runner is left to it (exit 1, saying so), and a third run then trains nothing."""
    src, _, _ = tuned
    path = write_suite(tmp_path)
    procs = [launch(["run", str(path)]) for _ in range(2)]
    outputs = [p.communicate(timeout=900)[0] for p in procs]
    for p, o in zip(procs, outputs, strict=True):
        assert p.returncode == 0 or (p.returncode == 1 and "held by another live" in o), o
    assert "nothing to train" in run_cli(["run", str(path)])
    trained = [int(o.split(" trial runs trained now")[0].rsplit(" ", 1)[1]) for o in outputs]
    distinct = {
        rid
        for s in summary(tmp_path / "out")["studies"]
        for t in s["trials"]
        for rid in t["run_ids"]
    }
    assert sum(trained) == len(distinct), outputs
    con = sqlite3.connect(tmp_path / "out" / "tuning" / "study.db")
    numbers = con.execute(
        "select t.study_id, a.value_json from trial_user_attributes a join trials t "
        "using (trial_id) where a.key = 'kdbench_trial'"
    ).fetchall()
    assert len(numbers) == len(set(numbers)) == 8
    ref = summary(src / "out")
    assert [s["best_params"] for s in summary(tmp_path / "out")["studies"]] == [
        s["best_params"] for s in ref["studies"]
    ]


REPO = Path(__file__).resolve().parent.parent
LIST_LOSSES = {"ce", "rd", "rrd", "rcekd", "cd", "dcd", "unkd", "irrrd"}


@pytest.mark.parametrize(("name", "studies"), [("tuned-citeulike-mf", 12), ("tuned-ml1m-mf", 10)])
def test_published_tuned_suites(name, studies):
    """Every list loss (CE with both guides) and the no-KD student at one budget of at
    least 20 trials; DE and HTD at a smaller one; 5 final seeds; trial 0 is each loss's
    reference configuration, which a suite of its own runs on the final seeds (tune-report
    --reference compares them)."""
    from kdbench.suite import expand

    suite = load_suite(REPO / "suites" / f"{name}.yaml")
    t = suite.tune
    assert len(t.losses) == studies and t.final_seeds == (0, 1, 2, 3, 4)
    loss_of = {alias: suite.losses[alias].loss for alias in t.losses}
    assert set(loss_of.values()) >= LIST_LOSSES
    guides = {suite.losses[a].params["guide"] for a, n in loss_of.items() if n == "ce"}
    assert guides == {"student", "teacher"}
    assert "student" in loss_of.values()
    budgets = {t.losses[a].trials for a, n in loss_of.items() if n in LIST_LOSSES | {"student"}}
    assert len(budgets) == 1 and budgets.pop() >= 20
    assert all(t.losses[a].trials < 20 for a, n in loss_of.items() if n in ("de", "htd"))
    assert all(c.reference and c.sampler == "tpe" for c in t.losses.values())
    # the reference configurations' runs on every final seed: a suite of their own, included
    reference = {"tuned-citeulike-mf": "paper-citeulike-mf", "tuned-ml1m-mf": "ml1m-mf"}[name]
    ref = expand(load_suite(REPO / "suites" / f"{reference}.yaml"))[1]
    assert all(s in expand(suite)[1] for s in ref)
    runs = {(s.labels["method"], s.seed) for s in ref}
    assert runs >= {(a, s) for a in t.losses for s in t.final_seeds}


@pytest.mark.slow
def test_two_workers_give_the_one_worker_result(tuned, tmp_path):
    """Generations do not depend on --workers: with 2 workers the same trials are proposed,
    the same configurations selected, and the finals' per-user results are bit-identical."""
    src, _, _ = tuned
    run_cli(["run", str(write_suite(tmp_path)), "--workers", "2"])
    ref, got = summary(src / "out"), summary(tmp_path / "out")
    assert [[t["params"] for t in s["trials"]] for s in got["studies"]] == [
        [t["params"] for t in s["trials"]] for s in ref["studies"]
    ]
    assert_same_finals(src / "out", tmp_path / "out")


def test_sensitivity_plots(tuned, tmp_path):
    """One figure per study: the objective against each searched parameter (plot extra)."""
    pytest.importorskip("matplotlib")
    src, _, _ = tuned
    out = run_cli(["tune-report", str(src / "out"), "--plots", str(tmp_path)])
    pngs = sorted(p.name for p in tmp_path.glob("*.png"))
    assert pngs == ["sensitivity-ml-100k_t-s_ce.png", "sensitivity-ml-100k_t-s_cet.png"]
    assert all((tmp_path / p).read_bytes()[:4] == b"\x89PNG" for p in pngs)
    assert "wrote" in out


def test_publish_a_tuned_output(tuned, tmp_path):
    """kdbench publish: the finals' and the untuned runs' four files, each settled trial's
    record and curve, tune.json without the machine's database path; leaderboards and
    tuning.md are what the CLI prints from the published folder; publishing again adds
    nothing; a different record under a published id is one line, exit 2, nothing
    written."""
    src, _, _ = tuned
    out, dest = src / "out", tmp_path / "results" / "tiny"
    run_cli(["publish", str(out), str(dest)])
    ids = {p.name for p in (out / "runs").iterdir() if (p / "run.json").is_file()}
    assert {p.name for p in (dest / "runs").iterdir()} == ids
    for rid in ids:
        have = {p.name for p in (dest / "runs" / rid).iterdir()}
        assert have == {"run.json", "per_user.npz", "topk.npz", "curve.csv"}
        assert (dest / "runs" / rid / "topk.npz").read_bytes() == (
            out / "runs" / rid / "topk.npz"
        ).read_bytes()
    s = summary(out)
    trials = {rid for st in s["studies"] for t in st["trials"] for rid in t["run_ids"]}
    assert {p.name for p in (dest / "tuning" / "runs").iterdir()} == trials
    assert all(
        {p.name for p in (dest / "tuning" / "runs" / rid).iterdir()} == {"run.json", "curve.csv"}
        for rid in trials
    )
    published = summary(dest)
    assert "storage" not in published and published["studies"] == s["studies"]
    for fmt, name in (("md", "leaderboard.md"), ("latex", "leaderboard.tex")):
        printed = run_cli(["leaderboard", str(dest), "--format", fmt])
        assert (dest / name).read_text() == printed
    for name in ("leaderboard.md", "leaderboard.tex"):  # a table pasted alone says so too
        assert "Tuned on validation: 4 trials per loss" in (dest / name).read_text()
    assert (dest / "tuning.md").read_text() == run_cli(["tune-report", str(dest), "--format", "md"])
    from kdbench.tune.report import study_rows

    assert [r["best_params"] for r in study_rows(dest)] == [
        r["best_params"] for r in study_rows(out)
    ]
    again = run_cli(["publish", str(out), str(dest)])
    assert f"0 run(s) added, {len(ids)} already there" in again
    # a published record is never replaced, and a refused publish writes nothing
    first, second = sorted(ids)[:2]
    shutil.rmtree(dest / "runs" / second)
    rec = dest / "runs" / first / "run.json"
    rec.write_text(rec.read_text().replace('"status"', '"status" ', 1))
    res = CliRunner().invoke(app, ["publish", str(out), str(dest)])
    assert res.exit_code == 2 and res.output.count("\n") == 1, res.output
    assert f"already holds another record of run {first}" in res.output
    assert not (dest / "runs" / second).exists()
    res = CliRunner().invoke(app, ["publish", str(out), str(out)])
    assert res.exit_code == 2 and res.output.count("\n") == 1


def test_publish_keeps_every_settled_published_trial(tuned, tmp_path):
    """A study whose tuning went another way (a trial under other run ids) or has not got
    as far as the published one would drop published trials: one line, exit 2, nothing
    written."""
    src, _, _ = tuned
    dest = tmp_path / "dest"
    run_cli(["publish", str(src / "out"), str(dest)])
    before = {p: p.read_bytes() for p in dest.rglob("*") if p.is_file()}
    study = summary(dest)["studies"][1]
    rid = study["trials"][2]["run_ids"][0]
    for change, said in (("other", "proposed as 0123456789abcdef"), ("fewer", "has not proposed")):
        out = tmp_path / change
        shutil.copytree(src / "out", out)
        tune = summary(out)
        trials = tune["studies"][1]["trials"]
        if change == "other":
            trials[2]["run_ids"] = ["0123456789abcdef"]
        else:
            del trials[2:]
        (out / "tuning" / "tune.json").write_text(json.dumps(tune))
        res = CliRunner().invoke(app, ["publish", str(out), str(dest)])
        assert res.exit_code == 2 and res.output.count("\n") == 1, res.output
        assert f"{study['name']} trial 2 is published as run {rid}, which this tuning " in (
            res.output
        )
        assert said in res.output
        assert {p: p.read_bytes() for p in dest.rglob("*") if p.is_file()} == before


def test_a_narrowed_tuning_keeps_the_other_studies_in_tune_json(tuned, tmp_path):
    """A tuning narrowed by ``tune.losses`` (a second runner, or a later sitting) rewrites
    its own studies in tune.json and keeps the others' (their trials are in the folder
    too), and so does publishing it over a folder published from the whole tuning; an
    unreadable published summary is one line, exit 2."""
    from kdbench.tune.run import _write_summary, inspect

    src, _, _ = tuned
    out = tmp_path / "out"
    shutil.copytree(src / "out", out)
    whole = summary(out)
    narrowed = load_suite(write_suite(tmp_path, TUNE.replace("[ce, cet]", "[cet]")))
    studies = inspect(narrowed, build_plan(narrowed))
    assert [s.alias for s in studies] == ["cet"]
    only_ce = {**whole, "studies": whole["studies"][:1]}  # cet's entry not written yet
    (out / "tuning" / "tune.json").write_text(json.dumps(only_ce))
    _write_summary(narrowed, studies)
    assert summary(out)["studies"] == whole["studies"]
    _write_summary(narrowed, studies)  # and again: ce's entry is kept, not duplicated
    assert summary(out)["studies"] == whole["studies"]

    dest = tmp_path / "results"
    run_cli(["publish", str(src / "out"), str(dest)])
    only_cet = {**whole, "studies": whole["studies"][1:]}
    (out / "tuning" / "tune.json").write_text(json.dumps(only_cet))
    run_cli(["publish", str(out), str(dest)])
    assert summary(dest)["studies"] == whole["studies"]
    (dest / "tuning" / "tune.json").write_text("{")
    res = CliRunner().invoke(app, ["publish", str(out), str(dest)])
    assert res.exit_code == 2 and res.output.count("\n") == 1, res.output
    assert "not a tuning summary" in res.output


def after_generation_0(out: Path, partial: Path):
    """A copy of a tiny tuning's trial records as they stood when generation 1 started
    (generation 0's only): its suite, plan and studies (generation 1 proposed)."""
    from kdbench.tune.run import inspect

    shutil.copytree(out / "tuning" / "runs", partial / "tuning" / "runs")
    for s in summary(out)["studies"]:
        for rid in [rid for t in s["trials"][2:] for rid in t["run_ids"]]:
            shutil.rmtree(partial / "tuning" / "runs" / rid)
    suite = load_suite(write_suite(partial.parent), [f"output={partial}"])
    plan = build_plan(suite)
    return suite, plan, inspect(suite, plan)


def test_the_longest_runs_start_first(tuned, tmp_path):
    """A study's next generation waits for its last run: the study whose complete trials
    took longest on average goes first (the order changes no proposal or result)."""
    from kdbench.train.teacher import TeacherCache
    from kdbench.tune.run import _Tuning, expected_seconds

    src, _, _ = tuned
    suite, plan, _ = after_generation_0(src / "out", tmp_path / "partial")
    tuning = _Tuning(suite, plan, tuning_store(suite.output), TeacherCache(), [], False)
    tuning.advance()  # generation 0 settled from the records: generation 1 proposed
    seconds = {s.alias: expected_seconds(s, tuning.store) for s in tuning.studies}
    assert all(0 < v < 600 for v in seconds.values()) and len(set(seconds.values())) == 2
    runs = tuning.runs()
    order = [r.spec.labels["method"].split("#")[0] for r in runs if r.kind == "student"]
    longest, shortest = sorted(seconds, key=seconds.get, reverse=True)
    assert order == [longest, longest, shortest, shortest]
    assert tuning.runs() == []  # each run is given once


def test_a_run_of_another_configuration_of_a_tuned_loss_leaves_the_leaderboard(tuned, tmp_path):
    """A tuned loss's row is its finals: a run of that loss under another configuration
    (its reference runs, copied into the folder before its study had finished) is left
    out with a note, not taken for a seed of the row (it was, by run id order)."""
    from kdbench.report import cells, load_results
    from kdbench.report.tuning import tuning_caption

    def rows(out: Path) -> tuple[list[tuple], list[str]]:
        (cell,) = cells(load_results(out))
        return [(r.label, r.run_ids, r.values) for r in cell.rows], cell.notes

    src, _, _ = tuned
    out = tmp_path / "out"
    shutil.copytree(src / "out", out)
    final = next(r for r in finals(out).values() if r["labels"]["method"] == "ce")
    seed = final["spec"]["seed"]
    other = {**final, "run_id": "0" * 16}  # sorts first: the run the old rule chose
    other["spec"] = {**final["spec"], "loss": {**final["spec"]["loss"], "K": 7}}
    shutil.copytree(out / "runs" / final["run_id"], out / "runs" / other["run_id"])
    (out / "runs" / other["run_id"] / "run.json").write_text(json.dumps(other))
    assert rows(out) == (
        rows(src / "out")[0],
        [tuning_caption(out),
         f"ce: 1 run of another configuration than its tuned one left out (seeds {seed}): "
         "its row is its tuned configuration's."],
    )  # fmt: skip
    left = load_results(out).attrs["superseded"]
    assert left == [{"dataset": "ml-100k", "pair": "t→s", "method": "ce", "seed": seed}]
    assert "left out" in run_cli(["leaderboard", str(out)])
    for r in finals(out).values():  # ce's finals not run yet: no row, and the note says so
        if r["labels"]["method"] == "ce" and r["run_id"] != other["run_id"]:
            shutil.rmtree(out / "runs" / r["run_id"])
    kept, notes = rows(out)
    assert (
        "ce" not in [label for label, _, _ in kept] and len(kept) == len(rows(src / "out")[0]) - 1
    )
    assert notes[-1] == (
        f"ce: 1 run of another configuration than its tuned one left out (seeds {seed}): "
        "no run of its tuned configuration has finished yet, so it has no row."
    )


def test_only_a_finished_study_supersedes_runs(tmp_path):
    from kdbench.report.tuning import TUNE_JSON, another_configuration, tuned_choices

    def study(alias: str, states: list[str | None]) -> dict:
        trials = [{"number": i, "state": st} for i, st in enumerate(states)]
        return {"dataset": "d", "pair": "t→s", "alias": alias, "trials_budget": 3,
                "trials": trials, "best": 0, "best_params": {"lambda": 0.5}}  # fmt: skip

    path = tmp_path / TUNE_JSON
    path.parent.mkdir(parents=True)
    studies = [
        study("done", ["complete", "pruned", "fail"]),
        study("running", ["complete", "complete", None]),
        study("proposed", ["complete", "complete"]),
    ]
    path.write_text(json.dumps({"studies": studies}))
    choices = tuned_choices(tmp_path)
    assert choices == {("d", "t→s", "done"): {"lambda": 0.5}}

    def rec(method: str, lam: float, kind: str = "student") -> dict:
        spec = {"dataset": {"name": "d"}, "loss": {"lambda": lam}, "train": {}}
        return {"kind": kind, "spec": spec, "labels": {"pair": "t→s", "method": method}}

    assert another_configuration(rec("done", 1.0), choices)
    assert not another_configuration(rec("done", 0.5), choices)
    assert not another_configuration(rec("running", 1.0), choices)  # its row: as it stands
    assert not another_configuration(rec("done", 1.0, kind="teacher"), choices)
    assert tuned_choices(tmp_path / "never-tuned") == {}


def test_status_shows_each_trial_in_flight(tuned, tmp_path):
    """A trial whose run a live runner holds counts as running, not to do, and status says
    who runs it."""
    import socket

    src, _, _ = tuned
    partial = tmp_path / "partial"
    _, _, studies = after_generation_0(src / "out", partial)
    study = studies[0]
    rid = study.trials[2].run_ids[0]  # generation 1's first trial: proposed, not settled
    owner = {"pid": os.getpid(), "host": socket.gethostname(), "since": 0}
    (partial / "tuning" / "runs" / f".lock-{rid}").write_text(json.dumps(owner))
    printed = run_cli(["status", str(write_suite(tmp_path)), "-o", f"output={partial}"])
    header = next(line for line in printed.splitlines() if "running" in line)
    row = next(line for line in printed.splitlines() if f"{study.name} " in line)
    cells = dict(zip(header.split("┃")[1:-1], row.split("│")[1:-1], strict=True))
    cells = {k.strip(): v.strip() for k, v in cells.items()}
    # generation 0 (2 trials) settled, generation 1's 2 proposed: one running, one to do
    assert [cells[k] for k in ("budget", "complete", "running", "to do")] == ["4", "2", "1", "1"]
    assert f"in flight: {study.name} #2: run {rid} (pid {os.getpid()} on" in printed
    other = studies[1]
    row = next(line for line in printed.splitlines() if f"{other.name} " in line)
    assert [c.strip() for c in row.split("│")[6:8]] == ["0", "2"]  # nothing of it in flight


def test_a_study_goes_on_while_another_waits(tuned, tmp_path):
    """Studies advance independently: with one study's generation 0 settled and the
    other's not, the first proposes its generation 1 (what the uninterrupted tuning
    proposed) and the second waits; the tuning then ends as the uninterrupted one."""
    from kdbench.train.teacher import TeacherCache
    from kdbench.tune.run import _Tuning

    src, _, _ = tuned
    ref = summary(src / "out")
    partial = tmp_path / "partial"
    suite, plan, _ = after_generation_0(src / "out", partial)
    waiting = ref["studies"][1]["trials"][0]["run_ids"][0]
    shutil.rmtree(partial / "tuning" / "runs" / waiting)
    tuning = _Tuning(suite, plan, tuning_store(suite.output), TeacherCache(), [], False)
    tuning.advance()
    first, second = tuning.studies
    assert [t.params for t in first.trials] == [t["params"] for t in ref["studies"][0]["trials"]]
    assert len(second.trials) == 2 and second.trials[0].state is None
    assert {r.run_id for r in tuning.runs() if r.kind == "student"} == {
        waiting,
        *(rid for t in first.trials[2:] for rid in t.run_ids),
    }
    printed = run_cli(["run", str(write_suite(tmp_path)), "-o", f"output={partial}"])
    assert "5 trial runs trained now" in printed
    got = summary(partial)
    assert [[t["params"] for t in s["trials"]] for s in got["studies"]] == [
        [t["params"] for t in s["trials"]] for s in ref["studies"]
    ]
    assert_same_finals(src / "out", partial)


def test_a_failed_trial_is_kept_or_retried(tuned, tmp_path):
    """A trial whose run failed settles as failed (and the tuning goes on); with
    --retry-failed it is trained again, and the tuning ends as the uninterrupted one."""
    from kdbench.atomic import write_folder
    from kdbench.runner.execute import failed_record
    from kdbench.tune.run import inspect

    src, _, _ = tuned
    out = tmp_path / "out"
    shutil.copytree(src / "out" / "tuning", out / "tuning")
    ref = summary(out)
    suite_path = write_suite(tmp_path)
    suite = load_suite(suite_path)
    trial = next(t for t in inspect(suite, build_plan(suite))[0].trials if t.generation == 1)
    folder = out / "tuning" / "runs" / trial.run_ids[0]
    before = (folder / "curve.csv").read_text()
    shutil.rmtree(folder)
    write_folder(folder, failed_record(trial.specs[0], trial.run_ids[0], "boom", "boom\n"))
    run_cli(["run", str(suite_path)])
    states = [t["state"] for t in summary(out)["studies"][0]["trials"]]
    assert states[trial.number] == "fail" and states.count("fail") == 1
    printed = run_cli(["run", str(suite_path), "--retry-failed"])
    assert "1 trial runs trained now" in printed
    assert (folder / "curve.csv").read_text() == before
    assert summary(out)["studies"] == ref["studies"]


def test_tuning_resumes_from_a_published_tuning(tuned, tmp_path):
    """A tuning published in its trials (after generation 0: no final yet, so no
    leaderboard; `kdbench publish` keeps each trial's record and curve) goes on elsewhere
    with `run --reuse`: the published trials are not trained again, generation 1 proposes
    what the uninterrupted tuning proposed, the same configurations are chosen and the
    finals are bit-identical. The reference-configuration runs in a --reuse folder enter
    the leaderboard only when chosen; a published trial whose record does not hash to its
    run id is trained. Published mid-generation (the summary written as generation 0
    started, its trials finished since), the trials with all their records go too."""
    from kdbench.tune.report import study_rows
    from kdbench.tune.run import _write_summary

    src, _, _ = tuned
    out, ref = src / "out", summary(src / "out")
    partial = tmp_path / "partial"
    suite, _, studies = after_generation_0(out, partial)
    _write_summary(suite, studies)
    in_flight = summary(partial)  # ... and as it stood when generation 0 started
    for s in in_flight["studies"]:
        s["trials"] = [{**t, "state": None} for t in s["trials"][:2]]
        s["best"] = s["best_params"] = None
    for path, tune in ((tmp_path / "settled", summary(partial)), (tmp_path / "flight", in_flight)):
        (partial / "tuning" / "tune.json").write_text(json.dumps(tune))
        printed = run_cli(["publish", str(partial), str(path)])
        assert "0 run(s) added, 0 already there; 4 tuning trial(s) added" in printed
        assert not (path / "leaderboard.md").exists() and not (path / "runs").exists()
        md = run_cli(["tune-report", str(path), "--format", "md"])
        assert (path / "tuning.md").read_text() == md
        assert [(r["complete"], r["budget"]) for r in study_rows(path)] == [(2, 4), (2, 4)]
        res = CliRunner().invoke(app, ["leaderboard", str(path)])  # no finals yet
        assert res.exit_code == 2 and "a tuning still in its trials" in res.output
        # verify checks what there is: each trial's pruning against its curve
        printed = run_cli(["verify", str(path)])
        assert "0 finished runs" in printed and "0 pruned otherwise than recorded" in printed
    dest = tmp_path / "flight"
    # one published trial edited by hand: not its run's record any more, so trained again
    edited = ref["studies"][0]["trials"][1]["run_ids"][0]
    path = dest / "tuning" / "runs" / edited / "run.json"
    path.write_text(path.read_text().replace('"seed": 0', '"seed": 7', 1))
    # a folder with each study's reference run (trial 0) on seed 0, as a results/ folder
    # ... labelled as ordinary runs there ("ce", not "ce#0"), as a published block's are
    refs = tmp_path / "refs"
    for s in ref["studies"]:
        rid = s["trials"][0]["run_ids"][0]
        shutil.copytree(out / "tuning" / "runs" / rid, refs / "runs" / rid)
        rec = json.loads((refs / "runs" / rid / "run.json").read_text())
        rec["labels"]["method"] = s["alias"]
        (refs / "runs" / rid / "run.json").write_text(json.dumps(rec))
    got_out = tmp_path / "out"
    suite_path = str(write_suite(tmp_path))
    printed = run_cli(["validate", suite_path, "--reuse", str(dest), "--reuse", str(refs)])
    assert f"2 of the runs to do are finished in {refs}" in printed
    assert "(a tuned loss's: as its trial 0, and as its finals if tuning chooses them)" in printed
    # before tuning, status lists the untuned runs and says the tuned losses' runs wait
    status = run_cli(["status", suite_path])
    assert "and 2 runs of the tuned losses, on the final seeds once tuning has chosen" in status
    assert "│ ce " not in status and "│ student " in status
    printed = run_cli(["run", suite_path, "--reuse", str(dest), "--reuse", str(refs)])
    # generation 1 (2 trials × 2 studies) and the edited trial of generation 0
    assert "tuning: 2 studies, 8 trials (" in printed
    assert "5 trial runs trained now" in printed, printed
    assert "published trial record" not in printed  # finals of published trials agree
    got = summary(got_out)
    assert [[t["params"] for t in s["trials"]] for s in got["studies"]] == [
        [t["params"] for t in s["trials"]] for s in ref["studies"]
    ]
    assert [s["best"] for s in got["studies"]] == [s["best"] for s in ref["studies"]]
    for s in ref["studies"]:  # a reference run copied as trial 0 takes the trial's name
        rid = s["trials"][0]["run_ids"][0]
        trial0 = got_out / "tuning" / "runs" / rid / "run.json"
        assert trial0.read_bytes() == (out / "tuning" / "runs" / rid / "run.json").read_bytes()
    chosen = {rid for s in ref["studies"] for rid in s["trials"][s["best"]]["run_ids"]}
    for s in ref["studies"]:
        trial0 = s["trials"][0]["run_ids"][0]
        assert (got_out / "runs" / trial0).exists() == (trial0 in chosen)
    assert set(finals(got_out)) == set(finals(out))
    assert_same_finals(out, got_out)
    assert (got_out / "leaderboard.md").read_text() == (out / "leaderboard.md").read_text()


def test_a_recorded_proposal_is_taken_only_where_it_agrees_to_the_last_bits():
    """A float of a recorded proposal may differ from this machine's in its last bits
    (TPE's arithmetic on another CPU or numpy); more than that, a wrong type or a value
    outside the space makes it another configuration."""
    from optuna.distributions import CategoricalDistribution, FloatDistribution

    from kdbench.tune.study import same_proposal

    dists = {
        "lambda": FloatDistribution(1e-6, 1.0, log=True),
        "K": CategoricalDistribution([10, 20]),
    }
    here = {"lambda": 0.5, "K": 20}
    ulp = math.nextafter(0.5, 1.0)
    assert same_proposal({"lambda": ulp, "K": 20}, here, dists)
    assert same_proposal({"lambda": 0.5 * (1 + 1e-10), "K": 20}, here, dists)
    assert not same_proposal({"lambda": 0.5 * (1 + 1e-8), "K": 20}, here, dists)
    assert not same_proposal({"lambda": ulp, "K": 10}, here, dists)
    assert not same_proposal({"lambda": ulp, "K": 20.0}, here, dists)  # a run id tells them
    assert not same_proposal({"lambda": ulp}, here, dists)
    top = {"lambda": 1.0, "K": 20}
    assert not same_proposal({"lambda": math.nextafter(1.0, 2.0), "K": 20}, top, dists)


def nudged(params: dict) -> dict:
    """A configuration as another machine's TPE may have proposed it: each float one ulp
    up."""
    return {k: math.nextafter(v, math.inf) if type(v) is float else v for k, v in params.items()}


def test_a_study_takes_a_recorded_proposal_only_where_it_agrees(tuned, tmp_path, caplog):
    """Generation 1 proposed again with a summary recording another machine's proposals:
    trial 2's (its floats one ulp away) is taken as recorded, to the bit; trial 3's (a
    float 1e-6 away: another configuration) is not, and a warning names the summary."""
    src, _, _ = tuned
    _, _, studies = after_generation_0(src / "out", tmp_path / "partial")
    study = studies[0]
    here = [dict(t.params) for t in study.trials[2:]]
    far = {k: v * (1 + 1e-6) if type(v) is float else v for k, v in here[1].items()}
    study.trials = study.trials[:2]
    study.recorded = [("elsewhere/tune.json", {2: nudged(here[0]), 3: far})]
    with caplog.at_level("WARNING", logger="kdbench.tune.study"):
        two, three = study.propose(1)
    assert two.params == nudged(here[0]) != here[0]
    assert three.params == here[1]
    assert [r.message for r in caplog.records if "elsewhere/tune.json" in r.message] == [
        f"{study.name} trial 3: proposed {here[1]} here, which is not what "
        "elsewhere/tune.json records for it: run as proposed here (a changed space, "
        "enqueue or earlier result moves proposals)"
    ]


def as_published_elsewhere(out: Path, dest: Path) -> dict:
    """``out``'s tuning published from another machine whose TPE ended each generation-1
    float one ulp away: trial records and curves (under the run ids those configurations
    hash to) and tune.json, no finals. Returns that tune.json."""
    from kdbench.suite.spec import run_id_of

    tune = summary(out)
    tune.pop("storage")
    for st in tune["studies"]:
        for t in st["trials"]:
            ids = []
            if t["generation"] == 1:
                t["params"] = nudged(t["params"])
            for rid in t["run_ids"]:
                rec = json.loads((out / "tuning" / "runs" / rid / "run.json").read_text())
                if t["generation"] == 1:
                    for part in ("loss", "train"):
                        rec["spec"][part].update(
                            {k: v for k, v in t["params"].items() if k in rec["spec"][part]}
                        )
                    rec["run_id"] = run_id_of(rec["spec"], rec["data"]["fingerprint"])
                folder = dest / "tuning" / "runs" / rec["run_id"]
                folder.mkdir(parents=True)
                (folder / "run.json").write_text(json.dumps(rec))
                shutil.copy(out / "tuning" / "runs" / rid / "curve.csv", folder)
                ids.append(rec["run_id"])
            t["run_ids"] = ids
        st["best_params"] = st["trials"][st["best"]]["params"]
    (dest / "tuning" / "tune.json").write_text(json.dumps(tune))
    return tune


def test_a_tuning_published_from_another_machine_goes_on_here(tuned, tmp_path):
    """Another machine's TPE proposed generation 1 a few ulps away from this one's (1 to 4
    of each CiteULike-t study's first four TPE proposals moved so between two hosts):
    with its published tuning as --reuse, no settled trial is trained again and its
    configurations stand to the bit. Trial 0 comes from the tuning's own record, not from
    a reference folder's other record of that run (listed first, as in the README), so
    publishing the result back adds the finals and finds every trial already there."""
    src, _, _ = tuned
    dest, refs = tmp_path / "results" / "tiny", tmp_path / "refs"
    published = as_published_elsewhere(src / "out", dest)
    for st in published["studies"]:  # the reference runs, trained again in their own block
        rid = st["trials"][0]["run_ids"][0]
        shutil.copytree(src / "out" / "tuning" / "runs" / rid, refs / "runs" / rid)
        rec = json.loads((refs / "runs" / rid / "run.json").read_text())
        rec["labels"]["method"], rec["timings"]["total_s"] = st["alias"], 1.0
        (refs / "runs" / rid / "run.json").write_text(json.dumps(rec))
    suite = str(write_suite(tmp_path))
    printed = run_cli(["run", suite, "--reuse", str(refs), "--reuse", str(dest)])
    assert "tuning: 2 studies, 8 trials (" in printed and "0 trial runs trained now" in printed
    got = summary(tmp_path / "out")
    assert [s["trials"] for s in got["studies"]] == [s["trials"] for s in published["studies"]]
    printed = run_cli(["publish", str(tmp_path / "out"), str(dest)])
    assert "0 tuning trial(s) added, 8 already there" in printed


def test_a_trial_of_another_training_of_the_teacher_is_trained_again(tuned, tmp_path):
    """A trial record distilled from another training of the teacher than the record of
    it here (from another machine, say) does not stand for its trial: verify names it,
    and the tuner trains it again, to this teacher's record. A --reuse folder's teacher
    record of another training is refused before any trial trains."""
    from kdbench.tune.run import _write_summary

    src, _, _ = tuned
    out, ref = src / "out", summary(src / "out")
    partial = tmp_path / "partial"
    suite, _, studies = after_generation_0(out, partial)
    _write_summary(suite, studies)
    foreign = ref["studies"][0]["trials"][1]["run_ids"][0]
    path = partial / "tuning" / "runs" / foreign / "run.json"
    rec = json.loads(path.read_text())
    teacher = rec["teacher_id"]
    path.write_text(json.dumps({**rec, "teacher_lists": "0" * 16}))
    res = CliRunner().invoke(app, ["verify", str(partial)])
    assert res.exit_code == 1, res.output
    assert f"trial run {foreign}: distilled from another training of teacher {teacher}" in (
        " ".join(res.output.split())
    )
    assert "1 of another training of their teacher" in res.output
    suite_path = str(write_suite(tmp_path))
    printed = run_cli(["run", suite_path, "-o", f"output={partial}"])
    assert "5 trial runs trained now" in printed  # generation 1 and the foreign trial
    again = partial / "tuning" / "runs" / foreign
    assert json.loads((again / "run.json").read_text())["teacher_lists"] == rec["teacher_lists"]
    curve = (out / "tuning" / "runs" / foreign / "curve.csv").read_text()
    assert (again / "curve.csv").read_text() == curve
    assert "0 of another training of their teacher" in run_cli(["verify", str(partial)])
    # a --reuse folder holding another training's record of the teacher: refused at once
    refs = tmp_path / "refs" / "runs" / teacher
    shutil.copytree(out / "runs" / teacher, refs)
    with np.load(refs / "topk.npz") as z:
        arrays = {k: z[k] for k in z.files}
    np.savez_compressed(refs / "topk.npz", **{**arrays, "items": arrays["items"][:, ::-1]})
    new = tmp_path / "new"
    args = ["run", suite_path, "-o", f"output={new}", "--reuse", str(tmp_path / "refs")]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 2 and "another training" in " ".join(res.output.split()), res.output
    assert [p.name for p in (new / "tuning" / "runs").iterdir() if p.is_dir()] == [teacher]


def test_importance_orders_ties_by_name():
    """Equal importances (two parameters that always moved together) come in name order,
    not in the order of a set of names, which changes from process to process."""
    from kdbench.tune.report import TrialRow, importance

    space = {
        k: {"name": "FloatDistribution", "attributes": {"low": 0.0, "high": 1.0, "log": False}}
        for k in ("b", "a", "c")
    }
    rows = [
        TrialRow(i, 0, {"b": x, "a": x, "c": 0.5 * (i % 2)}, "complete", v, 10, 0.1)
        for i, (x, v) in enumerate([(0.1, 0.1), (0.4, 0.2), (0.6, 0.3), (0.9, 0.4), (0.3, 0.2)])
    ]
    imp = importance({"space": space}, rows)
    assert imp["a"] == imp["b"]
    names = list(imp)
    assert names.index("a") == names.index("b") - 1
    assert list(imp.values()) == sorted(imp.values(), reverse=True)


def test_importance_reads_at_least_five_top_trials():
    """PED-ANOVA compares the best trials with all: at Optuna's default 10% a 20-trial
    study's "best" is two trials, and a parameter they share by chance outranks the one
    that sets the objective. The quantile widens to five trials (Optuna's advice)."""
    from kdbench.tune.report import TrialRow, importance, importance_quantile

    assert [importance_quantile(n) for n in (3, 10, 20, 50, 200)] == [0.5, 0.5, 0.25, 0.1, 0.1]
    assert all(math.ceil(importance_quantile(n) * n) >= 5 for n in range(10, 300))
    space = {
        k: {"name": "FloatDistribution", "attributes": {"low": 0.0, "high": 1.0, "log": False}}
        for k in ("good", "noise")
    }
    goods = [0.99, 0.97, 0.95, 0.93, 0.91] + [i / 20 for i in range(15)]
    noises = [0.5, 0.5, 0.05, 0.95, 0.25] + [(7 * i % 15) / 15 for i in range(15)]
    rows = [
        TrialRow(i, 0, {"good": g, "noise": z}, "complete", g, 10, 0.1)
        for i, (g, z) in enumerate(zip(goods, noises, strict=True))
    ]
    imp = importance({"space": space}, rows)
    assert list(imp) == ["good", "noise"] and imp["good"] > 0.9, imp


def test_ranks_reference_to_tuned_within_each_cell():
    """A method's place among the compared rows of its cell, by the test metric, under the
    reference configurations and tuned: 1 is the best, ties share the better place, cells
    are ranked apart."""
    from kdbench.tune.report import add_ranks

    def row(study: str, ref: float, tuned: float) -> dict:
        return {"study": study, "reference": ref, "tuned": tuned}

    rows = add_ranks(
        [
            row("d/a→b/student", 0.010, 0.012),
            row("d/a→b/rd", 0.015, 0.014),
            row("d/a→b/htd", 0.008, 0.016),
            row("d/a→b/cd", 0.015, 0.011),
            row("e/a→b/rd", 0.001, 0.001),
        ]
    )
    assert [r["rank"] for r in rows] == [(3, 3), (1, 2), (4, 1), (1, 4), (1, 1)]


def test_a_final_that_does_not_give_its_published_trial_record_is_said(tuned, tmp_path):
    """A best trial known only from its published record (no lists) is trained again for
    its final seed; that final must give the record's validation objective, or a line
    says it did not (the selection read the record)."""
    from kdbench.tune.run import inspect, unconfirmed_finals

    src, _, _ = tuned
    out = tmp_path / "out"
    shutil.copytree(src / "out", out)
    suite = load_suite(write_suite(tmp_path), [f"output={out}"])

    def lines() -> list[str]:
        return unconfirmed_finals(suite, inspect(suite, build_plan(suite)))

    assert lines() == []  # whole trial records: the final is the trial's own run
    study = inspect(suite, build_plan(suite))[0]
    rid = study.best().run_ids[0]
    folder = out / "tuning" / "runs" / rid
    for name in ("per_user.npz", "topk.npz"):  # as published: record and curve only
        (folder / name).unlink()
    assert lines() == []  # the final (trained here) gave the record's numbers
    rec = json.loads((folder / "run.json").read_text())
    rec["summary"]["valid"][study.monitor] += 1e-4  # as another machine might have it
    (folder / "run.json").write_text(json.dumps(rec))
    found = lines()
    assert len(found) == 1 and rid in found[0] and "published trial record" in found[0]


def test_tune_report_history_stops_at_the_last_settled_generation():
    """A generation proposed but not run yet adds no column (its best so far would only
    repeat the one before); a generation of pruned trials keeps the earlier best."""
    from kdbench.tune.report import TrialRow, history

    def row(number: int, generation: int, state: str | None, value: float | None) -> TrialRow:
        return TrialRow(number, generation, {}, state, value, 10, 0.1)

    rows = [
        row(0, 0, "complete", 0.30),
        row(1, 0, "complete", 0.35),
        row(2, 1, "pruned", 0.20),
        row(3, 1, "complete", 0.32),
        row(4, 2, "pruned", 0.10),
        row(5, 3, None, None),
    ]
    assert history(rows) == [0.35, 0.35, 0.35]
    assert history([row(0, 0, "pruned", 0.1), row(1, 1, None, None)]) == [None]
    assert history([row(0, 0, None, None)]) == []
