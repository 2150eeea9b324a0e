"""Device choice, seeds and deterministic flags: one place, recorded with every run; and
the process's memory allocator (``keep_freed_memory``)."""

from __future__ import annotations

import ctypes
import functools
import os
import platform
import random
import sys
from typing import Any

import numpy as np
import torch

from kdbench.errors import ConfigError

#: cuBLAS needs a fixed workspace for deterministic GEMMs (read at its first use)
CUBLAS_WORKSPACE = ":4096:8"


#: glibc's ``mallopt`` parameters (<malloc.h>) and the value kdbench gives both
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_KEEP_BYTES = 1 << 30
#: environment variables by which a user sets glibc's malloc thresholds themselves
_USER_MALLOC = ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_")


@functools.cache
def keep_freed_memory() -> bool:
    """Have glibc's malloc keep freed memory for the next allocation rather than hand it
    back to the kernel; True when set. Once per process, before training.

    By default glibc serves every block above 32 MiB with a fresh ``mmap`` and unmaps it
    when freed, so each training step's large temporaries (a KD loss's [rows, list, d]
    gathers and gradients; IR-RRD's item side reaches 64 MiB) are faulted in and zeroed
    by the kernel page by page, again every step: on CiteULike-t that was 37% of IR-RRD's
    CPU time and 41% of HetComp's. With both thresholds at 1 GiB the blocks are reused:
    the same arithmetic and results, fewer CPU seconds (``benchmarks/malloc_keep.txt``),
    at the price of a process keeping its peak memory until it exits. glibc on Linux only
    (elsewhere nothing is changed); ``KDBENCH_MALLOC=system`` or a user's own
    ``MALLOC_*_`` / ``GLIBC_TUNABLES`` malloc setting leaves glibc's as it is. Not a
    drop-in allocator (jemalloc, tcmalloc): those are system libraries preloaded before
    Python starts, which a ``pip install`` cannot do for a user.
    """
    choice = os.environ.get("KDBENCH_MALLOC", "keep")
    if choice not in ("keep", "system"):
        raise ConfigError(f"KDBENCH_MALLOC={choice!r}: use keep (the default) or system")
    if (
        choice == "system"
        or any(name in os.environ for name in _USER_MALLOC)
        or "glibc.malloc." in os.environ.get("GLIBC_TUNABLES", "")
        or not sys.platform.startswith("linux")
        or platform.libc_ver()[0] != "glibc"
    ):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    trim = mallopt(_M_TRIM_THRESHOLD, ctypes.c_int(_KEEP_BYTES))
    return bool(trim and mallopt(_M_MMAP_THRESHOLD, ctypes.c_int(_KEEP_BYTES)))


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
