"""Check a finished run's stored results against its data, as a reader of published
results would: the split is the one the run used, the top-K lists hold no item the
protocol masks, the stored hit matrix and target counts are what the lists and the test
split give, and every per-user test metric and its mean follow from the lists."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import torch

from kdbench.data import Interactions
from kdbench.eval.metrics import compute, max_cutoff, unpack_hits
from kdbench.eval.ranking import DeviceCSR

#: per-user values and their means are float64 computations of the same hits
ATOL = 1e-12


def check_run(
    data: Interactions,
    record: Mapping[str, Any],
    topk: Mapping[str, np.ndarray],
    per_user: Mapping[str, np.ndarray],
) -> list[str]:
    """What is wrong with one run (``run.json`` as ``record``, the arrays of its
    ``topk.npz`` and ``per_user.npz``) against ``data``, its prepared split; [] when
    nothing is."""
    if record.get("data", {}).get("fingerprint") != data.fingerprint:
        return ["its split fingerprint is not this split's: the data or its options differ"]
    metrics = list(record.get("summary", {}).get("test", {}))
    if not metrics:
        return ["run.json has no test summary"]
    n, n_items = data.n_users, data.n_items
    depth = record.get("eval", {}).get("depth") or min(max_cutoff(metrics), n_items)
    items = topk.get("items")
    if items is None or items.shape != (n, depth):
        shape = None if items is None else items.shape
        return [f"topk.npz items should be [{n}, {depth}] (every user, the run's depth): {shape}"]
    problems = []
    for name, arrays in (("topk.npz", topk), ("per_user.npz", per_user)):
        if not np.array_equal(arrays.get("user"), np.arange(n)):
            problems.append(f"{name} users are not 0..{n - 1} in order")
    if items.min() < 0 or items.max() >= n_items:
        return [*problems, f"topk.npz holds item ids outside 0..{n_items - 1}"]

    ranked = torch.as_tensor(items.astype(np.int64))
    users = torch.arange(n)[:, None].expand_as(ranked)
    ordered = ranked.sort(1).values
    repeats = int((ordered[:, 1:] == ordered[:, :-1]).any(1).sum())
    if repeats:
        problems.append(f"{repeats} users' top-K lists repeat an item")
    masked = [("train", data.train)] + ([("valid", data.valid)] if data.mask_valid else [])
    for split, csr in masked:
        found = int(DeviceCSR(csr, n_items, "cpu").contains(users, ranked).sum())
        if found:
            problems.append(f"the top-K lists hold {found} {split} items, which are masked")

    test = DeviceCSR(data.test, n_items, "cpu")
    hits = test.contains(users, ranked).numpy()
    n_targets = test.lengths.numpy()
    problems += _stored_hits(topk, hits, n_targets)
    for metric in metrics:
        expected = compute(metric, hits, n_targets)
        stored = per_user.get(metric)
        if stored is None or stored.shape != expected.shape:
            problems.append(f"per_user.npz has no [{n}] array for {metric}")
            continue
        gap = np.abs(stored - expected)
        off = gap > ATOL
        if off.any():
            problems.append(
                f"{metric}: {int(off.sum())} users' stored values differ from those "
                f"recomputed from topk.npz (largest by {gap.max():.3g})"
            )
        mean, recomputed = record["summary"]["test"][metric], expected.mean()
        if abs(mean - recomputed) > ATOL:
            problems.append(
                f"{metric}: run.json's test mean {mean:.6f} is not the recomputed {recomputed:.6f}"
            )
    return problems


def _stored_hits(
    topk: Mapping[str, np.ndarray], hits: np.ndarray, n_targets: np.ndarray
) -> list[str]:
    """The stored test hit matrix and target counts (what reports compute every metric
    from) against those recomputed from the lists and the split."""
    if "hits" not in topk:
        return ["topk.npz has no hit matrix: run 'kdbench migrate' on this folder"]
    problems = []
    depth = int(topk.get("depth", hits.shape[1]))
    if depth != hits.shape[1]:
        problems.append(f"topk.npz depth {depth} is not its lists' length {hits.shape[1]}")
    elif not np.array_equal(unpack_hits(topk["hits"], depth), hits):
        wrong = int((unpack_hits(topk["hits"], depth) != hits).any(1).sum())
        problems.append(f"topk.npz hits differ from the lists' hits for {wrong} users")
    if not np.array_equal(topk.get("targets"), n_targets):
        problems.append("topk.npz targets are not the users' test item counts")
    return problems
