"""The plan of a suite: every run (teachers first) with its id and what the store holds.

Building it prepares each dataset (run ids include the data fingerprint) and runs the
checks that need the data; it computes and writes nothing else, so ``kdbench validate``
and ``kdbench status`` are safe to run at any time. Offline, a dataset not on this machine
is set aside (``Plan.absent``) instead of downloaded.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import torch

from kdbench.data import Interactions, load_dataset
from kdbench.data.prepare import deferred
from kdbench.errors import ConfigError, DataNotPresent, KdbenchError
from kdbench.eval.metrics import parse_metric
from kdbench.losses import LOSSES
from kdbench.runner.execute import _dataset as execute_memo
from kdbench.runner.execute import build_backbone, dataset_of
from kdbench.runner.store import Store, record_damage
from kdbench.suite import RunSpec, Suite, expand
from kdbench.train.device import resolve_device
from kdbench.train.teacher import TeacherCache

#: statuses of a planned run
DONE, FAILED, TODO, RUNNING = "done", "failed", "todo", "running"
#: a tuning trial stopped early by its pruner: settled like DONE, never retried
PRUNED = "pruned"
SETTLED = (DONE, PRUNED)


@dataclass
class PlannedRun:
    """One run of the plan. ``depends_on``: the teacher id a student needs trained first
    (None for teachers and no-KD students); ``owner``: the live runner working on it."""

    spec: RunSpec
    run_id: str
    depends_on: str | None
    status: str = TODO
    error: str | None = None
    owner: dict[str, Any] | None = None
    should_stop: Any = None  # a tuning trial's pruner (``fit``'s should_stop)

    @property
    def kind(self) -> str:
        return self.spec.kind


@dataclass
class Plan:
    suite: Suite
    runs: list[PlannedRun]
    data: dict[str, Interactions] = field(default_factory=dict)  # dataset name → data
    #: offline plans: dataset → (why it is absent, its teacher and student runs left out)
    absent: dict[str, tuple[str, int, int]] = field(default_factory=dict)

    @property
    def teachers(self) -> list[PlannedRun]:
        return [r for r in self.runs if r.kind == "teacher"]

    @property
    def students(self) -> list[PlannedRun]:
        return [r for r in self.runs if r.kind == "student"]

    def counts(self) -> Counter[str]:
        return Counter(r.status for r in self.runs)

    def summary(self) -> str:
        """'7 runs (1 teacher, 6 students): 3 done, 4 to do'."""
        c = self.counts()
        nt, ns = len(self.teachers), len(self.students)
        parts = [f"{c[s]} {label}" for s, label in _LABELS if c[s]]
        return (
            f"{len(self.runs)} runs ({nt} teacher{'s' * (nt != 1)}, "
            f"{ns} student{'s' * (ns != 1)}): " + ", ".join(parts)
        )


_LABELS = (
    (DONE, "done"),
    (PRUNED, "pruned"),
    (FAILED, "failed"),
    (RUNNING, "running elsewhere"),
    (TODO, "to do"),
)


def _load_data(suite: Suite, spec: RunSpec, download_ok: bool = True) -> Interactions:
    try:
        if not download_ok:
            return load_dataset(spec.dataset, download_ok=False, **spec.dataset_options)
        return dataset_of(spec)
    except KdbenchError as err:
        where = suite.where("datasets", spec.dataset)
        msg = str(err)
        raise type(err)(msg if msg.startswith(where) else f"{where}: {msg}") from None


#: bytes of training state per parameter byte: weights, gradients, Adam's two moments
TRAIN_STATE_FACTOR = 4


def param_bytes(backbone: dict[str, Any], data: Interactions) -> int:
    """Bytes of a backbone's parameters on ``data``, without allocating them: built on the
    meta device, or (backbones that need real tensors to build, such as LightGCN's graph)
    extrapolated linearly from its sizes at dim 1 and 2."""
    try:
        with torch.device("meta"):
            model = build_backbone(backbone, data, torch.device("meta"))
        return sum(p.numel() * p.element_size() for p in model.parameters())
    except Exception:  # a backbone that needs real tensors to build: the small builds
        pass
    if "dim" not in backbone:
        return 0
    small = []
    for dim in (1, 2):
        try:
            model = build_backbone({**backbone, "dim": dim}, data, torch.device("cpu"))
        except Exception:  # no estimate: the run reports its own failure
            return 0
        small.append(sum(p.numel() * p.element_size() for p in model.parameters()))
    return small[0] + (small[1] - small[0]) * (int(backbone["dim"]) - 1)


def machine_bytes(device: str) -> int | None:
    """Memory of the device runs train on (a GPU's, else this machine's RAM), or None."""
    try:
        dev = resolve_device(device)
        if dev.type == "cuda":
            return int(torch.cuda.get_device_properties(dev).total_memory)
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ConfigError, ValueError, OSError, RuntimeError):
        return None


def check_memory(suite: Suite, specs: list[RunSpec], data: dict[str, Interactions]) -> None:
    """Refuse a backbone whose parameters and their training state cannot fit the device
    (``dim: 1000000000000000`` would otherwise fail at run time, or swap for hours)."""
    limit = machine_bytes(suite.device) if suite.executor.kind == "local" else None
    if limit is None:
        return
    seen = set()
    for spec in specs:
        key = (spec.dataset, json.dumps(spec.backbone, sort_keys=True))
        if key in seen:
            continue
        seen.add(key)
        need = TRAIN_STATE_FACTOR * param_bytes(spec.backbone, data[spec.dataset])
        if need > limit:
            alias = spec.labels.get("backbone", spec.backbone["model"])
            path = ("backbones", alias, "dim") if "dim" in spec.backbone else ("backbones", alias)
            raise ConfigError(
                f"{suite.where(*path)}: {spec.backbone['model']} on {spec.dataset} needs "
                f"~{need / 2**30:,.1f} GiB for its parameters, gradients and optimizer state, "
                f"more than this machine's {limit / 2**30:,.1f} GiB; lower dim"
            )


def check_data(suite: Suite, specs: list[RunSpec], data: dict[str, Interactions]) -> None:
    """The checks that need the data: metric cutoffs and loss list sizes within the item
    count (a ``Param`` declared with ``items=True``), a loss's own ``check_data``, and
    each backbone's memory against the machine's."""
    check_memory(suite, specs, data)
    for ds, d in data.items():
        if (suite.teacher_store_topk or 0) > d.n_items:
            raise ConfigError(
                f"{suite.where('teacher', 'store_topk')}: {suite.teacher_store_topk} is larger "
                f"than the item count of {ds} ({d.n_items})"
            )
        for i, m in enumerate(suite.metrics):
            if parse_metric(m)[1] > d.n_items:
                raise ConfigError(
                    f"{suite.where('metrics', i)}: {m} asks for more items than {ds} has "
                    f"({d.n_items})"
                )
    seen = set()
    for spec in specs:
        if spec.kind != "student" or (spec.dataset, spec.loss, str(spec.loss_params)) in seen:
            continue
        seen.add((spec.dataset, spec.loss, str(spec.loss_params)))
        n_items = data[spec.dataset].n_items
        cls = LOSSES.get(spec.loss)
        alias = spec.labels.get("method", spec.loss).partition("[")[0]
        for name, p in cls.all_params().items():
            value = spec.loss_params.get(name)
            if p.items and isinstance(value, int) and value > n_items:
                raise ConfigError(
                    f"{suite.where('losses', alias, name)}: {name}={value} is larger than the "
                    f"item count of {spec.dataset} ({n_items})"
                )
        # a loss's own checks against the data (``check_data(hp, data, where)``, optional)
        check = getattr(cls, "check_data", None)
        if check is not None:
            hp = {n: p.default for n, p in cls.all_params().items()} | spec.loss_params
            check(hp, data[spec.dataset], suite.where("losses", alias))


def build_plan(
    suite: Suite,
    store: Store | None = None,
    cache: TeacherCache | None = None,
    offline: bool = False,
) -> Plan:
    """Expand the suite, prepare its datasets, check them, and read each run's status.

    ``offline``: download nothing; the runs of a dataset not on this machine are left out
    of the plan and counted in ``Plan.absent``."""
    store = store or Store(suite.output)
    cache = cache or TeacherCache()
    if suite.executor.kind == "local":  # (Ray workers may have devices this machine lacks)
        try:
            resolve_device(suite.device)
        except ConfigError as err:
            raise ConfigError(
                f"{suite.where('device')}: {str(err).removeprefix('device: ')}"
            ) from None
    teachers, students = expand(suite)
    try:
        return _build(suite, store, cache, offline, teachers, students)
    except KdbenchError:
        # the datasets loaded for the failed checks were neither cached nor cited: forget
        # them, so that a later plan in this process prepares (caches, cites) them again
        execute_memo.cache_clear()
        raise


def _build(
    suite: Suite,
    store: Store,
    cache: TeacherCache,
    offline: bool,
    teachers: list[RunSpec],
    students: list[RunSpec],
) -> Plan:
    data: dict[str, Interactions] = {}
    why: dict[str, str] = {}
    with deferred():  # a failed data check leaves no prepared split and logs no citation
        for spec in teachers + students:
            if spec.dataset not in data and spec.dataset not in why:
                try:
                    data[spec.dataset] = _load_data(suite, spec, download_ok=not offline)
                except DataNotPresent as err:
                    why[spec.dataset] = str(err)
        absent = {
            ds: (
                msg,
                sum(t.dataset == ds for t in teachers),
                sum(s.dataset == ds for s in students),
            )
            for ds, msg in why.items()
        }
        teachers = [t for t in teachers if t.dataset in data]
        students = [s for s in students if s.dataset in data]
        check_data(suite, teachers + students, data)
    runs: dict[str, PlannedRun] = {}
    for spec in teachers + students:
        fp = data[spec.dataset].fingerprint
        run_id = spec.run_id(fp)
        if run_id in runs:  # a no-KD student shared by two pairs: one run (the
            continue  # leaderboard shows it in every cell of its student backbone)
        dep = spec.teacher.run_id(fp) if spec.uses_teacher else None
        runs[run_id] = PlannedRun(spec, run_id, dep)
    plan = Plan(suite, list(runs.values()), data, absent)
    refresh(plan, store, cache)
    return plan


def refresh(plan: Plan, store: Store, cache: TeacherCache) -> None:
    """Read each run's status from the store (and the teacher cache) again."""
    for run in plan.runs:
        rec = store.read(run.run_id)
        run.status = rec["status"] if rec else TODO
        run.error = rec.get("error") if rec else None
        damage = store.damage(run.run_id)
        if damage:  # to do again: the next run redoes it (and says so)
            run.status, run.error = TODO, f"record damaged, to be redone: {damage}"
        run.owner = store.owner(run.run_id)
        if run.kind == "teacher" and cache.has(run.run_id):
            damage = record_damage(cache.folder(run.run_id))
            if damage:  # the runner removes it and trains the teacher again
                run.status, run.error = TODO, f"cached teacher damaged, to be redone: {damage}"
            elif run.status == TODO:
                run.status = DONE  # trained by another suite: only its record is to be copied
        if run.status == TODO and run.owner is not None:
            run.status = RUNNING


def plan(suite: Suite) -> list[tuple[RunSpec, str]]:
    """Every run of the suite (teachers first) with its run id."""
    return [(r.spec, r.run_id) for r in build_plan(suite).runs]
