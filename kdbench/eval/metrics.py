"""Per-user ranking metrics as views of a hit matrix (protocol §6, binary gains).

A run stores, for each user, which of its top-D items are targets (``hits`` [U, D] bool,
rank order) and how many targets the user has (``n_targets`` [U]). Every metric with a
cutoff K ≤ D follows from these two arrays alone, so the training loop and the reports
share this one numpy implementation (no torch: the report layer imports it).

Every metric is 0 for a user without targets, and such users stay in the mean (§6).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from kdbench.errors import ConfigError

#: the depth of the stored ranked lists when the metrics ask for less: any metric with
#: K ≤ 100 can be added to a finished suite without training again
DEFAULT_DEPTH = 100

KINDS = ("recall", "ndcg", "hit", "precision", "mrr", "map")
_METRIC = re.compile(rf"^({'|'.join(KINDS)})@(\d+)$")


def parse_metric(name: str) -> tuple[str, int]:
    """'ndcg@20' → ('ndcg', 20)."""
    m = _METRIC.match(name.strip().lower())
    if not m or int(m.group(2)) < 1:
        raise ConfigError(
            f"unknown metric {name!r}; use KIND@K with K ≥ 1 and KIND one of "
            f"{', '.join(KINDS)} (e.g. ndcg@20)"
        )
    return m.group(1), int(m.group(2))


def is_view(name: str) -> bool:
    """True for a ranking metric computed from hit lists (KIND@K, KIND in ``KINDS``)."""
    m = _METRIC.match(name.strip().lower())
    return bool(m) and int(m.group(2)) >= 1


def max_cutoff(metrics: list[str] | tuple[str, ...]) -> int:
    """The largest K of ``metrics`` (0 for none)."""
    return max((parse_metric(m)[1] for m in metrics), default=0)


def _prefix(hits: np.ndarray, k: int) -> np.ndarray:
    """float64 [U, min(k, D)]: the first k columns (fewer when the lists are shorter,
    as when a dataset has fewer than k items)."""
    return np.asarray(hits[:, :k], dtype=np.float64)


def _safe_div(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """num / den, 0 where den is 0 (a user without targets)."""
    den = np.asarray(den, dtype=np.float64)
    return np.divide(num, den, out=np.zeros_like(num, dtype=np.float64), where=den > 0)


def recall(hits: np.ndarray, n_targets: np.ndarray, k: int) -> np.ndarray:
    """|top-k ∩ T| / |T| (no min(·, k) in the denominator, protocol §6)."""
    return _safe_div(_prefix(hits, k).sum(1), n_targets)


def ndcg(hits: np.ndarray, n_targets: np.ndarray, k: int) -> np.ndarray:
    """DCG / IDCG, gains 1/log2(p+1); IDCG over min(|T|, k) positions."""
    h = _prefix(hits, k)
    disc = 1.0 / np.log2(np.arange(2, k + 2, dtype=np.float64))
    dcg = h @ disc[: h.shape[1]]
    ideal = np.concatenate([[0.0], np.cumsum(disc)])[np.clip(n_targets, 0, k)]
    return _safe_div(dcg, ideal)


def hit(hits: np.ndarray, n_targets: np.ndarray, k: int) -> np.ndarray:
    """Hit rate: 1 when any of the top-k is a target."""
    return _prefix(hits, k).any(1).astype(np.float64)


def precision(hits: np.ndarray, n_targets: np.ndarray, k: int) -> np.ndarray:
    """|top-k ∩ T| / k (k itself, even for users with fewer than k targets)."""
    return _prefix(hits, k).sum(1) / k


def mrr(hits: np.ndarray, n_targets: np.ndarray, k: int) -> np.ndarray:
    """1 / rank of the first target within the top-k; 0 when none is there."""
    h = _prefix(hits, k) > 0
    first = h.argmax(1) + 1.0
    return np.where(h.any(1), 1.0 / first, 0.0)


def average_precision(hits: np.ndarray, n_targets: np.ndarray, k: int) -> np.ndarray:
    """AP@k = Σ_{p ≤ k} precision@p · 1[r_p ∈ T] / min(|T|, k): the usual normalisation
    (as trec_eval and RecBole at a cutoff), so a perfect list scores 1."""
    h = _prefix(hits, k)
    ranks = np.arange(1, h.shape[1] + 1, dtype=np.float64)
    precision_at = np.cumsum(h, 1) / ranks
    return _safe_div((precision_at * h).sum(1), np.minimum(n_targets, k))


METRICS: dict[str, Callable[[np.ndarray, np.ndarray, int], np.ndarray]] = {
    "recall": recall,
    "ndcg": ndcg,
    "hit": hit,
    "precision": precision,
    "mrr": mrr,
    "map": average_precision,
}


def compute(name: str, hits: np.ndarray, n_targets: np.ndarray) -> np.ndarray:
    """float64 [U]: metric ``name`` (e.g. 'mrr@10') of each user, from ``hits`` [U, ≥K]
    bool in rank order and ``n_targets`` [U]."""
    kind, k = parse_metric(name)
    return METRICS[kind](np.asarray(hits, dtype=bool), np.asarray(n_targets), k)


def pack_hits(hits: np.ndarray) -> np.ndarray:
    """[U, D] bool → [U, ⌈D/8⌉] uint8, one bit per rank (how records store them)."""
    return np.packbits(np.asarray(hits, dtype=bool), axis=1)


def unpack_hits(packed: np.ndarray, depth: int) -> np.ndarray:
    """The inverse of ``pack_hits``: [U, depth] bool."""
    return np.unpackbits(packed, axis=1, count=depth).astype(bool)
