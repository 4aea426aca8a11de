"""A regex compiled on first use.

Compiling msgparse's lexicon-sized patterns is most of its start-up time, and many of
them serve rare branches (a dateline form few agencies use, a fallback tried only when
the usual reading fails). `LazyPattern(src, flags)` stands where `re.compile(src, flags)`
stood and compiles on the first call; after that its methods are the compiled
pattern's own bound methods, so a hot loop pays nothing for the indirection. It is
compiled by `patterncache.regex`, from the program kept by an earlier run if there is one.
"""
from __future__ import annotations

from typing import Any

from .patterncache import regex


class LazyPattern:
    """`re.compile(pattern, flags)`, deferred until a method or attribute is first used."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Only reached for names not yet in the instance: compile once, then keep the
        # compiled pattern's attribute here so the next lookup is a plain one.
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        if name == "_rx":
            value: Any = regex(*self._source)
        else:
            value = getattr(self._rx, name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[0][:40]!r}...)"
