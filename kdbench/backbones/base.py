"""The Backbone contract shared by MF, LightGCN and HSTU."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import torch
from torch import nn

from kdbench.data import Interactions
from kdbench.params import Param, resolve_params
from kdbench.registry import Registry


@dataclass
class Batch:
    """One training batch. ``users`` [B] always; ``pos``/``neg`` [B] for pairwise backbones
    (one row per train interaction, duplicates of a user kept)."""

    users: torch.Tensor
    pos: torch.Tensor | None = None
    neg: torch.Tensor | None = None


class Backbone(nn.Module):
    """A recommender scored by full ranking.

    Subclasses declare ``params`` and implement ``score``, ``score_items``, ``base_loss``
    and, where they have one, ``embeddings``. Expensive shared state (LightGCN
    propagation) is computed once per training step: the trainer calls ``begin_step()``
    before each step and every score/embedding call in that step reuses the cache.
    """

    name: ClassVar[str]
    params: ClassVar[dict[str, Param]] = {}
    batch_unit: ClassVar[str] = "interactions"  # or "users" (one row per user)

    def __init__(self, data: Interactions, **params: Any) -> None:
        super().__init__()
        self.n_users, self.n_items = data.n_users, data.n_items
        self.hp = resolve_params(self.params, params, f"backbone {self.name}")
        self._cache: Any = None

    def begin_step(self) -> None:
        """Forget per-step caches; called by the trainer before every optimiser step."""
        self._cache = None

    def train(self, mode: bool = True) -> Backbone:
        self._cache = None
        return super().train(mode)

    def score(self, users: torch.Tensor) -> torch.Tensor:
        """[B] user ids → [B, n_items] scores over every item."""
        raise NotImplementedError

    def score_items(self, users: torch.Tensor, items: torch.Tensor) -> torch.Tensor:
        """users [B], items [B, N] → [B, N] scores."""
        raise NotImplementedError

    def embeddings(self) -> tuple[torch.Tensor, torch.Tensor]:
        """(users [U, d], items [I, d]): the representation DE/HTD distill."""
        raise NotImplementedError(f"backbone {self.name} has no user/item embeddings")

    @property
    def dim(self) -> int:
        return int(self.hp["dim"])

    def base_loss(self, batch: Batch) -> torch.Tensor:
        """The backbone's own training loss on ``batch`` (a scalar)."""
        raise NotImplementedError

    @classmethod
    def has_embeddings(cls) -> bool:
        return cls.embeddings is not Backbone.embeddings


BACKBONES: Registry[type[Backbone]] = Registry("backbone", group="kdbench.backbones")


def register_backbone(name: str):
    """Class decorator: ``@register_backbone("mf")``."""

    def deco(cls: type[Backbone]) -> type[Backbone]:
        cls.name = name
        return BACKBONES.register(name)(cls)

    return deco


def bpr_loss(pos_scores: torch.Tensor, neg_scores: torch.Tensor) -> torch.Tensor:
    """Σ_rows softplus(-(s_ui - s_uj)): BPR summed over rows, as the reference code."""
    return nn.functional.softplus(neg_scores - pos_scores).sum()
