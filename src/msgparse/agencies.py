"""News agencies: the names in `data/agencies.txt` and the places a story credits them.

`canonical("Korean Central News Agency")` gives "KCNA"; `ANY` is a regex alternation of
every alias (all-capital aliases match only in capitals, so "map" is not MAP);
`credited_in(text)` finds the agencies a story names as its source ("KCNA reported",
"according to Xinhua", "Reuters and AP contributed to this report"). A credit on a
photo ("KCNA via REUTERS", "(AP Photo/...)") is no credit of the story.
"""
from __future__ import annotations

import re

from . import lexicon


def _aliases() -> dict[str, str]:
    canon = lexicon.mapping("agencies")
    return {w: canon.get(w.lower(), w) for w in lexicon.words("agencies")}


_ALIASES = _aliases()
_BY_FOLDED = {" ".join(k.lower().split()): v for k, v in _ALIASES.items()}


def _alternation() -> str:
    parts = []
    for alias in sorted(_ALIASES, key=len, reverse=True):
        body = re.escape(alias).replace(r"\ ", r"\s+")
        parts.append(f"(?-i:{body})" if alias.isupper() else body)
    return "|".join(parts)


# Bounded by non-word characters so "MAPS" or "Xinhuanet" do not match (a hyphen may
# follow: "APA-Abuja").
ANY = r"(?<![\w-])(?:" + _alternation() + r")(?!\w)"
_ANY_RX = re.compile(ANY, re.I)
_WHOLE = re.compile(r"\A\s*(?:the\s+)?(?:" + _alternation() + r")\s*\Z", re.I)


def canonical(name: str | None) -> str | None:
    """The short form of a known agency ("Yonhap News Agency" -> "Yonhap"), else None."""
    if not name:
        return None
    name = " ".join(name.split()).strip(" .,;:-")
    if name.lower().startswith("the "):
        name = name[4:]
    hit = _ALIASES.get(name)
    if hit:
        return hit
    hit = _BY_FOLDED.get(name.lower())
    if hit and not any(a.isupper() and a.lower() == name.lower() for a in _ALIASES):
        return hit
    return None


def all_in(text: str) -> list[str]:
    """Every agency named in `text`, canonical, first appearance first."""
    out: list[str] = []
    for m in _ANY_RX.finditer(text):
        c = canonical(m.group())
        if c and c not in out:
            out.append(c)
    return out


_SAY = r"(?:said|says|reported|reports|added|adds|stated|quoted|cited|announced|carried|noted|wrote)"
_ACRO = r"(?:\s*\([A-Z]{2,8}\))?"
_CREDITS = [
    # "the North's official Korean Central News Agency (KCNA) reported", "KCNA said"
    re.compile(r"(?P<a>" + ANY + r")" + _ACRO + r"(?:\s+news\s+agency)?,?\s+" + _SAY + r"\b", re.I),
    # "according to the KCNA", "according to VNA's correspondent", "reported by Xinhua"
    re.compile(r"\b(?:according\s+to|reported\s+by|quoted\s+by|cited\s+by|carried\s+by)\s+(?:the\s+)?"
               r"(?:[\w'\u2019-]+\s+){0,3}?(?P<a>" + ANY + r")", re.I),
    # "Reuters and AP contributed to this report"
    re.compile(r"(?P<a>" + ANY + r")(?:\s*(?:,|and)\s*(?P<b>" + ANY + r"))*\s+contributed\s+to\s+this\s+report", re.I),
]
_PHOTO_NEAR = re.compile(r"\bphoto|\bvia\s*\Z|\bpicture|\bimage", re.I)


def credited_in(text: str) -> list[str]:
    """Agencies the story text credits as its source, canonical, in order of mention."""
    hits: list[tuple[int, str]] = []
    for rx in _CREDITS:
        for m in rx.finditer(text):
            for g in ("a", "b"):
                if g in rx.groupindex and m.group(g):
                    before = text[max(0, m.start(g) - 24): m.start(g)]
                    if _PHOTO_NEAR.search(before):
                        continue
                    c = canonical(m.group(g))
                    if c:
                        hits.append((m.start(g), c))
            if rx is _CREDITS[2]:  # the "and" list: every agency named in it
                for sub in _ANY_RX.finditer(m.group()):
                    c = canonical(sub.group())
                    if c:
                        hits.append((m.start() + sub.start(), c))
    out: list[str] = []
    for _, c in sorted(hits):
        if c not in out:
            out.append(c)
    return out


def is_agency(name: str) -> bool:
    return bool(_WHOLE.match(name)) and canonical(name) is not None
