"""The live progress panel of `kdbench run` (a module of its own because it subclasses
the runner's Reporter, and `kdbench --help` must not import the runner)."""

from __future__ import annotations

import time
from typing import Any

from rich.live import Live
from rich.table import Table

from kdbench.cli.app import plain
from kdbench.cli.run import _duration, describe
from kdbench.runner import Plan, Reporter
from kdbench.runner.plan import RUNNING, TODO, PlannedRun
from kdbench.suite import RunSpec

#: without a terminal (a log file), each running job's epoch line is printed this often
LOG_EVERY_S = 60.0


class LiveReporter(Reporter):
    """Suite progress (done / running / failed / to do, ETA) and each running job's epoch
    and validation metric, in one live panel; finished runs print above it. Without a
    terminal the panel is not drawn, so the epoch lines are printed every LOG_EVERY_S."""

    def __init__(self, live: Live) -> None:
        self.live = live
        self.counts = {"done": 0, "found": 0, "failed": 0, "busy": 0}
        self.todo = 0
        self.slots = 1
        self.running: dict[str, str] = {}
        self.started: dict[str, float] = {}
        self.durations: list[float] = []
        self.t0 = time.perf_counter()
        self.logged: dict[str, float] = {}  # run id → when its epoch line was last printed

    def begin(self, plan: Plan, workers: int) -> None:
        self.slots = workers
        self.todo = sum(r.status in (TODO, RUNNING) for r in plan.runs)
        self._update()

    def extend(self, runs: list[PlannedRun]) -> None:
        self.todo += sum(r.status in (TODO, RUNNING) for r in runs)
        self._update()

    def _eta(self) -> str:
        left = self.todo + len(self.running) / 2
        if not self.durations or not left:
            return ""
        mean = sum(self.durations) / len(self.durations)
        return f" · ETA ~{_duration(mean * left / max(self.slots, 1))}"

    def _render(self) -> Table:
        c = self.counts
        table = Table.grid(padding=(0, 1))
        table.add_row(
            f"[bold]done {c['done']}[/bold] · running {len(self.running)} · "
            f"[red]failed {c['failed']}[/red] · to do {self.todo} · found {c['found']}"
            f" · elapsed {_duration(time.perf_counter() - self.t0)}{self._eta()}"
        )
        for line in self.running.values():
            table.add_row(f"  {line}")
        return table

    def _update(self) -> None:
        self.live.update(self._render())

    def start(self, spec: RunSpec, run_id: str) -> None:
        self.todo = max(self.todo - 1, 0)
        self.started[run_id] = time.perf_counter()
        self.running[run_id] = f"[cyan]{run_id}[/cyan] {plain(describe(spec))}: starting"
        self._update()

    def epoch(self, spec: RunSpec, run_id: str, info: dict[str, Any]) -> None:
        monitor = spec.train.get("monitor", "valid")
        # epochs done as a count; the best epoch by its index, as curve.csv and run.json
        self.running[run_id] = (
            f"[cyan]{run_id}[/cyan] {plain(describe(spec))}: {info['epoch'] + 1}"
            f"/{spec.train.get('epochs', '?')} epochs, valid {plain(monitor)} {info['valid']:.4f} "
            f"(best {info['best']:.4f} at epoch {info['best_epoch']})"
        )
        now = time.perf_counter()
        if not self.live.console.is_terminal and now - self.logged.get(run_id, 0) >= LOG_EVERY_S:
            self.logged[run_id] = now
            self.live.console.print(f"  {self.running[run_id]}", highlight=False)
        self._update()

    def finish(self, spec: RunSpec, run_id: str, status: str, seconds: float | None = None) -> None:
        self.running.pop(run_id, None)
        started = self.started.pop(run_id, None)
        if status == "stopped":  # its state saved: still to do
            self.todo += 1
            self.live.console.print(
                f"[yellow]stopped[/yellow] [cyan]{run_id}[/cyan] " + plain(describe(spec)),
                highlight=False,
            )
        elif status in ("skipped", "cached", "failed (kept)"):
            self.counts["found" if status != "failed (kept)" else "failed"] += 1
        elif status == "busy":
            self.counts["busy"] += 1
            self.todo = max(self.todo - 1, 0)
        else:
            if status != "done" and started is None:  # failed before it started
                self.todo = max(self.todo - 1, 0)
            self.counts["done" if status in ("done", "pruned") else "failed"] += 1
            took = ""
            if seconds is None and started is not None:
                seconds = time.perf_counter() - started
            if seconds is not None:
                self.durations.append(seconds)
                took = f" ({_duration(seconds)})"
            color = {"done": "green", "pruned": "yellow"}.get(status, "red")
            self.live.console.print(
                f"[{color}]{status:>6}[/{color}] [cyan]{run_id}[/cyan] "
                + plain(f"{describe(spec)}{took}"),
                highlight=False,
            )
        self._update()
