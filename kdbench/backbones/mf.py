"""MF trained with BPR (Rendle et al., UAI'09): s(u, i) = <e_u, e_i>."""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

from kdbench.backbones.base import Backbone, Batch, bpr_loss, register_backbone
from kdbench.data import Interactions
from kdbench.params import Param


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

    def score(self, users: torch.Tensor) -> torch.Tensor:
        return self.user_emb[users] @ self.item_emb.T

    def score_items(self, users: torch.Tensor, items: torch.Tensor) -> torch.Tensor:
        return torch.einsum("bd,bnd->bn", self.user_emb[users], self.item_emb[items])

    def base_loss(self, batch: Batch) -> torch.Tensor:
        u = self.user_emb[batch.users]
        return bpr_loss(
            (u * self.item_emb[batch.pos]).sum(-1), (u * self.item_emb[batch.neg]).sum(-1)
        )
