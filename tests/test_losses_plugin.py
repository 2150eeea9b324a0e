"""A package outside kdbench adds a loss through the ``kdbench.losses`` entry-point group:
the test writes a tiny plugin package with its dist-info, puts it on the path, and finds
the loss in the registry, in training and in ``kdbench list losses``."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import torch
from list_loss_helpers import batch_of, setup_loss
from typer.testing import CliRunner

from kdbench.cli import app
from kdbench.errors import ConfigError
from kdbench.losses import LOSSES

PLUGIN = '''
"""A plugin loss: soft CE on the teacher's top-K."""

from kdbench.losses.base import DistillLoss, register_loss
from kdbench.losses.functional import reduce, soft_ce
from kdbench.params import Param


@register_loss("plugin_ce")
class PluginCE(DistillLoss):
    """Soft CE on the teacher's top-K, from outside kdbench."""

    paper = "a plugin, for tests"
    params = {"K": Param(5, "K: list length", int, min=1)}

    def setup(self, ctx):
        super().setup(ctx)
        self.Q = ctx.topk(ctx.teacher, self.K, mask_train=True)
        self.t_Q = ctx.score_lists(ctx.teacher, self.Q)

    def forward(self, batch):
        u, rows = self.batch_users(batch)
        s = self.ctx.student.score_items(u, self.Q[u])
        return reduce(soft_ce(s, self.t_Q[u]), self.reduction, rows)
'''


def write_plugin(root: Path, entry: str = "kdbench_plugin_demo") -> Path:
    """root/kdbench_plugin_demo/ and its dist-info, as pip would install them."""
    pkg = root / "kdbench_plugin_demo"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text(textwrap.dedent(PLUGIN))
    info = root / "kdbench_plugin_demo-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: kdbench-plugin-demo\nVersion: 0.1\n"
    )
    (info / "entry_points.txt").write_text(f"[kdbench.losses]\nplugin_ce = {entry}\n")
    (info / "RECORD").write_text("")
    return root


@pytest.fixture
def fresh_registry(monkeypatch):
    """Let the loss registry scan entry points again; restore it afterwards."""
    monkeypatch.setattr(LOSSES, "_items", dict(LOSSES._items))
    monkeypatch.setattr(LOSSES, "_plugins_loaded", False)
    yield
    sys.modules.pop("kdbench_plugin_demo", None)


def test_installed_plugin_registers_a_working_loss(tmp_path, monkeypatch, fresh_registry):
    monkeypatch.syspath_prepend(str(write_plugin(tmp_path)))
    assert "plugin_ce" in LOSSES.names()
    cls = LOSSES.get("plugin_ce")
    assert cls.paper == "a plugin, for tests" and cls.all_params()["K"].default == 5
    loss, ctx = setup_loss("plugin_ce", K=3)
    out = loss(batch_of([0, 1, 1]))
    out.backward()
    assert torch.isfinite(out) and ctx.student.user_emb.grad.abs().sum() > 0


def test_a_broken_plugin_is_skipped_with_a_warning(tmp_path, monkeypatch, fresh_registry, caplog):
    monkeypatch.syspath_prepend(str(write_plugin(tmp_path, entry="no_such_module_xyz")))
    names = LOSSES.names()
    assert "rrd" in names and "plugin_ce" not in names
    assert "could not load loss plugin 'plugin_ce'" in caplog.text


def test_list_losses_shows_the_plugin_from_the_command_line(tmp_path):
    root = write_plugin(tmp_path)
    kdbench = Path(sys.executable).with_name("kdbench")
    if not kdbench.is_file():
        pytest.skip("the kdbench console script is not installed beside this python")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root), str(Path.cwd())]),
        "COLUMNS": "200",
    }
    res = subprocess.run(
        [str(kdbench), "list", "losses", "plugin_ce"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    assert "a plugin, for tests" in res.stdout and "K: list length" in res.stdout


def test_list_losses_shows_papers_defaults_and_variants():
    res = CliRunner().invoke(app, ["list", "losses"], env={"COLUMNS": "250"})
    assert res.exit_code == 0, res.output
    for name in ("ce", "rd", "rrd", "rcekd", "student"):
        assert f"│ {name} " in res.output
    assert "rrd_variant: sampled|topk (default sampled)" in res.output
    assert "rd_variant: original|kds (default original)" in res.output
    assert "gamma_overlap: sampled|student_topk" in res.output


def test_list_one_loss_prints_its_equations_and_full_parameter_table():
    res = CliRunner().invoke(app, ["list", "losses", "rcekd"], env={"COLUMNS": "250"})
    assert res.exit_code == 0, res.output
    assert "Zhu & Zhang" in res.output and "L_RCE" in res.output
    for key in ("mxK", "T_s", "count_cap", "gamma_overlap", "mask_train", "unit", "lambda"):
        assert f"│ {key} " in res.output
    bad = CliRunner().invoke(app, ["list", "losses", "rcekdd"])
    assert bad.exit_code == 2 and "did you mean 'rcekd'" in bad.output


def test_the_contributing_example_is_a_working_loss(fresh_registry):
    text = (Path(__file__).resolve().parent.parent / "CONTRIBUTING.md").read_text()
    section = text[text.index("## Adding a KD loss") :]
    code = section[section.index("```python") + len("```python") : section.index("```\n", 10)]
    exec(compile(textwrap.dedent(code), "CONTRIBUTING.md", "exec"), {})
    loss, ctx = setup_loss("mykd", K=3, N=5)
    assert set(loss.variants) == {"mask_train"}
    out = loss(batch_of([1, 1, 2]))
    out.backward()
    assert torch.isfinite(out) and ctx.student.user_emb.grad.abs().sum() > 0
    with pytest.raises(ConfigError, match="K=6 must be <= N=5"):
        LOSSES.get("mykd")(K=6, N=5)
