"""The training loop of the reference code: Adam with coupled L2, evaluation on valid after
every epoch, early stopping on valid NDCG@10, best-valid weights restored for test."""

from __future__ import annotations

import copy
import math
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, fields
from typing import Any, get_args, get_type_hints

import torch

from kdbench.backbones.base import Backbone, Batch
from kdbench.errors import RunError
from kdbench.eval.evaluator import EvalResult, Evaluator
from kdbench.eval.metrics import parse_metric
from kdbench.eval.ranking import DeviceCSR
from kdbench.losses.base import DistillLoss
from kdbench.params import Param, Space
from kdbench.train.checkpoint import (
    Checkpoint,
    Stopped,
    rng_states,
    set_rng_states,
    stop_requested,
)
from kdbench.train.sampling import bpr_batches, user_batches


def _setting(default: Any, doc: str, **check: Any) -> Any:
    """A TrainConfig field that carries its gloss and range (``Param`` keywords)."""
    return field(default=default, metadata={"doc": doc, **check})


@dataclass(frozen=True)
class TrainConfig:
    """Training settings of one run (protocol §4). Every field enters the run id."""

    epochs: int = _setting(1000, "maximum number of epochs", min=1)
    patience: int = _setting(30, "evaluations without improvement before stopping", min=0)
    batch_size: int = _setting(2048, "rows per optimiser step", min=1)
    lr: float = _setting(1e-3, "Adam learning rate", min=0)
    weight_decay: float = _setting(
        0.0,
        "coupled L2 (Adam weight_decay) on the student",
        min=0,
        space=Space.range(1e-9, 1e-2, log=True),
    )
    monitor: str = _setting("ndcg@10", "validation metric for early stopping and best epoch")
    eval_every: int = _setting(1, "evaluate on valid every this many epochs", min=1)
    kd_module_weight_decay: float | None = _setting(
        None, "L2 on the KD modules (None: same as weight_decay, as the reference)", min=0
    )

    @classmethod
    def params(cls) -> dict[str, Param]:
        """Each setting as a declared Param (default, type, range, gloss)."""
        hints = get_type_hints(cls)
        out = {}
        for f in fields(cls):
            types = [t for t in get_args(hints[f.name]) or (hints[f.name],) if t is not type(None)]
            meta = dict(f.metadata)
            out[f.name] = Param(f.default, meta.pop("doc"), types[0], **meta)
        return out

    def __post_init__(self) -> None:
        for name, p in self.params().items():
            # coerced (1 → 1.0 for a float) so equal settings give equal run ids
            object.__setattr__(self, name, p.check(name, getattr(self, name), "train"))
        parse_metric(self.monitor)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FitResult:
    best_epoch: int
    epochs_run: int
    curve: list[dict[str, float]]
    result: EvalResult  # valid and test at the best epoch, with the test top-K
    seconds_train: float
    seconds_eval: float
    stopped: str = "max_epochs"
    extra: dict[str, Any] = field(default_factory=dict)
    resumed_from: list[int] = field(default_factory=list)  # epochs a checkpoint resumed at
    #: who trained each part before the last resume (``Checkpoint.writer``; None: unknown)
    resumed_by: list[dict[str, Any] | None] = field(default_factory=list)
    seconds_before: float = 0.0  # fit's wall time in the sessions before the last resume


def make_optimizer(model: Backbone, loss: DistillLoss, cfg: TrainConfig) -> torch.optim.Adam:
    """One Adam over student + KD modules, coupled L2 on both unless told otherwise."""
    groups = [{"params": list(model.parameters()), "weight_decay": cfg.weight_decay}]
    kd_params = [p for p in loss.parameters() if p.requires_grad]
    if kd_params:
        wd = cfg.weight_decay if cfg.kd_module_weight_decay is None else cfg.kd_module_weight_decay
        groups.append({"params": kd_params, "weight_decay": wd})
    # fused: one kernel per step instead of ~10 passes over every table (the for-loop Adam
    # took ~1 s of a 4.5 s step for the 2000-d CiteULike-t LightGCN teacher on CPU)
    return torch.optim.Adam(groups, lr=cfg.lr, fused=True)


def _batches(
    model: Backbone, train: DeviceCSR, cfg: TrainConfig, generator: torch.Generator
) -> Iterator[Batch]:
    """One epoch's batches: user rows for sequence backbones, else (u, i⁺, j) triples."""
    if model.batch_unit == "users":
        return user_batches(len(train.lengths), cfg.batch_size, generator, train.indices.device)
    return bpr_batches(train, cfg.batch_size, generator)


def _step(
    model: Backbone, loss: DistillLoss, opt: torch.optim.Optimizer, batch: Batch, epoch: int
) -> tuple[float, float]:
    """One optimiser step on base + λ·KD; returns (step loss, KD term)."""
    model.begin_step()
    base = model.base_loss(batch)
    kd = loss(batch) if loss.lam else None
    step_loss = base + loss.lam * kd if kd is not None else base
    if not torch.isfinite(step_loss):
        raise RunError(f"non-finite loss at epoch {epoch} (base {base.item():.4g})")
    opt.zero_grad(set_to_none=True)
    step_loss.backward()
    opt.step()
    return float(step_loss.detach()), float(kd.detach()) if kd is not None else 0.0


#: a run whose mean step loss over an epoch exceeds this many times the loss of its very
#: first step (taken before any update) has blown up numerically: it fails with that reason
#: rather than being recorded done (lr: 1e6 reaches a loss of ~5e17 without a NaN)
BLOWUP_FACTOR = 1e3


def check_blowup(epoch: int, mean_loss: float, first_loss: float | None) -> None:
    """Raise RunError when ``mean_loss`` (an epoch's mean step loss) is non-finite or more
    than BLOWUP_FACTOR × ``first_loss`` (the first step's loss; None or ≤ 0: no bound)."""
    if not math.isfinite(mean_loss):
        raise RunError(f"non-finite mean loss at epoch {epoch}")
    if first_loss is not None and first_loss > 0 and mean_loss > BLOWUP_FACTOR * first_loss:
        raise RunError(
            f"numeric blow-up at epoch {epoch}: mean step loss {mean_loss:.3g} is more than "
            f"{BLOWUP_FACTOR:g}× the first step's {first_loss:.3g}; lower lr (or lambda)"
        )


def fit(
    model: Backbone,
    loss: DistillLoss,
    evaluator: Evaluator,
    cfg: TrainConfig,
    generator: torch.Generator,
    progress: Callable[[dict[str, Any]], None] | None = None,
    checkpoint: Checkpoint | None = None,
    on_epoch_end: Callable[[int, Backbone], None] | None = None,
    should_stop: Callable[[list[dict[str, float]]], bool] | None = None,
) -> FitResult:
    """Train ``model`` (the student, or a teacher with the no-KD loss) and evaluate it.

    ``checkpoint``: resume from its saved state if there is one, and save the state at the
    end of an epoch whenever it is due (the result is the same as without).

    ``progress(info)`` is called after each validation with the epoch, its validation
    value, the best so far and its epoch, and the epoch's seconds of training
    (``train_s``) and of validation (``eval_s``).

    ``on_epoch_end(epoch, model)`` runs after each epoch's training and evaluation, unless
    early stopping ends the run there; it must leave the model and the random generators
    as it found them. If it has ``state_dict`` / ``load_state_dict``, its state is saved
    and restored with the checkpoint.

    A stop asked for (``checkpoint.request_stop``) ends the run at the end of the epoch
    under way, its state saved whether due or not, by raising ``Stopped`` (unless that
    epoch was the last: then the run ends as usual).

    ``should_stop(curve)`` is asked after each validation (a tuning pruner): True ends the
    run there with ``stopped = "pruned"``. It must decide from the curve alone, so a run
    resumed from a checkpoint is stopped where it would have been."""
    data, device = evaluator.data, evaluator.device
    train = DeviceCSR(data.train, data.n_items, device)
    opt = make_optimizer(model, loss, cfg)
    best, best_epoch, best_state, bad_epochs = -math.inf, -1, None, 0
    curve: list[dict[str, float]] = []
    t_train = t_eval = 0.0
    stopped = "max_epochs"
    epoch = start = 0
    generators = {"run": generator, **loss.generators()}
    resumed: list[int] = []
    t_fit, wall_before = time.perf_counter(), 0.0
    saved = checkpoint.load() if checkpoint is not None else None
    first_loss: float | None = None  # the loss of the run's first step (check_blowup)
    if saved is not None:
        try:
            model.load_state_dict(saved["model"])
            loss.load_state_dict(saved["loss"])
            opt.load_state_dict(saved["optimizer"])
            set_rng_states(generators, saved["rng"])
        except (KeyError, RuntimeError, ValueError) as err:  # saved by another kdbench
            raise RunError(
                f"cannot resume from {checkpoint.path} ({type(err).__name__}: "
                f"{str(err).splitlines()[0] if str(err) else ''}); remove it to start over"
            ) from err
        best, best_epoch, bad_epochs = saved["best"], saved["best_epoch"], saved["bad_epochs"]
        best_state, curve = saved["best_state"], saved["curve"]
        t_train, t_eval = saved["seconds_train"], saved["seconds_eval"]
        wall_before = saved.get("seconds_wall", t_train + t_eval)  # older files: train + eval
        start = epoch = saved["epoch"] + 1
        resumed = [*saved["resumed_from"], start]
        first_loss = saved.get("first_loss")
        if saved.get("on_epoch_end") is not None and hasattr(on_epoch_end, "load_state_dict"):
            on_epoch_end.load_state_dict(saved["on_epoch_end"])
    for epoch in range(start, cfg.epochs):
        t0 = time.perf_counter()
        model.train()
        loss.on_epoch_start(epoch)
        total = kd_total = 0.0
        steps = 0
        for batch in _batches(model, train, cfg, generator):
            step_loss, kd = _step(model, loss, opt, batch, epoch)
            first_loss = step_loss if first_loss is None else first_loss
            total += step_loss
            kd_total += kd
            steps += 1
        check_blowup(epoch, total / max(steps, 1), first_loss)
        t_epoch = time.perf_counter() - t0
        t_train += t_epoch
        row: dict[str, float] = {"epoch": epoch, "train_loss": total, "kd_loss": kd_total}
        if (epoch + 1) % cfg.eval_every == 0 or epoch == cfg.epochs - 1:
            t0 = time.perf_counter()
            model.begin_step()
            valid = evaluator.evaluate(model, ("valid",)).summary()["valid"]
            t_eval += time.perf_counter() - t0
            value = valid[cfg.monitor]
            row[f"valid_{cfg.monitor}"] = value
            if value > best:
                best, best_epoch, bad_epochs = value, epoch, 0
                best_state = copy.deepcopy(model.state_dict())
            else:
                bad_epochs += cfg.eval_every
            if progress:
                progress(
                    {
                        "epoch": epoch,
                        "valid": value,
                        "best": best,
                        "best_epoch": best_epoch,
                        "train_s": t_epoch,  # this epoch's hook, sampling and steps
                        "eval_s": time.perf_counter() - t0,  # validation, best-weights copy
                    }
                )
            if bad_epochs >= cfg.patience:
                stopped = "early_stopping"
                curve.append(row)
                break
        curve.append(row)
        if should_stop is not None and f"valid_{cfg.monitor}" in row and should_stop(curve):
            stopped = "pruned"
            break
        if on_epoch_end is not None:
            on_epoch_end(epoch, model)
        last = epoch == cfg.epochs - 1
        stop = stop_requested() and not last
        if checkpoint is not None and not last and (stop or checkpoint.due()):
            checkpoint.save(
                {
                    "epoch": epoch,
                    "model": model.state_dict(),
                    "loss": loss.state_dict(),
                    "optimizer": opt.state_dict(),
                    "rng": rng_states(generators),
                    "best": best,
                    "best_epoch": best_epoch,
                    "bad_epochs": bad_epochs,
                    "best_state": best_state,
                    "curve": curve,
                    "seconds_train": t_train,
                    "seconds_eval": t_eval,
                    "seconds_wall": wall_before + time.perf_counter() - t_fit,
                    "resumed_from": resumed,
                    "first_loss": first_loss,
                    "on_epoch_end": getattr(on_epoch_end, "state_dict", lambda: None)(),
                }
            )
        if stop:
            raise Stopped(f"stopped on request after epoch {epoch}")
    if best_state is not None:
        model.load_state_dict(best_state)
    t0 = time.perf_counter()
    model.begin_step()
    result = evaluator.evaluate(model, ("valid", "test"), keep_topk="test")
    t_eval += time.perf_counter() - t0
    return FitResult(
        best_epoch,
        epoch + 1,
        curve,
        result,
        t_train,
        t_eval,
        stopped,
        resumed_from=resumed,
        resumed_by=checkpoint.earlier if checkpoint is not None else [],
        seconds_before=wall_before,
    )


@dataclass(frozen=True)
class EpochCost:
    """Seconds of one epoch: training (the loss's epoch hook, sampling and every batch's
    step) and the validation pass after it."""

    train_s: float
    eval_s: float

    @property
    def total_s(self) -> float:
        return self.train_s + self.eval_s


def time_epoch(
    model: Backbone,
    loss: DistillLoss,
    evaluator: Evaluator,
    cfg: TrainConfig,
    generator: torch.Generator,
    batches: int = 3,
) -> EpochCost:
    """What an epoch of ``fit`` costs, without running one: epoch 0's hook and sampling,
    one warm-up step, then ``batches`` steps timed and scaled to the epoch's batch count,
    and one validation pass. It trains ``model`` and ``loss`` by those steps: use fresh
    ones for a real run. ``benchmarks/validate_probe.txt`` compares it with real epochs."""
    data = evaluator.data
    train = DeviceCSR(data.train, data.n_items, evaluator.device)
    opt = make_optimizer(model, loss, cfg)
    model.train()
    t0 = time.perf_counter()
    loss.on_epoch_start(0)
    epoch = list(_batches(model, train, cfg, generator))
    fixed = time.perf_counter() - t0
    _step(model, loss, opt, epoch[0], 0)  # allocations, lazy set-up, caches
    timed = epoch[1 : 1 + batches] or epoch[:1]
    t0 = time.perf_counter()
    for batch in timed:
        _step(model, loss, opt, batch, 0)
    per_batch = (time.perf_counter() - t0) / len(timed)
    t0 = time.perf_counter()
    model.begin_step()
    evaluator.evaluate(model, ("valid",))
    return EpochCost(fixed + per_batch * len(epoch), time.perf_counter() - t0)
