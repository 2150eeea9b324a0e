"""Downloads, with pooch (the fetcher SciPy and MNE use): streamed into a temporary file
beside the destination, sha256-checked, retried on a network error or a corrupted body,
and moved into place only when the checksum matches.

kdbench keeps its own cache folder (``$KDBENCH_CACHE/raw/<dataset>/``, see
``sources.py``) rather than pooch's, and its own mirror option (``url:`` / ``--url``
replaces the registered URL; pooch fetches each file from one URL). Pooch's and requests'
exceptions become one line naming the URL, what went wrong and how to fix it (a mirror,
or ``$KDBENCH_DATA`` to work offline). Library code never prints: progress goes to an
optional callback ``progress(done, total)`` (``total`` is None when the server sends no
length), which the CLI turns into a bar, and pooch's own logger is kept quiet.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kdbench.errors import DataError

log = logging.getLogger(__name__)

Progress = Callable[[int, int | None], None]
_CHUNK = 1 << 20
#: further attempts after a failed or corrupted download (pooch waits 1 s, 2 s, ... between)
RETRIES = 2


def sha256_file(path: str | Path) -> str:
    """Hex sha256 of a file, read in 1 MiB chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(_CHUNK), b""):
            h.update(block)
    return h.hexdigest()


class _Bar:
    """pooch's progress-bar protocol (``total``, ``update(n)``, ``reset()``, ``close()``)
    feeding kdbench's ``progress(done, total)`` callback."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.total: int | None = None
        self.done = 0

    def update(self, n: int) -> None:
        # pooch counts whole chunks, so the last one may overshoot the length
        self.done = min(self.done + n, self.total) if self.total else self.done + n
        self.progress(self.done, self.total or None)

    def reset(self) -> None:
        self.done = 0

    def close(self) -> None:
        pass


class _Hashed:
    """A pooch downloader that also remembers the sha256 of what it fetched, so that a
    mismatch can be reported with both checksums after pooch has removed the file."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.got: str | None = None

    def __call__(self, url: str, output_file: Any, pooch: Any) -> None:
        self.got = None
        self.inner(url, output_file, pooch)
        path = output_file if isinstance(output_file, str | Path) else output_file.name
        self.got = sha256_file(path)


def download(
    url: str,
    dest: str | Path,
    sha256: str,
    *,
    progress: Progress | None = None,
    timeout: float = 60.0,
    retries: int = RETRIES,
    offline: str = "",
) -> Path:
    """Fetch ``url`` into ``dest`` if its sha256 is ``sha256``; otherwise leave nothing.

    ``dest`` is either absent or complete and verified. ``retries``: further attempts
    after a network error or a checksum mismatch. ``offline``: how to do without the
    download (e.g. where to put the file by hand), appended to the error line.
    """
    import pooch
    import requests

    pooch.get_logger().setLevel(logging.WARNING)  # kdbench logs the download itself
    dest = Path(dest)
    want = sha256.lower()
    fetcher = pooch.create(
        path=dest.parent,
        base_url="",
        registry={dest.name: f"sha256:{want}"},
        urls={dest.name: url},
        retry_if_failed=retries,
    )
    bar = _Bar(progress) if progress is not None else False
    downloader = _Hashed(pooch.HTTPDownloader(progressbar=bar, timeout=timeout, chunk_size=_CHUNK))
    fix = f"; {offline}" if offline else ""
    log.info("downloading %s", url)
    try:
        fetcher.fetch(dest.name, downloader=downloader)
    except (requests.RequestException, OSError) as err:
        reason = _reason(err)
        raise DataError(
            f"{url}: download failed ({reason}); check the network or give a mirror URL{fix}"
        ) from None
    except ValueError as err:
        if downloader.got is None or downloader.got == want:  # not a checksum failure
            raise DataError(f"{url}: download failed ({err}){fix}") from None
        raise DataError(
            f"{url}: sha256 mismatch (expected {want}, got {downloader.got}); the file is "
            f"corrupt or not the expected release, nothing was kept{fix}"
        ) from None
    return dest


def _reason(err: Exception) -> str:
    """The short cause of a requests or OS error (``HTTP 404 Not Found``, ``Connection
    refused``, ``timed out``), not urllib3's nested reprs."""
    response = getattr(err, "response", None)
    if response is not None:
        return f"HTTP {response.status_code} {response.reason}"
    errno = re.search(r"\[Errno -?\d+\] ([^'\")\]]+)", str(err))
    if errno:
        return errno.group(1).strip()
    if isinstance(err, TimeoutError) or "timed out" in str(err).lower():
        return "timed out"
    return str(err) or type(err).__name__
