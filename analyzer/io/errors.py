"""Exceptions of the io layer.

`InputError` means the input as a whole is unusable (missing file, no text column, unknown format): the CLI
maps it to a non-zero exit. A single bad row is never an exception; it becomes a `RowError` record.
"""

from __future__ import annotations


class InputError(ValueError):
    """The input cannot be read at all; `path` names the offending file when there is one."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class CoerceError(ValueError):
    """A field value has the wrong type or shape; callers turn it into a note or a `RowError`."""
