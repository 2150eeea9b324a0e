"""Executors run jobs and hand back results; the driver alone touches the store.

Every executor has ``slots`` (jobs it runs at once), ``submit(job, data)``,
``poll(timeout) -> [JobResult]`` and ``close(cancel)``; progress of running jobs goes to
the ``on_progress(run_id, info)`` callback given at construction. ``data`` is the
prepared dataset when the driver has it, for executors that can use it. Executors that
can stop their jobs gracefully (each saves its state at the end of its epoch and comes
back as a ``stopped`` result) have ``stop()``.

- :class:`SerialExecutor`: one job at a time, in this process (``executor: local``).
- :class:`ProcessExecutor`: ``workers`` processes on this machine, torch threads split
  between them (``executor: {kind: local, workers: N}``).
- ``kdbench.runner.ray_executor.RayExecutor``: Ray tasks (``executor: ray``).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from typing import Any

import torch

from kdbench.data import Interactions
from kdbench.runner.job import Job, JobResult, run_job
from kdbench.train.checkpoint import clear_stop, request_stop

Progress = Callable[[str, dict[str, Any]], None]
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


class SerialExecutor:
    """Runs each job in this process when polled: no copies, plain tracebacks."""

    slots = 1

    def __init__(self, on_progress: Progress) -> None:
        self.on_progress = on_progress
        self._queue: list[tuple[Job, Interactions | None]] = []

    def submit(self, job: Job, data: Interactions | None) -> None:
        self._queue.append((job, data))

    def poll(self, timeout: float | None = None) -> list[JobResult]:
        if not self._queue:
            return []
        job, data = self._queue.pop(0)
        threads = torch.get_num_threads()
        try:
            return [run_job(job, lambda info: self.on_progress(job.run_id, info), data=data)]
        finally:
            torch.set_num_threads(threads)  # a job's thread count stays with the job

    def stop(self) -> None:
        """Nothing to pass on: the job runs in this process, which has the request."""

    def close(self, cancel: bool = False) -> None:
        self._queue.clear()


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to SIGKILL this worker when the runner that started it dies, however
    it dies (Linux ``prctl(PR_SET_PDEATHSIG)``); elsewhere ``_watch_parent`` alone does it,
    within half a second. The runner may have died before this call: then exit now."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # no usable libc: the watchdog thread still covers it
    if os.getppid() != parent:
        os._exit(1)


def _watch_parent(parent: int) -> None:
    """Exit as soon as the runner that started this worker is gone (even SIGKILLed), so
    no orphan keeps computing a run that the next runner redoes."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def _use_gpu(gpu: str | None) -> None:
    """Make ``gpu`` (a ``CUDA_VISIBLE_DEVICES`` id) this worker's only GPU, so ``cuda``
    means it; before anything touches CUDA in the worker. None: leave the GPUs as they are."""
    if gpu is not None:
        os.environ["CUDA_VISIBLE_DEVICES"] = gpu


def _worker_main(conn: Connection, parent: int, threads: int, gpu: str | None = None) -> None:
    _use_gpu(gpu)
    # Ctrl-C goes to the whole process group: the runner stops the workers itself, with
    # SIGTERM (``stop``), which a batch scheduler may also send to every process
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    clear_stop()  # a forked worker starts with its runner's request, if any: not its own
    signal.signal(signal.SIGTERM, lambda signum, frame: request_stop())
    _die_with_parent(parent)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    torch.set_num_threads(threads)
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        result = run_job(job, lambda info, rid=job.run_id: conn.send(("progress", rid, info)))
        conn.send(("done", result))


class _Worker:
    def __init__(self, ctx: Any, threads: int, gpu: str | None = None) -> None:
        self.gpu = gpu
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_worker_main, args=(child, os.getpid(), threads, gpu), daemon=True
        )
        self.process.start()
        child.close()
        self.job: Job | None = None


def start_method(threads: int, cpu: bool) -> str:
    """How worker processes start. ``fork`` saves each worker the seconds of importing
    torch, and is safe where the children have no thread pool and no device state to
    inherit: on Linux, CPU runs on one torch thread each (the rule of torch's DataLoader
    workers). Anything else is ``spawn``: a fresh interpreter, safe everywhere."""
    if sys.platform == "linux" and cpu and threads == 1:
        return "fork"
    return "spawn"


class ProcessExecutor:
    """``workers`` processes, each running one job at a time with ``threads`` torch
    threads. A worker that dies (killed, out of memory) fails its job and is replaced.
    ``gpus``: worker i runs on ``gpus[i % len(gpus)]`` only (``worker_gpus``); runs on one
    GPU time-share it, so several GPUs are taken in turn rather than all piling on the
    first."""

    def __init__(
        self,
        workers: int,
        threads: int,
        on_progress: Progress,
        cpu: bool,
        gpus: list[str] | tuple[str, ...] = (),
    ) -> None:
        self.slots = workers
        self.threads = threads
        self.on_progress = on_progress
        self._ctx = mp.get_context(start_method(threads, cpu))
        self._workers = [
            _Worker(self._ctx, threads, gpus[i % len(gpus)] if gpus else None)
            for i in range(workers)
        ]

    def submit(self, job: Job, data: Interactions | None) -> None:
        # workers read teachers from the cache and prepare data themselves (same machine)
        worker = next(w for w in self._workers if w.job is None)
        worker.job = job
        worker.conn.send(job)

    def poll(self, timeout: float | None = None) -> list[JobResult]:
        busy = [w for w in self._workers if w.job is not None]
        if not busy:
            return []
        handles: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        wait(handles, timeout)
        results = []
        for i, w in enumerate(self._workers):
            if w.job is None:
                continue
            try:
                while w.job is not None and w.conn.poll():
                    msg = w.conn.recv()
                    if msg[0] == "progress":
                        self.on_progress(msg[1], msg[2])
                    else:
                        results.append(msg[1])
                        w.job = None
            except (EOFError, OSError):
                results.append(self._died(i))
                continue
            if w.job is not None and not w.process.is_alive():
                results.append(self._died(i))
        return results

    def stop(self) -> None:
        """Each busy worker's job saves its state at the end of its epoch and stops."""
        for w in self._workers:
            if w.job is not None and w.process.pid is not None:
                os.kill(w.process.pid, signal.SIGTERM)

    def _died(self, i: int) -> JobResult:
        w = self._workers[i]
        w.process.join(timeout=5)
        code = w.process.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        hint = " (out of memory?)" if code == -signal.SIGKILL else ""
        result = JobResult(
            w.job.run_id,
            error=f"worker process died ({how}){hint}",
            traceback=f"the worker process running this run died ({how}){hint}\n",
        )
        self._workers[i] = _Worker(self._ctx, self.threads, w.gpu)
        return result

    def close(self, cancel: bool = False) -> None:
        for w in self._workers:
            if cancel:
                w.process.kill()  # SIGTERM would only ask for a stop (``stop``)
            else:
                try:
                    w.conn.send(None)
                except OSError:
                    w.process.terminate()
        for w in self._workers:
            w.process.join(timeout=10)
            if w.process.is_alive():
                w.process.kill()
                w.process.join()
            w.conn.close()
