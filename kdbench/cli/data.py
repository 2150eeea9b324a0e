"""`kdbench data list | info | prepare`

The data stack (pandas, the parsers) is imported inside the commands, so that `kdbench
--help` does not pay for it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.table import Table

from kdbench.cli.app import cli_errors, console, data_app, err_console, plain
from kdbench.errors import ConfigError, DataNotPresent

if TYPE_CHECKING:
    from kdbench.data import Interactions

NAME_HELP = "A registered dataset (see `kdbench data list`), or a label with --format."
PATH_HELP = "Read this local file or folder instead of the registered source."
FORMAT_HELP = "Your own files: inter, csv, rcekd or lightgcn (with --path)."
URL_HELP = "Download from this mirror URL instead of the registered one."
SHA_HELP = "sha256 of the download, where kdbench pins none."
SET_HELP = "Another preparation option, KEY=VALUE (YAML value), e.g. min_rating=4; repeatable."


def _options(
    path: Path | None, fmt: str | None, url: str | None, sha256: str | None, sets: list[str]
) -> dict[str, Any]:
    import yaml

    opts: dict[str, Any] = {}
    for item in sets or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"--set {item!r}: expected KEY=VALUE")
        try:
            opts[key.strip()] = yaml.safe_load(value)
        except yaml.YAMLError:
            raise ConfigError(f"--set {item!r}: the value is not valid YAML") from None
    for key, value in (("path", path), ("format", fmt), ("url", url), ("sha256", sha256)):
        if value is not None:
            opts[key] = str(value)
    return opts


@contextmanager
def _progress_bar() -> Iterator[Any]:
    """A download callback that shows a rich bar once the first bytes arrive."""
    from rich.progress import BarColumn, DownloadColumn, Progress, TransferSpeedColumn

    bar = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        console=err_console,
        transient=True,
    )
    task: list[Any] = []

    def update(done: int, total: int | None) -> None:
        if not task:
            bar.start()
            task.append(bar.add_task("downloading", total=total))
        bar.update(task[0], completed=done, total=total)

    try:
        yield update
    finally:
        if task:
            bar.stop()


def _cached_split(name: str, opts: dict[str, Any]) -> Interactions | None:
    """A prepared split of the registered dataset ``name`` with these options from the
    cache, when its raw files are not on this machine (the newest, if several sources
    were prepared); None if there is none."""
    import dataclasses

    from kdbench.data import cache as prepared_cache
    from kdbench.data.options import cache_options
    from kdbench.data.prepare import resolve

    spec, full = resolve(name, opts)
    # the options as meta.json stores them (JSON), so that lists and tuples compare equal
    want = json.loads(json.dumps(cache_options(full), default=str))
    found = [
        e
        for e in prepared_cache.entries()
        if e.get("name") == spec.name and e.get("info", {}).get("options") == want
    ]
    found.sort(key=lambda e: (prepared_cache.prepared_dir() / e["key"]).stat().st_mtime)
    for entry in reversed(found):
        data = prepared_cache.load(entry["key"])
        if data is not None:
            info = {**data.info, "mask_valid": full["mask_valid"]}
            return dataclasses.replace(data, name=name, info=info)
    return None


def _load(name: str, opts: dict[str, Any], cached_ok: bool = False) -> Interactions:
    """Prepare ``name`` (or read its prepared split from the cache), downloading its raw
    files if they are missing. ``cached_ok``: a registered dataset whose raw files are
    missing is read from a cached prepared split with the same options, if there is one,
    instead of being downloaded again."""
    from kdbench.data import load_dataset

    if cached_ok and "path" not in opts and "format" not in opts:
        try:
            return load_dataset(name, download_ok=False, **opts)
        except DataNotPresent:
            data = _cached_split(name, opts)
            if data is not None:
                sources = ", ".join(
                    f"{role} sha256 {sha[:12]}…"
                    for role, sha in data.info.get("sources", {}).items()
                )
                err_console.print(
                    f"{name}: raw files not on this machine; read the cached prepared split "
                    f"{data.info.get('key', '')} (prepared from {sources or 'unknown sources'})",
                    highlight=False,
                    soft_wrap=True,
                    markup=False,
                )
                return data
    with _progress_bar() as progress:
        return load_dataset(name, progress=progress, **opts)


def export_files(data: Interactions) -> dict[str, bytes]:
    """train/valid/test.tsv (``user\\titem``, 0-based, stored order) and meta.json."""
    import pandas as pd

    files = {}
    for split in ("train", "valid", "test"):
        users, items = data.split(split).pairs()
        frame = pd.DataFrame({"user": users, "item": items})
        files[f"{split}.tsv"] = frame.to_csv(sep="\t", index=False).encode()
    meta = {
        "name": data.name,
        **data.stats(),
        "fingerprint": data.fingerprint,
        "options": data.info.get("options", {}),
        "sources_sha256": data.info.get("sources", {}),
    }
    files["meta.json"] = json.dumps(meta, indent=2, default=str).encode()
    return files


@data_app.command("list")
@cli_errors
def list_datasets() -> None:
    """Registered datasets, the formats for your own files, the preparation options, and
    what is cached."""
    from kdbench.cli.listing import param_table
    from kdbench.data import DATASETS, FORMATS
    from kdbench.data import cache as prepared_cache
    from kdbench.data.options import PREP_PARAMS, STRUCTURED
    from kdbench.data.sources import raw_dir

    cached: dict[str, list[dict[str, Any]]] = {}
    for entry in prepared_cache.entries():
        cached.setdefault(entry["name"], []).append(entry)
    table = Table(title="datasets")
    for col in ("name", "description", "raw files cached", "prepared splits cached"):
        table.add_column(col)
    for name in DATASETS.names():
        spec = DATASETS.get(name)
        folder = raw_dir(name)
        raw = (
            sorted(p.name for p in folder.iterdir() if p.is_file() and p.name[0] != ".")
            if folder.is_dir()
            else []
        )
        preps = [
            f"{e['stats']['n_users']:,}×{e['stats']['n_items']:,} ({e['key'][:8]})"
            for e in cached.pop(name, [])
        ]
        cells = (name, spec.description, ", ".join(raw) or "-", "; ".join(preps) or "-")
        table.add_row(*map(plain, cells))
    console.print(table)
    console.print(
        "Your own files: a suite entry (or --format/--path) with format "
        + ", ".join(FORMATS.names())
        + "."
    )
    title = "preparation options (a dataset entry, or --set KEY=VALUE)"
    console.print(param_table(title, {**PREP_PARAMS, **STRUCTURED}))
    if cached:
        console.print(
            "Also cached: "
            + ", ".join(f"{n} ({len(v)} split(s))" for n, v in sorted(cached.items())),
            markup=False,
        )
    console.print(f"cache: {prepared_cache.prepared_dir().parent}", markup=False)


@data_app.command("info")
@cli_errors
def info(
    name: str = typer.Argument(..., help=NAME_HELP),
    path: Path = typer.Option(None, "--path", help=PATH_HELP),
    fmt: str = typer.Option(None, "--format", help=FORMAT_HELP),
    url: str = typer.Option(None, "--url", help=URL_HELP),
    sha256: str = typer.Option(None, "--sha256", help=SHA_HELP),
    sets: list[str] = typer.Option(None, "--set", help=SET_HELP),
) -> None:
    """Prepare (or read from the cache) and show the statistics, next to the published ones.
    A registered dataset whose raw files are not here is read from a cached prepared split
    with the same options, if there is one, not downloaded again."""
    from kdbench.data import DATASETS

    opts = _options(path, fmt, url, sha256, sets)
    data = _load(name, opts, cached_ok=True)
    s = data.stats()
    expected = {} if "format" in opts else (DATASETS.get(name).expected or {})
    table = Table(title=plain(f"{name} ({data.fingerprint[:12]})"))
    table.add_column("statistic")
    table.add_column("value", justify="right")
    table.add_column("published", justify="right")
    for key, label in (
        ("n_users", "users"),
        ("n_items", "items"),
        ("n_interactions", "interactions"),
        ("n_train", "train"),
        ("n_valid", "valid"),
        ("n_test", "test"),
    ):
        want = expected.get(key)
        mark = "" if want is None else (f"{want:,} ✓" if want == s[key] else f"{want:,} ✗")
        table.add_row(label, f"{s[key]:,}", mark)
    table.add_row("density", f"{s['n_interactions'] / (s['n_users'] * s['n_items']):.6f}", "")
    table.add_row("users without valid items", f"{int((data.valid.lengths() == 0).sum()):,}", "")
    table.add_row("users without test items", f"{int((data.test.lengths() == 0).sum()):,}", "")
    console.print(table)
    shown = ", ".join(f"{k}={v}" for k, v in data.info.get("options", {}).items() if v is not None)
    console.print(f"options: {shown}", markup=False, highlight=False)


@data_app.command("prepare")
@cli_errors
def prepare(
    name: str = typer.Argument(..., help=NAME_HELP),
    out: Path = typer.Option(
        ..., "--out", help="Folder to write train/valid/test.tsv and meta.json."
    ),
    path: Path = typer.Option(None, "--path", help=PATH_HELP),
    fmt: str = typer.Option(None, "--format", help=FORMAT_HELP),
    url: str = typer.Option(None, "--url", help=URL_HELP),
    sha256: str = typer.Option(None, "--sha256", help=SHA_HELP),
    sets: list[str] = typer.Option(None, "--set", help=SET_HELP),
) -> None:
    """Prepare a dataset and export its split so any code can check our metrics."""
    from kdbench.atomic import write_folder

    data = _load(name, _options(path, fmt, url, sha256, sets))
    write_folder(out, export_files(data))
    s = data.stats()
    console.print(
        f"{name}: {s['n_users']:,} users, {s['n_items']:,} items, {s['n_interactions']:,} "
        f"interactions (train {s['n_train']:,} / valid {s['n_valid']:,} / test {s['n_test']:,}) "
        f"→ {out}",
        markup=False,
    )
