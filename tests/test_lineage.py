"""Which training of its teacher a student was distilled from: a teacher id names a
configuration, and another device or torch build trains another draw of it. Students
record the digest of their teacher's test top-K lists; the runner refuses a cached teacher
that is not the training its output folder holds, and the report refuses a student of
another training than the teacher record beside it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from suite_helpers import mf_suite
from typer.testing import CliRunner

from kdbench.cli import app
from kdbench.digest import lists_digest, resumed_otherwise
from kdbench.errors import ConfigError, DataError
from kdbench.report import load_results
from kdbench.runner import run_suite
from kdbench.suite import load_suite
from kdbench.train.teacher import TeacherCache


def write_npz(path: Path, **arrays: np.ndarray) -> None:
    path.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path / "topk.npz", **arrays)


def test_lists_digest(tmp_path):
    user, items = np.array([3, 5]), np.array([[1, 2], [7, 4]])
    write_npz(tmp_path / "a", user=user, items=items.astype(np.int16))
    write_npz(tmp_path / "b", user=user, items=items, hits=np.ones((2, 2), bool))
    write_npz(tmp_path / "c", user=user, items=items[:, ::-1])
    write_npz(tmp_path / "d", user=user)
    deep = np.arange(2 * 30).reshape(2, 30)
    write_npz(tmp_path / "deep", user=user, items=deep)
    write_npz(tmp_path / "shallow", user=user, items=deep[:, :20])
    write_npz(tmp_path / "past", user=user, items=np.concatenate([deep[:, :10], deep[:, 11:]], 1))
    assert lists_digest(tmp_path / "deep") == lists_digest(tmp_path / "shallow")  # prefix 10
    assert lists_digest(tmp_path / "deep") == lists_digest(tmp_path / "past")
    a = lists_digest(tmp_path / "a")
    assert a is not None and len(a) == 16
    assert lists_digest(tmp_path / "b") == a  # dtype and other arrays do not count
    assert lists_digest(tmp_path / "c") != a  # the same items in another order do
    assert lists_digest(tmp_path / "d") is None
    assert lists_digest(tmp_path / "missing") is None
    (tmp_path / "e").mkdir()
    (tmp_path / "e" / "topk.npz").write_bytes(b"not a zip")
    assert lists_digest(tmp_path / "e") is None


def teachers(tmp: Path) -> TeacherCache:
    """The teacher cache where ``KDBENCH_CACHE=tmp/cache`` puts it."""
    return TeacherCache(tmp / "cache" / "teachers")


def suite_file(tmp: Path, seeds: str = "[0]") -> Path:
    path = tmp / f"suite{len(seeds)}.yaml"
    path.write_text(mf_suite("lineage", tmp / "out", seeds=seeds, epochs=2))
    return path


@pytest.fixture(scope="module")
def first(tmp_path_factory) -> Path:
    """Teacher, no-KD student and CE student, seed 0, in ``out`` with its ``cache``."""
    tmp = tmp_path_factory.mktemp("lineage")
    outcome = run_suite(load_suite(suite_file(tmp)), teacher_cache=teachers(tmp))
    assert outcome.ok and len(outcome.done) == 3
    return tmp


@pytest.fixture
def copy(first, tmp_path) -> Path:
    for name in ("out", "cache"):
        shutil.copytree(first / name, tmp_path / name)
    return tmp_path


def by_kind(out: Path) -> dict[str, dict]:
    recs = [json.loads(p.read_text()) for p in (out / "runs").glob("*/run.json")]
    return {r["labels"]["method"] + str(r["spec"].get("seed", "")): r for r in recs}


def other_training(folder: Path) -> None:
    """Make ``folder``'s record look like another training: its lists reordered."""
    with np.load(folder / "topk.npz") as z:
        arrays = {k: z[k] for k in z.files}
    arrays["items"] = arrays["items"][:, ::-1].copy()
    np.savez_compressed(folder / "topk.npz", **arrays)


def test_students_record_their_teachers_training(first):
    recs = by_kind(first / "out")
    teacher = recs["teacher0"]
    assert recs["ce0"]["teacher_lists"] == lists_digest(first / "out/runs" / teacher["run_id"])
    assert "teacher_lists" not in recs["student0"]  # no teacher, nothing to name
    load_results(first / "out")  # consistent: the report reads it


def test_records_name_the_cpu_kernels_that_trained_them(first):
    """Two CPUs of another vector width sum in another order: a record names its CPU and
    torch's kernel capability, and messages about another training quote them."""
    import torch

    from kdbench.digest import trained_on

    teacher = by_kind(first / "out")["teacher0"]
    prov = teacher["provenance"]
    assert prov["cpu_capability"] == torch.backends.cpu.get_cpu_capability()
    assert isinstance(prov["cpu"], str) and prov["cpu"]
    folder = first / "out" / "runs" / teacher["run_id"]
    device = f"cpu {prov['cpu_capability']}" if prov["device"] == "cpu" else prov["device"]
    assert trained_on(folder) == f"{device}, torch {torch.__version__}"


def test_a_cached_teacher_of_another_training_is_refused_before_training(copy, monkeypatch):
    teacher = by_kind(copy / "out")["teacher0"]["run_id"]
    other_training(copy / "cache" / "teachers" / teacher)
    before = sorted(p.name for p in (copy / "out/runs").iterdir())
    monkeypatch.setenv("KDBENCH_CACHE", str(copy / "cache"))
    res = CliRunner().invoke(app, ["run", str(suite_file(copy, "[0, 1]"))])
    assert res.exit_code == 2, res.output
    assert f"teacher {teacher}: the cached one" in res.output
    assert "another training" in " ".join(res.output.split())
    assert sorted(p.name for p in (copy / "out/runs").iterdir()) == before  # nothing ran


def test_reuse_brings_the_teacher_record_to_compare_with_the_cached_one(copy, monkeypatch):
    """``--reuse`` into a new output folder: the students are copied, and so is the record
    of the teacher they came from, although the teacher is cached here; a cache holding
    another training of it is refused before anything trains."""
    teacher = by_kind(copy / "out")["teacher0"]["run_id"]
    monkeypatch.setenv("KDBENCH_CACHE", str(copy / "cache"))
    new = copy / "new"
    args = ["run", str(suite_file(copy)), "-o", f"output={new}", "--reuse", str(copy / "out")]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0 and "reused 3 finished runs" in res.output, res.output
    shutil.rmtree(new)
    other_training(copy / "cache" / "teachers" / teacher)
    res = CliRunner().invoke(app, [*args[:-2], "-o", "seeds=[0,1]", *args[-2:]])
    assert res.exit_code == 2 and "another training" in " ".join(res.output.split())
    assert sorted(p.name for p in (new / "runs").iterdir()) == sorted(
        p.name for p in (copy / "out" / "runs").iterdir()
    )  # the reused records, nothing trained


def test_a_retrained_teacher_is_adopted_only_if_it_is_the_same_training(copy):
    """No cached weights: the teacher is trained again. On the same machine it is the same
    training (adopted, the new student runs); against a store record of another training
    it is refused, its student fails saying why, and the store's record stays."""
    teacher = by_kind(copy / "out")["teacher0"]["run_id"]
    shutil.rmtree(copy / "cache" / "teachers" / teacher)
    outcome = run_suite(load_suite(suite_file(copy, "[0, 1]")), teacher_cache=teachers(copy))
    assert outcome.ok and len(outcome.done) == 3  # teacher, student and ce of seed 1
    assert (
        by_kind(copy / "out")["ce1"]["teacher_lists"]
        == by_kind(copy / "out")["ce0"]["teacher_lists"]
    )

    shutil.rmtree(copy / "cache" / "teachers" / teacher)
    stored = copy / "out" / "runs" / teacher
    other_training(stored)
    digest = lists_digest(stored)
    outcome = run_suite(load_suite(suite_file(copy, "[0, 1, 2]")), teacher_cache=teachers(copy))
    failed = dict(outcome.failed)
    assert "another training" in failed[teacher]
    ce2 = by_kind(copy / "out")["ce2"]
    assert ce2["status"] == "failed" and "another training" in ce2["error"]
    assert lists_digest(stored) == digest  # the store's record is not replaced


def test_the_report_refuses_a_student_of_another_training(copy):
    ce = by_kind(copy / "out")["ce0"]
    path = copy / "out" / "runs" / ce["run_id"] / "run.json"
    path.write_text(json.dumps({**ce, "teacher_lists": "0" * 16}))
    with pytest.raises(DataError, match="distilled from another training of teacher"):
        load_results(copy / "out")
    res = CliRunner().invoke(app, ["leaderboard", str(copy / "out")])
    assert res.exit_code == 2 and "another training" in res.output
    res = CliRunner().invoke(app, ["verify", str(copy / "out")], env={"COLUMNS": "400"})
    assert res.exit_code == 1
    failing = [line for line in res.output.splitlines() if "another training" in line]
    assert len(failing) == 1 and ce["run_id"] in failing[0]


def test_without_a_teacher_record_the_students_must_agree(copy):
    """No teacher record beside them (a folder of students alone): students of two
    trainings of one teacher are still told apart."""
    recs = by_kind(copy / "out")
    shutil.rmtree(copy / "out" / "runs" / recs["teacher0"]["run_id"])
    load_results(copy / "out")  # one student of it: nothing to compare
    ce = recs["ce0"]
    twin = copy / "out" / "runs" / "0123456789abcdef"
    shutil.copytree(copy / "out" / "runs" / ce["run_id"], twin)
    spec = {**ce["spec"], "seed": 7}
    rec = {**ce, "run_id": twin.name, "spec": spec, "teacher_lists": "0" * 16}
    (twin / "run.json").write_text(json.dumps(rec))
    with pytest.raises(DataError, match="than other students here"):
        load_results(copy / "out")


def test_config_error_is_what_the_runner_raises(copy):
    teacher = by_kind(copy / "out")["teacher0"]["run_id"]
    other_training(copy / "cache" / "teachers" / teacher)
    with pytest.raises(ConfigError, match="is another training than the record of it"):
        run_suite(load_suite(suite_file(copy)), teacher_cache=teachers(copy))


def test_publish_refuses_a_student_of_another_training_before_writing(copy):
    """Published first with its teacher; then a student of another training of that
    teacher (a retrained teacher elsewhere) is not added beside it."""
    dest = copy / "published"
    res = CliRunner().invoke(app, ["publish", str(copy / "out"), str(dest)])
    assert res.exit_code == 0, res.output
    before = sorted(p.name for p in (dest / "runs").iterdir())
    ce = by_kind(copy / "out")["ce0"]
    shutil.rmtree(dest / "runs" / ce["run_id"])
    before.remove(ce["run_id"])
    path = copy / "out" / "runs" / ce["run_id"] / "run.json"
    path.write_text(json.dumps({**ce, "teacher_lists": "0" * 16}))
    res = CliRunner().invoke(app, ["publish", str(copy / "out"), str(dest)])
    assert res.exit_code == 2 and "nothing was published" in " ".join(res.output.split())
    assert sorted(p.name for p in (dest / "runs").iterdir()) == before


def test_resumed_otherwise_names_the_parts_trained_by_another_writer():
    last = {"git_sha": "b" * 40, "git_dirty": False, "cpu": "CPU B", "threads": 1}
    assert resumed_otherwise(last) is None  # never resumed
    same = {"from_epoch": 0, **last}
    assert resumed_otherwise({**last, "earlier_parts": [same]}) is None
    other = {"from_epoch": 40, **last, "cpu": "CPU A", "threads": 2}
    unknown = {"from_epoch": 0, "unknown": True}
    assert resumed_otherwise({**last, "earlier_parts": [unknown, other]}) == (
        "from epoch 0: unrecorded; from epoch 40: cpu CPU A, threads 2"
    )
