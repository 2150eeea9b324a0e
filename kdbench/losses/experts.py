"""Distillation experts with a Gumbel-softmax selection net (DE, CIKM'20; HTD's group
assignment, KDD'21), stored as stacked tensors so all experts run as two GEMMs."""

from __future__ import annotations

import math

import torch
from torch import nn

from kdbench.losses.functional import expert_mixture, gumbel_softmax, sample_gumbel


def expert_hidden(d_s: int, d_t: int) -> int:
    """h, the experts' hidden size: (d_t + d_s) // 2, or d_s // 2 when d_s = d_t (the DE
    original's self-distillation rule)."""
    return max(1, d_s // 2 if d_s == d_t else (d_t + d_s) // 2)


class Experts(nn.Module):
    """M experts E_m: d_s → h → d_t (Linear, ReLU, Linear) and a selection net
    v = softmax(Linear(d_t → M)) fed the *teacher* embedding.

    Parameters: ``w1`` [M, d_s, h], ``b1`` [M, h], ``w2`` [M, h, d_t], ``b2`` [M, d_t]
    (initialised as ``nn.Linear`` would: U(±1/√fan_in), weights and biases), ``gate``.
    """

    def __init__(self, m: int, d_s: int, d_t: int, hidden: int | None = None, device=None) -> None:
        super().__init__()
        h = hidden or expert_hidden(d_s, d_t)
        self.w1 = nn.Parameter(torch.empty(m, d_s, h, device=device))
        self.b1 = nn.Parameter(torch.empty(m, h, device=device))
        self.w2 = nn.Parameter(torch.empty(m, h, d_t, device=device))
        self.b2 = nn.Parameter(torch.empty(m, d_t, device=device))
        self.gate = nn.Linear(d_t, m, device=device)
        self.reset_parameters()

    @torch.no_grad()
    def reset_parameters(self) -> None:
        _, d_s, h = self.w1.shape
        for p, fan_in in ((self.w1, d_s), (self.b1, d_s), (self.w2, h), (self.b2, h)):
            bound = 1.0 / math.sqrt(fan_in)
            p.uniform_(-bound, bound)

    def log_alpha(self, t: torch.Tensor) -> torch.Tensor:
        """log v(t): [n, d_t] → [n, M] log-probabilities of choosing each expert."""
        return torch.log_softmax(self.gate(t), dim=-1)

    def select(
        self, t: torch.Tensor, tau: float, generator: torch.Generator | None = None
    ) -> torch.Tensor:
        """z = Gumbel-softmax(log v(t), τ): [n, d_t] → [n, M]."""
        log_alpha = self.log_alpha(t)
        noise = sample_gumbel(tuple(log_alpha.shape), generator, log_alpha.device)
        return gumbel_softmax(log_alpha, noise, tau)

    def forward(
        self,
        s: torch.Tensor,
        t: torch.Tensor,
        tau: float,
        generator: torch.Generator | None = None,
    ) -> torch.Tensor:
        """ŝ = Σ_m z_m·E_m(s) with z drawn from the gate on t: s [n, d_s], t [n, d_t] → [n, d_t]."""
        return expert_mixture(s, self.select(t, tau, generator), self.w1, self.b1, self.w2, self.b2)

    @torch.no_grad()
    def assign(self, t: torch.Tensor) -> torch.Tensor:
        """HTD's hard group assignment argmax_m v(t)_m (no gradient): [n, d_t] → [n]."""
        return self.gate(t).argmax(dim=-1)
