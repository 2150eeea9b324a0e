"""Parsers: raw file → DataFrame with columns user, item[, rating][, timestamp] in file order."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from kdbench.errors import DataError


def read_atomic_inter(path: Path) -> pd.DataFrame:
    """RecBole atomic ``.inter``: tab-separated, header ``name:type`` per column."""
    try:
        df = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, quoting=3)
    except (pd.errors.ParserError, UnicodeDecodeError) as err:
        raise DataError(f"{path}: malformed .inter file ({err})") from None
    if df.empty:
        raise DataError(f"{path}: no interactions")
    rename = {c: c.split(":")[0] for c in df.columns}
    df = df.rename(columns=rename)
    need = {"user_id", "item_id"}
    if not need <= set(df.columns):
        raise DataError(f"{path}: header must name user_id and item_id, got {list(df.columns)}")
    out = pd.DataFrame({"user": df["user_id"], "item": df["item_id"]})
    for col, new in (("rating", "rating"), ("timestamp", "timestamp")):
        if col in df.columns:
            values = pd.to_numeric(df[col], errors="coerce")
            bad = values.isna()
            if bad.any():
                line = int(bad.to_numpy().argmax()) + 2
                raise DataError(f"{path}:{line}: {col} is not a number: {df[col].iloc[line - 2]!r}")
            out[new] = values
    return out
