"""The dateline that opens a wire story, in the forms agencies use:

    BEIJING, Sept. 9 (Xinhua) --          Moscow, 12 June 2021 (TASS) —
    MOSCOW, April 2. /TASS/.              Havana, Jun 15 (ACN) The First ...
    Accra, Sept. 7, GNA -                 ABUJA (NAN) -      Hanoi (VNA) –
    Xinhua News Agency, Beijing, January 15th-     APA-Abuja (Nigeria) ...
    Abu Dhabi - WAM   (a line of its own)          Tehran, IRNA --    (Xinhua) --
    Rabat –    RIYADH:    SEOUL—       DOHA, Qatar (AP) —    ASTANA. KAZINFORM –

`match(text)` reads one at the start of `text`: (the dateline as written, place, date
as written, agency as written). A first letter lost by the scraper ("EIJING") is kept
as it stands. The patterns are anchored and free of nested repetition.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import dates
from .agencies import ANY as AGENCY
from .agencies import canonical
from .lazyre import LazyPattern

_MON = dates.MONTH_NAME + r"\.?"
_DAY = dates.DAY
DATE = rf"(?:{_MON}\s+{_DAY}|{_DAY}\s+{_MON})(?:,?\s+\d{{4}})?"
# One to four capitalised words ("ABU DHABI", "Dar es Salaam", "HÀ NỘI").
_UP = r"[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff]"
_WORD = _UP + r"[\w'\u2019.]*(?:-[\w'\u2019.]+)*"
PLACE = rf"{_WORD}(?:\s(?:(?:de|es|of|al|el|la|du|da|do|del)\s)?{_WORD}){{0,3}}"
_CAPS = r"[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff'.-]"
_CAPS_PLACE = _UP + _CAPS + r"+(?:\s" + _UP + _CAPS + r"+){0,2}"
_TAG = r"(?:\((?P<tag>[A-Za-z][^()\n]{1,38})\)|/(?P<slash>[A-Z][A-Za-z-]{1,20})/)"
_SEP = r"(?:\s*(?:-{1,3}|[\u2013\u2014]{1,2}|:)(?:\s+|(?=[A-Z\"\u201c'])))"

# Tried in order and the first forms serve most stories: each compiles when first reached,
# so a story need not pay for the forms after the one its dateline has.
_FORMS = [
    # BEIJING, Sept. 9 (Xinhua) --   /   MOSCOW, April 2. /TASS/.   /   Havana, Jun 15 (ACN) The
    LazyPattern(rf"(?P<place>{PLACE}),\s*(?P<date>{DATE})\.?\s*{_TAG}\.?(?:{_SEP}|\s+)"),
    # Accra, Sept. 7, GNA -    /   Baku, 28 May, AZERTAC   (a line of its own)
    LazyPattern(rf"(?P<place>{PLACE}),\s*(?P<date>{DATE}),?\s*(?P<agency>{AGENCY})(?:{_SEP}|[ \t]*(?:\n|\Z))"),
    # Xinhua News Agency, Beijing, January 15th-
    LazyPattern(rf"(?P<agency>{AGENCY}),\s*(?P<place>{PLACE}),\s*(?P<date>{DATE})\s*(?:-{{1,3}}|[\u2013\u2014]|:)\s*"),
    # Tehran, IRNA --   /   ASTANA. KAZINFORM –
    LazyPattern(rf"(?P<place>{PLACE})[,.]\s*(?P<agency>{AGENCY}){_SEP}"),
    # ABUJA (NAN) -    /   Havana (Prensa Latina) The   /   DOHA, Qatar (AP) —   (AP writes
    # the country after the city)
    LazyPattern(rf"(?P<place>{PLACE})(?:,\s*{_WORD}(?:\s{_WORD}){{0,2}})?\s*\((?P<agency>{AGENCY})\)\.?(?:{_SEP}|\s+)"),
    LazyPattern(rf"(?P<place>{PLACE})\s*{_TAG}{_SEP}"),
    # APA-Abuja (Nigeria)
    LazyPattern(rf"(?P<agency>{AGENCY})\s*-\s*(?P<place>{PLACE})(?:\s*\([A-Z][\w ]{{1,30}}\))?(?:{_SEP}|\s+)"),
    # VIETNAM, January 18 -
    LazyPattern(rf"(?P<place>{PLACE}),\s*(?P<date>{DATE})\.?{_SEP}"),
    # Abu Dhabi - WAM   (the whole line)
    LazyPattern(rf"(?P<place>{PLACE})\s*[-\u2013\u2014]{{1,2}}\s*(?P<agency>{AGENCY})\s*(?:\n|\Z)"),
    # (Xinhua) --   (the place lost in the scrape)
    LazyPattern(rf"(?P<place>)\((?P<agency>{AGENCY})\)\s*(?:-{{2,3}}|[\u2013\u2014])\s*"),
    # SEOUL–   PARIS -   RIYADH:
    LazyPattern(rf"(?P<place>{_CAPS_PLACE}){_SEP}(?=[A-Z\"\u201c])"),
    # Rabat –   (a place in ordinary case: one or two words and a dash; not an em dash,
    # which opens an aside as often: "Mehmet Oz — surgeon and TV star — has ...")
    LazyPattern(r"(?P<place>[A-Z][a-z\u00e0-\u00ff]+(?:\s[A-Z][a-z\u00e0-\u00ff]+)?)\s*[-\u2013]{1,2}\s(?=[A-Z\"\u201c])(?![^\n]{0,120}\s[-\u2013\u2014]{1,2}\s)"),
]
# What every form opens with: a place, an agency or nothing, then a comma, bracket, slash,
# dash or colon. One pattern that fails on most lines of story before the forms are tried.
_LEAD = LazyPattern(
    rf"(?:{PLACE}|{_CAPS_PLACE}|{AGENCY}|[A-Z][a-z\u00e0-\u00ff]+(?:\s[A-Z][a-z\u00e0-\u00ff]+)?)?"
    r"\s*[,(/:\-\u2013\u2014]")
_NOT_PLACES = frozenset(
    "By Photo Source Editor Update Updated Note Breaking Watch Video Read Also Related Share Published "
    "Exclusive Analysis Opinion Editorial Comment Full Text Message Statement Translation File The A An".split())


@dataclass(frozen=True, slots=True)
class Found:
    text: str
    place: str | None
    date: str | None
    agency: str | None


def match(text: str) -> Found | None:
    """The dateline at the very start of `text`, or None."""
    if not _LEAD.match(text):
        return None
    for rx in _FORMS:
        m = rx.match(text)
        if not m:
            continue
        g = m.groupdict()
        place = g["place"]
        if place and (place.split()[0].strip(".") in _NOT_PLACES or len(place) < 4):
            continue
        agency = (g.get("agency") or g.get("tag") or g.get("slash") or "").strip() or None
        return Found(m.group().rstrip(), place or None, g.get("date"), canonical(agency) or agency)
    return None


# A dateline with a date, an agency tag and a dash: distinctive enough to find glued
# behind a photo credit ("File PhotoREUTERSSEOUL, Jan. 1 (Yonhap) --").
STRONG = LazyPattern(rf"(?P<place>{_CAPS_PLACE}),\s*(?P<date>{DATE})\s*\((?P<tag>[A-Za-z][^()\n]{{1,38}})\)\s*(?:-{{2,3}}|[\u2013\u2014])\s*")


def may_hold_strong(text: str) -> bool:
    """False when `STRONG` matches nowhere in `text`: it closes on a dash."""
    return "--" in text or "\u2013" in text or "\u2014" in text
