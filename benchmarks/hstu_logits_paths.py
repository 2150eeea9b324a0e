"""HSTU's sampled logits, forward + backward, at the CiteULike-t HSTU batch shape
(N' = 2290 supervised positions of 128 users, 25,182 item rows, d 64, R 512): CPU s, one
thread, deterministic algorithms on (as in every run). Three ways to the same [N', 1+R]
logits: ``dense`` scores every item (query·itemsᵀ) and gathers, ``gather`` gathers the
[N', 1+R, d] item rows and multiplies, ``rowdots`` is the backbone's (chunked gather
forward, ``embedding_bag`` backward: ``kdbench.backbones.hstu._RowDots``).

Usage: .venv/bin/python benchmarks/hstu_logits_paths.py [--repeats 4]
"""

import argparse
import time

import torch

from kdbench.backbones.hstu import sampled_logits

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--repeats", type=int, default=4)
args = ap.parse_args()
torch.set_num_threads(1)
torch.use_deterministic_algorithms(True)
torch.manual_seed(0)
n, i_rows, d, r = 2290, 25182, 64, 512
emb = torch.randn(i_rows, d, requires_grad=True)
q = torch.randn(n, d, requires_grad=True)
pos = torch.randint(1, i_rows, (n,))
neg = torch.randint(1, i_rows, (n, r))
cols = torch.cat([pos[:, None], neg], 1)
paths = {
    "dense": lambda: torch.gather(q @ emb.T, 1, cols),
    "gather": lambda: torch.einsum("nd,ncd->nc", q, emb[cols]),
    "rowdots": lambda: sampled_logits(q, emb, pos, neg),
}
out, best = {}, {}
for _ in range(args.repeats):  # the paths alternated, the first round a warm-up
    for name, path in paths.items():
        emb.grad = q.grad = None
        c0 = time.process_time()
        y = path()
        y.logsumexp(1).sum().backward()
        took = time.process_time() - c0
        best[name] = min(best.get(name, took), took) if name in out else float("inf")
        out[name] = (y.detach(), q.grad.clone(), emb.grad.clone())
for name in paths:
    print(f"{name:8s} {best[name]:.3f} CPU s (forward + backward, best of {args.repeats - 1})")
for name in ("gather", "rowdots"):
    diffs = [(x - y).abs().max().item() for x, y in zip(out["dense"], out[name], strict=True)]
    print(
        f"{name} vs dense: max |Δ| logits {diffs[0]:.2g}, grad query {diffs[1]:.2g}, "
        f"grad items {diffs[2]:.2g}"
    )
