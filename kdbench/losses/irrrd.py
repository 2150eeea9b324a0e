"""IR-RRD — item-side ranking regularised distillation (Kang et al., Inf. Sci.'21;
SeongKu-Kang/IR-RRD_INS21): RRD plus the same list loss with users and items swapped.

User side: RRD exactly (``rrd``: K interesting items from the teacher's top-N, L
uninteresting ones). Item side, per item i, with the teacher's top-N_I users of i
(train pairs masked, once):

    interesting users   [I, K_I]: K_I distinct ranks with p(r) ∝ exp(−r / T_I), sorted
    uninteresting users [I, L_I]: uniform without replacement among users outside that
                                  top list who do not have i in train
    L_IR = Σ_i −Σ_k [ s_{int_k, i} − log( Σ_{j≥k} e^{s_{int_j, i}} + Σ_l e^{s_{unint_l, i}} ) ]

over the unique items of the batch users' interesting and uninteresting lists (summed
over items, like the user side over users). This is the authors' rule: their training
loop (``LOO_IR_RRD_run`` in run.py, which main_IR_RRD.py imports) takes the unique items
of the unique batch users' sampled interesting and uninteresting lists as the batch's
items, looks up each item's sampled user lists (Utils/dataset.py,
``implicit_CF_dataset_IR_reg``) and sums the same relaxed ranking loss over them
(Utils/loss.py); neither the batch's positive/negative items nor a sample of items. With
large user-side lists that set is most of the catalogue every batch (CiteULike-t,
K = 100, L = 200, 2048 rows: over 99 % of the items; K = L = 40, 1024 rows, the
authors' setting: 76–87 %). The defaults K_I = L_I = 20, T_I = 10, N_I = 500 and
λ_IR = 5e-4 are main_IR_RRD.py's. The total is
``L_BPR + λ·L_RRD + λ_IR·L_IR`` (paper: λ = 1e-3, λ_IR = 5e-4); ``forward`` returns
``L_RRD + (λ_IR / λ)·L_IR`` since the trainer multiplies by λ. The item-wise top users
are merged chunk by chunk from the chunked user scoring: no users × items matrix.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import torch

from kdbench.backbones.base import Backbone, Batch
from kdbench.data import Interactions
from kdbench.errors import ConfigError
from kdbench.eval.ranking import DeviceCSR, user_chunks
from kdbench.losses.base import DistillContext, register_loss, temperature_space
from kdbench.losses.functional import (
    pair_keys,
    plackett_luce,
    reduce,
    sample_items_excluding,
    sample_ranks,
    unique_ids,
)
from kdbench.losses.rrd import RRD
from kdbench.params import Param, Space


@torch.no_grad()
def item_topk_users(
    model: Backbone,
    n_users: int,
    n_items: int,
    N: int,
    exclude: DeviceCSR | None,
    device: torch.device,
    chunk_bytes: int,
) -> torch.Tensor:
    """[I, N] each item's top-N users under ``model``, best first, ``exclude`` pairs masked.

    Users are scored in chunks; each chunk's [c, I] scores are merged into the running
    [I, N] best lists, so memory stays at O(I·(N + c)).
    """
    was = model.training
    model.eval()
    best = torch.empty(n_items, 0, device=device)
    who = torch.empty(n_items, 0, dtype=torch.long, device=device)
    for users in user_chunks(n_users, n_items, device, chunk_bytes // 2):
        scores = model.score(users).float()  # [c, I]
        if exclude is not None:
            local, items = exclude.rows_of(users)
            scores[local, items] = -torch.inf
        values = torch.cat([best, scores.T], 1)  # [I, N + c]
        ids = torch.cat([who, users.expand(n_items, -1)], 1)
        top = torch.topk(values, min(N, values.shape[1]), dim=1, sorted=True)
        best, who = top.values, torch.gather(ids, 1, top.indices)
    model.train(was)
    return who


@register_loss("irrrd")
class IRRRD(RRD):
    """RRD on the user side plus RRD's list loss on the item side."""

    paper = "Kang et al., Item-side ranking regularized distillation, Inf. Sci.'21"
    params = {
        **RRD.params,
        "K_I": Param(
            20,
            "K_I: interesting users per item, from its top-N_I users",
            int,
            min=1,
            space=Space.of(10, 20, 40),
        ),
        "L_I": Param(
            20,
            "L_I: uninteresting users per item (uniform, outside top ∪ train)",
            int,
            min=0,
            space=Space.of(10, 20, 40),
        ),
        "N_I": Param(
            500,
            "N_I: length of the teacher's per-item list of users",
            int,
            min=1,
            space=Space.of(100, 200, 500, 1000),
        ),
        "T_I": Param(
            10.0,
            "T_I: temperature of the item-side rank distribution",
            min=1e-12,
            space=temperature_space(10.0),
        ),
        "lambda_ir": Param(
            5e-4,
            "λ_IR: weight of the item-side term (paper)",
            min=0,
            space=Space.range(5e-8, 5e-3, log=True),
        ),
    }

    @classmethod
    def check_params(cls, hp: dict[str, Any], where: str) -> None:
        super().check_params(hp, where)
        if hp["K_I"] > hp["N_I"]:
            raise ConfigError(
                f"{where}: K_I={hp['K_I']} must be <= N_I={hp['N_I']} (K_I ranks come from "
                "the item's top-N_I users)"
            )
        if hp["lambda"] == 0 and hp["lambda_ir"] > 0:
            raise ConfigError(f"{where}: lambda_ir needs lambda > 0 (the trainer scales by λ)")

    @classmethod
    def check_data(cls, hp: dict[str, Any], data: Interactions, where: str) -> None:
        """Every item needs L_I users outside its training users and its teacher top-N_I
        list (which excludes training users) to draw its uninteresting users from."""
        if hp["L_I"] == 0 or data.n_items == 0:
            return
        U = data.n_users
        degree = np.bincount(data.train.indices, minlength=data.n_items)
        item = int(degree.argmax())
        left = U - int(degree[item]) - min(hp["N_I"], U)
        if left < hp["L_I"]:
            most = U - int(degree[item]) - hp["L_I"]
            fix = f"lower N_I to at most {most}" if most >= hp["K_I"] else "lower L_I"
            raise ConfigError(
                f"{where}: item {item} has {int(degree[item])} training users, so with "
                f"N_I={hp['N_I']} only {max(left, 0)} of the {U} users of {data.name} are left "
                f"to draw L_I={hp['L_I']} uninteresting users from; {fix}"
            )

    def setup(self, ctx: DistillContext) -> None:
        super().setup(ctx)
        self.check_data(self.hp, ctx.data, f"losses.{self.name}")
        U, n_items = ctx.data.n_users, ctx.data.n_items
        self.N_I = min(self.N_I, U)
        self.item_top = item_topk_users(
            ctx.teacher, U, n_items, self.N_I, ctx.train, ctx.device, ctx.chunk_bytes
        )  # [I, N_I]
        items = torch.arange(n_items, device=ctx.device)[:, None].expand_as(self.item_top)
        train_users = torch.repeat_interleave(torch.arange(U, device=ctx.device), ctx.train.lengths)
        # (item, user) pairs that may never be uninteresting: train pairs and the top lists
        self._item_excluded = torch.unique(
            torch.cat(
                [
                    pair_keys(ctx.train.indices, train_users, U),
                    pair_keys(items, self.item_top, U).ravel(),
                ]
            )
        )

    def on_epoch_start(self, epoch: int) -> None:
        super().on_epoch_start(epoch)
        data, gen = self.ctx.data, self.ctx.generator
        ranks = sample_ranks(data.n_items, self.N_I, self.K_I, self.T_I, gen)  # [I, K_I]
        self.item_interesting = torch.gather(self.item_top, 1, ranks)
        self.item_uninteresting = sample_items_excluding(
            data.n_items, data.n_users, self.L_I, self._item_excluded, gen
        )  # [I, L_I] users

    def side_items(self, users: torch.Tensor) -> torch.Tensor:
        """The items that get the item-side loss for batch users ``users`` (unique):
        the unique items of their interesting and uninteresting lists, ascending."""
        lists = torch.cat([self.interesting[users], self.uninteresting[users]], 1)
        return unique_ids(lists, self.ctx.data.n_items)

    def item_side(self, users: torch.Tensor) -> torch.Tensor:
        """L_IR per item [n] for ``side_items(users)``, in that order."""
        items = self.side_items(users)
        who = torch.cat([self.item_interesting[items], self.item_uninteresting[items]], 1)
        s = self.ctx.student.score_users(items, who)  # [n, K_I+L_I]
        return plackett_luce(s[:, : self.K_I], s[:, self.K_I :])

    def forward(self, batch: Batch) -> torch.Tensor:
        user_side = super().forward(batch)
        if not self.lambda_ir:
            return user_side
        u, _ = self.batch_users(batch)
        item_side = reduce(self.item_side(u), self.reduction)
        return user_side + (self.lambda_ir / self.lam) * item_side
