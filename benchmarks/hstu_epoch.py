"""One HSTU epoch on CiteULike-t, teacher (8 blocks) and student (1 block) of the paper
suite: CPU seconds (process time, one thread: independent of other jobs) and wall seconds
of 3 training steps scaled to the epoch and of one validation pass; then a profile of one
training step by op. CPU seconds, because on a shared machine wall times depend on the
other jobs; with one thread they are what a quiet core would take, give or take caches.

Usage: .venv/bin/python benchmarks/hstu_epoch.py [SUITE]
       (default suites/paper-citeulike-hstu.yaml; needs KDBENCH_DATA with CiteULike-t)
"""

import sys
import time

import torch
from torch.profiler import ProfilerActivity, profile

from kdbench.data import load_dataset
from kdbench.eval.evaluator import Evaluator
from kdbench.losses import LOSSES
from kdbench.runner.execute import build_backbone
from kdbench.suite import expand, load_suite
from kdbench.train.device import seed_everything
from kdbench.train.sampling import user_batches
from kdbench.train.trainer import TrainConfig, _step, make_optimizer

torch.set_num_threads(1)
suite = sys.argv[1] if len(sys.argv) > 1 else "suites/paper-citeulike-hstu.yaml"
teachers, students = expand(load_suite(suite))
data = load_dataset("citeulike-t")
dev = torch.device("cpu")
ev = Evaluator(data, ["ndcg@10"], dev)
scratch = next(s for s in students if s.loss == "student")
specs = [("teacher", teachers[0]), ("student", scratch)]
for who, spec in specs:
    gen = seed_everything(0, dev)
    model = build_backbone(spec.backbone, data, dev)
    cfg = TrainConfig(**spec.train)
    loss = LOSSES.get("student")()
    opt = make_optimizer(model, loss, cfg)
    batches = list(user_batches(data.n_users, cfg.batch_size, gen, dev))
    model.train()
    _step(model, loss, opt, batches[0], 0)
    c0, w0 = time.process_time(), time.perf_counter()
    for b in batches[1:4]:
        _step(model, loss, opt, b, 0)
    c_step, w_step = (time.process_time() - c0) / 3, (time.perf_counter() - w0) / 3
    c0, w0 = time.process_time(), time.perf_counter()
    model.begin_step()
    ev.evaluate(model, ("valid",))
    c_val, w_val = time.process_time() - c0, time.perf_counter() - w0
    n = len(batches)
    print(
        f"{who}: {spec.backbone}, batch {cfg.batch_size}: {n} steps/epoch; per step CPU "
        f"{c_step:.2f} s (wall {w_step:.2f}); validation CPU {c_val:.1f} s (wall {w_val:.1f}); "
        f"epoch CPU ≈ {c_step * n + c_val:.0f} s (wall {w_step * n + w_val:.0f})",
        flush=True,
    )
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        _step(model, loss, opt, batches[4], 0)
    print(prof.key_averages().table(sort_by="self_cpu_time_total", row_limit=12), flush=True)
