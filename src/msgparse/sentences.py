"""Paragraphs and sentences of the cleaned text, with offsets into it."""
from __future__ import annotations

from dataclasses import dataclass

from .model import Sentence
from .patterncache import regex

# Abbreviations that stand before a name ("Mr. Obama", "Sen. Hart"): their full stop is
# inside the name.
HONORIFIC_STOPS = frozenset("mr mrs ms dr prof gen lt col maj capt sgt jr sr sen rep gov hon rev".split())
# A full stop ends a sentence unless it closes one of these (case-insensitive).
ABBREVIATIONS = HONORIFIC_STOPS | frozenset(
    "st co corp inc ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec "
    "u.s u.k u.n h.e e.g i.e mt".split()
)
_ABBREVIATION_MAX = max(map(len, ABBREVIATIONS))
# A month's abbreviation stands before a day or a year ("Jan. 11", "Sept. 2021"); before
# a capitalised word it ends a sentence ("... held in Jan. The two sides ...").
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_NEXT_WORD = regex(r"[\"'\u201d\u2019)\]]*\s+[\"\u201c]?[A-Z][a-z]")
_PARA = regex(r"\n\s*\n")
_LOWER_NEXT = regex(r"[ \t]+[a-z]")
_INITIALS = regex(r"[A-Z](?:\.[A-Z])*")
# a first name cut to a few letters with no vowel: "Sh. Shabdolov", "Kh. Battulga" (an
# English word of two or three letters has one)
CAPITAL_CONSONANT, CONSONANT = "[B-DF-HJ-NP-TV-XZ]", "[b-df-hj-np-tv-xz]"
NAME_CUT = regex(CAPITAL_CONSONANT + CONSONANT + "{1,2}")
# the word a full stop closes, searched up to and including the stop
_WORD_BEFORE = regex(r"([\w.]+)\.$")
# end punctuation, optional closing quotes/brackets, then space (or a glued capital);
# written to open with the class of stops, so that the pattern is tried only at a stop
_END_SOURCE = r"[.!?]*[\"'\u201d\u2019)\]]*(?=\s+|(?<=[a-z][.!?])(?=[A-Z\u201c\"][a-z]))"
_END = regex(r"[.!?]" + _END_SOURCE)
# `_END` for text without "!" or "?": opening on a full stop, the search skips to the next
# one with the engine's scan for one character, several times faster than its scan for
# a character of a class
_END_AT_STOP = regex(r"\." + _END_SOURCE)


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    sentences: tuple[Sentence, ...]


def _split_para(text: str, start: int, end: int, para: int) -> list[Sentence]:
    # where each sentence ends, then the sentences: two lean loops
    ends: list[int] = []
    s = start
    ends_at = _END if text.find("!", start, end) >= 0 or text.find("?", start, end) >= 0 else _END_AT_STOP
    for m in ends_at.finditer(text, start, end):
        stop = m.start()
        if text[stop] == ".":  # only a full stop can close an abbreviation or initials
            plain = stop - _ABBREVIATION_MAX - 1
            # a word longer than any abbreviation, and no initials, closes most sentences
            if not (plain >= s and text[plain:stop].isalpha()) and _closes_short_word(text, s, stop):
                continue
            if text[m.end() - 1] == ")" and _LOWER_NEXT.match(text, m.end()):
                continue  # "Rep. Gwen Moore (D-Wis.) said": the stop closes an aside
        s = m.end()
        ends.append(s)
    ends.append(end)
    out: list[Sentence] = []
    s = start
    for e in ends:
        piece = text[s:e]
        body = piece.strip()
        if body:  # less the white space around it
            # most pieces open on the space after the last sentence's stop: only more
            # white space than that is measured (with a second copy of the piece)
            if body[0] == piece[0]:
                first = s
            elif body[0] == piece[1]:  # then piece[0] is the one white space character
                first = s + 1
            else:
                first = s + len(piece) - len(piece.lstrip())
            out.append(Sentence(first, first + len(body), body, para))
        s = e
    return out


def _closes_short_word(text: str, s: int, stop: int) -> bool:
    """Whether the full stop at `stop` closes an abbreviation, initials ("K. R.
    Narayanan", "V.V. Zhirinovsky") or a first name cut short before a name ("Sh.
    Shabdolov"), looking back no further than `s`."""
    # the word before it, within a dozen characters; searched in place, not on a slice
    word = _WORD_BEFORE.search(text, max(s, stop - 12), stop + 1)
    if word is None:
        return False
    w = word.group(1)
    low = w.lower()
    if low in _MONTHS:
        return _NEXT_WORD.match(text, stop + 1) is None
    if low in ABBREVIATIONS or _INITIALS.fullmatch(w) is not None:
        return True
    return NAME_CUT.fullmatch(w) is not None and _NEXT_WORD.match(text, stop + 1) is not None


def split(text: str) -> Document:
    """Split cleaned text (paragraphs separated by blank lines) into sentences."""
    sents: list[Sentence] = []
    pos = 0
    para = 0
    for m in [*_PARA.finditer(text), None]:
        end = m.start() if m else len(text)
        found = _split_para(text, pos, end, para)
        if found:  # a blank paragraph has none, and is not counted
            sents.extend(found)
            para += 1
        pos = m.end() if m else len(text)
    return Document(text, tuple(sents))
