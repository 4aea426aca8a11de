"""From text to record: the stages in order, no I/O.

1. clean      boilerplate out; scrape header, dateline, agencies, published in
2. sentences  paragraphs and sentences with offsets
3. parties    people, titles, acronyms, mentions
4. messages   message events
5. claims     reported speech and quotations; each message's share of them
6. record     the dict of the contract
"""
from __future__ import annotations

from typing import Any

from . import claims, clean, dates, messages, parties, record, sentences


def parse(
    text: str,
    *,
    published: str | None = None,
    source: str | None = None,
    headline: str | None = None,
) -> dict[str, Any]:
    """The article record for one story's text.

    `published` (YYYY-MM-DD) and `headline` are what the input's own metadata says
    (an HTML meta tag, a JSON field); the text itself can override `published` with a
    scrape header.
    """
    cleaned = clean.clean(text, published=published, headline=headline)
    doc = sentences.split(cleaned.text)
    cast = parties.Cast.build(doc)
    base = dates.to_date((cleaned.dateline.date if cleaned.dateline else None) or cleaned.published)
    msgs = messages.find(doc, cast, base)
    found = claims.find(doc, cast, msgs)
    return record.build(cleaned, msgs, found, cast.acronyms, source=source)
