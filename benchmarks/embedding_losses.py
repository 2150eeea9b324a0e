"""Training-epoch cost of DE, HTD and FTD on CiteULike-t, MF-400 teacher → MF-20 student,
the reference configurations (batch 2048, M = K = 30), against the no-KD student epoch
and against the reference code's way of computing the same terms (a Python loop over M
expert modules with [n, d_t, M] tensors; dense n × n similarity matrices with one-hot
group masks), timed on the same batches in the same run.

Usage: python benchmarks/embedding_losses.py [--batches 8] [--threads N] [--data PATH]

``--batches`` times DE and HTD on that many batches and scales to the epoch's batch
count (their per-batch cost is flat: no per-epoch work besides a τ update); the no-KD
student and FTD run a full epoch. PATH: CiteULike-t ``users.dat`` (default: the
KDBENCH_TEST_DATA folder or ../shared/data beside the repository).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

from kdbench.backbones import BACKBONES
from kdbench.data import load_dataset
from kdbench.losses import LOSSES, DistillContext
from kdbench.losses.experts import expert_hidden
from kdbench.train.sampling import bpr_batches
from kdbench.train.trainer import TrainConfig, make_optimizer

REPO = Path(__file__).resolve().parent.parent
#: RCE-KD reference code measured unmodified on this kind of machine (spec, s/epoch)
REFERENCE_EPOCH_S = {"student": 2.42, "de": 107.0, "htd": 207.0}
SETTINGS = {"de": {"M": 30}, "htd": {"K": 30, "alpha": 0.9}, "ftd": {}}


def data_path(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    root = Path(os.environ.get("KDBENCH_TEST_DATA", REPO.parent / "shared" / "data"))
    return root / "citeulike-t" / "users.dat"


# --- the reference code's computation pattern (for the same-run ratio) ------------------


class LoopExperts(nn.Module):
    """M separate Linear-ReLU-Linear experts run one after another, outputs stacked as
    [n, d_t, M] and weighted by a repeated [n, d_t, M] gate: the reference's DE/GA."""

    def __init__(self, m: int, d_s: int, d_t: int) -> None:
        super().__init__()
        h = expert_hidden(d_s, d_t)
        self.experts = nn.ModuleList(
            nn.Sequential(nn.Linear(d_s, h), nn.ReLU(), nn.Linear(h, d_t)) for _ in range(m)
        )
        self.gate = nn.Sequential(nn.Linear(d_t, m), nn.Softmax(dim=1))

    def forward(self, s: torch.Tensor, t: torch.Tensor, tau: float) -> torch.Tensor:
        alpha = self.gate(t)
        g = torch.distributions.Gumbel(0, 1).sample(alpha.size())
        z = torch.softmax(((alpha + 1e-10).log() + g) / tau, dim=1)
        z = z.unsqueeze(1).repeat(1, t.shape[1], 1)
        out = torch.cat([e(s).unsqueeze(-1) for e in self.experts], -1)
        return ((t - (out * z).sum(2)) ** 2).sum(-1).sum()


def dense_td(t: torch.Tensor, s: torch.Tensor, z: torch.Tensor) -> torch.Tensor:
    """The reference's HTD topology term ('second'): one-hot group matrix, n × n cosines."""

    def sim(a, b):
        return (a @ b.T) / a.norm(dim=1, keepdim=True) / b.norm(dim=1, keepdim=True).T

    groups = z.unique()
    onehot = F.one_hot(z).float()
    with torch.no_grad():
        w = onehot.T / (onehot.T.sum(1, keepdim=True) + 1e-10)
        p_s, p_t = (w @ s)[groups], (w @ t)[groups]
    mask = onehot @ onehot.T
    t_sim = sim(t, t) * mask
    keep = t_sim > 0
    s_sim = (sim(s, s) * mask)[keep]
    ent = ((s_sim - t_sim[keep]) ** 2).sum()
    return ent + ((sim(p_s, s) - sim(p_t, t)) ** 2).sum()


class ReferenceDE(nn.Module):
    def __init__(self, ctx: DistillContext, m: int) -> None:
        super().__init__()
        self.ctx = ctx
        self.t_user, self.t_item = ctx.teacher.embeddings()
        d_s, d_t = ctx.student.dim, self.t_user.shape[1]
        self.user, self.item = LoopExperts(m, d_s, d_t), LoopExperts(m, d_s, d_t)

    def forward(self, batch) -> torch.Tensor:
        su, si = self.ctx.student.embeddings()
        u, p, n = batch.users.unique(), batch.pos.unique(), batch.neg.unique()
        return self.user(su[u], self.t_user[u], 1.0) + 0.5 * (
            self.item(si[p], self.t_item[p], 1.0) + self.item(si[n], self.t_item[n], 1.0)
        )


class ReferenceHTD(ReferenceDE):
    def __init__(self, ctx: DistillContext, k: int, alpha: float) -> None:
        super().__init__(ctx, k)
        self.k, self.alpha = k, alpha

    def forward(self, batch) -> torch.Tensor:
        su, si = self.ctx.student.embeddings()
        u, i = batch.users.unique(), torch.cat([batch.pos, batch.neg]).unique()
        ga = self.user(su[u], self.t_user[u], 1.0) + self.item(si[i], self.t_item[i], 1.0)
        with torch.no_grad():
            z = torch.cat(
                [
                    self.user.gate(self.t_user[u]).argmax(-1),
                    self.item.gate(self.t_item[i]).argmax(-1) + self.k,
                ]
            )
        t = torch.cat([self.t_user[u], self.t_item[i]])
        s = torch.cat([su[u], si[i]])
        return self.alpha * dense_td(t, s, z) + (1 - self.alpha) * ga


def expert_gemm_floor(name: str, batches, ctx_dims: tuple[int, int], m: int = 30) -> float:
    """Seconds of the three big expert GEMMs alone for these batches' entity counts."""
    d_s, d_t = ctx_dims
    mh = m * ((d_s + d_t) // 2 if name == "htd" else expert_hidden(d_s, d_t))
    w = torch.randn(mh, d_t)
    total = 0.0
    for batch in batches:
        u = batch.users.unique().numel()
        if name == "de":
            i = batch.pos.unique().numel() + batch.neg.unique().numel()
        else:
            i = torch.cat([batch.pos, batch.neg]).unique().numel()
        for n in (u, i):
            h, g = torch.randn(n, mh), torch.randn(n, d_t)
            t0 = time.perf_counter()
            h @ w
            g @ w.T
            h.T @ g
            total += time.perf_counter() - t0
    return total


# --- timing ------------------------------------------------------------------------------


def time_batches(student, loss, batches, opt) -> float:
    t0 = time.perf_counter()
    for batch in batches:
        student.begin_step()
        total = student.base_loss(batch)
        if loss is not None:
            total = total + loss(batch)
        opt.zero_grad(set_to_none=True)
        total.backward()
        opt.step()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batches", type=int, default=8, help="DE/HTD batches timed per method")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    ap.add_argument("--data", default=None, help="CiteULike-t users.dat")
    ap.add_argument("--teacher-epochs", type=int, default=3)
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    data = load_dataset("citeulike-t", path=str(data_path(args.data)))
    dev = torch.device("cpu")
    print(
        f"torch {torch.__version__}, {torch.get_num_threads()} threads"
        f"{' (set by --threads)' if args.threads else ''}; citeulike-t {data.stats()}"
    )

    # a teacher trained a few epochs, so its gates see structured embeddings
    torch.manual_seed(0)
    teacher = BACKBONES.get("mf")(data, dim=400)
    gen = torch.Generator().manual_seed(0)
    ctx0 = DistillContext(None, teacher, data, dev, gen)
    opt = torch.optim.Adam(teacher.parameters(), lr=1e-2)
    t0 = time.perf_counter()
    for _ in range(args.teacher_epochs):
        time_batches(teacher, None, bpr_batches(ctx0.train, 2048, gen), opt)
    teacher.eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    print(f"teacher MF-400: {args.teacher_epochs} epochs in {time.perf_counter() - t0:.1f} s")

    def setup(name: str, make=None):
        torch.manual_seed(1)
        student = BACKBONES.get("mf")(data, dim=20)
        g = torch.Generator().manual_seed(1)
        ctx = DistillContext(teacher, student, data, dev, g)
        if make is not None:
            loss = make(ctx)
        elif name == "student":
            loss = None
        else:
            loss = LOSSES.get(name)(**SETTINGS[name])
            loss.setup(ctx)
            loss.on_epoch_start(0)
        dummy = LOSSES.get("student")()
        opt = make_optimizer(student, loss if loss is not None else dummy, TrainConfig())
        return student, loss, list(bpr_batches(ctx.train, 2048, g)), opt

    rows, ref, floor = {}, {}, {}
    n_batches = 0
    for name in ("student", "ftd", "de", "htd"):
        student, loss, batches, opt = setup(name)
        n_batches = len(batches)
        part = batches if name in ("student", "ftd") else batches[: args.batches]
        time_batches(student, loss, part[:1], opt)  # warm-up (allocator, first-call setup)
        rows[name] = time_batches(student, loss, part, opt) / len(part) * n_batches
        if name in ("de", "htd"):
            floor[name] = expert_gemm_floor(name, part, ctx_dims=(20, 400)) / len(part) * n_batches
    for name, make in (
        ("de", lambda ctx: ReferenceDE(ctx, 30)),
        ("htd", lambda ctx: ReferenceHTD(ctx, 30, 0.9)),
    ):
        student, loss, batches, opt = setup(name, make)
        part = batches[: args.batches]
        time_batches(student, loss, part[:1], opt)
        ref[name] = time_batches(student, loss, part, opt) / len(part) * n_batches

    print(f"\nseconds per training epoch ({n_batches} batches of 2048; DE, HTD and the")
    print(f"reference pattern timed on the first {args.batches} batches and scaled):")
    print(
        f"{'loss':8s} {'kdbench':>8s} {'/ no-KD':>8s} {'expert GEMMs':>13s} "
        f"{'ref. pattern':>13s} {'speed-up':>9s}"
    )
    for name, secs in rows.items():
        line = f"{name:8s} {secs:8.2f} {secs / rows['student']:8.1f}"
        if name in ref:
            line += f" {floor[name]:13.2f} {ref[name]:13.2f} {ref[name] / secs:8.2f}x"
        print(line)
    print(
        "\nexpert GEMMs: the three [n, M·h] × [M·h, d_t]-sized products (forward, two"
        "\nbackward) every expert implementation must do, timed alone on the same batches."
    )
    print("Against the reference code's own epochs measured unmodified on this kind of")
    print("machine (spec: 107 s DE, 207 s HTD):")
    for name in ("de", "htd"):
        print(f"  {name}: {REFERENCE_EPOCH_S[name] / rows[name]:.2f}x faster")


if __name__ == "__main__":
    main()
