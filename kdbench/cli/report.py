"""`kdbench leaderboard OUTPUT`"""

from __future__ import annotations

from pathlib import Path

import typer

from kdbench.cli.app import app, cli_errors, console
from kdbench.errors import ConfigError
from kdbench.report import cells, load_results, markdown, rich_table


@app.command("leaderboard")
@cli_errors
def leaderboard(
    output: Path = typer.Argument(..., help="A suite's output folder."),
    fmt: str = typer.Option("term", "--format", help="term or md."),
    metrics: list[str] = typer.Option(None, "--metrics", help="Metrics to show (repeatable)."),
) -> None:
    """Leaderboard tables of a suite's finished runs."""
    if not (output / "runs").is_dir():
        raise ConfigError(f"{output}: no runs folder; is this a suite output folder?")
    table_cells = cells(load_results(output), metrics or None)
    if fmt == "term":
        for cell in table_cells:
            console.print(rich_table(cell))
    elif fmt == "md":
        console.print(markdown(table_cells), markup=False, highlight=False, soft_wrap=True)
    else:
        raise ConfigError(f"--format: unknown format {fmt!r}; use term or md")
