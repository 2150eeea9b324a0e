"""The Backbone contract shared by MF, LightGCN and HSTU."""

from __future__ import annotations

import copy
from collections.abc import Mapping
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
    (one row per train interaction, duplicates of a user kept). ``generator`` is the run's
    sampling RNG on the device, for backbones that sample inside ``base_loss`` (HSTU's
    negatives)."""

    users: torch.Tensor
    pos: torch.Tensor | None = None
    neg: torch.Tensor | None = None
    generator: torch.Generator | None = None


class Backbone(nn.Module):
    """A recommender scored by full ranking.

    Subclasses declare ``params`` and implement ``score``, ``score_items``, ``base_loss``
    and, where they have one, ``embeddings``. ``batch_unit`` says what a batch row is:
    ``"interactions"`` (a (u, i⁺, j) BPR row per train pair) or ``"users"`` (one row per
    user; the trainer passes ``Batch(users, generator=...)``).

    Expensive shared state (LightGCN propagation, HSTU user encodings) lives in ``_cache``:

    - in train mode it holds one training step's state, computed with autograd; the
      trainer calls ``begin_step()`` before every step, so the base loss and the KD loss
      of a step share one propagation;
    - in eval mode the model counts as frozen: the state is computed once without
      autograd and reused (a frozen teacher propagates once per run).

    The cache is cleared by ``begin_step()``, by ``train(mode)`` when the mode changes,
    and by ``load_state_dict``.
    """

    name: ClassVar[str]
    params: ClassVar[dict[str, Param]] = {}
    batch_unit: ClassVar[str] = "interactions"

    def __init__(self, data: Interactions, **params: Any) -> None:
        super().__init__()
        self.n_users, self.n_items = data.n_users, data.n_items
        self.hp = resolve_params(self.params, params, f"backbone {self.name}")
        self._cache: Any = None

    @property
    def score_dim(self) -> int | None:
        """The width d of the dot product that scores a user against an item (sizes the
        CPU ranking chunks); None when scoring is not one."""
        return self.hp.get("dim")

    def begin_step(self) -> None:
        """Forget cached state; called by the trainer before every optimiser step and
        before every evaluation."""
        self._cache = None

    def train(self, mode: bool = True) -> Backbone:
        if mode != self.training:
            self._cache = None
        return super().train(mode)

    def load_state_dict(self, state_dict: Mapping[str, Any], *args: Any, **kwargs: Any):
        self._cache = None
        return super().load_state_dict(state_dict, *args, **kwargs)

    def __deepcopy__(self, memo: dict) -> Backbone:
        """A deep copy without the cache (it may hold autograd graphs) and with sparse CSR
        buffers cloned (torch cannot deep-copy those)."""
        new = self.__class__.__new__(self.__class__)
        memo[id(self)] = new
        for key, value in self.__dict__.items():
            if key == "_cache":
                value = None
            elif key == "_buffers":
                value = {
                    k: b.clone()
                    if b is not None and b.layout == torch.sparse_csr
                    else copy.deepcopy(b, memo)
                    for k, b in value.items()
                }
            else:
                value = copy.deepcopy(value, memo)
            new.__dict__[key] = value
        return new

    def score(self, users: torch.Tensor) -> torch.Tensor:
        """[B] user ids → [B, n_items] scores over every item (by default the product of
        ``score_factors``)."""
        u, v = self.score_factors(users)
        return u @ v.T

    def score_factors(self, users: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(users' vectors [B, d], every item's vector [I, d]) whose product is
        ``score(users)``, with their gradient: a loss over full score rows can then
        work in row blocks that stay in cache, never holding [B, I] (HetComp). A
        backbone whose scores are not such a product overrides ``score`` instead."""
        raise NotImplementedError(
            f"backbone {self.name} has no score_factors (a backbone implements score, "
            "or score_factors and inherits score)"
        )

    def score_items(self, users: torch.Tensor, items: torch.Tensor) -> torch.Tensor:
        """users [B], items [B, N] → [B, N] scores."""
        raise NotImplementedError

    def score_users(self, items: torch.Tensor, users: torch.Tensor) -> torch.Tensor:
        """items [B], users [B, N] → [B, N] scores: lists of users per item (IR-RRD's
        item side). This default scores every pair through ``score_items``; a
        dot-product backbone overrides it with ``score_lists`` on its tables swapped,
        which computes the same products as B [N, d] × [d] blocks instead of B·N
        one-item lists (IR-RRD's step 1.6x cheaper, benchmarks/run_path_steps.txt)."""
        rows = items.repeat_interleave(users.shape[1])[:, None]
        return self.score_items(users.reshape(-1), rows).view(users.shape)

    def embeddings(self) -> tuple[torch.Tensor, torch.Tensor]:
        """(users [U, d], items [I, d]) whose inner products are the scores: the
        representation DE/HTD distill."""
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

    @classmethod
    def has_score_factors(cls) -> bool:
        return cls.score_factors is not Backbone.score_factors


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


class _ScoreLists(torch.autograd.Function):
    """``einsum("bd,bnd->bn", U[users], I[items])`` with the gradients autograd gives it,
    bit for bit, in a layout that scatters faster.

    Through autograd, the gradient of the [B, n, d] item rows comes out of the einsum's
    batched matmul transposed (strides (n·d, 1, n)), and ``index_put_`` accumulates a
    transposed source 2-3x slower than a contiguous one; KD losses score lists of
    50-300 items per user, so that scatter was the largest part of their training step
    (benchmarks/run_path_steps.txt). Here the item-row gradient is the outer product
    g[b, n]·u[b] written contiguously (one product per element: the value autograd
    computes), the user-row gradient is the batched matmul autograd's einsum backward
    runs, and both are accumulated in index order, as plain indexing's backward does; a
    test compares both gradients with autograd's bit for bit."""

    @staticmethod
    def forward(
        ctx: Any,
        users_t: torch.Tensor,
        items_t: torch.Tensor,
        users: torch.Tensor,
        idx: torch.Tensor,
    ) -> torch.Tensor:
        u = users_t.index_select(0, users)  # [B, d]
        i = items_t.index_select(0, idx.reshape(-1)).view(*idx.shape, items_t.shape[1])
        ctx.save_for_backward(users, idx, u, i)
        ctx.rows = users_t.shape[0], items_t.shape[0]
        return torch.einsum("bd,bnd->bn", u, i)

    @staticmethod
    def backward(ctx: Any, g: torch.Tensor) -> tuple[torch.Tensor | None, ...]:
        users, idx, u, i = ctx.saved_tensors
        n_users, n_items = ctx.rows
        grad_u = grad_i = None
        if ctx.needs_input_grad[0]:
            rows = torch.bmm(g[:, None, :], i).squeeze(1)  # [B, d]
            grad_u = u.new_zeros(n_users, u.shape[1]).index_put_((users,), rows, accumulate=True)
        if ctx.needs_input_grad[1]:
            rows = g[:, :, None] * u[:, None, :]  # [B, n, d], contiguous
            grad_i = i.new_zeros(n_items, i.shape[2]).index_put_((idx,), rows, accumulate=True)
        return grad_u, grad_i, None, None


def score_lists(
    users_table: torch.Tensor, items_table: torch.Tensor, users: torch.Tensor, items: torch.Tensor
) -> torch.Tensor:
    """[B] users, [B, n] items → [B, n] dot products of their rows in the [U, d] and
    [I, d] tables: ``einsum("bd,bnd->bn", users_table[users], items_table[items])``, the
    same values and gradients (``_ScoreLists``), for a dot-product backbone's
    ``score_items`` (and, with the tables swapped, ``score_users``)."""
    return _ScoreLists.apply(users_table, items_table, users, items)
