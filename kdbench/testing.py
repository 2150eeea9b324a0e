"""The loss author's kit: ``check_loss`` tells whether a KD loss keeps the DistillLoss
contract, in one call, the way scikit-learn's ``check_estimator`` does for estimators.

It exercises the loss through the same trainer, checkpoint and device paths as a real run
(``kdbench.train.trainer.fit``, ``kdbench.train.checkpoint.Checkpoint``), on small real
data: MovieLens-100K (bundled with recbole; any ``Interactions`` may be passed instead),
an MF-16 teacher trained for three epochs (its top-K lists after each epoch stand in for
the trajectory of losses that distil one) and an MF-8 student. The rules, in the order
they are checked (``RULES``):

- ``params``: every declared parameter's default passes its own check; a value of the
  wrong type, out of range or not among the choices, and an unknown key, raise a
  ``KdbenchError`` (the CLI prints it as one line and exits 2) whose message names the key.
- ``shapes``: after ``setup`` and ``on_epoch_start(0)``, ``forward(batch)`` returns a
  finite 0-dim float tensor on the context's device that depends on the student; its
  gradients are finite.
- ``device``: the loss's tensor factories (``torch.zeros``, ``arange``, ``rand``, …) in its
  own source files name a device, its parameters, buffers, generators and the value of
  ``forward`` live on the context's device (a CPU run thereby catches code that would put
  tensors on the CPU beside a GPU).
- ``dense_allocation``: no tensor created in ``setup``, ``on_epoch_start``, ``forward``
  or its backward holds U×I elements or more (the budget; the context's ``chunk_bytes``
  is set to a quarter of a U×I float32 matrix, so chunked ranking with ``ctx.topk`` stays
  below it, and batches are 1,024 rows, so a per-batch [U_b, I] block does too).
- ``determinism``: the same seed gives bit-identical loss values and gradients.
- ``extreme_scores``: loss and gradients stay finite when every teacher and student score
  is about ±1e4 (all float parameters scaled), and when all scores tie at 0.
- ``reduction``: ``reduction: mean`` gives a smaller value than ``sum`` on a batch; with a
  ``unit`` parameter, a repeated batch row changes the value under ``rows`` and leaves it
  unchanged under ``unique_users``, and a loss made of per-row terms alone has
  sum = rows × mean.
- ``teacher_frozen``: training leaves the teacher's weights, ``requires_grad`` flags and
  eval mode untouched, and the loss does not hold the teacher or the student as a
  submodule (it reaches them through ``self.ctx``).
- ``resume``: a run stopped after epoch 0 and resumed from its checkpoint ends with
  bit-identical student weights, loss state and curve to one never stopped (state that
  carries across epochs lives in buffers and generators, the only state checkpoints save).

A broken rule raises ``AssertionError`` whose first line names the rule and how to fix it.
``check_loss`` takes a few seconds per loss on ML-100K on a laptop CPU.
"""

from __future__ import annotations

import copy
import functools
import inspect
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch.overrides import TorchFunctionMode
from torch.utils._python_dispatch import TorchDispatchMode

from kdbench.backbones import BACKBONES
from kdbench.backbones.base import Backbone, Batch
from kdbench.data import Interactions, load_dataset
from kdbench.errors import KdbenchError
from kdbench.eval.evaluator import Evaluator
from kdbench.eval.ranking import DeviceCSR
from kdbench.losses import LOSSES, DistillContext, DistillLoss
from kdbench.losses.trajectory import TeacherTrajectory
from kdbench.params import Param
from kdbench.train.checkpoint import Checkpoint
from kdbench.train.device import seed_everything
from kdbench.train.sampling import bpr_batches, user_batches
from kdbench.train.trainer import TrainConfig, fit
from kdbench.train.trajectory import TrajectoryRecorder

__all__ = ["RULES", "check_loss", "loss_contract"]

#: the rules ``check_loss`` runs, in order
RULES: tuple[str, ...] = (
    "params",
    "shapes",
    "device",
    "dense_allocation",
    "determinism",
    "extreme_scores",
    "reduction",
    "teacher_frozen",
    "resume",
)

#: the backbones check_loss trains (any registered backbone spec may be passed instead)
TEACHER = {"model": "mf", "dim": 16}
STUDENT = {"model": "mf", "dim": 8}
#: the training the resume rule runs: two epochs, stopped and resumed after epoch 0
TRAIN = TrainConfig(epochs=2, batch_size=8192, lr=1e-2, weight_decay=1e-5, patience=99)
#: rows of the batches the rules other than resume feed to forward (a real run's size)
PROBE_BATCH = 1024
#: largest |score| the extreme_scores rule drives teacher and student to
EXTREME = 1e4

_TORCH_DIR = str(Path(torch.__file__).resolve().parent)
_THIS_FILE = str(Path(__file__).resolve())


class _Rule(AssertionError):
    pass


def _fail(rule: str, what: str, fix: str, details: str = "") -> None:
    """Raise the AssertionError of a broken rule: '[rule] what; fix: how' on line one."""
    msg = f"[{rule}] {what}; fix: {fix}"
    raise _Rule(msg + (f"\n{details}" if details else ""))


# ---------------------------------------------------------------- the environment


@dataclass
class _Env:
    """Data, a trained frozen teacher (with its trajectory) and what runs need."""

    data: Interactions
    device: torch.device
    teacher: Backbone
    trajectory: TeacherTrajectory
    student_spec: dict[str, Any]
    chunk_bytes: int

    def context(
        self, loss_cls: type[DistillLoss], seed: int, teacher: Backbone | None = None
    ) -> DistillContext:
        """Seed as a run does, build the student, and the loss's DistillContext."""
        gen = seed_everything(seed, self.device)
        student = _backbone(self.student_spec, self.data, self.device)
        uses_teacher = "teacher" in loss_cls.requires
        # a copy per run: a loss that writes to its teacher spoils only its own
        teacher = teacher if teacher is not None else copy.deepcopy(self.teacher)
        ctx = DistillContext(
            teacher if uses_teacher else None,
            student,
            self.data,
            self.device,
            gen,
            chunk_bytes=self.chunk_bytes,
            trajectory=self.trajectory if "trajectory" in loss_cls.requires else None,
        )
        return ctx

    def batches(self, ctx: DistillContext, batch_size: int = PROBE_BATCH) -> Iterator[Batch]:
        train = DeviceCSR(self.data.train, self.data.n_items, self.device)
        if ctx.student.batch_unit == "users":
            return user_batches(self.data.n_users, batch_size, ctx.generator, self.device)
        return bpr_batches(train, batch_size, ctx.generator)


def _backbone(spec: dict[str, Any], data: Interactions, device: torch.device) -> Backbone:
    params = {k: v for k, v in spec.items() if k != "model"}
    return BACKBONES.get(spec["model"])(data, **params).to(device)


#: trained teachers by (data fingerprint, device, backbone spec): one per process
_TEACHERS: dict[tuple, tuple[Backbone, TeacherTrajectory]] = {}


def _teacher(
    data: Interactions, device_name: str, spec_items: tuple
) -> tuple[Backbone, TeacherTrajectory]:
    """A teacher trained for three epochs with a trajectory (cached per process;
    callers get a deep copy)."""
    key = (data.fingerprint, device_name, spec_items)
    if key not in _TEACHERS:
        _TEACHERS[key] = _train_teacher(data, device_name, spec_items)
    return _TEACHERS[key]


def _train_teacher(
    data: Interactions, device_name: str, spec_items: tuple
) -> tuple[Backbone, TeacherTrajectory]:
    device = torch.device(device_name)
    gen = seed_everything(0, device)
    teacher = _backbone(dict(spec_items), data, device)
    recorder = TrajectoryRecorder(data, device)
    lists: list[torch.Tensor] = []
    cfg = TrainConfig(epochs=3, batch_size=4096, lr=2e-2, patience=99)
    evaluator = Evaluator(data, ["ndcg@10"], device)
    fit(teacher, LOSSES.get("student")(), evaluator, cfg, gen, on_epoch_end=_keep(recorder, lists))
    # a stand-in trajectory of three checkpoints (after epochs 0 and 1, then the weights
    # students load), the default HetComp distils, whichever epoch validated best
    lists[-1] = recorder.topk(teacher)
    trajectory = TeacherTrajectory(torch.stack(lists), (0, 1, 2))
    teacher.eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    return teacher, trajectory


def _keep(
    recorder: TrajectoryRecorder, lists: list[torch.Tensor]
) -> Callable[[int, Backbone], None]:
    """An on_epoch_end hook keeping the model's top-k lists after every epoch."""
    return lambda epoch, model: lists.append(recorder.topk(model))


@functools.lru_cache(maxsize=2)
def _ml100k() -> Interactions:
    return load_dataset("ml-100k")


def _env(
    data: Interactions | None,
    device: str | torch.device | None,
    teacher: dict[str, Any] | None,
    student: dict[str, Any] | None,
) -> _Env:
    data = data if data is not None else _ml100k()
    dev = torch.device(device) if device is not None else torch.device("cpu")
    t_spec = teacher or TEACHER
    t, recorded = _teacher(data, str(dev), tuple(sorted(t_spec.items())))
    # int64 on the device, as TeacherTrajectory.load gives a real run
    trajectory = TeacherTrajectory(recorded.lists.to(dev, torch.int64), recorded.epochs)
    chunk = max(4 * data.n_items, data.n_users * data.n_items)  # a quarter of 4·U·I bytes
    return _Env(data, dev, copy.deepcopy(t), trajectory, student or STUDENT, chunk)


# ---------------------------------------------------------------- monitors


def _where() -> str:
    """'file:line in function' of the innermost caller outside torch and this module."""
    for frame in reversed(traceback.extract_stack()):
        path = str(Path(frame.filename).resolve())
        if path.startswith(_TORCH_DIR) or path == _THIS_FILE:
            continue
        return f"{frame.filename}:{frame.lineno} in {frame.name}"
    return "?"


class _DenseWatch(TorchDispatchMode):
    """Records every new strided tensor of ``limit`` elements or more (views, in-place
    results and sparse layouts hold no new dense storage and are not counted)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.found: list[str] = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        out = func(*args, **(kwargs or {}))
        if func.is_view or func._schema.is_mutable:
            return out
        for t in out if isinstance(out, tuple | list) else (out,):
            if (
                isinstance(t, torch.Tensor)
                and t.layout == torch.strided
                and t.numel() >= self.limit
                and len(self.found) < 5
            ):
                self.found.append(f"{list(t.shape)} {t.dtype} by {func} at {_where()}")
        return out


#: torch functions that create a tensor on the default device unless told otherwise
_FACTORIES = {
    torch.empty,
    torch.zeros,
    torch.ones,
    torch.full,
    torch.arange,
    torch.range,
    torch.linspace,
    torch.logspace,
    torch.eye,
    torch.rand,
    torch.randn,
    torch.randint,
    torch.randperm,
    torch.tensor,
    torch.as_tensor,
    torch.scalar_tensor,
    torch.empty_strided,
    torch.tril_indices,
    torch.triu_indices,
}


class _DeviceWatch(TorchFunctionMode):
    """Records tensor factories called from ``files`` without a device (and not copying a
    tensor that already has one)."""

    def __init__(self, files: set[str]) -> None:
        super().__init__()
        self.files = files
        self.found: list[str] = []

    def __torch_function__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        if (
            func in _FACTORIES
            and kwargs.get("device") is None
            and not (args and isinstance(args[0], torch.Tensor))
        ):
            frame = sys._getframe(1)
            while frame is not None and str(Path(frame.f_code.co_filename)).startswith(_TORCH_DIR):
                frame = frame.f_back
            if frame is not None and str(Path(frame.f_code.co_filename).resolve()) in self.files:
                site = f"{frame.f_code.co_filename}:{frame.f_lineno} in {frame.f_code.co_name}"
                if len(self.found) < 5 and site not in self.found:
                    self.found.append(f"torch.{func.__name__} at {site}")
        return func(*args, **kwargs)


def _loss_files(loss_cls: type[DistillLoss]) -> set[str]:
    """The source files of the loss class and its bases up to (not including) DistillLoss."""
    files = set()
    for klass in loss_cls.__mro__:
        if klass in (DistillLoss, torch.nn.Module, object):
            continue
        try:
            files.add(str(Path(inspect.getsourcefile(klass) or "").resolve()))
        except TypeError:
            continue
    return files


# ---------------------------------------------------------------- helpers


def _cls(loss: type[DistillLoss] | str) -> type[DistillLoss]:
    return LOSSES.get(loss) if isinstance(loss, str) else loss


def _name(cls: type[DistillLoss]) -> str:
    return getattr(cls, "name", cls.__name__)


def _generators(ctx: DistillContext, loss: DistillLoss) -> dict[str, torch.Generator]:
    return {"run": ctx.generator, **loss.generators()}


def _states(gens: dict[str, torch.Generator]) -> dict[str, torch.Tensor]:
    return {k: g.get_state() for k, g in gens.items()}


def _restore(gens: dict[str, torch.Generator], states: dict[str, torch.Tensor]) -> None:
    for k, g in gens.items():
        g.set_state(states[k])


def _trainable(module: torch.nn.Module) -> list[tuple[str, torch.nn.Parameter]]:
    return [(n, p) for n, p in module.named_parameters() if p.requires_grad]


def _setup(cls: type[DistillLoss], params: dict[str, Any], ctx: DistillContext) -> DistillLoss:
    loss = cls(**params).to(ctx.device)
    loss.setup(ctx)
    return loss


def _first_batches(env: _Env, ctx: DistillContext, n: int) -> list[Batch]:
    out = []
    for batch in env.batches(ctx):
        out.append(batch)
        if len(out) == n:
            break
    return out


def _step(ctx: DistillContext, loss: DistillLoss, batch: Batch) -> torch.Tensor:
    """One KD forward and backward as the trainer runs it (gradients left on the params)."""
    ctx.student.train()
    ctx.student.begin_step()
    for _, p in [*_trainable(ctx.student), *_trainable(loss)]:
        p.grad = None
    out = loss(batch)
    if out.requires_grad:
        out.backward()
    return out


def _grads(ctx: DistillContext, loss: DistillLoss) -> dict[str, torch.Tensor]:
    named = [(f"student.{n}", p) for n, p in _trainable(ctx.student)]
    named += [(f"loss.{n}", p) for n, p in _trainable(loss)]
    return {n: p.grad.detach().clone() for n, p in named if p.grad is not None}


# ---------------------------------------------------------------- the rules


def _bad_values(p: Param) -> list[Any]:
    """Values ``p.check`` must reject."""
    bad: list[Any] = []
    if p.type is bool:
        bad.append("yes")
    elif p.type in (int, float):
        bad.append("many")
        if p.min is not None:
            bad.append(p.type(p.min - 1))
        if p.max is not None:
            bad.append(p.type(p.max + 1))
    elif p.type is str:
        bad.append(3)
        if p.choices:
            bad.append("no-such-choice")
    return bad


def _rule_params(cls: type[DistillLoss], params: dict[str, Any], env: _Env) -> None:
    name = _name(cls)
    declared = cls.all_params()
    for key in cls.variants:
        if key not in declared:
            _fail(
                "params",
                f"variants names {key!r}, which is not a declared parameter",
                "list in `variants` only keys of `params`",
            )
    for key, p in declared.items():
        if not isinstance(p, Param) or not p.doc.strip():
            _fail(
                "params",
                f"parameter {key!r} is not a Param with a one-line gloss",
                'declare it as Param(default, "symbol: what it means", type, ...)',
            )
        try:
            p.check(key, p.default, f"losses.{name}")
        except KdbenchError as err:
            _fail(
                "params",
                f"the default of {key!r} fails its own check ({err})",
                "make the default satisfy its type, choices and min/max",
            )
        if p.items and isinstance(params.get(key, p.default), int):
            value = params.get(key, p.default)
            if value > env.data.n_items:
                _fail(
                    "params",
                    f"{key}={value} is larger than the item count of "
                    f"{env.data.name} ({env.data.n_items})",
                    f"pass a smaller {key} to check_loss",
                )
    try:
        cls(**params)
    except KdbenchError as err:
        _fail(
            "params",
            f"the parameters given to check_loss are rejected: {err}",
            "pass values the loss accepts",
        )
    except Exception as err:
        _fail(
            "params",
            f"constructing the loss raised {type(err).__name__}: {err}",
            "raise ConfigError (kdbench.errors) for bad parameters in check_params",
        )
    cases = [({"no_such_parameter": 1}, "no_such_parameter")]
    cases += [({key: bad}, key) for key, p in declared.items() for bad in _bad_values(p)]
    for given, key in cases:
        try:
            cls(**{**params, **given})
        except KdbenchError as err:
            text = str(err)
            if "\n" in text or key not in text:
                _fail(
                    "params",
                    f"the error for {key}={given[key]!r} is not one line naming {key!r}: {text!r}",
                    "raise ConfigError(f'{where}.{key}: ...') "
                    "(where: the path check_params receives)",
                )
        except Exception as err:
            _fail(
                "params",
                f"{key}={given[key]!r} raised {type(err).__name__} ({err}), not "
                "a KdbenchError, so the CLI would show a traceback",
                "declare the parameter with Param (type, choices, min/max) and check "
                "combinations in check_params with ConfigError",
            )
        else:
            _fail(
                "params",
                f"{key}={given[key]!r} was accepted",
                "declare the parameter's type, choices and min/max in its Param",
            )


def _check_shapes(ctx: DistillContext, loss: DistillLoss, out: Any) -> None:
    """The shapes rule on forward's first value ``out`` (after its backward)."""
    if not isinstance(out, torch.Tensor) or out.dim() != 0:
        shape = list(out.shape) if isinstance(out, torch.Tensor) else type(out).__name__
        _fail(
            "shapes",
            f"forward returned {shape}, not a 0-dim tensor",
            "return the reduced KD term: reduce(values, self.reduction, rows) "
            "(kdbench.losses.functional)",
        )
    if not out.is_floating_point():
        _fail("shapes", f"forward returned a {out.dtype} tensor", "return a float tensor")
    if not out.requires_grad:
        _fail(
            "shapes",
            "forward's value does not depend on the student (no gradient)",
            "score the student with grad (ctx.student.score_items, embeddings) in forward; "
            "keep torch.no_grad() for the teacher and for lists",
        )
    if not torch.isfinite(out):
        _fail(
            "shapes",
            f"forward returned {out.item()} at ordinary scores",
            "use the stable primitives of kdbench.losses.functional (softplus, "
            "log_softmax, logsumexp)",
        )
    grads = _grads(ctx, loss)
    student_grads = [g for n, g in grads.items() if n.startswith("student.")]
    if not any(bool(g.abs().sum() > 0) for g in student_grads):
        _fail(
            "shapes",
            "backward gives the student no gradient",
            "make forward a function of the student's scores or embeddings",
        )
    for n, g in grads.items():
        if not torch.isfinite(g).all():
            _fail(
                "shapes",
                f"the gradient of {n} is not finite at ordinary scores",
                "use the stable primitives of kdbench.losses.functional",
            )


def _scaled(model: Backbone, factor: float) -> Backbone:
    out = copy.deepcopy(model)
    with torch.no_grad():
        for p in out.parameters():
            if p.is_floating_point():
                p.mul_(factor)
    out.begin_step()
    return out


def _max_score(model: Backbone, env: _Env) -> float:
    users = torch.arange(min(64, env.data.n_users), device=env.device)
    was = model.training
    model.eval()
    model.begin_step()
    with torch.no_grad():
        top = model.score(users).abs().max().item()
    model.train(was)
    model.begin_step()
    return float(top)


def _rule_extreme(cls: type[DistillLoss], params: dict[str, Any], env: _Env) -> None:
    for label in ("large", "tied"):
        ctx = env.context(cls, 0)
        if label == "large":  # MF and LightGCN scores grow with the square of the factor
            f_t = (EXTREME / max(_max_score(env.teacher, env), 1e-12)) ** 0.5
            f_s = (EXTREME / max(_max_score(ctx.student, env), 1e-12)) ** 0.5
        else:
            f_t = f_s = 0.0
        teacher = _scaled(env.teacher, f_t)
        ctx = env.context(cls, 0, teacher=teacher)
        ctx.student = _scaled(ctx.student, f_s)
        loss = _setup(cls, params, ctx)
        loss.on_epoch_start(0)
        for batch in _first_batches(env, ctx, 2):
            out = _step(ctx, loss, batch)
            what = "about ±1e4" if label == "large" else "all tied at 0"
            if not torch.isfinite(out):
                _fail(
                    "extreme_scores",
                    f"forward returned {out.item()} with scores {what}",
                    "use softplus/logsumexp/log_softmax (kdbench.losses.functional), never "
                    "a raw exp or log of a score; mask with where(), not 0·(-inf)",
                )
            for n, g in _grads(ctx, loss).items():
                if not torch.isfinite(g).all():
                    _fail(
                        "extreme_scores",
                        f"the gradient of {n} is not finite with scores {what}",
                        "use the stable primitives of kdbench.losses.functional; "
                        "clamp norms away from 0 (unit_rows)",
                    )


def _evaluator(cls: type[DistillLoss], params: dict[str, Any], env: _Env):
    """(a function of a batch giving the loss value, the first batch of epoch 0): one
    loss set up, every call starting from the same generator states."""
    ctx = env.context(cls, 0)
    loss = _setup(cls, params, ctx)
    loss.on_epoch_start(0)
    batch = _first_batches(env, ctx, 1)[0]
    gens = _generators(ctx, loss)
    states = _states(gens)

    def value(b: Batch) -> float:
        _restore(gens, states)
        ctx.student.begin_step()
        with torch.no_grad():
            return loss(b).double().item()

    return value, batch


def _rule_reduction(cls: type[DistillLoss], params: dict[str, Any], env: _Env) -> None:
    declared = cls.all_params()
    if "reduction" not in declared:
        return
    value, batch = _evaluator(cls, {**params, "reduction": "sum"}, env)
    s = value(batch)
    m = _evaluator(cls, {**params, "reduction": "mean"}, env)[0](batch)
    if s != 0 and not abs(m) < abs(s):
        _fail(
            "reduction",
            f"reduction: mean ({m:.6g}) is not smaller than reduction: sum ({s:.6g}) on a "
            f"batch of {len(batch.users)} rows",
            "reduce with reduce(values, self.reduction, weights) (kdbench.losses.functional)",
        )
    if "unit" not in declared:
        return
    unit = params.get("unit", declared["unit"].default)
    n = len(batch.users) if unit == "rows" else len(torch.unique(batch.users))
    index = torch.tensor([0, 1], device=env.device)
    again = torch.tensor([0, 0, 1], device=env.device)  # the first row twice

    def rows(at: torch.Tensor) -> Batch:
        def pick(x: torch.Tensor | None) -> torch.Tensor | None:
            return None if x is None else x[at]

        return Batch(pick(batch.users), pick(batch.pos), pick(batch.neg), batch.generator)

    once, twice = value(rows(index)), value(rows(again))
    same = abs(twice - once) <= 1e-6 * max(abs(once), 1e-12)
    if same != (unit == "unique_users"):
        _fail(
            "reduction",
            f"unit: {unit} is not honoured: repeating a batch row "
            f"{'left the value unchanged' if same else 'changed the value'} ({once:.6g} → "
            f"{twice:.6g}); under rows each row counts, under unique_users each user once",
            "weigh per-user terms with the row counts of (users, rows) = "
            "self.batch_users(batch) and reduce with reduce(values, self.reduction, rows)",
        )
    if unit == "unique_users" or n == 0:
        return
    # per-row losses (nothing but the unit's terms): sum = rows × mean, exactly
    if abs(s - n * m) > 1e-4 * max(abs(s), 1e-6) and abs(twice - once) > 0:
        pure = value(rows(index[:1]))
        if abs((twice - once) - pure) <= 1e-4 * max(abs(pure), 1e-6):
            _fail(
                "reduction",
                f"with unit: rows, sum ({s:.6g}) is not {n} × mean ({m:.6g}), the batch's rows",
                "reduce with reduce(values, self.reduction, rows) where (users, rows) = "
                "self.batch_users(batch)",
            )


def _probe(
    cls: type[DistillLoss], params: dict[str, Any], env: _Env, chosen: set[str], watch: bool
) -> list[tuple[float, dict[str, torch.Tensor]]]:
    """Set up, then two epoch starts of two steps each, as the trainer runs them: checks
    shapes on the first step and, with ``watch``, device and dense allocation throughout;
    returns each step's (value, gradients) for the determinism rule."""
    ctx = env.context(cls, 0)
    devices = _DeviceWatch(_loss_files(cls))
    dense = _DenseWatch(env.data.n_users * env.data.n_items)
    trace: list[tuple[float, dict[str, torch.Tensor]]] = []
    with ExitStack() as stack:
        if watch and "device" in chosen:
            stack.enter_context(devices)
        if watch and "dense_allocation" in chosen:
            stack.enter_context(dense)
        loss = _setup(cls, params, ctx)
        for epoch in (0, 1):
            loss.on_epoch_start(epoch)
            for batch in _first_batches(env, ctx, 2):
                out = _step(ctx, loss, batch)
                if not trace:
                    if "shapes" in chosen:
                        _check_shapes(ctx, loss, out)
                    first = out
                trace.append((float(out.detach().sum()), _grads(ctx, loss)))
    if watch and "device" in chosen:
        _check_device(ctx, loss, first, devices)
    if watch and dense.found:
        d = env.data
        _fail(
            "dense_allocation",
            f"a tensor of users × items size or more was allocated: {dense.found[0]}",
            "rank in user chunks (ctx.topk), score fixed lists "
            "(ctx.score_lists), test membership by sorting (functional.rowwise_isin) or "
            f"sample by rejection; the budget is < U×I = {d.n_users}×{d.n_items} elements "
            "per tensor",
            "\n".join(dense.found),
        )
    return trace


def _check_device(
    ctx: DistillContext, loss: DistillLoss, out: torch.Tensor, watch: _DeviceWatch
) -> None:
    if watch.found:
        _fail(
            "device",
            f"tensors created without a device: {watch.found[0]}",
            "pass device=ctx.device (or build from an input: zeros_like, new_zeros)",
            "\n".join(watch.found),
        )
    dev = ctx.device
    wrong = [
        f"{n} on {t.device}"
        for n, t in [*loss.named_parameters(), *loss.named_buffers()]
        if t.device.type != dev.type
    ]
    wrong += [
        f"generator {n} on {g.device}"
        for n, g in loss.generators().items()
        if g.device.type != dev.type
    ]
    for key, value in vars(loss).items():
        if isinstance(value, torch.Tensor) and value.device.type != dev.type:
            wrong.append(f"attribute {key} on {value.device}")
    if out.device.type != dev.type:
        wrong.append(f"forward's value on {out.device}")
    if wrong:
        _fail(
            "device",
            f"not on the context's device ({dev}): {', '.join(wrong[:5])}",
            "create tensors and generators with device=ctx.device",
        )


def _rule_probe(
    cls: type[DistillLoss], params: dict[str, Any], env: _Env, chosen: set[str]
) -> None:
    """shapes, device, dense_allocation and determinism, on two probes."""
    a = _probe(cls, params, env, chosen, watch=True)
    if "determinism" not in chosen:
        return
    b = _probe(cls, params, env, chosen, watch=False)
    for i, ((va, ga), (vb, gb)) in enumerate(zip(a, b, strict=True)):
        diff = [n for n in ga if n not in gb or not torch.equal(ga[n], gb[n])]
        if va != vb or diff:
            grads = f", gradients of {', '.join(diff[:3])}" if diff else ""
            _fail(
                "determinism",
                f"the same seed gave different results at step {i} (loss {va!r} vs {vb!r}{grads})",
                "draw every random number from ctx.generator or a torch.Generator "
                "attribute seeded from it, never from Python's random, NumPy or an "
                "unseeded generator",
            )


class _Stop(Exception):
    pass


def _run(cls, params, env, checkpoint=None, stop_at=None, teacher=None):
    """fit() as a real run: fresh seeded student and loss; ``stop_at``: killed as epoch
    ``stop_at`` starts (after the previous epoch's checkpoint was saved)."""
    ctx = env.context(cls, 1, teacher=teacher)
    loss = _setup(cls, params, ctx)
    if stop_at is not None:
        hook = loss.on_epoch_start

        def stop(epoch: int) -> None:
            if epoch == stop_at:
                raise _Stop
            hook(epoch)

        loss.on_epoch_start = stop  # an instance attribute: not part of the loss's state
    evaluator = Evaluator(env.data, ["ndcg@10"], env.device, chunk_bytes=env.chunk_bytes)
    try:
        result = fit(ctx.student, loss, evaluator, TRAIN, ctx.generator, None, checkpoint)
    except _Stop:
        return None, ctx, loss
    return result, ctx, loss


def _plain_state(loss: DistillLoss) -> dict[str, Any]:
    """The loss's Python attributes a checkpoint does not save (numbers, strings, plain
    tensors that are neither parameters nor buffers)."""
    saved = {id(t) for t in [*loss.parameters(), *loss.buffers()]}
    out = {}
    for key, value in vars(loss).items():
        if key.startswith("_") or key in ("hp", "ctx", "training"):
            continue
        if isinstance(value, bool | int | float | str) or (
            isinstance(value, torch.Tensor) and id(value) not in saved
        ):
            out[key] = value
    return out


def _differs(a: Any, b: Any) -> bool:
    if isinstance(a, torch.Tensor) and isinstance(b, torch.Tensor):
        return a.shape != b.shape or a.dtype != b.dtype or not torch.equal(a, b)
    return a != b


def _rule_teacher_and_resume(
    cls: type[DistillLoss], params: dict[str, Any], env: _Env, rules: set[str]
) -> None:
    teacher = copy.deepcopy(env.teacher)
    before = {k: v.clone() for k, v in teacher.state_dict().items()}
    flags = {n: p.requires_grad for n, p in teacher.named_parameters()}
    whole, ctx, loss = _run(cls, params, env, teacher=teacher)
    if "teacher_frozen" in rules and "teacher" in cls.requires:
        mine = {id(p) for p in [*teacher.parameters(), *ctx.student.parameters()]}
        if any(id(p) in mine for p in [*loss.parameters(), *loss.buffers()]):
            _fail(
                "teacher_frozen",
                "the loss holds the teacher or the student as a submodule "
                "(their weights are in its state_dict and optimiser)",
                "reach them through self.ctx (set by DistillLoss.setup), never "
                "self.teacher = ctx.teacher",
            )
        changed = [k for k, v in teacher.state_dict().items() if not torch.equal(v, before[k])]
        if changed:
            _fail(
                "teacher_frozen",
                f"training changed the teacher's {', '.join(changed)}",
                "never write to the teacher: compute on it under torch.no_grad() and copy "
                "(.clone()) before any in-place change",
            )
        flipped = [n for n, p in teacher.named_parameters() if p.requires_grad != flags[n]]
        if flipped or teacher.training:
            _fail(
                "teacher_frozen",
                "the loss put the teacher in train mode or turned on "
                f"requires_grad ({', '.join(flipped) or 'train mode'})",
                "leave ctx.teacher as setup receives it: frozen, in eval mode",
            )
    if "resume" not in rules:
        return
    with tempfile.TemporaryDirectory() as tmp:
        ckpt = Checkpoint(Path(tmp) / "run.pt", every_s=0)
        stopped, _, _ = _run(cls, params, env, ckpt, stop_at=1)
        if stopped is not None or not ckpt.path.is_file():
            raise AssertionError("[resume] internal: the run was not stopped after epoch 0")
        resumed, r_ctx, r_loss = _run(cls, params, env, ckpt)
    problems = []
    for part, a, b in (
        ("student", ctx.student.state_dict(), r_ctx.student.state_dict()),
        ("loss", loss.state_dict(), r_loss.state_dict()),
    ):
        problems += [f"{part} {k}" for k in a if k not in b or _differs(a[k], b[k])]
    drop = ("seconds",)
    curve = [{k: v for k, v in r.items() if k not in drop} for r in resumed.curve]
    if curve != whole.curve:
        problems.append("curve")
    attrs = _plain_state(loss)
    resumed_attrs = _plain_state(r_loss)
    lost = [k for k in attrs if k in resumed_attrs and _differs(attrs[k], resumed_attrs[k])]
    if problems or lost:
        hint = f"; plain attributes that differ: {', '.join(lost)}" if lost else ""
        _fail(
            "resume",
            f"a run resumed after epoch 0 differs from one never stopped "
            f"({', '.join(problems[:4]) or 'same weights'}{hint})",
            "keep state that carries across epochs in buffers (self.register_buffer) or "
            "parameters, or rebuild it in on_epoch_start from epoch and buffers; draw "
            "random numbers from ctx.generator or a torch.Generator attribute "
            "(checkpoints save exactly these)",
        )


# ---------------------------------------------------------------- the public API


def check_loss(
    loss: type[DistillLoss] | str,
    *,
    rules: tuple[str, ...] | list[str] | None = None,
    data: Interactions | None = None,
    device: str | torch.device | None = None,
    teacher: dict[str, Any] | None = None,
    student: dict[str, Any] | None = None,
    **params: Any,
) -> None:
    """Check that a KD loss keeps the DistillLoss contract; raise AssertionError if not.

    ``loss``: the class (or its registered name); ``params``: its parameters for the
    checks (small list sizes keep them fast; values must fit the data's item count);
    ``rules``: a subset of ``RULES`` (default: all); ``data``: an ``Interactions`` (default:
    MovieLens-100K); ``device``: where to run (default: the CPU); ``teacher``/``student``:
    backbone specs as in a suite (default ``{"model": "mf", "dim": 16}`` and ``dim: 8``).

    The first line of the AssertionError names the broken rule and how to fix it.
    """
    cls = _cls(loss)
    chosen = list(RULES) if rules is None else list(rules)
    unknown = [r for r in chosen if r not in RULES]
    if unknown:
        raise ValueError(f"unknown rule(s) {unknown}; choose from {', '.join(RULES)}")
    env = _env(data, device, teacher, student)
    kd = "teacher" in cls.requires
    if "params" in chosen:
        _rule_params(cls, params, env)
    probed = {"shapes", "device", "dense_allocation", "determinism"} & set(chosen)
    if probed and kd:
        _rule_probe(cls, params, env, probed)
    if "extreme_scores" in chosen and kd:
        _rule_extreme(cls, params, env)
    if "reduction" in chosen and kd:
        _rule_reduction(cls, params, env)
    if {"teacher_frozen", "resume"} & set(chosen):
        _rule_teacher_and_resume(cls, params, env, set(chosen))


def loss_contract(loss: type[DistillLoss] | str, **params: Any) -> Callable[[str], None]:
    """A function of one rule name for a parametrised pytest test, one test per rule::

    @pytest.mark.parametrize("rule", RULES)
    def test_contract(rule):
        loss_contract(MyKD, K=20)(rule)
    """
    return lambda rule: check_loss(loss, rules=[rule], **params)
