"""MF's row gather: the same values and gradients as plain indexing, bit for bit."""

from __future__ import annotations

import pytest
import torch

from kdbench.backbones.mf import gather_rows


@pytest.mark.parametrize("threads", [1, 2])
def test_gather_rows_matches_indexing_bitwise(threads: int) -> None:
    before = torch.get_num_threads(), torch.are_deterministic_algorithms_enabled()
    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True)  # what every run sets (seed_everything)
    try:
        g = torch.Generator().manual_seed(0)
        table = torch.randn(50, 7, generator=g)
        idx = torch.randint(50, (64, 30), generator=g)  # many repeats per row
        users = torch.randint(50, (64,), generator=g)
        out = {}
        for name, gather in (("index", lambda t, i: t[i]), ("gather_rows", gather_rows)):
            t = table.clone().requires_grad_(True)
            s = torch.einsum("bd,bnd->bn", gather(t, users), gather(t, idx))
            (s.sin() * torch.arange(30.0)).sum().backward()
            out[name] = (s.detach(), t.grad)
        assert torch.equal(out["index"][0], out["gather_rows"][0])
        assert torch.equal(out["index"][1], out["gather_rows"][1])
        assert out["gather_rows"][1].abs().sum() > 0
    finally:
        torch.set_num_threads(before[0])
        torch.use_deterministic_algorithms(before[1])
