"""`kdbench run SUITE`"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import typer
from rich.live import Live
from rich.table import Table

from kdbench.atomic import write_file
from kdbench.cli.app import app, cli_errors, console, err_console
from kdbench.report import cells, load_results, markdown, rich_table
from kdbench.runner import Reporter, run_suite
from kdbench.suite import RunSpec, load_suite


class LiveReporter(Reporter):
    """Suite progress and the running job's epoch / validation metric, in one live table."""

    def __init__(self, live: Live) -> None:
        self.live = live
        self.counts = {"done": 0, "skipped": 0, "failed": 0}
        self.current = ""
        self.t0 = time.perf_counter()

    def _describe(self, spec: RunSpec) -> str:
        who = spec.labels.get("method", spec.kind)
        return f"{spec.dataset} {spec.labels.get('backbone', '')} {who} seed={spec.seed}"

    def _render(self) -> Table:
        table = Table.grid(padding=(0, 2))
        c = self.counts
        table.add_row(
            f"done {c['done']}  found {c['skipped']}  failed {c['failed']}  "
            f"elapsed {time.perf_counter() - self.t0:.0f}s"
        )
        table.add_row(self.current)
        return table

    def start(self, spec: RunSpec, run_id: str) -> None:
        self.current = f"[cyan]{run_id}[/cyan] {self._describe(spec)}: starting"
        self.live.update(self._render())

    def epoch(self, spec: RunSpec, run_id: str, info: dict[str, Any]) -> None:
        self.current = (
            f"[cyan]{run_id}[/cyan] {self._describe(spec)}: epoch {info['epoch']} "
            f"valid {info['valid']:.4f} (best {info['best']:.4f} "
            f"@ {info['best_epoch']})"
        )
        self.live.update(self._render())

    def finish(self, spec: RunSpec, run_id: str, status: str) -> None:
        key = "skipped" if status == "skipped" else "failed" if "failed" in status else "done"
        self.counts[key] += 1
        if key != "skipped":
            self.live.console.print(f"{status:>7} [cyan]{run_id}[/cyan] {self._describe(spec)}")
        self.current = ""
        self.live.update(self._render())


@app.command("run")
@cli_errors
def run(
    suite_path: Path = typer.Argument(..., metavar="SUITE", help="Suite YAML file."),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Re-run failed runs."),
) -> None:
    """Run every combination of a suite not yet in its output folder, then print the
    leaderboard (also written to OUTPUT/leaderboard.md). Exit code 1 if any run failed."""
    suite = load_suite(suite_path)
    with Live(console=console, refresh_per_second=4, transient=True) as live:
        rep = LiveReporter(live)
        try:
            outcome = run_suite(suite, retry_failed=retry_failed, reporter=rep)
        except KeyboardInterrupt:
            live.stop()
            err_console.print(
                f"interrupted; finished runs are kept. Resume with: kdbench run {suite_path}"
            )
            raise typer.Exit(130) from None
    if not outcome.done:
        console.print(f"nothing to train: all {len(outcome.skipped)} runs found in {suite.output}")
    else:
        console.print(
            f"trained {len(outcome.done)} runs, {len(outcome.skipped)} found in the "
            f"store ({suite.output})"
        )
    table_cells = cells(load_results(suite.output), list(suite.metrics))
    for cell in table_cells:
        console.print(rich_table(cell))
    write_file(suite.output / "leaderboard.md", markdown(table_cells).encode())
    if outcome.failed:
        for run_id, reason in outcome.failed:
            err_console.print(f"[red]failed[/red] {run_id}: {reason}")
        raise typer.Exit(1)
