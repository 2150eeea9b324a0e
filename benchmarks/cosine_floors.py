"""How far RD's, RRD's and DCD's terms can fall when the student's scores are cosines, as the
HSTU student's KD scores are (in kdbench and in the reference), against where the published
HSTU→HSTU runs' terms went (results/paper-citeulike-hstu).

RD: each user's term is Σ_r w_r·(−log σ(s_r)) with weights summing to 1, so at s ≤ 1 it is
at least −log σ(1). RRD: the Plackett–Luce term of ``kdbench.losses.functional.
plackett_luce`` over the K interesting items (in the teacher's order) and the L
uninteresting ones. It is convex in the scores and grows with every uninteresting score,
so its minimum over [−1, 1] has those at −1 and is found by descending over the K
interesting scores (s = tanh z); "equal scores" is its value where every score is the same
(a student that has learned nothing, e.g. at initialisation). DCD: the same Plackett–Luce
term, with its K under-estimated items as the ranked list and its K over-estimated ones as
the rest (``kdbench.losses.dcd``); its floor takes the two lists disjoint (they are drawn
independently, and an item in both only raises it). The runs' terms are summed over an
epoch's users (each user once), so a user's share is the sum over the user count.

Reads only the published records. Usage: python benchmarks/cosine_floors.py
"""

from __future__ import annotations

import math
from pathlib import Path

import torch

from kdbench.losses.functional import plackett_luce
from kdbench.report.records import curve, read_records

RESULTS = Path(__file__).resolve().parent.parent / "results" / "paper-citeulike-hstu"
METHODS = ("rd", "rrd", "dcd")


def pl_floor(k: int, n_rest: int, steps: int = 20000) -> float:
    """The smallest Plackett–Luce term (RRD's, DCD's) of one user, k ranked items over
    n_rest others, whose scores lie in [−1, 1]."""
    z = torch.zeros(1, k, dtype=torch.float64, requires_grad=True)
    rest = -torch.ones(1, n_rest, dtype=torch.float64)
    opt = torch.optim.Adam([z], lr=0.05)
    for _ in range(steps):
        opt.zero_grad()
        value = plackett_luce(torch.tanh(z), rest).sum()
        value.backward()
        opt.step()
    with torch.no_grad():
        return float(plackett_luce(torch.tanh(z), rest).sum())


def main() -> None:
    torch.set_num_threads(1)
    runs = [r for r in read_records(RESULTS) if r["labels"].get("method") in METHODS]
    for method in METHODS:
        mine = sorted(
            (r for r in runs if r["labels"]["method"] == method), key=lambda r: r["spec"]["seed"]
        )
        if not mine:
            continue
        loss, users = mine[0]["spec"]["loss"], mine[0]["data"]["n_users"]
        if method == "rd":
            floor, equal = math.log1p(math.exp(-1.0)), math.log(2.0)  # −log σ(1), −log σ(0)
            print(f"RD (K {loss['K']}): per user, equal scores (0) {equal:.4f}, floor {floor:.4f}")
        else:
            k, n_rest = loss["K"], loss["L" if method == "rrd" else "K"]
            floor = pl_floor(k, n_rest)
            zeros = plackett_luce(torch.zeros(1, k), torch.zeros(1, n_rest))
            equal = float(zeros.sum())
            sizes = f"K {k}, L {n_rest}" if method == "rrd" else f"K {k} under, {n_rest} over"
            print(
                f"{method.upper()} ({sizes}): per user, equal scores {equal:.2f}, floor {floor:.2f}"
            )
        print(f"  x {users} users: equal {equal * users:,.0f}, floor {floor * users:,.0f}")
        print(
            "  per user: seed, epoch 0, best epoch, lowest; share of (equal - floor) gone at best"
        )
        for r in mine:
            kd = curve(RESULTS, r["run_id"])["kd_loss"] / users
            best = kd.iloc[r["best_epoch"]]
            share = (equal - best) / (equal - floor)
            print(
                f"  {r['spec']['seed']:>4}  {kd.iloc[0]:8.3f}  {best:8.3f} ({r['best_epoch']:>3})"
                f"  {kd.min():8.3f}   {100 * share:5.1f}%"
            )


if __name__ == "__main__":
    main()
