"""The typer app, its sub-apps, and the error contract: a KdbenchError is one line on
stderr and exit code 2, never a traceback."""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from kdbench.errors import KdbenchError

F = TypeVar("F", bound=Callable[..., Any])

PIPED_WIDTH = 200  # columns when output goes to a file or a pipe


def _console(stderr: bool = False) -> Console:
    """Rich's console. Piped output (a run's log, a table sent to a file) is laid out
    PIPED_WIDTH wide, not Rich's 80, so log lines stay whole and table cells are not cut;
    $COLUMNS still wins."""
    stream = sys.stderr if stderr else sys.stdout
    piped = not stream.isatty() and "COLUMNS" not in os.environ
    return Console(stderr=stderr, width=PIPED_WIDTH if piped else None)


console = _console()
err_console = _console(stderr=True)

app = typer.Typer(
    name="kdbench",
    help="Benchmark knowledge-distillation losses for top-K recommendation.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # help text is Markdown: paragraphs are re-wrapped to the terminal, and brackets such
    # as kdbench[plot] are text, not Rich style tags
    rich_markup_mode="markdown",
)
data_app = typer.Typer(
    help="Datasets: list, inspect and export prepared splits.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
)
list_app = typer.Typer(
    help="What is registered: losses, backbones, datasets.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
)
app.add_typer(data_app, name="data")
app.add_typer(list_app, name="list")


def plain(value: object) -> str:
    """``value`` as text inside Rich markup: names, paths and messages come from users and
    may hold square brackets (``ce[tau=1]``, ``kdbench[plot]``), which Rich would otherwise
    read as style tags and drop."""
    return escape(str(value))


@app.callback()
def _main(verbose: bool = typer.Option(False, "--verbose", "-v", help="Debug logging.")) -> None:
    from rich.logging import RichHandler  # only when a command runs, not for --help

    handler = RichHandler(console=err_console, show_path=False, show_time=False)
    logging.basicConfig(level=logging.WARNING, handlers=[handler], format="%(message)s", force=True)
    logging.getLogger("kdbench").setLevel(logging.DEBUG if verbose else logging.INFO)


def cli_errors(fn: F) -> F:
    """Turn KdbenchError into one clear line and exit code 2."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except KdbenchError as err:
            err_console.print(f"[red]error:[/red] {plain(err)}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]
