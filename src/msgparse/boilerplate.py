"""Page furniture and credits, recognised line by line.

The phrases are data (`data/boilerplate_lines.txt`, `_prefixes`, `_contains`,
`_sections`, `_share`); the shapes that no phrase list can hold (bylines, photo captions,
closing agency tags, tracking ids) are the patterns below. Every pattern is anchored
and linear-time: the cleaner runs on hostile input.

`kind(line)` says what a whole line is ("furniture", "credit", "stamp", "byline",
"caption", "section") or None for a line that may be story. `cut_end(line)` and
`cut_start(line)` take the credits and markers glued to the ends of a story line.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from . import agencies, dateline, lexicon, stamps
from .lazyre import LazyPattern
from .patterncache import regex

_EDGE = r"[\s\u2022\u00b7*|>:.\-\u2013\u2014]*"


def _phrases(name: str) -> str:
    return lexicon.alternation(name)


_WHOLE = LazyPattern(r"\A" + _EDGE + r"(?:" + _phrases("boilerplate_lines") + r")" + _EDGE + r"\Z", re.I)
# A prefix ends at a word's end ("Subscribe" is not "Subscribers").
_PREFIX = LazyPattern(r"\A[\s\u2022\u00b7*|]*(?:" + _phrases("boilerplate_prefixes") + r")(?:(?<=\W)|(?!\w))", re.I)
# lower-cased, so phrases listed in two cases are one; a phrase holding another is
# found by that one
_CONTAINS = lexicon.fewest_substrings(" ".join(w.lower().split()) for w in lexicon.words("boilerplate_contains"))
_SECTION = regex(r"\A" + _EDGE + r"(?:" + _phrases("boilerplate_sections") + r")" + r"[\s:.]*\Z", re.I)
_PREFIX_MAX_WORDS = 30
_PREFIX_SENTENCE_WORDS = 15
# "Facebook Twitter WhatsApp", "Share: WeChat | Weibo": two or more share words, nothing else
_SHARE_ROW = regex(r"\A(?:(?:" + _phrases("boilerplate_share") + r")(?!\w)[\s|,:/\u00b7\u2022-]*){2,12}\Z", re.I)

# A line that a listed phrase or an agency's name opens (the patterns above, `_WHOLE`
# below, `is_agency`) has the phrase's first two words as its own: what may stand before
# the phrase (edges, brackets) and what must follow it (an edge, (?!\w)) are no word
# characters. A phrase without a word ("\u00a9") stands whole before the line's first
# word. So a set look-up or two tells most story lines from every listed phrase.
_OPENING = regex(r"(\w+)(?:\W+(\w+))?")


@dataclass(frozen=True, slots=True)
class _Openings:
    words: frozenset[str]  # first words of one-word phrases, lower-cased
    pairs: frozenset[tuple[str, str]]  # first two words of the others
    marks: frozenset[str]  # first characters of phrases without a word

    @classmethod
    def of(cls, phrases: Iterable[str]) -> _Openings:
        words, pairs, marks = set(), set(), set()
        for p in phrases:
            m = _OPENING.search(p)
            if m is None:
                marks.add(p[0])
            elif m.group(2) is None:
                words.add(m.group(1).lower())
            else:
                pairs.add((m.group(1).lower(), m.group(2).lower()))
        return cls(frozenset(words), frozenset(pairs), frozenset(marks))

    def may_open(self, s: str) -> bool:
        """False when none of the phrases can open `s`."""
        m = _OPENING.search(s)
        if m is None:
            return True
        if m.start() and not self.marks.isdisjoint(s[: m.start()]):
            return True
        first, second = m.group(1, 2)
        # beyond ASCII, case-insensitive matching takes a few odd letters for ASCII ones
        if not first.isascii():
            return True
        first = first.lower()
        if first in self.words:
            return True
        if second is None:
            return False
        return not second.isascii() or (first, second.lower()) in self.pairs


_LISTED = _Openings.of(
    [*lexicon.words("boilerplate_lines"), *lexicon.words("boilerplate_prefixes"),
     *lexicon.words("boilerplate_sections"), *lexicon.words("boilerplate_share"), *agencies.names()])
_may_open_listed = _LISTED.may_open


# News > China; the look-ahead fails a line without ">" in one pass, before the backtracking
_BREADCRUMB = regex(r"\A(?=[^>]*>)[\w ]{1,30}(?:\s*>\s*[\w ]{1,30})+\Z")
_FURNITURE = [
    regex(r"\AComments?\s*\(\d+\)\Z", re.I),
    regex(r"\A\d+\s+(?:replies|comments|responses)\s+(?:on|to)\b", re.I),
    regex(r"\A\S+@\S+\.[a-z]{2,}\Z", re.I),  # a reporter's e-mail address
    regex(r"\A[A-Z]{2,12}\d{10,}(?:ID\d+)?\Z"),  # syndication tracking id
    regex(r"\A\[[^\[\]]{1,60}\]\Z"),  # [Original text: French]
    regex(r"\A!\[[^\]]*\]\([^)]*\)\s*\|?\Z"),  # an empty image: ![]() |
    regex(r"\AThe post .{1,300} appeared first on .{1,120}\Z"),
    regex(r"\A(?:Home|News)\s*(?:>>?|\|)", re.I),  # breadcrumbs
    regex(r"\ACopyright\s*(?:\u00a9|\(c\)|\d{4})", re.I),
    _BREADCRUMB,
]


def _any_source(patterns: list[re.Pattern[str]]) -> str:
    """The source of one pattern that matches where any of `patterns` does, each with its
    own flags: a line is read once rather than once per pattern."""
    def scoped(rx: re.Pattern[str]) -> str:
        return f"(?i:{rx.pattern})" if rx.flags & re.I else f"(?:{rx.pattern})"
    return "|".join(scoped(rx) for rx in patterns)


def _any_of(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    return regex(_any_source(patterns))


_FURNITURE_ANY = _any_of(_FURNITURE)
_NAME = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}"
_BYLINE = regex(r"\A(?:By|BY|by)\s+" + _NAME + r"(?:\s*(?:,|and|&)\s*" + _NAME + r"){0,3}\Z")
_CAPTION_START = regex(
    r"\A(?:FILE\s*[-\u2013\u2014:]|FILE PHOTO\b|File photo\b|Photo taken\b|Picture taken\b|Photo shows\b|"
    r"This (?:undated |handout |file )?photo\b)", re.I)
_CAPTION_MARK = regex(
    r"\((?:L|R|C|left|right|centre|center|front|\d(?:st|nd|rd|th)\s+[LR])\)|\bin this (?:undated |handout |file )?photo\b"
    r"|\bphoto taken on\b", re.I)
# A photo credit: "(AP Photo/Jane Doe, Pool, File)", "(Xinhua/Li Hua)", "(File photo: VNA)",
# "KCNA via REUTERS/File Photo", "| Photo: teleSUR", "Photo by Anna Petrova /Reuters".
# Compiled when first needed: most lines hold none of _PHOTO_CREDIT_HINTS.
PHOTO_CREDIT = LazyPattern(
    r"\((?:[A-Z][\w.]*\s+)?(?:Photo|Photos|File photo|Image)\b[^()\n]{0,60}\)"
    r"|\((?:" + agencies.ANY + r")/(?!(?:" + agencies.ANY + r")[/)])[A-Z][^()/\n]{1,40}(?:/[^()/\n]{1,40})?\)"
    r"|(?:\b[A-Z][A-Za-z]*\s+via\s+)?\b(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images)(?:/(?:File Photo|File|Pool|Handout))+(?:REUTERS|AFP|AP|EPA)?"
    r"|\b[A-Z][A-Za-z]*\s+via\s+(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images)\b"
    r"|\|\s*Photo:\s*[^|\n]{1,40}"
    r"|\b(?:AP|AFP|EPA|Reuters|REUTERS|Xinhua|Yonhap|Getty Images)\s+Photos?\b(?:\s*/\s*[^|()/\n]{1,50})?"
    r"|\bPhoto(?:\s+by)?:?\s+[A-Z][^|\n]{0,50}/\s*[A-Z][\w ]{1,30}\Z")
# every shape of PHOTO_CREDIT holds one of these (a bracketed credit "Photo", "photo",
# "Image" or a slash); most story lines, and most stories, hold none
_PHOTO_CREDIT_HINTS = ("|", "/", "via", "Photo", "photo", "Image")


def may_hold_photo_credit(s: str) -> bool:
    """False when `PHOTO_CREDIT` matches nowhere in `s` (substring tests: cheaper than
    the pattern's scan)."""
    return lexicon.holds_any(s, _PHOTO_CREDIT_HINTS)


_CAPTION_MAX = 400
_SHORT = 400  # longer lines are story or footer text: only the `contains` phrases apply


@dataclass(frozen=True, slots=True)
class Marks:
    """Whether a line, or the story it is part of, holds what two of the rules of `kind`
    need: a rule that the marks do not allow is skipped."""

    contains: bool = True  # the story holds a phrase of `boilerplate_contains`
    photo: bool = True  # the line holds a hint of a photo credit, or "photo" (a caption's mark)

    @classmethod
    def of_lines(cls, texts: list[str], lows: list[str]) -> list[Marks]:
        """The marks of each of a story's lines (`lows` lower-cased), none of which holds
        a line break. Read from all lines joined, which is cheaper than reading each: the
        hints of a photo credit are searched once per story, and most stories hold few."""
        text, low = "\n".join(texts), "\n".join(lows)
        contains = _contains(low)
        out = [cls(contains, False)] * len(texts)
        photo = cls(contains, True)
        for i in _lines_holding(text, [h for h in _PHOTO_CREDIT_HINTS if h in text]):
            out[i] = photo
        if "photo" in low:
            for i in _lines_holding(low, ["photo"]):
                out[i] = photo
        return out


def _lines_holding(text: str, needles: list[str]) -> set[int]:
    """The numbers of the lines of `text` that hold one of `needles` (none holds a line
    break); a line that holds one is not searched again for it, so that the search stays
    linear."""
    found: set[int] = set()
    if not needles:
        return found
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            line = bisect.bisect_right(starts, at) - 1
            found.add(line)
            at = text.find(needle, starts[line + 1]) if line + 1 < len(starts) else -1
    return found


ANY_MARKS = Marks()  # nothing known: every rule is tried


def kind(line: str, low: str | None = None, marks: Marks = ANY_MARKS) -> str | None:
    """What a whole line is when it is not story; None when it may be story. `low`, when
    given, is `line.lower()`, which the caller has at hand; `marks`, what the story the
    line is part of holds."""
    s = line.strip()
    if not s:
        return "furniture"
    if low is None or len(s) != len(line):
        low = s.lower()
    if len(s) > _SHORT:
        return "furniture" if marks.contains and _contains(low) else None
    listed = _may_open_listed(s)  # False for most story lines: the listed phrases are skipped
    shaped = _shaped(s)  # and so are the shapes
    if listed or shaped:
        found = _opened_kind(s, low, listed, shaped)
        if found:
            return found
    elif marks.contains and _contains(low):  # a line that nothing listed or shaped opens:
        return "furniture"  # only the rules that read the whole line are left
    return _whole_line_kind(s, low, marks.photo)


def _opened_kind(s: str, low: str, listed: bool, shaped: bool) -> str | None:
    """`kind` by the rules that a listed phrase or a shape opening the line can meet, and
    the `contains` phrases in their turn among them."""
    if listed and _WHOLE.match(s):
        return "credit" if agencies.is_agency(s.strip(" .:-|")) else "furniture"
    if listed and _SECTION.match(s):
        return "section"
    if _contains(low):
        return "furniture"
    if (listed and _SHARE_ROW.match(s)) or (shaped and _FURNITURE_ANY.match(s)):  # each starts at \A
        return "furniture"
    if shaped and _BYLINE.match(s):
        return "byline"
    if listed and _PREFIX.match(s):
        words = len(s.split())
        if words <= _PREFIX_MAX_WORDS:
            if (shaped and _CAPTION_START.match(s)) or low.startswith(("photo", "picture", "(photo")):
                return "caption"
            if s.startswith(("\u00a9", "(c)")):  # a copyright notice credits no agency
                return "furniture"
            # more than one sentence, or one long sentence, is story that opens like a credit
            long_sentence = words > _PREFIX_SENTENCE_WORDS and s.endswith((".", "!", "?")) and not s.startswith("(")
            if not _SENTENCES.search(s) and not long_sentence:
                return "credit"
    if shaped and _CAPTION_START.match(s) and len(s) <= _CAPTION_MAX:
        return "caption"
    if _credit_line(s, listed, shaped):
        return "credit"
    return None


def _whole_line_kind(s: str, low: str, photo: bool) -> str | None:
    """`kind` by the rules that need nothing at the line's start: stamps, captions ending
    on a photo credit (when the story holds a `photo` mark), rows of cells."""
    if len(s) <= stamps.STAMP_MAX and stamps.stamp_date(s)[0]:
        return "stamp"
    if photo and len(s) <= _CAPTION_MAX and (_ends_with_photo_credit(s) or ("photo" in low and _CAPTION_MARK.search(s))):
        # a caption is a sentence or two; a dateline or more sentences mean story is glued on
        if len(_SENTENCES.findall(s)) <= 1 and not dateline.STRONG.search(s):
            return "caption"
    if "|" in s and _pipe_row(s):
        return "furniture"
    return None


_SENTENCES = regex(r"[a-z\u00e0-\u00ff]{2}[.!?][\"\u201d]?\s+[A-Z]")


def is_caption(s: str) -> bool:
    """Text that describes a picture: "(L) walks with ... in this undated photo"."""
    return bool(_CAPTION_START.match(s.strip()) or _CAPTION_MARK.search(s))


def _contains(low: str) -> bool:
    """Whether the lower-cased line holds a phrase of `boilerplate_contains`."""
    return lexicon.holds_any(low, _CONTAINS)


def _ends_with_photo_credit(s: str) -> bool:
    start = max(0, len(s) - 110)
    if not may_hold_photo_credit(s[start:]):
        return False
    m = None
    for m in PHOTO_CREDIT.finditer(s, start):
        pass
    return bool(m) and not s[m.end():].strip(" |.")


def _pipe_row(s: str) -> bool:
    """A row of short cells split by bars, each of them a credit, stamp or link."""
    cells = [c.strip() for c in s.split("|")]
    cells = [c for c in cells if c]
    if len(cells) < 2:
        return False
    return all(len(c.split()) <= 8 and not c.endswith((".", "?", "!")) for c in cells) and any(
        kind(c) in {"credit", "stamp", "byline", "furniture"} for c in cells)


# A credit line: "WAM/Nour Hassan/Hazem Hussein", "(Taken from Prensa Latina)",
# "( MENAFN - Kuwait News Agency (KUNA))", "Reuters and AP contributed to this report.",
# "Viet Nam News / Source: VNS", "- VNA".
# the one that opens with an agency's name, kept apart so that lines opening with no
# listed word skip its alternation
# "VNA/VNS", "Xinhua/Li Yan"; "PTI AKJ RT": an agency and its editors' initials
_AGENCY_CREDIT_LINE = LazyPattern(
    r"\A(?:" + agencies.ANY + r")(?:(?:\s*/\s*[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){0,3}){1,4}|(?:\s+[A-Z]{2,4}){1,4})\Z"
)
# "Reuters and AP contributed to this report.", "Associated Press writer Evelyne Musambi
# contributed to this report."
_CONTRIBUTED = regex(
    r"\A[A-Z][\w.'\u2019]*(?:\s+(?:[\w.'\u2019]+|,|&)){0,9}?\s+contributed\s+to\s+this\s+(?:report|story)\.?\Z")
# AFP's closing initials: "burs/rma", "bur-ach/jm"
_SIGNOFF = regex(r"\A[a-z]{2,5}(?:[-/][a-z]{2,5}){1,4}\Z")
_SOURCE = regex(r"\A(?=[^/]*/)[\w' ]{2,40}/\s*Source:\s*[\w' ]{2,40}\Z")  # the look-ahead as above
_CREDIT_LINES = [
    regex(r"\A\(?\s*(?:Taken|Translated|Adapted)\s+from\s+[^()]{2,50}\)?\.?\Z", re.I),
    regex(r"\A\(\s*[A-Z]{3,}\s*-\s*[^()\n]{2,60}(?:\([A-Z]{2,8}\))?\s*\)\Z"),
    _CONTRIBUTED,
    _SOURCE,
    _SIGNOFF,
    regex(r"\A[-\u2013\u2014]{1,2}\s*[A-Z]{2,6}\Z"),
]

_CREDIT_LINE_ANY = _any_of(_CREDIT_LINES)
# Three shapes read the whole line before they fail (a look-ahead for ">" or "/", a run of
# capitalised words before "contributed"), and each needs a character or word that a
# substring test finds faster: they are tried only on lines holding it.
_SCANNING = ((_BREADCRUMB, ">"), (_SOURCE, "/"), (_CONTRIBUTED, "contributed"), (_SIGNOFF, "/"))
# Any other shape of furniture, byline, caption start or credit line: a story line
# matches none, and one match call then spares it the five patterns `kind` tries after it
_SHAPED = LazyPattern(_any_source(
    [rx for rx in [*_FURNITURE, _BYLINE, _CAPTION_START, *_CREDIT_LINES] if all(rx is not r for r, _ in _SCANNING)]))


def _shaped(s: str) -> bool:
    """Whether any shape of furniture, byline, caption start or credit line opens `s`."""
    if _SHAPED.match(s):
        return True
    for rx, needed in _SCANNING:
        if needed in s and rx.match(s):
            return True
    return False


def credit_line(s: str) -> bool:
    return _credit_line(s, _may_open_listed(s), True)


def _credit_line(s: str, listed: bool, shaped: bool) -> bool:
    """`credit_line`, told what `kind` knows: when `listed` is False no agency's name opens
    the line, when `shaped` is False no pattern of `_CREDIT_LINES` matches it."""
    if shaped and _CREDIT_LINE_ANY.match(s):
        return True
    return listed and (bool(_AGENCY_CREDIT_LINE.match(s)) or agencies.is_agency(s.strip(" .-|")))


# ---- pieces glued to the ends of a story line -------------------------------------------

_AFTER_SENTENCE = r"(?:(?<=[.!?\"\u201d\u2019'])|\A)"
_DASHES = ("-", "\u2013", "\u2014")
# Most lines carry none of these marks (see _END_MARKS), so each pattern compiles when a
# line first needs it. Each pattern comes with the text one of which it holds wherever it
# matches (None: a word in any case, see _END_WORDS_ANY_CASE): a line that passes
# `_may_end_with_cut` is searched only by the patterns whose marks its last stretch holds,
# not by all twelve (each search tries every offset of the stretch).
_END_CUTS: list[tuple[LazyPattern, tuple[str, ...] | None]] = [
    # (Xinhua/NAN) (NAN) (KCNA): a closing tag made of agencies only, after a sentence
    (LazyPattern(_AFTER_SENTENCE + r"\s*\(\s*(?P<tags>(?:" + agencies.ANY + r")(?:\s*/\s*(?:" + agencies.ANY + r"))*)\s*\)\.?\s*\Z"),
     ("(",)),
    # /Xinhua/
    (LazyPattern(_AFTER_SENTENCE + r"\s*/(?P<tags>" + agencies.ANY + r")/\.?\s*\Z"), ("/",)),
    # -VNA   — Reuters   — VNS (an outlet's own sign-off, no agency unless a known one)
    (LazyPattern(_AFTER_SENTENCE + r"\s*(?:-{1,2}|[\u2013\u2014])\s*(?P<tags>" + agencies.ANY + r"|[A-Z]{2,6})\s*\Z"), _DASHES),
    (LazyPattern(r"\s*\b(?:Enditem|ENDITEM|End\s+item)\s*\Z"), ("item", "ITEM")),
    # "... happiness. Source: Xinhua"   "... happiness. Editor: Li Yan"
    (LazyPattern(_AFTER_SENTENCE + r"\s*(?:Web\s+|Responsible\s+)?[Ee]ditor:\s*[A-Z][\w'\u2019.-]*(?:[ ,]+[A-Z][\w'\u2019.-]*){0,5}\s*\Z"),
     ("ditor:",)),
    (LazyPattern(_AFTER_SENTENCE + r"\s*Source:\s*(?P<tags>" + agencies.ANY + r")\s*\|?\s*\Z"), ("Source:",)),
    (LazyPattern(r"\s*\((?:END|end|End)\)(?:\s+[a-z]{1,4}(?:[/.][a-z]{1,4})?)?\s*\Z"), ("(END)", "(end)", "(End)")),
    (LazyPattern(r"\s*-{2,}\s*END\s*-{2,}\s*\Z"), ("END",)),
    (LazyPattern(r"\s*\./\.\s*\Z"), ("./.",)),
    (LazyPattern(r"\s*\[(?:\u2026|\.\.\.)\]\s*\Z"), ("[",)),
    (LazyPattern(r"\s*Click to expand\.\.\.\s*\Z"), ("Click to expand...",)),
    (LazyPattern(r"(?<=[.!?\"\u201d])\s*(?:Share this|Kindly Share This Story|Advertisement):?\s*\Z", re.I), None),
]

# Every pattern of _END_CUTS holds one of these marks (a bracket, slash or dash, or an
# editor's or source's label) in a line's last stretch, or closes the line on a word
# (_END_WORDS, the last patterns but one: "Enditem", "ENDITEM", "End item", "Click to
# expand..."; _END_WORDS_ANY_CASE, the last, lower-cased), so a line without any of
# them has nothing to cut. Substring tests: a pattern of them is tried at every offset.
_END_MARKS = ("(", "/", "[", "-", "\u2013", "\u2014", "ditor:", "Source:")
_END_WORDS = ("item", "ITEM", "Click to expand...")
_END_WORDS_ANY_CASE = ("share this", "kindly share this story", "advertisement")  # and a colon
_END_WORDS_REACH = max(map(len, _END_WORDS_ANY_CASE))
_END_REACH = 80  # a sign-off stands in a line's last 80 characters


def _may_end_with_cut(line: str, odd: bool | None = None) -> bool:
    tail = line[-_END_REACH:]
    for mark in _END_MARKS:
        if mark in tail:
            return True
    end = tail.rstrip()  # as `\s*\Z` reads the line's end
    if end.endswith(_END_WORDS):
        return True
    if odd is not False and lexicon.odd_case(tail):
        return True  # letters that match ASCII ones only case-insensitively
    return end.removesuffix(":")[-_END_WORDS_REACH:].lower().endswith(_END_WORDS_ANY_CASE)


def cut_end(line: str, *, odd: bool | None = None) -> tuple[str, list[str], list[str]]:
    """(the line less the credits and end markers glued to its end, the pieces cut in
    text order, the agencies those credits name). `odd=False` says that the line holds
    none of the letters of `lexicon.odd_case`."""
    pieces: list[str] = []
    found: list[str] = []
    changed = True
    while changed and line:
        changed = False
        if not _may_end_with_cut(line, odd):
            break  # no mark any end cut needs: most story lines
        start = max(0, len(line) - _END_REACH)
        tail = line[start:]
        for rx, marks in _END_CUTS:
            if marks is not None and not lexicon.holds_any(tail, marks):
                continue
            # only the line's last stretch can hold a sign-off; keeps the search linear
            m = rx.search(line, start)
            if m:
                tags = m.groupdict().get("tags")
                named = [c for c in (agencies.canonical(p) for p in (tags or "").split("/")) if c]
                found = [c for c in named if c not in found] + found
                pieces.insert(0, m.group().strip())
                line = line[: m.start()].rstrip()
                changed = True
                break
    return line, pieces, found


_START_CUTS = [
    # Xinhua) 09:49, June 22, 2021   /   2018-03-19 08:46   (a stamp glued to the story's first words)
    regex(r"\A(?:\(?[A-Z][\w' ]{1,30}\)\s*)?\d{1,2}:\d{2},?\s+" + stamps.DATE_WITH_YEAR.pattern + r"\s+(?=[A-Z])", re.I),
    regex(r"\A(?:19|20)\d{2}-\d{2}-\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?=[A-Z])"),
    # ( MENAFN - Kuwait News Agency (KUNA))
    regex(r"\A\(\s*[A-Z]{3,}\s*-\s*[^()\n]{2,60}(?:\([A-Z]{2,8}\))?\s*\)\s*"),
    # Kindly Share This Story: <story>
    regex(r"\A(?:Kindly Share This Story|Share this(?: story)?|Advertisement)\s*:\s*", re.I),
]

_START_ANY = _any_of(_START_CUTS)


def cut_start(line: str) -> tuple[str, list[str], list[str]]:
    """(the line less the syndication and share prompts glued to its start, the pieces,
    the agencies they name)."""
    pieces: list[str] = []
    found: list[str] = []
    if not _START_ANY.match(line):
        return line, pieces, found  # none opens the line, and the line stays as it is
    for rx in _START_CUTS:
        m = rx.match(line)
        if m and m.end() < len(line):
            pieces.append(m.group().strip())
            found += [a for a in agencies.all_in(m.group()) if a not in found]
            line = line[m.end():]
    return line, pieces, found
