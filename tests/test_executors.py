"""Local worker processes on a machine with several GPUs take them in turn (each worker
sees one GPU as ``cuda``) instead of all running on the first; the driver's handling of
Ctrl-C and SIGTERM."""

from __future__ import annotations

import os
import signal
import time

import pytest
import torch

from kdbench.runner import executors
from kdbench.runner.driver import STOPPING, graceful_stop
from kdbench.runner.executors import ProcessExecutor
from kdbench.runner.job import Job, JobResult
from kdbench.train.checkpoint import stop_requested
from kdbench.train.device import worker_gpus


@pytest.fixture
def four_gpus(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 4)
    monkeypatch.delenv("CUDA_VISIBLE_DEVICES", raising=False)


def test_worker_gpus(four_gpus, monkeypatch):
    assert worker_gpus("auto") == worker_gpus("cuda") == ["0", "1", "2", "3"]
    assert worker_gpus("cuda:1") == worker_gpus("cpu") == []  # as the suite names it
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "2, 5")
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 2)
    assert worker_gpus("auto") == ["2", "5"]  # the ids the runner was given
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 1)
    assert worker_gpus("auto") == []  # one GPU: nothing to share out
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert worker_gpus("auto") == []


def fake_run_job(job, progress=None, **kw):
    """What a worker sees: its CUDA_VISIBLE_DEVICES, in place of a run's files."""
    return JobResult(job.run_id, files={"gpu": os.environ.get("CUDA_VISIBLE_DEVICES", "")})


def results(ex: ProcessExecutor, n: int) -> list[JobResult]:
    out: list[JobResult] = []
    deadline = time.monotonic() + 60
    while len(out) < n and time.monotonic() < deadline:
        out += ex.poll(timeout=0.5)
    return out


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the test's fake job needs fork")
def test_workers_take_the_gpus_in_turn(monkeypatch):
    monkeypatch.setattr(executors, "run_job", fake_run_job)  # forked workers inherit it
    ex = ProcessExecutor(3, 1, lambda *a: None, cpu=True, gpus=["3", "5"])
    try:
        assert [w.gpu for w in ex._workers] == ["3", "5", "3"]
        for i in range(3):
            ex.submit(Job(None, f"r{i}", None), None)
        seen = {r.run_id: r.files["gpu"] for r in results(ex, 3)}
        assert seen == {"r0": "3", "r1": "5", "r2": "3"}
        os.kill(ex._workers[1].process.pid, signal.SIGKILL)  # its replacement keeps GPU 5
        ex._workers[1].job = Job(None, "lost", None)
        assert results(ex, 1)[0].error.startswith("worker process died")
        for i in range(3):
            ex.submit(Job(None, f"a{i}", None), None)
        assert {r.run_id: r.files["gpu"] for r in results(ex, 3)} == {
            "a0": "3",
            "a1": "5",
            "a2": "3",
        }
    finally:
        ex.close(cancel=True)


def test_graceful_stop_asks_first_then_interrupts_and_restores_the_handlers(capfd):
    """The driver's signal handling: the first SIGTERM or Ctrl-C asks for a stop (and says
    so), the second raises KeyboardInterrupt at once; the handlers before come back."""
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    with graceful_stop(True):
        os.kill(os.getpid(), signal.SIGTERM)  # handled at the next bytecode boundary
        time.sleep(0.1)
        assert stop_requested()
        assert STOPPING in capfd.readouterr().err
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(5)
    assert {sig: signal.getsignal(sig) for sig in before} == before
    assert not stop_requested()
    with graceful_stop(False):  # Ray, or no checkpoints: Ctrl-C stops at once
        assert signal.getsignal(signal.SIGINT) is before[signal.SIGINT]
