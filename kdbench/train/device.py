"""Device choice, seeds and deterministic flags: one place, recorded with every run."""

from __future__ import annotations

import os
import random
from typing import Any

import numpy as np
import torch

from kdbench.errors import ConfigError

#: cuBLAS needs a fixed workspace for deterministic GEMMs (read at its first use)
CUBLAS_WORKSPACE = ":4096:8"


def resolve_device(name: str = "auto") -> torch.device:
    """'auto' → CUDA when present, else CPU; otherwise any torch device string."""
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        device = torch.device(name)
    except RuntimeError as err:
        raise ConfigError(
            f"device: {name!r} is not a torch device ({err}); use auto, cpu or cuda"
        ) from None
    if device.type == "cuda" and not torch.cuda.is_available():
        raise ConfigError(f"device: {name!r} asked for but CUDA is not available; use auto or cpu")
    return device


def worker_gpus(device: str) -> list[str]:
    """The GPUs that local worker processes take in turn (``CUDA_VISIBLE_DEVICES`` ids):
    every visible one when ``device`` is ``auto`` or ``cuda`` and more than one is
    visible; none otherwise (then every worker uses ``device`` as given, ``cuda:1`` say)."""
    if device not in ("auto", "cuda") or not torch.cuda.is_available():
        return []
    count = torch.cuda.device_count()
    visible = os.environ.get("CUDA_VISIBLE_DEVICES")
    ids = [x.strip() for x in visible.split(",") if x.strip()] if visible else []
    ids = (ids or [str(i) for i in range(count)])[:count]
    return ids if len(ids) > 1 else []


def seed_everything(seed: int, device: torch.device, deterministic: bool = True) -> torch.Generator:
    """Seed Python, NumPy and torch (initialisation, dropout) and return the sampling
    generator on ``device``; with ``deterministic``, ask torch for deterministic algorithms.

    Warn-only: an op that has no deterministic CUDA kernel warns instead of failing the run
    (on CPU every op kdbench uses is deterministic). Uninitialised memory is not filled
    (kdbench never reads it, and filling every large ``torch.empty`` costs time).
    """
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)  # also seeds every CUDA device
    if deterministic:
        os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", CUBLAS_WORKSPACE)
    torch.use_deterministic_algorithms(deterministic, warn_only=True)
    torch.utils.deterministic.fill_uninitialized_memory = False
    torch.backends.cudnn.deterministic = deterministic
    torch.backends.cudnn.benchmark = False
    gen = torch.Generator(device=device)
    gen.manual_seed(seed)
    return gen


def determinism_flags() -> dict[str, Any]:
    """The flags in force, for run records."""
    return {
        "deterministic_algorithms": torch.are_deterministic_algorithms_enabled(),
        "warn_only": torch.is_deterministic_algorithms_warn_only_enabled(),
        "cudnn_deterministic": torch.backends.cudnn.deterministic,
        "cudnn_benchmark": torch.backends.cudnn.benchmark,
        "cublas_workspace_config": os.environ.get("CUBLAS_WORKSPACE_CONFIG"),
        "threads": torch.get_num_threads(),
    }
