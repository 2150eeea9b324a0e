"""`kdbench new loss NAME`: a working plugin package for a new KD loss."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

import typer

from kdbench.cli.app import app, cli_errors, console
from kdbench.errors import ConfigError

new_app = typer.Typer(
    help="Scaffolds: a new KD loss as a plugin package.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
)
app.add_typer(new_app, name="new")

NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")

PYPROJECT = """\
[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "kdbench-{dist}"
version = "0.1.0"
description = "The {name} knowledge-distillation loss for kdbench"
requires-python = ">=3.11"
dependencies = ["kdbench"]

[project.optional-dependencies]
test = ["pytest>=8"]

# kdbench imports this module on its first loss lookup; its @register_loss registers {name}
[project.entry-points."kdbench.losses"]
{name} = "{package}.loss"

[tool.setuptools]
packages = ["{package}"]
"""

INIT = '''"""The {name} KD loss for kdbench (registered through the kdbench.losses entry point)."""
'''

LOSS = '''"""{title}: soft-label BCE on the teacher's top-K list and L uniform items per user.

Replace this with your method: equations first, then what each parameter means, in the
paper's symbols. The template distils, per user u,

    Q(u) = teacher top-K, train items masked (once, in setup)          [U, K]
    N(u) = L items drawn uniformly from those not in pos(u) ∪ Q(u),
           redrawn every epoch (on_epoch_start, from ctx.generator)      [U, L]
    y_ui = σ(t_ui / τ)                                                   soft label
    L_KD = Σ_rows Σ_{{i ∈ Q(u) ∪ N(u)}} softplus(s_ui / τ) − y_ui · s_ui / τ

with s, t the student's and the (frozen) teacher's scores. The trainer adds λ·L_KD to the
student's base loss; ``lambda`` and ``reduction`` are declared for you.
"""

from __future__ import annotations

import torch
from kdbench.backbones.base import Batch
from kdbench.losses.base import DistillContext, DistillLoss, register_loss, unit_param
from kdbench.losses.functional import pair_keys, reduce, sample_items_excluding, soft_bce
from kdbench.params import Param


@register_loss("{name}")
class {cls}(DistillLoss):
    """Soft-label BCE on the teacher's top-K and L uniform items per user."""

    paper = "Author et al., Venue'YY"
    params = {{
        "K": Param(20, "K: length of the teacher's top-K list Q(u)", int, min=1, items=True),
        "L": Param(20, "L: uniform items per user, redrawn every epoch", int, min=0, items=True),
        "tau": Param(1.0, "τ: temperature on teacher and student scores", min=1e-6),
        "unit": unit_param("rows"),
    }}

    def setup(self, ctx: DistillContext) -> None:
        super().setup(ctx)  # self.ctx = ctx
        U, n_items = ctx.data.n_users, ctx.data.n_items
        self.Q = ctx.topk(ctx.teacher, self.K, mask_train=True)  # [U, K], in user chunks
        users = torch.arange(U, device=ctx.device)[:, None].expand_as(self.Q)
        # (user, item) keys N(u) may not contain: train items and Q(u)
        self.excluded = torch.unique(
            torch.cat([ctx.train.keys, pair_keys(users, self.Q, n_items).ravel()])
        )

    def on_epoch_start(self, epoch: int) -> None:
        ctx = self.ctx
        N = sample_items_excluding(
            ctx.data.n_users, ctx.data.n_items, self.L, self.excluded, ctx.generator
        )  # [U, L]
        self.items = torch.cat([self.Q, N], 1)  # [U, K+L]
        self.y = torch.sigmoid(ctx.score_lists(ctx.teacher, self.items) / self.tau)  # no grad

    def forward(self, batch: Batch) -> torch.Tensor:
        u, rows = self.batch_users(batch)  # unique users [U_b], rows each stands for
        s = self.ctx.student.score_items(u, self.items[u]) / self.tau  # [U_b, K+L]
        return reduce(soft_bce(s, self.y[u]), self.reduction, rows)
'''

TEST = '''"""The kdbench loss contract for {name} (kdbench.testing.check_loss): run `pytest`."""

from kdbench.testing import check_loss
from {package}.loss import {cls}


def test_{name}_keeps_the_loss_contract():
    check_loss({cls}, K=10, L=10)  # AssertionError: its first line names the broken rule
'''

SUITE = """\
# {name} against vanilla KD (ce) and the student without KD, on MovieLens-100K:
# an MF-64 teacher, MF-8 students, three seeds.
#   kdbench validate {suite}     the plan, nothing computed
#   kdbench run {suite}          (resumable)
name: {name}
output: {output}
datasets:
  ml-100k: {{}}
backbones:
  mf-64: {{model: mf, dim: 64}}
  mf-8: {{model: mf, dim: 8}}
pairs:
  - {{teacher: mf-64, student: mf-8}}
losses:
  student: {{}}
  ce: {{K: 50, tau: 1.0, lambda: 1.0, guide: teacher}}
  {name}: {{K: 20, L: 20, tau: 1.0, lambda: 0.1}}
seeds: [0, 1, 2]
train:
  epochs: 30
  patience: 5
  batch_size: 1024
  lr: 0.005
metrics: [recall@10, recall@20, ndcg@10, ndcg@20]
executor: {{kind: local, workers: 2}}
"""

README = """\
# kdbench-{dist}

The `{name}` knowledge-distillation loss as a kdbench plugin.

```
pip install -e .                 # registers {name} through the kdbench.losses entry point
pytest                           # the loss contract (kdbench.testing.check_loss)
kdbench list losses {name}       # its equations and parameters
kdbench run suite.yaml           # {name} vs ce vs the no-KD student on ml-100k
```

Edit `{package}/loss.py`: the docstring's equations, `params`, `setup` (teacher-only work,
once), `on_epoch_start` (per-epoch sampling) and `forward` (the unweighted KD term).
"""


def files(name: str, root: Path) -> dict[str, str]:
    """The package's files, by path relative to its folder."""
    package = f"kdbench_{name}"
    fmt = {
        "name": name,
        "dist": name.replace("_", "-"),
        "package": package,
        "cls": "".join(part.capitalize() for part in name.split("_")) + "Loss",
        "title": name,
        "suite": str(root / "suite.yaml"),
        "output": str(root / "runs"),
    }
    return {
        "pyproject.toml": PYPROJECT.format(**fmt),
        "README.md": README.format(**fmt),
        f"{package}/__init__.py": INIT.format(**fmt),
        f"{package}/loss.py": LOSS.format(**fmt),
        "tests/test_loss.py": TEST.format(**fmt),
        "suite.yaml": SUITE.format(**fmt),
    }


def write_package(name: str, root: Path) -> list[Path]:
    """Write the plugin package for loss ``name`` into ``root`` (absent or empty), all at
    once: the files go to a temporary folder beside it, renamed into place at the end."""
    from kdbench.losses import LOSSES

    if not NAME.match(name):
        raise ConfigError(
            f"loss name {name!r}: use lower-case letters, digits and _ (a Python identifier "
            "starting with a letter), e.g. mykd"
        )
    if name in LOSSES:
        raise ConfigError(f"loss name {name!r} is already registered; choose another name")
    root = root.expanduser().resolve()
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise ConfigError(f"--plugin {root}: exists and is not an empty folder; choose another")
    root.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{root.name}.", dir=root.parent))
    try:
        for rel, text in files(name, root).items():
            (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
            (tmp / rel).write_text(text)
        if root.exists():
            root.rmdir()
        os.replace(tmp, root)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return sorted(root / rel for rel in files(name, root))


@new_app.command("loss")
@cli_errors
def loss(
    name: str = typer.Argument(..., help="The loss's registry name, e.g. mykd."),
    plugin: Path = typer.Option(
        None, "--plugin", help="Folder for the package (default: ./kdbench-NAME)."
    ),
) -> None:
    """Write a working plugin package for a new KD loss NAME: pyproject.toml with the
    entry point, the loss (a template to edit), a test calling kdbench.testing.check_loss
    and suite.yaml comparing it with ce and the no-KD student on ml-100k.

    Then: `pip install -e DIR`, `pytest DIR`, `kdbench run DIR/suite.yaml`."""
    root = plugin if plugin is not None else Path(f"kdbench-{name.replace('_', '-')}")
    written = write_package(name, root)
    for path in written:
        console.print(f"wrote {path}", highlight=False, markup=False)
    folder = root.expanduser().resolve()
    console.print(
        f"next: pip install -e {folder} && pytest {folder} && kdbench run {folder}/suite.yaml",
        highlight=False,
        markup=False,
    )
