"""Dates a page states about itself: the scraper's ` date 2021-01-11` header and the
publisher's stamps ("Published: 2018/3/18 18:12:03", "13:40, June 27, 2021",
"Xinhua) 09:49, June 22, 2021", "All News 10:41 March 23, 2022").

A stamp is a line that is a date and little else: once its date, time, weekday and
labels are taken out, at most a few words (an outlet or agency name) are left.
"""
from __future__ import annotations

import datetime as dt
import re

from . import agencies, dates
from .patterncache import regex

# The scraper's header: " date 2021-01-11", sometimes only a year and month.
SCRAPE_HEADER = regex(r"\A\s*date\s+(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?(?![\d-])[ \t]*")

_MON = dates.MONTH_NAME + r"\.?"
_DAY = dates.DAY
_YEAR = r"(?:19|20)\d{2}"
DATE_WITH_YEAR = regex(
    rf"\b(?:{_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|{_MON}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MON},?\s+{_YEAR})\b", re.I)
# "10/09/2023", "25.10.2024": day and month in either order; only an order that one of
# them settles (a number over 12) gives a date
_NUMERIC_DATE = regex(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d{2})\b")
DATE_NO_YEAR = regex(rf"\b(?:{_MON}\s+{_DAY}|{_DAY}\s+{_MON})\b", re.I)
TIME = regex(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?(?:\s*(?:UTC|GMT|KST|BST)\s*[+-]?\d{0,2})?", re.I)
_WEEKDAY = regex(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?", re.I)
_LABEL = regex(
    r"\b(?:published|publishing\s+date|last\s+updated|updated|posted(?:\s+on)?|release\s+time|date|time|on)\b\s*:?", re.I)
_DIGIT = regex(r"\d")
STAMP_MAX = 120  # longer lines are no stamps
_PUNCT = regex(r"[()\[\]|:,;\u00b7\u2022/>—–-]+")


def scrape_header(text: str) -> tuple[str | None, dt.date | None, int]:
    """(the header as written, the date it gives or the first of its month/year, end offset).
    The header counts as a publication date only when it gives a full date."""
    m = SCRAPE_HEADER.match(text)
    if not m:
        return None, None, 0
    y, mo, d = int(m.group("y")), int(m.group("m") or 1), int(m.group("d") or 1)
    try:
        when = dt.date(y, mo, d)
    except ValueError:
        when = None
    return m.group().strip(), when, m.end()


def full_header(header: str | None) -> bool:
    return bool(header and re.search(r"\d{4}-\d{1,2}-\d{1,2}", header))


def stamp_date(line: str, *, max_words: int = 3) -> tuple[bool, dt.date | None]:
    """(is `line` a publication stamp, the date it gives when it has a year)."""
    if len(line) > STAMP_MAX:
        return False, None
    # substring tests before the pattern's scan: most short lines fail the first
    if "19" not in line and "20" not in line and ":" not in line:
        return False, None  # no year (19xx, 20xx) and no time: no stamp
    if not _DIGIT.search(line):  # every date shape holds a digit
        return False, None
    full = DATE_WITH_YEAR.search(line)
    numeric = None if full else _NUMERIC_DATE.search(line)
    part = None if full or numeric else DATE_NO_YEAR.search(line)
    has_time = TIME.search(line)
    if not full and not numeric and not (part and has_time):
        return False, None
    rest = line
    for rx in (DATE_WITH_YEAR, _NUMERIC_DATE, DATE_NO_YEAR, TIME, _WEEKDAY):
        rest = rx.sub(" ", rest)
    labelled = bool(_LABEL.search(rest))
    left = _PUNCT.sub(" ", _LABEL.sub(" ", rest)).split()
    if len(left) > max_words + (2 if has_time else 0):
        return False, None
    if left and not (has_time or labelled or agencies.all_in(" ".join(left))):
        # "Havana, November 25, 2020" heads a letter quoted in the story: a date, no stamp
        return False, None
    if numeric:
        return True, _settled(numeric)
    return True, dates.parse_date(full.group()) if full else None


def _settled(m: re.Match[str]) -> dt.date | None:
    """The date of a numeric stamp when a number over 12 tells the day from the month."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        month, day = a, b
    else:
        return None
    try:
        return dt.date(y, month, day)
    except ValueError:
        return None
