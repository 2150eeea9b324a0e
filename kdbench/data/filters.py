"""Filters applied before splitting: a rating threshold, then user/item k-core."""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd

from kdbench.errors import ConfigError, DataError

log = logging.getLogger(__name__)


def rating_threshold(df: pd.DataFrame, min_rating: float | None, name: str) -> pd.DataFrame:
    """Keep rows with ``rating >= min_rating`` (None keeps all: every rating is a positive)."""
    if min_rating is None:
        return df
    if "rating" not in df.columns:
        raise ConfigError(f"{name}: min_rating given but the data has no rating column")
    out = df[df["rating"].to_numpy() >= float(min_rating)]
    if out.empty:
        raise DataError(f"{name}: min_rating {min_rating} leaves no interactions; lower it")
    return out


def k_core(df: pd.DataFrame, user_min: int, item_min: int, name: str) -> pd.DataFrame:
    """Drop users with < ``user_min`` items and items with < ``item_min`` users, repeatedly,
    until neither changes (the fixed point, which does not depend on the order of passes).

    Counts are of rows, as in the reference preprocessing (duplicates count twice).
    """
    if user_min <= 1 and item_min <= 1:
        return df
    users = pd.factorize(df["user"])[0]
    items = pd.factorize(df["item"])[0]
    keep = np.ones(len(df), dtype=bool)
    rounds = 0
    while True:
        rounds += 1
        n = int(keep.sum())
        if user_min > 1:
            keep &= np.bincount(users[keep], minlength=users.max() + 1)[users] >= user_min
        if item_min > 1:
            keep &= np.bincount(items[keep], minlength=items.max() + 1)[items] >= item_min
        if int(keep.sum()) in (n, 0):
            break
    log.debug("%s: k-core (%d, %d) reached after %d rounds", name, user_min, item_min, rounds)
    if not keep.any():
        raise DataError(
            f"{name}: the filters (user_min={user_min}, item_min={item_min}) leave no users; "
            "lower them"
        )
    return df[keep]
