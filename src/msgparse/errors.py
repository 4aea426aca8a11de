"""The project's own exceptions: the only ones the library lets escape for bad input."""
from __future__ import annotations


class MsgparseError(Exception):
    """Base of every error msgparse raises on purpose."""


class InputError(MsgparseError):
    """An input cannot be turned into a record (empty, binary, too large, unreadable...).

    `source` names the input as the user gave it; `reason` is a short phrase that says
    what went wrong and, where there is one, what to do.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
