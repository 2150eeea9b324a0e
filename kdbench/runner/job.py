"""One run as a self-contained job: what every executor (in-process, worker process, Ray
task) calls. A job computes and returns bytes; it never writes the store, so the driver
alone decides what a run's record is."""

from __future__ import annotations

import copy
import errno
import io
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import torch

from kdbench.backbones.base import Backbone
from kdbench.data import Interactions
from kdbench.digest import lists_digest
from kdbench.runner.execute import failure_reason, train_run, trainer_identity
from kdbench.suite.spec import RunSpec
from kdbench.train.checkpoint import Checkpoint, Stopped, checkpoint_path
from kdbench.train.device import resolve_device
from kdbench.train.teacher import TeacherCache

#: errors of the disk, not of the run (full, read-only, over quota, file too large)
DISK_ERRNOS = frozenset({errno.ENOSPC, errno.EROFS, errno.EDQUOT, errno.EFBIG})


@dataclass(frozen=True)
class Job:
    """A run to compute. ``cache_root``: the teacher cache folder (executors on this
    machine; the teacher's weights travel with the job on Ray), ``topk_lists``: its
    stored-lists option (``TeacherCache``), ``checkpoint_every``: seconds between mid-run
    checkpoints in ``<cache>/checkpoints/RUN_ID.pt`` (0: none)."""

    spec: RunSpec
    run_id: str
    teacher_id: str | None
    device: str = "auto"
    cache_root: str | None = None
    threads: int | None = None
    topk_lists: int | None = None
    checkpoint_every: float = 0.0
    should_stop: Any = None  # a tuning pruner, asked after each validation (see ``fit``)


@dataclass
class JobResult:
    """The record files of a finished run (and a teacher's weights), or why it failed."""

    run_id: str
    files: dict[str, bytes] | None = None
    weights: bytes | None = None
    error: str | None = None
    traceback: str | None = None
    #: the disk refused a write (full, read-only): not the run's failure, the suite stops
    disk_error: bool = False
    #: stopped on request at the end of an epoch, its checkpoint saved: no record
    stopped: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.stopped


class MemoryTeachers:
    """Teacher weights held in memory: the teacher source of a job whose weights were sent
    with it. Students compute the teacher's lists themselves."""

    def __init__(self, weights: dict[str, bytes]) -> None:
        self.weights = weights

    def load_into(self, teacher_id: str, model: Backbone) -> Backbone:
        state = torch.load(
            io.BytesIO(self.weights[teacher_id]), map_location="cpu", weights_only=True
        )
        model.load_state_dict(state)
        return model

    def lists(self, teacher_id: str, device: torch.device | str) -> None:
        return None

    def trajectory_path(self, teacher_id: str) -> None:
        return None  # the trajectory does not travel with the weights


def run_job(
    job: Job,
    progress: Callable[[dict[str, Any]], None] | None = None,
    teacher_weights: bytes | None = None,
    data: Interactions | None = None,
) -> JobResult:
    """Train and evaluate ``job``. A failure of the run (exception, NaN loss, out of
    memory) comes back as a result with its reason and traceback, a run stopped on request
    (``checkpoint.request_stop``) as a ``stopped`` result; only an interrupt
    (KeyboardInterrupt) propagates."""
    if job.threads:
        torch.set_num_threads(job.threads)
    try:
        if teacher_weights is not None and job.teacher_id is not None:
            cache: Any = MemoryTeachers({job.teacher_id: teacher_weights})
        else:
            cache = TeacherCache(job.cache_root, topk_lists=job.topk_lists)
        device = resolve_device(job.device)
        ckpt = None
        if job.checkpoint_every > 0:
            teacher = None
            if job.teacher_id is not None and isinstance(cache, TeacherCache):
                teacher = lists_digest(cache.folder(job.teacher_id))
            ckpt = Checkpoint(
                checkpoint_path(job.run_id),
                job.checkpoint_every,
                teacher,
                writer=trainer_identity(device),
            )
        files, model = train_run(
            job.spec,
            device,
            cache,
            progress,
            data=data,
            checkpoint=ckpt,
            # its own copy: one pruner serves a generation's runs, and a serial executor
            # runs them all in this process
            should_stop=copy.deepcopy(job.should_stop),
        )
        if ckpt is not None:
            ckpt.remove()
        weights = TeacherCache.weights_bytes(model) if job.spec.kind == "teacher" else None
        return JobResult(job.run_id, files, weights)
    except Stopped:
        return JobResult(job.run_id, stopped=True)
    except Exception as err:  # the run failed; the suite goes on
        return JobResult(
            job.run_id,
            error=failure_reason(err),
            traceback="".join(traceback.format_exception(err)),
            disk_error=isinstance(err, OSError) and err.errno in DISK_ERRNOS,
        )
