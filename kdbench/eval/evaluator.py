"""Full-ranking evaluation: every user against every item, train items masked."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from kdbench.data import Interactions
from kdbench.eval.metrics import compute, parse_metric
from kdbench.eval.ranking import DEFAULT_CHUNK_BYTES, DeviceCSR, user_chunks


@dataclass
class EvalResult:
    """Per-user metric arrays [U] per split, and the test top-K item ids [U, maxK]."""

    per_user: dict[str, dict[str, np.ndarray]]  # split -> metric -> [U]
    topk: np.ndarray | None = None

    def summary(self) -> dict[str, dict[str, float]]:
        """Mean over all users (users without targets count as 0, protocol §6)."""
        return {s: {m: float(v.mean()) for m, v in d.items()} for s, d in self.per_user.items()}


class Evaluator:
    """Scores users in chunks sized by a memory budget; one pass serves several splits."""

    def __init__(
        self,
        data: Interactions,
        metrics: list[str],
        device: torch.device | str,
        chunk_bytes: int = DEFAULT_CHUNK_BYTES,
    ) -> None:
        self.data, self.metrics, self.device = data, list(metrics), device
        self.max_k = max(parse_metric(m)[1] for m in self.metrics)
        self.chunk_bytes = chunk_bytes
        self.train = DeviceCSR(data.train, data.n_items, device)
        self._targets = {
            s: DeviceCSR(data.split(s), data.n_items, device) for s in ("valid", "test")
        }

    @torch.no_grad()
    def evaluate(
        self,
        model: torch.nn.Module,
        splits: tuple[str, ...] = ("valid",),
        keep_topk: str | None = None,
    ) -> EvalResult:
        """Evaluate ``model`` on ``splits``; ``keep_topk`` names the split whose top-K to keep."""
        was_training = model.training
        model.eval()
        d = self.data
        k = min(self.max_k, d.n_items)
        hits = {s: [] for s in splits}
        tops = []
        width = getattr(model, "score_dim", None)
        for users in user_chunks(d.n_users, d.n_items, self.device, self.chunk_bytes, width):
            scores = model.score(users)
            local, items = self.train.rows_of(users)
            scores[local, items] = -torch.inf
            top = torch.topk(scores, k, dim=1).indices
            tops_of = dict.fromkeys(splits, top)
            if d.mask_valid and "test" in splits:
                # the papers keep valid items in the test pool; this option takes them out
                local, items = self._targets["valid"].rows_of(users)
                scores[local, items] = -torch.inf
                tops_of["test"] = torch.topk(scores, k, dim=1).indices
            if keep_topk:
                tops.append(tops_of[keep_topk].to(torch.int32).cpu())
            for s in splits:
                # a hit is a (user, item) pair of the split, found by bisection: no [c, I] mask
                ranked = tops_of[s]
                is_hit = self._targets[s].contains(users[:, None].expand_as(ranked), ranked)
                hits[s].append(is_hit.cpu())
        model.train(was_training)
        per_user = {}
        for s in splits:
            h = torch.cat(hits[s])
            n_t = self._targets[s].lengths.cpu()
            per_user[s] = {m: compute(m, h, n_t).numpy() for m in self.metrics}
        return EvalResult(per_user, torch.cat(tops).numpy() if keep_topk else None)
