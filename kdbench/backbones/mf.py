"""MF trained with BPR (Rendle et al., UAI'09): s(u, i) = <e_u, e_i>."""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

from kdbench.backbones.base import Backbone, Batch, bpr_loss, register_backbone, score_lists
from kdbench.data import Interactions
from kdbench.params import Param


class _GatherRows(torch.autograd.Function):
    """``table[idx]`` with the same value and gradient, gathered by ``index_select``.

    Plain indexing copies element by element (TensorIterator); ``index_select`` copies
    whole rows, about 2x less CPU for [B, N, d] blocks (benchmarks/run_path_steps.txt).
    Used for the BPR rows; KD lists go through ``score_lists``, which gathers the same
    way. The backward is the one plain indexing has
    (``index_put_`` with accumulate, serial under deterministic algorithms), so gradients
    are summed in the same order and stay bit-identical."""

    @staticmethod
    def forward(ctx: Any, table: torch.Tensor, idx: torch.Tensor) -> torch.Tensor:
        ctx.save_for_backward(idx)
        ctx.rows = table.shape[0]
        flat = idx.reshape(-1)
        return table.index_select(0, flat).view(*idx.shape, table.shape[1])

    @staticmethod
    def backward(ctx: Any, grad: torch.Tensor) -> tuple[torch.Tensor, None]:
        (idx,) = ctx.saved_tensors
        out = grad.new_zeros(ctx.rows, grad.shape[-1])
        return out.index_put_((idx,), grad, accumulate=True), None


def gather_rows(table: torch.Tensor, idx: torch.Tensor) -> torch.Tensor:
    """[R, d] table, any-shape idx → [*idx.shape, d]: ``table[idx]``, faster on the CPU."""
    return _GatherRows.apply(table, idx)


@register_backbone("mf")
class MF(Backbone):
    params = {
        "dim": Param(64, "embedding size d", int, min=1),
        "init_std": Param(0.01, "std of the N(0, std) initialisation (reference: 0.01)", min=0),
    }

    def __init__(self, data: Interactions, **params: Any) -> None:
        super().__init__(data, **params)
        d, std = self.hp["dim"], self.hp["init_std"]
        self.user_emb = nn.Parameter(torch.randn(self.n_users, d) * std)
        self.item_emb = nn.Parameter(torch.randn(self.n_items, d) * std)

    def embeddings(self) -> tuple[torch.Tensor, torch.Tensor]:
        return self.user_emb, self.item_emb

    def score_factors(self, users: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        return self.user_emb[users], self.item_emb

    def score_items(self, users: torch.Tensor, items: torch.Tensor) -> torch.Tensor:
        return score_lists(self.user_emb, self.item_emb, users, items)

    def score_users(self, items: torch.Tensor, users: torch.Tensor) -> torch.Tensor:
        return score_lists(self.item_emb, self.user_emb, items, users)

    def base_loss(self, batch: Batch) -> torch.Tensor:
        u = gather_rows(self.user_emb, batch.users)
        pos, neg = gather_rows(self.item_emb, batch.pos), gather_rows(self.item_emb, batch.neg)
        return bpr_loss((u * pos).sum(-1), (u * neg).sum(-1))
