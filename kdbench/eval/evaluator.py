"""Full-ranking evaluation: every user against every item, train items masked."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch

from kdbench.data import Interactions
from kdbench.eval.metrics import DEFAULT_DEPTH, compute, max_cutoff
from kdbench.eval.ranking import DEFAULT_CHUNK_BYTES, DeviceCSR, topk_indices, user_chunks


@dataclass
class EvalResult:
    """Per-user metric arrays [U] per split; with a kept top-K, the test lists [U, D], and
    per split the hit matrix [U, D] bool (rank order) and target counts [U]: what any
    metric with K ≤ D is computed from (``kdbench.eval.metrics``)."""

    per_user: dict[str, dict[str, np.ndarray]]  # split -> metric -> [U]
    topk: np.ndarray | None = None
    hits: dict[str, np.ndarray] = field(default_factory=dict)  # split -> [U, D] bool
    n_targets: dict[str, np.ndarray] = field(default_factory=dict)  # split -> [U]

    @property
    def depth(self) -> int | None:
        """D, the length of the kept lists (None when none were kept)."""
        return None if self.topk is None else int(self.topk.shape[1])

    def summary(self) -> dict[str, dict[str, float]]:
        """Mean over all users (users without targets count as 0, protocol §6)."""
        return {s: {m: float(v.mean()) for m, v in d.items()} for s, d in self.per_user.items()}


class Evaluator:
    """Scores users in chunks sized by a memory budget; one pass serves several splits.

    During training it ranks only as deep as ``metrics`` need; the final evaluation
    (``keep_topk``) ranks ``depth`` deep: max(DEFAULT_DEPTH, largest K), so the record
    can serve metrics the suite did not ask for yet; at most the item count less the
    most items a user has masked (tiny data sets only).
    """

    def __init__(
        self,
        data: Interactions,
        metrics: list[str],
        device: torch.device | str,
        chunk_bytes: int = DEFAULT_CHUNK_BYTES,
        depth: int = DEFAULT_DEPTH,
    ) -> None:
        self.data, self.metrics, self.device = data, list(metrics), device
        self.max_k = max_cutoff(self.metrics)
        self.chunk_bytes = chunk_bytes
        self.train = DeviceCSR(data.train, data.n_items, device)
        self._targets = {
            s: DeviceCSR(data.split(s), data.n_items, device) for s in ("valid", "test")
        }
        # deeper than every user's candidate count, lists would end in masked items
        masked = self.train.lengths + (self._targets["valid"].lengths if data.mask_valid else 0)
        room = data.n_items - int(masked.max()) if len(masked) else data.n_items
        self.depth = min(max(depth, self.max_k), max(room, self.max_k), data.n_items)

    @torch.no_grad()
    def evaluate(
        self,
        model: torch.nn.Module,
        splits: tuple[str, ...] = ("valid",),
        keep_topk: str | None = None,
    ) -> EvalResult:
        """Evaluate ``model`` on ``splits``; ``keep_topk`` names the split whose top-D lists
        to keep (then every split's hit matrix is kept too)."""
        was_training = model.training
        model.eval()
        d = self.data
        k = self.depth if keep_topk else min(self.max_k, d.n_items)
        hits = {s: [] for s in splits}
        tops = []
        width = getattr(model, "score_dim", None)
        for users in user_chunks(d.n_users, d.n_items, self.device, self.chunk_bytes, width):
            scores = model.score(users)
            local, items = self.train.rows_of(users)
            scores[local, items] = -torch.inf
            top = topk_indices(scores, k)
            tops_of = dict.fromkeys(splits, top)
            if d.mask_valid and "test" in splits:
                # the papers keep valid items in the test pool; this option takes them out
                local, items = self._targets["valid"].rows_of(users)
                scores[local, items] = -torch.inf
                tops_of["test"] = topk_indices(scores, k)
            if keep_topk:
                tops.append(tops_of[keep_topk].to(torch.int32).cpu())
            for s in splits:
                # a hit is a (user, item) pair of the split, found by bisection: no [c, I] mask
                ranked = tops_of[s]
                is_hit = self._targets[s].contains(users[:, None].expand_as(ranked), ranked)
                hits[s].append(is_hit.cpu())
        model.train(was_training)
        result = EvalResult({}, torch.cat(tops).numpy() if keep_topk else None)
        for s in splits:
            h = torch.cat(hits[s]).numpy()
            n_t = self._targets[s].lengths.cpu().numpy()
            result.per_user[s] = {m: compute(m, h, n_t) for m in self.metrics}
            if keep_topk:
                result.hits[s], result.n_targets[s] = h, n_t
        return result
