"""User text reaches the terminal as typed: names, paths and error messages holding square
brackets, ``@`` and non-ASCII are not read as Rich markup (which silently dropped
``[plot]`` from ``pip install 'kdbench[plot]'`` and ``[tau=1]`` from method names)."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from kdbench.atomic import write_folder
from kdbench.cli import app
from kdbench.cli.app import cli_errors
from kdbench.errors import ConfigError
from kdbench.runner.store import record_files

DATASET = "ml[big]@é"
PAIR = "mf[a]@64→mf[b]"
METHODS = {"student": 0.0, "ce[tau=1]": 0.05, "kd@ü[β=2]": 0.03}
N_USERS = 40


def _write(root: Path) -> Path:
    """A finished teacher and three student methods × 3 seeds with odd names."""
    base = np.linspace(0.1, 0.4, N_USERS)
    runs = [("teacher", "teacher", 0, 0.1)]
    runs += [(m, "student", s, shift) for m, shift in METHODS.items() for s in range(3)]
    for i, (method, kind, seed, shift) in enumerate(runs):
        noise = np.random.default_rng(i).standard_normal(N_USERS) * 0.01
        per_user = {"user": np.arange(N_USERS), "ndcg@10": base + shift + noise}
        per_user["valid_ndcg@10"] = per_user["ndcg@10"]
        mean = float(per_user["ndcg@10"].mean())
        run = {
            "run_id": f"r{i}",
            "kind": kind,
            "status": "done",
            "labels": {"method": method, "pair": PAIR},
            "spec": {"seed": seed, "train": {"monitor": "ndcg@10"}},
            "teacher_id": None if kind == "teacher" else "r0",
            "data": {"name": DATASET, "fingerprint": "fp", "n_users": N_USERS},
            "summary": {"test": {"ndcg@10": mean}, "valid": {"ndcg@10": mean}},
        }
        curve = "epoch,train_loss,valid_ndcg@10\n0,1.0,0.1\n1,0.5,0.2\n"
        write_folder(root / "runs" / run["run_id"], record_files(run, per_user, None, curve))
    return root


@pytest.fixture(scope="module")
def output(tmp_path_factory) -> Path:
    return _write(tmp_path_factory.mktemp("odd names ü"))


def test_leaderboard_shows_names_with_brackets_at_and_non_ascii(output):
    res = CliRunner().invoke(app, ["leaderboard", str(output)])
    assert res.exit_code == 0, res.output
    for name in (*METHODS, DATASET, PAIR):
        assert name in res.output, name


def test_compare_error_names_the_method_as_typed(output):
    res = CliRunner().invoke(app, ["compare", str(output), "ce[tau=9]", "student"])
    assert res.exit_code == 2
    line = res.output.strip()
    assert "unknown method 'ce[tau=9]'; known: " in line
    assert "ce[tau=1]" in line and "kd@ü[β=2]" in line
    assert "\n" not in line and "Traceback" not in line
    res = CliRunner().invoke(app, ["compare", str(output), "ce[tau=1]", "student"])
    assert res.exit_code == 0, res.output
    assert f"{DATASET} · {PAIR}: ce[tau=1] vs" in res.output


def test_plot_without_matplotlib_names_the_extra(output, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if not installed
    res = CliRunner().invoke(app, ["plot", str(output)])
    assert res.exit_code == 2
    assert "plots need matplotlib: pip install 'kdbench[plot]'" in res.output


def test_error_lines_are_printed_verbatim(tmp_path):
    """Whatever an error message holds, markup-like text included, is printed as is."""
    missing = tmp_path / "out[1]@ü"
    res = CliRunner().invoke(app, ["verify", str(missing)])
    assert res.exit_code == 2
    assert f"error: {missing}: no runs/ folder" in res.output

    @cli_errors
    def fail() -> None:
        raise ConfigError("suite.yaml: losses.ce[K=1]: [bold]not bold[/bold] @ é")

    import typer

    tiny = typer.Typer()
    tiny.command()(fail)
    res = CliRunner().invoke(tiny, [])
    assert res.exit_code == 2
    assert res.output.strip() == "error: suite.yaml: losses.ce[K=1]: [bold]not bold[/bold] @ é"


def test_status_and_validate_show_grid_labels(tmp_path, ml100k):
    """A grid's methods are labelled ``ce[tau=0.5]``; status and validate tables keep them."""
    suite = tmp_path / "grid[1].yaml"
    suite.write_text(
        f"name: grid[é]\noutput: {tmp_path / 'out'}\ndatasets: {{ml-100k: {{}}}}\n"
        "backbones:\n  t: {model: mf, dim: 8}\n  s: {model: mf, dim: 4}\n"
        "pairs: [{teacher: t, student: s}]\n"
        "losses:\n  ce: {K: 10, tau: [0.5, 2.0]}\n"
        "seeds: [0]\ntrain: {epochs: 1}\nmetrics: [ndcg@10]\n"
    )
    res = CliRunner().invoke(app, ["status", str(suite)])
    assert res.exit_code == 0, res.output
    assert "ce[tau=0.5]" in res.output and "ce[tau=2.0]" in res.output and "grid[é]" in res.output
    res = CliRunner().invoke(app, ["validate", str(suite)])
    assert res.exit_code == 0, res.output
    assert "ce[tau=0.5]" in res.output and str(suite) in res.output


def test_resume_hint_repeats_every_option_quoted_for_the_shell():
    from kdbench.cli.run import _resume_command

    hint = _resume_command(
        Path("my suites/s.yaml"),
        ["output=/tmp/a b", "seeds=[0, 1]", "name=it's"],
        [Path("runs/r 1"), Path("r2")],
        retry_failed=True,
    )
    assert shlex.split(hint) == [
        "kdbench", "run", "my suites/s.yaml",
        "-o", "output=/tmp/a b", "-o", "seeds=[0, 1]", "-o", "name=it's",
        "--reuse", "runs/r 1", "--reuse", "r2", "--retry-failed",
    ]  # fmt: skip
    assert _resume_command(Path("s.yaml"), [], None) == "kdbench run s.yaml"
