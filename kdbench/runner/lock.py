"""Run locks: one lock file per run, so two runners never write the same run.

The lock is an advisory ``flock`` on the file, which the kernel drops when its process
dies, however it dies (SIGKILL included): a lock file left by a dead runner is simply
taken over. The file holds the owner's pid and host, for ``kdbench status``.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import time
from pathlib import Path
from typing import Any


class RunLock:
    """A non-blocking exclusive lock on ``path``. ``acquire()`` returns False when another
    live process holds it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    def acquire(self) -> bool:
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                return False
            # the holder may have released (and unlinked) the file between our open and
            # our flock: then we locked an orphan inode, so try again on the current file
            try:
                if os.stat(self.path).st_ino == os.fstat(fd).st_ino:
                    break
            except FileNotFoundError:
                pass
            os.close(fd)
        info = {"pid": os.getpid(), "host": socket.gethostname(), "since": time.time()}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode(), 0)
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        # unlink while still holding it: a waiting process then locks a fresh file
        with contextlib.suppress(OSError):
            self.path.unlink()
        os.close(fd)

    def __enter__(self) -> RunLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def lock_owner(path: str | Path) -> dict[str, Any] | None:
    """Who holds the lock at ``path`` ({pid, host, since}), or None when nobody does.

    Reads the file and checks that its pid is alive (on this host; another host's lock is
    taken at its word) rather than probing with flock, which could make a runner that
    tries the lock at the same moment believe the run is taken.
    """
    try:
        info = json.loads(Path(path).read_text() or "null")
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict) or not isinstance(info.get("pid"), int):
        return None
    if info.get("host") == socket.gethostname():
        try:
            os.kill(info["pid"], 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
    return info
