"""Reporting cues found in a sentence: the cue words, their kind, and the frame around
them (speaker before or after, content before or after).

The cue words are data (`data/cues.txt`, `data/cues_express.txt`); this module turns
them into precompiled patterns. Every pattern is anchored or bounded, so the work per
cue is constant and a sentence is read in linear time.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from . import lexicon
from .lazyre import LazyPattern
from .patterncache import regex
from .sentences import HONORIFIC_STOPS

KINDS: dict[str, str] = lexicon.mapping("cues")
_EXPRESS_NOUNS = lexicon.alternation("cues_express")
_MODS = r"(?:his|her|their|its|the|a|an|full|firm|strong|deep|great|sincere|profound|earnest|high|every)"
_EXPRESS_VERBS = ("expressed", "expresses", "expressing", "voiced", "voices", "voicing", "conveyed", "conveys")
_MESSAGE_NOUNS = lexicon.alternation("message_nouns")
# ("expressed hope in a letter to Trump that ...": the message between noun and "that")
_EXP = (rf"(?P<exp>(?:{'|'.join(_EXPRESS_VERBS)})"
        rf"\s+(?:{_MODS}\s+){{0,3}}(?:{_EXPRESS_NOUNS}))(?=\s+(?:that|to)\b|\s+in\s+(?:\S+\s+){{0,3}}?(?:{_MESSAGE_NOUNS})\b)")
_ACC = r"(?P<acc>according\s+to)"
# Every cue: "expressed (his firm) confidence" before the plain verbs. `hits` mostly
# tries the narrower `_word_cue` patterns; this one serves text whose offsets shift
# when lower-cased.
CUE = LazyPattern(rf"\b(?:{_EXP}|{_ACC}|(?P<verb>{lexicon.alternation('cues')}))\b", re.IGNORECASE)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# Words between a cue and its "that": "said on Monday that", "said in his message that".
_PREP = rf"(?:on|in|at|during|to|via|through|from|after|before|with|last|this|earlier|later|late|again|also|(?-i:[a-z]+ly)|yesterday|today|{_WEEKDAY})"
# A message named there may take its recipient and day along, and an abbreviation's
# full stop: "said in a letter to U.S. President Donald Trump on Monday that".
_WORD_IN = r"[^\s,;:!?\"\u201c\u201d]+"
_IN_WRITING = rf"in\s+(?:{_WORD_IN}\s+){{0,3}}?(?:{_MESSAGE_NOUNS})\b(?:\s+{_WORD_IN}){{0,9}}?"
THAT_AFTER = regex(
    rf"(?:\s+(?:{_IN_WRITING}|{_PREP}\b(?:\s+[^\s,;:.!?\"\u201c\u201d]+){{0,6}}?))?\s*,?\s+that\b\s*", re.IGNORECASE
)
# "told reporters that", "assured Kim that", "wrote in the condolence book that"
OBJECT_THAT = regex(r"\s+[^,;:.!?\"\u201c\u201d]{1,60}?\s+that\b\s*", re.IGNORECASE)
# What may follow a cue whose content came before it: a place or time, then the end
# of the sentence or a participle that opens the next claim.
# (a phrase with "to" is held to 60 characters: "agreed to build ..." is the verb's own)
_TAIL = rf"(?:\s+(?:to\b[^,;:.!?\"\u201c\u201d]{{0,60}}?|(?!to\b){_PREP}\b[^,;:.!?\"\u201c\u201d]{{0,150}}?))?"
# ("..." Xi wrote in the letter, a copy of which was seen by Reuters.): a relative
# clause or a participle ("..., quoting one of his predecessors.") to the sentence's end
# says where or how, not what
BACKWARD_END = LazyPattern(
    rf"{_TAIL}\s*(?:[.!?;]|,\s*(?:according\s+to|(?:{lexicon.alternation('cues')})\b)"
    r"|,\s*(?:which|who|where|a\s+copy\s+of\s+which|dated|signed|(?-i:[a-z]+ing))\b[^.!?;\"\u201c\u201d]{0,120}(?:[.!?;]|$)|$)",
    re.IGNORECASE,
)
OBJECT_END = regex(
    r"\s+[^,;:.!?\"\u201c\u201d]{1,60}?\s*(?:[.!?;]|,\s*(?:which|who|where)\b[^.!?;\"\u201c\u201d]{0,120}(?:[.!?;]|$)|$)"
)
# "..., said Xi." / "..., said the Chinese president on Monday."
# A full stop after an initial or an honorific, before a capital, is inside a name:
# "said Mr. Obama", "said Charles B. Rangel", "said G.K. Butterfield"
_NAME_STOP = (
    r"\.(?:(?<=(?<!\w)[A-Z]\.)(?=[ \t]*[A-Z])|(?=[ \t]+[A-Z])(?:"
    + "|".join(rf"(?<=(?<![\w.]){a.capitalize()}\.)" for a in sorted(HONORIFIC_STOPS)) + "))"
)
# a party and state in parentheses after a name: "Rep. Jim Clyburn (D-S.C.)"
_PAREN_ASIDE = r"\([^()\n]{1,16}\)"
# a party and state after a speaker before the cue: "Rep. Gwen Moore (D-Wis.) said" (an
# acronym there is the definition of an agency's or body's name, kept)
_ASIDE_END = regex(r"\s*\([A-Z][a-z]*-[A-Z][\w.]{0,6}\)$")
INVERTED = regex(
    rf"\s+(?P<who>(?:[^,;:.!?\"\u201c\u201d(]|{_NAME_STOP}){{1,80}}?)(?:\s*{_PAREN_ASIDE})?{_TAIL}"
    rf"\s*(?:(?!{_NAME_STOP})[.!?;]|,|$)"
)
LEAD = regex(rf"\s*(?:on\s+)?(?:{_WEEKDAY}|yesterday|today)?\s*[,:]?\s*", re.IGNORECASE)

# Words between a speaker and the cue: "Xi also said", "he has repeatedly said",
# "Xi on Monday said", "Xi in his message said".
_TAIL_WORDS = frozenset(
    "also further then again once later earlier previously reportedly repeatedly publicly has have had was is "
    "were are would will did does do turn likewise similarly finally recently meanwhile however monday tuesday "
    "wednesday thursday friday saturday sunday on".split()
)
_TAIL_PHRASE = regex(r"\s+in\s+(?:his|her|their|the|a|its|that|this)\s+\w+\s*$", re.IGNORECASE)
# the lookbehind and the possessive run keep the search linear: a word is tried once,
# from its first letter, instead of from each of its letters with backtracking
_LAST_WORD = regex(r"(?<!\w)(\w++)\s*+$")


def _last_word(window: str, token: str) -> tuple[int, str] | None:
    """The run of word characters that ends `window` (white space aside) and where it
    starts, as `(\\w+)\\s*$` finds it; None when the window ends otherwise. `token`
    is the window's last token (split at white space)."""
    if token.isalnum():  # the usual case: the last token is the word, whole
        return len(window.rstrip()) - len(token), token
    word = _LAST_WORD.search(window)
    return (word.start(), word.group(1)) if word else None


def _tail_word(word: str) -> bool:
    """Whether `word` may stand between a speaker and the cue: "also", "has", "on",
    or an adverb ("It sincerely wished")."""
    return word.lower() in _TAIL_WORDS or word.islower() and len(word) > 4 and word.endswith("ly")


def _strip_tail(pre: str) -> int:
    """Where the speaker's words end in `pre`, before adverbs and auxiliaries."""
    end = len(pre)
    for _ in range(6):
        window = pre[max(0, end - 40):end]
        # one split serves both tests: "in his message" takes the last three words,
        # an adverb or auxiliary the last one
        words = window.rsplit(None, 3)
        if not words:
            break
        if len(words) >= 3 and (not words[-3].isascii() or words[-3].lower() == "in"):
            # the pattern's case folding is wider than `lower` beyond plain ASCII
            phrase = _TAIL_PHRASE.search(window)
            if phrase:
                end -= len(window) - phrase.start()
                continue
        last = _last_word(window, words[-1])
        if last is None or not _tail_word(last[1]) or last[0] == 0 and end > 40:
            break
        end -= len(window) - last[0]
        while end and pre[end - 1].isspace():
            end -= 1
    while end and pre[end - 1].isspace():
        end -= 1
    return end


_LEADS = ("and|but|while|as|because|so|then|when|although|though|where|whereas|since|if|meanwhile|yet|also|"
          "however|earlier|later|now|and then|but then|in which|to which|by which|in it|in them")
# "In the message the King extended ... and wished": a message named before its subject
_IN_MESSAGE = r"in\s+(?:the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:message|letter|cable|telegram|reply),?"
_SUBJ_LEAD = regex(rf"^(?:(?:{_LEADS}|{_IN_MESSAGE})\s+)+", re.IGNORECASE)
_LEAD_FIRST = frozenset(w.split()[0] for w in _LEADS.split("|"))


def _subject_lead(words: str) -> re.Match[str] | None:
    """`_SUBJ_LEAD.match(words)`, skipped when the first word opens no lead; a word
    that is not plain ASCII goes to the pattern, whose case folding is wider."""
    first = words.split(None, 1)
    if not first or first[0].isascii() and first[0].lower() not in _LEAD_FIRST:
        return None
    return _SUBJ_LEAD.match(words)


DETERMINERS = frozenset(
    "the a an his her their its this that these those one another some many several both each all two three "
    "four five most other such any every our my your no".split()
)
PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})
# the object forms, after "according to": the subject form each stands for
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_NOT_SPEAKERS = frozenset({"which", "who", "that", "there", "this", "what", "whom", "one", "nobody", "no one"})
_BOUNDARY_MARKS = r"[,;:()\"\u201c\u201d\u201e\u00ab\u00bb\u2014\u2013]|['\u2019](?=\s)"
_BOUNDARY = regex(rf"{_BOUNDARY_MARKS}|\s-\s")
# the last boundary of a stretch, found by backing off from its end: without a hyphen
# the boundaries are single characters, so the last one is the last of `_BOUNDARY`
_LAST_BOUNDARY = regex(rf".*({_BOUNDARY_MARKS})", re.DOTALL)


def _last_boundary(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Start and end of the last `_BOUNDARY` match in text[lo:hi], as `finditer` finds it."""
    if text.find("-", lo, hi) >= 0:  # " - - ": the spaced hyphens that match depend on the order
        last = None
        for last in _BOUNDARY.finditer(text, lo, hi):
            pass
        return last.span() if last else None
    m = _LAST_BOUNDARY.match(text, lo, hi)
    return m.span(1) if m else None


class Hit(NamedTuple):
    """One cue word in a sentence: offsets in the document, its words, its kind.

    A named tuple: as immutable as a frozen dataclass, and made several times faster,
    which counts at a few dozen cues per story."""

    start: int
    end: int
    words: str
    kind: str  # say | that | act | part | msg | exp | acc


# "Republicans who have argued that ...": the speaker is the noun before "who"
BARE_RELATIVE = regex(r"\s+who\s+(?:(?:also|then|later|has|have|had|long|repeatedly|previously)\s+)*$", re.IGNORECASE)
# "told Limbaugh: "..."": the person told, then the quotation
# "told reporters the yen was weak": those told as a body, then what they were told
OBJECT_LISTENERS = regex(
    r"\s+(?:reporters|journalists|the\s+(?:press|media)|lawmakers|legislators|parliament|state\s+media)"
    rf"(?:\s+on\s+{_WEEKDAY})?\s+(?=[A-Za-z])"
    r"(?!(?:on|in|at|after|during|about|of|that|which|who|where|when|and|but|as)\b)"
)
OBJECT_QUOTE = regex(r"\s+[^,;:.!?\"\u201c\u201d]{1,40}?\s*[:,]?\s*(?=[\"\u201c\u201e\u00ab'\u2018])")
RELATIVE = regex(r",\s*who\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)*$", re.IGNORECASE)


_LOWER_WORD = regex(r"[a-z]+")
# the first word of every cue: only where one of these stands is the full pattern tried
_FIRST = frozenset({w.split()[0].lower() for w in lexicon.words("cues")} | {"according", *_EXPRESS_VERBS})
_FIRST_BYTES = frozenset(w.encode() for w in _FIRST)
# every byte but a lower-case ASCII letter becomes a space: splitting the UTF-8 text
# then yields its runs of letters (`_LOWER_WORD`) without a regex pass over it
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


@lru_cache(maxsize=1024)
def _starts(words: frozenset[str], flags: int) -> re.Pattern[str]:
    return re.compile(r"\b(?:%s)\b" % "|".join(sorted(words)), flags)


def _first_words(low: str) -> list[tuple[int, str]]:
    """Where a cue's first word stands in the lower-cased text as a whole word (as
    `\\b(?:word)\\b` finds it), with the word, in order. Splitting the text into its
    letters finds the few first words present; `str.find` then locates just those."""
    present = _FIRST_BYTES.intersection(low.encode("utf-8", "surrogatepass").translate(_LETTERS_ONLY).split())
    out: list[tuple[int, str]] = []
    n = len(low)
    find = low.find
    for word in present:
        w = word.decode("ascii")
        size = len(w)
        i = find(w)
        while i >= 0:
            j = i + size
            # the word's neighbours are mostly spaces: test those before the general rule
            before = low[i - 1] if i else " "
            after = low[j] if j < n else " "
            if ((before == " " or not (before.isalnum() or before == "_"))
                    and (after == " " or not (after.isalnum() or after == "_"))):
                out.append((i, w))
            i = find(w, j)
    out.sort()
    return out


def _shifted_candidates(masked: str, low: str) -> list[int]:
    """Where a cue may start in `masked` when a few letters lower-case to two
    characters (`low` is longer): offsets shift, so match without case."""
    present = _FIRST.intersection(_LOWER_WORD.findall(low))
    if not present:
        return []
    return [w.start() for w in _starts(frozenset(present), re.IGNORECASE).finditer(masked)]


_LEADING_LETTERS = regex(r"[a-z]*")
_WORD_CUES: dict[str, re.Pattern[str]] = {}


def _word_cue(word: str) -> re.Pattern[str]:
    """`CUE` narrowed to the cues that may match where the whole word `word` stands:
    those whose leading letters are `word`, in `CUE`'s order. The others cannot match
    there, and a short alternation is tried much faster than the whole lexicon."""
    pattern = _WORD_CUES.get(word)
    if pattern is None:
        branches = []
        if word in _EXPRESS_VERBS:
            branches.append(_EXP)
        if word == "according":
            branches.append(_ACC)
        verbs = lexicon.longest_first(w for w in lexicon.words("cues") if _LEADING_LETTERS.match(w.lower()).group() == word)
        if verbs:
            branches.append(f"(?P<verb>{lexicon.alternation_of(verbs)})")
        pattern = _WORD_CUES[word] = re.compile(rf"\b(?:{'|'.join(branches)})\b", re.IGNORECASE)
    return pattern


@lru_cache(maxsize=1)
def _lone_cues() -> dict[str, str]:
    """The first words that are whole cues by themselves, begin no longer cue and open
    no "expressed ... that" or "according to", with their kinds: where such a word
    stands whole, `_word_cue` would match just it, so the match is known without it."""
    leading: dict[str, set[str]] = {}
    for cue in lexicon.words("cues"):
        low = cue.lower()
        leading.setdefault(_LEADING_LETTERS.match(low).group(), set()).add(low)
    return {word: KINDS.get(word, "say") for word, cues in leading.items()
            if cues == {word} and word not in _EXPRESS_VERBS and word != "according"}


def hits(masked: str, low: str | None = None) -> list[Hit]:
    """Every cue of the masked text, in order; `low` is `masked.lower()` when the caller
    has it already."""
    if low is None:
        low = masked.lower()
    if len(low) != len(masked):
        return _matched(masked, [(start, CUE.match) for start in _shifted_candidates(masked, low)])
    # each letter lower-cases to one: `low` and `masked` agree letter for letter, and a
    # word found whole in `low` stands whole in `masked`
    lone = _lone_cues()
    out: list[Hit] = []
    last = 0
    for start, word in _first_words(low):
        if start < last:
            continue
        kind = lone.get(word)
        if kind is None:
            hit = _match(masked, start, _word_cue(word).match)
            if hit is None:
                continue
        else:
            hit = Hit(start, start + len(word), masked[start:start + len(word)], kind)
        last = hit.end
        out.append(hit)
    return out


def _match(masked: str, start: int, match: Callable[[str, int], re.Match[str] | None]) -> Hit | None:
    """The cue that `match` finds at `start`, or None."""
    m = match(masked, start)
    if m is None:
        return None
    kind = m.lastgroup  # the branch that matched: exp, acc or verb
    if kind == "verb":
        kind = KINDS.get(" ".join(m.group().lower().split()), "say")
    return Hit(m.start(), m.end(), m.group(), kind)


def _matched(masked: str, tries: list[tuple[int, Callable[[str, int], re.Match[str] | None]]]) -> list[Hit]:
    """The cues that the matchers in `tries` find, each at its offset, in order; a try
    inside a cue already found is passed over."""
    out = []
    last = 0
    for start, match in tries:
        if start < last:
            continue
        hit = _match(masked, start, match)
        if hit is not None:
            last = hit.end
            out.append(hit)
    return out


_CONJ_WORDS = ("and", "but", "or", "then")
_CONJ_END = regex(rf"(?:,\s*)?\b(?:{'|'.join(_CONJ_WORDS)})\s*$", re.IGNORECASE)


def _conj_end(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """`_CONJ_END.search(text, lo, hi)`, skipped when no conjunction ends the stretch
    (no letter outside ASCII folds to one of theirs, so lower-casing is enough)."""
    if text[lo:hi].rstrip().lower().endswith(_CONJ_WORDS):
        return _CONJ_END.search(text, lo, hi)
    return None


LEADING_NP = regex(r"(?:he|she|they|we|I|[A-Z][\w'\u2019.\-]*(?:\s+(?:of\s+|the\s+|al\s+|bin\s+)*[A-Z][\w'\u2019.\-]*)*)\b")


_NP_STOP = frozenset("by of to was were is are be been with for from and or but in on at as than that by among".split())


_VERBISH = frozenset(
    "sent gave made held met took told wrote said spoke is was are were has had have also most more very then "
    "did does do not never will would could can cannot may might should must".split())


# a token between white space; searched within bounds, not in a copy of the stretch
_TOKEN = regex(r"\S+")


def _described(text: str, start: int, stop: int) -> int | None:
    """Where a determiner and the up to three nouns after it end: "The message", "the
    Chinese leader"."""
    end = None
    for k, m in enumerate(_TOKEN.finditer(text, start, min(stop, start + 80))):
        word = m.group().lower()
        if k and (word in _VERBISH or word.endswith(("ed", "ly")) or k > 3):
            break
        end = m.end()
    return end


def relative_subject(pre: str) -> tuple[int, int, int] | None:
    """The noun phrase right before a "who": "backed by economists" -> "economists"."""
    end = len(pre)
    start = end
    words = 0
    for m in reversed(list(_TOKEN.finditer(pre, max(0, end - 80), end))):
        tok = m.group()
        if tok == "of" and words and pre[m.end():end].lstrip()[:1].isupper() and m.start() > 0 \
                and pre[:m.start()].rstrip()[-1:].isalpha() and _CAPITAL_BEFORE.search(pre, 0, m.start()):
            start = m.start()  # "President Tebboune of Algeria, who": the name and its country
            continue
        if tok.lower() in _NP_STOP or words == 5 or tok.endswith(","):
            break
        if tok in _VERBISH or len(tok) > 4 and tok.endswith("ed") and tok.islower():
            break  # "met Kim Jong Un, who", "thanked the students, who": the verb's object
        start = m.start()
        words += 1
        if tok.lower() in DETERMINERS:
            break  # "pay an architect who": the noun phrase opens with its article
    return (start, end, start) if words and plausible(pre[start:end]) else None


_CAPITAL_BEFORE = regex(r"[A-Z][\w'\u2019.-]*\s+$")


def subject(pre: str) -> tuple[int, int, int] | None:
    """The speaker's words at the end of `pre` (the clause before a cue) as offsets
    `(start, end, head)` into `pre`, `head` being where the speaker's frame begins;
    None when what stands there cannot be a speaker."""
    end = _strip_tail(pre)
    if end and pre[end - 1] == ")":
        aside = _ASIDE_END.search(pre, max(0, end - 20), end)
        if aside:
            end = aside.start()
    conj = _conj_end(pre, max(0, end - 8), end)
    if conj:
        # "Xi expressed thanks and said ...": the speaker opens the clause
        cut = _last_boundary(pre, max(0, conj.start() - 160), conj.start())
        start = cut[1] if cut else max(0, conj.start() - 160)
        while start < conj.start() and pre[start].isspace():
            start += 1
        lead = _subject_lead(pre[start:conj.start()])
        start = start + lead.end() if lead else start
        np = LEADING_NP.match(pre, start, conj.start())
        np_end = np.end() if np else None
        if np and np.group().split(None, 1)[0].lower() in DETERMINERS:
            # "The message sent ... and hoped", "The Russian leader asked ... and wished"
            np_end = _described(pre, np.start(), conj.start())
        if np and np_end is not None and np_end < conj.start():
            return np.start(), np_end, conj.start()
        if cut and pre[cut[0]] == ",":
            # "Erdogan, in his reply, thanked Aliyev ... and said": a name opening the
            # sentence, then asides between commas, then its first verb
            named = _NAME_BEFORE_ASIDES.match(pre)
            if named and named.end() >= cut[1] and not pre[cut[1]:named.end()].strip() and plausible(named.group(1)):
                return named.start(1), named.end(1), conj.start()
        return -1, -1, conj.start()  # the subject of the verb before: the caller knows it
    apposition = end and pre[end - 1] == ","
    if apposition:
        # "Xi, also general secretary of the CPC Central Committee, said": the name
        # stands before the apposition
        end -= 1
        cut = _last_boundary(pre, 0, end)
        if not cut:
            return None
        named = _named_apposition(pre, cut, end)
        if named is not None:
            return named
        end = cut[0]
    cut = _last_boundary(pre, max(0, end - 120), end)
    start = cut[1] if cut else max(0, end - 120)
    words = pre[start:end]
    stripped = words.lstrip()
    start += len(words) - len(stripped)
    lead = _subject_lead(stripped)
    if lead:
        start += lead.end()
        while start < end and pre[start].isspace():
            start += 1
        stripped = pre[start:end]
    last = stripped.rsplit(None, 1)
    if len(last) == 2 and last[1].lower() in PRONOUNS:
        start = end - len(last[1])  # "Availing himself of the opportunity he wished"
        stripped = pre[start:end]
    return (start, end, start) if plausible(stripped) else None


# a name opening the text, then up to two asides of a few words between commas
_NAME_BEFORE_ASIDES = regex(
    r"\s*([A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,4})(?:[ \t]*,[ \t]*[^,;:.!?\"\u201c\u201d]{1,40}?){1,2}[ \t]*,[ \t]*"
)


def _named_apposition(pre: str, cut: tuple[int, int], end: int) -> tuple[int, int, int] | None:
    """"The spokesman, Stephane Dujarric, said", "Japan's chief cabinet secretary,
    Yoshimasa Hayashi, said": the name between the commas, after a description that
    ends on an office, is the speaker; None when the words are otherwise."""
    s = cut[1]
    while s < end and pre[s].isspace():
        s += 1
    if not _NAME_ONLY.fullmatch(pre, s, end):
        return None
    before = _last_boundary(pre, max(0, cut[0] - 120), cut[0])
    d = before[1] if before else max(0, cut[0] - 120)
    words = pre[d:cut[0]].split()
    if not words or words[-1].lower() not in _OFFICE_WORDS:
        return None
    first = words[0].lower()
    if first not in DETERMINERS and not first.endswith(("'s", "\u2019s")):
        return None
    while d < cut[0] and pre[d].isspace():
        d += 1
    return s, end, d


# two capitalised words or more and nothing else: "Stephane Dujarric", "Ri Son Gwon"
_NAME_ONLY = regex(
    r"[A-Z][\w'\u2019.-]*(?:[ \t]+(?:(?:" + lexicon.alternation("name_particles") + r")[ \t]+)*[A-Z][\w'\u2019.-]*)+"
)


_BE = frozenset({"is", "are", "was", "were", "be", "been"})
_OFFICE_WORDS = frozenset(w.lower() for w in lexicon.words("cues_titles"))
_BODIES = frozenset(lexicon.words("party_bodies"))
# words that a noun follows and a verb does not: a possessive or a greeting's adjective
_NOUN_OPENERS = frozenset({"my", "our", "your", "their", "best", "warm", "warmest", "sincere", "heartfelt", "kind"})


def _office_then_name(toks: list[str], lows: list[str]) -> bool:
    """An office in lower case, then nothing but capitalised words: "presidential
    spokesman Ahmed Fahmy", "spokesman Dmitry Peskov"."""
    office = next((i for i, w in enumerate(lows[:-1]) if w in _OFFICE_WORDS), None)
    return office is not None and all(t[:1].isupper() for t in toks[office + 1:])


def plausible(words: str) -> bool:
    """Whether `words` can name a speaker: a short noun phrase, a name or a pronoun."""
    toks = words.split()
    if not toks or len(toks) > 10:
        return False
    low = words.lower()
    if low in _NOT_SPEAKERS or low.endswith(("'s", "\u2019s")) or '"' in words or "\u201c" in words or "\u201d" in words:
        return False
    lows = low.split()  # the words lower-cased, as `toks`
    if lows[-1] in _NOUN_OPENERS:
        return False  # "Please accept my best [wishes]": the cue is a noun
    first = lows[0]
    if first in PRONOUNS:
        return len(toks) == 1  # "he extended greetings and best [wishes]" is no speaker
    if toks[0][0].isupper() or first in DETERMINERS:
        return _BE.isdisjoint(lows[1:])
    # bodies of people without an article: "according to police", "authorities said"
    if len(lows) == 1 and first in _BODIES:
        return True
    if _office_then_name(toks, lows):
        return True
    # bare plurals: "sources said", "officials told reporters"
    last = lows[-1]
    return (len(toks) <= 3 and last.endswith("s") and last.isalpha() and last not in DETERMINERS
            and last not in {"his", "its", "has", "was", "is", "this", "as", "us", "yes", "thus", "plus"})
