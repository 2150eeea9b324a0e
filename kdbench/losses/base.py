"""The DistillLoss contract and the loss registry."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

import torch
from torch import nn

from kdbench.backbones.base import Backbone, Batch
from kdbench.data import Interactions
from kdbench.errors import IncompatibleError, RunError
from kdbench.eval.ranking import DEFAULT_CHUNK_BYTES, DeviceCSR, chunked_topk
from kdbench.losses.trajectory import TeacherTrajectory
from kdbench.params import Param, Space, resolve_params
from kdbench.registry import Registry

#: most bytes of gathered item vectors per chunk in ``score_lists``
#: (benchmarks/ranking_chunked.py: on the CPU, blocks of 8-32 MB ran up to 2x faster than 256 MB)
GATHER_BYTES = 8 * 2**20


def lambda_space(default: float) -> Space:
    """λ's default search space: log scale from 10⁻⁴ of the loss's default weight, where
    the KD term barely acts (so tuning can fall back to the plain student), to 10³ times
    it (the published configurations reach 100 times a paper's default: RRD on
    CiteULike-t)."""
    return Space.range(default * 1e-4, default * 1e3, log=True)


def temperature_space(default: float) -> Space:
    """A temperature's default search space: log scale, a decade either side."""
    return Space.range(default / 10, default * 10, log=True)


#: parameters every KD loss has
COMMON_PARAMS: dict[str, Param] = {
    "lambda": Param(
        1.0, "λ: weight of the KD term, L = L_base + λ·L_KD", min=0, space=lambda_space(1.0)
    ),
    "reduction": Param("sum", "how per-row KD terms are reduced", str, choices=("sum", "mean")),
}


def unit_param(default: str) -> Param:
    """The ``unit`` parameter of list-based losses: which batch rows are reduced."""
    return Param(
        default,
        "rows: one term per batch row (a user's train interactions each count, as in the "
        "original); unique_users: each batch user once",
        str,
        choices=("rows", "unique_users"),
    )


@dataclass
class DistillContext:
    """What ``setup`` receives: frozen teacher, student, data, device and an RNG
    (and, for losses that distil it, the teacher's training trajectory).

    ``teacher``: frozen (eval mode, no grad; None for the no-KD student); ``student``: the
    model being trained (score it with grad in ``forward``); ``data``: the
    ``Interactions`` (``n_users`` U, ``n_items`` I, CSR ``train``/``valid``/``test``);
    ``device``: where every tensor of the loss lives; ``generator``: the run's sampling
    RNG on that device (seeded by the run's seed, saved in checkpoints); ``chunk_bytes``:
    the memory budget of one block of a chunked U×I pass; ``trajectory``: read it with
    ``teacher_trajectory()``.
    """

    teacher: Backbone | None
    student: Backbone
    data: Interactions
    device: torch.device
    generator: torch.Generator
    chunk_bytes: int = DEFAULT_CHUNK_BYTES
    _train: DeviceCSR | None = field(default=None, repr=False)
    trajectory: TeacherTrajectory | None = field(default=None, repr=False)

    def teacher_trajectory(self) -> TeacherTrajectory:
        """The teacher's recorded training trajectory; a RunError when none was given."""
        if self.trajectory is None:
            raise RunError(
                "this loss distils the teacher's training trajectory, and none was given "
                "(DistillContext.trajectory)"
            )
        return self.trajectory

    @property
    def train(self) -> DeviceCSR:
        """The train split on the device (built once): ``keys`` [nnz] sorted int64
        ``user·I + item`` (membership by bisection: ``functional.keys_contain``),
        ``contains(users, items)`` → bool, ``rows_of(users)``, ``indptr``/``indices``."""
        if self._train is None:
            self._train = DeviceCSR(self.data.train, self.data.n_items, self.device)
        return self._train

    def topk(self, model: Backbone, k: int, mask_train: bool) -> torch.Tensor:
        """[U, k] each user's top-k items under ``model`` (best first, long), train items
        at −inf if ``mask_train``. Costs one scoring pass over U×I (U·I·d multiply-adds
        for a dot-product backbone), in user chunks of at most ``chunk_bytes``: never a
        dense U×I tensor. Call it in ``setup`` for the teacher (once) and in
        ``on_epoch_start`` for the student."""
        was = model.training
        model.eval()
        out = chunked_topk(
            model.score,
            self.data.n_users,
            self.data.n_items,
            k,
            self.train if mask_train else None,
            self.device,
            self.chunk_bytes,
            model.score_dim,
        )
        model.train(was)
        return out

    @torch.no_grad()
    def score_lists(self, model: Backbone, lists: torch.Tensor) -> torch.Tensor:
        """[U, N] item lists → [U, N] scores under ``model`` (no grad), in user chunks;
        cost U·N·d. For the teacher's scores on fixed lists (precompute, then index by
        batch user); score the student with grad through ``ctx.student.score_items``.

        A backbone's ``score_items`` may gather [rows, N, d] item vectors: chunks hold at
        most ``GATHER_BYTES`` of them (d from the backbone's ``dim``, else 256), since this
        memory-bound gather runs faster on blocks that stay in cache.
        """
        was = model.training
        model.eval()
        n_users, n = lists.shape
        dim = int(getattr(model, "hp", {}).get("dim", 256))
        budget = min(self.chunk_bytes, GATHER_BYTES)
        rows = max(1, min(n_users, budget // (4 * max(n, 1) * dim)))
        out = torch.empty(lists.shape, device=self.device)
        for start in range(0, n_users, rows):
            users = torch.arange(start, min(start + rows, n_users), device=self.device)
            out[users] = model.score_items(users, lists[users]).float()
        model.train(was)
        return out


class DistillLoss(nn.Module):
    """A KD loss. Subclasses declare ``params`` (their paper's symbols), then:

    - ``setup(ctx)`` once: precompute what depends on the frozen teacher alone;
    - ``on_epoch_start(epoch)``: per-epoch sampling (lists looked up by user id in batches);
    - ``forward(batch) -> Tensor``: the reduced, *unweighted* KD term (the trainer
      multiplies by λ).

    ``requires`` names what the backbones must provide (``"teacher"``, ``"embeddings"``;
    ``"trajectory"``: the teacher's recorded training trajectory, ``ctx.teacher_trajectory()``);
    ``variants`` names the parameters that switch between documented variants of the
    method (the original's behaviour and its fixes), listed by ``kdbench list losses``.

    State carried from one epoch to the next (anything not rebuilt by ``setup`` or
    ``on_epoch_start``) must live in parameters or buffers, and random draws must come
    from ``ctx.generator`` or a ``torch.Generator`` attribute: mid-run checkpoints save
    exactly these (``kdbench.train.checkpoint``).
    """

    name: ClassVar[str]
    paper: ClassVar[str] = ""
    params: ClassVar[dict[str, Param]] = {}
    requires: ClassVar[frozenset[str]] = frozenset({"teacher"})
    variants: ClassVar[tuple[str, ...]] = ()

    def __init__(self, **params: Any) -> None:
        super().__init__()
        self.hp = resolve_params(self.all_params(), params, f"losses.{self.name}")
        self.check_params(self.hp, f"losses.{self.name}")
        self.lam = float(self.hp["lambda"]) if "lambda" in self.hp else 0.0
        self.reduction = self.hp.get("reduction", "sum")
        for key, value in self.hp.items():
            if key.isidentifier() and key not in ("lambda", "reduction"):
                setattr(self, key, value)

    @classmethod
    def all_params(cls) -> dict[str, Param]:
        """Declared parameters plus ``lambda`` and ``reduction`` (for KD losses)."""
        if "teacher" not in cls.requires:
            return dict(cls.params)
        common = dict(COMMON_PARAMS)
        for key in ("lambda", "reduction"):
            if key in cls.params:
                common[key] = cls.params[key]  # a loss states its original's default
        return {**cls.params, **common}

    @classmethod
    def check_params(cls, hp: dict[str, Any], where: str) -> None:
        """Constraints between resolved parameters (e.g. K ≤ N), checked when the loss is
        built, so ``kdbench validate`` reports them before any compute: raise
        ``ConfigError(f"{where}: ...")`` (one line; the CLI exits 2)."""

    @classmethod
    def check_compatible(
        cls, teacher: type[Backbone] | None, student: type[Backbone], where: str = ""
    ) -> None:
        """Raise IncompatibleError if the backbones cannot give what this loss needs."""
        prefix = f"{where}: " if where else ""
        if "teacher" in cls.requires and teacher is None:
            raise IncompatibleError(f"{prefix}loss {cls.name!r} needs a teacher")
        if "embeddings" in cls.requires:
            for role, bb in (("teacher", teacher), ("student", student)):
                if bb is not None and not bb.has_embeddings():
                    raise IncompatibleError(
                        f"{prefix}loss {cls.name!r} distils embeddings, but the {role} "
                        f"backbone {bb.name!r} has none"
                    )

    def setup(self, ctx: DistillContext) -> None:
        """Called once per run, after the student is built and before the first epoch
        (a resumed run builds a fresh loss, calls ``setup``, then loads the parameters
        and buffers the checkpoint saved). Keeps ``ctx`` as ``self.ctx``: call
        ``super().setup(ctx)`` first. Precompute here what depends on the frozen teacher
        alone (its top-K lists, its scores on them, its embeddings)."""
        self.ctx = ctx

    def batch_users(self, batch: Batch) -> tuple[torch.Tensor, torch.Tensor]:
        """Unique batch users [U_b] and how many rows each stands for [U_b] (float).

        A per-user term (lists looked up by user id) is the same on every row of that
        user, so it is computed once per unique user and weighted by its row count under
        ``unit: rows`` (weight 1 under ``unit: unique_users``); ``reduce(values,
        self.reduction, weights)`` then equals the reduction over the expanded rows.
        """
        users, counts = torch.unique(batch.users, return_counts=True)
        if getattr(self, "unit", "rows") == "unique_users":
            return users, torch.ones_like(users, dtype=torch.float32)
        return users, counts.float()

    def on_epoch_start(self, epoch: int) -> None:
        """Called before each epoch's first batch (``epoch`` 0-based; after a resume, from
        the first epoch not yet trained), the student in train mode: per-epoch lists and
        sampling from ``ctx.generator``, looked up by user id in ``forward``. Default:
        nothing."""

    def generators(self) -> dict[str, torch.Generator]:
        """The loss's own ``torch.Generator`` attributes, by dotted name."""
        return {
            f"{prefix}.{key}" if prefix else key: value
            for prefix, module in self.named_modules()
            for key, value in vars(module).items()
            if isinstance(value, torch.Generator)
        }

    def forward(self, batch: Batch) -> torch.Tensor:
        """Called once per optimiser step when λ ≠ 0, after the student's
        ``begin_step()`` and base loss on the same ``batch``: the unweighted KD term, a
        0-dim tensor with grad to the student (and to the loss's own modules), reduced by
        ``self.reduction``; the trainer adds ``λ·value`` to the base loss."""
        raise NotImplementedError


LOSSES: Registry[type[DistillLoss]] = Registry("loss", group="kdbench.losses")


def register_loss(name: str):
    """Class decorator: ``@register_loss("rcekd")``."""

    def deco(cls: type[DistillLoss]) -> type[DistillLoss]:
        cls.name = name
        return LOSSES.register(name)(cls)

    return deco
