"""The published run records in results/ are checked against their data: every
per-user metric is recomputed from topk.npz and the prepared test split, independently of
the evaluator, every summary is the mean of its per-user array, the stored hit matrix is
the lists' own, and every run id is its spec's under the current canonical form."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from kdbench.data import load_dataset
from kdbench.eval.metrics import unpack_hits
from kdbench.suite.spec import run_id_of
from tests.conftest import REPO, SHARED_DATA

RECORDS = sorted((REPO / "results").glob("*/runs/*/run.json"))


def _hits(topk: np.ndarray, indptr: np.ndarray, items: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """[U, K] hit matrix of each user's top-K against their test items, with plain sets,
    and [U] target counts."""
    hits = np.zeros(topk.shape, dtype=bool)
    for u in range(len(topk)):
        targets = set(items[indptr[u] : indptr[u + 1]].tolist())
        hits[u] = [i in targets for i in topk[u].tolist()]
    return hits, np.diff(indptr)


def _metric(hits: np.ndarray, n_targets: np.ndarray, name: str) -> np.ndarray:
    kind, k = name.split("@")
    k = int(k)
    has = n_targets > 0
    if kind == "recall":
        return np.where(has, hits[:, :k].sum(1) / np.maximum(n_targets, 1), 0.0)
    disc = 1.0 / np.log2(np.arange(2, k + 2))
    ideal = np.cumsum(disc)[np.clip(n_targets, 1, k) - 1]
    return np.where(has, (hits[:, :k] * disc).sum(1) / ideal, 0.0)


@pytest.mark.parametrize("record", RECORDS, ids=[p.parent.name for p in RECORDS])
def test_published_record_matches_its_data(record: Path, monkeypatch):
    run = json.loads(record.read_text())
    if run["status"] != "done":
        pytest.skip("failed run")
    spec = dict(run["spec"]["dataset"])
    name = spec.pop("name")
    if name == "citeulike-t":
        if not (SHARED_DATA / "citeulike-t" / "users.dat").is_file():
            pytest.skip(f"CiteULike-t users.dat not found under {SHARED_DATA}")
        monkeypatch.setenv("KDBENCH_DATA", str(SHARED_DATA))
    data = load_dataset(name, **spec)
    assert data.fingerprint == run["data"]["fingerprint"]
    topk = np.load(record.parent / "topk.npz")["items"]
    per_user = np.load(record.parent / "per_user.npz")
    train = data.train
    for u in range(0, data.n_users, 97):  # train items are never recommended
        assert not set(topk[u].tolist()) & set(train.row(u).tolist())
    hits, n_targets = _hits(topk, data.test.indptr, data.test.indices)
    with np.load(record.parent / "topk.npz") as z:
        # migrated records keep the 20-deep lists they had; records run since keep 100
        depth = int(z["depth"])
        assert depth == topk.shape[1] == run["eval"]["depth"] in (20, 100)
        np.testing.assert_array_equal(unpack_hits(z["hits"], depth), hits)
        np.testing.assert_array_equal(z["targets"], n_targets)
    for metric, value in run["summary"]["test"].items():
        expected = _metric(hits, n_targets, metric)
        np.testing.assert_allclose(per_user[metric], expected, atol=1e-12)
        assert value == pytest.approx(expected.mean(), abs=1e-12)


@pytest.mark.parametrize("record", RECORDS, ids=[p.parent.name for p in RECORDS])
def test_published_run_ids_are_their_specs_without_the_metric_list(record: Path):
    """Migrated records (kdbench migrate): the id hashes what changes training, so the
    suites plan these ids whatever metrics they report."""
    run = json.loads(record.read_text())
    assert "metrics" not in run["spec"] and "metrics" not in run["spec"].get("teacher", {})
    assert run["run_id"] == record.parent.name
    assert run_id_of(run["spec"], run["data"]["fingerprint"]) == run["run_id"]
    if run["kind"] == "student":  # a no-KD student copied from another block names its teacher
        assert run["teacher_id"] in {p.parent.name for p in RECORDS}
    if run["kind"] == "student" and "teacher" in run["spec"]:
        fp = run["data"]["fingerprint"]
        assert run["teacher_id"] == run_id_of(run["spec"]["teacher"], fp)
    assert run["eval"]["metrics"] == ["recall@10", "ndcg@10", "recall@20", "ndcg@20"]


def test_a_run_published_in_several_places_has_one_result():
    """A run id published twice (a block's records reused by another block, a reference
    configuration's seed-0 run as its study's trial 0, a run trained again for a folder
    where the trial was published without its lists) has the same result everywhere: same
    status, best epoch, epochs and summary. Training is deterministic, so a difference
    would mean one of them is not what its id says."""
    places: dict[str, list[Path]] = {}
    for path in sorted((REPO / "results").glob("*/runs/*/run.json")) + sorted(
        (REPO / "results").glob("*/tuning/runs/*/run.json")
    ):
        places.setdefault(path.parent.name, []).append(path)
    shared = {rid: paths for rid, paths in places.items() if len(paths) > 1}
    assert shared  # the MF block's students in the HSTU→MF block, the trials 0 at least
    for rid, paths in shared.items():
        results = set()
        for path in paths:
            rec = json.loads(path.read_text())
            results.add(
                (
                    rec["status"],
                    rec["best_epoch"],
                    rec["epochs_run"],
                    json.dumps(rec["summary"], sort_keys=True),
                )
            )
        assert len(results) == 1, (rid, [str(p.relative_to(REPO)) for p in paths])


FOLDERS = sorted(p.parent for p in (REPO / "results").glob("*/leaderboard.md"))


@pytest.mark.parametrize("folder", FOLDERS, ids=[p.name for p in FOLDERS])
def test_published_folders_pass_kdbench_verify(folder: Path, monkeypatch):
    from typer.testing import CliRunner

    from kdbench.cli import app

    if not (SHARED_DATA / "citeulike-t" / "users.dat").is_file():
        pytest.skip(f"CiteULike-t users.dat not found under {SHARED_DATA}")
    monkeypatch.setenv("KDBENCH_DATA", str(SHARED_DATA))
    res = CliRunner().invoke(app, ["verify", str(folder)])
    assert res.exit_code == 0, res.output
    assert " 0 failing a check" in res.output


@pytest.mark.parametrize("folder", FOLDERS, ids=[p.name for p in FOLDERS])
def test_published_leaderboards_are_what_the_cli_prints(folder: Path):
    from typer.testing import CliRunner

    from kdbench.cli import app

    for fmt, name in (("md", "leaderboard.md"), ("latex", "leaderboard.tex")):
        res = CliRunner().invoke(app, ["leaderboard", str(folder), "--format", fmt])
        assert res.exit_code == 0, res.output
        assert res.output == (folder / name).read_text()


#: tuned folders, finished or still in their trials (no leaderboard yet)
TUNED = sorted(p.parent.parent for p in (REPO / "results").glob("*/tuning/tune.json"))


@pytest.mark.parametrize("folder", TUNED, ids=[p.name for p in TUNED])
def test_published_tuning_reports_are_what_the_cli_prints(folder: Path):
    """A tuned folder's tuning.md is `kdbench tune-report FOLDER --format md`, and every
    settled trial it names has its record (the report reads nothing else)."""
    from typer.testing import CliRunner

    from kdbench.cli import app

    res = CliRunner().invoke(app, ["tune-report", str(folder), "--format", "md"])
    assert res.exit_code == 0, res.output
    assert res.output == (folder / "tuning.md").read_text()
    summary = json.loads((folder / "tuning" / "tune.json").read_text())
    for study in summary["studies"]:
        for trial in study["trials"]:
            for rid in trial["run_ids"] if trial["state"] else []:
                assert (folder / "tuning" / "runs" / rid / "run.json").is_file()


@pytest.mark.parametrize("folder", FOLDERS, ids=[p.name for p in FOLDERS])
def test_results_readme_tables_are_what_the_script_prints(folder: Path):
    """results/README.md quotes scripts/vs_paper.py's table for each folder verbatim."""
    import runpy

    table = runpy.run_path(str(REPO / "scripts" / "vs_paper.py"))["table"]
    printed = table(str(folder), str(REPO / "results" / "rcekd-table1-citeulike.csv"))
    assert printed in (REPO / "results" / "README.md").read_text()


#: tuned folders whose reference configurations' runs are published in another folder
TUNED_REFERENCES = {"tuned-citeulike-mf": "paper-citeulike-mf", "tuned-ml1m-mf": "ml1m-mf"}


@pytest.mark.parametrize("name", sorted(TUNED_REFERENCES))
def test_results_readme_quotes_the_tuned_vs_reference_table(name: str):
    """results/README.md quotes `kdbench tune-report FOLDER --reference REF --format md`'s
    tuned vs reference table verbatim."""
    from typer.testing import CliRunner

    from kdbench.cli import app

    folder, ref = REPO / "results" / name, REPO / "results" / TUNED_REFERENCES[name]
    res = CliRunner().invoke(
        app, ["tune-report", str(folder), "--reference", str(ref), "--format", "md"]
    )
    assert res.exit_code == 0, res.output
    section = res.output.split("### Tuned vs reference configuration", 1)[1]
    table = "\n".join(line for line in section.splitlines() if line.startswith("|"))
    assert table.count("\n") >= 2 and table in (REPO / "results" / "README.md").read_text()
