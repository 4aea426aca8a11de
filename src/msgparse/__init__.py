"""msgparse: who wrote to whom, when, and what they said, from news stories about
messages between public figures.

    >>> import msgparse
    >>> rec = msgparse.parse(text, published="2021-01-11")
    >>> rec["messages"][0]["sender"]["name"]

`parse` takes text, `parse_bytes` raw bytes (decoded, HTML recognised), `parse_path` a
file. All are pure functions returning plain, picklable dicts (the record contract in
docs/record.md); bad input raises `msgparse.InputError`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import InputError, MsgparseError
from .pipeline import parse

__version__ = "0.1.0"
__all__ = ["parse", "parse_bytes", "parse_path", "InputError", "MsgparseError", "__version__"]


def parse_bytes(data: bytes, *, source: str | None = None, published: str | None = None) -> dict[str, Any]:
    """The record of one article given as bytes (plain text or HTML)."""
    from . import decode, html

    name = source or "<bytes>"
    if not data.strip():
        raise InputError(name, "empty file")
    text = decode.decode(data, name)
    headline = None
    if html.looks_like_html(text):
        page = html.extract(text)
        text, headline, published = page.text, page.headline, published or page.published
    return parse(text, published=published, source=source, headline=headline)


def parse_path(path: str | Path, *, source: str | None = None) -> dict[str, Any]:
    """The record of one article file (plain text or HTML)."""
    name = source if source is not None else str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise InputError(name, e.strerror.lower() if e.strerror else str(e)) from None
    return parse_bytes(data, source=name)
