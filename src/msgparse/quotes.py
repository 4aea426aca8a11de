"""Quotation marks: where each quotation opens and closes, in one pass over the text.

Straight quotes have no direction, so a straight mark opens when it follows white
space (or starts the text) and is followed by a non-space, and closes otherwise. A
quotation still open at the end of a paragraph ends there: wire stories leave the
closing mark off when the quotation runs on into the next paragraph, which then
opens with a fresh mark.
"""
from __future__ import annotations

import bisect
from typing import NamedTuple

from .patterncache import regex


OPENERS = "\u201c\u201e\u00ab"
CLOSERS = "\u201d\u00bb"
MARKS = '"' + OPENERS + CLOSERS
SINGLE = "'\u2018\u2019"
DOUBLED = "''"  # a double mark written as two apostrophes
_SINGLES = "'\u2018\u2019"
# a line break, blanks, a line break: a paragraph's end
_PARAGRAPH_BREAK = regex(r"\n[ \t\r]*\n")


class _Masking(dict[int, str]):
    """A `str.translate` table that turns every character but white space (as a
    regex's `\\s` reads it, which is `str.isspace`) into "x", filled in as characters
    first come: one C-level pass per quotation instead of a regex match per letter.
    It keeps at most `_KEEP` characters, so text of many scripts cannot grow it
    without bound."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        value = ch if ch.isspace() else "x"
        if len(self) < _KEEP:
            self[code] = value
        return value


_KEEP = 4096


_TO_X = _Masking()


class Quote(NamedTuple):
    """One quotation: `start`/`end` enclose the quoted words, `open`/`close` the marks.

    `closed` is False when the paragraph ended before a closing mark did. A named
    tuple: as immutable as a frozen dataclass, and made several times faster.
    """

    open: int
    start: int
    end: int
    close: int
    closed: bool


def _opens(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before.isspace() or before in "([{\u2014\u2013-/") and not after.isspace()


def _inner_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _marks(text: str) -> list[int]:
    """Offsets of the quotation marks of `text`, in order. A `str.find` run per mark is
    much quicker than a pattern tried at every offset: the marks are few and far
    between."""
    found = []
    for ch in MARKS:
        i = text.find(ch)
        while i >= 0:
            found.append(i)
            i = text.find(ch, i + 1)
    last = len(text) - 1
    for ch in _SINGLES:
        i = text.find(ch)
        while i >= 0:
            # an apostrophe between letters ("Xi's", "don't") never opens or closes
            if not (0 < i < last and text[i - 1].isalnum() and text[i + 1].isalnum()):
                found.append(i)
            i = text.find(ch, i + 1)
    found.sort()
    return found


def _unclosed(text: str, open_at: int, width: int, end: int) -> Quote:
    """The quotation opened at `open_at` that a paragraph's end or a fresh opening mark at
    `end` cuts off before its closing mark."""
    inner = open_at + width
    stop = _inner_end(text, inner, end)
    return Quote(open_at, inner, stop, stop, False)


def scan(text: str) -> list[Quote]:
    """Every quotation of `text`, in order; quotations do not nest or overlap."""
    out: list[Quote] = []
    marks = _marks(text)
    if not marks:
        return out
    # a paragraph's end cuts off what is open then; it matters only while a quotation
    # is open, so it is looked up between marks instead of read as one of them
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    open_at = -1
    open_width = 1  # 2 for a mark written as two apostrophes
    single_at = -1  # single marks quote only outside double ones
    resume = 0  # past a mark written as two apostrophes
    prev = -1  # the mark read last
    for i in marks:
        if (open_at >= 0 or single_at >= 0) and breaks:
            k = bisect.bisect_right(breaks, prev)
            if k < len(breaks) and breaks[k] < i:  # the paragraph ended since
                single_at = -1
                if open_at >= 0:
                    out.append(_unclosed(text, open_at, open_width, breaks[k]))
                    open_at = -1
        prev = i
        if i < resume:
            continue  # the second of two apostrophes
        ch = text[i]
        width = 1
        if ch == "'" and text.startswith(DOUBLED, i) and not text.startswith(DOUBLED, i + 1):
            # ''two apostrophes'' for a double mark, as some newspaper archives write
            ch, width, resume = '"', 2, i + 2
        if ch in _SINGLES:
            if open_at >= 0:
                continue
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if single_at < 0:
                # an apostrophe has a letter on its left; an opening mark has space
                if (before.isspace() or before in "([\u2014:") and after.isalnum():
                    single_at = i
            elif not after.isalnum() and (before.isalnum() or before in ".,!?"):
                out.append(Quote(single_at, single_at + 1, i, i + 1, True))
                single_at = -1
            continue
        single_at = -1
        if ch == "\u201c" and open_at >= 0 and text[open_at] == "\u201e":  # „German style“
            out.append(Quote(open_at, open_at + 1, i, i + 1, True))
            open_at = -1
            continue
        if ch in OPENERS or (ch == '"' and _opens(text, i, width)) or (ch in CLOSERS and open_at < 0 and _opens(text, i)):
            if open_at >= 0:  # a mark that opens while one is open: the first never closed
                out.append(_unclosed(text, open_at, open_width, i))
            open_at, open_width = i, width
        elif open_at >= 0:
            out.append(Quote(open_at, open_at + open_width, i, i + width, True))
            open_at = -1
    if open_at >= 0:
        k = bisect.bisect_right(breaks, prev)
        if k < len(breaks):  # the paragraph ended after the last mark
            out.append(_unclosed(text, open_at, open_width, breaks[k]))
            open_at = -1
    if open_at >= 0:
        end = _inner_end(text, open_at + open_width, len(text))
        out.append(Quote(open_at, open_at + open_width, end, end, False))
    return out


def mask(text: str, quotes: list[Quote]) -> str:
    """`text` with every quoted word replaced by `x` (same length, same offsets), so
    that cue words and commas inside quotations are not read as the story's own."""
    if not quotes:
        return text
    parts: list[str] = []
    pos = 0
    for q in quotes:
        parts.append(text[pos:q.start])
        parts.append(text[q.start:q.end].translate(_TO_X))
        pos = q.end
    parts.append(text[pos:])
    return "".join(parts)
