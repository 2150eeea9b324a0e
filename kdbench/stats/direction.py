"""Which way is better for each metric. Higher is better unless a metric kind is
registered otherwise (e.g. an average-popularity metric, where lower is better)."""

from __future__ import annotations

_LOWER_IS_BETTER: set[str] = set()


def _kind(metric: str) -> str:
    """'ndcg@10' → 'ndcg'; a validation name 'valid_ndcg@10' → 'ndcg'."""
    name = metric.strip().lower().removeprefix("valid_")
    return name.partition("@")[0]


def register_metric_direction(kind: str, *, higher_is_better: bool) -> None:
    """Declare the direction of a metric kind (the part before '@', e.g. 'arp')."""
    key = _kind(kind)
    if higher_is_better:
        _LOWER_IS_BETTER.discard(key)
    else:
        _LOWER_IS_BETTER.add(key)


def higher_is_better(metric: str) -> bool:
    """True for recall@K, ndcg@K and any metric kind not registered as lower-is-better."""
    return _kind(metric) not in _LOWER_IS_BETTER
