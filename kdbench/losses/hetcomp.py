"""HetComp — Distillation from Heterogeneous Models (Kang et al., WWW'23), in the KDs form.

The knowledge is a teacher's training trajectory: its top-K lists (train items masked)
at C checkpoints of its training, easiest first. Each user's target is one checkpoint's
list; the dynamic knowledge construction (DKC) moves users along the trajectory as the
student catches up. This is the adaptation of the KDs harness that the RCE-KD paper's
Table 1 runs: one teacher, C = 3 checkpoints, the BPR base loss plus λ · L_HetComp (the
official code distils six heterogeneous teachers without BPR; the two are not
comparable).

Checkpoints: the first C of [epoch 50, 100, …, best] (0-based epochs before the
teacher's best epoch, then its best weights), the reference's order; ``final: best`` makes
the best weights the last target instead (the method's converged teacher), which differs
when the teacher's best comes after epoch 50·C. A teacher whose best epoch is at most
50·(C − 1) has fewer than C checkpoints: the run fails, as the reference asserts. (The
reference saves them only with ``--postsave``, whose score-matrix files its HetComp then
cannot parse; kdbench records the lists it means, while the teacher trains.)

DKC, every p epochs from epoch p on (at the epoch's start, on the student's masked
top-K), while the mean checkpoint index, rounded to 2 decimals, is below C − 1:

    dist_u(c) = 1 − NDCG@K of the student's list against checkpoint c's list
                (gains 2^{e^{−r/10}} − 1 at the student's rank r, rounded to 4 decimals)
    first call:  last_u = dist_u(idx_u + 1), nobody moves
    then:        moves to idx_u + 1 when last_u / dist_u(idx_u + 1) > α · decay^⌊epoch/p⌋
                 or < 1; a mover's last_u = dist_u(idx_u + 2)

(decay = 0.995). The paper writes the exponent epoch/p, the code ⌊epoch/p⌋; DKC runs only
at multiples of p, where the two are equal, so no option is needed.

Loss on the unique batch users' full student score rows, clamped to [−40, 40]
(P = each user's first P train items, P the smallest train count of any user; T = the
user's target list; R_n = non-train items outside T's top n):

    phase 1 (some users below C − 1):
        L = 2 · Σ_{i ∈ P ∪ T} −log( e^{s_i} / (e^{s_i} + Σ_{j ∈ R_K} e^{s_j}) )
    phase 2 (the mean checkpoint index rounds to C − 1):
        L = PL(P; R_{K/2}) + ½ · [ PL(T_{1..K/2}; R_{K/2}) + PL(T_{1..K/10}; R_{K/10}) ]
    PL(a; R) = −Σ_k [ s_{a_k} − log( Σ_{j ≥ k} e^{s_{a_j}} + Σ_{j ∈ R} e^{s_j} ) ]

The factor 2 of phase 1 is the reference's: with λ = 0.005 the weights are 0.01 then
0.005, the official code's. Sums as in the reference; ``unit: rows`` weighs a user by its
batch rows (KDs: every row scores the user's full row), ``unique_users`` once (official).
Raw ``exp`` sums with a 1e-5 floor in the reference; log-sum-exp here.

Cost: [U_b, I] scores per batch with their gradient (the method's), reduced to one
log-sum-exp over R_K (R_{K/2}, R_{K/10} add the target's tail to it); for a backbone with
score factors (MF, LightGCN, HSTU) in row blocks that stay in cache, recomputed in the
backward, never a [U_b, I] tensor; the listed items' scores come from ``score_items``.
Per DKC call one chunked student top-K and a few [U, K] membership tests, vectorised over
users.
"""

from __future__ import annotations

import torch

from kdbench.backbones.base import Batch
from kdbench.errors import RunError
from kdbench.losses.base import DistillContext, DistillLoss, register_loss, unit_param
from kdbench.losses.functional import (
    clamped_masked_logsumexp,
    dkc_start,
    dkc_update,
    factored_logsumexp,
    hetcomp_overall,
    hetcomp_rank,
    reduce,
)
from kdbench.losses.trajectory import TeacherTrajectory
from kdbench.params import Param

#: student scores are clamped to ±CLAMP before the loss (reference)
CLAMP = 40.0
#: weight of phase 1 relative to phase 2 (reference: 2, i.e. official weights 0.01 / 0.005)
PHASE1_WEIGHT = 2.0


def first_positives(indptr: torch.Tensor, indices: torch.Tensor) -> torch.Tensor:
    """[U, P] each user's first P train items in stored order, P = the smallest row length
    (the reference's fixed-width positive list). indptr: [U + 1], indices: [nnz]."""
    lengths = indptr[1:] - indptr[:-1]
    width = int(lengths.min()) if len(lengths) else 0
    offsets = torch.arange(width, device=indices.device)
    return indices[indptr[:-1, None] + offsets[None, :]]


def select_checkpoints(trajectory: TeacherTrajectory, C: int, final: str) -> torch.Tensor:
    """[C, U, K] the checkpoints a student walks: the first C of the trajectory
    (``ordered``), or its first C − 1 and its best (``best``). RunError if it has fewer."""
    have = len(trajectory.epochs)
    if have < C:
        epochs = ", ".join(map(str, trajectory.epochs))
        raise RunError(
            f"hetcomp: num_ckpt={C}, but the teacher's trajectory has {have} checkpoints "
            f"(epochs {epochs}, the last its best): it stopped early; lower num_ckpt"
        )
    if final == "best":
        return torch.cat([trajectory.lists[: C - 1], trajectory.lists[-1:]])
    return trajectory.lists[:C]


@register_loss("hetcomp")
class HetComp(DistillLoss):
    """A curriculum over the teacher's training trajectory: per-user targets move from
    early checkpoints' top-K lists to later ones as the student catches up."""

    paper = (
        "Kang et al., Distillation from Heterogeneous Models for Top-K Recommendation, "
        "WWW'23 (KDs form: one teacher's checkpoints)"
    )
    params = {
        "num_ckpt": Param(
            3,
            "C: checkpoints of the teacher's training the targets walk (the first C of "
            "epochs 50, 100, … before its best, then its best)",
            int,
            min=1,
            max=TeacherTrajectory.MAX_BEFORE_BEST + 1,
        ),
        "K": Param(
            50,
            "K: length of each checkpoint's top list (train masked)",
            int,
            min=10,
            max=TeacherTrajectory.K,
            items=True,
        ),
        "p": Param(10, "p: DKC period; users may move every p epochs", int, min=1),
        "alpha": Param(1.05, "α: DKC threshold α · decay^⌊epoch/p⌋ on the distance ratio", min=0),
        "decay": Param(0.995, "decay of the DKC threshold per p epochs", min=0),
        "final": Param(
            "ordered",
            "ordered: the first C checkpoints, the best last only when it is at most "
            "epoch 50·C (reference code); best: the first C − 1 and the best",
            str,
            choices=("ordered", "best"),
        ),
        "unit": unit_param("rows"),
        "lambda": Param(0.005, "λ: weight of the KD term (KDs, CiteULike MF)", min=0),
    }
    requires = frozenset({"teacher", "trajectory"})
    variants = ("final", "unit")

    def setup(self, ctx: DistillContext) -> None:
        super().setup(ctx)
        lists = select_checkpoints(ctx.teacher_trajectory(), self.num_ckpt, self.final)
        if lists.shape[-1] < self.K:
            raise RunError(
                f"hetcomp: K={self.K}, but the teacher's trajectory keeps {lists.shape[-1]} "
                "items per list; lower K"
            )
        U = ctx.data.n_users
        # constant after setup: not saved with the loss's state
        self.register_buffer("lists", lists[:, :, : self.K].to(ctx.device), persistent=False)
        self.register_buffer(
            "pos", first_positives(ctx.train.indptr, ctx.train.indices), persistent=False
        )
        # DKC state, carried across epochs (buffers, so mid-run checkpoints keep it)
        self.register_buffer("idx", torch.zeros(U, dtype=torch.long, device=ctx.device))
        self.register_buffer("last_dist", torch.ones(U, dtype=torch.float64, device=ctx.device))
        self.register_buffer("started", torch.zeros((), dtype=torch.bool, device=ctx.device))
        self.current_phase = self.phase

    @property
    def mean_ckpt(self) -> float:
        """The users' mean checkpoint index, rounded to 2 decimals (the reference's gate)."""
        return float(torch.round(self.idx.double().mean(), decimals=2))

    @property
    def phase(self) -> int:
        """1 while the rounded mean checkpoint index is below C − 1, then 2."""
        return 2 if self.mean_ckpt >= self.num_ckpt - 1 else 1

    def on_epoch_start(self, epoch: int) -> None:
        if epoch >= self.p and epoch % self.p == 0 and self.phase == 1:
            self.dkc(epoch)
        self.current_phase = self.phase  # read by every batch of the epoch

    @torch.no_grad()
    def dkc(self, epoch: int) -> None:
        """Move users along the trajectory (the first call only measures distances)."""
        top = self.ctx.topk(self.ctx.student, self.K, mask_train=True)  # [U, K], chunked
        if not self.started:
            self.last_dist = dkc_start(self.idx, top, self.lists)
            self.started.fill_(True)
            return
        threshold = self.alpha * self.decay ** (epoch // self.p)
        self.idx, self.last_dist = dkc_update(self.idx, self.last_dist, top, self.lists, threshold)

    def log_rest(self, u: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        """[U_b, 1] log Σ e^{s} over R_K (non-train items outside the target), clamped:
        over row blocks of the student's score factors where it has them, else over its
        [U_b, I] scores."""
        local, items = self.ctx.train.rows_of(u)
        k = target.shape[1]
        rows = torch.cat([local, torch.arange(len(u), device=u.device).repeat_interleave(k)])
        cols = torch.cat([items, target.reshape(-1)])
        student = self.ctx.student
        if student.has_score_factors():
            rows, order = torch.sort(rows, stable=True)  # the blocks take pairs by row
            users, all_items = student.score_factors(u)
            return factored_logsumexp(users.float(), all_items.float(), rows, cols[order], CLAMP)
        drop = torch.zeros(len(u), self.ctx.data.n_items, dtype=torch.bool, device=u.device)
        drop[rows, cols] = True
        return clamped_masked_logsumexp(student.score(u).float(), drop, CLAMP)

    def forward(self, batch: Batch) -> torch.Tensor:
        u, rows = self.batch_users(batch)
        target = self.lists[self.idx[u], u]  # [U_b, K]
        log_rest = self.log_rest(u, target)  # [U_b, 1]
        # the listed items' scores come from their embeddings, not from the [U_b, I] row,
        # so the row's only gradient is the log-sum's
        listed = torch.cat([self.pos[u], target], 1)
        s = self.ctx.student.score_items(u, listed).float().clamp(-CLAMP, CLAMP)
        s_pos, s_top = s[:, : self.pos.shape[1]], s[:, self.pos.shape[1] :]
        if self.current_phase == 1:
            values = PHASE1_WEIGHT * hetcomp_overall(s, log_rest)
        else:
            values = hetcomp_rank(s_pos, s_top, log_rest)
        return reduce(values, self.reduction, rows)
