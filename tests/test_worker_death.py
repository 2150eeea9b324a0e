"""Workers die with their runner: the kernel's parent-death signal alone (no watchdog
thread) takes a worker down when its parent is SIGKILLed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

PARENT = """
import os, sys, time
from kdbench.runner.executors import _die_with_parent
parent = os.getpid()
child = os.fork()
if child == 0:
    _die_with_parent(parent)  # the kernel's signal only: no watchdog thread is started
    time.sleep(120)
    os._exit(0)
print(child, flush=True)
time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_worker_gets_sigkill_when_its_parent_is_sigkilled():
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True)
    try:
        child = int(parent.stdout.readline())
        time.sleep(0.5)  # the child has set its parent-death signal
        assert _alive(child)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 5
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(child), "the worker outlived its SIGKILLed parent"
    finally:
        parent.kill()


def test_a_worker_whose_parent_is_already_gone_exits():
    """The parent may die before the worker asks for the signal: then it exits at once."""
    code = (
        "import os\n"
        "from kdbench.runner.executors import _die_with_parent\n"
        "_die_with_parent(os.getppid() + 1000000)\n"
        "print('still here')\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert res.returncode == 1 and "still here" not in res.stdout
