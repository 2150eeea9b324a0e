"""kdbench migrate: records whose run ids hashed the metric list get the current ids,
their teacher's too, the test hit matrix of their lists, and the depth and metric order;
a second migration changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from kdbench.atomic import write_folder
from kdbench.cli import app
from kdbench.data import Interactions
from kdbench.errors import ConfigError
from kdbench.eval.metrics import unpack_hits
from kdbench.report import load_results
from kdbench.runner.migrate import migrate_folders, suite_order
from kdbench.runner.store import record_files
from kdbench.suite.spec import run_id_of
from tests.test_verify import DATA, TOPK, _csr  # the same toy split

TOPK = TOPK.astype(np.int32)
OLD_METRICS = ["ndcg@2", "recall@2"]  # old records held the sorted set
TEACHER = {
    "kind": "teacher",
    "dataset": {"name": "toy"},
    "backbone": {"model": "mf", "dim": 8},
    "loss": {"name": "student"},
    "seed": 0,
    "train": {"monitor": "ndcg@2"},
    "metrics": OLD_METRICS,
}


def _old(spec: dict, kind: str, method: str, teacher_id: str | None) -> tuple[str, dict]:
    run_id = run_id_of(spec, DATA.fingerprint)
    run = {
        "run_id": run_id,
        "kind": kind,
        "status": "done",
        "spec": spec,
        "labels": {"method": method, "pair": "t→s"},
        "teacher_id": teacher_id,
        "data": {"name": "toy", "fingerprint": DATA.fingerprint},
        "summary": {"test": {"ndcg@2": 0.5, "recall@2": 0.5}, "valid": {"ndcg@2": 0.4}},
    }
    return run_id, run


def _write_old(root: Path) -> dict[str, str]:
    """A teacher, a KD student embedding it, and a no-KD student copied into another
    folder (it names the teacher of the first): the layout of published results."""
    t_id, t_run = _old(TEACHER, "teacher", "teacher", None)
    student = {**TEACHER, "kind": "student", "loss": {"name": "ce"}, "teacher": TEACHER}
    s_id, s_run = _old(student, "student", "ce", t_id)
    b_id, b_run = _old({**TEACHER, "kind": "student"}, "student", "student", t_id)
    users = np.arange(3)
    per_user = {"user": users, "ndcg@2": np.zeros(3), "recall@2": np.zeros(3)}
    for folder, run_id, run in (("a", t_id, t_run), ("a", s_id, s_run), ("b", b_id, b_run)):
        files = record_files(run, per_user, {"user": users, "items": TOPK})
        write_folder(root / folder / "runs" / run_id, files)
    return {"teacher": t_id, "ce": s_id, "student": b_id}


def test_migration_renames_rewrites_adds_hits_and_is_idempotent(tmp_path):
    old = _write_old(tmp_path)
    folders = [tmp_path / "a" / "runs", tmp_path / "b" / "runs"]
    a, b = migrate_folders(folders, dataset=lambda spec: DATA)
    new_teacher = run_id_of({k: v for k, v in TEACHER.items() if k != "metrics"}, DATA.fingerprint)
    assert a.renamed[old["teacher"]] == new_teacher and len(a.renamed) == 2
    assert len(b.renamed) == 1
    for folder in folders:
        for path in folder.iterdir():
            run = json.loads((path / "run.json").read_text())
            assert run["run_id"] == path.name == run_id_of(run["spec"], DATA.fingerprint)
            assert "metrics" not in json.dumps(run["spec"])
            assert run["eval"] == {"depth": 2, "metrics": ["recall@2", "ndcg@2"]}
            if run["kind"] == "student":
                # the copied no-KD student, in folder b, names the teacher migrated in a
                assert run["teacher_id"] == new_teacher
            with np.load(path / "topk.npz") as z:
                assert int(z["depth"]) == 2 and z["targets"].tolist() == [1, 2, 0]
                hits = unpack_hits(z["hits"], 2)
                assert hits.tolist() == [[True, False], [True, False], [False, False]]
    again = migrate_folders(folders, dataset=lambda spec: DATA)
    for done, folder in zip(again, folders, strict=True):
        assert not done.renamed and not done.updated
        assert len(done.current) == len(list(folder.iterdir()))
    # reports compute from the added hits: recall@2 of the lists, not the stored zeros
    df = load_results(tmp_path / "a", ["recall@2", "hit@1"])
    ce = df[(df["method"] == "ce") & (df["split"] == "test")].set_index("metric")["value"]
    assert ce["recall@2"] == pytest.approx((1 + 0.5 + 0) / 3) and ce["hit@1"] == pytest.approx(
        2 / 3
    )


def test_a_record_of_other_data_is_refused(tmp_path):
    _write_old(tmp_path)
    other = Interactions("toy", 3, 5, DATA.train, DATA.valid, _csr([(0, 4)]))
    with pytest.raises(ConfigError, match="its split fingerprint is not that of toy"):
        migrate_folders([tmp_path / "a" / "runs"], dataset=lambda spec: other)


def test_suite_order_and_the_cli_on_a_folder_without_runs(tmp_path):
    assert suite_order(["ndcg@20", "recall@20", "ndcg@10", "recall@10", "mrr@10"]) == [
        "recall@10",
        "ndcg@10",
        "mrr@10",
        "recall@20",
        "ndcg@20",
    ]
    res = CliRunner().invoke(app, ["migrate", str(tmp_path), "--no-cache"])
    assert res.exit_code == 2 and "no runs/ folder" in res.output


def test_the_teacher_cache_moves_with_its_weights(tmp_path):
    """A cached teacher's folder (its record beside model.pt and its lists) is renamed
    to the new id, so students of migrated suites find it and nothing retrains."""
    t_id, t_run = _old(TEACHER, "teacher", "teacher", None)
    files = record_files(t_run)
    files.update({"model.pt": b"weights", "topk-masked.npy": b"lists"})
    write_folder(tmp_path / "teachers" / t_id, files)
    (done,) = migrate_folders([tmp_path / "teachers"], dataset=lambda spec: DATA)
    new = done.renamed[t_id]
    assert (tmp_path / "teachers" / new / "model.pt").read_bytes() == b"weights"
    assert (tmp_path / "teachers" / new / "topk-masked.npy").read_bytes() == b"lists"
    assert json.loads((tmp_path / "teachers" / new / "run.json").read_text())["run_id"] == new


def test_run_refuses_folders_an_older_kdbench_wrote(tmp_path):
    """Their ids would not match: every run would train again. The run says so first."""
    from kdbench.runner.migrate import check_current

    _write_old(tmp_path)
    with pytest.raises(ConfigError, match=r"run 'kdbench migrate .*a' once first"):
        check_current([tmp_path / "nothing-here", tmp_path / "a"])
    migrate_folders([tmp_path / "a" / "runs"], dataset=lambda spec: DATA)
    check_current([tmp_path / "a"])
