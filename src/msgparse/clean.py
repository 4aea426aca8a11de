"""Boilerplate out; scrape header, dateline, agencies and publication date in.

`clean(text)` returns a `Cleaned`: the story text (paragraphs separated by one blank
line), every cut verbatim in `removed` (in text order), and the metadata the cuts gave.

The steps, in order:

1. entities unescaped, the scraper's ` date 2021-01-11` header taken off;
2. lines read into paragraphs (a blank line, or an indented line after a finished
   sentence, starts one);
3. every line judged on its own: page furniture, credits, stamps, bylines, captions
   (`boilerplate.kind`);
4. the header: the title-like lines before the first line of prose or the dateline
   (a site name, the headline, breadcrumbs) are cut, the last of them kept as
   `headline` when the input gave none;
5. the dateline at the head of the story parsed and cut;
6. link lists under "Related" headings cut; credits and end markers glued to line
   ends cut; under the story's sign-off, a lone teaser line and short lines that are
   no sentences (site name, menu) cut;
7. a paragraph repeated verbatim (a standfirst printed again) kept once;
8. agencies gathered from the dateline, credits and "KCNA reported"-style mentions;
   `published` from header > metadata > stamp > dateline date.

When a line could be story, it stays: only lines that match a pattern, or title-like
lines above the story and under a link heading, are cut.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from . import agencies, boilerplate, dateline, dates, lexicon, stamps
from .model import Cleaned, Dateline
from .patterncache import regex

_HEADER_MAX_LINES = 40  # a site menu can run long; beyond this, keep
_TAIL_PROSE_MAX = 300
_FOOTER_WORDS = 8
_RECLEAN_MAX = 3  # cleanings of the cleaned story; one settles all but contrived text
_REREAD_MAX = 64  # pieces of boilerplate that one cut can bring to the head of the story
# the scrape header anywhere a cut may leave it (`SCRAPE_HEADER` is anchored at the text's start)
_HEADER_AT = regex(stamps.SCRAPE_HEADER.pattern.removeprefix(r"\A"))
_TERMINAL = (".", "!", "?", '"', "\u201d", "\u2019", ":", ";", ")", "\u2026")
_CONNECTORS = frozenset("the a an of to and or in on for with by that at from as is was are".split())
_PAGE_SUFFIX = regex(r"\s*\|\s*Page\s+\d+\s*\Z", re.I)
# a sentence's end: what a headline lacks
_SENTENCE_MARK = regex(r"[.!?:;,\"\u201d]\Z|[.!?]\s")


@dataclass(slots=True)
class _Line:
    para: int
    text: str  # squeezed (`_squeeze`) when read, and kept so: each cut strips what it leaves
    raw: str = ""  # as written, for `removed`, while the line is whole
    kind: str | None = None
    cut: bool = False
    low: str = ""  # the text lower-cased when judged: kept for the credits read from it


@dataclass(slots=True)
class _Cuts:
    """The pieces cut so far, each keyed by where it stood, and the agencies they named."""

    pieces: list[tuple[tuple[int, int], str]] = field(default_factory=list)
    named: list[tuple[tuple[int, int], str]] = field(default_factory=list)

    def add(self, where: tuple[int, int], piece: str) -> None:
        piece = piece.strip()
        if piece:
            self.pieces.append((where, piece))

    def credit(self, where: tuple[int, int], names: list[str]) -> None:
        if names:  # most lines name none
            self.named.extend((where, n) for n in names)


def _unescape(text: str) -> str:
    if "&" in text:
        import html  # stdlib; its entity table is loaded only for text that has entities

        text = html.unescape(text)
    if "\r" in text:  # one scan for the character; each replace is a scan of its own
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _squeeze(s: str) -> str:
    """`" ".join(s.split())`: each run of white space one space, none at the ends."""
    return _squeeze_stripped(s.strip())


def _squeeze_stripped(t: str) -> str:
    """`_squeeze` of `t`, which has no white space at its ends. Most lines are squeezed
    already; a printable one (white space other than a space is not) without two spaces
    in a row is kept as it is, which is cheaper than splitting and joining."""
    if "  " in t or not t.isprintable():
        return " ".join(t.split())
    return t


def _read_lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    para, blank = 0, True
    prev = ""
    for raw in text.split("\n"):
        whole = raw.strip()
        if not whole:
            blank = True
            continue
        s = _squeeze_stripped(whole)
        indented = raw[:1].isspace()
        if out and (blank or (indented and prev.endswith(_TERMINAL))):
            para += 1
        out.append(_Line(para, s, whole))
        blank, prev = False, s
    return out


def _prose(s: str) -> bool:
    return len(s.split()) >= 8 and s.endswith(_TERMINAL)


def _title_like(lines: list[_Line], i: int) -> bool:
    """A line above the story that is no sentence: short, unfinished, not wrapped prose."""
    s = lines[i].text
    words = s.split()
    if s.endswith((".", "!", "?")) or (s.endswith(_TERMINAL) and len(words) >= 8):
        return False  # a sentence, however short
    if len(words) > 30:
        return False
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt and nxt.para == lines[i].para and nxt.kind is None and (
            nxt.text[:1].islower() or s.endswith((",", ";")) or words[-1].lower() in _CONNECTORS):
        return False  # the sentence runs on into the next line
    return True


def _same(a: str | None, b: str | None) -> bool:
    fold = lambda s: " ".join((s or "").casefold().split()).strip(" .")  # noqa: E731
    return bool(a and b) and fold(a) == fold(b)


def clean(text: str, *, published: str | None = None, headline: str | None = None) -> Cleaned:
    """The story of `text` with its boilerplate cut. `published` and `headline` are what
    the input's own metadata says; a scrape header overrides `published`.

    Cleaning is line by line, but the story comes out with each paragraph's lines joined
    and its entities unescaped, and a joined line can read differently (a dateline
    behind a title that was a line of its own). Then the story is cleaned again, until
    what comes out is what went in, so that cleaning clean text changes nothing.
    """
    cleaned, reshaped = _clean_lines(text, published, headline)
    for _ in range(_RECLEAN_MAX):
        if not reshaped:
            break
        again, reshaped = _clean_lines(cleaned.text, None, None)
        if again.text == cleaned.text:
            break
        cleaned = Cleaned(
            again.text, cleaned.removed + again.removed, cleaned.published or again.published,
            cleaned.dateline or again.dateline,
            cleaned.agencies + [a for a in again.agencies if a not in cleaned.agencies],
            cleaned.headline or again.headline,
        )
    return cleaned


def _clean_lines(text: str, published: str | None, headline: str | None) -> tuple[Cleaned, bool]:
    """One cleaning of `text`, and whether the story it gives is not line for line what
    was judged (lines joined, white space or entities changed)."""
    cuts = _Cuts()
    text = _unescape(text)
    header, header_date, end = stamps.scrape_header(text)
    if header:
        cuts.add((-1, 0), header)
        text = text[end:]
    lines = _read_lines(text)
    # every line is a piece of `text`, or pieces joined by spaces: without the odd
    # letters in the story, no line needs the tests for them (None: each line is tested)
    odd = None if lexicon.odd_case(text) else False
    days: dict[int, dt.date] = {}  # the first stamp's date of each line that has one
    for i, ln in enumerate(lines):
        rest, pieces, names = boilerplate.cut_start(ln.text)
        if pieces:  # few lines have a prompt or stamp glued to their start
            ln.text = rest
            for p in pieces:
                cuts.add((i, 0), p)
                is_stamp, day = stamps.stamp_date(p, max_words=6)
                if is_stamp and day:
                    days.setdefault(i, day)
            cuts.credit((i, 0), names)
        ln.low = ln.text.lower()  # lower-casing is slow on text beyond ASCII: done once
    marks = boilerplate.Marks.of_lines([ln.text for ln in lines], [ln.low for ln in lines])
    for i, ln in enumerate(lines):
        ln.kind = boilerplate.kind(ln.text, ln.low, marks[i])
        if ln.kind:
            day = _cut_line(lines, i, cuts)
            if day:
                days.setdefault(i, day)
    stamp_day = days[min(days)] if days else None

    judged = [ln.text for ln in lines]  # what each line was when judged whole
    lead, headline = _cut_header(lines, cuts, headline)
    found, headline = _find_dateline(lines, lead, cuts, headline)
    _cut_sections(lines, cuts)
    _cut_ends(lines, cuts, odd)
    _cut_repeats(lines, cuts)
    reshaped = _cut_exposed_start(lines, cuts)

    paras: dict[int, list[str]] = {}
    for i, ln in enumerate(lines):
        if not ln.cut and ln.text:
            whole = ln.text == judged[i]
            if not reshaped and not whole:  # a cut took part of it
                reshaped = _reads_differently(ln.text, first=not paras)
            for name in agencies.credited_in(ln.text, ln.low if whole else None, odd=odd):
                cuts.credit((i, 1), [name])
            paras.setdefault(ln.para, []).append(ln.text)
    # the lines are squeezed and none is empty: joined by single spaces, so are the paragraphs
    body = "\n\n".join([" ".join(p) for p in paras.values()])
    reshaped = reshaped or "&" in body or any(len(p) > 1 for p in paras.values())

    # published: header > metadata > stamp > dateline
    full = header_date if stamps.full_header(header) else None
    meta = dates.to_date(published) or (dates.parse_date(published) if published else None)
    chosen = full or meta or stamp_day
    base = chosen or header_date
    dl = None
    if found:
        day = dates.parse_date(found.date, base) if found.date else None
        dl = Dateline(found.place, dates.iso(day), found.agency)
        chosen = chosen or day
    names: list[str] = []
    for _, name in sorted(cuts.named, key=lambda x: x[0]):
        if name not in names:
            names.append(name)
    removed = [p for _, p in sorted(cuts.pieces, key=lambda x: x[0])]
    return Cleaned(body, removed, dates.iso(chosen), dl, names, headline), reshaped


def _reads_differently(s: str, first: bool) -> bool:
    """Whether what a cut left of a line could be cut when read again: boilerplate at
    its start or as a whole, or, at the head of the story, a line that is no prose."""
    return bool(_kind(s) or boilerplate.cut_start(s)[1] or (first and not _prose(s)))


def _cut_exposed_start(lines: list[_Line], cuts: _Cuts) -> bool:
    """What the cuts above left at the head of the story ("... (A0)--date 2021-01-11", a
    second scrape header or dateline, a share prompt behind it) is read again, its
    paragraph as one line, and cut as a second reading would cut it: cleaning the
    cleaned text changes nothing. Whether lines were joined to be read so."""
    joined = False
    for _ in range(_REREAD_MAX):
        i = _first_uncut(lines)
        if i is None:
            return joined
        ln = lines[i]
        rest = [x for x in lines[i + 1:] if not x.cut and x.para == ln.para]
        if rest:  # read the paragraph as one line, as the story text will hold it
            joined = True
            ln.text = " ".join([ln.text, *(x.text for x in rest)])
            for x in rest:
                x.cut = True
        pos = 0
        while m := _HEADER_AT.match(ln.text, pos):  # a run of headers, without re-slicing
            if m.end() == pos:
                break
            cuts.add((i, 1), m.group().strip())
            pos = m.end()
        if pos:
            ln.text = ln.text[pos:].lstrip()
        else:
            text, pieces, names = boilerplate.cut_start(ln.text)
            if pieces:
                for p in pieces:
                    cuts.add((i, 1), p)
                cuts.credit((i, 1), names)
                ln.text = text
            elif _kind(ln.text):
                cuts.add((i, 1), _whole(ln))
                ln.text = ""
            elif _find_dateline(lines, i, cuts, None)[0] is None:  # a dateline printed twice
                return joined
        ln.cut = not ln.text
    return joined


def _cut_line(lines: list[_Line], i: int, cuts: _Cuts) -> dt.date | None:
    """Cut line `i` whole; credit the agencies a credit line names; the date of a stamp."""
    ln = lines[i]
    if ln.cut:
        return None
    ln.cut = True
    cuts.add((i, 0), _whole(ln))
    day = None
    if ln.kind in {"credit", "stamp", "byline"}:
        cuts.credit((i, 0), _credited_by_line(ln.text))
    if ln.kind in {"stamp", "credit", "furniture"}:
        is_stamp, day = stamps.stamp_date(ln.text, max_words=6)
        if not is_stamp:
            day = None
    return day


def _credited_by_line(s: str) -> list[str]:
    # a photo credit inside a credit row names no agency of the story
    s = boilerplate.PHOTO_CREDIT.sub(" ", s)
    return agencies.all_in(s)


def _whole(ln: _Line) -> str:
    """The line as written when it is still whole, else what is left of it."""
    return ln.raw if ln.raw and " ".join(ln.raw.split()) == ln.text else ln.text


def _first_uncut(lines: list[_Line], start: int = 0) -> int | None:
    for i in range(start, len(lines)):  # a loop: cheaper than a generator for the first few
        if not lines[i].cut:
            return i
    return None


# What the dateline cut leaves of a story's first line is judged again by the second
# reading of the head and by the test whether a cut changed how the story reads, and the
# line that opens the story is read for a dateline by the header cut and the dateline
# cut: both readings are pure, and the last few are kept.
_RECENT = 16


@functools.lru_cache(maxsize=_RECENT)
def _kind(s: str) -> str | None:
    """`boilerplate.kind(s)`."""
    return boilerplate.kind(s)


def _opens_story(s: str) -> bool:
    return _story_dateline(s) is not None


@functools.lru_cache(maxsize=_RECENT)
def _story_dateline(s: str) -> dateline.Found | None:
    """A dateline followed by story, or a dateline line of its own naming an agency."""
    f = dateline.match(s)
    if not f:
        return None
    rest = s[len(f.text):].split()
    return f if len(rest) >= 4 or (not rest and agencies.canonical(f.agency) is not None) else None


def _headline_like(s: str) -> bool:
    return len(s.split()) >= 3 and s[:1].isupper() and not stamps.TIME.search(s)


def _cut_header(lines: list[_Line], cuts: _Cuts, headline: str | None) -> tuple[int | None, str | None]:
    """Cut the title-like lines above the story; the index of the story's first line."""
    cands: list[int] = []
    lead = None
    for i, ln in enumerate(lines):
        if ln.cut:
            continue
        if _same(ln.text, headline):  # the title printed again above the story
            cands.append(i)
            continue
        if _opens_story(ln.text) or not _title_like(lines, i):
            lead = i
            break
        cands.append(i)
    if lead is None or len(cands) > _HEADER_MAX_LINES:
        return _first_uncut(lines), headline
    title = None
    if headline is None:
        title = next((i for i in reversed(cands) if _headline_like(lines[i].text)), None)
        if title is not None:
            headline = _PAGE_SUFFIX.sub("", lines[title].text)
    for i in cands:
        lines[i].cut = True
        if i != title:
            cuts.add((i, 0), _whole(lines[i]))
    return lead, headline


def _find_dateline(lines: list[_Line], lead: int | None, cuts: _Cuts,
                   headline: str | None) -> tuple[dateline.Found | None, str | None]:
    """Parse and cut the dateline at the head of the story's first lines; a title glued
    before it becomes the headline."""
    if lead is None:
        return None, headline
    # the first three uncut lines of the story's first three paragraphs, read in turn;
    # nothing changes until one holds the dateline, so the next is found only when needed
    i: int | None = lead
    for _ in range(3):
        if i is None or lines[i].para - lines[lead].para >= 3:
            break
        ln = lines[i]
        f = _story_dateline(ln.text)  # read once, not again once found
        if f is None:
            i = _first_uncut(lines, i + 1)
            continue
        rest = ln.text[len(f.text):].lstrip()
        cuts.add((i, 0), f.text)
        if f.date and not f.agency:  # "VIETNAM, January 18 - HANOI — ...": the story's own dateline follows
            g = dateline.match(rest)
            if g and not g.date and len(rest[len(g.text):].split()) >= 4:
                cuts.add((i, 0), g.text)
                rest = rest[len(g.text):].lstrip()
                f = dateline.Found(f.text, g.place, f.date, f.agency)
        if rest and _kind(rest):  # nothing of the story behind the dateline
            cuts.add((i, 1), rest)
            rest = ""
        ln.text = rest
        ln.cut = not rest
        c = agencies.canonical(f.agency)
        if c:
            cuts.credit((i, 0), [c])
        return f, headline
    # a dateline glued behind a byline, stamp or title: "By Lee Ji-hoon SEOUL, Jan. 1 (Yonhap) --"
    ln = lines[lead]
    if not dateline.may_hold_strong(ln.text):
        return None, headline  # neither glued form below can match
    d = dateline.STRONG.search(ln.text, 0, 300)
    if d and d.start():
        before = ln.text[: d.start()].strip()
        if boilerplate.kind(before) in {"byline", "stamp", "credit", "furniture"}:
            return _cut_glued(ln, lead, [before], d, cuts), headline
        if _is_title(before):
            if headline is None:
                headline, before = before, ""
            return _cut_glued(ln, lead, [before], d, cuts), headline
    # a dateline glued behind a photo credit: "... File PhotoREUTERSSEOUL, Jan. 1 (Yonhap) --"
    head = ln.text[:1000]
    if not boilerplate.may_hold_photo_credit(head):
        return None, headline  # the search for a credit tries every offset of the text
    for m in boilerplate.PHOTO_CREDIT.finditer(head):
        d = dateline.STRONG.match(ln.text, m.end())
        caption = ln.text[: m.start()]
        if d and (not caption.strip() or boilerplate.is_caption(caption)):
            return _cut_glued(ln, lead, [caption, m.group()], d, cuts), headline
    return None, headline


def _is_title(s: str) -> bool:
    """Words without a sentence's end: a headline."""
    words = s.split()
    return 3 <= len(words) <= 30 and not _SENTENCE_MARK.search(s)


def _cut_glued(ln: _Line, i: int, before: list[str], d: re.Match[str], cuts: _Cuts) -> dateline.Found:
    """Cut what stands before a glued dateline, and the dateline itself."""
    for piece in before:
        cuts.add((i, 0), piece)
    cuts.add((i, 0), d.group())
    ln.text = ln.text[d.end():]
    tag = d.group("tag").strip()
    c = agencies.canonical(tag)
    if c:
        cuts.credit((i, 0), [c])
    return dateline.Found(d.group().rstrip(), d.group("place"), d.group("date"), c or tag)


def _cut_sections(lines: list[_Line], cuts: _Cuts) -> None:
    """Under a "Related"-style heading, cut the link titles up to the next prose."""
    for i, ln in enumerate(lines):
        if ln.kind != "section":
            continue
        j = i + 1
        while j < len(lines):
            if not lines[j].cut:
                if not _title_like(lines, j) or _prose(lines[j].text):
                    break
                lines[j].cut = True
                cuts.add((j, 0), _whole(lines[j]))
            j += 1


def _cut_ends(lines: list[_Line], cuts: _Cuts, odd: bool | None) -> None:
    """Cut credits and end markers glued to line ends; after the sign-off, keep only
    prose of some length (a teaser line printed after the story goes)."""
    signed = None
    for i, ln in enumerate(lines):
        if ln.cut:
            continue
        text, pieces, names = boilerplate.cut_end(ln.text, odd=odd)
        if not pieces:
            continue
        later = [x for x in lines[i + 1:] if not x.cut and x.para != ln.para and x.text.endswith((".", "!", "?", '"', "\u201d"))]
        if names and pieces[0].startswith("(") and len(later) >= 2 and text.count(". ") == 0 and len(text) <= 200:
            # one sentence closing on an agency tag amid the story: a photo caption
            ln.cut = True
            cuts.add((i, 0), _whole(ln))
            continue
        for k, p in enumerate(pieces):
            cuts.add((i, 2 + k), p)
        cuts.credit((i, 2), names)
        ln.text = text
        ln.cut = not text
        signed = i
    if signed is None:
        return
    # a line printed right under the sign-off, in the same block, is the page's teaser;
    # short lines that are no sentences, below it, are the page's footer (site name, menu)
    tail = [i for i in range(signed + 1, len(lines)) if not lines[i].cut]
    if len(tail) == 1 and lines[tail[0]].para == lines[signed].para and len(lines[tail[0]].text) <= _TAIL_PROSE_MAX:
        lines[tail[0]].cut = True
        cuts.add((tail[0], 0), _whole(lines[tail[0]]))
    for i in tail:
        if not lines[i].cut and _title_like(lines, i) and len(lines[i].text.split()) <= _FOOTER_WORDS:
            lines[i].cut = True
            cuts.add((i, 0), _whole(lines[i]))


def _fold(s: str) -> str:
    """`s.casefold()`. On ASCII text it is `s.lower()`, which reads ASCII text several
    times faster (case folding has no such shortcut)."""
    return s.lower() if s.isascii() else s.casefold()


def _cut_repeats(lines: list[_Line], cuts: _Cuts) -> None:
    """A paragraph printed twice (a standfirst above the dateline) is kept once."""
    paras: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        if not ln.cut:
            paras.setdefault(ln.para, []).append(i)
    seen: dict[str, int] = {}
    order = list(paras)
    for n, p in enumerate(order):
        at = paras[p]
        if len(at) == 1:  # most are: a line is squeezed, and case folding keeps it so
            key = _fold(lines[at[0]].text)  # (it makes and changes no white space)
        else:
            key = _squeeze(_fold(" ".join([lines[i].text for i in at])))
        if len(key) < 40:
            continue
        if key in seen:
            first = seen[key]
            # the earlier copy goes when it opens the story (a standfirst), else the later
            drop = order[first] if first == 0 else p
            for i in paras[drop]:
                lines[i].cut = True
                cuts.add((i, 0), _whole(lines[i]))
        else:
            seen[key] = n
