"""The only errors a user sees. Each carries one line: what is wrong, where, how to fix it."""

from __future__ import annotations


class KdbenchError(Exception):
    """Base of every user-facing failure. The CLI prints ``str(err)`` and exits 2."""


class ConfigError(KdbenchError):
    """A suite file, CLI option or parameter is invalid."""


class DataError(KdbenchError):
    """A dataset cannot be found, downloaded, verified or parsed."""


class DataNotPresent(DataError):
    """A dataset's raw file is not on this machine and downloading was not allowed."""


class RegistryError(ConfigError):
    """An unknown name was asked of a registry."""


class IncompatibleError(ConfigError):
    """A loss needs something the chosen backbone cannot give."""


class RunError(KdbenchError):
    """A run failed while training (NaN loss, out of memory...)."""


class StorageError(KdbenchError):
    """The disk refused a write (full, read-only, quota): finished runs are kept."""
