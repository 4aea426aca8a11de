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
_PARA = re.compile(r"\n\s*\n")
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")
# end punctuation, optional closing quotes/brackets, then space (or a glued capital)
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+|(?<=[a-z][.!?])(?=[A-Z\u201c\"][a-z]))")


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    sentences: tuple[Sentence, ...]


def _split_para(text: str, start: int, end: int, para: int) -> list[Sentence]:
    out: list[Sentence] = []
    s = start
    for m in _END.finditer(text, start, end):
        word = re.search(r"([\w.]+)\.$", text[max(s, m.start() - 12): m.start() + 1])
        if word and m.group().startswith(".") and word.group(1).lower() in ABBREVIATIONS:
            continue
        if word and _INITIALS.fullmatch(word.group(1)):  # initials: "K. R. Narayanan", "V.V. Zhirinovsky"
            continue
        e = m.end()
        if text[s:e].strip():
            out.append(_trim(text, s, e, para))
        s = e
    if text[s:end].strip():
        out.append(_trim(text, s, end, para))
    return out


def _trim(text: str, s: int, e: int, para: int) -> Sentence:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Sentence(s, e, text[s:e], para)


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
