"""msgparse: who wrote to whom, when, and what they said, from news stories about
messages between public figures.

    >>> import msgparse
    >>> rec = msgparse.parse(text, published="2021-01-11")
    >>> rec["messages"][0]["sender"]["name"]

- `parse(text, *, published=None, source=None, headline=None)`: the record of a story's text;
- `parse_bytes(data, *, source=None, published=None, headline=None)`: raw bytes, decoded
  (BOM, declared charset, UTF-8, Windows-1252), HTML recognised and extracted;
- `parse_path(path, *, source=None, max_size=10 MB)`: one text, HTML or JSON-object file;
- `parse_many(paths, *, jobs=1, ...)`: files, folders and JSON Lines dumps, lazily, in
  order, as `Result(source, record, error, trace, ...)` tuples, over `jobs` processes.

All return plain, picklable dicts (the record described in docs/record.md) and keep no
state between calls, so they can be mapped over a process pool or a cluster. Bad input
raises `msgparse.InputError` (`.source`, `.reason`).
"""
from __future__ import annotations

import os
from typing import Any, Iterable, Iterator

from .errors import InputError, MsgparseError
from .pipeline import parse

__version__ = "0.1.0"
__all__ = ["parse", "parse_bytes", "parse_path", "parse_many", "InputError", "MsgparseError", "__version__"]


def parse_bytes(
    data: bytes,
    *,
    source: str | None = None,
    published: str | None = None,
    headline: str | None = None,
    html: bool | None = None,
) -> dict[str, Any]:
    """The record of one article given as bytes (plain text or HTML; `html=None`
    decides by the content)."""
    from . import inputs

    art = inputs.from_bytes(data, source or "<bytes>", is_html=html, published=published, headline=headline)
    return parse(art.text, published=art.published, source=source, headline=art.headline)


def parse_path(path: str | os.PathLike[str], *, source: str | None = None, max_size: int | None = None) -> dict[str, Any]:
    """The record of one article file: text, HTML, or a JSON file holding one object.
    A JSON Lines dump or a JSON array holds many articles: use `parse_many`."""
    from . import inputs

    options = inputs.Options() if max_size is None else inputs.Options(max_size=max_size)
    name = source if source is not None else os.fspath(path)
    items = list(inputs.file_items(os.fspath(path), options, source=name)) if _is_json(path) else [inputs.Item(name, "file", path=os.fspath(path))]
    if len(items) != 1:
        raise InputError(name, f"holds {len(items)} articles; use msgparse.parse_many")
    art = inputs.load(items[0], options)
    return parse(art.text, published=art.published, source=art.source, headline=art.headline)


def _is_json(path: str | os.PathLike[str]) -> bool:
    from . import inputs

    return os.path.splitext(os.fspath(path))[1].lower() in inputs.JSON_SUFFIXES | inputs.JSONL_SUFFIXES


def parse_many(paths: Iterable[str], *, jobs: int = 1, **options: Any) -> Iterator[Any]:
    """`Result`s for files, folders and JSON dumps, in input order; `options` are the
    fields of `msgparse.inputs.Options` (max_size, patterns, text_fields, ...)."""
    from . import batch, inputs

    opts = inputs.Options(**options)
    return batch.run(inputs.expand(paths, opts), opts, jobs)
