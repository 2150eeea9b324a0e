"""Per-user ranking metrics from hit matrices. Binary gains, protocol §6."""

from __future__ import annotations

import re

import torch

from kdbench.errors import ConfigError

_METRIC = re.compile(r"^(recall|ndcg)@(\d+)$")


def parse_metric(name: str) -> tuple[str, int]:
    """'ndcg@20' → ('ndcg', 20)."""
    m = _METRIC.match(name.strip().lower())
    if not m:
        raise ConfigError(f"unknown metric {name!r}; use recall@K or ndcg@K (e.g. ndcg@20)")
    return m.group(1), int(m.group(2))


def recall_at_k(hits: torch.Tensor, n_targets: torch.Tensor, k: int) -> torch.Tensor:
    """hits [U, ≥k] bool in rank order, n_targets [U] → [U]; |top-k ∩ T| / |T|, 0 if T = ∅."""
    found = hits[:, :k].sum(1).to(torch.float64)
    return torch.where(n_targets > 0, found / n_targets.clamp_min(1), torch.zeros_like(found))


def ndcg_at_k(hits: torch.Tensor, n_targets: torch.Tensor, k: int) -> torch.Tensor:
    """DCG / IDCG with gains 1/log2(p+1); IDCG over min(|T|, k) positions; 0 if T = ∅."""
    disc = 1.0 / torch.log2(torch.arange(2, k + 2, dtype=torch.float64, device=hits.device))
    dcg = (hits[:, :k].to(torch.float64) * disc).sum(1)
    ideal = torch.cumsum(disc, 0)
    idcg = ideal[(n_targets.clamp(1, k) - 1).long()]
    return torch.where(n_targets > 0, dcg / idcg, torch.zeros_like(dcg))


def compute(name: str, hits: torch.Tensor, n_targets: torch.Tensor) -> torch.Tensor:
    kind, k = parse_metric(name)
    return (recall_at_k if kind == "recall" else ndcg_at_k)(hits, n_targets, k)
