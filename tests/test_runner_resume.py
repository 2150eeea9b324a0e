"""Resume: a runner killed (SIGKILL, Ctrl-C) at several points of a small real suite
leaves only whole records, and the resumed suite ends with every per-user array equal to
an uninterrupted run's: nothing lost, nothing duplicated.

The kill points are exact: the runner runs under a wrapper that kills it at the Nth
progress report, the Nth file write (mid-record) or right after the Nth record.
"""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import torch
from suite_helpers import mf_suite

from kdbench.runner import build_plan, run_suite
from kdbench.suite import load_suite
from kdbench.train.teacher import TeacherCache

#: runs ``kdbench ARGS`` and kills itself at a chosen point:
#: epoch:N / int:N / int2:N / term:N (at the Nth progress report: SIGKILL / SIGINT to its
#: process group / two SIGINTs / SIGTERM to the runner alone), write:N (SIGKILL inside the
#: Nth file write of a record), record:N (SIGKILL after the Nth record folder is in place)
WRAPPER = """
import os, signal, sys
mode, n = sys.argv[1].split(":")
n, count = int(n), [0]
def hit():
    count[0] += 1
    return count[0] == n
import kdbench.atomic as atomic
import kdbench.runner.driver as driver
if mode == "write":
    real_write = atomic._fsync_write
    def write(path, data):
        real_write(path, data)
        if {"runs", "teachers"} & set(path.parts) and hit():  # records, not data caches
            os.kill(os.getpid(), signal.SIGKILL)
    atomic._fsync_write = write
elif mode == "record":  # a student's record in the store, or a teacher's in the cache
    from kdbench.train.teacher import TeacherCache
    def killing(write):
        def written(*args):
            out = write(*args)
            if hit():
                os.kill(os.getpid(), signal.SIGKILL)
            return out
        return written
    driver.write_folder = killing(driver.write_folder)
    TeacherCache.put = killing(TeacherCache.put)
elif mode in ("epoch", "int", "int2", "term"):
    real_progress = driver.Driver.on_progress
    def progress(self, run_id, info):
        real_progress(self, run_id, info)
        if hit():
            print(f"signal at {run_id} epoch {info['epoch']}", file=sys.stderr, flush=True)
            if mode.startswith("int"):
                os.killpg(0, signal.SIGINT)
                if mode == "int2":
                    os.killpg(0, signal.SIGINT)
            elif mode == "term":
                os.kill(os.getpid(), signal.SIGTERM)
            else:
                os.kill(os.getpid(), signal.SIGKILL)
    driver.Driver.on_progress = progress
from kdbench.cli import app
sys.argv = ["kdbench", *sys.argv[2:]]
app()
"""


def launch(
    kill: str, args: list[str], cache: Path, env_extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    env = {**os.environ, "KDBENCH_CACHE": str(cache), "COLUMNS": "200", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-c", WRAPPER, kill, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        start_new_session=True,  # its own process group, as a terminal's Ctrl-C reaches
    )


def records(out: Path) -> dict[str, Path]:
    runs = out / "runs"
    return (
        {p.name: p for p in runs.iterdir() if not p.name.startswith(".")} if runs.is_dir() else {}
    )


def same_record(a: Path, b: Path) -> None:
    ra, rb = (json.loads((p / "run.json").read_text()) for p in (a, b))
    for key in ("status", "spec", "summary", "best_epoch", "epochs_run", "labels"):
        assert ra[key] == rb[key], (a.name, key)
    for name in ("per_user.npz", "topk.npz"):
        with np.load(a / name) as za, np.load(b / name) as zb:
            assert za.files == zb.files
            for k in za.files:
                assert np.array_equal(za[k], zb[k]), (a.name, name, k)


def check_partial(out: Path, ref: Path) -> set[str]:
    """Every record present is whole and equal to the reference; returns their ids."""
    found = records(out)
    ref_runs = records(ref)
    for run_id, folder in found.items():
        assert run_id in ref_runs, run_id
        same_record(folder, ref_runs[run_id])
    return set(found)


def check_final(out: Path, ref: Path, cache: Path) -> None:
    assert check_partial(out, ref) == set(records(ref))
    assert sorted(p.name for p in (out / "runs").iterdir() if p.name.startswith(".")) == []
    assert [p.name for p in cache.joinpath("teachers").iterdir() if p.name.startswith(".")] == []


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> tuple[Path, Path]:
    """The uninterrupted run (in this process, one worker) and its suite file."""
    tmp = tmp_path_factory.mktemp("ref")
    suite_file = tmp / "suite.yaml"
    suite_file.write_text(mf_suite("resume", tmp / "out", seeds="[0, 1]"))
    outcome = run_suite(load_suite(suite_file), teacher_cache=TeacherCache(tmp / "cache"))
    assert outcome.ok and len(outcome.done) == 5
    return tmp / "out", suite_file


def alive(marker: str) -> list[int]:
    """Pids of processes whose environment holds ``marker`` (the runner's workers)."""
    pids = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and marker.encode() in (proc / "environ").read_bytes():
                pids.append(int(proc.name))
        except OSError:
            continue
    return pids


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
def test_sigkill_with_two_workers_then_resume(tmp_path, reference):
    """The driver of a 2-worker run is SIGKILLed after its 2nd record: its workers exit
    by themselves, and the suite resumed (here in one process) equals the uninterrupted
    one-worker run bit for bit."""
    ref, suite_file = reference
    out, cache = tmp_path / "out", tmp_path / "cache"
    marker = f"KDBENCH_TEST_MARK={tmp_path.name}"
    args = ["run", str(suite_file), "-o", f"output={out}", "--workers", "2"]
    env = {"KDBENCH_TEST_MARK": tmp_path.name}
    res = launch("record:2", args, cache, env_extra=env)
    assert res.returncode == -signal.SIGKILL, res.stderr
    # which two finish first depends on the workers (a no-KD student needs no teacher)
    assert 1 <= len(check_partial(out, ref)) <= 2
    assert wait_gone(marker) == [], "orphaned workers kept running"
    suite = load_suite(suite_file, [f"output={out}"])
    outcome = run_suite(suite, teacher_cache=TeacherCache(cache / "teachers"))
    assert outcome.ok and len(outcome.done) + len(outcome.skipped) == 5
    check_final(out, ref, cache)


@pytest.mark.slow
def test_sigkill_and_ctrl_c_at_several_points_then_resume(tmp_path, reference):
    ref, suite_file = reference
    out, cache = tmp_path / "out", tmp_path / "cache"
    args = ["run", str(suite_file), "-o", f"output={out}"]

    # 1. killed in the middle of writing the trained teacher to its cache (2nd file of 5)
    res = launch("write:2", args, cache)
    assert res.returncode == -signal.SIGKILL, res.stderr
    assert check_partial(out, ref) == set()
    leftovers = [p.name for p in (cache / "teachers").iterdir() if not p.name.startswith(".lock")]
    assert len(leftovers) == 1 and leftovers[0].startswith(".tmp-"), leftovers
    # 2. killed just after the 3rd record the runner wrote (teacher, two students)
    res = launch("record:3", args, cache)
    assert res.returncode == -signal.SIGKILL, res.stderr
    assert len(check_partial(out, ref)) == 3
    # 3. Ctrl-C while a student trains: exit 130, a resume hint, whole records only
    res = launch("int:2", args, cache)
    assert res.returncode == 130, res.stderr
    assert "Resume with: kdbench run" in res.stderr and "Traceback" not in res.stderr
    assert "runs in flight go on from the epoch they saved" in res.stderr
    after_int = check_partial(out, ref)
    assert len(after_int) >= 3
    # 4. killed mid-record (3rd file write of this runner: inside a student's record)
    res = launch("write:3", args, cache)
    assert res.returncode == -signal.SIGKILL, res.stderr
    assert check_partial(out, ref) >= after_int
    assert any(p.name.startswith(".tmp-") for p in (out / "runs").iterdir())
    # 5. the resumed suite finishes: identical to the uninterrupted run, no leftovers
    res = launch("epoch:0", args, cache)
    assert res.returncode == 0, res.stdout + res.stderr
    check_final(out, ref, cache)
    plan = build_plan(
        load_suite(suite_file, [f"output={out}"]), cache=TeacherCache(cache / "teachers")
    )
    assert {r.status for r in plan.runs} == {"done"}


def test_a_run_killed_mid_training_resumes_from_its_checkpoint(tmp_path, reference, monkeypatch):
    """With a checkpoint after every epoch, the run SIGKILLed while evaluating epoch 1 of
    the 2nd run resumes at epoch 1 and ends equal to the uninterrupted run; meanwhile
    ``kdbench status`` shows the checkpoint."""
    from typer.testing import CliRunner

    from kdbench.cli import app
    from kdbench.cli.run import _duration

    ref, suite_file = reference
    out, cache = tmp_path / "out", tmp_path / "cache"
    args = ["run", str(suite_file), "-o", f"output={out}", "-o", "executor.checkpoint_every=1e-9"]
    res = launch("epoch:5", args, cache)  # the teacher reports epochs 0-2, then the next run
    assert res.returncode == -signal.SIGKILL, res.stderr
    saved = list((cache / "checkpoints").glob("*.pt"))
    assert len(saved) == 1
    monkeypatch.setenv("KDBENCH_CACHE", str(cache))
    monkeypatch.setenv("COLUMNS", "250")
    status = CliRunner().invoke(app, ["status", str(suite_file), "-o", f"output={out}"])
    line = next(x for x in status.output.splitlines() if saved[0].stem in x)
    assert "todo" in line and "checkpoint after epoch 0" in line
    before = torch.load(saved[0], weights_only=True)["seconds_wall"]
    res = launch("epoch:0", args, cache)
    assert res.returncode == 0, res.stdout + res.stderr
    check_final(out, ref, cache)
    resumed = json.loads((out / "runs" / saved[0].stem / "run.json").read_text())
    assert resumed["resumed_from_epochs"] == [1]
    # who trained epoch 0 (the killed process): here the same code, CPU and threads
    prov = resumed["provenance"]
    same = ("git_sha", "git_dirty", "torch", "cpu", "cpu_capability", "device", "threads")
    assert prov["earlier_parts"] == [{"from_epoch": 0, **{k: prov[k] for k in same}}]
    timings = resumed["timings"]  # the time before the kill counts in the run's total
    assert timings["total_s"] > before > 0
    assert timings["total_s"] >= timings["train_s"] + timings["eval_s"]
    # and the run log's "done" line gives that total, not only this session's time
    done = next(x for x in res.stdout.splitlines() if "done" in x and saved[0].stem in x)
    assert done.endswith(f"({_duration(timings['total_s'])})")
    assert list((cache / "checkpoints").iterdir()) == []


def checkpoints(cache: Path) -> dict[str, int]:
    """Run id → the epoch its checkpoint holds."""
    return {
        p.stem: torch.load(p, weights_only=True)["epoch"]
        for p in (cache / "checkpoints").glob("*.pt")
    }


def test_ctrl_c_saves_the_epoch_under_way_and_the_run_resumes_there(tmp_path, reference):
    """The first Ctrl-C, with no checkpoint due (every 600 s): the run in flight saves the
    epoch it is in and stops, nothing else starts; the rerun resumes at the next epoch and
    ends equal to the uninterrupted run."""
    ref, suite_file = reference
    out, cache = tmp_path / "out", tmp_path / "cache"
    args = ["run", str(suite_file), "-o", f"output={out}"]
    res = launch("int:2", args, cache)  # the teacher's epoch 1 of 3
    assert res.returncode == 130, res.stderr
    assert "Traceback" not in res.stderr
    assert "stopping: the runs in flight save their state at the end of the epoch" in res.stderr
    assert "stopped: finished runs are kept, runs in flight go on from the epoch" in res.stderr
    run_id = res.stderr.split("signal at ")[1].split()[0]
    assert checkpoints(cache) == {run_id: 1}
    assert check_partial(out, ref) == set()
    res = launch("epoch:0", args, cache)
    assert res.returncode == 0, res.stdout + res.stderr
    check_final(out, ref, cache)
    teacher = json.loads((cache / "teachers" / run_id / "run.json").read_text())
    assert teacher["resumed_from_epochs"] == [2]


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
def test_sigterm_to_the_runner_stops_its_workers_at_their_epoch_end(tmp_path, reference):
    """A batch scheduler's SIGTERM to the runner alone: it passes the stop on to its
    workers, each saves the epoch it is in, the workers end, the runner exits 130."""
    ref, suite_file = reference
    out, cache = tmp_path / "out", tmp_path / "cache"
    args = ["run", str(suite_file), "-o", f"output={out}", "--workers", "2"]
    marker = f"KDBENCH_TEST_MARK={tmp_path.name}"
    res = launch("term:2", args, cache, env_extra={"KDBENCH_TEST_MARK": tmp_path.name})
    assert res.returncode == 130, res.stderr
    assert "stopped: finished runs are kept" in res.stderr and "Traceback" not in res.stderr
    assert wait_gone(marker) == []
    saved = checkpoints(cache)
    assert saved and all(epoch < 2 for epoch in saved.values())  # none ran to its end
    res = launch("epoch:0", args, cache)
    assert res.returncode == 0, res.stdout + res.stderr
    check_final(out, ref, cache)


def test_a_second_ctrl_c_stops_at_once(tmp_path, reference):
    ref, suite_file = reference
    out, cache = tmp_path / "out", tmp_path / "cache"
    args = ["run", str(suite_file), "-o", f"output={out}"]
    res = launch("int2:2", args, cache)
    assert res.returncode == 130, res.stderr
    assert "interrupted: finished runs are kept" in res.stderr and "Traceback" not in res.stderr
    assert checkpoints(cache) == {}  # nothing was due, and nothing waited for the epoch's end
    res = launch("epoch:0", args, cache)
    assert res.returncode == 0, res.stdout + res.stderr
    check_final(out, ref, cache)


def wait_gone(marker: str, seconds: float = 15) -> list[int]:
    deadline = time.monotonic() + seconds
    while alive(marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    return alive(marker)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
def test_two_workers_killed_mid_training_and_interrupted_then_resumed(tmp_path, reference):
    ref, suite_file = reference
    out, cache = tmp_path / "out", tmp_path / "cache"
    args = ["run", str(suite_file), "-o", f"output={out}", "--workers", "2"]
    env = {"KDBENCH_TEST_MARK": tmp_path.name}
    marker = f"KDBENCH_TEST_MARK={tmp_path.name}"
    # SIGKILL while both workers train (3rd progress report)
    res = launch("epoch:3", args, cache, env_extra=env)
    assert res.returncode == -signal.SIGKILL, res.stderr
    assert wait_gone(marker) == [], "orphaned workers kept running"
    check_partial(out, ref)
    # Ctrl-C to the whole process group, as a terminal sends it
    res = launch("int:2", args, cache, env_extra=env)
    assert res.returncode == 130, res.stderr
    assert "Resume with: kdbench run" in res.stderr and "Traceback" not in res.stderr
    assert wait_gone(marker) == []
    check_partial(out, ref)
    res = launch("epoch:0", args, cache)
    assert res.returncode == 0, res.stdout + res.stderr
    check_final(out, ref, cache)


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="ray is not installed")
def test_ray_executor_killed_then_resumed(tmp_path, reference):
    """Ray tasks send their records to the driver; a driver SIGKILLed after its 2nd
    record resumes (on a fresh local Ray instance) to the one-worker run's arrays."""
    ref, suite_file = reference
    out, cache = tmp_path / "out", tmp_path / "cache"
    args = ["run", str(suite_file), "-o", f"output={out}", "--executor", "ray"]
    res = launch("record:2", args, cache)
    assert res.returncode == -signal.SIGKILL, res.stderr
    assert 1 <= len(check_partial(out, ref)) <= 2
    res = launch("epoch:0", args, cache)
    assert res.returncode == 0, res.stdout + res.stderr
    check_final(out, ref, cache)


@pytest.mark.slow
def test_spawned_workers_with_two_threads_give_the_same_arrays(tmp_path, reference):
    """Workers on more than one torch thread start with spawn (not fork): same arrays."""
    ref, suite_file = reference
    out = tmp_path / "out"
    suite = load_suite(suite_file, [f"output={out}", "executor={workers: 2, threads: 2}"])
    outcome = run_suite(suite, teacher_cache=TeacherCache(tmp_path / "cache" / "teachers"))
    assert outcome.ok and len(outcome.done) == 5
    check_final(out, ref, tmp_path / "cache")
