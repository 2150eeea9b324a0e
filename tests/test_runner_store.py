"""Failed runs, locks between runners, leftovers of killed writes, and `kdbench status`."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from typer.testing import CliRunner

from kdbench.backbones import BACKBONES, register_backbone
from kdbench.backbones.mf import MF
from kdbench.cli import app
from kdbench.losses import LOSSES, DistillLoss, register_loss
from kdbench.runner import build_plan, run_suite
from kdbench.runner.lock import RunLock, lock_owner
from kdbench.runner.store import Store, clean_temporaries
from kdbench.suite import load_suite
from kdbench.train.teacher import TeacherCache

SUITE = """\
name: store
output: {out}
datasets: {{ml-100k: {{}}}}
backbones:
  t: {{model: {teacher}, dim: 16}}
  s: {{model: mf, dim: 4}}
pairs: [{{teacher: t, student: s}}]
losses:
{losses}
seeds: [0]
train: {{epochs: 1, patience: 1, batch_size: 4096, lr: 0.01}}
metrics: [recall@10, ndcg@10]
executor: {{threads: 1}}  # torch threads wait on each other on a busy machine
"""
FLAKY = {"fail": True}


class _NaN(DistillLoss):
    """A KD term that is NaN: the trainer stops the run (non-finite loss)."""

    def forward(self, batch):
        return torch.tensor(float("nan"))


class _Flaky(DistillLoss):
    """Raises in setup while FLAKY['fail'] is set."""

    def setup(self, ctx):
        if FLAKY["fail"]:
            raise RuntimeError("flaky setup")
        super().setup(ctx)

    def forward(self, batch):
        return torch.zeros(())


class _Killed(DistillLoss):
    """Its process is killed (as the kernel's out-of-memory killer would)."""

    def setup(self, ctx):
        os.kill(os.getpid(), signal.SIGKILL)


class _BadTeacher(MF):
    """An MF whose training loss is NaN."""

    def base_loss(self, batch):
        return super().base_loss(batch) * float("nan")


@pytest.fixture(scope="module", autouse=True)
def _plugins():
    register_loss("_nan")(_NaN)
    register_loss("_flaky")(_Flaky)
    register_loss("_killed")(_Killed)
    register_backbone("_badteacher")(_BadTeacher)
    yield
    for reg, name in (
        (LOSSES, "_nan"),
        (LOSSES, "_flaky"),
        (LOSSES, "_killed"),
        (BACKBONES, "_badteacher"),
    ):
        reg._items.pop(name, None)


def write_suite(tmp: Path, losses: str, teacher: str = "mf") -> tuple[Path, Path]:
    out = tmp / "out"
    path = tmp / "suite.yaml"
    path.write_text(SUITE.format(out=out, teacher=teacher, losses=losses))
    return path, out


def by_method(out: Path) -> dict[str, dict]:
    return {r["labels"]["method"]: r for r in Store(out).records()}


def test_failed_runs_are_recorded_and_the_suite_goes_on(tmp_path):
    FLAKY["fail"] = True
    suite, out = write_suite(tmp_path, "  student: {}\n  _nan: {}\n  _flaky: {}")
    runner = CliRunner()
    res = runner.invoke(app, ["run", str(suite)])
    assert res.exit_code == 1, res.output
    recs = by_method(out)
    assert recs["teacher"]["status"] == recs["student"]["status"] == "done"
    assert recs["_nan"]["status"] == "failed"
    assert recs["_nan"]["error"].startswith("non-finite loss at epoch 0")
    assert recs["_flaky"]["error"] == "RuntimeError: flaky setup"
    tb = (out / "runs" / recs["_flaky"]["run_id"] / "traceback.txt").read_text()
    assert "Traceback" in tb and "flaky setup" in tb
    assert "--retry-failed" in res.output
    # failures are kept, not retried, and still make the exit code 1
    res = runner.invoke(app, ["run", str(suite)])
    assert res.exit_code == 1 and "trained 0, found 2, failed 2" in res.output
    # --retry-failed runs them again: the flaky one now succeeds
    FLAKY["fail"] = False
    res = runner.invoke(app, ["run", str(suite), "--retry-failed"])
    assert res.exit_code == 1, res.output
    recs = by_method(out)
    assert recs["_flaky"]["status"] == "done" and recs["_nan"]["status"] == "failed"
    assert not (out / "runs" / recs["_flaky"]["run_id"] / "traceback.txt").exists()
    res = runner.invoke(app, ["status", str(suite)], env={"COLUMNS": "250"})
    assert res.exit_code == 0
    assert "non-finite loss" in res.output and "1 failed" in res.output


def test_a_failed_teacher_fails_its_students_only(tmp_path):
    suite, out = write_suite(tmp_path, "  student: {}\n  ce: {K: 5}", teacher="_badteacher")
    outcome = run_suite(load_suite(suite))
    recs = by_method(out)
    assert recs["teacher"]["status"] == "failed" and recs["student"]["status"] == "done"
    assert recs["ce"]["status"] == "failed"
    assert recs["ce"]["error"].startswith(f"its teacher {recs['teacher']['run_id']} failed")
    assert len(outcome.failed) == 2


HOLDER = """
import fcntl, json, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
fcntl.flock(fd, fcntl.LOCK_EX)
os.write(fd, json.dumps({"pid": os.getpid(), "host": sys.argv[2]}).encode())
print("held", flush=True)
time.sleep(120)
"""


def hold(path: Path) -> subprocess.Popen:
    """Another runner holding the lock at ``path`` (flock, pid in the file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), socket.gethostname()],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_lock_is_exclusive_and_a_dead_holder_is_taken_over(tmp_path):
    path = tmp_path / ".lock-x"
    holder = hold(path)
    try:
        assert lock_owner(path)["pid"] == holder.pid
        assert not RunLock(path).acquire()
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    assert path.exists() and lock_owner(path) is None  # stale: the pid is gone
    lock = RunLock(path)
    assert lock.acquire() and json.loads(path.read_text())["pid"] == os.getpid()
    lock.release()
    assert not path.exists()


def test_a_run_locked_by_another_runner_is_left_to_it(tmp_path):
    suite_file, out = write_suite(tmp_path, "  student: {}")
    suite = load_suite(suite_file)
    plan = build_plan(suite)
    student = next(r for r in plan.runs if r.kind == "student")
    holder = hold(out / "runs" / f".lock-{student.run_id}")
    try:
        assert {r.run_id: r.status for r in build_plan(suite).runs}[student.run_id] == "running"
        outcome = run_suite(suite)
        assert outcome.busy == [student.run_id] and outcome.ok
        assert Store(out).status(student.run_id) == "todo"
        # a leftover of a killed write next to a live lock is not touched
        tmp = out / "runs" / f".tmp-{student.run_id}-0000"
        tmp.mkdir()
        clean_temporaries(out / "runs")
        assert tmp.exists()
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    clean_temporaries(out / "runs")
    assert not tmp.exists() and not (out / "runs" / f".lock-{student.run_id}").exists()
    outcome = run_suite(suite)
    assert outcome.done == [student.run_id]


def test_renaming_an_alias_relabels_found_records_and_trains_nothing(tmp_path):
    suite_file, out = write_suite(tmp_path, "  student: {}")
    assert run_suite(load_suite(suite_file)).ok
    renamed = load_suite(suite_file, ["losses={scratch: {loss: student}}"])
    outcome = run_suite(renamed)
    assert outcome.done == [] and outcome.skipped == [r["run_id"] for r in Store(out).records()]
    assert set(by_method(out)) == {"scratch"}  # no KD run: no teacher planned


@pytest.mark.parametrize("where", ["python", "suite"])
def test_stored_teacher_lists_option_reaches_the_runs(tmp_path, where):
    suite_file, out = write_suite(tmp_path, "  ce: {K: 5, guide: teacher}")
    cache = TeacherCache(tmp_path / "teachers", topk_lists=20 if where == "python" else None)
    over = ["teacher.store_topk=20"] if where == "suite" else []
    assert run_suite(load_suite(suite_file, over), teacher_cache=cache).ok
    teacher = next(r for r in Store(out).records() if r["kind"] == "teacher")
    lists = np.load(cache.folder(teacher["run_id"]) / "topk-all.npy")
    assert lists.shape[1] >= 20


@pytest.mark.skipif(sys.platform != "linux", reason="the test loss reaches workers by fork")
def test_a_worker_killed_mid_run_fails_that_run_and_is_replaced(tmp_path):
    suite_file, out = write_suite(tmp_path, "  _killed: {}\n  student: {}")
    outcome = run_suite(load_suite(suite_file, ["executor.workers=2"]))
    recs = by_method(out)
    assert recs["_killed"]["status"] == "failed"
    assert recs["_killed"]["error"] == "worker process died (killed by signal 9) (out of memory?)"
    assert recs["student"]["status"] == recs["teacher"]["status"] == "done"
    assert len(outcome.failed) == 1


def test_reuse_copies_another_outputs_finished_runs_and_trains_nothing(tmp_path):
    """`kdbench run --reuse DIR`: a suite whose runs another output folder holds finished
    (here: the same runs under other aliases) copies their records instead of training
    them; a bad folder is one line, exit code 2, and nothing written."""
    suite_file, out = write_suite(tmp_path, "  student: {}\n  ce: {K: 5, guide: teacher}")
    assert run_suite(load_suite(suite_file)).ok
    first = {r["run_id"]: r for r in Store(out).records()}
    other, nowhere = tmp_path / "other", tmp_path / "nowhere"
    args = ["run", str(suite_file), "-o", f"output={other}"]
    runner = CliRunner()
    res = runner.invoke(app, [*args, "--reuse", str(nowhere)])
    assert res.exit_code == 2 and not other.exists()
    last = res.output.strip().splitlines()[-1]
    assert last.endswith(f"--reuse {nowhere}: not a kdbench output folder (no {nowhere}/runs)")
    renamed = "losses={scratch: {loss: student}, ce: {K: 5, guide: teacher}}"
    res = runner.invoke(app, [*args, "-o", renamed, "--reuse", str(out)])
    assert res.exit_code == 0, res.output
    # the teacher's record comes with its students from ``out`` (then compared with the
    # cached teacher), although the teacher is cached here
    assert "reused 3 finished runs" in res.output
    assert "nothing to train: all 3 runs found" in res.output
    second = {r["run_id"]: r for r in Store(other).records()}
    assert second.keys() == first.keys()
    for run_id, rec in second.items():
        assert rec["summary"] == first[run_id]["summary"]
        for name in ("per_user.npz", "topk.npz", "curve.csv"):
            copy, orig = other / "runs" / run_id / name, out / "runs" / run_id / name
            assert copy.exists() == orig.exists()
            assert not copy.exists() or copy.read_bytes() == orig.read_bytes()
    assert {r["labels"]["method"] for r in second.values()} == {"teacher", "scratch", "ce"}
    # a changed hyperparameter is another run id: it is trained, not reused
    res = runner.invoke(app, [*args, "-o", "losses.ce.lambda=0.5", "--reuse", str(out)])
    assert res.exit_code == 0, res.output
    assert "reused 0 finished runs" in res.output and "trained 1, found 2" in res.output
