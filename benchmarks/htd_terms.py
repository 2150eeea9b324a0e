"""Why HTD's student fits BPR slowly in suites/paper-citeulike-mf.yaml: the size of each
term of its step, and of its gradient on the student's embeddings.

The reference configuration (KDs configs/citeulike/bpr/htd.yaml: λ 0.5, α 0.9, sums over
entities, pairs and group-entity cosines) is run as the suite runs it, seed 0, on the
first batch of epoch 0 (or of ``--epoch``, with τ annealed to that epoch); the student is
at its initial weights, or at a mid-run checkpoint's (``--checkpoint``, the file the
runner saves under the cache's checkpoints/). Printed per term: its value and the norm of
its gradient on the student's user and item embeddings, each term with the weight it has
in the step (BPR 1, λ·α for L_ent and L_grp, λ·(1−α) for GA). With ``--checkpoint`` the
run's curve so far follows: BPR per epoch is the epoch's step loss less λ times its KD
term, summed over its batches (ln 2 per row is the untrained value).

Needs the MF-400 teacher in the teacher cache (any run of the suite trains it first).
Usage: KDBENCH_DATA=<folder with citeulike-t/users.dat> python benchmarks/htd_terms.py
[--checkpoint PATH] [--epoch E] [--threads 1]
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import pandas as pd
import torch

from kdbench.eval.ranking import DeviceCSR
from kdbench.report.records import curve, read_records
from kdbench.runner.execute import build_run, dataset_of
from kdbench.suite import expand, load_suite
from kdbench.train.sampling import bpr_batches
from kdbench.train.teacher import TeacherCache

ROOT = Path(__file__).resolve().parent.parent
SUITE = ROOT / "suites" / "paper-citeulike-mf.yaml"
RESULTS = ROOT / "results" / "paper-citeulike-mf"  # the no-KD student's published curve


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--checkpoint", type=Path, help="a mid-run checkpoint of the HTD run")
    ap.add_argument("--epoch", type=int, help="τ of this epoch (else 0, or the checkpoint's next)")
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    spec = next(s for s in expand(load_suite(SUITE))[1] if s.loss == "htd" and s.seed == 0)
    data = dataset_of(spec)
    device = torch.device("cpu")
    gen, student, loss, _ = build_run(spec, data, device, TeacherCache())
    saved = None
    if args.checkpoint:
        saved = torch.load(args.checkpoint, map_location="cpu", weights_only=False)
        student.load_state_dict(saved["model"])
        loss.load_state_dict(saved["loss"])
    epoch = args.epoch if args.epoch is not None else saved["epoch"] + 1 if saved else 0
    loss.on_epoch_start(epoch)
    train = DeviceCSR(data.train, data.n_items, device)
    batch = next(iter(bpr_batches(train, spec.train["batch_size"], gen)))
    lam, alpha = loss.lam, loss.alpha
    start = f"from {args.checkpoint.name}" if saved else "at init"
    print(
        f"{data.name}, {spec.labels['pair']} htd seed 0: λ {lam}, α {alpha}, K {loss.K}, "
        f"reduction {loss.reduction}, batch {len(batch.users)}\n"
        f"τ {loss.tau_now:.3g} (epoch {epoch}), student {start}"
    )

    ga, ent, grp = loss.terms(batch)
    terms = {
        "BPR": (1.0, student.base_loss(batch)),
        "L_ent": (lam * alpha, ent),
        "L_grp": (lam * alpha, grp),
        "GA": (lam * (1 - alpha), ga),
    }
    params = [p for p in student.parameters() if p.requires_grad]
    print(f"\n{'term':6s} {'weight':>7s} {'value':>10s} {'|grad| on student':>18s}")
    for name, (w, value) in terms.items():
        grads = torch.autograd.grad(w * value, params, retain_graph=True, allow_unused=True)
        norm = math.sqrt(sum(float(g.square().sum()) for g in grads if g is not None))
        print(f"{name:6s} {w:7.3g} {float(value.detach()):10.1f} {norm:18.3g}")

    if saved:
        rows = len(data.train.indices)
        student_curve = _published_curve("student", spec.seed)
        monitor = f"valid_{spec.train['monitor']}"
        print(f"\nBPR per row (ln 2 = {math.log(2):.3f} untrained) and {monitor}, by epoch:")
        print(f"{'epoch':>5s} {'htd BPR':>8s} {'htd valid':>9s}", end="")
        print(f" {'no-KD BPR':>9s} {'no-KD valid':>11s}" if student_curve is not None else "")
        for row in saved["curve"][:: max(1, len(saved["curve"]) // 10)]:
            e, bpr = int(row["epoch"]), row["train_loss"] - lam * row["kd_loss"]
            line = f"{e:5d} {bpr / rows:8.3f} {row[monitor]:9.4f}"
            if student_curve is not None and e < len(student_curve):
                other = student_curve.iloc[e]
                line += f" {other['train_loss'] / rows:9.3f} {other[monitor]:11.4f}"
            print(line)


def _published_curve(loss: str, seed: int) -> pd.DataFrame | None:
    """The curve of the published student run of ``loss`` and ``seed``, if there."""
    for rec in read_records(RESULTS) if RESULTS.is_dir() else []:
        spec = rec["spec"]
        if rec["kind"] == "student" and spec["loss"]["name"] == loss and spec["seed"] == seed:
            return curve(RESULTS, rec["run_id"])
    return None


if __name__ == "__main__":
    main()
