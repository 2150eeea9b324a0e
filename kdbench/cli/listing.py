"""`kdbench list ...`

The registries are imported inside the commands: the losses and backbones are torch
modules, and `kdbench --help` must not pay for importing torch."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import typer
from rich.markup import escape
from rich.table import Table

from kdbench.cli.app import cli_errors, console, list_app, plain

if TYPE_CHECKING:
    from kdbench.losses import DistillLoss
    from kdbench.params import Param, Space


def _fmt(value: object) -> str:
    """YAML-style: false/true, null, 1e-05, 500."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _options(p: Param) -> tuple[object, ...]:
    return p.choices or ((False, True) if p.type is bool else ())


def _allowed(p: Param) -> str:
    if _options(p):
        return ", ".join(map(_fmt, _options(p)))
    bounds = (
        f"≥ {p.min:g}" if p.min is not None else "",
        f"≤ {p.max:g}" if p.max is not None else "",
    )
    return " ".join(b for b in bounds if b)


def param_table(title: str, params: dict[str, Param]) -> Table:
    """One row per parameter: default, type, allowed values, meaning (text, not markup)."""
    table = Table(title=escape(title))
    for col in ("parameter", "default", "type", "allowed", "meaning"):
        table.add_column(col)
    for name, p in params.items():
        cells = (name, _fmt(p.default), p.type.__name__, _allowed(p), p.doc)
        table.add_row(*map(escape, cells))
    return table


def _variants(cls: type[DistillLoss]) -> str:
    """One line per variant-selecting parameter: 'rrd_variant: sampled|topk (default sampled)'."""
    params = cls.all_params()
    lines = []
    for key in cls.variants:
        p = params[key]
        shown = f": {'|'.join(map(_fmt, _options(p)))}" if _options(p) else ""
        lines.append(f"{key}{shown} (default {_fmt(p.default)})")
    return "\n".join(lines)


def _space(name: str, space: Space) -> str:
    """'K ∈ {10, 20}' or 'lambda ∈ [1e-07, 10] (log)'."""
    if space.choices is not None:
        return f"{name} ∈ {{{', '.join(map(_fmt, space.choices))}}}"
    return f"{name} ∈ [{_fmt(space.low)}, {_fmt(space.high)}]" + (" (log)" if space.log else "")


@list_app.command("losses")
@cli_errors
def losses(name: str = typer.Argument(None, help="Show one loss's full parameter table.")) -> None:
    """KD losses with their paper, defaults and variants; NAME: one loss in full."""
    from kdbench.losses import LOSSES

    if name:
        cls = LOSSES.get(name)
        origin = _origin(name)
        source = f" ({plain(origin)})" if origin else ""
        console.print(f"[bold]{plain(name)}[/bold]: {plain(cls.paper)}{source}", highlight=False)
        module_doc = (sys.modules[cls.__module__].__doc__ or "").strip()
        console.print((cls.__doc__ or "").strip(), highlight=False, markup=False)
        if module_doc:
            console.print(module_doc, highlight=False, markup=False)
        console.print(param_table(f"{name} parameters", cls.all_params()))
        spaces = [_space(k, p.space) for k, p in cls.all_params().items() if p.space]
        if spaces:  # what `tune: {losses: all}` searches (plus the run's weight decay)
            console.print("[bold]search space (tune)[/bold]\n" + "\n".join(spaces), highlight=False)
        if cls.variants:
            console.print("[bold]variants[/bold]\n" + plain(_variants(cls)), highlight=False)
        return
    table = Table(title="KD losses (kdbench list losses NAME: one loss in full)")
    for col in ("name", "from", "paper", "defaults", "variants"):
        table.add_column(col)
    for n in LOSSES.names():
        cls = LOSSES.get(n)
        defaults = ", ".join(
            f"{k}={_fmt(p.default)}" for k, p in cls.all_params().items() if k not in cls.variants
        )
        cells = (n, _origin(n) or "kdbench", cls.paper, defaults, _variants(cls))
        table.add_row(*map(plain, cells))
    console.print(table)


def _origin(name: str) -> str:
    """'plugin kdbench-mykd 0.1.0' for a loss a plugin package registered, else ''."""
    from kdbench.losses import LOSSES

    origin = LOSSES.origin(name)
    return f"plugin {origin[0]} {origin[1]}" if origin else ""


@list_app.command("backbones")
@cli_errors
def backbones() -> None:
    """Backbones and their parameters."""
    from kdbench.backbones import BACKBONES

    for n in BACKBONES.names():
        console.print(param_table(n, BACKBONES.get(n).params))


@list_app.command("datasets")
@cli_errors
def datasets() -> None:
    """Registered datasets."""
    from kdbench.data import DATASETS

    table = Table(title="datasets")
    table.add_column("name")
    table.add_column("description")
    for n in DATASETS.names():
        table.add_row(plain(n), plain(DATASETS.get(n).description))
    console.print(table)
