"""News agencies: the names in `data/agencies.txt` and the places a story credits them.

`canonical("Korean Central News Agency")` gives "KCNA"; `ANY` is a regex alternation of
every alias (all-capital aliases match only in capitals, so "map" is not MAP);
`credited_in(text)` finds the agencies a story names as its source ("KCNA reported",
"according to Xinhua", "Reuters and AP contributed to this report"). A credit on a
photo ("KCNA via REUTERS", "(AP Photo/...)") is no credit of the story.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from . import lexicon
from .lazyre import LazyPattern
from .patterncache import regex


def _aliases() -> dict[str, str]:
    canon = lexicon.mapping("agencies")
    return {w: canon.get(w.lower(), w) for w in lexicon.words("agencies")}


_ALIASES = _aliases()
_BY_FOLDED = {" ".join(k.lower().split()): v for k, v in _ALIASES.items()}


def _alternation(aliases: Iterable[str]) -> str:
    """The alternation of `aliases`, longest first; an all-capitals one ("AP", "PL") in
    its own case only, so that a word of the text is not read as an agency."""
    parts = []
    for alias in lexicon.longest_first(aliases):
        body = lexicon.alternation_of([alias])
        parts.append(f"(?-i:{body})" if alias.isupper() else body)
    return "|".join(parts)


_ALL = _alternation(_ALIASES)
# Bounded by non-word characters so "MAPS" or "Xinhuanet" do not match (a hyphen may
# follow: "APA-Abuja").
ANY = r"(?<![\w-])(?:" + _ALL + r")(?!\w)"
# compiled when a line first names a known agency (is_agency asks canonical() first)
_WHOLE = LazyPattern(r"\A\s*(?:the\s+)?(?:" + _ALL + r")\s*\Z", re.I)


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


def names() -> list[str]:
    """Every name `is_agency` takes, as `data/agencies.txt` writes it, and each again
    after "the" ("the Associated Press")."""
    return [*_ALIASES, *(f"the {alias}" for alias in _ALIASES)]


_TOKEN = regex(r"[A-Za-z][A-Za-z-]*")
_LETTERS = regex(r"[A-Za-z]+")


def _first_tokens() -> dict[str, LazyPattern]:
    """For each first word of an alias, an anchored pattern of the aliases it opens:
    mentions are found by a cheap word scan, not an alternation tried at every offset."""
    groups: dict[str, list[str]] = {}
    for alias in _ALIASES:
        first = _TOKEN.match(alias)
        if first:
            groups.setdefault(first.group().lower(), []).append(alias)
    out = {}
    for key, names in groups.items():
        # compiled when a story first names an alias opening with this word
        out[key] = LazyPattern(r"(?:" + _alternation(names) + r")(?!\w)", re.I)
    return out


_OPENERS = _first_tokens()


# Letter runs ([a-z]+) are read from the UTF-8 bytes: each byte but a-z made a space, then
# split. No run crosses a character beyond ASCII (all its bytes are 0x80 or more), and the
# byte operations run several times faster than a pattern's findall.
_RUN_BYTES = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))


def _runs(low: str) -> list[bytes]:
    """The runs of a-z in `low`, as bytes."""
    return low.encode("utf-8", "surrogatepass").translate(_RUN_BYTES).split()


def _needs() -> dict[bytes, list[frozenset[bytes]]]:
    """The letter runs of each alias (lower-cased), filed under its longest run."""
    out: dict[bytes, list[frozenset[bytes]]] = {}
    for alias in _ALIASES:
        runs = _runs(alias.lower())
        if runs:
            out.setdefault(max(runs, key=len), []).append(frozenset(runs))
    return out


_NEEDS = _needs()
_NEED_KEYS = frozenset(_NEEDS)
_NEED_RUNS = frozenset().union(*(need for needs in _NEEDS.values() for need in needs))


def _may_name(text: str, low: str, odd: bool | None = None) -> bool:
    """False when `text` (`low` lower-cased) names no agency: a name matched anywhere has
    each of its letter runs as a whole run of the text, bounded by no word character. A
    set look-up spares most lines the word-by-word scan. `odd` as for `credited_in`."""
    if odd is not False and lexicon.odd_case(text):
        return True  # letters that match ASCII ones only case-insensitively
    words = _runs(low)
    keys = _NEED_KEYS.intersection(words)
    if not keys:
        return False  # most lines
    runs = _NEED_RUNS.intersection(words)  # what the needs can hold: smaller than set(words)
    for key in keys:
        if any(need <= runs for need in _NEEDS[key]):
            return True
    return False


def mentions(text: str, limit: int | None = None) -> list[tuple[int, int, str]]:
    """Every agency named in `text` (the first `limit` of them): (start, end, canonical
    name), in text order."""
    return _mentions(text, text.lower(), limit)


def _mentions(text: str, low: str, limit: int | None, odd: bool | None = None) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    if not _may_name(text, low, odd):
        return out
    skip = 0
    for tok in _TOKEN.finditer(text):
        if tok.start() < skip:
            continue
        rx = _OPENERS.get(tok.group().lower())
        if rx is None:
            # "ITAR-TASS" is one token; its parts can open an alias too
            if "-" not in tok.group():
                continue
            rx = _OPENERS.get(tok.group().split("-")[0].lower())
            if rx is None:
                continue
        if tok.start() and text[tok.start() - 1] in "-_" or tok.start() and text[tok.start() - 1].isalnum():
            continue
        m = rx.match(text, tok.start())
        if m:
            c = canonical(m.group())
            if c:
                out.append((m.start(), m.end(), c))
                skip = m.end()
                if limit is not None and len(out) >= limit:
                    break
    return out


def all_in(text: str) -> list[str]:
    """Every agency named in `text`, canonical, first appearance first."""
    out: list[str] = []
    for _, _, c in mentions(text):
        if c not in out:
            out.append(c)
    return out


_SAY = r"(?:said|says|reported|reports|added|adds|stated|quoted|cited|announced|carried|noted|wrote)"
_AFTER_SAY = regex(r"(?:\s*\([A-Z]{2,8}\))?(?:\s+news\s+agency)?,?\s+" + _SAY + r"\b", re.I)
# "according to the North's official" + agency; not "according to a recent Reuters survey"
_BEFORE = regex(r"\b(?:according\s+to|reported\s+by|quoted\s+by|cited\s+by|carried\s+by)\s+"
                     r"(?:(?:the|official|state|state-run|state-owned|government|news|agency|[A-Z][\w-]*['\u2019]s)\s+){0,4}\Z", re.I)
_AND = regex(r"(?:\s*(?:,|and|&)\s*[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3})*\s+contributed\s+to\s+this\s+(?:report|story)", re.I)
# a word each of _AFTER_SAY, _BEFORE and _AND holds, as a substring (same case folding)
_CREDIT_WORD = regex(_SAY + r"|according|contributed", re.I)
_CREDIT_WORDS = (*_SAY.removeprefix("(?:").removesuffix(")").split("|"), "according", "contributed")


def _credit_word(text: str, low: str, odd: bool | None = None) -> bool:
    # a case-insensitive pattern reads a line several times slower than substring
    # tests read it lower-cased; without the odd letters the two agree
    if odd is not False and lexicon.odd_case(text):
        return bool(_CREDIT_WORD.search(text))
    for w in _CREDIT_WORDS:
        if w in low:
            return True
    return False


_MAX_MENTIONS = 200  # a story names its sources early; hostile input pays no more than this
_PHOTO_NEAR = regex(r"\bphoto|\bvia\s*\Z|\bpicture|\bimage", re.I)


def credited_in(text: str, low: str | None = None, *, odd: bool | None = None) -> list[str]:
    """Agencies the story text credits as its source, canonical, in order of mention:
    "KCNA reported", "according to the KCNA", "Reuters and AP contributed to this report".
    `low`, when given, is `text.lower()`, which the caller has at hand. `odd=False` says
    that `text` holds none of the letters of `lexicon.odd_case` (known for every line
    of a story without them), and spares the tests for them."""
    out: list[str] = []
    if low is None:
        low = text.lower()
    if not _credit_word(text, low, odd):
        return out  # a credit needs a reporting verb, "according to" or "contributed"
    found = _mentions(text, low, _MAX_MENTIONS, odd)
    for n, (start, end, c) in enumerate(found):
        before = text[max(0, start - 60): start]
        if _PHOTO_NEAR.search(before[-24:]):
            continue
        ok = bool(_AFTER_SAY.match(text, end, end + 60) or _BEFORE.search(before))
        if not ok:
            m = _AND.match(text, end, end + 120)
            ok = bool(m)
            if not ok:  # the later names of "Reuters and AP contributed"
                ok = any(_AND.match(text, e, e + 120) and s < start for s, e, _ in found[max(0, n - 3): n]
                         if start - e < 12)
        if ok and c not in out:
            out.append(c)
    return out


def is_agency(name: str) -> bool:
    # the dictionary look-up first: most names are no agency, and the pattern then need
    # not be compiled or run
    return canonical(name) is not None and bool(_WHOLE.match(name))
