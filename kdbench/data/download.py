"""Downloads: urllib only, streamed to a temporary sibling, sha256-checked, then renamed.

Library code never prints: progress goes to an optional callback ``progress(done, total)``
(``total`` is None when the server sends no length), which the CLI turns into a bar.
"""

from __future__ import annotations

import hashlib
import logging
import os
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from pathlib import Path

from kdbench.errors import DataError

log = logging.getLogger(__name__)

Progress = Callable[[int, int | None], None]
_CHUNK = 1 << 20


def sha256_file(path: str | Path) -> str:
    """Hex sha256 of a file, read in 1 MiB chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(_CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def download(
    url: str,
    dest: str | Path,
    sha256: str,
    *,
    progress: Progress | None = None,
    timeout: float = 60.0,
) -> Path:
    """Fetch ``url`` into ``dest`` if its sha256 is ``sha256``; otherwise leave nothing.

    The body is streamed into ``.tmp-<name>-<rand>`` beside ``dest``, fsynced and renamed,
    so ``dest`` is either absent or complete and verified.
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.parent / f".tmp-{dest.name}-{uuid.uuid4().hex[:8]}"
    h = hashlib.sha256()
    log.info("downloading %s", url)
    try:
        try:
            with urllib.request.urlopen(url, timeout=timeout) as resp, open(tmp, "wb") as out:
                length = resp.headers.get("Content-Length")
                total = int(length) if length and length.isdigit() else None
                done = 0
                while block := resp.read(_CHUNK):
                    out.write(block)
                    h.update(block)
                    done += len(block)
                    if progress is not None:
                        progress(done, total)
                out.flush()
                os.fsync(out.fileno())
        except (urllib.error.URLError, OSError, ValueError) as err:
            reason = getattr(err, "reason", err)
            raise DataError(
                f"{url}: download failed ({reason}); check the network or give a mirror URL"
            ) from None
        got = h.hexdigest()
        if got != sha256.lower():
            raise DataError(
                f"{url}: sha256 mismatch (expected {sha256.lower()}, got {got}); "
                "the file is corrupt or not the expected release, nothing was kept"
            )
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest
