"""Execute one RunSpec: data → (cached) teacher → student + loss → fit → run record."""

from __future__ import annotations

import functools
import json
import platform
import resource
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import torch

import kdbench
from kdbench.backbones import BACKBONES, Backbone
from kdbench.data import Interactions, load_dataset
from kdbench.digest import TRAINER_KEYS
from kdbench.errors import KdbenchError
from kdbench.eval.evaluator import EvalResult, Evaluator
from kdbench.eval.metrics import pack_hits
from kdbench.losses import LOSSES, DistillLoss
from kdbench.losses.trajectory import TRAJECTORY_FILE
from kdbench.runner.store import record_files
from kdbench.suite.spec import RunSpec
from kdbench.train.checkpoint import Checkpoint
from kdbench.train.device import (  # resolve_device: re-exported for runner.local
    determinism_flags,
    keep_freed_memory,
    resolve_device,  # noqa: F401
    seed_everything,
)
from kdbench.train.teacher import StoredListsContext, TeacherCache
from kdbench.train.trainer import EpochCost, FitResult, TrainConfig, fit, time_epoch
from kdbench.train.trajectory import TrajectoryRecorder


@functools.lru_cache(maxsize=8)
def _dataset(name: str, options_json: str) -> Interactions:
    return load_dataset(name, **json.loads(options_json))


def dataset_of(spec: RunSpec) -> Interactions:
    return _dataset(spec.dataset, json.dumps(spec.dataset_options, sort_keys=True))


@functools.lru_cache(maxsize=1)
def provenance() -> dict[str, Any]:
    root = Path(kdbench.__file__).resolve().parent.parent
    sha, dirty = None, None
    try:
        sha = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
        dirty = bool(
            subprocess.run(
                ["git", "-C", str(root), "status", "--porcelain", "kdbench"],
                capture_output=True,
                text=True,
                timeout=5,
            ).stdout.strip()
        )
    except (OSError, subprocess.SubprocessError):
        pass
    return {
        "kdbench": kdbench.__version__,
        "git_sha": sha,
        "git_dirty": dirty,
        "python": platform.python_version(),
        "torch": str(torch.__version__),  # not its str subclass: checkpoints hold it
        "platform": platform.platform(),
        # which CPU kernels ran: CPUs of another vector width or maker may sum in another
        # order (torch's kernels, BLAS), so one spec may train to other low bits there
        "cpu": cpu_model(),
        "cpu_capability": torch.backends.cpu.get_cpu_capability(),
    }


def trainer_identity(device: torch.device) -> dict[str, Any]:
    """What trains in this process that may change a run's low bits: commit (and whether
    the checkout differs from it), torch build, CPU and its kernels, device, threads."""
    here = {**provenance(), "device": str(device), "threads": torch.get_num_threads()}
    return {k: here[k] for k in TRAINER_KEYS}


def cpu_model() -> str:
    """The processor's model name (Linux: /proc/cpuinfo), else what Python knows of it."""
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def plugins(spec: RunSpec) -> dict[str, dict[str, str]]:
    """The plugin packages (name, version) that registered the run's loss and backbones,
    by role (``loss``, ``student``, ``teacher``); empty when kdbench provides them all."""
    named = {"loss": LOSSES.origin(spec.loss), "student": BACKBONES.origin(spec.backbone["model"])}
    if spec.teacher is not None:
        named["teacher"] = BACKBONES.origin(spec.teacher.backbone["model"])
    return {
        role: {"package": origin[0], "version": origin[1]}
        for role, origin in named.items()
        if origin is not None
    }


def build_backbone(spec: dict[str, Any], data: Interactions, device: torch.device) -> Backbone:
    params = {k: v for k, v in spec.items() if k != "model"}
    return BACKBONES.get(spec["model"])(data, **params).to(device)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_teacher(
    spec: RunSpec,
    data: Interactions,
    device: torch.device,
    cache: TeacherCache,
    untrained_ok: bool = False,
) -> Backbone:
    """The teacher frozen, with its cached weights (``untrained_ok``: its initial ones
    when the cache has none yet; what it costs to use is the same)."""
    teacher = build_backbone(spec.backbone, data, device)
    teacher_id = spec.run_id(data.fingerprint)
    if not untrained_ok or cache.has(teacher_id):
        cache.load_into(teacher_id, teacher)
    teacher.eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    return teacher


def train_run(
    spec: RunSpec,
    device: torch.device,
    cache: TeacherCache,
    progress: Callable[[dict[str, Any]], None] | None = None,
    chunk_bytes: int | None = None,
    data: Interactions | None = None,
    checkpoint: Checkpoint | None = None,
    should_stop: Callable[[list[dict[str, float]]], bool] | None = None,
) -> tuple[dict[str, bytes], Backbone]:
    """Train and evaluate one run; return its record files and the trained model.

    ``cache`` gives the teacher's weights (``load_into``), stored lists (``lists``) and
    training trajectory (``trajectory_path``); ``data``: the prepared dataset when the
    caller has it (else prepared here); ``checkpoint``: mid-run state to resume from and
    to save (see ``fit``); ``should_stop``: a tuning pruner (see ``fit``), whose stop makes
    the record's status ``pruned``. A teacher's record files include its training trajectory.
    """
    provenance()  # read (once per process) before training: the commit whose code runs,
    # not the one a checkout has moved to by the time the record is written
    data = data if data is not None else dataset_of(spec)
    run_id = spec.run_id(data.fingerprint)
    t_start = time.perf_counter()
    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats(device)
    gen, student, loss, evaluator = build_run(spec, data, device, cache, chunk_bytes)
    kw = {"chunk_bytes": chunk_bytes} if chunk_bytes else {}
    recorder = TrajectoryRecorder(data, device, **kw) if spec.kind == "teacher" else None
    cfg = TrainConfig(**spec.train)
    result = fit(
        student,
        loss,
        evaluator,
        cfg,
        gen,
        progress,
        checkpoint,
        on_epoch_end=recorder,
        should_stop=should_stop,
    )
    record = _record(spec, run_id, data, result, device, time.perf_counter() - t_start)
    if recorder is not None:
        record[TRAJECTORY_FILE] = recorder.finish(student, result.best_epoch).to_bytes()
    return record, student


def probe_run(
    spec: RunSpec, device: torch.device, cache: TeacherCache, data: Interactions | None = None
) -> EpochCost:
    """What one epoch of ``spec`` costs on this machine (``time_epoch``), with its cached
    teacher or, while the cache has none, an untrained one of the same size."""
    data = data if data is not None else dataset_of(spec)
    gen, student, loss, evaluator = build_run(spec, data, device, cache, untrained_teacher=True)
    return time_epoch(student, loss, evaluator, TrainConfig(**spec.train), gen)


def build_run(
    spec: RunSpec,
    data: Interactions,
    device: torch.device,
    cache: TeacherCache,
    chunk_bytes: int | None = None,
    untrained_teacher: bool = False,
) -> tuple[torch.Generator, Backbone, DistillLoss, Evaluator]:
    """Seed, then the teacher (frozen), the student, its loss set up, and the evaluator;
    in this order, so a run's initial weights depend on its seed and on whether it has a
    teacher: building one draws its initial weights from the seeded global generator
    before the student's (then loads the trained ones). The KD runs of a seed and teacher
    start from the same student weights, the no-KD student of that seed from others;
    all see the same batches unless their loss also draws from ``gen`` (e.g. RRD's list
    sampling; not drawn from here).
    (Published runs depend on this order: changing it would change their results.)"""
    keep_freed_memory()
    gen = seed_everything(spec.seed, device)
    teacher = (
        load_teacher(spec.teacher, data, device, cache, untrained_ok=untrained_teacher)
        if spec.uses_teacher
        else None
    )
    student = build_backbone(spec.backbone, data, device)
    loss = LOSSES.get(spec.loss)(**spec.loss_params).to(device)
    kw = {"chunk_bytes": chunk_bytes} if chunk_bytes else {}
    evaluator = Evaluator(data, list(spec.metrics), device, **kw)
    lists = trajectory = None
    if teacher is not None:
        teacher_id = spec.teacher.run_id(data.fingerprint)
        lists, trajectory = cache.lists(teacher_id, device), cache.trajectory_path(teacher_id)
    ctx = StoredListsContext(
        teacher, student, data, device, gen, **kw, teacher_lists=lists, trajectory_file=trajectory
    )
    loss.setup(ctx)
    return gen, student, loss, evaluator


def _record(
    spec: RunSpec,
    run_id: str,
    data: Interactions,
    fr: FitResult,
    device: torch.device,
    seconds: float,
) -> dict[str, bytes]:
    summary = fr.result.summary()
    run = {
        "run_id": run_id,
        "kind": spec.kind,
        "status": "pruned" if fr.stopped == "pruned" else "done",
        "error": None,
        "spec": spec.canonical(),
        "labels": spec.labels,
        "teacher_id": spec.teacher.run_id(data.fingerprint) if spec.teacher else None,
        "data": {"name": data.name, "fingerprint": data.fingerprint, **data.stats()},
        "summary": summary,
        # metrics are views of topk.npz (any K ≤ depth); these are the suite's, in its order
        "eval": {"depth": fr.result.depth, "metrics": list(spec.metrics)},
        "best_epoch": fr.best_epoch,
        "epochs_run": fr.epochs_run,
        "stopped": fr.stopped,
        "resumed_from_epochs": fr.resumed_from,
        "timings": {
            "total_s": seconds + fr.seconds_before,  # all sessions of a resumed run
            "train_s": fr.seconds_train,
            "eval_s": fr.seconds_eval,
            "train_s_per_epoch": fr.seconds_train / max(fr.epochs_run, 1),
        },
        "memory": {
            "peak_rss_mb": _peak_rss_mb(),
            "peak_cuda_mb": torch.cuda.max_memory_allocated(device) / 2**20
            if device.type == "cuda"
            else None,
        },
        "provenance": {
            **provenance(),
            "plugins": plugins(spec),
            "device": str(device),
            "threads": torch.get_num_threads(),
            "deterministic": torch.are_deterministic_algorithms_enabled(),
            "determinism": determinism_flags(),
        },
    }
    if fr.resumed_from:  # who trained the parts before the last resume, from epoch on
        starts = [0, *fr.resumed_from[:-1]]
        run["provenance"]["earlier_parts"] = [
            {"from_epoch": e, **(w or {"unknown": True})}
            for e, w in zip(starts, fr.resumed_by, strict=True)
        ]
    per_user = {"user": np.arange(data.n_users, dtype=np.int64)}
    for split, metrics in fr.result.per_user.items():
        for m, v in metrics.items():
            per_user[m if split == "test" else f"{split}_{m}"] = v
    topk = record_lists(fr.result, data.n_items)
    keys = list(fr.curve[0]) if fr.curve else ["epoch"]
    rows = [",".join(keys)] + [",".join(str(r.get(k, "")) for k in keys) for r in fr.curve]
    return record_files(run, per_user, topk, "\n".join(rows) + "\n")


def record_lists(result: EvalResult, n_items: int) -> dict[str, np.ndarray]:
    """topk.npz: the test top-D ``items`` (the smallest integer type that holds an item
    id: records stay small), ``depth``, and per split the hit matrix packed one bit per rank
    (``hits``, ``valid_hits``) and the target counts (``targets``, ``valid_targets``)."""
    users = len(result.topk)
    out = {
        "user": np.arange(users, dtype=np.int64),
        "items": result.topk.astype(np.min_scalar_type(max(n_items - 1, 0))),
        "depth": np.int64(result.depth),
    }
    for split, hits in result.hits.items():
        prefix = "" if split == "test" else f"{split}_"
        out[f"{prefix}hits"] = pack_hits(hits)
        out[f"{prefix}targets"] = result.n_targets[split].astype(np.int32)
    return out


def failure_reason(err: BaseException) -> str:
    """One line saying why a run failed."""
    if isinstance(err, KdbenchError):
        return str(err)
    if isinstance(err, torch.cuda.OutOfMemoryError):
        return f"out of GPU memory: {str(err).splitlines()[0]}"
    if isinstance(err, MemoryError):
        return "out of memory (host RAM)"
    first = str(err).splitlines()[0] if str(err) else ""
    return f"{type(err).__name__}: {first}" if first else type(err).__name__


def failed_record(spec: RunSpec, run_id: str, reason: str, traceback_text: str) -> dict[str, bytes]:
    """A failed run: status, one-line reason, and the traceback beside it."""
    run = {
        "run_id": run_id,
        "kind": spec.kind,
        "status": "failed",
        "error": reason,
        "spec": spec.canonical(),
        "labels": spec.labels,
        "provenance": {**provenance(), "plugins": plugins(spec)},
    }
    files = record_files(run)
    files["traceback.txt"] = traceback_text.encode()
    return files
