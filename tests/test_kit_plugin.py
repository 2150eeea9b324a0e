"""Plugin provenance and the loss scaffold: `kdbench list losses` names the package and
version a plugin loss came from, run records carry them, and `kdbench new loss` writes a
package whose loss keeps the contract and whose suite runs end to end (slow)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kdbench.cli import app
from kdbench.cli.new import files, write_package
from kdbench.errors import ConfigError
from kdbench.losses import LOSSES
from kdbench.runner.execute import plugins
from kdbench.suite.spec import RunSpec
from tests.test_losses_plugin import fresh_registry, write_plugin  # noqa: F401  (fixture)

REPO = Path(__file__).resolve().parent.parent
KDBENCH = Path(sys.executable).with_name("kdbench")


def spec(loss: str) -> RunSpec:
    teacher = RunSpec(
        "teacher", "ml-100k", {}, {"model": "mf", "dim": 16}, "student", {}, 0, {}, ()
    )
    return RunSpec(
        "student", "ml-100k", {}, {"model": "mf", "dim": 8}, loss, {}, 0, {}, (), teacher
    )


def test_a_plugin_loss_names_its_package_and_version(tmp_path, monkeypatch, fresh_registry):  # noqa: F811
    monkeypatch.syspath_prepend(str(write_plugin(tmp_path)))
    assert LOSSES.origin("plugin_ce") == ("kdbench-plugin-demo", "0.1")
    assert LOSSES.origin("ce") is None
    assert plugins(spec("plugin_ce")) == {
        "loss": {"package": "kdbench-plugin-demo", "version": "0.1"}
    }
    assert plugins(spec("ce")) == {}


def test_list_losses_marks_plugin_losses(tmp_path, monkeypatch, fresh_registry):  # noqa: F811
    monkeypatch.syspath_prepend(str(write_plugin(tmp_path)))
    table = CliRunner().invoke(app, ["list", "losses"], env={"COLUMNS": "250"})
    assert table.exit_code == 0, table.output
    rows = {line.split("│")[1].strip(): line for line in table.output.splitlines() if "│" in line}
    assert "plugin kdbench-plugin-demo 0.1" in rows["plugin_ce"]
    assert "│ kdbench " in rows["ce"] and "plugin" not in rows["ce"]
    one = CliRunner().invoke(app, ["list", "losses", "plugin_ce"], env={"COLUMNS": "250"})
    assert one.exit_code == 0 and "(plugin kdbench-plugin-demo 0.1)" in one.output


def test_new_loss_writes_a_package_all_at_once(tmp_path):
    root = tmp_path / "mykd"
    res = CliRunner().invoke(app, ["new", "loss", "mykd", "--plugin", str(root)])
    assert res.exit_code == 0, res.output
    written = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    assert written == sorted(files("mykd", root))
    toml = (root / "pyproject.toml").read_text()
    assert '[project.entry-points."kdbench.losses"]\nmykd = "kdbench_mykd.loss"' in toml
    assert f"output: {root / 'runs'}" in (root / "suite.yaml").read_text()
    for bad, why in (("mykd", "not an empty folder"), ("ce", "already registered")):
        again = CliRunner().invoke(app, ["new", "loss", bad, "--plugin", str(root)])
        assert again.exit_code == 2 and why in again.output
    bad = CliRunner().invoke(app, ["new", "loss", "My-KD", "--plugin", str(tmp_path / "x")])
    assert bad.exit_code == 2 and "lower-case letters" in bad.output
    assert not (tmp_path / "x").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["mykd"]  # no temporary folder left
    with pytest.raises(ConfigError):
        write_package("rrd", tmp_path / "y")


def test_the_scaffolded_loss_keeps_the_contract(tmp_path, monkeypatch, fresh_registry):  # noqa: F811
    from kdbench.testing import check_loss

    write_package("kit_scaffold", tmp_path / "pkg")
    monkeypatch.syspath_prepend(str(tmp_path / "pkg"))
    from kdbench_kit_scaffold.loss import KitScaffoldLoss

    try:
        check_loss(KitScaffoldLoss, K=10, L=10)
    finally:
        sys.modules.pop("kdbench_kit_scaffold.loss", None)
        sys.modules.pop("kdbench_kit_scaffold", None)


def _dist_info(root: Path, site: Path) -> None:
    """What `pip install -e root` leaves for the scaffolded package mykd: a dist-info with
    its name, version and entry point (the package itself goes on PYTHONPATH), so nothing
    is installed into the environment running the tests and no network is needed."""
    info = site / "kdbench_mykd-0.1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: kdbench-mykd\nVersion: 0.1.0\n")
    toml = (root / "pyproject.toml").read_text()
    section = toml[toml.index('[project.entry-points."kdbench.losses"]') :].split("\n\n")[0]
    entry = section.replace('project.entry-points."kdbench.losses"', "kdbench.losses")
    (info / "entry_points.txt").write_text(entry.replace('"', "") + "\n")
    (info / "RECORD").write_text("")


@pytest.mark.slow
def test_new_loss_to_a_leaderboard_row_end_to_end(tmp_path):
    """kdbench new loss mykd --plugin DIR; install; pytest DIR; kdbench run DIR/suite.yaml."""
    if not KDBENCH.is_file():
        pytest.skip("the kdbench console script is not installed beside this python")
    root, site = tmp_path / "mykd", tmp_path / "site"
    site.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": f"{site}{os.pathsep}{REPO}",
        "KDBENCH_CACHE": str(tmp_path / "cache"),
        "COLUMNS": "200",
    }
    t0 = time.perf_counter()
    subprocess.run(
        [str(KDBENCH), "new", "loss", "mykd", "--plugin", str(root)], check=True, env=env
    )
    _dist_info(root, site)
    env["PYTHONPATH"] = f"{root}{os.pathsep}{site}{os.pathsep}{REPO}"
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(root)],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=900,
    )
    assert tests.returncode == 0, tests.stdout + tests.stderr
    run = subprocess.run(
        [str(KDBENCH), "run", str(root / "suite.yaml")],
        capture_output=True,
        text=True,
        env=env,
        timeout=3000,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    board = (root / "runs" / "leaderboard.md").read_text()
    assert "mykd" in board and "ce" in board
    records = [p.read_text() for p in (root / "runs" / "runs").glob("*/run.json")]
    assert any('"package": "kdbench-mykd"' in r and '"version": "0.1.0"' in r for r in records)
    print(f"kdbench new loss → leaderboard: {time.perf_counter() - t0:.0f} s")
