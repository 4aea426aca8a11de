"""Calendar dates in the genre's forms, read against a base date.

Own code rather than dateparser for the common forms: dateparser reads "Jan. 11" as
January with today's day and costs about half a millisecond a call. dateparser stays a
fallback for the rare forms (`parse_loose`), imported only when one turns up.
"""
from __future__ import annotations

import datetime as dt
import re

from .patterncache import regex

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

# month names as the genre abbreviates them ("Sept.", "Jan"); shared by every date pattern
MONTH_NAME = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_MONTH = rf"(?P<month>{MONTH_NAME})\.?"
MONTH_DAY = regex(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4})\b)?", re.I)
DAY_MONTH = regex(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(?P<year>\d{4})\b)?", re.I)
ISO = regex(r"\b(?P<year>(?:19|20)\d{2})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})\b")


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def to_date(s: str | None) -> dt.date | None:
    """`YYYY-MM-DD` to a date; None for None or a malformed string."""
    if not s:
        return None
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def infer_year(month: int, day: int, base: dt.date | None) -> dt.date | None:
    """A month and day without a year: the year of `base`, the previous one when the day
    would fall more than a month after `base` (a December date in a January story)."""
    if base is None:
        return None
    d = _make(base.year, month, day)
    if d and (d - base).days > 31:
        d = _make(base.year - 1, month, day)
    return d


def parse_date(text: str, base: dt.date | None = None) -> dt.date | None:
    """The first explicit calendar date in `text` ("Sept. 9", "9 June 2021",
    "2021-01-11", "January 1, 2019"); a missing year comes from `base`."""
    best = None
    for rx in (ISO, MONTH_DAY, DAY_MONTH):
        m = rx.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    if best is None:
        return None
    g = best.groupdict()
    month = int(g["month"]) if g["month"].isdigit() else MONTHS[g["month"].lower().rstrip(".")]
    day = int(g["day"])
    if g.get("year"):
        return _make(int(g["year"]), month, day)
    return infer_year(month, day, base)


def last_weekday(name: str, base: dt.date | None) -> dt.date | None:
    """The most recent `name` day ("Monday") on or before `base`."""
    if base is None:
        return None
    wd = WEEKDAYS.get(name.lower())
    if wd is None:
        return None
    return base - dt.timedelta(days=(base.weekday() - wd) % 7)


def day_of_month(day: int, base: dt.date | None) -> dt.date | None:
    """"On the 15th": that day of the base month, or of the month before when it would
    fall after `base`."""
    if base is None:
        return None
    d = _make(base.year, base.month, day)
    if d and d <= base:
        return d
    prev = (base.replace(day=1) - dt.timedelta(days=1))
    return _make(prev.year, prev.month, day)


def parse_loose(text: str, base: dt.date | None = None) -> dt.date | None:
    """Last resort for forms the patterns above do not know; dateparser is slow, so it is
    imported and called only here."""
    import dateparser  # noqa: PLC0415 - heavy import, needed rarely

    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month"]}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time())
    got = dateparser.parse(text, languages=["en"], settings=settings)
    return got.date() if got else None
