"""The DistillLoss contract and the loss registry."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

import torch
from torch import nn

from kdbench.backbones.base import Backbone, Batch
from kdbench.data import Interactions
from kdbench.errors import IncompatibleError
from kdbench.eval.ranking import DEFAULT_CHUNK_BYTES, DeviceCSR, chunked_topk
from kdbench.params import Param, resolve_params
from kdbench.registry import Registry

#: parameters every KD loss has
COMMON_PARAMS: dict[str, Param] = {
    "lambda": Param(1.0, "λ: weight of the KD term, L = L_base + λ·L_KD", min=0),
    "reduction": Param("sum", "how per-row KD terms are reduced", str, choices=("sum", "mean")),
}


@dataclass
class DistillContext:
    """What ``setup`` receives: frozen teacher, student, data, device and an RNG."""

    teacher: Backbone | None
    student: Backbone
    data: Interactions
    device: torch.device
    generator: torch.Generator
    chunk_bytes: int = DEFAULT_CHUNK_BYTES
    _train: DeviceCSR | None = field(default=None, repr=False)

    @property
    def train(self) -> DeviceCSR:
        """The train split on the device (masks, membership tests)."""
        if self._train is None:
            self._train = DeviceCSR(self.data.train, self.data.n_items, self.device)
        return self._train

    def topk(self, model: Backbone, k: int, mask_train: bool) -> torch.Tensor:
        """[U, k] each user's top-k items under ``model``, chunked, train masked if asked."""
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
        )
        model.train(was)
        return out

    @torch.no_grad()
    def score_lists(self, model: Backbone, lists: torch.Tensor, rows: int = 4096) -> torch.Tensor:
        """[U, N] item lists → [U, N] scores under a frozen ``model``, in user chunks."""
        out = torch.empty(lists.shape, device=self.device)
        for start in range(0, lists.shape[0], rows):
            users = torch.arange(start, min(start + rows, lists.shape[0]), device=self.device)
            out[users] = model.score_items(users, lists[users]).float()
        return out


class DistillLoss(nn.Module):
    """A KD loss. Subclasses declare ``params`` (their paper's symbols), then:

    - ``setup(ctx)`` once: precompute what depends on the frozen teacher alone;
    - ``on_epoch_start(epoch)``: per-epoch sampling (lists looked up by user id in batches);
    - ``forward(batch) -> Tensor``: the reduced, *unweighted* KD term (the trainer
      multiplies by λ).

    ``requires`` names what the backbones must provide (``"teacher"``, ``"embeddings"``).
    """

    name: ClassVar[str]
    paper: ClassVar[str] = ""
    params: ClassVar[dict[str, Param]] = {}
    requires: ClassVar[frozenset[str]] = frozenset({"teacher"})

    def __init__(self, **params: Any) -> None:
        super().__init__()
        self.hp = resolve_params(self.all_params(), params, f"losses.{self.name}")
        self.lam = float(self.hp["lambda"]) if "lambda" in self.hp else 0.0
        self.reduction = self.hp.get("reduction", "sum")
        for key, value in self.hp.items():
            if key.isidentifier() and key not in ("lambda", "reduction"):
                setattr(self, key, value)

    @classmethod
    def all_params(cls) -> dict[str, Param]:
        """Declared parameters plus λ and reduction (for KD losses)."""
        if "teacher" not in cls.requires:
            return dict(cls.params)
        common = dict(COMMON_PARAMS)
        for key in ("lambda", "reduction"):
            if key in cls.params:
                common[key] = cls.params[key]  # a loss states its original's default
        return {**cls.params, **common}

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
        self.ctx = ctx

    def on_epoch_start(self, epoch: int) -> None:
        """Per-epoch sampling; default: nothing."""

    def forward(self, batch: Batch) -> torch.Tensor:
        raise NotImplementedError


LOSSES: Registry[type[DistillLoss]] = Registry("loss", group="kdbench.losses")


def register_loss(name: str):
    """Class decorator: ``@register_loss("rcekd")``."""

    def deco(cls: type[DistillLoss]) -> type[DistillLoss]:
        cls.name = name
        return LOSSES.register(name)(cls)

    return deco
