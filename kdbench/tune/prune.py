"""Pruning a trial on its per-epoch validation curve, reproducibly.

A trial of generation g is judged against a fixed reference: the settled trials of the
generations before g (their curves, in trial order), never against trials running beside
it. So whether a trial is pruned depends on its configuration and the earlier generations
alone, not on how many workers ran, in which order, or whether a run was resumed.

The decision itself is Optuna's (``MedianPruner`` or ``SuccessiveHalvingPruner``), asked
on an in-memory study that replays the reference curves as what each had achieved by each
epoch (``replay``); :class:`EpochPruner` is what the trainer calls after each validation
(``fit``'s ``should_stop``). It is a plain picklable object, so it travels with the job
to worker processes and Ray tasks; each run asks its own copy (``run_job``), since one
object serves every trial of a generation.

Since the decision is a function of the curve and the reference alone, a run record can be
checked against it: :func:`contradiction` says when a record's pruned or finished state is
not what its own curve gives (a record of another tuning, or of kdbench before each run
had its own copy: a runner with one worker then reported a generation's runs into one
Optuna trial).
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field
from typing import Any

import optuna

#: a reference trial: (state "complete" | "pruned", [(epoch, validation value)], objective)
Curve = tuple[str, list[tuple[int, float]], float | None]


def make_pruner(kind: str, warmup_epochs: int, startup_trials: int) -> optuna.pruners.BasePruner:
    """Optuna's pruner of that kind. ``median``: stop a trial whose best value so far is
    below the median of the reference trials at the same epoch, once ``startup_trials``
    of them finished and after ``warmup_epochs``; ``successive_halving``: rungs at
    ``warmup_epochs`` × 3^r epochs keep the top third."""
    if kind == "median":
        return optuna.pruners.MedianPruner(
            n_startup_trials=startup_trials, n_warmup_steps=warmup_epochs
        )
    if kind == "successive_halving":
        return optuna.pruners.SuccessiveHalvingPruner(
            min_resource=max(1, warmup_epochs), reduction_factor=3
        )
    return optuna.pruners.NopPruner()


def achieved(curve: list[tuple[int, float]], until: int | None = None) -> list[tuple[int, float]]:
    """A curve as what it had achieved at each epoch: its best value so far (what early
    stopping keeps, and what the pruner judges the running trial by), carried from its
    last epoch to ``until`` (an early-stopped trial keeps its best after it stopped)."""
    out: list[tuple[int, float]] = []
    best = -math.inf
    for epoch, v in curve:
        best = max(best, v)
        out.append((epoch, best))
    if out and until is not None:
        out += [(epoch, best) for epoch in range(out[-1][0] + 1, until + 1)]
    return out


def replay(study: optuna.Study, reference: list[Curve]) -> None:
    """Add the reference trials to ``study`` through its pruner, in order, so the pruner's
    own bookkeeping (successive-halving rungs) is what it would have been.

    Each reference is reported as what it had achieved by each epoch (``achieved``), and
    a complete one up to the last epoch of any reference. Optuna's pruners compare the
    running trial's best value so far with the references' values *at that epoch*: fed
    the recorded curves, a reference past its peak would count below its best, and one
    that stopped early not at all, leaving late epochs to the slow-learning references
    that run longest (a trial that learns slowly but ends best was then pruned:
    benchmarks/pruning_fidelity.txt)."""
    until = max((c[-1][0] for _, c, _ in reference if c), default=None)
    # only successive halving keeps bookkeeping (its rungs) when asked; the others read
    # the reported values alone
    bookkeeping = isinstance(study.pruner, optuna.pruners.SuccessiveHalvingPruner)
    for state, curve, value in reference:
        trial = study.ask()
        for step, v in achieved(curve, until if state == "complete" else None):
            trial.report(v, step)
            if bookkeeping:
                trial.should_prune()
        if state == "complete" and value is not None:
            study.tell(trial, value)
        else:
            study.tell(trial, state=optuna.trial.TrialState.PRUNED)


@dataclass
class EpochPruner:
    """``should_stop(curve)`` for one trial: True when the pruner stops it at the last
    validated epoch. ``monitor`` names the curve column (``valid_ndcg@10``)."""

    kind: str
    warmup_epochs: int
    startup_trials: int
    monitor: str
    reference: list[Curve]
    _state: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_state": {}}  # the study is rebuilt where it runs

    def __call__(self, curve: list[dict[str, float]]) -> bool:
        if self.kind == "none":
            return False
        if "study" not in self._state:
            optuna.logging.set_verbosity(optuna.logging.WARNING)
            study = optuna.create_study(
                direction="maximize",
                pruner=make_pruner(self.kind, self.warmup_epochs, self.startup_trials),
            )
            replay(study, self.reference)
            self._state.update(study=study, trial=study.ask(), reported=set())
        trial, reported = self._state["trial"], self._state["reported"]
        stop = False
        for row in curve:  # the whole curve after a resume, else the new epoch
            if self.monitor not in row or row["epoch"] in reported:
                continue
            reported.add(row["epoch"])
            trial.report(float(row[self.monitor]), int(row["epoch"]))
            stop = bool(trial.should_prune())
        return stop


def first_stop(pruner: EpochPruner, curve: list[tuple[int, float]]) -> int | None:
    """The epoch at which a fresh copy of ``pruner`` stops a run whose validation curve is
    ``curve`` [(epoch, value)], asked after each validation as the trainer asks it; None
    when it lets the run go to its end."""
    fresh = copy.deepcopy(pruner)
    rows: list[dict[str, float]] = []
    for epoch, value in curve:
        rows.append({"epoch": epoch, fresh.monitor: value})
        if fresh(rows):
            return epoch
    return None


def contradiction(
    pruner: EpochPruner, record: dict[str, Any], curve: list[tuple[int, float]]
) -> str | None:
    """What is wrong with a trial run's ``record`` (status, ``stopped``) and its validation
    ``curve`` under ``pruner``, in a few words; None when the pruner gives that record. A
    run that stopped early was not asked at its last validation (the trainer stops it
    first), so that one is not checked."""
    status = record.get("status")
    if status not in ("done", "pruned") or not curve:
        return None
    asked = curve[:-1] if record.get("stopped") == "early_stopping" else curve
    stop = first_stop(pruner, asked)
    if status == "pruned":
        if stop == curve[-1][0]:
            return None
        where = "never" if stop is None else f"at epoch {stop}"
        return (
            f"pruned at epoch {curve[-1][0]}, but its curve and the earlier generations "
            f"prune it {where}"
        )
    if stop is None:
        return None
    return f"ran to its end, but its curve and the earlier generations prune it at epoch {stop}"
