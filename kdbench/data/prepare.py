"""Raw interactions → filtered, renumbered, ordered, split Interactions (cached)."""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from kdbench.data import cache
from kdbench.data.datasets import DATASETS, FORMATS, DatasetSpec
from kdbench.data.download import Progress, sha256_file
from kdbench.data.filters import k_core, rating_threshold
from kdbench.data.interactions import CSR, Interactions
from kdbench.data.options import PREP_KEYS, cache_options, check_options
from kdbench.data.sources import find_file
from kdbench.data.split import leave_one_out_bounds, ratio_bounds, split_rows
from kdbench.errors import ConfigError, DataError

log = logging.getLogger(__name__)

__all__ = ["PREP_KEYS", "check_dataset", "load_dataset", "prepare_frame", "resolve"]
_cited: set[str] = set()
#: inside ``deferred()``: cache writes and citations waiting for the checks to pass
_pending: list[Callable[[], Any]] | None = None


@contextmanager
def deferred() -> Iterator[None]:
    """Hold back what ``load_dataset`` writes to the prepared-split cache and the
    citations it logs until the block ends without an error, so checks made on the data
    after it is prepared (list sizes against the item count) fail with one line and
    leave nothing behind."""
    global _pending
    if _pending is not None:  # nested: the outer block decides
        yield
        return
    _pending = []
    try:
        yield
        todo = _pending
    finally:
        _pending = None
    for action in todo:
        action()


def _cite(spec: DatasetSpec) -> None:
    """Log the dataset's citation, once per process."""
    if spec.name not in _cited:
        _cited.add(spec.name)
        log.info("%s", spec.citation)


def _later(action: Callable[[], Any]) -> None:
    """Run ``action`` now, or when the enclosing ``deferred()`` block succeeds."""
    if _pending is None:
        action()
    else:
        _pending.append(action)


_sha_memo: dict[tuple[str, int, int], str] = {}


def _codes(values: pd.Series) -> tuple[np.ndarray, int]:
    """0-based ids in sorted order of the original ids: numeric order when every id is a
    number (and no two spellings name the same number), else string order."""
    codes, uniques = pd.factorize(values, sort=False)
    keys = pd.Series(uniques)
    numeric = pd.to_numeric(keys, errors="coerce")
    if not numeric.isna().any() and numeric.nunique() == len(keys):
        keys = numeric
    else:
        keys = keys.astype(str)
    rank = np.empty(len(keys), dtype=np.int64)
    rank[np.argsort(keys.to_numpy(), kind="stable")] = np.arange(len(keys))
    return rank[codes], len(keys)


def _given_split(df: pd.DataFrame, opts: dict[str, Any], name: str) -> Interactions:
    """Keep a split that came with the data; ids are already 0-based indices."""
    if "split" not in df.columns:
        raise ConfigError(
            f"{name}: split 'given' needs data that comes split (format rcekd or lightgcn)"
        )
    if opts["min_rating"] is not None or opts["user_min"] > 1 or opts["item_min"] > 1:
        raise ConfigError(
            f"{name}: filters (min_rating, user_min, item_min, k_core) apply before splitting; "
            "this data comes already split: drop them or choose split: ordered"
        )
    users = df["user"].to_numpy(dtype=np.int64)
    items = df["item"].to_numpy(dtype=np.int64)
    n_users = max(int(users.max()) + 1, int(df.attrs.get("n_users", 0)))
    n_items = max(int(items.max()) + 1, int(df.attrs.get("n_items", 0)))
    for col, n in (("n_users", n_users), ("n_items", n_items)):
        if df.attrs.get(col, n) < n:
            raise DataError(f"{name}: config.yaml gives {col} {df.attrs[col]}, but ids reach {n}")
    split = df["split"].to_numpy()
    pair = users * n_items + items  # one int64 per (user, item): n_users·n_items < 2⁶³ here
    for s in ("train", "valid", "test"):
        repeated = pd.Series(pair[split == s]).duplicated().to_numpy()
        if repeated.any() and opts["duplicates"] == "drop":
            row = int(repeated.argmax())
            u, i = divmod(int(pair[split == s][row]), n_items)
            raise DataError(
                f"{name}: the given {s} split lists (user {u}, item {i}) twice; "
                "each pair may appear once: remove the repeated rows (or set duplicates: keep)"
            )
    for a, b in (("train", "valid"), ("train", "test"), ("valid", "test")):
        shared = np.intersect1d(pair[split == a], pair[split == b])
        if shared.size:
            u, i = divmod(int(shared[0]), n_items)
            raise DataError(
                f"{name}: the given {a} and {b} splits share {shared.size} (user, item) "
                f"pair(s), e.g. (user {u}, item {i}); a pair may be in one split only"
            )
    parts = {
        s: CSR.from_pairs(users[split == s], items[split == s], n_users)
        for s in ("train", "valid", "test")
    }
    no_train = (parts["train"].lengths() == 0) & (
        (parts["valid"].lengths() + parts["test"].lengths()) > 0
    )
    if no_train.any():
        raise DataError(
            f"{name}: user {int(no_train.argmax())} has valid/test items but none in train; "
            "every evaluated user needs a training item"
        )
    return Interactions(name, n_users, n_items, **parts, info={"options": dict(opts)})


def _repeated(
    pairs: pd.DataFrame | pd.Series, df: pd.DataFrame, opts: dict[str, Any]
) -> np.ndarray:
    """[rows] bool: rows whose (user, item) pair came earlier (earlier in time when
    ordering by timestamp, else in the file), ``pairs`` being the rows' pairs as columns
    or as one key."""
    if isinstance(pairs, pd.Series):  # int keys: a sort answers "any repeat?" 6x faster
        ordered = np.sort(pairs.to_numpy())
        if not (ordered[1:] == ordered[:-1]).any():
            return np.zeros(len(pairs), dtype=bool)
    dup = pairs.duplicated().to_numpy()
    if not dup.any():  # the common case: no need to find which occurrence came first
        return dup
    if opts["order"] == "timestamp" and "timestamp" in df.columns:
        order = df["timestamp"].to_numpy().argsort(kind="stable")
        dup = np.empty(len(df), dtype=bool)
        dup[order] = pairs.iloc[order].duplicated().to_numpy()
    return dup


def _drop_repeated(dup: np.ndarray, opts: dict[str, Any], name: str) -> bool:
    """Say how many rows repeat a pair; whether to drop them (``duplicates: drop``).

    One row per (user, item): a repeated pair would land in train and test at once and
    count as a hit the model saw in training."""
    n = int(dup.sum())
    if not n:
        return False
    if opts["duplicates"] == "keep":
        log.warning(
            "%s: kept %d repeated (user, item) row%s (duplicates: keep): such a pair may be "
            "in train and test at once",
            name,
            n,
            "s" * (n != 1),
        )
        return False
    log.warning(
        "%s: dropped %d repeated (user, item) row%s, keeping each pair's first occurrence",
        name,
        n,
        "s" * (n != 1),
    )
    return True


def prepare_frame(df: pd.DataFrame, opts: dict[str, Any], name: str) -> Interactions:
    """Filter, renumber, order and split a raw frame (columns user, item[, rating,
    timestamp, split]) by the preparation options ``opts`` (missing ones get defaults)."""
    opts = check_options(opts, name)
    if opts["split"] == "given":
        return _given_split(df, opts, name)
    df = df.drop(columns="split", errors="ignore").reset_index(drop=True)
    df = rating_threshold(df, opts["min_rating"], name)
    # repeated pairs go before the k-core filter counts rows (on the raw ids: slower), or,
    # with no filter, after renumbering (one int64 key per row: fast)
    cores = opts["user_min"] > 1 or opts["item_min"] > 1
    if cores and _drop_repeated(dup := _repeated(df[["user", "item"]], df, opts), opts, name):
        df = df[~dup].reset_index(drop=True)
    df = k_core(df, opts["user_min"], opts["item_min"], name)
    users, n_users = _codes(df["user"])
    items, n_items = _codes(df["item"])
    if not cores:
        dup = _repeated(pd.Series(users * max(n_items, 1) + items), df, opts)
        if _drop_repeated(dup, opts, name):
            df, users, items = df[~dup].reset_index(drop=True), users[~dup], items[~dup]
    if opts["split"] == "random":
        # a per-user shuffle drawn from split_seed alone, so every training seed sees it
        keys = np.random.default_rng(opts["split_seed"]).random(len(users))
        perm = np.lexsort((keys, users))
    elif opts["order"] == "timestamp":
        if "timestamp" not in df.columns:
            raise ConfigError(f"{name}: order=timestamp but the data has no timestamp column")
        ties = items if opts["ties"] == "item" else np.arange(len(users))
        perm = np.lexsort((ties, df["timestamp"].to_numpy(), users))
    else:
        perm = np.argsort(users, kind="stable")
    full = CSR.from_pairs(users[perm], items[perm], n_users)
    if opts["split"] == "leave_one_out":
        a, b = leave_one_out_bounds(full.lengths())
    else:
        a, b = ratio_bounds(full.lengths(), opts["ratios"])
    tr, va, te = split_rows(full.indptr, a, b)
    row = full.row_ids()
    parts = {
        key: CSR.from_pairs(row[m], full.indices[m], n_users)
        for key, m in (("train", tr), ("valid", va), ("test", te))
    }
    return Interactions(name, n_users, n_items, **parts, info={"options": dict(opts)})


def resolve(name: str, options: dict[str, Any]) -> tuple[DatasetSpec, dict[str, Any]]:
    """The spec a dataset entry names (a registered dataset, or a ``format`` of the user's
    own files) and its complete, checked options (spec defaults, then ``options``)."""
    fmt = options.get("format")
    if fmt is not None:
        if not isinstance(fmt, str) or fmt not in FORMATS:
            raise ConfigError(f"{name}.format: {FORMATS.unknown_message(str(fmt))}")
        spec = FORMATS.get(fmt)
    else:
        spec = DATASETS.get(name)
    base = spec.defaults
    if "k_core" in options:
        base = {k: v for k, v in base.items() if k not in ("user_min", "item_min")}
    return spec, check_options({**base, **options}, name)


def check_dataset(name: str, options: dict[str, Any] | None, where: str) -> dict[str, Any]:
    """Validate one suite ``datasets`` entry without reading any data; returns the options
    as given (defaults are applied when the dataset is prepared)."""
    options = dict(options or {})
    if "format" not in options and name not in DATASETS:
        raise ConfigError(
            f"{where}: {DATASETS.unknown_message(name)} (or give format: and path: "
            "for your own files)"
        )
    resolve(name, options)
    return options


def _sha256(path: Path) -> str:
    st = path.stat()
    memo = (str(path.resolve()), st.st_size, st.st_mtime_ns)
    if memo not in _sha_memo:
        _sha_memo[memo] = sha256_file(path)
    return _sha_memo[memo]


def _check_expected(spec: DatasetSpec, opts: dict[str, Any], data: Interactions) -> None:
    """The papers' statistics must come out whenever the papers' options are used."""
    if not spec.expected:
        return
    if cache_options(check_options(spec.defaults, spec.name)) != cache_options(opts):
        return
    stats = data.stats()
    diff = {k: (v, stats[k]) for k, v in spec.expected.items() if stats[k] != v}
    if diff:
        shown = ", ".join(f"{k} {got:,} (expected {want:,})" for k, (want, got) in diff.items())
        raise DataError(
            f"{spec.name}: the prepared data has {shown}; the source is not the published "
            "release: remove it (or fix the dataset's path) and prepare again"
        )


def _check_evaluable(data: Interactions, name: str, announce: bool) -> None:
    """An empty test split would give a leaderboard of zeros: refuse it. An empty valid
    split (nothing for early stopping) and users without test items are warned about
    (``announce``: when the split is prepared, not each time it is read)."""
    if data.test.nnz == 0:
        raise DataError(
            f"{name}: the test split is empty, so there is nothing to evaluate; give test a "
            "share (ratios: [8, 1, 1]) or data with more items per user"
        )
    if not announce:
        return
    if data.valid.nnz == 0:
        log.warning("%s: the valid split is empty: early stopping has nothing to watch", name)
    has_train = data.train.lengths() > 0
    no_test = int((has_train & (data.test.lengths() == 0)).sum())
    if no_test:
        log.warning(
            "%s: %d of %d users have no test item (too few interactions for the split); "
            "they score 0 on every test metric",
            name,
            no_test,
            int(has_train.sum()),
        )


def load_dataset(
    name: str,
    *,
    progress: Progress | None = None,
    use_cache: bool = True,
    download_ok: bool = True,
    **options: Any,
) -> Interactions:
    """Prepare a dataset with its papers' defaults, overridden by ``options``.

    A registered ``name``, or any label with ``format=`` and ``path=`` for the user's own
    files. The split is read from the prepared-split cache when the sources' sha256 and
    the options match; otherwise it is prepared, checked and cached (bad input caches
    nothing); ``use_cache=False`` prepares again and refreshes the cached copy.
    ``progress(done, total)`` is called during downloads; ``download_ok=False`` raises
    :class:`~kdbench.errors.DataNotPresent` instead of downloading.
    """
    spec, opts = resolve(name, options)
    paths: list[Path | None] = []
    for raw in spec.files:
        paths.append(
            find_file(
                name,
                raw,
                local=opts["path"],
                url=opts["url"],
                sha256=opts["sha256"],
                progress=progress,
                download_ok=download_ok,
            )
        )
    for raw in spec.optional:
        folder = Path(opts["path"]) if opts["path"] else None
        found = folder / raw.names[0] if folder is not None and folder.is_dir() else None
        paths.append(found if found is not None and found.is_file() else None)
    roles = [raw.names[0] for raw in (*spec.files, *spec.optional)]
    sources = {r: _sha256(p) for r, p in zip(roles, paths, strict=True) if p is not None}
    key = cache.cache_key(spec.name, sources, cache_options(opts))
    data = cache.load(key) if use_cache else None
    if data is None:
        data = prepare_frame(spec.parse(paths, opts), opts, name)
        _check_expected(spec, opts, data)
        _check_evaluable(data, name, announce=True)
        data = dataclasses.replace(
            data, info={"options": cache_options(opts), "sources": sources, "key": key}
        )
        _later(functools.partial(cache.save, key, data))
    else:
        log.debug("%s: prepared split read from the cache (%s)", name, key)
        _check_evaluable(data, name, announce=False)
    if spec.citation and spec.name not in _cited:
        _later(functools.partial(_cite, spec))
    info = {**data.info, "mask_valid": opts["mask_valid"]}
    return dataclasses.replace(data, name=name, info=info)
