"""Raw interactions → filtered, renumbered, split Interactions."""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
import pandas as pd

from kdbench.data.datasets import DATASETS
from kdbench.data.interactions import CSR, Interactions
from kdbench.data.split import ordered_ratio_bounds, split_rows
from kdbench.errors import ConfigError, DataError

log = logging.getLogger(__name__)

PREP_KEYS = {"path", "order", "min_rating", "user_min", "item_min", "k_core", "split"}
_cited: set[str] = set()


def _filter(df: pd.DataFrame, opts: dict[str, Any], name: str) -> pd.DataFrame:
    if opts.get("min_rating") is not None:
        if "rating" not in df.columns:
            raise ConfigError(f"{name}: min_rating given but the data has no rating column")
        df = df[df["rating"] >= float(opts["min_rating"])]
    user_min, item_min = int(opts.get("user_min") or 0), int(opts.get("item_min") or 0)
    k = int(opts.get("k_core") or 0)
    if k:
        # k-core: drop users and items with fewer than k interactions until none remain
        while True:
            n = len(df)
            df = df[df.groupby("user")["item"].transform("size") >= k]
            df = df[df.groupby("item")["user"].transform("size") >= k]
            if len(df) == n:
                break
    else:
        if user_min:
            df = df[df.groupby("user")["item"].transform("size") >= user_min]
        if item_min:
            df = df[df.groupby("item")["user"].transform("size") >= item_min]
    if df.empty:
        raise DataError(f"{name}: the filters leave no interactions")
    return df


def _codes(values: pd.Series) -> tuple[np.ndarray, int]:
    """0-based ids in sorted order of the original ids (numeric order when all are numbers)."""
    numeric = pd.to_numeric(values, errors="coerce")
    keys = numeric if not numeric.isna().any() else values.astype(str)
    uniq, inverse = np.unique(keys.to_numpy(), return_inverse=True)
    return inverse.astype(np.int64), len(uniq)


def prepare_frame(df: pd.DataFrame, opts: dict[str, Any], name: str) -> Interactions:
    """Filter, renumber, order and split a raw frame (columns user, item[, rating, timestamp])."""
    df = _filter(df.reset_index(drop=True), opts, name)
    users, n_users = _codes(df["user"])
    items, n_items = _codes(df["item"])
    order = opts.get("order", "file")
    if order == "timestamp":
        if "timestamp" not in df.columns:
            raise ConfigError(f"{name}: order=timestamp but the data has no timestamp column")
        # per user by time, ties broken by item id (protocol §5.4)
        perm = np.lexsort((items, df["timestamp"].to_numpy(), users))
    elif order == "file":
        perm = np.argsort(users, kind="stable")
    else:
        raise ConfigError(f"{name}: order must be 'file' or 'timestamp', got {order!r}")
    users, items = users[perm], items[perm]
    full = CSR.from_pairs(users, items, n_users)
    ratios = opts.get("split") or [0.8, 0.1, 0.1]
    a, b = ordered_ratio_bounds(full.lengths(), ratios[0], ratios[1])
    tr, va, te = split_rows(full.indptr, a, b)
    row = full.row_ids()
    split = {
        key: CSR.from_pairs(row[m], full.indices[m], n_users)
        for key, m in (("train", tr), ("valid", va), ("test", te))
    }
    return Interactions(name, n_users, n_items, **split, info={"options": dict(opts)})


def load_dataset(name: str, **options: Any) -> Interactions:
    """Prepare a registered dataset with the papers' defaults, overridden by ``options``."""
    spec = DATASETS.get(name)
    unknown = set(options) - PREP_KEYS
    if unknown:
        raise ConfigError(f"{name}: unknown preparation option(s) {sorted(unknown)}")
    opts = {**spec.defaults, **{k: v for k, v in options.items() if v is not None}}
    data = prepare_frame(spec.load(opts), opts, name)
    if spec.citation and name not in _cited:
        _cited.add(name)
        log.info("%s", spec.citation)
    return data
