"""CONTRIBUTING.md's reference of the API a loss sees is the one the code renders, and it
names every public member of Batch, DistillContext, DistillLoss, Param, the functional
helpers and kdbench.testing."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "api_reference.py"


@pytest.fixture(scope="module")
def api():
    spec = importlib.util.spec_from_file_location("api_reference", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_contributing_has_the_reference_the_code_renders(api):
    block = api.current(api.CONTRIBUTING.read_text())
    assert block, "CONTRIBUTING.md lost its api-reference block"
    assert block == api.render(), (
        "CONTRIBUTING.md's API reference is stale: run python scripts/api_reference.py --write"
    )


def test_every_public_member_is_documented(api):
    block = api.current(api.CONTRIBUTING.read_text())
    members = api.public_members()
    assert {"users", "pos", "neg", "generator"} <= set(members["Batch"])
    assert {"topk", "score_lists", "train", "teacher_trajectory"} <= set(members["DistillContext"])
    assert {"setup", "on_epoch_start", "forward", "check_params"} <= set(members["DistillLoss"])
    assert {"soft_ce", "plackett_luce", "reduce"} <= set(members["functional"])
    missing = [
        f"{section}.{name}"
        for section, names in members.items()
        for name in names
        if not re.search(rf"`(ctx\.)?{re.escape(name)}\b", block)
    ]
    assert not missing, f"undocumented in CONTRIBUTING.md: {missing}; add docstrings and --write"


def test_soft_ce_is_documented_with_its_exact_form(api):
    block = api.current(api.CONTRIBUTING.read_text())
    assert "−Σ_j softmax(t/τ)_j · log_softmax(s/τ)_j" in block
