"""The teacher's top-K lists stored with the cached teacher, served to students' losses."""

from __future__ import annotations

import torch

from kdbench.backbones.mf import MF
from kdbench.losses import DistillContext
from kdbench.train.teacher import StoredListsContext, TeacherCache, TeacherLists


def counted(fn):
    calls = []

    def wrapped(k):
        calls.append(k)
        return fn(k)

    return wrapped, calls


def lists_of(k: int) -> torch.Tensor:
    """A stand-in ranking: user u's list is u, u+1, ... (only prefixes matter here)."""
    return torch.arange(4)[:, None] + torch.arange(k)[None, :]


def test_lists_are_computed_once_stored_and_served_by_prefix(tmp_path):
    compute, calls = counted(lists_of)
    store = TeacherLists(tmp_path, "cpu", min_k=10)
    assert torch.equal(store.get(5, True, compute, n_items=100), lists_of(5))
    assert calls == [10]  # at least min_k computed
    assert torch.equal(store.get(8, True, compute, n_items=100), lists_of(8))
    assert calls == [10]
    # another run (a new object) reads the file
    again = TeacherLists(tmp_path, "cpu", min_k=10)
    assert torch.equal(again.get(10, True, compute, n_items=100), lists_of(10))
    assert calls == [10]
    # masked and unmasked lists are kept apart; more than stored is computed and replaces it
    again.get(3, False, compute, n_items=100)
    assert calls == [10, 10]
    assert torch.equal(again.get(20, True, compute, n_items=100), lists_of(20))
    assert calls == [10, 10, 20]
    assert TeacherLists(tmp_path, "cpu").get(15, True, compute, n_items=100).shape == (4, 15)
    assert calls == [10, 10, 20]
    # min_k never asks for more items than exist
    TeacherLists(tmp_path / "small", "cpu", min_k=50).get(2, True, compute, n_items=30)
    assert calls[-1] == 30


def test_context_serves_the_teacher_from_the_store(tmp_path, ml100k_slice):
    data = ml100k_slice
    torch.manual_seed(0)
    teacher, student = MF(data, dim=8).eval(), MF(data, dim=4)
    cache = TeacherCache(tmp_path, topk_lists=30)
    gen = torch.Generator()
    plain = DistillContext(teacher, student, data, torch.device("cpu"), gen)
    ctx = StoredListsContext(
        teacher, student, data, torch.device("cpu"), gen, teacher_lists=cache.lists("t1", "cpu")
    )
    for mask in (True, False):
        torch.testing.assert_close(ctx.topk(teacher, 20, mask), plain.topk(teacher, 20, mask))
    assert sorted(p.name for p in (tmp_path / "t1").iterdir()) == [
        "topk-all.npy",
        "topk-masked.npy",
    ]
    # the student's lists are always fresh
    before = ctx.topk(student, 5, True)
    with torch.no_grad():
        student.user_emb.mul_(-1)
    assert not torch.equal(ctx.topk(student, 5, True), before)


def test_option_off_and_record_copy_skips_lists(tmp_path, ml100k_slice):
    assert TeacherCache(tmp_path).lists("t", "cpu") is None
    cache = TeacherCache(tmp_path / "cache", topk_lists=5)
    teacher = MF(ml100k_slice, dim=4)
    cache.save("t", teacher, {"run.json": b"{}", "topk.npz": b"x"})
    cache.lists("t", "cpu").get(5, True, lists_of, n_items=10)
    cache.copy_record("t", tmp_path / "store" / "t")
    assert sorted(p.name for p in (tmp_path / "store" / "t").iterdir()) == ["run.json", "topk.npz"]
