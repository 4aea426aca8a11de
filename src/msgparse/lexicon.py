"""The genre's words as data.

Every list lives in `data/NAME.txt`, one entry a line; `#` starts a comment. A line
`phrase => value` maps a phrase to a value (a message noun to its medium, a cue word to
its kind). Contributors extend msgparse by editing those files, not the code.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import lru_cache

from .patterncache import regex

_COMMENT = regex(r"(?:^|\s)#.*$")
# The data files sit beside this module (the package is installed as files, never
# zipped); reading them by path spares start-up the import of importlib.resources
# and pathlib.
_DATA = os.path.join(os.path.dirname(__file__), "data")


def _lines(name: str) -> list[str]:
    with open(os.path.join(_DATA, f"{name}.txt"), encoding="utf-8") as f:
        raw = f.read()
    out = []
    for line in raw.splitlines():
        line = _COMMENT.sub("", line).strip()
        if line:
            out.append(line)
    return out


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The entries of `data/NAME.txt`, in file order."""
    return tuple(line.split("=>", 1)[0].strip() for line in _lines(name))


@lru_cache(maxsize=None)
def mapping(name: str) -> dict[str, str]:
    """`phrase => value` lines of `data/NAME.txt` as a dict (phrases lower-cased)."""
    out: dict[str, str] = {}
    for line in _lines(name):
        if "=>" in line:
            k, v = line.split("=>", 1)
            out[k.strip().lower()] = v.strip()
    return out


@lru_cache(maxsize=None)
def alternation(name: str) -> str:
    """A regex alternation of the entries of `data/NAME.txt`, longest first, escaped.

    Spaces in an entry match any run of white space.
    """
    return alternation_of(longest_first(words(name)))


def longest_first(entries: Iterable[str]) -> list[str]:
    """The distinct `entries`, longest first: in an alternation the longest that matches
    wins. Entries of one length are in alphabetical order, so that a pattern's source is
    the same in every run (a set's order is not), as its kept program needs."""
    return sorted(set(entries), key=lambda w: (-len(w), w))


def alternation_of(entries: Iterable[str]) -> str:
    """A regex alternation of `entries` in their order, escaped; a space matches any run
    of white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in entries)


def fewest_substrings(keys: Iterable[str]) -> tuple[str, ...]:
    """`keys` less those that hold another: for a test "does the text hold one of
    them", the same answer from fewer substring searches ("chair" stands for "chairman")."""
    keys = set(keys)
    return tuple(sorted(k for k in keys if not any(o != k and o in k for o in keys)))


# The only letters beyond ASCII that case-insensitive matching takes for ASCII ones
# (dotted and dotless i, the long s, the Kelvin sign).
_ODD_CASE = "\u0130\u0131\u017f\u212a"


def holds_any(text: str, keys: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `keys` (from `fewest_substrings`, or a pattern's own
    marks): the cheap test before a pattern that needs one of them runs. A loop, which
    stops at the first found and is cheaper than `any()` over a generator."""
    for k in keys:
        if k in text:
            return True
    return False


def odd_case(text: str) -> bool:
    """Whether `text` holds a letter that case-insensitive matching reads otherwise than
    `str.lower` does: without one, lower-casing and substring tests agree with it."""
    if text.isascii():
        return False
    for letter in _ODD_CASE:  # four substring tests: cheaper than a pattern's scan
        if letter in text:
            return True
    return False
