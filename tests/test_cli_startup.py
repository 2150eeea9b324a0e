"""Start-up: `kdbench --help` and the report commands import no torch, with the real
package in a fresh interpreter (start-up times: benchmarks/cli_startup.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import kdbench
from tests.conftest import REPO

# Runs the console script's entry point, then reports what was imported, even when the
# command exits through SystemExit.
CHILD = """
import atexit, sys
atexit.register(lambda: print("MODULES:" + ",".join(sorted(
    m for m in sys.modules if m.split(".")[0] in ("torch", "scipy", "pandas", "kdbench")
)), file=sys.stderr))
sys.argv = ["kdbench", *sys.argv[1:]]
from kdbench.cli import app
app()
"""


def _modules_after(*args: str) -> set[str]:
    res = subprocess.run(
        [sys.executable, "-c", CHILD, *args], cwd=REPO, capture_output=True, text=True
    )
    assert res.returncode == 0, res.stderr
    line = res.stderr.rsplit("MODULES:", 1)[1].strip()
    return set(line.split(","))


def _tops(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


def test_help_imports_neither_torch_nor_scipy_nor_pandas():
    mods = _modules_after("--help")
    assert _tops(mods) == {"kdbench"}, sorted(mods)
    assert not {"kdbench.runner", "kdbench.losses", "kdbench.data"} & mods


def test_leaderboard_of_a_published_folder_imports_no_torch():
    mods = _modules_after("leaderboard", "results/paper-citeulike-mf", "--format", "md")
    assert "torch" not in _tops(mods)
    assert "kdbench.report" in mods  # it did build the tables
    assert not {"kdbench.runner", "kdbench.losses", "kdbench.train"} & mods


def test_lazy_public_api():
    code = (
        "import sys, kdbench\n"
        "assert 'torch' not in sys.modules\n"
        "from kdbench import load_results, load_suite, register_loss, run_suite\n"
        "import kdbench.losses, kdbench.suite\n"
        "assert register_loss is kdbench.losses.register_loss\n"
        "assert load_suite is kdbench.suite.load_suite\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert set(kdbench.__all__) == {"__version__", *kdbench._API}
    assert set(kdbench.__all__) <= set(dir(kdbench))
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        kdbench.nope  # noqa: B018


def test_help_choices_match_the_packages():
    """The choices cli/report.py spells out (to keep --help light) are the real ones."""
    from kdbench.cli import report as cli_report
    from kdbench.report import FORMATS
    from kdbench.report.model import STUDENT
    from kdbench.stats import CORRECTIONS, TESTS

    assert cli_report.FORMATS == FORMATS
    assert tuple(TESTS) == cli_report.TESTS
    assert cli_report.CORRECTIONS == CORRECTIONS
    assert cli_report.STUDENT == STUDENT


def test_status_styles_cover_every_plan_status():
    from kdbench.cli.run import _STATUS_STYLE
    from kdbench.runner.plan import DONE, FAILED, PRUNED, RUNNING, TODO

    assert set(_STATUS_STYLE) == {DONE, PRUNED, FAILED, RUNNING, TODO}
