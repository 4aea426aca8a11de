"""Quotation marks: where each quotation opens and closes, in one pass over the text.

Straight quotes have no direction, so a straight mark opens when it follows white
space (or starts the text) and is followed by a non-space, and closes otherwise. A
quotation still open at the end of a paragraph ends there: wire stories leave the
closing mark off when the quotation runs on into the next paragraph, which then
opens with a fresh mark.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "\u201c\u201e\u00ab"
CLOSERS = "\u201d\u00bb"
MARKS = '"' + OPENERS + CLOSERS
SINGLE = "'\u2018\u2019"
# A quotation mark or a paragraph break (a blank line). One class of characters opens
# every match, which the engine skips to quickly; a line break that does not end a
# paragraph matches as well and `scan` passes over it.
_EVENT = re.compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019\n](?:(?<=\n)[ \t\r]*\n)?")
_SINGLES = "'\u2018\u2019"
_NON_SPACE = re.compile(r"\S")


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: `start`/`end` enclose the quoted words, `open`/`close` the marks.

    `closed` is False when the paragraph ended before a closing mark did.
    """

    open: int
    start: int
    end: int
    close: int
    closed: bool


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{\u2014\u2013-/") and not after.isspace()


def _inner_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def scan(text: str) -> list[Quote]:
    """Every quotation of `text`, in order; quotations do not nest or overlap."""
    out: list[Quote] = []
    open_at = -1
    single_at = -1  # single marks quote only outside double ones
    for m in _EVENT.finditer(text):
        i = m.start()
        ch = m.group()
        if ch == "\n":
            continue  # a line break within a paragraph
        if ch in _SINGLES:
            if open_at >= 0:
                continue
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if before.isalnum() and after.isalnum():
                continue  # an apostrophe: "Xi's", "don't"
            if single_at < 0:
                # an apostrophe has a letter on its left; an opening mark has space
                if (before.isspace() or before in "([\u2014:") and after.isalnum():
                    single_at = i
            elif not after.isalnum() and (before.isalnum() or before in ".,!?"):
                out.append(Quote(single_at, single_at + 1, i, i + 1, True))
                single_at = -1
            continue
        if ch[0] == "\n":
            single_at = -1
            if open_at >= 0:
                out.append(Quote(open_at, open_at + 1, _inner_end(text, open_at + 1, i), _inner_end(text, open_at + 1, i), False))
                open_at = -1
            continue
        single_at = -1
        if ch == "\u201c" and open_at >= 0 and text[open_at] == "\u201e":  # „German style“
            out.append(Quote(open_at, open_at + 1, i, i + 1, True))
            open_at = -1
            continue
        if ch in OPENERS or (ch == '"' and _opens(text, i)) or (ch in CLOSERS and open_at < 0 and _opens(text, i)):
            if open_at >= 0:  # a mark that opens while one is open: the first never closed
                out.append(Quote(open_at, open_at + 1, _inner_end(text, open_at + 1, i), _inner_end(text, open_at + 1, i), False))
            open_at = i
        elif open_at >= 0:
            out.append(Quote(open_at, open_at + 1, i, i + 1, True))
            open_at = -1
    if open_at >= 0:
        end = _inner_end(text, open_at + 1, len(text))
        out.append(Quote(open_at, open_at + 1, end, end, False))
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
        parts.append(_NON_SPACE.sub("x", text[q.start:q.end]))
        pos = q.end
    parts.append(text[pos:])
    return "".join(parts)
