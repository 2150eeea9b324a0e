"""`kdbench data ...`"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from kdbench.atomic import write_folder
from kdbench.cli.app import cli_errors, console, data_app
from kdbench.data import Interactions, load_dataset


def export_files(data: Interactions) -> dict[str, bytes]:
    """train/valid/test.tsv (``user\\titem``, 0-based, stored order) and meta.json."""
    files = {}
    for split in ("train", "valid", "test"):
        users, items = data.split(split).pairs()
        lines = [
            "user\titem",
            *(f"{u}\t{i}" for u, i in zip(users.tolist(), items.tolist(), strict=True)),
        ]
        files[f"{split}.tsv"] = ("\n".join(lines) + "\n").encode()
    meta = {
        "name": data.name,
        **data.stats(),
        "fingerprint": data.fingerprint,
        "options": data.info.get("options", {}),
    }
    files["meta.json"] = json.dumps(meta, indent=2, default=str).encode()
    return files


@data_app.command("prepare")
@cli_errors
def prepare(
    name: str = typer.Argument(..., help="Registered dataset name (see `kdbench data list`)."),
    out: Path = typer.Option(
        ..., "--out", help="Folder to write train/valid/test.tsv and meta.json."
    ),
) -> None:
    """Prepare a dataset and export its split so any code can check our metrics."""
    data = load_dataset(name)
    write_folder(out, export_files(data))
    s = data.stats()
    console.print(
        f"{name}: {s['n_users']:,} users, {s['n_items']:,} items, {s['n_interactions']:,} "
        f"interactions (train {s['n_train']:,} / valid {s['n_valid']:,} / test {s['n_test']:,}) "
        f"→ {out}"
    )
