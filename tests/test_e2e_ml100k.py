"""One real end-to-end run on MovieLens-100K through the CLI, and an independent
recomputation of the per-user metrics from topk.npz and the exported test.tsv."""

from __future__ import annotations

import io
import json
import math
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from kdbench.cli import app

SUITE = """
name: e2e
output: {out}
datasets: {{ml-100k: {{}}}}
backbones:
  t: {{model: mf, dim: 32}}
  s: {{model: mf, dim: 8}}
pairs: [{{teacher: t, student: s}}]
losses:
  student: {{}}
  ce: {{K: 20, guide: teacher}}
seeds: [0]
train: {{epochs: 3, patience: 2, batch_size: 4096, lr: 0.005}}
metrics: [recall@10, ndcg@10, ndcg@20]
"""


@pytest.fixture(scope="module")
def suite_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("e2e")
    suite = tmp / "suite.yaml"
    suite.write_text(SUITE.format(out=tmp / "out"))
    runner = CliRunner()
    first = runner.invoke(app, ["run", str(suite)])
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, ["run", str(suite)])
    export = runner.invoke(app, ["data", "prepare", "ml-100k", "--out", str(tmp / "prep")])
    assert export.exit_code == 0, export.output
    return tmp, first, second


def _independent_metrics(topk: np.ndarray, test: pd.DataFrame, n_users: int, k: int):
    targets = [set() for _ in range(n_users)]
    for u, i in zip(test["user"], test["item"], strict=True):
        targets[u].add(i)
    recall, ndcg = np.zeros(n_users), np.zeros(n_users)
    for u in range(n_users):
        t = targets[u]
        if not t:
            continue
        hits = [1.0 if i in t else 0.0 for i in topk[u, :k]]
        recall[u] = sum(hits) / len(t)
        dcg = sum(h / math.log2(p + 2) for p, h in enumerate(hits))
        idcg = sum(1 / math.log2(p + 2) for p in range(min(len(t), k)))
        ndcg[u] = dcg / idcg
    return recall, ndcg


def test_records_complete_and_resume_trains_nothing(suite_run):
    tmp, first, second = suite_run
    # no terminal: each run's first epoch line is printed (then at most once a minute)
    assert sum(": 1/" in line and " epochs, " in line for line in first.output.splitlines()) == 3
    runs = sorted((tmp / "out" / "runs").iterdir())
    assert len(runs) == 3  # teacher, student, ce
    for folder in runs:
        assert {p.name for p in folder.iterdir()} >= {
            "run.json",
            "per_user.npz",
            "topk.npz",
            "curve.csv",
        }
        rec = json.loads((folder / "run.json").read_text())
        assert rec["status"] == "done" and rec["data"]["n_users"] == 943
    assert "nothing to train" in second.output
    assert (tmp / "out" / "leaderboard.md").read_text().count("| ce |") == 1


def test_per_user_metrics_match_independent_recomputation(suite_run):
    tmp, _, _ = suite_run
    test = pd.read_csv(tmp / "prep" / "test.tsv", sep="\t")
    meta = json.loads((tmp / "prep" / "meta.json").read_text())
    assert meta["n_test"] == len(test)
    for folder in (tmp / "out" / "runs").iterdir():
        rec = json.loads((folder / "run.json").read_text())
        assert rec["data"]["fingerprint"] == meta["fingerprint"]
        topk = np.load(folder / "topk.npz")["items"]
        per_user = np.load(folder / "per_user.npz")
        recall, ndcg = _independent_metrics(topk, test, meta["n_users"], 10)
        np.testing.assert_allclose(per_user["recall@10"], recall, atol=1e-12)
        np.testing.assert_allclose(per_user["ndcg@10"], ndcg, atol=1e-12)
        assert rec["summary"]["test"]["ndcg@10"] == pytest.approx(ndcg.mean())


def test_train_items_never_recommended(suite_run, ml100k):
    tmp, _, _ = suite_run
    for folder in (tmp / "out" / "runs").iterdir():
        topk = np.load(folder / "topk.npz")["items"]
        for u in range(0, ml100k.n_users, 37):
            assert not set(topk[u].tolist()) & set(ml100k.train.row(u).tolist())


def test_bad_suite_is_one_line_exit_2(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(SUITE.format(out=tmp_path / "out").replace("ce: {K: 20", "cee: {K: 20"))
    res = CliRunner().invoke(app, ["run", str(bad)])
    assert res.exit_code == 2
    assert "did you mean 'ce'" in res.output and "Traceback" not in res.output
    assert not (tmp_path / "out").exists()


def test_verify_passes_the_runs_and_fails_a_tampered_copy(suite_run, tmp_path: Path):
    tmp, _, _ = suite_run
    res = CliRunner().invoke(app, ["verify", str(tmp / "out")])
    assert res.exit_code == 0, res.output
    assert "3 finished runs: 3 ok, 0 failing a check" in res.output
    copy = tmp_path / "out"
    shutil.copytree(tmp / "out", copy)
    folder = next(p for p in (copy / "runs").iterdir() if p.is_dir())
    with np.load(folder / "per_user.npz") as z:
        arrays = {k: z[k] for k in z.files}
    arrays["ndcg@10"] = arrays["ndcg@10"][::-1].copy()
    np.savez(folder / "per_user.npz", **arrays)
    res = CliRunner().invoke(app, ["verify", str(copy)])
    assert res.exit_code == 1
    assert "ndcg@10:" in res.output and "1 failing a check" in res.output


def test_verify_of_a_folder_without_runs_is_one_line_exit_2(tmp_path: Path):
    res = CliRunner().invoke(app, ["verify", str(tmp_path)])
    assert res.exit_code == 2 and "no runs/ folder" in res.output


def test_adding_metrics_to_a_finished_suite_trains_nothing_and_reports_them(
    suite_run, tmp_path: Path
):
    """Metrics are views of the stored lists: the run ids do not change when the metric
    list grows, no record is rewritten, and the new columns are computed from topk.npz."""
    tmp, _, _ = suite_run
    shutil.copytree(tmp / "out", tmp_path / "out")
    suite = tmp_path / "suite.yaml"
    suite.write_text(SUITE.format(out=tmp_path / "out"))
    before = {p: p.read_bytes() for p in (tmp_path / "out" / "runs").rglob("*") if p.is_file()}
    for folder in (tmp_path / "out" / "runs").iterdir():
        assert json.loads((folder / "run.json").read_text())["eval"]["depth"] == 100
    # `run` and `leaderboard` show the suite's column order (not sorted by name)
    printed = CliRunner().invoke(app, ["leaderboard", str(tmp_path / "out"), "--format", "md"])
    written = (tmp_path / "out" / "leaderboard.md").read_text()
    for text in (printed.output, written):
        assert "| method | n | recall@10 | ndcg@10 | ndcg@20 |" in text
    # the evaluator's means (run.json, what early stopping saw on valid) are the report's,
    # computed from the stored hit lists alone
    from kdbench.report import load_results

    df = load_results(tmp_path / "out")
    for folder in (tmp_path / "out" / "runs").iterdir():
        summary = json.loads((folder / "run.json").read_text())["summary"]
        mine = df[df["run_id"] == folder.name]
        for split in ("test", "valid"):
            for metric, value in summary[split].items():
                row = mine[(mine["split"] == split) & (mine["metric"] == metric)]
                assert row["value"].iloc[0] == value
    more = "metrics=[recall@10, ndcg@10, ndcg@20, ndcg@50, mrr@10, map@20]"
    res = CliRunner().invoke(app, ["run", str(suite), "-o", more])
    assert res.exit_code == 0, res.output
    assert "nothing to train: all 3 runs found" in res.output
    after = {p: p.read_bytes() for p in (tmp_path / "out" / "runs").rglob("*") if p.is_file()}
    assert after == before
    header = next(
        line
        for line in (tmp_path / "out" / "leaderboard.md").read_text().splitlines()
        if line.startswith("| method")
    )
    assert header == ("| method | n | recall@10 | ndcg@10 | ndcg@20 | ndcg@50 | mrr@10 | map@20 |")
    # the new column is the mean of the metric over the run's lists, recomputed here
    test = pd.read_csv(tmp / "prep" / "test.tsv", sep="\t")
    folder = next(
        p
        for p in (tmp_path / "out" / "runs").iterdir()
        if json.loads((p / "run.json").read_text())["labels"]["method"] == "ce"
    )
    topk = np.load(folder / "topk.npz")["items"]
    targets = test.groupby("user")["item"].apply(set)
    ranks = [
        next((p + 1 for p, i in enumerate(topk[u, :10]) if i in targets.get(u, set())), None)
        for u in range(len(topk))
    ]
    mrr = np.mean([1 / r if r else 0.0 for r in ranks])
    res = CliRunner().invoke(
        app, ["leaderboard", str(tmp_path / "out"), "--format", "csv", "--metrics", "mrr@10"]
    )
    assert res.exit_code == 0, res.output
    rows = pd.read_csv(io.StringIO(res.output))
    ce = rows[(rows["method"] == "ce") & (rows["metric"] == "mrr@10")]
    assert ce["mean"].iloc[0] == pytest.approx(mrr, abs=1e-12)


def test_verify_names_a_run_resumed_by_other_code_and_passes_it(suite_run, tmp_path: Path):
    tmp, _, _ = suite_run
    copy = tmp_path / "out"
    shutil.copytree(tmp / "out", copy)
    record = next(p for p in (copy / "runs").glob("*/run.json"))
    rec = json.loads(record.read_text())
    prov = rec["provenance"]
    rec["resumed_from_epochs"] = [1]
    prov["earlier_parts"] = [{"from_epoch": 0, **prov, "git_sha": "0" * 40}]
    record.write_text(json.dumps(rec))
    res = CliRunner().invoke(app, ["verify", str(copy)], env={"COLUMNS": "300"})
    assert res.exit_code == 0, res.output
    assert f"run {rec['run_id']} was resumed by other code or hardware" in res.output
    assert f"from epoch 0: git_sha {'0' * 40}" in res.output
    assert "3 ok, 0 failing a check (1 resumed by other code or hardware, above)" in res.output


def test_kd_runs_at_lambda_zero_share_one_training_not_the_students(tmp_path):
    """The run order (seed, teacher, student; ``build_run``) that published runs depend
    on: the KD runs of a seed and teacher start from the same student weights, and CE and
    DE draw nothing from the training generator, so at λ 0 they train alike to the last
    digit; the no-KD student of that seed starts from other weights (the teacher's were
    drawn first), so even λ 0 is another draw of the student, not the student run."""
    suite = tmp_path / "suite.yaml"
    text = SUITE.format(out=tmp_path / "out").replace(
        "  ce: {K: 20, guide: teacher}", "  ce: {K: 20, lambda: 0.0}\n  de: {M: 5, lambda: 0.0}"
    )
    suite.write_text(text.replace("epochs: 3, patience: 2", "epochs: 2, patience: 2"))
    res = CliRunner().invoke(app, ["run", str(suite)])
    assert res.exit_code == 0, res.output
    curves = {}
    for run in (tmp_path / "out" / "runs").iterdir():
        rec = json.loads((run / "run.json").read_text())
        curves[rec["labels"].get("method", rec["kind"])] = (run / "curve.csv").read_text()
    assert curves["ce"] == curves["de"]
    first = {m: c.splitlines()[1].split(",") for m, c in curves.items()}
    assert first["ce"][2] == "0.0"  # no KD term at λ 0
    assert first["student"][1] != first["ce"][1]  # BPR at epoch 0: other initial weights
