"""What a suite's runs cost: measured on its finished runs, or probed on this machine.

A setting is one teacher, or the student runs of one (dataset, pair, method) over the
seeds. Its seconds per epoch (training and validation) come from its finished records or,
with ``probe``, from timing one epoch here and now (``execute.probe_run``: the loss's
epoch hook, a few steps scaled to the epoch, one validation pass); its minutes per run are
the finished runs' mean wall time, or the probed epoch times the mean epoch count of the
suite's finished runs of the same kind (teacher or student).
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import torch

from kdbench.losses import LOSSES
from kdbench.runner.execute import failure_reason, probe_run
from kdbench.runner.plan import DONE, FAILED, Plan, PlannedRun
from kdbench.runner.store import Store
from kdbench.train.device import resolve_device
from kdbench.train.teacher import TeacherCache

Setting = tuple[str, ...]


def setting_of(run: PlannedRun) -> Setting:
    """("teacher", run id), or (dataset, pair, method) for a student run."""
    if run.kind == "teacher":
        return ("teacher", run.run_id)
    s = run.spec
    return (s.dataset, s.labels.get("pair", ""), s.labels.get("method", ""))


@dataclass(frozen=True)
class Cost:
    epoch_s: float | None = None  # training + validation seconds per epoch
    run_min: float | None = None  # minutes per run
    probed: bool = False  # estimated here and now, not measured on finished runs
    error: str | None = None  # why the probe failed


def costs(
    plan: Plan,
    store: Store,
    cache: TeacherCache,
    probe: bool = False,
    threads: int | None = None,
    on_probe: Callable[[Setting], None] | None = None,
    others: Sequence[Store] = (),
) -> tuple[dict[Setting, Cost], dict[str, float]]:
    """Each setting's cost, and the mean epoch count of the finished runs of each kind.

    A run counts as finished when ``store`` holds its record or, failing that, one of
    ``others`` does (other output folders, published results): a run id hashes the run's
    spec and data, so a record with the same id measured this very run.
    ``probe``: time the settings that have runs to do and none finished, with ``threads``
    torch threads (a run's share of the machine); ``on_probe`` is told each one first."""
    groups: dict[Setting, list[PlannedRun]] = {}
    for run in plan.runs:
        groups.setdefault(setting_of(run), []).append(run)
    records = {
        key: [rec for r in runs if (rec := _record(r, store, cache, others))]
        for key, runs in groups.items()
    }
    epochs: dict[str, list[int]] = {}
    for key, recs in records.items():
        kind = "teacher" if key[0] == "teacher" else "student"
        epochs.setdefault(kind, []).extend(r["epochs_run"] for r in recs if "epochs_run" in r)
    mean_epochs = {kind: statistics.mean(e) for kind, e in epochs.items() if e}
    out: dict[Setting, Cost] = {}
    for key, runs in groups.items():
        if records[key]:
            out[key] = _measured(records[key])
        elif probe and any(r.status not in (DONE, FAILED) for r in runs):
            if on_probe:
                on_probe(key)
            out[key] = _probe(plan, runs[0], cache, threads, mean_epochs.get(runs[0].kind))
        else:
            out[key] = Cost()
    return out, mean_epochs


def _record(
    run: PlannedRun, store: Store, cache: TeacherCache, others: Sequence[Store]
) -> dict[str, Any] | None:
    rec = store.read(run.run_id) if run.status == DONE else None
    if rec is None and run.kind == "teacher":  # trained by another suite
        path = cache.folder(run.run_id) / "run.json"
        rec = json.loads(path.read_text()) if path.is_file() else None
    for other in others:
        if rec is not None and rec.get("status") == DONE:
            break
        rec = other.read(run.run_id)
    return rec if rec and rec.get("status") == DONE and "timings" in rec else None


def _measured(records: list[dict[str, Any]]) -> Cost:
    t = [r["timings"] for r in records]
    per_epoch = [
        (x["train_s"] + x["eval_s"]) / max(r["epochs_run"], 1)
        for x, r in zip(t, records, strict=True)
    ]
    return Cost(statistics.mean(per_epoch), statistics.mean(x["total_s"] for x in t) / 60)


def _probe(
    plan: Plan, run: PlannedRun, cache: TeacherCache, threads: int | None, epochs: float | None
) -> Cost:
    spec = run.spec
    if "trajectory" in LOSSES.get(spec.loss).requires and not cache.has(run.depends_on or ""):
        return Cost(probed=True, error="needs its teacher's training trajectory: train it first")
    before = torch.get_num_threads()
    if threads:
        torch.set_num_threads(threads)
    try:
        device = resolve_device(plan.suite.device)
        cost = probe_run(spec, device, cache, plan.data[spec.dataset])
    except Exception as err:  # a probe that fails says why and the plan goes on
        return Cost(probed=True, error=failure_reason(err))
    finally:
        torch.set_num_threads(before)
    run_min = cost.total_s * epochs / 60 if epochs else None
    return Cost(cost.total_s, run_min, probed=True)
