"""The CUDA path of every backbone, in one short script for a machine with a GPU.

For MF, LightGCN and HSTU on MovieLens-100K: build on CUDA, check that parameters,
buffers (Â, HSTU sequences), sampled batches and top-K lists stay on the GPU, that a
CPU copy of the same weights gives the same scores, that two trainings with one seed
give the same losses (deterministic flags on), and time two epochs with evaluation.
For LightGCN also Â·x three times by its deterministic CUDA path and by the CSR product.
Also the stored teacher top-K lists served on the GPU.

Usage: .venv/bin/python benchmarks/cuda_check.py [DEVICE]   (default: auto; exits 0 with a
note without CUDA; ``cpu`` runs the same checks on the CPU, to try the script itself)
"""

from __future__ import annotations

import copy
import sys
import tempfile
import time

import torch

from kdbench.backbones import BACKBONES
from kdbench.backbones.graph import segment_product
from kdbench.data import load_dataset
from kdbench.eval.evaluator import Evaluator
from kdbench.losses import LOSSES
from kdbench.train.device import determinism_flags, resolve_device, seed_everything
from kdbench.train.teacher import StoredListsContext, TeacherCache
from kdbench.train.trainer import TrainConfig, fit

SETTINGS = {
    "mf": ({"dim": 64}, 1024),
    "lightgcn": ({"dim": 64, "layers": 3}, 1024),
    "hstu": ({"dim": 64, "blocks": 2, "heads": 2, "negatives": 128}, 128),
}


def on_device(model: torch.nn.Module, device: torch.device) -> bool:
    tensors = [*model.parameters(), *model.buffers()]
    return all(t.device.type == device.type for t in tensors)


def train_losses(name: str, data, device: torch.device, epochs: int):
    params, batch = SETTINGS[name]
    gen = seed_everything(0, device)
    model = BACKBONES.get(name)(data, **params).to(device)
    evaluator = Evaluator(data, ["recall@20", "ndcg@10", "ndcg@20"], device)
    cfg = TrainConfig(epochs=epochs, patience=30, batch_size=batch, lr=1e-3)
    t0 = time.perf_counter()
    fr = fit(model, LOSSES.get("student")(), evaluator, cfg, gen)
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    return model, fr, time.perf_counter() - t0


def propagation_check(adj: torch.Tensor, device: torch.device) -> str:
    """LightGCN's Â·x three times (bit-equal?) and its time at d = 64 and 2000, by the path
    training takes (segment sums on CUDA) and by the CSR product (not deterministic there)."""
    out = []
    for d in (64, 2000):
        x = torch.randn(adj.shape[0], d, device=device)
        for label, product in (("segments", segment_product), ("csr", torch.mm)):
            first = product(adj, x)
            same = all(torch.equal(first, product(adj, x)) for _ in range(2))
            t0 = time.perf_counter()
            for _ in range(10):
                product(adj, x)
            if device.type == "cuda":
                torch.cuda.synchronize(device)
            ms = (time.perf_counter() - t0) * 100
            out.append(f"{label} d={d}: equal x3 {same}, {ms:.2f} ms")
    return "lightgcn propagation: " + "; ".join(out)


def main() -> None:
    if len(sys.argv) < 2 and not torch.cuda.is_available():
        print("CUDA is not available: nothing to check on this machine")
        return
    device = resolve_device(sys.argv[1] if len(sys.argv) > 1 else "auto")
    gpu = torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu"
    print(f"torch {torch.__version__}, {gpu}")
    data = load_dataset("ml-100k")
    for name in SETTINGS:
        model, fr, seconds = train_losses(name, data, device, epochs=2)
        _, fr2, _ = train_losses(name, data, device, epochs=2)
        same = [r["train_loss"] for r in fr.curve] == [r["train_loss"] for r in fr2.curve]
        model.eval()
        users = torch.arange(64, device=device)
        gpu_scores = model.score(users)
        cpu_model = copy.deepcopy(model).cpu()
        cpu_model.begin_step()
        cpu_scores = cpu_model.score(users.cpu())
        err = (gpu_scores.cpu() - cpu_scores).abs().max().item()
        test = fr.result.summary()["test"]
        peak = torch.cuda.max_memory_allocated() / 2**20 if device.type == "cuda" else 0.0
        print(
            f"{name}: on {device.type} {on_device(model, device)}; 2 epochs + eval "
            f"{seconds:.1f} s; same losses for one seed {same}; |{device.type} - cpu| scores "
            f"{err:.2e}; test ndcg@20 {test['ndcg@20']:.4f}; peak GPU memory {peak:.0f} MB"
        )
        if name == "lightgcn":
            print(propagation_check(model.adj, device))
    teacher = model
    with tempfile.TemporaryDirectory() as tmp:
        cache = TeacherCache(tmp, topk_lists=100)
        ctx = StoredListsContext(
            teacher,
            teacher,
            data,
            device,
            torch.Generator(device=device),
            teacher_lists=cache.lists("t", device),
        )
        lists = ctx.topk(teacher, 50, True)
        again = StoredListsContext(
            teacher, teacher, data, device, ctx.generator, teacher_lists=cache.lists("t", device)
        ).topk(teacher, 20, True)
        print(
            f"stored teacher lists: on {lists.device}, reloaded prefix equal "
            f"{torch.equal(again, lists[:, :20])}"
        )
    print(f"determinism flags: {determinism_flags()}")


if __name__ == "__main__":
    main()
