"""Boilerplate out; scrape header, dateline, agencies and publication date in.

`clean(text)` returns a `Cleaned`: the story text (paragraphs separated by one blank
line), every cut verbatim in `removed`, and the metadata the cuts gave.
"""
from __future__ import annotations

import re

from . import dates
from .model import Cleaned, Dateline

SCRAPE_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s*")
CLOSING_TAG = re.compile(r"\s*\((?P<tags>[A-Z][A-Za-z]+(?:/[A-Z][A-Za-z]+)*)\)\s*\Z")
DATELINE = re.compile(
    r"\A(?P<place>[A-Z][A-Za-z' .-]{1,40}?),\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*"
    r"\((?P<agency>[A-Za-z ]{2,30})\)\s*[-\u2013\u2014]+\s*"
)


def _paragraphs(text: str) -> str:
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\r\n\s*\r\n", text)]
    return "\n\n".join(p for p in paras if p)


def clean(text: str, *, published: str | None = None, headline: str | None = None) -> Cleaned:
    removed: list[str] = []
    agencies: list[str] = []
    m = SCRAPE_HEADER.match(text)
    if m:
        removed.append(m.group().strip())
        published = m.group(1)
        text = text[m.end():]
    body = _paragraphs(text)
    dateline = None
    m = DATELINE.match(body)
    if m:
        base = dates.to_date(published)
        d = dates.parse_date(m.group("date"), base)
        dateline = Dateline(m.group("place").strip(), dates.iso(d), m.group("agency").strip())
        agencies.append(dateline.agency)
        removed.append(m.group().strip())
        body = body[m.end():]
        published = published or dates.iso(d)
    m = CLOSING_TAG.search(body)
    if m:
        removed.append(m.group().strip())
        for a in m.group("tags").split("/"):
            if a not in agencies:
                agencies.append(a)
        body = body[: m.start()]
    return Cleaned(body.strip(), removed, published, dateline, agencies, headline)
