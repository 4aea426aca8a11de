"""Compiled regexes kept between runs, as Python keeps compiled modules.

`re.compile` parses a pattern and builds its matching program in Python, about a
millisecond and a half for every thousand characters of pattern; msgparse's patterns
hold whole lexicons (every office, country and agency), and compiling them was more
than half of what `msgparse FILE` cost for one small story. The program depends only
on the pattern, its flags and the Python that built it, so the command keeps the
programs of the patterns it compiled in one file, in the user's cache folder, and
later runs rebuild their patterns from it without parsing them again.

`regex(pattern, flags)` stands where `re.compile(pattern, flags)` stands for the
patterns a module builds once; a pattern built per story goes on using `re.compile`,
or the file would fill with them. Reading the file is harmless for any caller; only
the command writes it (`keep`), so a library caller's disk is left alone.

The folder is `$MSGPARSE_CACHE_DIR` if it is set (set to nothing, no file is read or
written), else `$XDG_CACHE_HOME/msgparse`, else `~/.cache/msgparse`. A file that cannot
be read or written, or that another Python wrote, is ignored: the patterns are then
compiled as usual. Building the programs takes the steps of `re`'s own compiler,
which are not public; where they are missing or differ, caching is off.
"""
from __future__ import annotations

import marshal
import os
import re
import sys
from array import array
from typing import Any

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another implementation of Python: no programs to keep
    _sre = None  # type: ignore[assignment]
if _sre is not None and _sre.CODESIZE != array("I").itemsize:
    _sre = None  # type: ignore[assignment]  # programs kept as unsigned ints of its size

# One file per Python build and program format: a file written by another is not read.
_FORMAT = 1
_TAG = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}"
_NAME = f"patterns-{_TAG}.bin"
# A file holding more than this has outlived the patterns that filled it (lexicons
# change between versions): it is written again with this run's patterns only.
MAX_ENTRIES = 1000

Key = tuple[str, int]
# flags as compiled, the program (as bytes of unsigned ints), groups, names of groups
Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]


def folder() -> str | None:
    """Where the file is kept, or None when caching is switched off."""
    chosen = os.environ.get("MSGPARSE_CACHE_DIR")
    if chosen is not None:
        return chosen or None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "msgparse")


class PatternCache:
    """The programs of one cache file: those read from it, and those built since."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self._read: dict[Key, Entry] | None = None
        self._used: dict[Key, Entry] = {}
        self._new = False

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """`re.compile(pattern, flags)`, from the file's program when it holds one."""
        if _sre is None or self.path is None:
            return re.compile(pattern, flags)
        flags = int(flags)
        key = (pattern, flags)
        entry = self._entries().get(key)
        if entry is not None:
            try:
                compiled = _build(pattern, entry)
            except Exception:  # a program this Python will not take: compile anew
                entry = None
        if entry is None:
            try:
                entry = _program(pattern, flags)
                compiled = _build(pattern, entry)
            except Exception:  # `re`'s compiler is not as expected: do without
                self.path = None
                return re.compile(pattern, flags)
            self._new = True
        self._used[key] = entry
        return compiled

    def save(self) -> None:
        """Write the file if this run built programs it lacked; never raises."""
        if not self._new or self.path is None:
            return
        entries = dict(self._entries())
        entries.update(self._used)
        if len(entries) > MAX_ENTRIES:
            entries = self._used
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            partial = f"{self.path}.{os.getpid()}.tmp"
            with open(partial, "wb") as f:
                marshal.dump((_FORMAT, entries), f)
            os.replace(partial, self.path)  # whole or not at all, whatever runs beside
        except (OSError, ValueError):
            return
        self._new = False

    def _entries(self) -> dict[Key, Entry]:
        if self._read is None:
            self._read = _load(self.path) if self.path else {}
        return self._read


def _load(path: str) -> dict[Key, Entry]:
    try:
        with open(path, "rb") as f:
            form, entries = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if form == _FORMAT and isinstance(entries, dict) else {}


def _program(pattern: str, flags: int) -> Entry:
    """What `re._compiler.compile` passes to `_sre.compile`, as it builds it."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    names = dict(parsed.state.groupdict)
    index: list[Any] = [None] * parsed.state.groups
    for name, i in names.items():
        index[i] = name
    program = array("I", code).tobytes()
    return (int(flags | parsed.state.flags), program, parsed.state.groups - 1, names, tuple(index))


def _build(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, program, groups, names, index = entry
    return _sre.compile(pattern, flags, array("I", program).tolist(), groups, names, index)


_SHARED = PatternCache(None if (where := folder()) is None else os.path.join(where, _NAME))


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` for a pattern a module builds once."""
    return _SHARED.compile(pattern, flags)


def keep() -> None:
    """Write the file, if this run compiled patterns it lacked."""
    _SHARED.save()
