"""kdbench.testing.check_loss: every kdbench loss keeps the contract, and a loss that
breaks a rule fails with an AssertionError whose first line names that rule."""

from __future__ import annotations

import pytest
import torch

from kdbench.backbones.base import Batch
from kdbench.losses import LOSSES, DistillContext, DistillLoss
from kdbench.losses.base import unit_param
from kdbench.losses.functional import reduce, soft_ce
from kdbench.params import Param
from kdbench.testing import RULES, check_loss, loss_contract

#: list sizes within ML-100K's 1,682 items, small enough for seconds per loss
SMALL = {
    "cd": {"N": 200},
    "dcd": {"mxK": 200, "K": 20},
    "de": {"M": 3},
    "hetcomp": {"K": 20, "p": 1},  # the curriculum moves at epoch 1
    "htd": {"K": 3},
    "irrrd": {"N": 100, "N_I": 100},
    "rcekd": {"K": 20, "L": 20, "mxK": 50},
    "unkd": {"N": 200},
}
OWN = [n for n in LOSSES.names() if LOSSES.get(n).__module__.startswith("kdbench.")]


@pytest.mark.parametrize("name", OWN)
def test_every_kdbench_loss_keeps_the_contract(name):
    check_loss(name, **SMALL.get(name, {}))


class TopK(DistillLoss):
    """Soft CE on the teacher's top-K: a loss that keeps every rule."""

    name = "kit_topk"
    params = {
        "K": Param(10, "K: list length", int, min=1, items=True),
        "unit": unit_param("rows"),
    }

    def setup(self, ctx: DistillContext) -> None:
        super().setup(ctx)
        self.Q = ctx.topk(ctx.teacher, self.K, mask_train=True)  # [U, K]
        self.t_Q = ctx.score_lists(ctx.teacher, self.Q)

    def weights(self, u: torch.Tensor) -> torch.Tensor | float:
        return 1.0

    def forward(self, batch: Batch) -> torch.Tensor:
        u, rows = self.batch_users(batch)
        s = self.ctx.student.score_items(u, self.Q[u])
        return reduce(soft_ce(s * self.weights(u), self.t_Q[u]), self.reduction, rows)


def broken(rules: list[str] | None = None, **kw) -> str:
    """The first line of the AssertionError check_loss raises."""
    with pytest.raises(AssertionError) as err:
        check_loss(kw.pop("cls"), rules=rules, **kw)
    return str(err.value).splitlines()[0]


def test_a_loss_that_keeps_the_rules_passes():
    check_loss(TopK)


def test_state_in_a_python_attribute_fails_resume():
    class Counter(TopK):
        def setup(self, ctx):
            super().setup(ctx)
            self.seen = 0  # lost by a checkpoint: not a buffer

        def on_epoch_start(self, epoch):
            self.seen += 1

        def weights(self, u):
            return float(self.seen)

    line = broken(cls=Counter)
    assert line.startswith("[resume]") and "seen" in line and "register_buffer" in line


def test_a_users_by_items_tensor_fails_dense_allocation():
    class Dense(TopK):
        def on_epoch_start(self, epoch):
            users = torch.arange(self.ctx.data.n_users, device=self.ctx.device)
            with torch.no_grad():
                self.Q = self.ctx.student.score(users).topk(self.K).indices  # [U, I] at once

    line = broken(cls=Dense)
    assert line.startswith("[dense_allocation]") and "ctx.topk" in line


def test_an_update_to_the_teacher_fails_teacher_frozen():
    class Nudge(TopK):
        def on_epoch_start(self, epoch):
            with torch.no_grad():
                for p in self.ctx.teacher.parameters():
                    p.mul_(0.9)

    line = broken(cls=Nudge)
    assert line.startswith("[teacher_frozen]") and "user_emb" in line


def test_holding_the_teacher_as_a_submodule_fails_teacher_frozen():
    class Holds(TopK):
        def setup(self, ctx):
            super().setup(ctx)
            self.teacher = ctx.teacher  # registers its weights in the loss's state_dict

    line = broken(["teacher_frozen"], cls=Holds)
    assert line.startswith("[teacher_frozen]") and "self.ctx" in line


def test_a_tensor_made_without_a_device_fails_device():
    class Cpu(TopK):
        def weights(self, u):
            return torch.ones(len(u), 1)  # on the default device, not ctx.device

    line = broken(["device"], cls=Cpu)
    assert line.startswith("[device]") and "torch.ones" in line and "device=ctx.device" in line


def test_a_raw_exp_fails_extreme_scores():
    class RawExp(TopK):
        def forward(self, batch):
            u, rows = self.batch_users(batch)
            s = self.ctx.student.score_items(u, self.Q[u])
            p = torch.exp(self.t_Q[u]) / torch.exp(self.t_Q[u]).sum(-1, keepdim=True)
            q = torch.exp(s) / torch.exp(s).sum(-1, keepdim=True)
            return reduce(-(p * torch.log(q)).sum(-1), self.reduction, rows)

    line = broken(["shapes", "extreme_scores"], cls=RawExp)
    assert line.startswith("[extreme_scores]") and "±1e4" in line


def test_an_ignored_reduction_or_unit_fails_reduction():
    class AlwaysSum(TopK):
        def forward(self, batch):
            u, rows = self.batch_users(batch)
            s = self.ctx.student.score_items(u, self.Q[u])
            return (soft_ce(s, self.t_Q[u]) * rows).sum()

    class EveryRow(TopK):
        def forward(self, batch):
            s = self.ctx.student.score_items(batch.users, self.Q[batch.users])
            return reduce(soft_ce(s, self.t_Q[batch.users]), self.reduction)

    assert broken(["reduction"], cls=AlwaysSum).startswith("[reduction] reduction: mean")
    check_loss(EveryRow, rules=["reduction"])  # unit: rows, the default, is what it does
    line = broken(["reduction"], cls=EveryRow, unit="unique_users")
    assert line.startswith("[reduction] unit: unique_users is not honoured")


def test_an_unseeded_generator_fails_determinism():
    class Unseeded(TopK):
        def on_epoch_start(self, epoch):
            g = torch.Generator()
            g.seed()  # fresh entropy: not derived from the run's seed
            self.w = torch.rand(self.ctx.data.n_users, 1, generator=g)

        def weights(self, u):
            return self.w[u]

    line = broken(["determinism"], cls=Unseeded)
    assert line.startswith("[determinism]") and "ctx.generator" in line


def test_a_default_outside_its_own_range_fails_params():
    class BadDefault(TopK):
        params = {"K": Param(0, "K: list length", int, min=1)}

    line = broken(["params"], cls=BadDefault)
    assert line.startswith("[params] the default of 'K'")


def test_a_plain_exception_for_a_bad_value_fails_params():
    class Raises(TopK):
        params = {"K": Param(10, "K: list length", int)}  # no min: K=0 reaches the check

        @classmethod
        def check_params(cls, hp, where):
            if hp["K"] < 1:
                raise ValueError("K must be positive")

    assert check_loss(Raises, rules=["params"]) is None  # its bad values are not probed
    line = broken(["params"], cls=Raises, K=0)
    assert line.startswith("[params] constructing the loss raised ValueError")


def test_rules_are_named_and_run_one_at_a_time():
    with pytest.raises(ValueError, match="unknown rule"):
        check_loss(TopK, rules=["nope"])
    assert RULES[0] == "params" and RULES[-1] == "resume"
    loss_contract(TopK, K=5)("reduction")
