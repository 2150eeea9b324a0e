"""`kdbench plot` writes where it is told: --out, or OUTPUT/plots by default (which git
ignores inside results/)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kdbench.cli import app
from tests.conftest import REPO
from tests.test_cli_text import _write


def _recording_plots(monkeypatch) -> list[Path]:
    """Stand-ins for the matplotlib figures that record the paths asked for."""
    asked: list[Path] = []

    def curves(cell, output, path):
        asked.append(Path(path))
        return Path(path)

    def cd(ranking, path):
        asked.append(Path(path))
        return Path(path)

    monkeypatch.setattr("kdbench.report.plots.plot_curves", curves)
    monkeypatch.setattr("kdbench.report.plots.plot_cd", cd)
    return asked


def test_plot_writes_into_out_or_output_plots(tmp_path, monkeypatch):
    output = _write(tmp_path / "out")
    asked = _recording_plots(monkeypatch)
    res = CliRunner().invoke(app, ["plot", str(output)])
    assert res.exit_code == 0, res.output
    assert asked and {p.parent for p in asked} == {output / "plots"}
    assert f"wrote {output / 'plots' / 'cd-diagram.png'}" in res.output
    asked.clear()
    res = CliRunner().invoke(app, ["plot", str(output), "--out", str(tmp_path / "figs[1]")])
    assert res.exit_code == 0, res.output
    assert {p.parent for p in asked} == {tmp_path / "figs[1]"}
    assert f"wrote {tmp_path / 'figs[1]' / 'cd-diagram.png'}" in res.output


def test_git_ignores_plots_of_published_folders():
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    res = subprocess.run(
        ["git", "check-ignore", "-q", "results/paper-citeulike-mf/plots/cd-diagram.png"],
        cwd=REPO,
    )
    assert res.returncode == 0
    res = subprocess.run(["git", "check-ignore", "-q", "results/README.md"], cwd=REPO)
    assert res.returncode == 1
