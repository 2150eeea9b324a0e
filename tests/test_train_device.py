"""The process's allocator setting (``keep_freed_memory``): kept freed memory means a
step's large temporaries stop costing page faults, and it is the user's to turn off."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys

import pytest

from kdbench.errors import ConfigError
from kdbench.train import device

GLIBC = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"

# Allocates, touches and frees a 64 MiB tensor 32 times (a training step's temporaries
# are this size) and prints the page faults of the last six rounds: torch's aligned
# allocations fragment glibc's heap, which grows for the first 8-14 rounds here before
# the freed blocks are reused (as a run's first steps do).
FAULTS = """
import json, resource
import torch
from kdbench.train.device import keep_freed_memory
kept = keep_freed_memory()
def faults():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_minflt + r.ru_majflt
for i in range(32):
    if i == 26:
        f0 = faults()
    block = torch.empty(64 << 20, dtype=torch.uint8)
    block.fill_(1)
    del block
print(json.dumps({"kept": kept, "faults": faults() - f0}))
"""


def _faults(**env: str) -> dict:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    clean.pop("KDBENCH_MALLOC", None)
    clean.pop("GLIBC_TUNABLES", None)
    out = subprocess.run(
        [sys.executable, "-c", FAULTS],
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


@pytest.mark.skipif(not GLIBC, reason="glibc's malloc only")
def test_kept_memory_is_reused_without_page_faults():
    kept = _faults()
    assert kept["kept"] is True
    assert kept["faults"] < 1000
    system = _faults(KDBENCH_MALLOC="system")
    assert system["kept"] is False
    assert system["faults"] > 6 * 16_000  # with glibc's thresholds: 16,384 pages a round


@pytest.mark.parametrize(
    "env",
    [
        {"MALLOC_MMAP_THRESHOLD_": "131072"},
        {"MALLOC_TRIM_THRESHOLD_": "131072"},
        {"GLIBC_TUNABLES": "glibc.malloc.mmap_threshold=131072"},
        {"KDBENCH_MALLOC": "system"},
    ],
)
def test_a_users_own_malloc_setting_wins(monkeypatch, env):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    device.keep_freed_memory.cache_clear()
    try:
        assert device.keep_freed_memory() is False  # and glibc's thresholds untouched
    finally:
        device.keep_freed_memory.cache_clear()


def test_a_bad_choice_is_one_clear_error(monkeypatch):
    monkeypatch.setenv("KDBENCH_MALLOC", "sytem")
    device.keep_freed_memory.cache_clear()
    try:
        with pytest.raises(ConfigError, match=r"KDBENCH_MALLOC='sytem': use keep .* or system"):
            device.keep_freed_memory()
    finally:
        device.keep_freed_memory.cache_clear()
