"""Parsers: raw file → DataFrame with columns user, item[, rating][, timestamp][, split],
rows in file order. Every parser names the file and, where it can, the line it rejects.

``where`` is how the file is named in messages (a path, or ``archive.zip:member``);
``source`` is a path or an open binary file.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd

from kdbench.errors import DataError

Source = str | Path | IO[bytes]

#: header names (lower-cased, RecBole ``:type`` suffix dropped) → our column names
_ALIASES = {
    "user": "user",
    "user_id": "user",
    "userid": "user",
    "item": "item",
    "item_id": "item",
    "itemid": "item",
    "rating": "rating",
    "timestamp": "timestamp",
}
SPLITS = ("train", "valid", "test")


def _read_csv(source: Source, where: str, **kw: Any) -> pd.DataFrame:
    try:
        return pd.read_csv(source, dtype=str, keep_default_na=False, **kw)
    except pd.errors.EmptyDataError:
        raise DataError(f"{where}: the file is empty") from None
    except (pd.errors.ParserError, UnicodeDecodeError, ValueError) as err:
        msg = str(err).replace("Error tokenizing data. C error: ", "").strip()
        raise DataError(f"{where}: malformed file ({msg})") from None
    except (EOFError, OSError, zlib.error) as err:
        # pandas decompresses .gz/.bz2/.xz/.zip by name: a cut download ends early (EOFError,
        # which the CLI framework would turn into a bare "Aborted.")
        raise DataError(
            f"{where}: truncated or corrupted file ({type(err).__name__}: {err}); "
            "download or copy it again"
        ) from None


def _numeric(values: pd.Series, col: str, where: str, first_line: int) -> pd.Series:
    """``values`` as numbers; the first non-number is reported with its line."""
    out = pd.to_numeric(values, errors="coerce")
    bad = out.isna().to_numpy()
    if bad.any():
        row = int(bad.argmax())
        raise DataError(f"{where}:{row + first_line}: {col} is not a number: {values.iloc[row]!r}")
    return out


def _ids(values: pd.Series, col: str, where: str, first_line: int) -> pd.Series:
    """Non-negative integer ids (formats whose ids are already 0-based indices)."""
    out = _numeric(values, col, where, first_line)
    bad = ((out < 0) | (out != np.floor(out))).to_numpy()
    if bad.any():
        row = int(bad.argmax())
        raise DataError(
            f"{where}:{row + first_line}: {col} must be a non-negative integer id, "
            f"got {values.iloc[row]!r}"
        )
    return out.astype(np.int64)


def _frame(df: pd.DataFrame, names: dict[str, str], where: str, first_line: int) -> pd.DataFrame:
    """Select and type the columns ``names`` (our name → column in ``df``)."""
    if df.empty:
        raise DataError(f"{where}: no interactions (the file has a header but no rows)")
    out = pd.DataFrame({"user": df[names["user"]], "item": df[names["item"]]})
    for col in ("rating", "timestamp"):
        if col in names:
            out[col] = _numeric(df[names[col]], col, where, first_line)
    return out


def read_inter(source: Source, where: str) -> pd.DataFrame:
    """Atomic ``.inter``: tab-separated, one header line naming the columns.

    Accepts RecBole's ``user_id:token  item_id:token  rating:float  timestamp:float`` and
    FreeRec's ``USER  ITEM  RATING  TIMESTAMP`` (case-insensitive); other columns are
    ignored. Ids are kept as strings.
    """
    df = _read_csv(source, where, sep="\t", quoting=3)
    names = {}
    for col in df.columns:
        key = _ALIASES.get(str(col).split(":")[0].strip().lower())
        if key and key not in names:
            names[key] = col
    if not {"user", "item"} <= set(names):
        raise DataError(
            f"{where}:1: the header must name the user and item columns "
            f"(user_id:token/USER, item_id:token/ITEM), got {list(df.columns)}"
        )
    return _frame(df, names, where, first_line=2)


def read_table(
    source: Source, where: str, columns: dict[str, str], sep: str | None = None
) -> pd.DataFrame:
    """Any CSV/TSV with a header; ``columns`` maps user, item[, rating, timestamp] to the
    file's column names. ``sep`` defaults to a tab for ``.tsv``/``.txt``, else a comma."""
    if sep is None:
        sep = "\t" if str(where).lower().endswith((".tsv", ".txt", ".tab")) else ","
    df = _read_csv(source, where, sep=sep)
    missing = [c for c in columns.values() if c not in df.columns]
    if missing:
        raise DataError(
            f"{where}:1: column(s) {missing} not in the header {list(df.columns)}; "
            "fix the dataset's columns mapping"
        )
    return _frame(df, columns, where, first_line=2)


def read_headerless(source: Source, where: str, names: list[str], sep: str = "\t") -> pd.DataFrame:
    """A table without a header whose columns are ``names`` (user, item, rating,
    timestamp), e.g. MovieLens-100K ``u.data``."""
    df = _read_csv(source, where, sep=sep, header=None, quoting=3)
    if df.shape[1] != len(names):
        raise DataError(f"{where}:1: expected {len(names)} columns, got {df.shape[1]}")
    df.columns = names
    return _frame(df, {n: n for n in names}, where, first_line=1)


def _lines(source: Source, where: str) -> list[str]:
    try:
        if isinstance(source, str | Path):
            text = Path(source).read_bytes().decode()
        else:
            text = source.read().decode()
    except UnicodeDecodeError as err:
        raise DataError(f"{where}: not a text file ({err.reason})") from None
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise DataError(f"{where}: the file is empty")
    return lines


def _int_tokens(line: str, lineno: int, where: str) -> np.ndarray:
    try:
        values = np.array([int(t) for t in line.split()], dtype=np.int64)
    except ValueError:
        raise DataError(f"{where}:{lineno}: expected integers, got {line.strip()[:60]!r}") from None
    if (values < 0).any():
        raise DataError(f"{where}:{lineno}: ids must be non-negative, got {line.strip()[:60]!r}")
    return values


def read_count_lists(source: Source, where: str) -> pd.DataFrame:
    """CiteULike ``users.dat``: line n is user n, ``count id id ...`` (0-based item ids).

    A count that disagrees with the ids that follow is reported as a malformed line.
    """
    users, items = [], []
    for n, line in enumerate(_lines(source, where)):
        values = _int_tokens(line, n + 1, where)
        if values.size == 0 or values[0] != values.size - 1:
            raise DataError(
                f"{where}:{n + 1}: expected a count followed by that many item ids, "
                f"got {line.strip()[:60]!r}"
            )
        users.append(np.full(values.size - 1, n, dtype=np.int64))
        items.append(values[1:])
    return pd.DataFrame({"user": np.concatenate(users), "item": np.concatenate(items)})


def read_user_lists(source: Source, where: str) -> pd.DataFrame:
    """LightGCN layout: one line per user, ``user item item ...`` separated by spaces."""
    users, items = [], []
    for n, line in enumerate(_lines(source, where)):
        if not line.strip():
            continue
        values = _int_tokens(line, n + 1, where)
        users.append(np.full(values.size - 1, values[0], dtype=np.int64))
        items.append(values[1:])
    return pd.DataFrame({"user": np.concatenate(users), "item": np.concatenate(items)})


def read_split_table(source: Source, where: str) -> pd.DataFrame:
    """RCE-KD / FreeRec split file: tab-separated, a header naming ``USER`` and ``ITEM``
    (any case; further columns such as a timestamp are ignored), 0-based integer ids."""
    df = _read_csv(source, where, sep="\t")
    names = {}
    for col in df.columns:
        key = _ALIASES.get(str(col).strip().lower())
        if key in ("user", "item") and key not in names:
            names[key] = col
    if set(names) != {"user", "item"}:
        raise DataError(f"{where}:1: expected a USER<tab>ITEM header, got {list(df.columns)}")
    if df.empty:
        return pd.DataFrame({"user": np.zeros(0, np.int64), "item": np.zeros(0, np.int64)})
    return pd.DataFrame(
        {
            "user": _ids(df[names["user"]], "USER", where, 2),
            "item": _ids(df[names["item"]], "ITEM", where, 2),
        }
    )


def concat_splits(parts: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Stack per-split frames with a ``split`` column, train then valid then test."""
    frames = [df.assign(split=name) for name, df in parts.items() if len(df)]
    if not frames:
        raise DataError(f"every split file is empty ({', '.join(parts)}): no interactions to read")
    out = pd.concat(frames, ignore_index=True)
    out["split"] = pd.Categorical(out["split"], categories=list(SPLITS))
    return out


@contextmanager
def open_member(archive: Path, basenames: tuple[str, ...]) -> Iterator[tuple[IO[bytes], str]]:
    """Open the first member of a zip whose base name is one of ``basenames``
    (or ends with it, for suffixes such as ``.inter``), at any depth."""
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as err:
        raise DataError(f"{archive}: not a readable zip archive ({err})") from None
    with zf:
        members = [m for m in zf.namelist() if not m.endswith("/")]
        for want in basenames:
            for m in members:
                base = m.rsplit("/", 1)[-1]
                if base == want or (want.startswith(".") and base.endswith(want)):
                    try:
                        with zf.open(m) as fh:
                            yield io.BufferedReader(fh), f"{archive}:{m}"
                    except (zipfile.BadZipFile, EOFError, zlib.error) as err:
                        # a member cut short or damaged shows only when it is read
                        raise DataError(
                            f"{archive}:{m}: damaged archive member ({err}); download or "
                            "copy the archive again"
                        ) from None
                    return
        raise DataError(
            f"{archive}: no member named {' or '.join(basenames)} "
            f"(it holds {', '.join(members[:8])}); is this the right archive?"
        )


def zip_has(archive: Path, basename: str) -> bool:
    try:
        with zipfile.ZipFile(archive) as zf:
            return any(m.rsplit("/", 1)[-1] == basename for m in zf.namelist())
    except (zipfile.BadZipFile, OSError) as err:
        raise DataError(f"{archive}: not a readable zip archive ({err})") from None


def read_dat(source: Source, where: str, n_cols: int, encoding: str = "latin-1") -> pd.DataFrame:
    """GroupLens ``::``-separated ``.dat`` (ml-1m ``ratings.dat``, ``movies.dat``), all
    columns as strings. ``::`` becomes a tab so the C parser does the work."""
    raw = source.read() if not isinstance(source, str | Path) else Path(source).read_bytes()
    text = raw.decode(encoding).replace("::", "\t")
    df = _read_csv(io.StringIO(text), where, sep="\t", header=None, quoting=3)
    if df.shape[1] != n_cols:
        raise DataError(f"{where}:1: expected {n_cols} '::'-separated fields, got {df.shape[1]}")
    df.columns = [str(i) for i in range(n_cols)]
    return df
