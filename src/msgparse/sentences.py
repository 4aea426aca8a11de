"""Paragraphs and sentences of the cleaned text, with offsets into it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Sentence

# A full stop ends a sentence unless it closes one of these (case-insensitive).
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt st jr sr co corp inc ltd no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n h.e e.g i.e mt rev hon sen rep gov".split()
)
_ABBREVIATION_MAX = max(map(len, ABBREVIATIONS))
_PARA = re.compile(r"\n\s*\n")
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")
# the word a full stop closes, searched up to and including the stop
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
# end punctuation, optional closing quotes/brackets, then space (or a glued capital);
# written to open with one character of a class, so that the search skips to the next
# stop at C speed instead of trying the pattern at every offset
_END = re.compile(r"[.!?][.!?]*[\"'\u201d\u2019)\]]*(?=\s+|(?<=[a-z][.!?])(?=[A-Z\u201c\"][a-z]))")


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    sentences: tuple[Sentence, ...]


def _split_para(text: str, start: int, end: int, para: int) -> list[Sentence]:
    out: list[Sentence] = []
    s = start
    for m in _END.finditer(text, start, end):
        stop = m.start()
        if text[stop] == "." and _closes_short_word(text, s, stop):
            continue
        e = m.end()
        _add(out, text, s, e, para)
        s = e
    _add(out, text, s, end, para)
    return out


def _closes_short_word(text: str, s: int, stop: int) -> bool:
    """Whether the full stop at `stop` closes an abbreviation or initials ("K. R.
    Narayanan", "V.V. Zhirinovsky"), looking back no further than `s`."""
    plain = stop - _ABBREVIATION_MAX - 1
    if plain >= s and text[plain:stop].isalpha():
        return False  # a word longer than any abbreviation, and no initials: most stops
    # the word before it, within a dozen characters; searched in place, not on a slice
    word = _WORD_BEFORE.search(text, max(s, stop - 12), stop + 1)
    if word is None:
        return False
    w = word.group(1)
    return w.lower() in ABBREVIATIONS or _INITIALS.fullmatch(w) is not None


def _add(out: list[Sentence], text: str, s: int, e: int, para: int) -> None:
    """The sentence text[s:e] less the white space around it, unless nothing is left."""
    piece = text[s:e]
    body = piece.strip()
    if body:
        s += len(piece) - len(piece.lstrip())
        out.append(Sentence(s, s + len(body), body, para))


def split(text: str) -> Document:
    """Split cleaned text (paragraphs separated by blank lines) into sentences."""
    sents: list[Sentence] = []
    pos = 0
    para = 0
    for m in [*_PARA.finditer(text), None]:
        end = m.start() if m else len(text)
        if text[pos:end].strip():
            sents.extend(_split_para(text, pos, end, para))
            para += 1
        pos = m.end() if m else len(text)
    return Document(text, tuple(sents))
