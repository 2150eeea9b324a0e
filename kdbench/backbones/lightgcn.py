"""LightGCN (He et al., SIGIR'20) trained with BPR, as in the RCE-KD reference code.

E⁽⁰⁾ = [E_u; E_i] ~ N(0, init_std); E⁽ˡ⁺¹⁾ = Â E⁽ˡ⁾ with Â the symmetric-normalised
bipartite adjacency of the train split (sparse); output Ẽ = (1/(L+1)) Σ_{l=0..L} E⁽ˡ⁾;
s(u, i) = ⟨ẽ_u, ẽ_i⟩. No edge dropout (the reference configs set ``dropout: False``).
"""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

from kdbench.backbones.base import Backbone, Batch, bpr_loss, register_backbone, score_lists
from kdbench.backbones.graph import LayerMean, layer_mean, normalized_adjacency
from kdbench.data import Interactions
from kdbench.params import Param


@register_backbone("lightgcn")
class LightGCN(Backbone):
    """Propagation runs once per training step (cached until ``begin_step``) and once per
    run for a frozen model in eval mode; ``embeddings()`` are the propagated Ẽ_u, Ẽ_i."""

    params = {
        "dim": Param(64, "embedding size d", int, min=1),
        "layers": Param(3, "L: propagation layers (output = mean of layers 0..L)", int, min=0),
        "init_std": Param(
            0.1, "std of the N(0, std) initialisation of E⁽⁰⁾ (reference: 0.1)", min=0
        ),
    }

    def __init__(self, data: Interactions, **params: Any) -> None:
        super().__init__(data, **params)
        d, std = self.hp["dim"], self.hp["init_std"]
        #: E⁽⁰⁾ [(U+I), d]: users first, then items (one table, so no concat per step)
        self.emb = nn.Parameter(torch.randn(self.n_users + self.n_items, d) * std)
        self.register_buffer(
            "adj", normalized_adjacency(data.train, self.n_users, self.n_items), persistent=False
        )
        self._workspace: dict[str, torch.Tensor] = {}

    def _propagate(self) -> torch.Tensor:
        """Ẽ = [Ẽ_u; Ẽ_i] [(U+I), d] computed now: L sparse products."""
        layers = self.hp["layers"]
        if torch.is_grad_enabled() and self.emb.requires_grad:
            return LayerMean.apply(self.emb, self.adj, layers, self._workspace)
        return layer_mean(self.adj, self.emb.detach(), layers)

    def propagate(self) -> torch.Tensor:
        """The cached Ẽ [(U+I), d]: computed once per training step, once per eval period."""
        stale = (  # computed under no_grad earlier in this step, now needed with autograd
            self._cache is not None
            and self.training
            and torch.is_grad_enabled()
            and self.emb.requires_grad
            and not self._cache.requires_grad
        )
        if self._cache is None or stale:
            if self.training:
                self._cache = self._propagate()
            else:
                self._workspace.clear()  # a frozen model needs no scratch buffers
                with torch.no_grad():
                    self._cache = self._propagate()
        return self._cache

    def embeddings(self) -> tuple[torch.Tensor, torch.Tensor]:
        out = self.propagate()
        return out[: self.n_users], out[self.n_users :]

    def score_factors(self, users: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        out = self.propagate()
        return out[users], out[self.n_users :]

    def score_items(self, users: torch.Tensor, items: torch.Tensor) -> torch.Tensor:
        out = self.propagate()
        return score_lists(out[: self.n_users], out[self.n_users :], users, items)

    def score_users(self, items: torch.Tensor, users: torch.Tensor) -> torch.Tensor:
        out = self.propagate()
        return score_lists(out[self.n_users :], out[: self.n_users], items, users)

    def base_loss(self, batch: Batch) -> torch.Tensor:
        out = self.propagate()
        # one gather from Ẽ, so the backward scatters into one [(U+I), d] gradient
        rows = torch.cat([batch.users, batch.pos + self.n_users, batch.neg + self.n_users])
        eu, ep, en = out[rows].chunk(3)
        return bpr_loss((eu * ep).sum(-1), (eu * en).sum(-1))
