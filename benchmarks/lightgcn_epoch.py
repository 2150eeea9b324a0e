"""Seconds per training epoch of the CiteULike-t LightGCN teacher (d = 2000, L = 3, batch
2048: 49 steps, each propagating the whole graph forward and backward), and the
propagation itself against the reference's form, measured in the same run.

Reference form (``LightGCN.computer`` in the RCE-KD code): per layer ``torch.sparse.mm``
then a running mean, all through autograd, and the for-loop Adam. kdbench: one autograd
function, Horner's rule with ``addmm`` into reused buffers, backward = the same operator
(Â symmetric), one gather for the BPR rows, and the trainer's fused Adam.

Usage: .venv/bin/python benchmarks/lightgcn_epoch.py [THREADS]   (default: torch's)
Needs citeulike-t's users.dat (see ``kdbench data info citeulike-t``).
"""

from __future__ import annotations

import resource
import statistics
import sys
import time

import torch

from kdbench.backbones.lightgcn import LightGCN
from kdbench.data import load_dataset
from kdbench.eval.evaluator import Evaluator
from kdbench.eval.ranking import DeviceCSR
from kdbench.losses import LOSSES
from kdbench.train.device import seed_everything
from kdbench.train.sampling import bpr_batches
from kdbench.train.trainer import TrainConfig, make_optimizer

DIM, LAYERS, BATCH, WD = 2000, 3, 2048, 1e-7


def reference_propagation(model: LightGCN) -> torch.Tensor:
    """The reference's computer(): sparse.mm per layer, running mean, plain autograd."""
    out = emb = model.emb
    for layer in range(1, LAYERS + 1):
        emb = torch.sparse.mm(model.adj, emb)
        out = (out * layer + emb) / (layer + 1)
    return out


def time_steps(model: LightGCN, batches, opt, n: int, propagate=None) -> float:
    """Mean seconds of a full training step (propagate, BPR, backward, Adam) over n steps."""
    t0 = time.perf_counter()
    for _ in range(n):
        batch = next(batches)
        model.begin_step()
        if propagate is not None:
            model._cache = propagate(model)
        loss = model.base_loss(batch)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
    return (time.perf_counter() - t0) / n


def main() -> None:
    if len(sys.argv) > 1:
        torch.set_num_threads(int(sys.argv[1]))
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, device cpu")
    data = load_dataset("citeulike-t")
    gen = seed_everything(0, torch.device("cpu"))
    model = LightGCN(data, dim=DIM, layers=LAYERS)
    cfg = TrainConfig(epochs=1, batch_size=BATCH, lr=1e-3, weight_decay=WD)
    opt = make_optimizer(model, LOSSES.get("student")(), cfg)
    train = DeviceCSR(data.train, data.n_items, "cpu")
    n_steps = -(-data.train.nnz // BATCH)
    print(f"citeulike-t: {data.n_users} users, {data.n_items} items, {data.train.nnz} train")
    print(f"LightGCN d={DIM}, L={LAYERS}, batch {BATCH}: {n_steps} steps per epoch")

    # check both forms agree before timing them
    with torch.no_grad():
        ours, ref = model._propagate(), reference_propagation(model)
    print(f"max |ours - reference| after propagation: {(ours - ref).abs().max():.2e}")
    del ours, ref

    model.train()
    t0 = time.perf_counter()
    epoch_steps = time_steps(model, bpr_batches(train, BATCH, gen), opt, n_steps)
    epoch = time.perf_counter() - t0
    print(f"kdbench: one epoch {epoch:.1f} s ({epoch_steps:.2f} s/step)")

    # the three forms step by step in turn, so a noisy machine slows them alike
    loop_adam = torch.optim.Adam(model.parameters(), lr=1e-3, weight_decay=WD)
    forms = {
        "kdbench": (opt, None),
        "reference propagation + fused Adam": (opt, reference_propagation),
        "reference (sparse.mm per layer, for-loop Adam)": (loop_adam, reference_propagation),
    }
    batches = bpr_batches(train, BATCH, gen)
    times: dict[str, list[float]] = {name: [] for name in forms}
    for _ in range(3):
        for name, (optimizer, propagate) in forms.items():
            times[name].append(time_steps(model, batches, optimizer, 1, propagate))
    ours = statistics.median(times["kdbench"])
    for name, ts in times.items():
        t = statistics.median(ts)
        print(f"{name}: {t:.2f} s/step (median of 3, interleaved); {t / ours:.2f}x kdbench's")

    evaluator = Evaluator(data, ["recall@20", "ndcg@20"], "cpu")
    model.begin_step()
    t0 = time.perf_counter()
    evaluator.evaluate(model, ("valid", "test"))
    print(f"evaluation (valid + test, one propagation): {time.perf_counter() - t0:.1f} s")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
