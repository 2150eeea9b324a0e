"""Preparation options a suite (or the CLI) may give a dataset, with their checks.

Options that only say where the bytes come from (``path``, ``url``, ``sha256``) or how the
split is evaluated (``mask_valid``) do not enter the prepared-split cache key; every other
option does.
"""

from __future__ import annotations

import difflib
from pathlib import PurePath
from typing import Any

from kdbench.data.split import SPLIT_METHODS
from kdbench.errors import ConfigError
from kdbench.params import Param, is_finite

PREP_PARAMS: dict[str, Param] = {
    "path": Param(None, "a local file or folder to read instead of the registered source", str),
    "format": Param(
        None,
        "the user's own data: inter | csv | rcekd | lightgcn (needs path)",
        str,
        choices=("inter", "csv", "rcekd", "lightgcn"),
    ),
    "sep": Param(
        None, "csv format: column separator (default: tab for .tsv/.txt, else comma)", str
    ),
    "url": Param(None, "download from this mirror instead of the registered URL", str),
    "sha256": Param(None, "the download's sha256 where kdbench pins none", str),
    "min_rating": Param(None, "keep ratings >= this (None: every rating is a positive)", float),
    "user_min": Param(0, "drop users with fewer items (iterated with item_min)", int, min=0),
    "item_min": Param(0, "drop items with fewer users (iterated with user_min)", int, min=0),
    "k_core": Param(
        0, "user_min = item_min = k (replaces the dataset's defaults for both)", int, min=0
    ),
    "order": Param("file", "per-user order before splitting", str, choices=("file", "timestamp")),
    "ties": Param(
        "item",
        "order=timestamp: equal timestamps by item id or file order",
        str,
        choices=("item", "file"),
    ),
    "duplicates": Param(
        "drop",
        "repeated (user, item) rows: drop (keep the first) or keep (as the reference "
        "pipelines of some releases do; a pair may then be in train and test)",
        str,
        choices=("drop", "keep"),
    ),
    "split": Param("ordered", "how each user's items are split", str, choices=SPLIT_METHODS),
    "split_seed": Param(0, "split=random: the shuffle seed (independent of training seeds)", int),
    "mask_valid": Param(
        False, "mask valid items when scoring test (the papers do not: default off)", bool
    ),
}
#: options that are not scalars, checked by hand below
STRUCTURED: dict[str, Param] = {
    "ratios": Param(
        [0.8, 0.1, 0.1], "[train, valid, test] shares, e.g. [8, 1, 1] or [0.8, 0.1, 0.1]", list
    ),
    "columns": Param(
        None, "csv format: {user: NAME, item: NAME, rating: NAME, timestamp: NAME}", dict
    ),
}
PREP_KEYS: frozenset[str] = frozenset(PREP_PARAMS) | frozenset(STRUCTURED)
#: options that do not change the prepared split
SOURCE_KEYS = frozenset({"path", "url", "sha256", "mask_valid"})
DEFAULTS: dict[str, Any] = {k: p.default for k, p in {**PREP_PARAMS, **STRUCTURED}.items()}


def check_options(opts: dict[str, Any], where: str) -> dict[str, Any]:
    """Validate and complete ``opts`` (defaults filled in); one-line ConfigError naming
    ``where`` and the key on the first problem."""
    for key in opts:
        if key not in PREP_KEYS:
            close = difflib.get_close_matches(key, sorted(PREP_KEYS), n=1)
            hint = (
                f"; did you mean {close[0]!r}?"
                if close
                else f"; known: {', '.join(sorted(PREP_KEYS))}"
            )
            raise ConfigError(f"{where}: unknown option {key!r}{hint}")
    out = dict(DEFAULTS)
    for key, value in opts.items():
        if key in PREP_PARAMS:
            if key == "min_rating" and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if key == "path" and isinstance(value, PurePath):
                value = str(value)
            out[key] = PREP_PARAMS[key].check(key, value, where)
    ratios = opts.get("ratios", out["ratios"])
    if (
        not isinstance(ratios, list | tuple)
        or len(ratios) != 3
        or any(
            isinstance(r, bool) or not isinstance(r, int | float) or not is_finite(r) or r < 0
            for r in ratios
        )
        or ratios[0] <= 0
    ):
        raise ConfigError(f"{where}.ratios: expected {STRUCTURED['ratios'].doc}, got {ratios!r}")
    out["ratios"] = list(ratios)
    columns = opts.get("columns")
    if columns is not None:
        if (
            not isinstance(columns, dict)
            or not {"user", "item"} <= set(columns)
            or not set(columns) <= {"user", "item", "rating", "timestamp"}
            or not all(isinstance(v, str) for v in columns.values())
        ):
            raise ConfigError(
                f"{where}.columns: expected {STRUCTURED['columns'].doc}, got {columns!r}"
            )
        out["columns"] = dict(columns)
    if out["k_core"]:
        if "user_min" in opts or "item_min" in opts:
            raise ConfigError(f"{where}: give k_core or user_min/item_min, not both")
        out["user_min"] = out["item_min"] = out["k_core"]
    out["k_core"] = 0
    if out["format"] is not None and out["path"] is None:
        raise ConfigError(f"{where}: format {out['format']!r} needs a path to the files")
    if out["format"] == "csv" and out["columns"] is None:
        out["columns"] = {"user": "user", "item": "item"}
    return out


def cache_options(opts: dict[str, Any]) -> dict[str, Any]:
    """The options that determine the prepared split (the cache key's part)."""
    return {k: v for k, v in sorted(opts.items()) if k not in SOURCE_KEYS}
