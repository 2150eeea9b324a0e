"""Digests of fixed-seed runs' per-user results, to show a speed change alters no result.

ML-100K, MF-64 teacher → MF-8 student (``--model lightgcn``: LightGCN-64 → LightGCN-8),
seed 0, 3 epochs (teacher and students), every registered loss that needs no teacher
trajectory, run through ``train_run`` (the runner's path: seeding, teacher cache, loss
setup, ``fit`` with validation each epoch, final evaluation). Prints one line per run:
the sha256 of its ``per_user.npz`` arrays (every metric, valid and test) and of its
``topk.npz`` lists. Run it on two checkouts and compare the lines: equal digests mean
bit-identical per-user metrics and top-K lists.

``--suite FILE`` digests that suite's seed-0 student runs instead (cut to ``--epochs``),
distilled from its teacher in the teacher cache (``KDBENCH_CACHE``; ``kdbench run`` trains
it): the real data and sizes, e.g. CiteULike-t MF-400 → MF-20.

Usage: python benchmarks/per_user_digest.py [--threads 2] [--losses ce rrd ...]
       [--suite suites/paper-citeulike-mf.yaml] > digests.txt
(another checkout: PYTHONPATH=<its root> python <its root>/benchmarks/per_user_digest.py)
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import tempfile

import numpy as np


def digest(npz: bytes) -> str:
    """sha256 over the arrays of an .npz (by name, raw bytes), not over the zip's bytes."""
    arrays = np.load(io.BytesIO(npz))
    h = hashlib.sha256()
    for name in sorted(arrays.files):
        h.update(name.encode())
        h.update(np.ascontiguousarray(arrays[name]).tobytes())
    return h.hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--losses", nargs="+", default=None, help="only these (default: all)")
    ap.add_argument("--model", default="mf", help="backbone of both (ML-100K runs): mf, lightgcn")
    ap.add_argument("--suite", default=None, help="this suite's seed-0 students instead")
    args = ap.parse_args()
    if args.suite:
        return suite_digests(args)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KDBENCH_CACHE"] = tmp  # a private teacher cache, removed at the end
        import torch

        from kdbench.losses import LOSSES
        from kdbench.runner.execute import dataset_of, train_run
        from kdbench.suite.expand import expand
        from kdbench.suite.loader import parse_suite
        from kdbench.train.teacher import TeacherCache

        torch.set_num_threads(args.threads)
        losses = args.losses or [
            n for n in LOSSES.names() if "trajectory" not in LOSSES.get(n).requires
        ]
        train = {"epochs": args.epochs, "patience": 30, "batch_size": 2048, "lr": 1e-3}
        suite = parse_suite(
            {
                "name": "digest",
                "output": f"{tmp}/runs",
                "datasets": {"ml-100k": {}},
                "backbones": {
                    "t": {"model": args.model, "dim": 64},
                    "s": {"model": args.model, "dim": 8},
                },
                "pairs": [{"teacher": "t", "student": "s"}],
                # ML-100K's most popular item has 523 training users: IR-RRD's top-N_I users
                # must leave some to draw uninteresting ones from
                "losses": {n: {"N_I": 400} if n == "irrrd" else {} for n in losses},
                "seeds": [0],
                "train": train,
                "metrics": ["recall@10", "ndcg@10", "recall@20", "ndcg@20"],
            }
        )
        teachers, students = expand(suite)
        cache, device = TeacherCache(), torch.device("cpu")
        print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, cpu")
        for spec in [*teachers, *students]:
            data = dataset_of(spec)
            files, model = train_run(spec, device, cache, data=data)
            if spec.kind == "teacher":
                cache.save(spec.run_id(data.fingerprint), model, files)
            name = spec.loss if spec.kind == "student" else "teacher"
            per_user, topk = digest(files["per_user.npz"]), digest(files["topk.npz"])
            print(f"{name:10} per_user {per_user} topk {topk}")


def suite_digests(args: argparse.Namespace) -> None:
    """The seed-0 student runs of ``args.suite`` (its ``losses`` aliases, or all), cut to
    ``args.epochs``, from the cached teacher."""
    import dataclasses

    import torch

    from kdbench.runner.execute import dataset_of, train_run
    from kdbench.suite import load_suite
    from kdbench.suite.expand import expand
    from kdbench.train.teacher import TeacherCache

    torch.set_num_threads(args.threads)
    _, students = expand(load_suite(args.suite))
    cache, device = TeacherCache(), torch.device("cpu")
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, cpu, {args.suite}")
    for spec in students:
        name = spec.labels["method"]
        if spec.seed != 0 or (args.losses and name not in args.losses):
            continue
        spec = dataclasses.replace(spec, train={**spec.train, "epochs": args.epochs})
        data = dataset_of(spec)
        if spec.uses_teacher and not cache.has(spec.teacher.run_id(data.fingerprint)):
            raise SystemExit(f"{name}: the suite's teacher is not cached; kdbench run trains it")
        files, _ = train_run(spec, device, cache, data=data)
        per_user, topk = digest(files["per_user.npz"]), digest(files["topk.npz"])
        print(f"{name:10} per_user {per_user} topk {topk}")


if __name__ == "__main__":
    main()
