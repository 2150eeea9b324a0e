"""`kdbench list ...`"""

from __future__ import annotations

import typer
from rich.table import Table

from kdbench.backbones import BACKBONES
from kdbench.cli.app import cli_errors, console, list_app
from kdbench.data import DATASETS
from kdbench.losses import LOSSES
from kdbench.params import Param


def _param_table(title: str, params: dict[str, Param]) -> Table:
    table = Table(title=title)
    for col in ("parameter", "default", "type", "allowed", "meaning"):
        table.add_column(col)
    for name, p in params.items():
        allowed = (
            ", ".join(map(str, p.choices))
            if p.choices
            else " ".join(
                x
                for x in (
                    f"≥ {p.min:g}" if p.min is not None else "",
                    f"≤ {p.max:g}" if p.max is not None else "",
                )
                if x
            )
        )
        table.add_row(name, repr(p.default), p.type.__name__, allowed, p.doc)
    return table


@list_app.command("losses")
@cli_errors
def losses(name: str = typer.Argument(None, help="Show one loss's full parameter table.")) -> None:
    """KD losses: paper and defaults, or one loss's parameters."""
    if name:
        cls = LOSSES.get(name)
        console.print(f"[bold]{name}[/bold]: {cls.paper}")
        console.print((cls.__doc__ or "").strip())
        console.print(_param_table(f"{name} parameters", cls.all_params()))
        return
    table = Table(title="KD losses")
    table.add_column("name")
    table.add_column("paper")
    table.add_column("defaults")
    for n in LOSSES.names():
        cls = LOSSES.get(n)
        defaults = ", ".join(f"{k}={p.default}" for k, p in cls.all_params().items())
        table.add_row(n, cls.paper, defaults)
    console.print(table)


@list_app.command("backbones")
@cli_errors
def backbones() -> None:
    """Backbones and their parameters."""
    for n in BACKBONES.names():
        console.print(_param_table(n, BACKBONES.get(n).params))


@list_app.command("datasets")
@cli_errors
def datasets() -> None:
    """Registered datasets."""
    table = Table(title="datasets")
    table.add_column("name")
    table.add_column("description")
    for n in DATASETS.names():
        table.add_row(n, DATASETS.get(n).description)
    console.print(table)
