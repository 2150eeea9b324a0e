"""HSTU sampled_logits, both paths, forward + backward, at the CiteULike-t HSTU batch shape
(N' = 2290 supervised positions of 128 users, 25,182 item rows, d 64, R 512): CPU s,
one thread. The backbone scores every item and gathers (full) when that materialises fewer
floats; this checks which is faster here.

Usage: .venv/bin/python benchmarks/hstu_logits_paths.py
"""

import time

import torch

from kdbench.backbones.hstu import sampled_logits

torch.set_num_threads(1)
torch.manual_seed(0)
n, i_rows, d, r = 2290, 25182, 64, 512
emb = torch.randn(i_rows, d, requires_grad=True)
q = torch.randn(n, d, requires_grad=True)
pos = torch.randint(1, i_rows, (n,))
neg = torch.randint(1, i_rows, (n, r))
out = {}
for full in (True, False):
    times = []
    for _ in range(4):
        emb.grad = q.grad = None
        c0 = time.process_time()
        y = sampled_logits(q, emb, pos, neg, full)
        y.logsumexp(1).sum().backward()
        times.append(time.process_time() - c0)
    out[full] = (y.detach(), q.grad.clone(), emb.grad.clone())
    print(f"full={full}: {min(times[1:]):.3f} CPU s (forward + backward)")
a, b = out[True], out[False]
diffs = [(x - y).abs().max().item() for x, y in zip(a, b, strict=True)]
print("max |Δ| logits {:.2g}, grad query {:.2g}, grad items {:.2g}".format(*diffs))
