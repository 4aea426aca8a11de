"""People and organisations in the story: full names, titles, acronyms, and who a
surname, a pronoun or a description ("the Chinese president") refers to.

`Cast.build(doc)` reads the whole document once; `cast.resolve(mention, pos)` gives the
full name a mention at offset `pos` refers to.

How names are found: runs of capitalised words (with particles such as "bin", "al-",
"de" inside) are split into the office words that lead them ("Chinese President") and the
name that follows ("Xi Jinping"). Words that are never names (offices, demonyms,
organisation and calendar words: `data/name_stopwords.txt`) cannot start or end a name,
nor can a word the story also uses in lower case. A person needs two name words, or one
after a regnal prefix ("Pope Francis"); a lone word ("Xi") is a mention of the person
whose name holds it.

Titles come from every construction of the genre: before the name ("Chinese President
Xi Jinping"), in apposition after it ("Kim Jong Un, general secretary of the WPK,"),
in apposition before it ("the President of Zimbabwe, Emmerson Mnangagwa"), and in
relative clauses on any later mention ("Xi, who is also ...", "the crown prince, who is
also ...").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon
from . import titles as T
from .lazyre import LazyPattern
from .model import Party
from .patterncache import regex
from .sentences import NAME_CUT, Document

ACRONYM = regex(r"(?P<long>(?:[A-Z][\w\u2019']*,?\s+(?:(?:of|the|and|for|on)\s+)*){1,10})\((?P<short>[A-Z][A-Za-z]{1,9})\)")
_ACRONYM_END = regex(r"\s\([A-Z][A-Za-z]{1,9}\)")  # what every ACRONYM match ends with
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})

_STOP = frozenset(w.lower() for line in lexicon.words("name_stopwords") for w in line.split())
PARTICLES = frozenset(lexicon.words("name_particles"))
_PREFIXES = frozenset(w.lower() for w in lexicon.words("name_prefixes"))
_WORD_SURNAMES = frozenset(lexicon.words("name_word_surnames"))
_HONORIFIC_WORDS = frozenset(
    w.lower().rstrip(".") for line in lexicon.words("honorifics") for w in line.split()
)
_OFFICE_WORDS = frozenset(
    w.lower() for src in ("titles", "title_modifiers") for line in lexicon.words(src)
    for w in (*re.split(r"[\s-]+", line), *line.split())  # "secretary-general" whole too
) | frozenset(line.lower() for line in lexicon.words("countries") if " " not in line)
# "Sri Lankan", "Việt Nam": words that are no name together but may be apart ("Kim Yong Nam")
_ORGANISATION_NOUNS = frozenset(lexicon.words("organisation_nouns"))
# the last words of the offices that head a title and take no complement: the word
# right before a name that such an office precedes ("Indonesian President Prabowo")
_OFFICE_ENDS = frozenset(
    line.lower().split()[-1] for line in lexicon.words("titles") if " of " not in f" {line.lower()} "
)
_COUNTRY_PAIRS = frozenset(tuple(line.lower().split()) for line in lexicon.words("countries") if " " in line)
_NOT_NAME = _STOP | _OFFICE_WORDS | _HONORIFIC_WORDS
_NO_NAME_WORD = _NOT_NAME | PARTICLES | _PREFIXES  # a name holds them, but they are not its words
_PATRONYMIC = frozenset({"bin", "bint", "ibn"})
# prefixes that also count as a name's words: "Sheikh Hasina" is a full name, and
# "Hassan Sheikh Mohamud" one name
_NAME_WORD_PREFIXES = ("sheikh", "sayyid")
_ROMAN = regex(r"^(?=[IVX])X{0,3}(?:I{1,3}|IV|VI{0,3}|IX)?$")  # a regnal number up to XXXIX: "Pope Leo XIV"
_UPPER = "".join(c for c in map(chr, range(0x2000)) if c.isupper() and c.isalpha())
# A run is a capitalised word (or "al-Sisi") and the words joined to it: capitalised
# words, "al-" words and particles, each after spaces on the line or after a full stop,
# and never after a possessive ("Xi's"). One match gives a whole run; whether a full stop
# joins (after an initial or an honorific) is settled in Python. Each pattern starts
# with what the engine can skip to: a capital, or the hyphen of "al-".
_ARTICLES = ("al", "el", "ad", "ar", "as", "at", "an", "ash", "az")
_CAP = r"[" + re.escape(_UPPER) + r"](?<![\w'\u2019-].)(?:[\w'\u2019\u2010\u2011\uff0d-]*[^\W_])?"
_ARTICLE_REST = r"[^\W\d_](?:[\w'\u2019-]*[^\W_])?"  # what follows "al-"
# what a word joining a run opens with: a capital, or the first letter of an article or
# particle; tested first, it settles at once the common lower-case word that joins none
_JOIN_FIRST = r"(?=[" + re.escape(_UPPER + "".join(sorted({w[0] for w in (*_ARTICLES, *PARTICLES)}))) + r"])"
# one word joining a run, with the blanks or the full stop before it
_RUN_JOIN = (
    r"(?:(?<!'s)(?<!\u2019s)(?:[^\S\n]+|\.[ \t]*)" + _JOIN_FIRST + r"(?:" + _CAP
    + r"|(?<![\w'\u2019-])(?:" + "|".join(_ARTICLES) + r")-" + _ARTICLE_REST
    + r"|(?:" + "|".join(lexicon.longest_first(PARTICLES)) + r")(?![\w'\u2019-])))"
)
# A match reads at most _RUN_JOINS joined words, and a run that may go on is read on by
# _RUN_ON from where the match ended: the engine keeps a frame for every repetition of
# a group until the match ends, so one match over a line of a million capitalised words
# held them all in memory. Each join takes the same words either way (no join looks
# ahead of itself, and the look-behinds read the whole text), so the runs are the same.
_RUN_JOINS = 64
# a join takes two characters at least: a match this long may have stopped at the most
# joins it reads, and its run go on
_LONG_MATCH = 2 * _RUN_JOINS
_RUN_MORE = r"(?P<more>" + _RUN_JOIN + r"{1,%d})?" % _RUN_JOINS
_RUN_ON = regex(_RUN_JOIN + r"{1,%d}" % _RUN_JOINS)
_CAP_RUN = regex(_CAP + _RUN_MORE)
_ARTICLE_RUN = regex(  # from the hyphen of "al-Sisi": the article is behind it
    r"-(?:" + "|".join(
        r"(?<=(?<![\w'\u2019-])(?:" + "|".join(a for a in _ARTICLES if len(a) == n) + r")-)"
        for n in sorted({len(a) for a in _ARTICLES})
    ) + r")" + _ARTICLE_REST + _RUN_MORE
)
_RUN_WORD = regex(r"[^\s.]+")  # a word of a run: runs join words by spaces and stops
_LOWER_WORD = regex(r"(?<![\w'\u2019-])[a-z][a-z'-]+")
_LOWER_SHAPE = regex(r"[a-z][a-z'-]+")
_ARABIC_ARTICLE = regex(r"^(?:" + "|".join(_ARTICLES) + r")-[^\W\d_]", re.I)

# "the Chinese president", "the crown prince", "His Highness the Amir", "the Sovereign"
_DESC_HEAD = T.GROUPED_HEAD + "|" + T.grouped_alternation("descriptions")
DESCRIPTION = LazyPattern(
    r"(?<![\w-])(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Holiness|Excellency)\s+)?"
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:new\s+|newly[\s-]elected\s+)?(?:(?i:" + T.GROUPED_MOD + r")[\s-]+)*(?i:" + _DESC_HEAD + r")(?![\w-])"
    # "the President of Burkina Faso": the country is part of the description
    r"(?:\s+of\s+(?:the\s+)?(?=" + T.NATION + r")[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)?"
    r"|(?<![\w-])(?:His|Her)\s+(?:Holiness|Majesty)(?![\w-])"
)
_OF_BODY = regex(r" of (?:the )?[A-Z]")
# the/his/her/their and the word after it: written to start with the letter class,
# which the engine skips to, rather than with the look-behind
_DESC_START = regex(r"[TtHh](?<![\w-].)(?:(?<=[Tt])he(?:ir)?|(?<=[Hh])(?:is|er))\s+(?P<w>[\w.'\u2019-]+)")
_DESC_FIRST = frozenset(
    line.split()[0].lower() for src in ("titles", "title_modifiers", "countries", "descriptions") for line in lexicon.words(src)
) | frozenset(w.split("-")[0].lower() for line in lexicon.words("titles") for w in line.split()[:1]) | {
    "royal", "highness", "majesty", "holiness", "excellency", "new", "newly"}  # "the new South Korean leader"
# he, she, his, her, him as whole words; written to start with the letter class, which
# the engine skips to, rather than with the look-behind it would try at every offset
_PRONOUN_RX = regex(r"[HhSs](?<![\w'-].)(?:(?<=[Hh])(?:e|is|er|im)|(?<=[Ss])he)(?![\w'-])")
# the words that open a leading prepositional phrase ("In his message to ..., Xi said")
_LEADING_WORDS = (
    "In", "On", "During", "After", "Before", "Over", "Under", "For", "At", "With", "Noting", "While",
    "Also", "Earlier", "Later", "According", "Speaking", "Since", "Through", "Upon", "As", "Meanwhile",
    "Furthermore", "Moreover", "However",
)
_LEADING_PP = regex(r"^(?:(?:" + "|".join(_LEADING_WORDS) + r")\b[^,]{0,160},\s*)+")
# a title that ends right before a name ("Chinese President ", "President of Laos ")
_PRE_TITLE = LazyPattern(
    r"(?<![\w'\u2019-])(?i:" + T.OFFICE + r")(?![\w-])"
    r"(?:[ \t]+to(?=[ \t]+(?:the[ \t]+)?[A-Z]))?"  # "Ambassador to the United States"
    r"(?:[ \t-]+(?:of|for|and|the|[A-Z\u00C0-\u024F][\w'\u2019.-]*|\([^()]{1,12}\)))*[ \t]+$"
)
# a title phrase followed by a comma right before a name ("the President of Zimbabwe, ");
# like DESCRIPTION, compiled when a story first needs it (see lazyre)
_REV_APPOS = LazyPattern(
    r"(?<![\w'\u2019-])(?:(?i:" + T.GROUPED_MOD + r")[\s-]+)*(?i:" + T.GROUPED_HEAD + r")(?![\w-])"
    r"(?:[ \t-]+(?:of|for|and|the|[A-Z\u00C0-\u024F][\w'\u2019.-]*,?|\([^()]{1,12}\)))*"
    r"[ \t]*,[ \t]*(?:(?:" + T.HONORIFIC + r")[ \t]+)*$"
)
# what may introduce an apposition or a relative clause of titles after a mention
_APPOS_LEAD = regex(
    r"[ \t]*,[ \t]*(?:who[ \t]+(?:(?:is|was)(?:[ \t]+also)?|(?:also[ \t]+)?serves[ \t]+as)[ \t]+|also[ \t]+)?"
)
_PLACE_LEAD = regex(r"\b(?:of|in|at|the)\s+$")
_APPOSITION_GAP = regex(r"[ \t]*,[ \t]*")
# an office of some place: "grand duke of Luxembourg", "president of Gambia"
_OF_SOMEWHERE = regex(r"[^,;:()\n]{2,60}?\s+of\s+(?:the\s+)?[A-Z]")
_APPOS_END = regex(r"[,;:()\u2014\u2013]|\.(?:\s|$)|\s(?:who|which|said|on|in|at|has|had|have|was|is|sent|received)\s")
# whether the text after a mention can give it titles: a comma (an apposition or a
# relative clause), or after blanks "of" (a place) or a capital (a signature); most
# mentions are followed by a verb and are settled by this
_MAY_FOLLOW_WITH_TITLE = regex(r"[ \t]*,|[ \t]+[oA-Z]")


_MAX_NAME_WORDS = 8  # a longer run of capitalised words is a heading or debris, not a name
_TITLE_MENTIONS = 50  # mentions of one person read for titles
_OF_PLACE = regex(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)*(?=[ \t]*,)")
_SIGNATURE = regex(r"[ \t]+(?P<t>[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019.-]+){0,11})[ \t]*(?=\n|$)")
_PAST_VERB = regex(r"(?<![\w-])[a-z]+ed(?![\w-])")
_MERGE_GROUP = 200  # names sharing a first word compared for merging
_LOOK_BACK = 400  # sentences or mentions searched backwards for a referent
_COMMA_BEFORE = regex(r",[ \t]*(?:(?:" + T.HONORIFIC + r")[ \t]+)*$")
# patterns of the rarer branches, compiled once rather than looked up in re's cache per call
# a lower-case word after a place that is no preposition, conjunction or verb of the genre
_LOWER_NOUN_NEXT = regex(
    r"[ \t]+(?!(?:on|in|over|at|for|to|and|with|from|by|after|during|about|as|who|which|that|when|while|was|were|"
    r"is|has|had|have|sent|said|wrote|received|also|expressed|extended|conveyed)\b)[a-z]"
)
_OF_CAPITAL = regex(r"\s+of\s+(?:the\s+)?[A-Z]")
_SENT_HIM = regex(r"\b(?:sent|wrote|addressed|delivered|written)\s+(?:him|her|them)\b")
_BLANKS = regex(r"[ \t]+")
_STYLE_LEAD = regex(r"^(?:his|her)\s+(?:royal\s+)?(?:highness|majesty|excellency)\s+")
_ARTICLE_LEAD = regex(r"^(?:the|his|her|their)\s+")
_ELECTED_OFFICE = regex(r"(?:the\s+)?(?P<t>[^,;.]+?)(?=\s+(?:at|in|on|during|with|by|after|last|this|and|to|from)\s|[,;.()]|$)")
_WORD = regex(r"\w+")
_OF_PLACE_AFTER = regex(r"\s+of\s+((?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*)*)")
_FEMALE_ADDRESS = regex(r"(?:Ms\.?|Mrs\.?|Madam|Queen|Princess|Sheikha)\s+$")


@dataclass(slots=True)
class Person:
    name: str
    titles: list[str] = field(default_factory=list)
    first: int = 0  # offset of the first mention
    female: bool = False


@dataclass(slots=True)
class Cast:
    people: list[Person]
    acronyms: dict[str, str]
    # (offset, full name) of every mention, in text order
    mentions: list[tuple[int, str]]
    # (start, end, full name) of every name, surname and description mention, in text order
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    # per sentence: (start, end, paragraph, subject's full name or None)
    subjects: list[tuple[int, int, int, str | None]] = field(default_factory=list)
    # the start offsets of `spans`, for bisection
    starts: list[int] = field(default_factory=list)
    # a name the story spells otherwise too, to the spelling it used first ("Salim
    # Mohammed El Malek" -> "Salim M. Al-Malik")
    spellings: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Document) -> "Cast":
        return _build(doc)

    def person(self, name: str) -> Person | None:
        for p in self.people:
            if p.name == name:
                return p
        return None

    def party(self, name: str) -> Party:
        p = self.person(name)
        return Party(p.name, list(p.titles)) if p else Party(name, [])

    def in_span(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Mentions (start, end, full name) that lie inside [start, end), in text order."""
        starts = self.starts if len(self.starts) == len(self.spans) else [m[0] for m in self.spans]
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        return [m for m in self.spans[lo:hi] if m[1] <= end]

    def resolve(self, mention: str, pos: int) -> str | None:
        """The full name that `mention` (a name, surname, pronoun or description) at
        offset `pos` refers to, or None when nothing fits."""
        m = " ".join(mention.split()).strip(" ,.;:")
        if not m:
            return None
        low = m.lower()
        if low in PRONOUNS:
            return self._pronoun(pos, low in _FEMALE)
        k = bisect_left(self._starts(), pos)
        while k < len(self.spans) and self.spans[k][0] == pos:
            if self_text_equal(m, self.spans[k][2]):
                return self.spans[k][2]
            k += 1
        return _resolve_name(self.people, self.spans, m, pos) or _resolve_description(
            self.people, self.spans, m, pos, self._subject_names)

    def _subject_names(self) -> list[tuple[int, str]]:
        """(sentence start, subject) of the sentences with one."""
        return [(st, n) for st, _e, _p, n in self.subjects if n]

    def subject_at(self, pos: int) -> str | None:
        """The subject of the sentence holding `pos`, resolved."""
        for s, e, _para, subj in self.subjects:
            if s <= pos < e:
                return subj
        return None

    def _pronoun(self, pos: int, female: bool) -> str | None:
        starts = [x[0] for x in self.subjects]
        idx = bisect_right(starts, pos) - 1
        if idx < 0 or pos > self.subjects[idx][1] + 1:
            return self._mentioned_before(pos)
        s, _e, para, subj = self.subjects[idx]
        # an object or possessive pronoun after the subject of its own sentence is the
        # subject ("Xi said he ..."); a pronoun that is the subject looks back
        own = self.spans_before(s, pos)
        if subj and own and _fits(self, subj, female):
            return subj
        fallback = None
        for j in range(idx - 1, max(-1, idx - _LOOK_BACK), -1):
            _ps, _pe, ppara, psubj = self.subjects[j]
            if psubj and _fits(self, psubj, female):
                if ppara == para:
                    return psubj
                if fallback is None:
                    fallback = psubj
        return fallback or self._mentioned_before(pos)

    def _mentioned_before(self, pos: int) -> str | None:
        k = bisect_left(self._starts(), pos) - 1
        return self.spans[k][2] if k >= 0 else None

    def _starts(self) -> list[int]:
        return self.starts if len(self.starts) == len(self.spans) else [m[0] for m in self.spans]

    def spans_before(self, start: int, pos: int) -> list[tuple[int, int, str]]:
        return [m for m in self.in_span(start, pos) if m[1] <= pos]


def self_text_equal(mention: str, name: str) -> bool:
    return mention == name or mention in name or name in mention


def _fits(cast: Cast, name: str, female: bool) -> bool:
    p = cast.person(name)
    if p is None:
        return True
    if female:
        return p.female or not any(q.female for q in cast.people)
    return not p.female


# ---------------------------------------------------------------------------- building


class _LowerWords:
    """`word in lower_words`: does the story write `word` in lower case, as a whole word
    (what `_LOWER_WORD` finds)? A story asks this of a handful of words, so each is
    looked up by substring search when first asked; past `_LOWER_LOOKUPS` questions (or
    a word found too often inside longer ones) every lower-case word is read once."""

    __slots__ = ("_all", "_known", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}
        self._all: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._all is not None:
            return word in self._all
        got = self._known.get(word)
        if got is None:
            if len(self._known) >= _LOWER_LOOKUPS:
                self._all = set(_LOWER_WORD.findall(self._text))
                return word in self._all
            got = self._known[word] = self._look_up(word)
        return got

    def _look_up(self, word: str) -> bool:
        if not _LOWER_SHAPE.fullmatch(word):
            return False
        text, n = self._text, len(word)
        i = text.find(word)
        for _ in range(_LOWER_HITS):
            if i < 0:
                return False
            # a whole word: no word character, apostrophe or hyphen before it, no more
            # of its letters after it
            before = text[i - 1] if i else " "
            after = text[i + n:i + n + 1]
            if not (before.isalnum() or before in "_'\u2019-") and not (after and after in _LOWER_TAIL):
                return True
            i = text.find(word, i + 1)
        self._all = set(_LOWER_WORD.findall(text))
        return word in self._all


_LOWER_LOOKUPS = 64  # distinct words looked up one by one before reading them all
_LOWER_HITS = 16  # occurrences inside longer words tried before reading them all
_LOWER_TAIL = frozenset("abcdefghijklmnopqrstuvwxyz'-")


def _build(doc: Document) -> Cast:
    text = doc.text
    lower_words = _LowerWords(text)
    full, singles, people = _names(text, lower_words)
    titled = _titled_singles(text, singles, people, lower_words)
    for s, e, word in titled:
        full.append((s, e, word, s))
        people.setdefault(word, Person(word, first=s))
    if titled:  # a mention of its own now, not a lone word of some name
        taken = {s for s, _e, _w in titled}
        singles = [x for x in singles if x[0] not in taken]
    full.sort()
    canon = _merge(list(people))
    persons = _persons(people, canon)
    spans: list[tuple[int, int, str]] = [(s, e, canon[n]) for s, e, n, _r in full]
    plist = sorted(persons.values(), key=lambda p: p.first)
    spans.extend(_lone_words(plist, spans, singles, lower_words))
    spans.sort()
    # acronyms in parentheses blanked out, offsets kept
    masked = T.blank_acronyms(text)
    _titles_before(doc, masked, full, [persons[canon[n]] for _s, _e, n, _r in full])
    elected = _election_titles(text, spans, persons)
    # descriptions ("the Chinese president") become mentions of the person they describe
    spans.extend(_descriptions(doc, plist, spans))
    spans.sort()
    _titles_after(text, masked, spans, persons)
    # an office read from "re-election as" that an apposition later gives in full goes
    for name, t in elected:
        p = persons[name]
        if t in p.titles and any(o != t and _similar(t, o) for o in p.titles):
            p.titles.remove(t)
    for p in persons.values():
        p.female = _female(text, p)
    cast = Cast(plist, _acronyms(text), [(s, n) for s, _e, n in spans], spans, [], [s for s, _e, _n in spans],
                {n: c for n, c in canon.items() if c != n and not _tokens(n) < _tokens(c)})
    cast.subjects = _subjects(doc, cast)
    return cast


def _names(text: str, lower_words: _LowerWords
           ) -> tuple[list[tuple[int, int, str, int]], list[tuple[int, int, str, str | None]], dict[str, Person]]:
    """The full names of the story, (start, end, name, run start), its lone name words
    ("Xi"), (start, end, word, what the story must not write in lower case for the word
    to be a name word, or None: see `_names_in_run_text`), and a person for each full
    name as written."""
    people: dict[str, Person] = {}
    full: list[tuple[int, int, str, int]] = []
    singles: list[tuple[int, int, str, str | None]] = []
    # a story repeats its runs ("The", "In", "Kwame Mensah"): what a run's text gives,
    # as offsets from its start, is read once
    by_run: dict[str, tuple[tuple[int, int, int, int, str | None], ...]] = {}
    for start, end, m in _run_matches(text):
        run = text[start:end]
        got = by_run.get(run)
        if got is None:
            got = by_run[run] = _names_in_run_text(run, m.start("more") >= 0, lower_words)
        for s, e, ntoks, r, low in got:
            if s and r == 0 and ntoks and _surname_opens(run, s, text, start):
                s, ntoks = 0, ntoks + 1  # "a message to To Lam"
            s += start
            e += start
            if ntoks >= 2:
                name = text[s:e]
                full.append((s, e, name, start + r))
                if name not in people:
                    people[name] = Person(name, first=s)
            elif ntoks == 1:
                singles.append((s, e, text[s:e], low))
    return full, singles, people


def _surname_opens(run: str, s: int, text: str, start: int) -> bool:
    """Whether the name at `s` of a run is the rest of a name whose surname is a common
    word and opens the run ("to To Lam"): the word stands mid-sentence, where only a
    name would be capitalised."""
    if run[s - 1] != " " or run[:s - 1] not in _WORD_SURNAMES:
        return False
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k >= 0 and (text[k].islower() or text[k] == ",")


def _titled_singles(text: str, singles: list[tuple[int, int, str, str | None]],
                    people: dict[str, Person], lower_words: _LowerWords) -> list[tuple[int, int, str]]:
    """The lone words that are a whole name, as an office of some place in apposition
    says ("to Henri, grand duke of Luxembourg, on Tuesday"); not a word of a name the
    story gives in full ("Xi, who is also ...")."""
    out = []
    named: set[str] | None = None
    for s, e, word, low in singles:
        if not _office_before(text, s):
            # "Indonesian President Prabowo", "U.S. President Trump": a leader known by
            # one word, or a story that gives no more of the name; else an apposition
            if not text.startswith(",", e):
                continue  # most lone words are followed by anything but a comma
            if _PLACE_LEAD.search(text, max(0, s - 8), s):
                continue  # "First Deputy Ruler of Dubai, Deputy Prime Minister": a place
            start = _APPOS_LEAD.match(text, e).end()
            if not (T.may_start_title(text, start) and T.TITLE_START.match(text, start)):
                continue
            if not _OF_SOMEWHERE.match(text, start):
                continue
        if named is None:
            named = {t for name in people for t in _tokens(name)}
        if word.lower() not in named and (low is None or low not in lower_words):
            out.append((s, e, word))
    return out


def _office_before(text: str, s: int) -> bool:
    """Whether the word one space before `s` ends an office ("President Lula")."""
    if s < 2 or text[s - 1] != " ":
        return False
    k = s - 1
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return k < s - 1 and text[k:s - 1].lower() in _OFFICE_ENDS


def _names_in_run_text(run: str, several: bool, lower_words: _LowerWords
                       ) -> tuple[tuple[int, int, int, int, str | None], ...]:
    """(start, end, number of name words, run start, what the story must not write in
    lower case for it to be a name) of the names in the text of one run match, as
    offsets into it; `several` when the match joins more than one word."""
    if not several:
        # most runs are one word ("The", "In", "Xi"): what `_name_words` says of it,
        # with what holds in every story read once. Whether the story writes it in lower
        # case is asked only of a lone word that might name someone (see `_lone_words`):
        # most name nobody the story names in full.
        low = _lone_name_word(run)
        if low is None or len(run) == 1:
            return ()  # an initial alone is no name word
        end = len(run) - 2 if run.endswith(("'s", "\u2019s")) else len(run)
        return ((0, end, 1, 0, low),)
    out = []
    for words, spans in _split_run_text(run):
        got = _name_in_run(run, words, spans, lower_words)
        if got is not None:
            out.append((*got, spans[0][0], None))
    return tuple(out)


def _persons(people: dict[str, Person], canon: dict[str, str]) -> dict[str, Person]:
    """One person per fullest name, first mentioned where any of its forms is."""
    persons: dict[str, Person] = {}
    for name, p in people.items():
        c = canon[name]
        if c not in persons:
            persons[c] = Person(c, first=people[c].first if c in people else p.first)
        persons[c].first = min(persons[c].first, p.first)
    return persons


def _lone_words(plist: list[Person], spans: list[tuple[int, int, str]],
                singles: list[tuple[int, int, str, str | None]], lower_words: _LowerWords) -> list[tuple[int, int, str]]:
    """A lone word is a mention of the person whose name holds it, the one named last
    before it when several do (one sweep in text order; `spans` are in text order)."""
    plist_order = {p.name: k for k, p in enumerate(plist)}
    index: dict[str, list[str]] = {}
    for p in plist:
        for t in _tokens(p.name):
            index.setdefault(t, []).append(p.name)
    found: list[tuple[int, int, str]] = []
    last_seen: dict[str, int] = {}
    holders: dict[str, list[str]] = {}  # a word to the names it may stand for
    k = 0  # the spans (in text order) are read along with the words, not sorted with them
    for s, e, word, low in sorted(singles):
        while k < len(spans) and spans[k][0] <= s:  # the names up to the word, its own offset too
            last_seen[spans[k][2]] = spans[k][0]
            k += 1
        cands = holders.get(word)
        if cands is None:
            cands = holders[word] = _holders(word, index)
        if not cands or (low is not None and low in lower_words):
            continue  # a word the story writes in lower case too is no name word
        name = cands[0] if len(cands) == 1 else max(cands, key=lambda c: (last_seen.get(c, -1), -plist_order[c]))
        found.append((s, e, name))
        last_seen[name] = s
    return found


def _holders(word: str, index: dict[str, list[str]]) -> list[str]:
    """The names a lone word may stand for: those holding it, and of those the ones it
    leads if any ("Salman" is rather "Salman bin Hamad" than "Hamad bin Salman")."""
    want = _tokens(word)
    if len(want) != 1:
        return []
    cands = index.get(next(iter(want)), [])
    lead = [c for c in cands if _first(c) in want]
    return lead or cands


def _titles_before(doc: Document, masked: str, full: list[tuple[int, int, str, int]], owners: list[Person]) -> None:
    """Titles of full-name mentions given before the name ("Chinese President Xi") or in
    apposition before it ("the President of Zimbabwe, Emmerson Mnangagwa"); also
    "Archbishop X of Lima". `owners` holds the person of each mention."""
    text = doc.text
    prev_end = 0
    sent_starts = [s.start for s in doc.sentences]
    seen: dict[str, int] = {}
    for (s, e, name, _run), p in zip(full, owners):
        # a person's offices are all given by the first mentions; a story that names
        # someone a thousand times is debris, not a source of titles
        seen[p.name] = seen.get(p.name, 0) + 1
        if seen[p.name] > _TITLE_MENTIONS:
            prev_end = e
            continue
        lo = max(prev_end, _sentence_start(sent_starts, s), s - 200)
        # a title ends right before the name: its last word is an office, a capitalised
        # word or a closing parenthesis; else there is none to look for
        prev_word = _word_before(masked, max(lo, s - 60), s)
        pre = None
        if prev_word and (prev_word[0].isupper() or prev_word.lower() in _OFFICE_WORDS
                          or prev_word == ")") and T.may_hold_head(masked[lo:s]):
            pre = _search_title(_PRE_TITLE, masked, _title_start_bound(masked, lo, s), s)
        first = name.split()[0]
        if (pre is None or pre.end() != s) and first.lower() in _PREFIXES and T.TITLE_START.fullmatch(first) and s > lo:
            # "Saudi King Fahd bin Turki": the regnal word is the title's head too
            with_head = _search_title(_PRE_TITLE, masked, _title_start_bound(masked, lo, s + len(first) + 1), s + len(first) + 1)
            if with_head and with_head.end() == s + len(first) + 1 and with_head.start() < s:
                pre, s = with_head, s + len(first) + 1
        if pre and pre.end() == s:
            # "the Archbishop of Lima, Cardinal Juan Perez": an apposition before the title
            rev = _apposition_before(masked, lo, pre.start())
            if rev:
                for t in T.split_titles(text[rev.start():rev.end()]):
                    _add_title(p, t)
            for t in T.split_titles(text[pre.start():pre.end()]):
                _add_title(p, t)
            if _OF_CAPITAL.match(text, e, e + 10) and not any(" of " in t for t in p.titles):
                _of_place(p, text, pre, e)
        else:
            rev = _apposition_before(masked, lo, s)
            if rev:
                for t in T.split_titles(text[rev.start():rev.end()]):
                    _add_title(p, t)
        prev_end = e


def _election_titles(text: str, spans: list[tuple[int, int, str]], persons: dict[str, Person]) -> list[tuple[str, str]]:
    """"congratulating him on his re-election as Chinese president": the office is the
    title of the person named last before "his". Gives the (name, title) pairs added."""
    elected: list[tuple[str, str]] = []
    if not any(w in text for w in _ELECTION_WORDS):
        return elected
    for m in _ELECTION.finditer(text):
        k = bisect_left(spans, (m.start(),))
        before = spans[max(0, k - 1):k]
        if before and _SENT_HIM.search(text[before[-1][1]:m.start()]):
            continue  # "the message X had sent him on his re-election": "his" is "him"
        before = [n for _s, _e, n in before]
        t = _election_title(text[m.end():m.end() + 200])
        if before and t and before[-1] in persons and not any(_similar(t, o) for o in persons[before[-1]].titles):
            _add_title(persons[before[-1]], t)
            elected.append((before[-1], t))
    return elected


def _titles_after(text: str, masked: str, spans: list[tuple[int, int, str]], persons: dict[str, Person]) -> None:
    """Titles in apposition or a relative clause after any mention ("Xi, who is also
    ...", "the crown prince, who is also ...")."""
    seen: dict[str, int] = {}
    may_follow = _MAY_FOLLOW_WITH_TITLE.match
    for _s, e, name in spans:
        seen[name] = seen.get(name, 0) + 1
        if may_follow(masked, e) is None or seen[name] > _TITLE_MENTIONS or name not in persons:
            continue  # most mentions are followed by a verb: settled by one match
        for t in _appositive_titles(text, masked, e, spans):
            _add_title(persons[name], t)


def _descriptions(doc: Document, plist: list[Person], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, full name) of each description ("the Chinese president") that
    names a person of the story."""
    if not any(p.titles or p.name.split()[0].lower() in _PREFIXES for p in plist):
        return []  # only a person with an office (a title, "King") can be described
    text = doc.text
    span_starts = [s for s, _e, _n in spans]
    starts = set(span_starts)
    subjects: list[list[tuple[int, str]]] = []

    def subj_pos() -> list[tuple[int, str]]:
        # the subjects settle a tie between several people with the office: read only
        # when there is one
        if not subjects:
            early = Cast(plist, {}, [(s, n) for s, _e, n in spans], list(spans), [], span_starts)
            subjects.append([(st, n) for st, _e, _p, n in _subjects(doc, early) if n])
        return subjects[0]

    found_desc = []
    last = -1
    for d in _DESC_START.finditer(text):
        if not _may_open_description(d[1]) or d.start() < last:
            continue  # the full pattern only where the next word can open a description
        m = DESCRIPTION.match(text, d.start())
        if m is None:
            continue
        last = m.end()
        k = bisect_right(span_starts, m.start()) - 1
        if k >= 0 and spans[k][1] > m.start():
            continue
        if k >= 0 and _APPOSITION_GAP.fullmatch(text, spans[k][1], m.start()):
            # "Fumio Kishida, the prime minister of Japan,": the office of the name before
            # it (`_titles_after`), whoever else the story gives that office
            continue
        nxt = _BLANKS.match(text[m.end():m.end() + 3])
        if nxt and m.end() + nxt.end() in starts:
            continue  # "the Crown Prince Sheikh Mishal ...": an office before a name
        if text.startswith(" of ", m.end()) and _OF_BODY.match(text, m.end()):
            continue  # "the president of the UN Security Council": an office of a body no one named holds
        name = _resolve_description(plist, spans, m.group(), m.start(), subj_pos)
        if name:
            found_desc.append((m.start(), m.end(), name))
    return found_desc


@lru_cache(maxsize=1024)  # a pure function of a word; most are "two", "message", "people"
def _may_open_description(word: str) -> bool:
    """Whether `word`, as written after "the" or "his", may open a description: an office,
    modifier, country or demonym."""
    low = word.lower()
    return low in _DESC_FIRST or low.endswith(T.DEMONYM_ENDINGS)


def _word_before(masked: str, start: int, end: int) -> str | None:
    """The word (letters, digits and _'\u2019.-) or closing parenthesis that spaces or
    tabs separate from `end`, read backwards no further than `start`; None if there is
    none. Reading back from `end` spares a pattern search trying every offset."""
    if end > start and masked[end - 1] == "\n":
        end -= 1  # `$` also matches before a newline that ends the stretch
    k = end
    while k > start and masked[k - 1] in " \t":
        k -= 1
    if k == end or k == start:
        return None
    if masked[k - 1] == ")":
        return ")"
    j = k
    while j > start and (masked[j - 1].isalnum() or masked[j - 1] in "_'\u2019.-"):
        j -= 1
    return masked[j:k] if j < k else None


# the office words of a title hold no comma, nor do its other words: only a short
# parenthesis may
_COMMA_FREE_TITLES = not any("," in w for src in ("titles", "title_modifiers", "countries") for w in lexicon.words(src))


def _title_start_bound(masked: str, lo: int, end: int) -> int:
    """The earliest offset in [lo, end) where a `_PRE_TITLE` match ending at `end` can
    start: past the last comma, when no parenthesis could hold one. Searching from there
    finds the same leftmost match without trying the offsets before it."""
    if not _COMMA_FREE_TITLES or "(" in masked[lo:end]:
        return lo
    return masked.rfind(",", lo, end) + 1 or lo


def _apposition_before(masked: str, lo: int, end: int) -> re.Match | None:
    """A title phrase and its comma that end at `end` and start no earlier than `lo`
    ("the President of Zimbabwe, " before "Emmerson Mnangagwa")."""
    if lo >= end or not _COMMA_BEFORE.search(masked, max(lo, end - 40), end):
        return None
    if not T.may_hold_head(masked[lo:end]):
        return None  # the phrase needs an office noun: the pattern is slow to say no
    rev = _search_title(_REV_APPOS, masked, lo, end)
    return rev if rev and rev.end() == end else None


def _search_title(pattern: re.Pattern | LazyPattern, masked: str, lo: int, end: int) -> re.Match | None:
    """`pattern.search(masked, lo, end)` for a pattern that opens with a title (MOD*
    HEAD): tried only where a title may begin, as its alternations of every office and
    country are slow to fail at each word."""
    starts = T.title_starts(masked, lo, end)
    if starts is None:
        return pattern.search(masked, lo, end)
    for p in starts:
        m = pattern.match(masked, p, end)
        if m:
            # "National Assembly Chairman": capitalised words before a body's name are
            # the title's, though no lexicon opens with them
            q = _qualifiers_before(masked, max(lo, p - 40), p)
            if q < p:
                longer = pattern.match(masked, q, end)
                if longer is not None and longer.end() == m.end():
                    return longer
            return m
    return None


def _qualifiers_before(text: str, lo: int, p: int) -> int:
    """Where up to two capitalised words right before `p` start (no earlier than `lo`):
    words that may qualify an office, not a day, a month or a small word."""
    q = p
    for _ in range(2):
        w = _QUALIFIER_BEFORE.search(text, lo, q)
        if w is None or w.group(1).lower() in _NOT_QUALIFIERS:
            break
        q = w.start(1)
    return q


_QUALIFIER_BEFORE = regex(r"(?<![\w'\u2019.-])([A-Z][a-z]+)[ \t]+$")
_NOT_QUALIFIERS = frozenset(
    "the a an in on at of for by to from with and or but as this that his her their its "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december also meanwhile earlier later".split()
)


def _sentence_start(starts: list[int], pos: int) -> int:
    k = bisect_right(starts, pos) - 1
    return starts[k] if k >= 0 else 0


def _run_matches(text: str) -> list[tuple[int, int, re.Match]]:
    """(start, end, match) of each run, in text order: those opened by a capitalised word
    and, rarer, by an "al-" word that is not inside one of those. The match's group
    "more" tells whether it joins more than one word."""
    found = [(m.start(), m.end(), m) for m in _CAP_RUN.finditer(text)]
    if found and max([e - s for s, e, _m in found]) >= _LONG_MATCH:
        found = _runs(_CAP_RUN, text, False)  # a run may go on past its match
    if "-" not in text:
        return found
    arabic = _runs(_ARTICLE_RUN, text, True)
    if not arabic:
        return found
    out = []
    last = -1
    for run in sorted(found + arabic, key=lambda r: r[0]):
        if run[0] >= last:  # "Foo\u2010al-Bar" is one word; "al-Sisi Xi" one run
            out.append(run)
            last = run[1]
    return out


def _runs(pattern: re.Pattern, text: str, article: bool) -> list[tuple[int, int, re.Match]]:
    """(start, end, match) of the runs that matches of `pattern` open, in text order,
    each read on past its match when it may go on; `article` for `_ARTICLE_RUN`, whose
    matches start at the hyphen."""
    out = []
    pos = 0
    while True:
        for m in pattern.finditer(text, pos):
            start = _article_start(text, m.start()) if article else m.start()
            end = m.end()
            if end - start >= _LONG_MATCH and 0 <= m.start("more") <= end - _LONG_MATCH:
                pos = _read_on(text, end)
                out.append((start, pos, m))
                break  # searched afresh from the run's end
            out.append((start, end, m))
        else:
            return out


def _read_on(text: str, end: int) -> int:
    """The end of a run whose match stopped at `end` after `_RUN_JOINS` joins."""
    on = _RUN_ON.match(text, end)
    while on:
        end = on.end()
        on = _RUN_ON.match(text, end)
    return end


@lru_cache(maxsize=1024)  # a pure function of a run's text; stories share their offices
def _split_run_text(run: str) -> tuple[tuple[tuple[str, ...], tuple[tuple[int, int], ...]], ...]:
    """The runs in the text of a match of several words, each as its words and their
    spans: a full stop joins only after an initial, a first name cut short or an
    honorific ("Michael D. Higgins", "Sh. Shabdolov", "Dr. Arif Alvi"), and a particle
    left at the head of a run belongs to none."""
    out: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    for w in _RUN_WORD.finditer(run):
        if cur:
            ps, pe = cur[-1]
            if run[pe] == "." and not (pe - ps == 1 or run[ps:pe].lower() in _HONORIFIC_WORDS
                                       or NAME_CUT.fullmatch(run, ps, pe)):
                out.append(cur)
                cur = []
        if cur or w.group() not in PARTICLES:
            cur.append(w.span())
    if cur:
        out.append(cur)
    return tuple((tuple(run[s:e] for s, e in spans), tuple(spans)) for spans in out)


def _article_start(text: str, hyphen: int) -> int:
    """Where the article before the hyphen of "al-Sisi" starts."""
    j = hyphen
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "_'\u2019-"):
        j -= 1
    return j


def _is_name_word(w: str, lower_words: Container[str], first: bool) -> bool:
    """Whether `w` may be a word of a name; the first word of a name must also be one
    the story never writes in lower case ("Trade" opening a sentence)."""
    low = _name_word(w)
    return low is not None and not (first and low in lower_words)


@lru_cache(maxsize=8192)  # a pure function of a word, asked for the same words again and again
def _name_word(w: str) -> str | None:
    """`w` lower-cased, less a possessive "'s", if it may be a word of a name: not an
    office, demonym, particle or acronym, and capitalised (or "al-Sisi")."""
    base = w[:-2] if w.endswith(("'s", "\u2019s")) else w
    if not base:
        return None
    low = base.lower()
    if low in _NO_NAME_WORD or low.endswith(("-elect", "-designate")):
        return None
    if not base[0].isupper() and not _ARABIC_ARTICLE.match(base):
        return None
    if base.isupper() and len(base) > 1 and not _ROMAN.match(base):
        return None  # an acronym
    return low


@lru_cache(maxsize=1024)  # a pure function of a word; stories share their "The" and "In"
def _lone_name_word(w: str) -> str | None:
    """What a run of the one word `w` must not be written as in lower case elsewhere in
    the story to be a name word (see `_name_words`); None when it is none in any story."""
    if w.lower() in _NOT_NAME:
        return None
    return _name_word(w)


def _name_in_run(text: str, words: tuple[str, ...], spans: tuple[tuple[int, int], ...],
                 lower_words: _LowerWords) -> tuple[int, int, int] | None:
    """(start, end, number of name words) of the name in a run of capitalised words,
    `words` at `spans` of `text`."""
    got = _recalled_name_words(words, lower_words)
    if got is None:
        return None
    i, j, n = got
    start, end = spans[i][0], spans[j][1]
    if text.endswith(("'s", "\u2019s"), start, end):
        end -= 2
    return start, end, n


class _AskedWords:
    """`word in asked`: `word in lower_words`, with each question and its answer noted."""

    __slots__ = ("_words", "asked")

    def __init__(self, lower_words: Container[str]) -> None:
        self._words = lower_words
        self.asked: list[tuple[str, bool]] = []

    def __contains__(self, word: object) -> bool:
        got = word in self._words
        self.asked.append((word, got))  # type: ignore[arg-type]
        return got


# What `_name_words` gave for the words of a run, with the questions it asked of the
# story's lower-case words and their answers: the rest is the same in every story, so a
# story giving the same answers gets the same result. Stories share their offices and
# names, and the loop over the words costs more than the questions.
_RECALLED: dict[tuple[str, ...], list[tuple[tuple[tuple[str, bool], ...], tuple[int, int, int] | None]]] = {}
_RECALLED_RUNS = 1024  # runs kept before starting afresh
_RECALLED_ANSWERS = 4  # sets of answers kept for one run


def _recalled_name_words(run: tuple[str, ...], lower_words: Container[str]) -> tuple[int, int, int] | None:
    """`_name_words(run, lower_words)`, recalled from an earlier story that gave the
    same answers about lower-case words when there is one."""
    seen = _RECALLED.get(run)
    if seen is None:
        if len(_RECALLED) >= _RECALLED_RUNS:
            _RECALLED.clear()
        seen = _RECALLED[run] = []
    for asked, got in seen:
        if all((w in lower_words) == a for w, a in asked):
            return got
    recorder = _AskedWords(lower_words)
    got = _name_words(run, recorder)
    if len(seen) < _RECALLED_ANSWERS:
        seen.append((tuple(recorder.asked), got))
    return got


def _name_words(run: tuple[str, ...], lower_words: Container[str]) -> tuple[int, int, int] | None:
    """(first, last, number of name words) of the name in the words of a run: the
    indices of its first and last words."""
    if len(run) == 1:
        # "The", "In", "President": the common case, settled at once; a lone word (no
        # particle: particles only continue runs) is a name word or nothing
        w = run[0]
        low = _lone_name_word(w)
        if low is None or low in lower_words:
            return None
        return 0, 0, 0 if len(w) == 1 else 1
    words = list(run)
    if _COUNTRY_PAIRS and len(words) > 1:
        low = [(w[:-2] if w.endswith(("'s", "\u2019s")) else w).lower() for w in words]
        for a in range(len(words) - 1):
            if (low[a], low[a + 1]) in _COUNTRY_PAIRS:
                words[a] = words[a + 1] = "the"  # office words, never a name
    # the name is the longest stretch of name words ("Surinamese President Runaldo Ronald
    # Venetian": a stray demonym before the office is no name)
    best: tuple[int, int, int] | None = None
    i = 0
    while i < len(words):
        # "Le Van Hung", "Da Silva": a capitalised particle may open a name
        opener = (words[i][0].isupper() and words[i].lower() in PARTICLES and i + 1 < len(words)
                  and (_is_name_word(words[i + 1], lower_words, False) or words[i + 1].lower() in PARTICLES))
        # "Sheikh Sultan bin Muhammad": a prefix before "bin" is the name's first word
        opener = opener or (words[i].lower() in _PREFIXES and i + 1 < len(words) and words[i + 1].lower() in _PATRONYMIC)
        # "General Secretary To Lam": after an office, such a surname is no preposition
        opener = opener or (words[i] in _WORD_SURNAMES and 0 < i < len(words) - 1 and _name_word(words[i - 1]) is None
                            and _is_name_word(words[i + 1], lower_words, False))
        if not opener and not _is_name_word(words[i], lower_words, True):
            i += 1
            continue
        k = i
        while k + 1 < len(words) and (
            _is_name_word(words[k + 1], lower_words, False) or _ROMAN.match(words[k + 1])
            or words[k + 1].lower() in PARTICLES or (len(words[k + 1]) == 1 and words[k + 1].isupper())
            # "Hassan Sheikh Mohamud": inside a name, such a prefix is one of its words
            or (words[k + 1].lower().startswith(_NAME_WORD_PREFIXES) and k + 2 < len(words)
                and _is_name_word(words[k + 2], lower_words, False))
        ):
            k += 1
        j = k
        while j > i and not (_is_name_word(words[j], lower_words, False) or _ROMAN.match(words[j])
                             or (words[j][0].isupper() and words[j].lower() in PARTICLES and j > i + 0)):
            j -= 1
        n = sum(1 for w in words[i:j + 1] if w not in PARTICLES)
        if all(len(w) == 1 for w in words[i:j + 1]):
            n = 0  # initials alone ("C.C.") name nobody
        if n <= _MAX_NAME_WORDS and (best is None or n > best[2]):
            best = (i, j, n)
        i = k + 1
    if best is None:
        return None
    i, j, _n = best
    if j + 1 < len(words) and words[j + 1].lower() in _ORGANISATION_NOUNS:
        return None  # "the Popular Liberation Movement": the opening of an organisation's name
    n = _n
    if i > 0 and words[i - 1] in {"Al", "El"}:  # "Al Hussein bin Abdullah II"
        i -= 1
    first = i
    if i > 0 and words[i - 1].lower() in _PREFIXES and not (i > 1 and words[i - 2].lower() in {"crown", "deputy"}):
        first = i - 1
        n += 1 if n == 1 or _ROMAN.match(words[j]) or words[i - 1].lower().startswith(_NAME_WORD_PREFIXES) else 0
    return first, j, n


@lru_cache(maxsize=1024)  # a pure function of a name, asked again for each mention and merge
def _tokens(name: str) -> frozenset[str]:
    """The lower-cased words of a name that tell it apart: no particles, prefixes or
    possessives, and "al-Sisi" also as "sisi"."""
    out = set()
    for w in name.lower().split():
        if w.endswith(("'s", "\u2019s")):
            w = w[:-2]
        if w in PARTICLES or w in _PREFIXES:
            continue
        out.add(w)
        if "-" in w:
            head, _, rest = w.partition("-")
            if head in {"al", "el", "ad", "as", "ar", "an"}:
                out.add(rest)
    return frozenset(out)


def _merge(names: list[str]) -> dict[str, str]:
    """Each name to the fullest form of the same person ("Nana Akufo-Addo" -> "Nana Addo
    Dankwa Akufo-Addo") when exactly one fuller name holds all its words."""
    toks = {n: _tokens(n) for n in names}
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(_first(n), []).append(n)
    out = {}
    for n in names:
        group = groups[_first(n)]
        if len(group) > _MERGE_GROUP:  # debris naming thousands: no merging
            out[n] = n
            continue
        # several fuller names hold it ("Sheikh Mohammed"): the first one the story names
        sup = [m for m in group if m != n and toks[n] and toks[n] < toks[m]]
        if not sup:  # the same name spelt otherwise, named earlier ("Salim M. Al-Malik")
            sup = [m for m in group[:group.index(n)] if _spelling_variants(n, m)]
        out[n] = sup[0] if sup else n
    # chains: follow to the end
    for n in names:
        seen = {n}
        while out[out[n]] != out[n] and out[n] not in seen:
            seen.add(out[n])
            out[n] = out[out[n]]
    return out


def _spelling_variants(a: str, b: str) -> bool:
    """Whether two names are one spelt two ways ("Salim Mohammed El Malek", "Salim M.
    Al-Malik"): word for word, less Arabic articles, the same word, an initial for it,
    or a word of four letters or more with the same consonants (a transliteration)."""
    wa, wb = _variant_words(a), _variant_words(b)
    if len(wa) != len(wb) or len(wa) < 2 or wa[0] != wb[0]:
        return False
    for x, y in zip(wa, wb):
        if x == y or len(x) == 1 and y.startswith(x) or len(y) == 1 and x.startswith(y):
            continue
        if min(len(x), len(y)) < 4 or _consonants(x) != _consonants(y):
            return False
    return True


def _variant_words(name: str) -> list[str]:
    words = name.lower().replace("-", " ").replace(".", " ").split()
    return [w for w in words if w not in _ARTICLES]


def _consonants(word: str) -> str:
    """"malik" and "malek" -> "mlk": the letters less vowels, a doubled one once."""
    out = ""
    for ch in word:
        if ch not in "aeiouy" and not out.endswith(ch):
            out += ch
    return out


@lru_cache(maxsize=1024)  # a pure function of a name
def _first(name: str) -> str:
    """The first word of a name that is no particle, prefix or article, lower-cased."""
    for w in name.lower().split():
        if w not in PARTICLES and w not in _PREFIXES and w not in {"al", "el"}:
            return w
    return ""


def _strip_address(m: str) -> str:
    """"President Dr Arif Alvi" -> "Arif Alvi"; titles and honorifics before a name off."""
    words = m.split()
    i = 0
    while i < len(words) - 1 and (words[i].lower().rstrip(".") in _NOT_NAME or words[i].lower() in _PREFIXES):
        i += 1
    return " ".join(words[i:])


def _resolve_name(people: list[Person], spans: list[tuple[int, int, str]], m: str, pos: int) -> str | None:
    for p in people:
        if p.name == m:
            return p.name
    bare = _strip_address(m)
    want = _tokens(bare) or _tokens(m)
    if not want:
        return None
    cands = [p.name for p in people if want <= _tokens(p.name)]
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    # "Salman" is rather "Salman bin Hamad" than "Hamad bin Salman"
    lead = [c for c in cands if _first(c) in want]
    if lead:
        cands = lead
    return _most_recent(cands, spans, pos)


def _most_recent(cands: list[str], spans: list[tuple[int, int, str]], pos: int) -> str:
    """The candidate named last before `pos` (spans are in text order), else the one
    named first; only the nearest mentions are looked at, so the cost stays flat."""
    k = bisect_left(spans, (pos,)) - 1
    for j in range(k, max(-1, k - _LOOK_BACK), -1):
        if spans[j][2] in cands:
            return spans[j][2]
    for j in range(min(len(spans), _LOOK_BACK)):
        if spans[j][2] in cands:
            return spans[j][2]
    return cands[0]


_DESC_MAP = lexicon.mapping("descriptions")
_DESC_RX = tuple((regex(r"(?<![\w-])" + re.escape(k) + r"(?![\w-])"), v) for k, v in _DESC_MAP.items())


def _resolve_description(people: list[Person], spans: list[tuple[int, int, str]], m: str, pos: int,
                         subjects: Callable[[], list[tuple[int, str]]] | None = None) -> str | None:
    """"the Chinese president" -> the person with that office and nationality, most
    recently mentioned before `pos`."""
    low = " ".join(m.lower().split())
    low = _STYLE_LEAD.sub("", low)
    low = _ARTICLE_LEAD.sub("", low)
    head, nation = T.office_of(low)
    for rx, v in _DESC_RX:
        if rx.search(low):
            head = None if v == "*" else v
            break
    else:
        if head is None:
            return None
    if head is None and nation is None:
        return None
    scored: list[tuple[int, str]] = []
    for p in people:
        offices = [T.office_of(t) for t in p.titles]
        first_word = p.name.split()[0].lower()
        if first_word in _PREFIXES:
            offices.append((first_word, None))
        best = 0
        for h, n in offices:
            # "the South Korean leader": a leader is whoever holds the country's office
            if head and h != head and not (h and head in h.split()) and not (head == "leader" and nation and h):
                continue
            if nation and n != nation:
                continue
            score = 2 if (head and h == head) else 1
            if not nation and n is None:
                score += 1  # "the President" is the one titled just "President"
            best = max(best, score)
        if best:
            scored.append((best, p.name))
    if not scored:
        return None
    top = max(s for s, _ in scored)
    best = [n for s, n in scored if s == top]
    subj = subjects() if len(best) > 1 and subjects else None
    if subj:
        # "The President made the remarks": the one the story is about
        k = bisect_left(subj, (pos,)) - 1
        for j in range(k, max(-1, k - _LOOK_BACK), -1):
            if subj[j][1] in best:
                return subj[j][1]
    return _most_recent(best, spans, pos)


def _add_title(p: Person, t: str) -> None:
    t = T.clean_title(t)
    if not t or len(t) > 160:
        return
    low = t.lower()
    for i, old in enumerate(p.titles):
        o = old.lower()
        if low == o or low in o:
            return
        if o in low:
            p.titles[i] = t
            return
    p.titles.append(t)


# "his re-election as": starts with the letter the engine skips to, not a look-behind;
# each of its offices holds one of _ELECTION_WORDS, which a story is searched for first
_ELECTION_WORDS = ("election", "appointment", "inauguration", "swearing-in", "taking", "elected", "sworn", "appointed")
# opening on a class of letters, which the engine skips to, rather than on the look-behind
_ELECTION = regex(
    r"[HhWw](?<![\w-].)(?:(?<=[Hh])(?:is|er)\s+(?:(?:re-?)?election|(?:re)?appointment|inauguration|swearing-in|taking\s+office)"
    # "Lee Jae-myung was sworn in as President of South Korea"
    r"|(?<=[hw])(?:as|ere|as\s+been|ad\s+been)\s+(?:(?:re-?)?elected|sworn\s+in|(?:re)?appointed|inaugurated))\s+as\s+"
)


def _election_title(t: str) -> str | None:
    t = T.drop_acronyms(t)
    m = _ELECTED_OFFICE.match(t)
    if not m:
        return None
    out = T.clean_title(m.group("t"))
    return out if T.is_title(out) else None


def _similar(a: str, b: str) -> bool:
    """Two titles that say the same office in other words (token F1 at least 0.6)."""
    ta, tb = _WORD.findall(a.lower()), _WORD.findall(b.lower())
    pool = list(tb)
    common = 0
    for t in ta:
        if t in pool:
            pool.remove(t)
            common += 1
    if not common:
        return False
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r) >= 0.6


def _of_place(p: Person, text: str, pre: re.Match, e: int) -> None:
    """"Archbishop Launay Saturné of Cap-Haïtien": the bare office takes the place."""
    bare = T.clean_title(pre.group())
    if " " in bare.strip() or not T.is_title(bare):
        return
    m = _OF_PLACE_AFTER.match(text[e:e + 80])
    if m and m.group(1).startswith("the ") and _LOWER_NOUN_NEXT.match(text, e + m.end()):
        return  # "of the Korean committee": the capitals only open the body's name
    if m:
        for i, t in enumerate(p.titles):
            if t.lower() == bare.lower():
                p.titles[i] = f"{bare} of {m.group(1)}"


def _appositive_titles(text: str, masked: str, e: int, spans: list[tuple[int, int, str]]) -> list[str]:
    """Titles after the mention that ends at `e`; the caller has checked that a comma,
    "of" or a capital follows it (`_MAY_FOLLOW_WITH_TITLE`)."""
    out: list[str] = []
    pos = e
    place = _OF_PLACE.match(masked, pos)  # "Archbishop Launay Saturné of Cap-Haïtien, president of ..."
    if place:
        pos = place.end()
    sig = _SIGNATURE.match(masked, pos)
    if sig and T.TITLE_START.match(masked, sig.start("t")):
        # a signature: "Miguel Díaz-Canel Bermúdez President of the Republic of Cuba" at a
        # paragraph's end
        return [t for t in T.split_titles(text[sig.start("t"):sig.end("t")]) if _clause_free(t)]
    for _ in range(6):
        lead = _APPOS_LEAD.match(masked, pos)
        if not lead or "," not in lead.group():
            break
        start = lead.end()
        if not (T.may_start_title(masked, start) and T.TITLE_START.match(masked, start)):
            break
        end_m = _APPOS_END.search(masked, start, start + 200)
        end = end_m.start() if end_m else min(len(text), start + 200)
        k = bisect_left(spans, (start,))
        if k < len(spans) and spans[k][0] <= end + 2:
            break  # the office of the next person named
        got = [t for t in T.split_titles(text[start:end]) if _clause_free(t)]
        if not got:
            break
        out.extend(got)
        pos = end
    return out


def _clause_free(t: str) -> bool:
    """A title holds no verb ("the Cuban head of state wished the Chinese leader ...")."""
    return len(t.split()) <= 16 and not _PAST_VERB.search(t)


def _female(text: str, p: Person) -> bool:
    if any(w in t.lower() for t in p.titles for w in ("chairwoman", "queen", "princess", "spokeswoman")):
        return True
    i = text.find(p.name)
    return bool(_FEMALE_ADDRESS.search(text[max(0, i - 12):i])) if i >= 0 else False


def _acronyms(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    if "(" not in text:
        return out
    # ACRONYM is tried at every capital and reads up to ten words before failing. Its
    # words hold no parenthesis, so a match ends at the first short form in parentheses
    # (an _ACRONYM_END match) after its start: each short form is looked for first, and
    # the long form only in the stretch between it and the one before, rather than
    # from every capital of the story
    lo = 0
    for end in _ACRONYM_END.finditer(text):
        m = ACRONYM.search(text, lo, end.end())
        lo = end.end()
        if m is None:
            continue
        short = m.group("short")
        if short in out or not short.isupper():
            continue
        words = m.group("long").replace(",", " ").split()
        long = _initials_match(words, short)
        if long:
            out[short] = long
    return out


_SMALL = {"of", "the", "and", "for", "on"}


def _initials_match(words: list[str], short: str) -> str | None:
    """The shortest tail of `words` whose capitalised initials spell `short`."""
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in _SMALL:
            continue
        tail = [w for w in words[i:] if w.lower() not in _SMALL]
        letters = "".join(w[0] for w in tail).upper()
        if letters == short.upper():
            return " ".join(words[i:])
        if len(letters) > len(short):
            break
    return None


def _subjects(doc: Document, cast: Cast) -> list[tuple[int, int, int, str | None]]:
    """Each sentence's subject: the first person it mentions outside a leading
    prepositional phrase ("In his message to Sri Lankan President ..., Xi said" -> Xi); a
    pronoun subject takes the previous sentence's subject."""
    out: list[tuple[int, int, int, str | None]] = []
    prev: str | None = None
    text, spans, starts = doc.text, cast.spans, cast._starts()
    k = 0  # the first mention at or after `off`: sentences come in text order
    for s in doc.sentences:
        start, end = s.start, s.end
        # most sentences open with none of the words: a prefix test spares the pattern
        lead = _LEADING_PP.match(s.text) if s.text.startswith(_LEADING_WORDS) else None
        off = start + lead.end() if lead else start
        if k and starts[k - 1] >= off:
            k = bisect_left(starts, off)  # out of order: search afresh
        while k < len(starts) and starts[k] < off:
            k += 1
        first_span = _first_from(spans, starts, k, end)
        # a pronoun counts only before the first name ("Xi said he ..." is Xi's)
        pron = None if first_span and first_span[0] <= off else _PRONOUN_RX.search(
            text, off, min(end, off + 40))
        if pron and (first_span is None or pron.start() < first_span[0]) and pron.group().lower() in {"he", "she"}:
            subj = prev
        elif first_span:
            subj = first_span[2]
        elif lead:
            inner = _first_in(spans, starts, start, off)
            subj = inner[2] if inner and pron is None else None
        else:
            subj = None
        out.append((start, end, s.para, subj))
        if subj:
            prev = subj
    return out


def _first_in(spans: list[tuple[int, int, str]], starts: list[int], start: int, end: int) -> tuple[int, int, str] | None:
    """The first mention inside [start, end): `cast.in_span(start, end)[0]`, without
    building the list."""
    return _first_from(spans, starts, bisect_left(starts, start), end)


def _first_from(spans: list[tuple[int, int, str]], starts: list[int], k: int, end: int) -> tuple[int, int, str] | None:
    """The first mention from the `k`th on that ends by `end` and starts before it."""
    while k < len(starts) and starts[k] < end:
        if spans[k][1] <= end:
            return spans[k]
        k += 1
    return None
