"""Offices as the genre writes them: "Chinese President", "general secretary of the
Workers' Party of Korea", "Deputy Prime Minister and Foreign Minister".

A title is modifiers (demonyms, country names, "Former", "Deputy") + an office noun from
`data/titles.txt` + an optional "of ..." complement. The patterns here find titles; the
cast (parties.py) decides whose they are.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .lazyre import LazyPattern
from .patterncache import regex

HEAD = lexicon.alternation("titles")
_COUNTRY_MAP = lexicon.mapping("countries")
NATION = lexicon.alternation_of(lexicon.longest_first(lexicon.words("countries")))
# a demonym the lexicon lacks still looks like one: "Laotian", "Surinamese"
DEMONYM_ENDINGS = ("ese", "ian", "ean", "ish")
_DEMONYM_SHAPE = r"[A-Z][a-z]{2,}(?:" + "|".join(DEMONYM_ENDINGS) + ")"
# an acronym before an office names whose office it is: "UN Secretary-General" (an
# honorific in capitals, "HM King", is none)
_CAPITAL_HONORIFICS = [h for h in lexicon.words("honorifics") if h.isupper() and h.isalpha()]
ACRONYM_MOD = r"(?-i:(?!(?:" + "|".join(_CAPITAL_HONORIFICS) + r")\b)[A-Z]{2,6})"
MOD = (r"(?:" + lexicon.alternation("title_modifiers") + r"|(?:" + NATION + r")(?:['\u2019]s)?|" + _DEMONYM_SHAPE
       + r"|" + ACRONYM_MOD + r")")
HONORIFIC = lexicon.alternation("honorifics")


def grouped_alternation(name: str) -> str:
    """`lexicon.alternation(name)` for case-insensitive matching, its entries grouped by
    their first letter: "k(?:ing)|p(?:resident|rime\\s+minister)". The engine tries the
    branches of an alternation one by one, and cannot skip a case-insensitive branch at a
    glance, so hundreds of offices or countries cost hundreds of tries at every word;
    grouped, a word tries the entries of its first letter alone. It matches the same:
    each group keeps the order of its entries, and no letter matches the first letters
    of two groups (ASCII letters fold in classes of one lower-case letter each; the
    plain alternation serves a lexicon with another first letter)."""
    entries = lexicon.longest_first(lexicon.words(name))
    if not all(e[:1].isascii() for e in entries):
        return lexicon.alternation(name)
    groups: dict[str, list[str]] = {}
    for e in entries:
        groups.setdefault(e[0].lower(), []).append(e[1:])
    return "|".join(
        re.escape(first) + "(?:" + lexicon.alternation_of(rests) + ")" for first, rests in groups.items()
    )


# HEAD, NATION and MOD grouped, for case-insensitive patterns (see grouped_alternation)
GROUPED_HEAD = grouped_alternation("titles")
GROUPED_NATION = grouped_alternation("countries")
GROUPED_MOD = (
    r"(?:" + grouped_alternation("title_modifiers") + r"|(?:" + GROUPED_NATION + r")(?:['\u2019]s)?|"
    + _DEMONYM_SHAPE + r"|" + ACRONYM_MOD + r")"
)

# The words between the modifiers and the office, capitalised: any after a modifier
# ("Iranian Interior Minister", "European Commission President", "State Council Premier"),
# else a body's name ("Parliament Speaker", "Senate President"). At most three, so a run
# of capitalised words costs a few tries where a title may start. `OFFICE` is MOD* and
# these before HEAD, for patterns that are case-insensitive (the words are not).
_QUALIFIER = r"(?-i:[A-Z][a-z]+)[ \t]+"
# the nouns organisations' names end in, capitalised as in a name: "Committee", "Council"
ORGANISATION_NOUN = lexicon.alternation_of(w.capitalize() for w in lexicon.words("organisation_nouns"))
_BODY = r"(?-i:" + ORGANISATION_NOUN + r")[ \t]+"
OFFICE = (
    r"(?:(?P<mod>(?:" + GROUPED_MOD + r")[\s-]+))*"
    r"(?:(?(mod)(?:" + _QUALIFIER + r"){1,3}|(?:" + _QUALIFIER + r"){0,2}" + _BODY + r"))?"
    r"(?:" + GROUPED_HEAD + r")"
)

# acronyms in parentheses are dropped from titles ("(CPC)")
_ACRONYM_PAREN_BODY = r"\((?:[A-Z][A-Za-z]{0,3}\.?){1,5}[A-Za-z]?\)"
ACRONYM_PAREN = regex(r"\s*" + _ACRONYM_PAREN_BODY)
# the same without the blanks before it: it opens with "(", which the engine skips to,
# where ACRONYM_PAREN tries its `\s*` at every offset of a story
_ACRONYM_PAREN_AT = regex(_ACRONYM_PAREN_BODY)


def drop_acronyms(t: str) -> str:
    """`t` less its acronyms in parentheses and the blanks before them."""
    return ACRONYM_PAREN.sub("", t) if "(" in t else t


def blank_acronyms(text: str) -> str:
    """`text` with each ACRONYM_PAREN match (the blanks before it included) turned into
    as many spaces, so that offsets are kept. Each is found from its parenthesis and
    extended back over the blanks: the parentheses hold no other, so the matches are
    those of ACRONYM_PAREN."""
    if "(" not in text:
        return text
    out: list[str] = []
    last = 0
    for m in _ACRONYM_PAREN_AT.finditer(text):
        start = m.start()
        while start > last and text[start - 1].isspace():
            start -= 1
        out.append(text[last:start])
        out.append(" " * (m.end() - start))
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)
# a title at the start of a phrase: the?/MODs/HEAD
TITLE_START = LazyPattern(r"(?:the\s+)?" + OFFICE + r"\b", re.I)
# where one title of a list ends and the next begins: ", " or " and " before a title
# (the lookahead written once: `(?:A|B)(?=T)` tries the same things in the same order as
# `A(?=T)|B(?=T)`, at half the compiling)
_SPLIT = LazyPattern(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?=(?:the\s+)?(?:(?:" + GROUPED_MOD + r")[\s-]+)*(?:" + GROUPED_HEAD + r")\b)",
    re.I,
)
_LEAD = regex(r"^(?:(?:" + HONORIFIC + r")\s+)*(?:the\s+|also\s+|is\s+)*", re.I)


_TRAIL = regex(
    r"(?:\s+(?:" + HONORIFIC + r"|Sheikh|Sheikha|Sayyid))+\.?$"
)


@lru_cache(maxsize=1)
def _head_cues() -> tuple[str, ...] | None:
    """The first word of every office noun, lower-cased, none holding another ("chair"
    stands for "chairman" too); None when a noun is not ASCII, as case-insensitive
    matching could then pair it with other letters than `str.lower` does."""
    entries = lexicon.words("titles")
    if not all(e.isascii() for e in entries):
        return None
    return lexicon.fewest_substrings(e.split()[0].lower() for e in entries)


def may_hold_head(phrase: str) -> bool:
    """False when `phrase` surely holds no office noun of HEAD in any case: a test worth
    making before a title pattern is searched across a stretch of text."""
    cues = _head_cues()
    if cues is None or lexicon.odd_case(phrase):
        return True  # the long s (U+017F) matches "s" case-insensitively; lower() keeps it
    low = phrase.lower()
    return any(c in low for c in cues)


# The first run of letters of every modifier, country and office, lower-cased: a title
# (OFFICE) opens with one of these or with a demonym's shape.
_OPENERS = frozenset(
    re.match(r"[^\W\d_]*", w).group().lower()
    for src in ("titles", "title_modifiers", "countries", "organisation_nouns") for w in lexicon.words(src)
)
_DEMONYM_RX = regex(_DEMONYM_SHAPE, re.I)
_LETTERS = regex(r"[A-Za-z]+")
_WORD_LETTERS = regex(r"[^\W\d_]+")


def may_start_title(text: str, pos: int) -> bool:
    """False when TITLE_START surely does not match at `pos`: the word there is neither
    "the" nor a word a modifier, country or office opens with, nor a demonym's shape. A
    set lookup spares the pattern's long alternations at most words."""
    m = _WORD_LETTERS.match(text, pos)
    if m is None:
        return False  # every entry, and "the", opens with a letter
    word = m.group()
    if not word.isascii():
        return True  # case-insensitive matching may pair letters that `str.lower` keeps apart
    return word.lower() == "the" or _opens_title(word)


def title_starts(text: str, pos: int, endpos: int) -> list[int] | None:
    """The offsets in [pos, endpos) where a title (modifiers and an office, as MOD and
    HEAD spell them, case-insensitively) may begin: the starts of runs of letters that
    open an entry of the lexicons or have a demonym's shape. Trying a title pattern at
    these alone finds what searching it from `pos` finds, without running its long
    alternations at every word. None when the stretch is not ASCII: case-insensitive
    matching may then pair letters that `str.lower` keeps apart."""
    if not text.isascii() and not text[pos:endpos].isascii():
        return None
    return [m.start() for m in _LETTERS.finditer(text, pos, endpos) if _opens_title(m.group())]


@lru_cache(maxsize=8192)  # a pure function of a word; the words before names recur
def _opens_title(word: str) -> bool:
    """Whether a run of ASCII letters opens an entry of the lexicons of titles or has a
    demonym's or an acronym's shape."""
    return (word.lower() in _OPENERS or _DEMONYM_RX.fullmatch(word) is not None
            or 2 <= len(word) <= 6 and word.isupper() and word not in _CAPITAL_HONORIFICS)


@lru_cache(maxsize=4096)  # a pure function of a short phrase; stories repeat their titles
def clean_title(t: str) -> str:
    """A title as written, less acronyms in parentheses, a leading "the" and honorifics
    ("President Dr" before "Arif Alvi" is "President")."""
    t = drop_acronyms(t)
    t = _LEAD.sub("", t.strip(" ,;:"))
    t = " ".join(t.split())
    if " " in t:
        t = _TRAIL.sub("", t)
    return t


def split_titles(phrase: str) -> list[str]:
    """The titles of a phrase that is nothing but titles: "UAE Vice President, Prime
    Minister and Ruler of Dubai" gives three; pieces that are no title are dropped."""
    return list(_split_titles(phrase))


# A story writes the same few title phrases again and again: each is split once.
@lru_cache(maxsize=4096)
def _split_titles(phrase: str) -> tuple[str, ...]:
    phrase = drop_acronyms(phrase)
    out = []
    for piece in _SPLIT.split(phrase):
        piece = clean_title(piece)
        if piece and TITLE_START.match(piece):
            out.append(piece)
    return tuple(out)


def is_title(phrase: str) -> bool:
    m = TITLE_START.match(clean_title(phrase))
    return bool(m)


def nation_of(word: str) -> str | None:
    """The country a demonym or country name stands for ("Turkish" -> "Turkey")."""
    return _COUNTRY_MAP.get(" ".join(word.lower().split()).removesuffix("'s").removesuffix("\u2019s"))


# needed only to read an office off a title: compiled when first used
_HEAD_RX = LazyPattern(r"\b(?:" + GROUPED_HEAD + r")\b", re.I)
_NATION_RX = LazyPattern(r"(?<![\w-])(?:" + GROUPED_NATION + r")(?![\w-])", re.I)


@lru_cache(maxsize=4096)  # a pure function of a short phrase, asked for each mention
def office_of(title: str) -> tuple[str | None, str | None]:
    """(head, country) of a title: "Chinese President" -> ("president", "China"),
    "President of the Republic of Türkiye" -> ("president", "Turkey")."""
    h = _HEAD_RX.search(title)
    n = _NATION_RX.search(title)
    return (" ".join(h.group().lower().split()) if h else None, nation_of(n.group()) if n else None)
