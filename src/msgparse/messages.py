"""Message events: who sent what kind of written message to whom, when, on what occasion.

The genre reports a message in a handful of constructions, each read here by a small
matcher over one sentence:

- active     "X (on Monday) sent a message (of condolence) (on Monday) to Y (over ...)",
             "X conveyed/extended/delivered greetings to Y", courier forms
             "... who delivered to Y a verbal message from X"
- passive    "A message of felicitation was sent by X to Y", "... was sent to Y by X"
- received   "Y (has) received a (reply) letter from X (, addressed to Z)"
- exchange   "X and Y exchanged congratulatory messages", "X exchanged messages with Y"
- report     "In his message to Y, X said", "X, in a message to Y, said",
             "X said in his message", "X congratulated Y in a telegram"
- relative   "the message that X had sent (to) Y on ..."
- congratulate / wrote to
             "X congratulated Y on ..." when the story shows it was written (a
             message noun near it and no call or talks), "X wrote to Y"
- layout     round-ups that list "Title Name:" paragraphs after "Leaders ... sent messages
             to Y"

A sentence whose parties cannot all be named ("Leaders of many countries sent messages to
Xi", "... sent messages to their counterparts, respectively") sets the context: later
messages take its recipients, kind, occasion and date where they state none. A reference
to a message already found ("In his message, Xi said", "The letter, dated November 1,")
adds to it (a date, a recipient, the medium) instead of making a new one.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

from . import dates as D
from . import lexicon
from . import titles as T
from .lazyre import LazyPattern
from .model import Message, Party
from .parties import Cast
from .patterncache import regex
from .sentences import CAPITAL_CONSONANT, CONSONANT, Document

MAX_SENTENCE = 2000  # longer "sentences" are debris; only their head is read

_NOUN_MEDIUM = lexicon.mapping("message_nouns")
_KIND_CUES = lexicon.mapping("message_kinds")
_OCC_KINDS = lexicon.mapping("occasion_kinds")
_CAMEO = lexicon.mapping("cameo")
NOUN = lexicon.alternation("message_nouns")
_ADJ = (
    r"(?:a|an|the|his|her|their|its|this|that|these|separate|similar|personal|written|verbal|oral|reply|"
    r"congratulatory|condolence|sympathy|greetings?|new\s+year(?:['\u2019]s)?|felicitation|thank-you|"
    r"warm|warmest|special|official|brief|short|same|another|two|three|several|earlier|previous|latest|recent)"
)
_KINDWORD = r"(?:congratulations?|condolences?|sympathy|sympathies|greetings?|thanks|felicitations?|support|solidarity|invitation|gratitude|appreciation)"
_NP_BODY = (
    r"(?:(?i:" + _ADJ + r")\s+){0,4}(?P<noun>(?i:" + NOUN + r"))(?![\w-])"
    r"(?:\s+of\s+(?P<kw>(?i:" + _KINDWORD + r")))?"
)
NP = regex(r"(?<![\w-])" + _NP_BODY)
_NP_GLUED = LazyPattern(_NP_BODY)  # "exchangedcongratulatory letters": a lost space
_NON_MSG = regex(r"(?i:" + lexicon.alternation("non_messages") + r")")
_NOT_WRITTEN = regex(r"(?i)\b(?:phone|telephone|calls?|callers|talks|meeting|met|visit|visited|audience|speech|conversation)\b")
# a message not sent, or yet to be: "did not send", "plans to also send", "is to have
# sent" ("to" only before such words: "the envoy to the UN sent" was sent)
_NEGATION_SOURCE = (
    r"(?:\b(?:not|never|no|whether|would|will|could|might|plans?|planning|intends?|denied|denies|deny|"
    r"refused|declined)\s+(?:\w+\s+){0,2}$|n['\u2019]t\s+(?:\w+\s+){0,2}$"
    r"|\bto\s+(?:(?:also|have|be|then|further|personally|jointly)\s+){0,2}$)"
)
_DENIALS = lexicon.words("message_denials")
_DENIAL = regex(r"(?i)\b(?:" + "|".join(map(re.escape, _DENIALS)) + r")\b")


_words = lexicon.alternation_of


def _key_word(entry: str) -> int:
    """The index of an entry's keyword among its words: the longest, the last of equals."""
    words = entry.lower().split()
    return max(reversed(range(len(words))), key=lambda k: len(words[k]))


def _keywords(verbs: tuple[str, ...]) -> tuple[str, ...]:
    """Substrings one of which every match of `verbs` contains (the longest word of each
    entry, lower case): a sentence without any of them is not tried against the pattern."""
    return lexicon.fewest_substrings(v.lower().split()[_key_word(v)] for v in verbs)


def _lead_words(verbs: tuple[str, ...], optional: int) -> int:
    """How many words a match of a construction may hold before the keyword of its verb:
    the `optional` words its pattern allows before the verb ("has also sent"), and those
    of the entry before its keyword ("was sent")."""
    return optional + max(_key_word(v) for v in verbs)


_SEND_VERBS = lexicon.words("message_verbs_send")
_SEND = regex(
    r"(?<![\w-])(?P<aux>(?:has|have|had|was|were|been|is|are)\s+)?(?:also\s+)?"
    r"(?P<v>" + _words(_SEND_VERBS) + r")(?![\w-])",
    re.I,
)
_RECEIVE_VERBS = lexicon.words("message_verbs_receive")
_RECEIVE = regex(r"(?<![\w-])(?:(?:has|have|had)\s+)?(?:also\s+)?(?:" + _words(_RECEIVE_VERBS) + r")(?![\w-])", re.I)
_EXCHANGE_VERBS = lexicon.words("message_verbs_exchange")
_EXCHANGE = regex(r"(?<![\w-])(?:also\s+)?(?:" + _words(_EXCHANGE_VERBS) + r")(?=\s|[a-z])", re.I)
_CONGRAT = regex(r"(?<![\w-])(?:also\s+)?congratulated(?![\w-])")
_CALLED_TO = regex(r"(?<![\w-])(?:called|cabled|wired)\s+(?P<r>[^,.;]{2,120}?)\s+to\s+congratulate\s+(?:him|her|them)\b")
# "X wrote to Y", "X has written a letter to Y": the noun, when there is one, gives the form
_WROTE_TO = regex(r"(?<![\w-])(?:has\s+|had\s+)?(?:also\s+)?(?:wrote|written|writes)\s+(?:back\s+)?(?:(?P<np>" + _NP_BODY + r")\s+)?to\s+")
# "In his message to Y, X said", "In a New Year card sent to Xi, Kim said"
_IN_MSG_LEAD = regex(
    r"^(?:(?:Also|And|But|Meanwhile),?\s+)?[Ii]n\s+(?P<np>(?:(?i:" + _ADJ + r")\s+){1,4}(?i:" + NOUN + r"))"
    r"(?P<tail>(?:\s+dated\s+[^,]{1,40}?(?:\s+and)?(?=\s+(?:to|sent|addressed)\s))?"  # "In a letter dated March 3 and addressed to Y,"
    r"(?:\s+(?:sent|addressed|dispatched|written))?(?:\s+to\s+(?P<r>[^,]{2,200}?)\s*,|\s*,|\s+(?=[A-Z])))\s*"
)
# "X, in a message to Y sent on February 27, said" / "X said in his message (to Y)"
_IN_MSG_MID = regex(
    r",\s*in\s+(?P<np>(?:(?i:" + _ADJ + r")\s+){1,4}(?i:" + NOUN + r"))(?P<tail>[^,]{0,160}?),\s*(?:also\s+)?[a-z]+"
)
_SAID_VERBS = lexicon.words("message_verbs_said")
_SAID_IN = regex(
    r"(?<![\w-])(?:also\s+)?(?:" + _words(_SAID_VERBS) + r"|expressed[^,.]{0,60}?|congratulated\s+(?P<cr>[^,.]{2,80}?))"
    r"\s+in\s+(?P<np>(?:(?i:" + _ADJ + r")\s+){1,4}(?i:" + NOUN + r"))(?P<tail>(?:\s+(?:sent|addressed))?(?:\s+to\s+(?P<r>[^,]{2,120}?))?)(?=[\s,.;:]|$)"
)
_RELATIVE = regex(
    r"(?P<np>(?:(?i:" + _ADJ + r")\s+){0,4}(?i:" + NOUN + r"))(?![\w-])(?:\s+of\s+\w+)?[^.;]{0,80}?\bthat\s+"
    r"(?P<s>[^.;]{1,100}?)\s*(?:(?:has|had|have)\s+)?(?:also\s+)?$"
)
_FROM_TO = regex(r"\s+from\s+(?P<s>[^;]{2,160}?)\s+to\s+(?P<r>[^;]{2,160}?)\s+(?:was|were|has\s+been|had\s+been)\b")
# what a message is said to express, convey or extend: "expressing deep condolences"
_PURPOSE_NOUNS = (
    r"(?:condolences?|sympathy|sympathies|thanks|gratitude|support|solidarity|greetings|congratulations|felicitations)"
)
# "sent a letter to X to thank him for ...", "wrote to X to express his condolences"
_PURPOSE = regex(r"(?i)\bto\s+(invite|thank|congratulate|felicitate|condole|express\s+(?:his\s+|her\s+)?" + _PURPOSE_NOUNS + r")\b")
# the same purpose as a participle right after the recipients: "sent a letter to X,
# inviting him to ...", "has written to X thanking him for ..."
_PURPOSE_PARTICIPLE = regex(
    r"(?i)[\s,]*(?:and\s+)?(inviting|thanking|congratulating|felicitating|condoling|"
    r"(?:expressing|conveying|extending)\s+(?:his\s+|her\s+|its\s+|their\s+)?(?:(?:warm|warmest|best|sincere|deep|deepest|heartfelt)\s+)?"
    + _PURPOSE_NOUNS + r")\b"
)
_WEAK_NOUNS = frozenset({"post", "note", "greetings", "congratulations", "condolences", "felicitations"})
# "a post on his Twitter account", "a tweet addressed to him"
_SOCIAL = regex(r"(?i)\s+(?:on\s+(?:his|her|its|their)\s+(?:official\s+)?(?:twitter|x|facebook|instagram|telegram|weibo|social)|addressed\s+to)\b")
_WRITTEN_BY = regex(r"\s+(?:sent|written|signed|dispatched|addressed)\b[^.;]{0,40}?\bby\s+")
# an office holder named by office and country only (a fallback: compiled when first needed)
_OFFICE_PARTY = LazyPattern(
    r"(?:[Tt]he\s+)?(?:(?:" + T.MOD + r")\s+)*(?i:" + T.HEAD + r")(?P<of>\s+(?:of|at|to)\s+)(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of|the|and|[A-Z][\w'\u2019-]*))*(?<![\s])"
    r"|(?:[Tt]he\s+)?(?:" + T.NATION + r"|" + T._DEMONYM_SHAPE + r"|" + T.ACRONYM_MOD + r")\s+(?i:" + T.HEAD + r")(?![\w-])"
)
_OTHER_CLAUSE = regex(
    r",\s*(?!congratulating|thanking|felicitating|condoling|greeting|wishing|following)[a-z]+ing\b|,\s*(?:which|who|where|when|as)\b"
)
_SIMILAR = regex(r"(?i)(?<![\w-])similar\s")
# what "_thanked_for" reads: "for his|her|their|its" before a message noun, the thanks
# word before it, and the one thanked in between ("thanked Y", "thanks to Y")
_FOR_OWN = regex(r"(?i)(?<![\w-])for\s+(?:his|her|their|its)\s+")
_THANKS_WORD = regex(r"(?<![\w-])thank(?:ed|s|ing)?(?![\w-])")
_THANKED = regex(r"\s+(?:to\s+)?(?P<who>[^,;:.!?]{2,80}?)\s+")
_FOR_GERUND = regex(r"(?<![\w-])for\s+(?:having\s+)?[a-z]+ing\s")
# "Chairman K.R. Narayanan of Rajya Sabha" (after a party), "the Central Committee of
# the Popular Liberation Movement" (a piece of a longer name): a name after "of" that
# belongs to a title or an organisation
_OF_BEFORE = regex(r"\bof\s+(?:the\s+)?(?:[A-Z][\w-]*['\u2019]s\s+)?$")  # "of the Syria's Baath ..."
_CAPITAL_NEXT = regex(r"[ \t]+[A-Z]")
# "the military attaches corps here", "the members of the delegations of overseas
# compatriots": a body of people named by what it is (data/party_bodies.txt), with the
# words before its noun and what follows it
_BODY_NOUN = r"(?:[\w'\u2019.-]+\s+){0,4}?(?:" + lexicon.alternation("party_bodies") + r")"
_BODY = LazyPattern(
    r"\s*(?P<name>[Tt]he\s+" + _BODY_NOUN + r"(?:\s+and\s+" + _BODY_NOUN + r")?"
    r"(?:\s+(?:in|of|at)\s+[^,;]+?)?)(?:\s+(?:held\s+|convened\s+)?here)?\s*,?\s*"
)
_BODY_TAIL = regex(r"\s+(?:in|of|at)\s+(?=\w)")
_FROM = regex(r"\s*(?<![\w-])from\s+")
_GROUP = regex(r"\s*(?:the\s+)?(?:bereaved\s+)?(?:family|families|relatives|widow|widower|children)\s+of\b", re.I)
_SEPARATE_WORDS = ("separate", "similar", "another")
_SEPARATE = regex(r"(?i),?\s+and\s+(?:a\s+)?(?:" + _words(_SEPARATE_WORDS) + r")\s+(?:one|message|letter|cable|telegram)\s+to\s+")
_ROUNDUP = regex(
    r"(?i)(?:messages|letters|cables|telegrams|congratulations|condolences|greetings)\s+(?:have|has|had)?\s*(?:continued\s+to\s+|also\s+)?"
    r"(?:pour(?:ed|ing)?|flow(?:ed|ing)?|flood(?:ed|ing)?|arriv(?:ed|ing)|stream(?:ed|ing)?)\s+(?:in\b)?"
)
# built once here rather than from their pieces on every call
_NOUN_AT_END = LazyPattern(r"(?i)(?:" + NOUN + r")\s+$")
# "conveyed greetings to X in a letter delivered during a visit": written after all
_IN_WRITTEN = regex(r"(?i)\bin\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+)?(?:letter|message|cable|telegram|card)s?\b")
_IN_NP = LazyPattern(r"(?i)\bin\s+(?:a|an|his|her|their)\s+(?P<np>" + _NP_BODY + r")")
_DATED_VERBS = lexicon.words("message_verbs_dated")
_FOLLOW = LazyPattern(
    r"^(?:(?:Also|And|But|Meanwhile|However),?\s+)?(?:[Ii]n\s+)?(?i:the|this|his|her|their|that|its|the\s+same|a\s+separate)\s+(?:(?i:" + _ADJ + r")\s+){0,3}(?i:" + NOUN + r")\b"
)
_ADDRESSED_TO = regex(r"\baddressed\s+to\s+")
_SENT_DATED = regex(r"(?i)\b(?:" + _words(_DATED_VERBS) + r")\s+")
_DISPATCH_WORDS = ("dispatched", "sent", "dated", "written", "signed")
_DISPATCH_DATE = regex(r"(?i)\b(?:" + _words(_DISPATCH_WORDS) + r")\b")
# where a party list ends and the rest of the clause begins. Every way opens with one of
# the characters of the leading class, which the scan skips to; what follows reads the
# character it opened with from behind (only the start of a match is read).
_SEG_END = regex(
    r"[\s,;:\u201c\".]"
    r"(?:(?<=,)\s*(?=while|whereas|but\b|and\s+(?!the\s+[A-Z])(?:the\s+)?[a-z]|[a-z]+ing\b)"
    r"|(?<=,)\s*(?=congratulating|thanking|expressing|wishing|saying|adding|pledging|in\s+which|which|who|where|according|the\s+[\w\u2019']+(?:\s+[\w\u2019']+)?\s+(?:said|reported|added))"
    r"|(?<=\s)\s*(?=(?:congratulating|thanking|expressing|wishing|saying|extending|conveying|on|over|for|upon|to\s+mark|to\s+celebrate|marking|in|at|after|following|via|through|that|which|who|as|with|during|by|sent|dispatched|addressed|respectively|was|were|has|had|said|reported)\b)"
    # a full stop ends a segment, but not an initial's ("K.R. Narayanan", "Yaya A.J.J.
    # Jammeh") or a first name's cut short ("Sh. Shabdolov": sentences.NAME_CUT)
    r"|(?<=[;:\u201c\"])|(?<=\.)(?<![\s.][A-Z]\.)(?<!\b[DM]r\.)(?<!\bMs\.)(?<!\bSt\.)"
    r"(?<!\s" + CAPITAL_CONSONANT + CONSONANT + r"\.)(?<!\s" + CAPITAL_CONSONANT + CONSONANT + r"{2}\.)(?=\s|$)|(?<=,)\s*respectively)"
)
_OCC_INTRO = regex(
    r"(?<![\w-])(?:on\s+the\s+occasion\s+of|in\s+connection\s+with|to\s+mark|to\s+celebrate|marking|in\s+honou?r\s+of|"
    r"as\s+regards|with\s+regard\s+to|in\s+regard\s+to|regarding|concerning|"
    r"(?:congratulating|thanking|felicitating|condoling\s+with|greeting)\s+(?:him|her|them|[A-Z][^\s,]*(?:\s+[A-Z][^\s,]*){0,3})\s+(?:on|for|over|upon)|"
    r"on|over|for|upon|(?:following|after)(?=\s+(?:the|his|her|their|its)\s))\s+"
)
_OCC_SKIP = regex(
    r"(?i)(?:behalf|his\s+own\s+behalf|(?:his|her|its|their)\s+(?:twitter|facebook|x|official)\b|the\s+same\s+day|the\s+same\s+occasion|"
    r"the\s+(?:phone|telephone)|a\s+|an\s+|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d|the\s+\d+(?:st|nd|rd|th)\b"
    r"(?!\s+(?-i:[A-Z])|\s+\w*\s*(?:anniversary|birthday|national|founding|congress|session)))"
)
# where an occasion ends; it opens on one of the leading class's characters, as _SEG_END
# (a comma inside a name's list, "Treaty of Friendship, Cooperation and Mutual
# Assistance", ends none)
_OCC_END = regex(
    r"[\s,;:.](?:(?<=[;:])|(?<=,)(?![ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+and[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z]|[ \t]*[.,;]|$))|(?<=\.)(?<!\bSt\.)(?<!\bMt\.)(?<!\bDr\.)(?<!\bGen\.)(?<![A-Z]\.[A-Z]\.)(?=\s|$)|(?<=\s)\s*(?:[,;:]|(?:on|in)\s+(?:a|an|his|her|their)\s+(?i:" + NOUN + r")\b|(?:saying|adding|according|and\s+(?:expressed|wished|said|urged|called|voiced))\b"
    r"|(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|on\s+(?:" + D._MONTH + r")\s+\d"
    r"|(?:on|of)\s+the\s+same\s+day\b"
    r"|(?:to|by)\s+(?:His|Her|President|King|the\s+[A-Z])|was\s+sent|(?:in|and)\s+(?:which|expressed|wished)|(?:he|she|they)\s+(?:said|added)))"
)
_PAREN = regex(r"\s*\([^()]{0,80}\)")
_PAREN_ANY = regex(r"\([^()]{0,160}\)")
_RELATIVE_DAYS = ("today", "yesterday")
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"


def _date_source(lower: bool) -> str:
    """The date pattern's source; with `lower`, its month names in lower case, for running
    case-sensitively on lower-cased text (its other literals are lower case already)."""
    month = D.MONTH_NAME.lower() if lower else D.MONTH_NAME
    months = _MONTH_NAMES.lower() if lower else _MONTH_NAMES
    # one lookbehind for all the shapes: tried once at each offset, not once per shape
    return (
        r"(?<![\w-])(?:(?:(?:on|last|this)\s+)?(?P<wd>" + "|".join(D.WEEKDAYS) + r")(?:\s+(?:night|morning|afternoon|evening))?(?![\w-])"
        r"|(?:on\s+)?(?P<month>" + month + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![\d])(?:,?\s+(?P<year>\d{4}))?"
        r"|(?:on\s+)?(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>" + month + r")\.?(?:,?\s+(?P<year2>\d{4}))?"
        r"|on\s+the\s+(?P<dom>\d{1,2})(?:st|nd|rd|th)(?![\w-])"
        r"|(?:(?:on|earlier)\s+)?(?P<same>the\s+same\s+day)"
        r"|(?P<rel>" + "|".join(_RELATIVE_DAYS) + r")(?![\w-])"
        r"|in\s+(?P<monly>" + months + r")(?![\w-])"
        r")"
    )


# for the rare text that lower-casing would change in length or in what it matches
_DATE_EXPR = LazyPattern("(?i)" + _date_source(False))
# the same pattern for the lower-cased text: comparing letters exactly costs about half
_DATE_LOW = regex(_date_source(True))


def _lower_twin(st: str, low: str | None = None) -> str | None:
    """`st` lower-cased, when a case-insensitive pattern over `st` and its lower-case twin
    over the result match at the same offsets: lower-casing maps one character to one
    except "\u0130", and case-insensitive matching also reads dotless "\u0131" and long
    "\u017f" as i and s, which lower-casing keeps. None for such text."""
    if lexicon.odd_case(st):
        return None
    return st.lower() if low is None else low


class _CaseFree:
    """A case-insensitive pattern, searched as its twin without the flag in the text
    lower-cased (see `_lower_twin`): an alternation of words compares letters exactly
    at about half the cost. Its source has only lower-case letters."""

    __slots__ = ("_any_case", "_lower")

    def __init__(self, source: str) -> None:
        self._any_case = LazyPattern("(?i)" + source)  # for the rare odd-case text
        self._lower = regex(source)

    def found_in(self, text: str) -> bool:
        """Whether the pattern matches somewhere in `text`."""
        low = _lower_twin(text)
        found = self._any_case.search(text) if low is None else self._lower.search(low)
        return found is not None


_NEGATION = _CaseFree(_NEGATION_SOURCE)
_NOUN_DATED = _CaseFree(r"\b(?:a|the)\s+(?:" + NOUN + r")\s+(?:" + _words(_DATED_VERBS) + r")\b")


def _dates(st: str, pos: int = 0, endpos: int | None = None, low: str | None = None) -> Iterator[re.Match[str]]:
    """The matches of the date pattern in `st` from `pos`; their groups may be lower-cased
    (every reader of them ignores case). `low` is `st` lower-cased, when at hand."""
    end = len(st) if endpos is None else endpos
    low = _lower_twin(st, low)
    if low is None:
        return _DATE_EXPR.finditer(st, pos, end)
    return _DATE_LOW.finditer(low, pos, end)


class _SentenceDates:
    """The date pattern's matches in one sentence, found as far as they have been read:
    the sentence's own date and a message's date are both read from them, and the
    sentence is scanned once."""

    __slots__ = ("text", "low", "words", "_found", "_rest")

    def __init__(self, st: str, low: str) -> None:
        self.text = st
        self.low = low
        self.words = _fold(low)  # for keyword tests
        self._found: list[re.Match[str]] = []
        self._rest: Iterator[re.Match[str]] | None = None  # the scan, begun when first read

    def __iter__(self) -> Iterator[re.Match[str]]:
        if self._rest is None:
            self._rest = _dates(self.text, low=self.low)
        found = self._found
        i = 0
        while True:
            if i == len(found):
                m = next(self._rest, None)
                if m is None:
                    return
                found.append(m)
            yield found[i]
            i += 1


def _sentence_dates(f: "_Finder", st: str, low: str | None = None) -> _SentenceDates:
    """The date matches of `st`, kept for the sentence last asked about."""
    got = f.dates
    if got is None or got.text is not st:
        got = f.dates = _SentenceDates(st, st.lower() if low is None else low)
    return got


def _date_at(st: str, pos: int) -> re.Match[str] | None:
    """A date that begins at `pos`, as `_dates` reads it."""
    low = _lower_twin(st)
    return _DATE_EXPR.match(st, pos) if low is None else _DATE_LOW.match(low, pos)


_ORG_WORDS = regex(r"\b(?:" + T.ORGANISATION_NOUN + r")\b")
_ORG_TAIL = regex(
    r"(?:\s+(?:of|the|and|for|on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|Today))+$"
)
_CAME_VERBS = lexicon.words("message_verbs_came")
_CAME = regex(r"(?i)(?<![\w-])(?:" + _words(_CAME_VERBS) + r")\s+(?:(?:\w+\s+){0,3}?to\s+|(?=from\s))")
_ORG = regex(
    r"(?:[Tt]he\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of|the|and|for|[A-Z][\w'\u2019-]*))*"
)
_HOLIDAY = regex(r"(?i)\b(?:national\s+day|independence\s+(?:day|anniversary)|new\s+year|spring\s+festival|christmas|eid|ramadan|holiday|festival|day\s+of\s+[A-Z]?)")
_PLURAL_SENDERS = regex(r"(?i)\b(?:leaders|heads\s+of\s+state|presidents|officials|dignitaries|messages\s+have|congratulatory\s+messages|congratulations\s+have|many|several|various)\b")
_HEADER = regex(r"^(?:[A-Z][A-Z .'\u2019-]{1,40}:\s+)?(?P<h>[^:\u201c\"]{3,200}?):\s*(?:[\u201c\"']|$)")
# what every match of _THANKS_FOLLOW holds
_THANKS_KEYS = ("thank", "gratitude", "appreciation")
_THANKS_FOLLOW = regex(r"(?i)\b(?:expressed|extended|conveyed)\s+(?:his\s+|her\s+|sincere\s+|deep\s+|heartfelt\s+)*(?:thanks|gratitude|appreciation)(?:\s+for\s+(?P<occ>[^,.;]+?)(?=\s+and\s+(?:said|expressed|wished|added|noted|stressed|asked)\b|[,.;]|$))?|\bthanked\b")


@dataclass(slots=True)
class _Draft:
    sender: str
    recipients: list[str]
    kind: str | None = None
    medium: str | None = None
    date: dt.date | None = None
    occasion: str | None = None
    sentence: int = 0
    pos: int = 0
    generic: bool = False  # medium guessed from "greetings"/"exchanged": a later noun may say more
    refs: list[int] = field(default_factory=list)
    ctx: "_Context | None" = None


@dataclass(slots=True)
class _Context:
    recipients: list[str]
    kind: str | None
    occasion: str | None
    date: dt.date | None
    medium: str | None
    para: int
    roundup: bool


@dataclass(slots=True)
class _Finder:
    doc: Document
    cast: Cast
    base: dt.date | None
    drafts: list[_Draft] = field(default_factory=list)
    context: _Context | None = None
    last_date: dt.date | None = None  # the latest date of the sentences before `dated`
    dated: int = 0  # the sentences before this one have been read for `last_date`
    at: int = 0  # the sentence being read
    blocked: list[set[str]] = field(default_factory=list)
    orgs: set[str] = field(default_factory=set)
    last_exchange: tuple | None = None
    by_sender: dict[str, list[_Draft]] = field(default_factory=dict)  # the drafts of each sender
    dates: _SentenceDates | None = None  # the date matches of the sentence read last


def find(doc: Document, cast: Cast, base: dt.date | None) -> list[Message]:
    """Every written message the story reports, in text order."""
    f = _Finder(doc, cast, _rebase(doc.text, base))
    for i, s in enumerate(doc.sentences):
        f.at = i
        st = _text(doc, i)
        low = st.lower()
        if lexicon.holds_any(low, _KEYS):
            _sentence(f, i, s.start, st, low)
        elif _may_send_one(f, low):
            _sent_one(f, i, s.start, st)  # "Premier Li Qiang sent one to ..."
        elif f.context is not None and f.context.roundup:
            # no message named, but maybe a round-up's "Title Name:" header or a leader's words
            _layout(f, i, s.start, st)
    return _finish(f)


def _text(doc: Document, i: int) -> str:
    """The text of sentence `i` as it is read: its head only, when it is debris. The
    sentence's own text, not a new slice of the document."""
    s = doc.sentences[i]
    return s.text if s.end - s.start <= MAX_SENTENCE else s.text[:MAX_SENTENCE]


# ------------------------------------------------------------------ one sentence


def _sentence(f: _Finder, i: int, start: int, st: str, low: str) -> None:
    """Every construction sentence `i` (`st`, lower-cased `low`) may hold: one with a key
    word of `_KEYS`."""
    words = _fold(low)
    first = _first_keys(words)
    if "denial" in first and _DENIAL.search(st) and (NP.search(st) or "written to" in st):
        names = {n for _s, _e, n in f.cast.in_span(start, start + len(st))}
        if len(names) >= 2:
            f.blocked.append(names)
    lead = _IN_MSG_LEAD.match(st)
    if not lead:  # "In his message, X said" names its message itself
        _follow_up(f, i, start, st, "dated" in first)
    if "roundup" in first:
        _roundup(f, i, start, st)
    # each construction is tried only when the sentence has one of its verbs, and its
    # pattern is tried only from a few words before the first of them
    found = False
    if "exchange" in first:
        found = _exchange(f, i, start, st, _scan_start(st, words, first["exchange"], _EXCHANGE_LEAD))
    if "receive" in first:
        found = _received(f, i, start, st, _scan_start(st, words, first["receive"], _RECEIVE_LEAD)) or found
    if "came" in first:
        found = _came(f, i, start, st, _scan_start(st, words, first["came"], _CAME_LEAD)) or found
    inverted = st.startswith(_SENDING_OPENERS) and _sending_were(f, i, start, st)
    found = found or inverted
    if "send" in first and not inverted:
        found = _send(f, i, start, st, _scan_start(st, words, first["send"], _SEND_LEAD)) or found
        if _may_send_one(f, low):
            found = _sent_one(f, i, start, st) or found
    said_at = _scan_start(st, words, first["said"], _SAID_LEAD) if "said" in first else -1
    found = _report(f, i, start, st, lead, said_at) or found
    if not found and "congratulate" in st:
        found = _congratulate(f, i, start, st)
    if not found and ("wrote" in st or "writ" in st):
        _wrote_to(f, i, start, st)
    if "replied" in low:
        _replied(f, i, start, st)
    if not found and lexicon.holds_any(low, _REPLY_KEYS):
        _reply_in(f, i, start, st)
    if not found and ("'s " in st or "\u2019s " in st):
        found = _owned(f, i, start, st)
    if "thank" in low:
        _thanked_for(f, i, start, st, low)
        if not found and "thanked" in low:
            _thanked_in(f, i, start, st)
    _layout(f, i, start, st)


def _fold(low: str) -> str:
    """The lower-cased sentence for keyword tests before case-insensitive patterns, which
    also read dotless "\u0131", long "\u017f" and "\u0130" (lower-cased "i\u0307") as i, s, i."""
    if low.isascii():  # a flag of the string: no scan
        return low
    if "\u0131" in low or "\u017f" in low or "\u0307" in low:
        return low.replace("\u0131", "i").replace("\u017f", "s").replace("i\u0307", "i")
    return low


def _scan_start(st: str, words: str, first: int, lead_words: int) -> int:
    """Where to start a pattern whose every match holds one of its keys at most
    `lead_words` words after the match's start ("has also sent"), the first key being
    at `first` in `words` (`st` lower-cased): no match begins earlier, so scanning from
    there finds the same matches."""
    if len(words) != len(st):  # lower-casing moved the offsets ("\u0130"): scan it all
        return 0
    return _words_back(words, first, lead_words)


def _words_back(st: str, i: int, n: int) -> int:
    """The start of the `n`-th word before the one at offset `i` (words split at white
    space, as the patterns' `\\s` does)."""
    while i > 0 and not st[i - 1].isspace():
        i -= 1
    for _ in range(n):
        while i > 0 and st[i - 1].isspace():
            i -= 1
        while i > 0 and not st[i - 1].isspace():
            i -= 1
    return i


# a sentence without one of these reports no message (substring tests are cheap)
# (every message noun's last word, whatever its form, and the words of the constructions
# that name no message: "congratulated", "wrote to")
_KEYS = lexicon.fewest_substrings(
    [n.lower().split()[-1] for n in _NOUN_MEDIUM] + ["messag", "greeting", "congratul", "condolen", "felicitat", "wrote", "written", "writes"]
)
_ROUNDUP_KEYS = ("pour", "flow", "flood", "arriv", "stream")
_SEND_KEYS = _keywords(_SEND_VERBS)
_RECEIVE_KEYS = _keywords(_RECEIVE_VERBS)
_EXCHANGE_KEYS = _keywords(_EXCHANGE_VERBS)
_CAME_KEYS = _keywords(_CAME_VERBS)
_DATED_KEYS = _keywords(_DATED_VERBS)
_DENIAL_KEYS = _keywords(_DENIALS)
_SEPARATE_KEYS = _keywords(_SEPARATE_WORDS)
_NON_MSG_KEYS = _keywords(lexicon.words("non_messages"))
_DISPATCH_KEYS = lexicon.fewest_substrings(_DISPATCH_WORDS)
_SAID_KEYS = (*_SAID_VERBS, "expressed", "congratulated")  # the verbs of _SAID_IN
# the words before its verb's keyword where each construction's scan starts
_EXCHANGE_LEAD = _lead_words(_EXCHANGE_VERBS, 1)  # "also exchanged"
_RECEIVE_LEAD = _lead_words(_RECEIVE_VERBS, 2)  # "has also received"
_CAME_LEAD = _lead_words(_CAME_VERBS, 0)  # "was sent"
_SEND_LEAD = _lead_words(_SEND_VERBS, 2)  # "has also sent"
_SAID_LEAD = _lead_words(_SAID_KEYS, 1)  # "also said"
# the keys of the constructions and gates that a sentence with a message noun is tried
# for, by the name `_first_keys` reports them under
_KEY_SETS = {
    "exchange": _EXCHANGE_KEYS, "receive": _RECEIVE_KEYS, "came": _CAME_KEYS, "send": _SEND_KEYS,
    "said": _SAID_KEYS, "denial": _DENIAL_KEYS, "roundup": _ROUNDUP_KEYS, "dated": _DATED_KEYS,
}


def _trie(keys: Iterable[str]) -> str:
    """A regex alternation of `keys` with their common beginnings shared
    ("de(?:liver(?:ed|s)|n(?:ie(?:d|s)|y))"): at each offset the engine tries one branch
    per first letter, not one per key, and matches the longest key that begins there."""
    heads: dict[str, list[str]] = {}
    for k in sorted(set(keys)):
        heads.setdefault(k[:1], []).append(k)
    branches = []
    for group in heads.values():
        if len(group) == 1:
            branches.append(re.escape(group[0]))
            continue
        stem = os.path.commonprefix(group)
        tails = [k[len(stem):] for k in group]
        rest = "(?:" + _trie(t for t in tails if t) + ")"
        branches.append(re.escape(stem) + rest + ("?" if "" in tails else ""))
    return "|".join(branches)


# The patterns of every set but the round-up's need their key to begin a word (after
# white space, a lookbehind for no word character, or \b), so only keys that follow a
# character other than a-z are looked for: a key inside a word ("sent" in "present")
# opens nothing those patterns could match. The scan, which opens with that character,
# tries the keys at a word's start only, not at every letter. The round-up pattern
# takes its verb glued to "have" ("messages havepoured in"): its keys are found anywhere.
_WORD_SETS = {n: keys for n, keys in _KEY_SETS.items() if n != "roundup"}
_WORD_KEY = LazyPattern("[^a-z](?:" + _trie(k for keys in _WORD_SETS.values() for k in keys) + ")")
# the sets a key found opens: those with a key that it begins with
_SETS_OF: dict[str, tuple[str, ...]] = {}


def _sets_of(key: str) -> tuple[str, ...]:
    got = _SETS_OF.get(key)
    if got is None:
        got = _SETS_OF[key] = tuple(n for n, keys in _WORD_SETS.items() if any(key.startswith(k) for k in keys))
    return got


def _first_keys(words: str) -> dict[str, int]:
    """For each set of _WORD_SETS with a key in `words`, where its first key that begins
    a word begins (where their patterns' scans may start: no match of theirs begins
    earlier); "roundup" (at 0) when a round-up key is anywhere in `words`."""
    first: dict[str, int] = {}
    text = " " + words  # a key at the start of the sentence follows a character too
    search = _WORD_KEY.search
    m = search(text)
    while m is not None:
        p = m.start()  # the key begins at p + 1 in `text`, at p in `words`
        for name in _sets_of(m.group()[1:]):
            if name not in first:
                first[name] = p
        m = search(text, p + 1)
    if lexicon.holds_any(words, _ROUNDUP_KEYS):  # anywhere: whether the round-up pattern is tried
        first["roundup"] = 0
    return first
_DIGIT = regex(r"\d")
# a year: four digits from 19 or 20 that do not follow a digit (tested on each match: a
# leading lookbehind would make the scan try every offset)
_YEAR = regex(r"(?:19|20)\d\d(?!\d)")


def _last_date(f: _Finder) -> dt.date | None:
    """The first date of the latest sentence before the one being read that states one:
    what "the same day" means. Few sentences say that, so the sentences are read for
    their dates only when one does, from where the last such reading stopped."""
    for j in range(f.dated, f.at):
        st = _text(f.doc, j)
        _note_dates(f, st, st.lower())
    f.dated = f.at  # sentences are read in order: `at` is never behind
    return f.last_date


def _note_dates(f: _Finder, st: str, low: str) -> None:
    """Keep the first day-giving date of `st` as `f.last_date`."""
    if not _may_date(st, _fold(low)):
        return
    for m in _sentence_dates(f, st, low):
        if m.group("same") or m.group("monly"):
            continue
        d = _date_of(f, m)
        if d:
            # "the same day" is the day of the sentence's main clause: its first date
            f.last_date = d
            return


# what the forms of _DATE_EXPR read here need: a day's name, or a digit beside a month
# or after "on the" (substring tests on the lower-cased sentence: a case-insensitive
# pattern that tries every offset costs several times more)
_DAY_NAMES = lexicon.fewest_substrings([*D.WEEKDAYS, *_RELATIVE_DAYS])
_MONTH_STEMS = lexicon.fewest_substrings(D.MONTHS)
_ON_THE_NUMBER = regex(r"on\s+the\s+\d")


def _may_date(st: str, words: str) -> bool:
    """False when `st` holds no weekday, "today", "yesterday" or numbered date, which the
    date pattern would be tried for in vain ("the same day" and "in June" aside)."""
    if "day" in words and lexicon.holds_any(words, _DAY_NAMES):
        return True
    return _has_digit(st) and (lexicon.holds_any(words, _MONTH_STEMS) or bool(_ON_THE_NUMBER.search(words)))


def _has_digit(st: str) -> bool:
    # one test per ASCII digit finds it by a fast character search, several times
    # cheaper than the pattern, which checks every character's Unicode category
    return lexicon.holds_any(st, "0123456789") or not st.isascii() and bool(_DIGIT.search(st))


# ------------------------------------------------------------------ constructions


_WITH_NEXT = regex(r"\s+with\s+")


def _exchange(f: _Finder, i: int, start: int, st: str, at: int = 0) -> bool:
    found = False
    for m in _EXCHANGE.finditer(st, at):
        np = _NP_GLUED.match(st, _skip_ws(st, m.end()))
        between = None
        if not np:
            # "Congratulatory messages were exchanged on Wednesday between A and B"
            np, between = _passive_exchange(st, m)
            if not np:
                continue
        if _negated(st, m.start()) or _non_message(st[np.start():np.end() + 20]):
            continue
        if between is not None:
            subj = (between.end(), _seg_end(st, between.end()))
        else:
            subj = _subject_span(st, m.start())
        a = _parties(f, start + subj[0], start + subj[1], st[subj[0]:subj[1]])
        w = _WITH_NEXT.match(st, np.end()) if between is None else None
        b: list[str] = []
        if w:
            rs = w.end()
            re_ = _seg_end(st, rs)
            b = _parties(f, start + rs, start + re_, st[rs:re_])
        pairs: list[tuple[str, str]] = []
        gapped = _GAPPED_WITH.search(st, w.end(), re_ + 7) if w and len(a) == 1 and len(b) > 1 else None
        if gapped is not None:
            # "A exchanged messages with B, and C with D": the verb left out of the second
            b = _parties(f, start + w.end(), start + gapped.start(), st[w.end():gapped.start()])
            other = _gapped_pair(f, start, st, gapped)
            if len(b) == 1 and other:
                pairs = [(a[0], b[0]), other]
        if not pairs and len(a) == 1 and len(b) == 1:
            pairs = [(a[0], b[0])]
        elif not pairs and len(a) == 2 and not b:
            pairs = [(a[0], a[1])]
        occ, occ_start, part = _occasion(st, np.end(), [])
        if len(pairs) == 1 and w and b:
            # "... with B on the 50th anniversary of ties, and C with D"
            gapped = _GAPPED_WITH.match(st, _occasion_end(st, occ, occ_start, re_))
            other = _gapped_pair(f, start, st, gapped) if gapped else None
            if other:
                pairs.append(other)
        kind = _kind(st[np.start():np.end()], st[m.start():np.start()], occ)
        date = _date(f, st, m.start(), np.end(), occ_start, part, received=False)
        medium, generic = _medium(np)
        last = f.last_exchange
        if kind is None and occ is None and last and _para(f, i) - last[3] <= 2:
            # "Premier A exchanged messages with B": on the occasion of the exchange before
            kind, occ, date = last[0], last[1], date or last[2]
        f.last_exchange = (kind, occ, date, _para(f, i))
        if not pairs:
            if not a and not b:
                f.context = _Context([], kind, occ, date, medium, _para(f, i), roundup=False)
            continue
        for x, y in pairs:
            for s_, r_ in ((x, y), (y, x)):
                _add(f, _Draft(s_, [r_], kind, medium, date, occ, i, start + m.start(), generic))
        found = True
    return found


_GAPPED_WITH = regex(r",?\s+and\s+(?P<x>[^,;]{2,80}?)\s+with\s+")


def _occasion_end(st: str, occ: str | None, occ_start: int, default: int) -> int:
    """Where the occasion found at `occ_start` ends in `st`, or `default` without one."""
    return occ_start + len(occ) if occ and st.startswith(occ, occ_start) else default


def _gapped_pair(f: _Finder, start: int, st: str, g: re.Match[str]) -> tuple[str, str] | None:
    """The two parties of ", and C with D" (or "to D") when each is one."""
    ge = _seg_end(st, g.end())
    c = _parties(f, start + g.start("x"), start + g.end("x"), g.group("x"))
    d = _parties(f, start + g.end(), start + ge, st[g.end():ge])
    return (c[0], d[0]) if len(c) == 1 and len(d) == 1 and c != d else None


_WERE = regex(r"\s+(?:were|was|have\s+been|had\s+been)\s+")
_BETWEEN = regex(r"[^,.;]{0,40}?\bbetween\s+")


def _passive_exchange(st: str, m: re.Match[str]) -> tuple[re.Match | None, re.Match | None]:
    """The message noun right before "were exchanged" and the "between" after it, or Nones."""
    between = _BETWEEN.match(st, m.end())
    if between is None:
        return None, None
    nps = list(NP.finditer(st, max(0, m.start() - 120), m.start()))
    if not nps or not _WERE.fullmatch(st, nps[-1].end(), m.start()):
        return None, None
    return nps[-1], between


# "received a message from X", "received a message sent last week by X"
_FROM_SOON = regex(r"[^.;]{0,40}?\b(?:from|sent\s+(?:[^,.;]{0,30}?\s+)?by)\s+")


def _received(f: _Finder, i: int, start: int, st: str, at: int = 0) -> bool:
    for m in _RECEIVE.finditer(st, at):
        np = _np_after(st, m.end(), 100)
        if not np or _negated(st, m.start()):
            continue
        if _non_message(st[max(0, np.start() - 20):np.end() + 20]) or np.group("noun").lower() in {"tweet", "post", "note", "congratulations", "condolences", "greetings"} and "from" not in st[np.end():np.end() + 40]:
            continue
        fr = _FROM_SOON.match(st[np.end():])  # a slice: "\b" at its start reads no letter before
        if not fr:
            continue
        ss = np.end() + fr.end()
        se = _seg_end(st, ss)
        senders = _parties(f, start + ss, start + se, st[ss:se]) or _orgs(f, st, ss, se)
        subj = _subject_span(st, m.start())
        recips = _parties(f, start + subj[0], start + subj[1], st[subj[0]:subj[1]]) or _orgs(f, st, subj[0], subj[1])
        addressed = _ADDRESSED_TO.search(st[se:])
        if addressed:
            a0 = se + addressed.end()
            a1 = _seg_end(st, a0)
            got = _parties(f, start + a0, start + a1, st[a0:a1])
            if got:
                recips = got
        if not senders or not recips:
            continue
        _emit(f, i, st, np, senders, recips, se, m.start(), start + m.start(), received=True)
        return True
    return False


def _emit(f: _Finder, i: int, st: str, np: re.Match[str], senders: list, recips: list, se: int,
          cue: int, pos: int, *, received: bool) -> None:
    """One draft per sender of a message whose noun phrase is `np`, its occasion read after
    the senders (which end at `se`)."""
    occ, occ_start, part = _occasion(st, se, [])
    # "received a letter from X conveying greetings": else the participle says
    kind = _kind(st[np.start():np.end()], "", occ) or _purpose_after(st, se)
    medium, generic = _medium(np)
    date = _date(f, st, cue, se, occ_start, part, received=received)
    for s_ in senders:
        _add(f, _Draft(s_, list(recips), kind, medium, date, occ, i, pos, generic))


def _came(f: _Finder, i: int, start: int, st: str, at: int = 0) -> bool:
    """"A message of greetings came to leader X from Y on September 8 upon ..."."""
    for m in _CAME.finditer(st, at):
        np = _np_before(st, m.start())
        if np is None or m.start() - np.end() > 40 or _negated(st, m.start()):
            continue
        rs = m.end()
        re_ = _seg_end(st, rs)
        fr = _FROM.search(st, rs, re_)  # "came to leader X from Y": the recipients end at "from"
        if fr:
            re_ = fr.start()
        else:
            fr = _FROM.match(st, re_)
        if not fr:
            continue
        ss = fr.end()
        se = _seg_end(st, ss)
        recips = _parties(f, start + rs, start + re_, st[rs:re_]) or _orgs(f, st, rs, re_)
        before = f.drafts[-1] if f.drafts else None
        if not recips and not st[rs:re_].strip():
            recips = _recent_recipients(f, i)  # "Messages of condolence also came from X and Y."
        senders = _parties(f, start + ss, start + se, st[ss:se]) or _orgs(f, st, ss, se)
        if not recips or not senders:
            continue
        _emit_more(f, i, st, np, senders, recips, se, m.start(), start + np.start(), before)
        return True
    return False


def _emit_more(f: _Finder, i: int, st: str, np: re.Match[str], senders: list, recips: list, se: int,
               cue: int, pos: int, before: _Draft | None) -> None:
    """`_emit`, and more messages to the recipients of the one `before` with no occasion
    of their own are on its occasion ("Also sending messages of condolence were ...")."""
    n = len(f.drafts)
    _emit(f, i, st, np, senders, recips, se, cue, pos, received=False)
    if before is not None and recips == before.recipients:
        for d in f.drafts[n:]:
            d.occasion = d.occasion or before.occasion


def _recent_recipients(f: _Finder, i: int) -> list[str]:
    """The recipients of the latest message, when one of the last three paragraphs up
    to sentence `i` reported it: to whom "similar messages" or "messages also" went."""
    if not f.drafts:
        return []
    d = f.drafts[-1]
    return list(d.recipients) if _para(f, i) - _para(f, d.sentence) <= 2 else []


# "Also sending congratulatory messages were X and Y": the subject after the verb
_SENDING_OPENERS = tuple(x for v in ("sending", "dispatching", "conveying") for x in ("Also " + v, v.capitalize()))
_SENDING_WERE = regex(
    r"^(?:" + "|".join(_SENDING_OPENERS) + r")\s+(?P<np>" + _NP_BODY + r")(?:\s+to\s+(?P<r>[^,;]{2,160}?))?"
    r"\s+(?:were|was)\s+(?:also\s+)?"
)


def _sending_were(f: _Finder, i: int, start: int, st: str) -> bool:
    m = _SENDING_WERE.match(st)
    if m is None:
        return False
    se = _seg_end(st, m.end())
    senders = _parties(f, start + m.end(), start + se, st[m.end():se])
    if m.group("r"):
        recips = _parties(f, start + m.start("r"), start + m.end("r"), m.group("r")) or _orgs(f, st, m.start("r"), m.end("r"))
    else:
        recips = _recent_recipients(f, i)
    senders = [s_ for s_ in senders if s_ not in recips]
    if not senders or not recips:
        return False
    np = NP.match(st, m.start("np"))
    _emit_more(f, i, st, np, senders, recips, se, m.start(), start + m.start(), f.drafts[-1] if f.drafts else None)
    return True


# the words _send looks for after its verb or its noun, matched where they stand in the
# sentence rather than on a copy of the rest of it
_BY_NEXT = regex(r"\s+by\s+")
_BY = regex(r"\bby\s+")
_TO = regex(r"\bto\s+")
_COURIER_VERB = regex(r"(?i)deliver|convey|hand|forward")
_COURIER_WORD = regex(r"(?i)(?<![\w-])(?:delivered|conveyed|handed|forwarded)(?![\w-])")
_TO_INSIDE = regex(r"\s+to\s+")
_TO_WORD = regex(r"(?<![\w-])to\s+")
_TO_SOON = regex(r"[^.;]{0,80}?(?<![\w-])to\s+(?!mark|celebrate|express|convey|congratulate)")
_FROM_NEXT = regex(r"\s+from\s+")
_TO_NEXT = regex(r"\s*to\s")
_PRONOUN_NEXT = regex(r"\s+(?:him|her)\b")


def _send(f: _Finder, i: int, start: int, st: str, at: int = 0) -> bool:
    for m in _SEND.finditer(st, at):
        if _negated(st, m.start()):
            continue
        # "a letter dispatched on Tuesday", "the message sent by Putin": a participle
        passive = bool(m.group("aux")) and m.group("aux").strip().lower() in {"was", "were", "been", "is", "are"}
        participle = not passive and _noun_ends_before(st, m.start())
        if participle and not _BY_NEXT.match(st, m.end()):
            continue
        # "the message of condolence that the Turkish President had sent him"
        cb_start = max(st.rfind(";", 0, m.start()), st.rfind(". ", 0, m.start())) + 1
        relative = None
        if not (passive or participle) and st.find("that", cb_start, m.start()) >= 0:
            relative = _RELATIVE.search(st, cb_start, m.start())
        if relative:
            np = _np_before(st, relative.start("s"))
        elif passive or participle:
            np = _np_before(st, m.start())
        else:
            np = _np_after(st, m.end(), 120)
        if not np:
            continue
        if _non_message(st[max(0, np.start() - 20):np.end() + 20]):
            continue
        if np.start() > m.end() and _FOR_GERUND.search(st, m.end(), np.start()):
            continue  # "extended thanks to X for sending the message": X sent it
        noun = np.group("noun").lower()
        if noun in _GENERIC_NOUNS and _spoken_setting(f, i, st) and not _IN_WRITTEN.search(st, m.end()):
            continue  # greetings conveyed at a meeting, on a call, during a visit
        after = m.end()
        senders: list[str] = []
        recips: list[str] = []
        seg_ends: list[tuple[int, int]] = []
        to_seg: tuple[int, int] | None = None
        gapped: re.Match[str] | None = None
        courier = False
        inner = _FROM_TO.match(st, np.end()) if passive else None
        if inner:
            # "A message from X to Y was delivered by the ambassador"
            fs, fe = inner.start("s"), inner.end("s")
            ts, te = inner.start("r"), inner.end("r")
            senders = _parties(f, start + fs, start + fe, st[fs:fe]) or _orgs(f, st, fs, fe)
            recips = _parties(f, start + ts, start + te, st[ts:te]) or _orgs(f, st, ts, te)
            seg_ends.extend([(fs, fe), (ts, te)])
        elif passive or participle:
            # searched in place: no match begins at `after`, which follows the verb's
            # last letter, so "\b" reads the same there as at a slice's start
            by = _BY.search(st, after)
            to = _TO.search(st, after)
            courier = _COURIER_VERB.match(m.group("v"))
            if by and not courier and _COURIER_WORD.search(st, after, by.start()):
                by = None  # "was sent to X and delivered by the ambassador": a courier too
            if by and not courier:  # "was conveyed to X by the ambassador": a courier
                bs = by.end()
                be = _seg_end(st, bs)
                if to and bs < to.start() < be:
                    be = to.start()  # "by A to B"
                senders = _parties(f, start + bs, start + be, st[bs:be])
                seg_ends.append((bs, be))
            if to:
                ts = to.end()
                te = _seg_end(st, ts)
                recips = _parties(f, start + ts, start + te, st[ts:te])
                seg_ends.append((ts, te))
                by_to = _GAPPED_BY.match(st, te) if by and not courier else None
                if by_to:
                    to_seg, gapped = (ts, te), by_to  # "by A to B, and by C to D"
            if passive and not senders:
                # "A letter from X was handed to Y by Z", "The letter, signed by X, was sent
                # to Y": the writer named between the noun and the verb
                by_writer = _WRITER_BEFORE.match(st, np.end(), m.start())
                if by_writer:
                    ws, we = by_writer.start("w"), by_writer.end("w")
                    senders = _parties(f, start + ws, start + we, st[ws:we])
                    seg_ends.append((ws, we))
            if participle and not passive and not recips:
                continue
        else:
            fr = _FROM_NEXT.match(st, np.end())
            by_writer = _WRITTEN_BY.match(st, np.end())
            if by_writer:  # "handed over a letter sent on Friday by X to Y": X wrote it
                fs = by_writer.end()
                fe = _seg_end(st, fs)
                to_in = _TO_INSIDE.search(st, fs, fe)
                if to_in:
                    fe = to_in.start()
                senders = _parties(f, start + fs, start + fe, st[fs:fe]) or _orgs(f, st, fs, fe)
                seg_ends.append((fs, fe))
                courier = True
            elif fr:  # a courier: "delivered to Y a verbal message from X", "... from X to Y"
                fs = fr.end()
                fe = _seg_end(st, fs)
                to_in = _TO_INSIDE.search(st, fs, fe)
                if to_in:
                    fe = to_in.start()
                senders = _parties(f, start + fs, start + fe, st[fs:fe])
                seg_ends.append((fs, fe))
                courier = True
            else:
                if relative:
                    ss, se = relative.start("s"), m.start()
                else:
                    ss, se = _subject_span(st, m.start())
                owner = _owner(f, start, st, np.start()) if not relative else None
                if owner is not None:
                    senders = [owner]  # "Wang Yi conveyed Xi Jinping's verbal message to ...": Xi's
                    courier = True
                else:
                    senders = _parties(f, start + ss, start + se, st[ss:se])
                if not senders:
                    org = _org(st[ss:se]) or _office(st[ss:se], of=True) or _body(st, ss, se)
                    if org:
                        senders = [org]
                        f.orgs.add(org)
            to = _TO_WORD.search(st, after, np.start()) if np.start() > after else None
            if relative:
                to = None
                np_end_for_to = after
            else:
                np_end_for_to = np.end()
            if to:
                ts, te = to.end(), np.start()
            else:
                # a slice: its start reads as the start of a word, which a noun phrase
                # ending inside one ("of support|to") does not
                to = _TO_SOON.match(st[np_end_for_to:])
                if relative and to and not _TO_NEXT.match(st, after):
                    to = None
                ts = np_end_for_to + to.end() if to else -1
                te = _clause_cut(st, ts, _seg_end(st, ts)) if to else -1
            if ts >= 0:
                recips = _parties(f, start + ts, start + te, st[ts:te], pronoun_subject=True)
                inc = _INCLUDING.match(st, te) if not recips else None
                if inc:
                    # "to leaders of foreign countries, including X, Y and Z": those named
                    te = _seg_end(st, inc.end())
                    recips = _parties(f, start + inc.end(), start + te, st[inc.end():te])
                to_seg = (ts, te)
                if not recips:
                    org = _office(st[ts:te]) or _org(st[ts:te]) or _body(st, ts, te)
                    if org and org not in senders:
                        recips = [org]
                        f.orgs.add(org)
                seg_ends.append((ts, te))
            elif _PRONOUN_NEXT.match(st, after):
                recips = _parties(f, start + after, start + after + 5, st[after:after + 5], pronoun_subject=True)
            elif np.start() > after and not relative:
                # "Zhou sent Kim a congratulatory message": the recipient before the noun
                recips = _parties(f, start + after, start + np.start(), st[after:np.start()]) or _orgs(f, st, after, np.start())
                if recips:
                    seg_ends.append((after, np.start()))
        addressed = _ADDRESSED_TO.search(st[np.end():]) if "addressed" in st else None
        if addressed and m.group("v").lower() != "addressed":
            a0 = np.end() + addressed.end()
            a1 = _seg_end(st, a0)
            got = _parties(f, start + a0, start + a1, st[a0:a1])
            if got:
                recips = got
        seg_end = max([np.end()] + [e for _s, e in seg_ends])
        if relative:
            # the occasion sits between the noun and "that": "the message of condolence
            # over the floods that the Turkish President had sent him"
            occ, occ_start, part = _occasion(st, np.end(), [], limit=st.rfind("that", 0, relative.start("s")))
            if occ is None:
                occ, occ_start, part = _occasion(st, seg_end, seg_ends)
        else:
            occ, occ_start, part = _occasion(st, max(np.end(), seg_end), seg_ends)
        if occ is None and passive:
            occ, occ_start, part = _occasion(st, np.end(), seg_ends, limit=m.start())
        kind = (_kind(st[np.start():np.end()], st[seg_end:seg_end + 40] if part else "", occ)
                or _purpose_after(st, seg_end) or _purpose_within(st, np.end(), seg_end))
        if kind is None and f.drafts and _SIMILAR.search(st, np.start(), np.end()):
            # "the foreign minister sent a similar message to his counterpart": the
            # kind and occasion of the message before
            kind, occ = f.drafts[-1].kind, occ or f.drafts[-1].occasion
        courier_passive = courier or passive and _COURIER_VERB.match(m.group("v"))
        date = _date(f, st, m.start(), seg_end, occ_start if not relative else -1, part,
                     received=bool(courier_passive), lo=m.start() if relative else 0)
        medium, generic = _medium(np)
        if generic:
            # "conveyed greetings to X in a letter": the noun that follows says the form
            later = _IN_NP.search(st[seg_end:])
            if later:
                medium, generic = _medium(NP.match(later.group("np")))
        if not senders:
            pending = [d for d in f.drafts[-20:] if not d.recipients]
            if recips and pending and re.match(r"(?i)the|this", np.group()):
                # "The telegram ... was addressed to Archbishop ...": the one found before
                pending[-1].recipients = recips
                pending[-1].refs.append(i)
                return True
            if recips or _PLURAL_SENDERS.search(st[:m.start()]):
                f.context = _Context(recips, kind, occ, date, medium, _para(f, i), roundup=True)
            continue
        respectively = "respectively" in st and re.search(r"\brespectively\b", st)
        if not recips:
            prev = f.drafts[-1] if f.drafts else None
            if prev is not None and prev.recipients and _SIMILAR.search(st, np.start(), np.end()):
                # "Sheikh Hamdan sent a similar cable.": to whom the one before went
                for s_ in senders:
                    if s_ not in prev.recipients:
                        _add(f, _Draft(s_, list(prev.recipients), kind, medium, date, occ, i, start + m.start(), generic))
                return True
            ctx = f.context
            if ctx is not None and ctx.recipients and ctx.roundup:
                # "X and Y also sent congratulatory messages to their Nigerian counterpart"
                for s_ in senders:
                    if s_ not in ctx.recipients:
                        _add(f, _Draft(s_, list(ctx.recipients), kind, medium, date, occ, i, start + m.start(), generic))
                return True
            # "... sent condolence messages to their Sri Lankan counterparts, respectively"
            f.context = _Context([], kind, occ, date, medium, _para(f, i), roundup=False)
            for s_ in senders:
                _add(f, _Draft(s_, [], kind, medium, date, occ, i, start + m.start(), generic))
            return True
        sep = _SEPARATE.search(st, seg_end) if lexicon.holds_any(_fold(st.lower()), _SEPARATE_KEYS) else None
        if sep and len(senders) == 1:
            # "sent a message to Xi, and a separate one to Wang Qishan on his election as ..."
            rs = sep.end()
            re_ = _seg_end(st, rs)
            other = _parties(f, start + rs, start + re_, st[rs:re_])
            if other:
                o_occ, o_start, o_part = _occasion(st, re_, [])
                o_kind = _kind("", "", o_occ) or kind
                if occ_start >= sep.start():
                    occ = None
                    kind = _kind(st[np.start():np.end()], "", None)
                _add(f, _Draft(senders[0], [r for r in recips if r not in other], kind, medium, date, occ, i, start + m.start(), generic))
                _add(f, _Draft(senders[0], other, o_kind, medium, date, o_occ, i, start + sep.start(), generic))
                return True
        if respectively and len(senders) == len(recips) > 1:
            for s_, r_ in zip(senders, recips):
                _add(f, _Draft(s_, [r_], kind, medium, date, occ, i, start + m.start(), generic))
            return True
        if gapped is None and to_seg and len(senders) == 1:
            if len(recips) > 2:
                gapped = _GAPPED_TO.search(st, *to_seg)
            elif occ:  # "to B on the 62nd anniversary of ties, and Premier C to D"
                gapped = _GAPPED_TO.match(st, _occasion_end(st, occ, occ_start, to_seg[1]))
        other = _gapped_pair(f, start, st, gapped) if gapped and len(senders) == 1 else None
        if other and gapped.start() < to_seg[1]:
            # "sent a message to B, and Premier C to D": the verb left out of the second
            recips = _parties(f, start + to_seg[0], start + gapped.start(), st[to_seg[0]:gapped.start()])
        for s_ in senders:
            _add(f, _Draft(s_, [r for r in recips if r != s_], kind, medium, date, occ, i, start + m.start(), generic))
        if other:
            _add(f, _Draft(other[0], [other[1]], kind, medium, date, occ, i, start + gapped.start("x"), generic))
        return True
    return False


_WRITER_BEFORE = regex(r"(?:\s+from\s+|\s*,\s*signed\s+by\s+)(?P<w>[^,;]{2,120}?)\s*,?\s*$")
_INCLUDING = regex(r",?\s*(?:including|such\s+as|among\s+them)\s+")
_GAPPED_TO = regex(r",?\s+and\s+(?P<x>[^,;]{2,80}?)\s+to\s+")
_GAPPED_BY = regex(r",?\s+and\s+by\s+(?P<x>[^,;]{2,80}?)\s+to\s+")
_FOR_TO = regex(r"\b(?:for|to)\s+")


def _roundup(f: _Finder, i: int, start: int, st: str) -> None:
    """"Congratulatory messages have continued to pour into the Villa for President X on
    his re-election": the context for the senders named next."""
    m = _ROUNDUP.search(st)
    if not m:
        return
    np = _np_before(st, m.end())
    fr = _FOR_TO.search(st, m.end(), m.end() + 120)
    if not fr or np is None:
        return
    rs = fr.end()
    re_ = _seg_end(st, rs)
    recips = _parties(f, start + rs, start + re_, st[rs:re_])
    if not recips:
        return
    occ, occ_start, part = _occasion(st, re_, [(rs, re_)])
    kind = _kind(st[np.start():np.end()], "", occ)
    medium, _g = _medium(np)
    f.context = _Context(recips, kind, occ, None, medium, _para(f, i), roundup=True)


_TAIL_TO = regex(r"\s*(?:sent\s+|addressed\s+)?to\s+(?P<r>.+?)(?=\s+(?:sent|dated|on|over)\b|$)")


def _report(f: _Finder, i: int, start: int, st: str, lead: re.Match[str] | None, said_at: int) -> bool:
    """"In his message to Y, X said", "X, in a message to Y, said", "X said in his
    message", "X congratulated Y in a telegram"; `lead` is the match of _IN_MSG_LEAD,
    `said_at` where _SAID_IN may begin (-1: nowhere)."""
    if lead:
        rest = lead.end()
        first = next(iter(f.cast.in_span(start + rest, start + min(len(st), rest + 80))), None)
        sender = first[2] if first and first[0] - start - rest < 40 else f.cast.subject_at(start + rest)
        recips = []
        if lead.group("r"):
            rs = lead.start("r")
            recips = _parties(f, start + rs, start + lead.end("r"), lead.group("r"))
        np = NP.search(st, lead.start("np"), lead.end("np"))
        if _reported(f, i, start, st, sender, recips, np, lead.group("tail")):
            if recips and f.drafts and f.drafts[-1].sentence == i:
                _lead_clause(f, st, lead, f.drafts[-1])
            return True
        return False
    mid = _IN_MSG_MID.search(st)
    if mid:
        ss, se = _subject_span(st, mid.start())
        names = _parties(f, start + ss, start + se, st[ss:se])
        if len(names) == 1:
            tail = mid.group("tail")
            r = _TAIL_TO.match(tail)
            recips = []
            if r:
                rs = mid.start("tail") + r.start("r")
                recips = _parties(f, start + rs, start + rs + len(r.group("r")), r.group("r"))
            np = NP.search(st, mid.start("np"), mid.end("np"))
            return _reported(f, i, start, st, names[0], recips, np, tail)
    said = _SAID_IN.search(st, said_at) if said_at >= 0 else None
    if said:
        ss, se = _subject_span(st, said.start())
        names = _parties(f, start + ss, start + se, st[ss:se])
        if len(names) == 1:
            recips = []
            rgroup = "r" if said.group("r") else ("cr" if said.group("cr") else None)
            if rgroup:
                rs = said.start(rgroup)
                # the pattern's recipient stops at its first blank; the segment goes on
                # to the name's end ("to Donald Trump that ...")
                re_ = max(said.end(rgroup), _seg_end(st, rs)) if rgroup == "r" else said.end(rgroup)
                recips = _parties(f, start + rs, start + re_, st[rs:re_])
            np = NP.search(st, said.start("np"), said.end("np"))
            n = len(f.drafts)
            got = _reported(f, i, start, st, names[0], recips, np, said.group("tail"),
                            "congratulation" if said.group("cr") else None)
            if got and len(f.drafts) > n and f.drafts[-1].date is None:
                # "said in a letter to X on Monday that": a day before the content
                that = _THAT.search(st, said.end())
                day = next((m for m in _dates(st, ss, that.start()) if not m.group("monly")), None) if that else None
                if day is not None:
                    f.drafts[-1].date = _date_of(f, day)
            return got
    return False


_OCC_NEXT = regex(r"\s+(?:on|over|for)\s")
_THAT = regex(r"(?<![\w-])that(?![\w-])")
# what the clause after "In a message to Y," says the sender did: "X congratulated him
# on ...", "X on Tuesday expressed deep condolences over ..."
_LEAD_ACT = regex(
    r"[^,;.]{0,80}?\b(?P<act>congratulated|thanked|invited|expressed\s+(?:(?:his|her|their|deep|deepest|heartfelt|sincere|profound)\s+)*"
    + _PURPOSE_NOUNS + r")\b"
)


def _lead_clause(f: _Finder, st: str, lead: re.Match[str], d: _Draft) -> None:
    """The kind, occasion and day of a message that opens its sentence ("In a message
    to Kim Jong Un on Tuesday, Vladimir Putin congratulated him on ..."), read from the
    clause after it."""
    act = _LEAD_ACT.match(st, lead.end())
    end = act.end() if act else lead.end()
    if act:
        occ, occ_start, part = _occasion(st, end, [])
        d.occasion = d.occasion or occ
        d.kind = d.kind if d.kind not in (None, "other") else _kind("", act.group("act"), occ)
    else:
        occ_start = -1
    if d.date is None:
        d.date = _date(f, st, end, len(st), occ_start, False, received=False)


def _reported(f: _Finder, i: int, start: int, st: str, sender: str | None, recips: list[str],
              np: re.Match | None, tail: str, kind_hint: str | None = None) -> bool:
    if not sender or np is None or _non_message(st[np.start():np.end() + 20]):
        return False
    medium, generic = _medium(np)
    date = None
    dm = _SENT_DATED.search(tail) if tail else None
    if dm:
        dx = _date_at(tail, dm.end())
        date = _date_of(f, dx) if dx else None
    mine = f.by_sender.get(sender, [])
    target = None
    for d in reversed(mine):
        if not recips or not d.recipients or set(recips) <= set(d.recipients) or set(d.recipients) <= set(recips):
            target = d
            break
    if target is not None:
        if not target.recipients and recips:
            target.recipients = list(recips)
        if target.generic and not generic:
            target.medium, target.generic = medium, False
        if target.date is None and date:
            target.date = date
        if target.kind is None or target.kind == "other":
            _kind_from_follow(target, st)
        target.refs.append(i)
        return True
    if not recips:
        ctx = f.context
        if ctx is None or not ctx.recipients or sender in ctx.recipients:
            return False
        recips = list(ctx.recipients)
    if sender in recips:
        return False
    kind = _kind(st[np.start():np.end()], "", None) or kind_hint
    occ = None
    if _OCC_NEXT.match(st, np.end()):  # "in his message on the occasion of ..."
        occ, _o, _p = _occasion(st, np.end(), [], limit=np.end() + 200)
    _add(f, _Draft(sender, recips, kind, medium, date, occ, i, start + np.start(), generic))
    return True


def _congratulate(f: _Finder, i: int, start: int, st: str) -> bool:
    m = _CONGRAT.search(st)
    called = _CALLED_TO.search(st)
    if not m and not called:
        return False
    at = (m or called).start()
    if _negated(st, at) or _NOT_WRITTEN.search(st[:at]) and not called or re.search(r"(?i)\b(?:phone|telephone)\b", st):
        return False
    prev = f.doc.sentences[i - 1].text if i > 0 and f.doc.sentences[i - 1].para == _para(f, i) else ""
    if _NOT_WRITTEN.search(prev) and not called:
        return False
    # the story must show it was written: a message noun here or in the next sentences
    window = [st] + [s.text for s in f.doc.sentences[i + 1:i + 3]]
    noun = None
    for w in window:
        for np in NP.finditer(w):
            if np.group("noun").lower() in _WEAK_NOUNS and not _SOCIAL.match(w, np.end()):
                continue  # "his new post", "took note": no evidence of a written message
            if not _non_message(w[max(0, np.start() - 20):np.end() + 20]):
                noun = np
                break
        if noun:
            break
    if noun is None:
        return False
    ss, se = _subject_span(st, at)
    senders = _parties(f, start + ss, start + se, st[ss:se])
    if called:
        rs, re_ = called.start("r"), called.end("r")
    else:
        rs = m.end() + len(st[m.end():]) - len(st[m.end():].lstrip())
        re_ = _seg_end(st, rs)
    recips = _parties(f, start + rs, start + re_, st[rs:re_], pronoun_subject=True)
    if len(senders) != 1 or not recips:
        return False
    occ, occ_start, part = _occasion(st, re_ if not called else called.end(), [(rs, re_)])
    if occ is None and not called:
        om = re.match(r"\s+(?:on|for)\s+", st[re_:])
        if om:
            occ, occ_start, part = _occasion(st, re_, [])
    medium, generic = _medium(noun)
    date = _date(f, st, at, re_, occ_start, False, received=False)
    _add(f, _Draft(senders[0], recips, "congratulation", medium, date, occ, i, start + at, False))
    return True


def _wrote_to(f: _Finder, i: int, start: int, st: str) -> bool:
    m = _WROTE_TO.search(st)
    if not m or _negated(st, m.start()):
        return False
    ss, se = _subject_span(st, m.start())
    senders = _parties(f, start + ss, start + se, st[ss:se])
    rs = m.end()
    re_ = _seg_end(st, rs)
    if len(senders) != 1:
        return False
    recips = _parties(f, start + rs, start + re_, st[rs:re_]) or _orgs(f, st, rs, re_)
    if not recips:
        return False
    occ, occ_start, part = _occasion(st, re_, [(rs, re_)])
    date = _date(f, st, m.start(), re_, occ_start, part, received=False)
    purpose = _PURPOSE.search(st, m.end())
    np = m.group("np") or ""
    kind = _kind(np, purpose.group(1) if purpose else "", occ) or _purpose_after(st, re_)
    medium = _medium_of(np[: m.end("noun") - m.start("np")], m.group("noun"))[0] if np else "letter"
    _add(f, _Draft(senders[0], recips, kind, medium, date, occ, i, start + m.start(), False))
    return True


_REPLIED = regex(r"(?<![\w-])(?:has\s+|had\s+)?(?:also\s+)?replied\s+to\s+")


def _replied(f: _Finder, i: int, start: int, st: str) -> None:
    """"X replied to a letter from Y": Y's letter to X, and X's reply to Y, sent on the
    day the sentence gives, in the same form."""
    for m in _REPLIED.finditer(st):
        np = NP.match(st, m.end())
        fr = _FROM_NEXT.match(st, np.end()) if np else None
        if np is None or fr is None or _negated(st, m.start()):
            continue
        ss, se = _subject_span(st, m.start())
        repliers = _parties(f, start + ss, start + se, st[ss:se])
        se2 = _seg_end(st, fr.end())
        writers = _parties(f, start + fr.end(), start + se2, st[fr.end():se2])
        if len(repliers) != 1 or len(writers) != 1 or repliers == writers:
            continue
        medium, generic = _medium(np)
        occ, occ_start, part = _occasion(st, se2, [(fr.end(), se2)])
        date = _date(f, st, m.start(), se2, occ_start, part, received=False)
        _add(f, _Draft(writers[0], repliers, _kind(np.group(), "", None), medium, None, None, i, start + np.start(), generic))
        kind = _kind("", st[se2:se2 + 40] if part else "", occ) or _purpose_after(st, se2)
        _add(f, _Draft(repliers[0], writers, kind, medium, date, occ, i, start + m.start(), generic))


# "X wrote back", "X replied in a letter", "X responded to Y in a message": a reply in
# writing, to Y or, where the sentence names no one, to whoever last wrote to X
_REPLY_KEYS = ("wrote back", "replied", "responded", "answered")
_REPLY_IN = regex(
    r"(?<![\w-])(?:has\s+|had\s+)?(?:also\s+)?(?:(?P<back>wrote\s+back)|replied|responded|answered)"
    r"(?:\s+to\s+(?P<to>[^,;.]{1,80}?))?"
    r"(?(back)(?=[\s,.;]|$)|\s+(?:with|in|by)\s+(?P<np>" + _NP_BODY + r"))"
)


def _reply_in(f: _Finder, i: int, start: int, st: str) -> None:
    for m in _REPLY_IN.finditer(st):
        if _negated(st, m.start()):
            continue
        ss, se = _subject_span(st, m.start())
        senders = _parties(f, start + ss, start + se, st[ss:se])
        if len(senders) != 1:
            continue
        after = m.end()
        if m.group("to") is not None:
            recips = _parties(f, start + m.start("to"), start + m.end("to"), m.group("to"))
        else:
            to = _TO_INSIDE.match(st, after)  # "replied in a letter to Y"
            if to is not None:
                after = _seg_end(st, to.end())
                recips = _parties(f, start + to.end(), start + after, st[to.end():after])
            else:
                recips = _wrote_to_last(f, senders[0])
        if not recips:
            continue
        np = m.group("np") or ""
        occ, occ_start, part = _occasion(st, after, [])
        date = _date(f, st, m.start(), after, occ_start, part, received=False)
        medium = _medium_of(np[: m.end("noun") - m.start("np")], m.group("noun"))[0] if np else "letter"
        kind = _kind(np, "", occ) or _purpose_after(st, after)
        _add(f, _Draft(senders[0], recips, kind, medium, date, occ, i, start + m.start(), False))


# "X sent one to Y", "X sent a similar one to Y", "X sent another to Y": one more of the
# message reported before
_ONE_TO = regex(r"\s+(?:(?:a\s+)?(?:similar\s+|separate\s+)?one|another(?:\s+one)?)\s+to\s+(?!mark|celebrate)")


def _may_send_one(f: _Finder, low: str) -> bool:
    """Whether the lower-cased sentence may send one more of a message reported before."""
    return bool(f.drafts) and (" one " in low or "another " in low)


def _sent_one(f: _Finder, i: int, start: int, st: str) -> bool:
    found = False
    for m in _SEND.finditer(st):
        one = _ONE_TO.match(st, m.end())
        if one is None or m.group("aux") or _negated(st, m.start()):
            continue
        ss, se = _subject_span(st, m.start())
        for a in _AND_NEXT.finditer(st, ss, se):  # "..., and Premier Li Qiang sent one"
            ss = a.end()
        senders = _parties(f, start + ss, start + se, st[ss:se])
        ts = one.end()
        te = _clause_cut(st, ts, _seg_end(st, ts))
        recips = _parties(f, start + ts, start + te, st[ts:te])
        if len(senders) != 1 or not recips:
            continue
        prev = f.drafts[-1]
        occ, occ_start, part = _occasion(st, te, [(ts, te)])
        date = _date(f, st, m.start(), te, occ_start, part, received=False)
        kind = _kind("", st[te:te + 40] if part else "", occ) or prev.kind
        _add(f, _Draft(senders[0], recips, kind, prev.medium, date or prev.date, occ or prev.occasion,
                       i, start + m.start(), prev.generic))
        found = True
    return found


# "Xi Jinping's message to Kim Jong Un was read out", "Kim received Xi's letter": the
# owner of a message noun is its writer
_POSSESSIVE = regex(r"['\u2019]s\s+")
_TO_PARTY = regex(r"\s+to\s+(?=[A-Z]|(?:the|his|her|their|its)\s)")  # not "tweet to invite"
_RECEIVED_JUST_BEFORE = regex(r"(?<![\w-])(?:(?:has|have|had)\s+)?(?:also\s+)?(?:" + _words(_RECEIVE_VERBS) + r")\s+$", re.I)


def _owner_at(f: _Finder, at: int) -> list[tuple[int, str]]:
    """(start, full name) of the mentions that end at document offset `at`."""
    return [(s_, n) for s_, e_, n in f.cast.in_span(at - 80 if at > 80 else 0, at) if e_ == at]


def _owner(f: _Finder, start: int, st: str, np_start: int) -> str | None:
    """The one person whose possessive stands right before the noun phrase at
    `np_start` ("Xi Jinping's | letter"), or None."""
    k = np_start - 3
    if k < 1 or st[k] not in "'\u2019" or st[k + 1] != "s" or not st[k + 2].isspace():
        return None
    owner = _owner_at(f, start + k)
    return owner[0][1] if len(owner) == 1 else None


def _owned(f: _Finder, i: int, start: int, st: str) -> bool:
    for m in _POSSESSIVE.finditer(st):
        np = NP.match(st, m.end())
        if np is None or _non_message(st[np.start():np.end() + 20]) or np.group("noun").lower() in _NOT_OWNED:
            continue
        owner = _owner_at(f, start + m.start())
        if len(owner) != 1:
            continue
        own_start = owner[0][0] - start
        to = _TO_PARTY.match(st, np.end())
        got = _RECEIVED_JUST_BEFORE.search(st, max(0, own_start - 30), own_start) if to is None else None
        if to is not None:
            se = _seg_end(st, to.end())
            recips = _parties(f, start + to.end(), start + se, st[to.end():se])
        elif got is not None:
            se = np.end()
            ss, rs_end = _subject_span(st, got.start())
            recips = _parties(f, start + ss, start + rs_end, st[ss:rs_end])
        else:
            continue
        if not recips or _negated(st, own_start):
            continue
        # only a day said to be the sending one ("dated Oct. 5"): the rest is of its reading
        _emit(f, i, st, np, [owner[0][1]], recips, se, own_start, start + own_start, received=True)
        return True
    return False


def _wrote_to_last(f: _Finder, name: str) -> list[str]:
    """The sender of the latest message to `name`, as a list of one, or none."""
    for d in reversed(f.drafts):
        if name in d.recipients and d.sender != name:
            return [d.sender]
    return []


def _thanked_for(f: _Finder, i: int, start: int, st: str, low: str) -> None:
    """"X thanked Y for his message of sympathy", "X sent a letter of thanks to Y for her
    congratulatory letter": Y's own message to X, written before. A spoken or generic
    thing thanked for ("for his condolences") is none."""
    for m in _FOR_OWN.finditer(st):
        np = NP.match(st, m.end())
        if np is None or np.group("noun").lower() in _GENERIC_NOUNS:
            continue
        k = low.rfind("thank", max(0, m.start() - 120), m.start())
        thanks = _THANKS_WORD.match(low, k) if k >= 0 else None
        if thanks is None:
            continue
        who = _THANKED.fullmatch(st, thanks.end(), m.start())
        if who is None:
            continue
        senders = _parties(f, start + who.start("who"), start + who.end("who"), who.group("who"))
        latest = f.drafts[-1] if f.drafts and f.drafts[-1].sentence == i else None
        if latest is not None:  # the letter of thanks found in this sentence
            thanker = [latest.sender]
        else:
            ss, se = _subject_span(st, thanks.start())
            thanker = _parties(f, start + ss, start + se, st[ss:se])
        if len(senders) != 1 or not thanker or senders[0] in thanker:
            continue
        occ, _occ_start, _part = _occasion(st, np.end(), [])
        medium, generic = _medium(np)
        _add(f, _Draft(senders[0], thanker, _kind(np.group(), "", occ), medium, None, occ, i, start + np.start(), generic))


def _thanked_in(f: _Finder, i: int, start: int, st: str) -> None:
    """"Ishiba thanked Pope Leo in a letter for his prayers": a letter of thanks from the
    subject to the one thanked."""
    m = _THANKED_IN.search(st)
    if m is None or _negated(st, m.start()):
        return
    np = NP.match(st, m.end())
    if np is None or np.group("noun").lower() in _GENERIC_NOUNS or _non_message(np.group()):
        return
    ss, se = _subject_span(st, m.start())
    thanker = _parties(f, start + ss, start + se, st[ss:se])
    ws, we = m.start("who"), m.end("who")
    thanked = _parties(f, start + ws, start + we, st[ws:we])
    if len(thanker) != 1 or not thanked or thanker[0] in thanked:
        return
    occ, occ_start, part = _occasion(st, np.end(), [])
    medium, generic = _medium(np)
    date = _date(f, st, m.start(), np.end(), occ_start, part, received=False)
    _add(f, _Draft(thanker[0], thanked, "thanks", medium, date, occ, i, start + m.start(), generic))


_THANKED_IN = regex(r"(?<![\w-])thanked\s+(?P<who>[^,;:.!?]{2,80}?)\s+in\s+(?=(?:a|an|his|her|their|its)\s)")


def _follow_up(f: _Finder, i: int, start: int, st: str, dated: bool) -> None:
    """A sentence about a message already found: its date of dispatch, its addressee;
    `dated` tells whether it holds a verb of _NOUN_DATED."""
    if not f.drafts or not _FOLLOW.search(st) and not (dated and _NOUN_DATED.found_in(st)):
        return
    d = f.drafts[-1]
    subj = f.cast.subject_at(start)
    if subj and subj != d.sender and subj not in d.recipients:
        return  # "X, in a message sent on Sunday, said": X's own message, not the last one
    d.refs.append(i)
    # (the case-insensitive patterns below are tried only when a word they need is there)
    words = _fold(st.lower())
    dm = _DISPATCH_DATE.search(st) if d.date is None and lexicon.holds_any(words, _DISPATCH_KEYS) else None
    if dm:
        dx = next(_dates(st, dm.end(), dm.end() + 80), None)
        if dx and not _comma_between(st, dm.end(), dx.start()) and not dx.group("monly"):
            d.date = _date_of(f, dx)
    ad = _ADDRESSED_TO.search(st)
    if ad and not d.recipients:
        a0 = ad.end()
        a1 = _seg_end(st, a0)
        d.recipients = _parties(f, start + a0, start + a1, st[a0:a1])
    if d.kind in (None, "other"):
        _kind_from_follow(d, st, words)


def _kind_from_follow(d: _Draft, st: str, words: str | None = None) -> None:
    """Thanks as the kind of message `d`, when `st` (lower-cased and folded: `words`)
    says it expressed them."""
    if not lexicon.holds_any(_fold(st.lower()) if words is None else words, _THANKS_KEYS):
        return
    t = _THANKS_FOLLOW.search(st)
    if t:
        d.kind = "thanks"
        if d.occasion is None and t.groupdict().get("occ"):
            d.occasion = _clean_occ(t.group("occ"))


def _layout(f: _Finder, i: int, start: int, st: str) -> None:
    """Round-up paragraphs that open with "Title Name:" after a round-up sentence."""
    ctx = f.context
    if ctx is None or not ctx.recipients or not ctx.roundup:
        return
    s = f.doc.sentences[i]
    if i > 0 and f.doc.sentences[i - 1].para == s.para:
        return  # only a paragraph's first sentence can be a header
    m = _HEADER.match(st)
    if m:
        names = [n for n in {x[2] for x in f.cast.in_span(start, start + m.end("h"))}]
    else:
        # "Syrian President Bashar al-Assad wished Kim ...": a leader titled with his
        # country, opening the paragraph with what he said or wished, speaks for his
        # message (a "presidential spokesman" speaks for the recipient)
        first = next(iter(f.cast.in_span(start, start + min(len(st), 120))), None)
        if first is None or not _ROUNDUP_VERB.match(st, first[1] - start):
            return
        person = f.cast.person(first[2])
        if (person is None or _TEXT_BEFORE_NAME.search(st, 0, first[0] - start)
                or not any(T.office_of(t)[1] for t in person.titles)):
            return
        names = [first[2]]
    if len(names) != 1 or names[0] in ctx.recipients:
        return
    if names[0] in f.by_sender:
        return
    _add(f, _Draft(names[0], list(ctx.recipients), None, None, None, None, i, start, False))


# the verb right after a round-up's leader: what he said, wished or stressed
_ROUNDUP_VERB = regex(
    r"\s+(?:also\s+)?(?:" + _words(_SAID_VERBS) + r"|wished|expressed|hoped|congratulated|extended|conveyed|praised|"
    r"underlined|emphasi[sz]ed|pointed\s+out)\b"
)
# what may stand before the leader's name: his titles alone, no clause
_TEXT_BEFORE_NAME = regex(r"[,;:\"\u201c]|\b(?:[a-z]+ed|said|says)\b")


# ------------------------------------------------------------------ pieces


def _spoken_setting(f: _Finder, i: int, st: str) -> bool:
    """Whether the sentence, the two before it in its paragraph or the story's lead
    tell of a meeting, a call, talks or a visit."""
    if _NOT_WRITTEN.search(st):
        return True
    sents = f.doc.sentences
    para = sents[i].para
    for j in range(max(0, i - 2), i):
        if sents[j].para == para and _NOT_WRITTEN.search(sents[j].text):
            return True
    return bool(sents) and i > 0 and bool(_NOT_WRITTEN.search(sents[0].text)) and not NP.search(sents[0].text)


def _skip_ws(st: str, i: int) -> int:
    while i < len(st) and st[i].isspace():
        i += 1
    return i


_CLAUSE_BETWEEN = regex(r"[.;]|\b(?:said|says|and\s+(?:said|added))\b")


_AND_NEXT = regex(r",?\s+and\s+")


def _clause_cut(st: str, ts: int, te: int) -> int:
    """The end of the recipients [ts, te) when the last of them is the subject of a
    clause that sends again ("to X, and Premier Li Qiang sent one to Y"): before that
    "and"."""
    if te >= len(st) or not _SEND.match(st, te + 1 if st[te].isspace() else te):
        return te
    cut = -1
    for m in _AND_NEXT.finditer(st, ts, te):
        cut = m.start()
    return cut if cut > ts else te


def _np_after(st: str, i: int, window: int) -> re.Match | None:
    m = NP.search(st, i, min(len(st), i + window + 40))
    if m and m.start() - i <= window:
        # the noun must be the verb's object, not inside a later clause
        # searched in place: `i` follows a verb's last letter, where no word of it begins
        if _CLAUSE_BETWEEN.search(st, i, m.start()):
            return None
        return m
    return None


# the most words a message noun spans ("new year cards")
_NOUN_WORDS = max(len(n.split()) for n in lexicon.words("message_nouns"))


def _noun_ends_before(st: str, i: int) -> bool:
    """Whether a message noun and white space end at offset `i` ("a letter | sent by"):
    the pattern is tried only from the noun's first possible word, not along the sentence."""
    e = i
    while e > 0 and st[e - 1].isspace():
        e -= 1
    if e == i or e == 0:
        return False
    return bool(_NOUN_AT_END.search(st, _words_back(st, e - 1, _NOUN_WORDS - 1), i))


def _np_before(st: str, i: int) -> re.Match | None:
    best = None
    for m in NP.finditer(st, max(0, i - 160), i):
        best = m
    return best


_LEAD_ADVERBIAL = regex(
    r"^(?:(?:On|In|During|After|Also|Earlier|Later|Meanwhile|Separately|Similarly|Likewise|Moreover|Furthermore|However|"
    r"According|For|At|Over|Last|This|Yesterday|Today)\b[^,]{0,120},\s*)+"
)
_CLAUSE_BREAK = regex(r"(?:,\s*(?:while|whereas|but)|;)\s+")
_CONJUNCTION = regex(r"\b(?:that|when|after|as|while)\s+")
_REPORTING = lexicon.words("reporting_verbs")
_REPORTED = regex(r"(?i)(?:" + _words(_REPORTING) + r")\s*,?\s*(?:[^,]{0,60},\s*)?$")
_REPORTING_KEYS = _keywords(_REPORTING)


def _subject_span(st: str, verb: int) -> tuple[int, int]:
    """The subject of a clause that ends at `verb`: from the sentence start, past a
    leading adverbial ("On the same day,", "In a separate cable,")."""
    s = 0
    lead = _LEAD_ADVERBIAL.match(st, 0, verb)  # the end bound reads as the slice st[:verb] would
    if lead:
        s = lead.end()
    # the subject after the last clause break, which opens with a comma or a semicolon
    # (two character searches rule most subjects out before the pattern's scan)
    if st.find(",", s, verb) >= 0 or st.find(";", s, verb) >= 0:
        for m in _CLAUSE_BREAK.finditer(st, s, verb):  # the end bound reads as a slice would
            s = m.end()
    # "... reported that X sent", "... said X had sent": the subject after the last "that"
    # (no reporting verb before the verb: no "that" can move the start)
    if lexicon.holds_any(_fold(st[s:verb].lower()), _REPORTING_KEYS):
        base = s
        for m in _CONJUNCTION.finditer(st[base:verb]):
            if _REPORTED.search(st[base:base + m.start()]):
                s = base + m.end()
    return s, verb


def _seg_end(st: str, i: int) -> int:
    m = _SEG_END.search(st, i)
    return m.start() if m else len(st)


_PRONOUN = regex(r"(?i)(?:him|her|them)\b")
_HE_SHE = regex(r"(?:[Hh]e|[Ss]he)(?:\s+(?:also|later|then|has|had|too))*\s*,?")


def _parties(f: _Finder, a: int, b: int, seg: str, pronoun_subject: bool = False) -> list[str]:
    """Full names of the parties in the segment [a, b): people by the cast's mentions,
    else a description or pronoun resolved, in the order named."""
    group = _GROUP.match(seg)
    if group:
        # "the family of the late Premier X": the family, not X
        name = " ".join(seg[: len(seg.rstrip(" ,"))].split())
        f.orgs.add(name)
        return [name]
    if _ORG_OPENS.match(seg):
        # "The Committee for the Peaceful Reunification of the Fatherland": capitals
        # inside an organisation's name are no person
        org = _org(seg)
        if org:
            f.orgs.add(org)
            return [org]
    out: list[str] = []
    last_end = a
    for s, e, n in f.cast.in_span(a, b):
        # (most names follow no "of": its pattern, tried at every offset, is skipped)
        if n in out or seg.find("of", 0, s - a) >= 0 and _OF_BEFORE.search(seg, 0, s - a) and (
                out or _CAPITAL_NEXT.match(seg, e - a)):
            continue
        if out and seg.startswith("(", s - a - 1):
            continue  # "the Nepal Communist Party (United Marxist-Leninist)": an aside
        if out and _IN_APPOSITION.fullmatch(seg, last_end - a, s - a):
            continue  # "X, the spiritual leader of the world's Orthodox Christians,": X's office
        out.append(n)
        last_end = e
    if out:
        return out
    seg_s = seg.strip()
    m = _PRONOUN.match(seg_s)
    if m and pronoun_subject:
        subj = f.cast.subject_at(a)
        return [subj] if subj else []
    # "He also sent a message to ...": the pronoun as subject
    m = _HE_SHE.fullmatch(seg_s)
    if m:
        who = f.cast.resolve(seg_s.split()[0], a + (len(seg) - len(seg.lstrip())))
        return [who] if who else []
    return []


# between a party and the next mention: an apposition in lower case, still open
_IN_APPOSITION = regex(r"\s*,\s*(?:the|a|an)\s+[a-z][^,;]*")


def _orgs(f: _Finder, st: str, s: int, e: int) -> list[str]:
    """The party in `st[s:e]` that is no person the story names: an office holder ("the
    President of Burkina Faso", before the organisation in "the president of the
    Security Council"), an organisation, or a body of people ("the diplomatic corps
    here"), as written."""
    seg = st[s:e]
    org = _office(seg) or _org(seg) or _body(st, s, e)
    if org:
        f.orgs.add(org)
        return [org]
    return []


def _body(st: str, s: int, e: int) -> str | None:
    """A body of people (`_BODY`) that makes up the segment `st[s:e]`, with what the
    segment's end cut off it: "the participants" + "in the 7th film festival"."""
    m = _BODY.fullmatch(st, s, e)
    if m is None:
        return None
    end = m.end("name")
    cut = e  # where the segment's own words end, less a comma or blanks
    while cut > end and st[cut - 1] in " ,":
        cut -= 1
    tail = _BODY_TAIL.match(st, e) if cut == end else None
    if tail and NP.match(st, tail.end()):
        tail = None  # "to the people of Myanmar in a telegram to ...": the form, not the body
    if tail:
        end = _seg_end(st, tail.end())
    return _unopened(" ".join(st[m.start("name"):end].split()))


def _office(seg: str, of: bool = False) -> str | None:
    """An office holder the story does not name, as written; with `of`, only one that
    says whose office it is ("the permanent representative of the DPRK", not "the
    Senegalese minister", more often someone named before)."""
    m = _OFFICE_PARTY.match(seg.strip())
    if m is None or of and m.group("of") is None:
        return None
    return _unopened(" ".join(m.group().split()))


def _unopened(name: str) -> str:
    """A party's name as written, less the capital of a sentence's first "The"."""
    return "the" + name[3:] if name.startswith("The ") else name


def _org(seg: str) -> str | None:
    """An organisation that sends or receives ("the Central Committee of the Communist
    Party of China")."""
    for m in _ORG.finditer(seg):
        t = m.group().strip()
        t = _ORG_TAIL.sub("", t)
        if _ORG_WORDS.search(t) and len(t.split()) >= 2:
            return _unopened(" ".join(t.split()))
    return None


def _alternation(words: Iterable[str]) -> str:
    """The alternation of `words`, longest first."""
    return lexicon.alternation_of(lexicon.longest_first(words))


_MEDIUM_RX = regex(r"(?<![\w-])(?:" + _alternation(_NOUN_MEDIUM) + r")(?![\w-])")
_KIND_RX = regex(r"(?<![\w-])(" + _alternation(_KIND_CUES) + r")s?(?![\w-])")
_OCC_KIND_RX = regex(r"(?<![\w-])(" + _alternation(_OCC_KINDS) + r")(?![\w])")
_GENERIC_NOUNS = frozenset({"greetings", "congratulations", "condolences", "felicitations"})
# what "X's" may own without writing to anyone: greetings may be spoken, and a tweet or
# post is addressed to no one
_NOT_OWNED = _GENERIC_NOUNS | {"tweet", "tweets", "post", "posts", "note", "notes"}


def _medium(np: re.Match) -> tuple[str, bool]:
    return _medium_of(np.group()[: np.end("noun") - np.start()], np.group("noun"))


@lru_cache(maxsize=512)
def _medium_of(phrase: str, noun: str) -> tuple[str, bool]:
    """The medium a noun phrase up to its noun names, and whether it is only guessed;
    a story repeats its few phrases ("the message", "his letter"), so they are kept."""
    text = " ".join(phrase.lower().split())
    m = _MEDIUM_RX.search(text)
    if m:
        return _NOUN_MEDIUM[m.group()], noun.lower() in _GENERIC_NOUNS
    return "other", False


def _kind(np_text: str, part: str, occ: str | None) -> str | None:
    for text in (np_text, part):
        m = _KIND_RX.search(" ".join(text.lower().split())) if text else None
        if m:
            return _KIND_CUES[m.group(1)]
    return _occ_kind(occ)


def _purpose_after(st: str, pos: int) -> str | None:
    """The kind a participle right at `pos` gives ("..., inviting him to"), if any."""
    m = _PURPOSE_PARTICIPLE.match(st, pos)
    return _kind("", m.group(1), None) if m else None


def _purpose_within(st: str, lo: int, hi: int) -> str | None:
    """The kind an infinitive of purpose gives inside the recipients' stretch ("sent a
    letter to X to thank him for ...")."""
    if "to " not in st[lo:hi]:
        return None
    m = _PURPOSE.search(st, lo, hi)
    return _kind("", m.group(1), None) if m else None


def _occ_kind(occ: str | None) -> str | None:
    if not occ:
        return None
    m = _OCC_KIND_RX.search(occ.lower())
    return _OCC_KINDS[m.group(1)] if m else None


_ORDINAL = regex(r"(?i)(?:the\s+)?(?:first|second|third)\b")
_PARTICIPLE = regex(r"(?i)(?:congratulating|thanking|felicitating|condoling|greeting)")


def _occasion(st: str, i: int, segs: list[tuple[int, int]], limit: int | None = None) -> tuple[str | None, int, bool]:
    """The stated reason after offset `i`: (text, start, introduced by a participle)."""
    end_limit = len(st) if limit is None else limit
    if "(" in st:  # blank out asides, keeping the offsets
        st = _PAREN_ANY.sub(lambda p: " " * len(p.group()), st)
    clause = _OTHER_CLAUSE.search(st, i, end_limit)
    if clause and not _PURPOSE_PARTICIPLE.match(st, clause.start()):
        # ", proposing talks on ...": the occasion is not in another clause; but
        # ", extending sympathies over the floods" says what the message is on
        end_limit = clause.start()
    for m in _OCC_INTRO.finditer(st, i, end_limit):
        if any(a <= m.start() < b for a, b in segs):
            continue
        if _OCC_SKIP.match(st, m.end()):
            continue
        owned = _OWNED_NOUN.search(st, max(0, m.start() - 30), m.start())
        if owned and not _KIND_RX.search(owned.group("n").lower()) and not NP.fullmatch(owned.group("n")):
            continue  # "praising her work for refugees": the noun's complement, no occasion
        intro = m.group().strip().lower()
        if intro == "for" and _CAPITAL_NEXT_THE.match(st, m.end()) and _NAME_GOES_ON.search(
                st, max(0, m.start() - 16), m.start()):
            continue  # "the Korean Committee for Solidarity with ...": inside a name
        if intro == "for" and (_ORDINAL.match(st, m.end()) or _CALLING.search(st, max(0, m.start() - 12), m.start())):
            continue  # "for the first time"; "calling for Beijing to ...": a request, no occasion
        e = _OCC_END.search(st, m.end(), end_limit)
        stop = e.start() if e else end_limit
        text = _clean_occ(st[m.end():stop])
        if text and intro in ("after", "following") and _occ_kind(text) is None:
            continue  # "after their talks": an occasion only when it is one's kind of event
        if text and len(text) > 2:
            participle = bool(_PARTICIPLE.match(intro))
            return text, m.end(), participle
    return None, -1, False


# an organisation's capitalised noun right before "for" (and a capital after it)
_NAME_GOES_ON = regex(
    r"(?<![\w-])(?:" + T.ORGANISATION_NOUN + r")\s+$"
)
_ORG_OPENS = regex(
    r"\s*(?:[Tt]he\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,3}?(?:"
    + T.ORGANISATION_NOUN + r")\s+(?:for|of|on)\s+"
)
_CAPITAL_NEXT_THE = regex(r"(?:the\s+)?[A-Z]")
_CALLING = regex(r"(?i)\b(?:call(?:ing|ed|s)?|appeal(?:ing|ed|s)?|ask(?:ing|ed|s)?)\s+$")
# a possessive and its noun right before an occasion's opening word
_OWNED_NOUN = regex(r"(?<![\w-])(?:his|her|their|its)\s+(?P<n>[a-z][\w-]*)\s+$")


def _clean_occ(t: str) -> str | None:
    t = _PAREN.sub("", t)
    t = " ".join(t.split()).strip(" ,;:.")
    return t or None


def _non_message(text: str) -> bool:
    """Whether `text` names something other than a written message ("letter of
    credence", "phone call"): the pattern only when one of its words is there."""
    return lexicon.holds_any(_fold(text.lower()), _NON_MSG_KEYS) and bool(_NON_MSG.search(text))


def _negated(st: str, i: int) -> bool:
    window = st[max(0, i - 40):i]
    return _NEGATION.found_in(window) or "may" in window and _MAY.search(window) is not None


# the modal in lower case only: "X on May 9 sent" was sent
_MAY = regex(r"\bmay\s+(?:\w+\s+){0,2}$")


def _para(f: _Finder, i: int) -> int:
    return f.doc.sentences[i].para


# ------------------------------------------------------------------ dates


def _rebase(text: str, base: dt.date | None) -> dt.date | None:
    """A base date whose year the story contradicts (a scrape stamped 2009 on a story of
    the 2019 election) takes the latest year the story writes in a full date."""
    if base is None:
        return None
    if not any(int(m.group()) > base.year for m in _YEAR.finditer(text)
               if not text[m.start() - 1:m.start()].isdecimal()):
        return base
    written = [D.parse_date(m.group()) for m in D.MONTH_DAY.finditer(text) if m.group("year")]
    later = [d for d in written if d and d.year > base.year]
    if later:
        return max(later)
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\s+marks\b", text)]
    if years and max(years) > base.year:
        try:
            return base.replace(year=max(years))
        except ValueError:
            return base.replace(year=max(years), day=28)
    return base


_LETTERS = regex(r"[A-Za-z]+")


def _date_of(f: _Finder, m: re.Match) -> dt.date | None:
    g = m.groupdict()
    base = f.base
    if g.get("wd"):
        return D.last_weekday(g["wd"], base)
    if g.get("day"):
        mon = D.MONTHS[_LETTERS.match(m.group()[3:] if m.group().lower().startswith("on ") else m.group()).group().lower()]
        return D._make(int(g["year"]), mon, int(g["day"])) if g.get("year") else D.infer_year(mon, int(g["day"]), base)
    if g.get("day2"):
        mon = D.MONTHS[g["month2"].lower().rstrip(".")]
        return D._make(int(g["year2"]), mon, int(g["day2"])) if g.get("year2") else D.infer_year(mon, int(g["day2"]), base)
    if g.get("dom"):
        return D.day_of_month(int(g["dom"]), base)
    if g.get("same"):
        return _last_date(f) or base
    if g.get("rel"):
        if base is None:
            return None
        return base if g["rel"].lower() == "today" else base - dt.timedelta(days=1)
    return None


# what the words before a date say of it: "sent on", "which ... on"; read on a slice of
# the words before it (whose start reads as the start of a word)
_SENT_MONTH = _CaseFree(r"\b(?:sent|dispatched|dated)\s+(?:\w+\s+){0,3}$")
_SENT_DAY = _CaseFree(r"\b(?:sent|dispatched|dated|written)\s+(?:\w+\s+){0,1}$")
_RELATIVE_LEAD = _CaseFree(r"\b(?:who|which|that|when)\s+(?:\w+\s+){0,4}$")
# "..., state media reported Tuesday": the day of the report, not of the message
_REPORTED_LEAD = _CaseFree(r"\b(?:reported|reports|said|says|announced|confirmed|added)\s+(?:on\s+)?$")
_WHO_WHICH = regex(r"\b(?:who|which)\b")
_CLAUSE_ENDS = regex(r"\s*(?:[,.]|$)")


def _comma_between(st: str, a: int, b: int) -> bool:
    """Whether a comma or a semicolon stands in `st[a:b]`."""
    return st.find(",", a, b) >= 0 or st.find(";", a, b) >= 0


def _date(f: _Finder, st: str, verb: int, seg_end: int, occ_start: int, participle: bool, received: bool,
          lo: int = 0) -> dt.date | None:
    """The sending day among the sentence's dates: in the sending clause (before the verb,
    between verb and occasion, after "sent"/"dated"), not in a relative clause nor in an
    occasion that a participle introduced."""
    if lo:
        found: Iterable[re.Match[str]] = _dates(st, lo)
    else:
        found = _sentence_dates(f, st)
        if not _may_date(st, found.words) and "same" not in found.words:
            return None  # nothing but months ("in June"), which give no day
    for m in found:
        if m.group("monly"):
            if _SENT_MONTH.found_in(st[max(0, m.start() - 30):m.start()]):
                return None
            continue
        lead = st[max(0, m.start() - 40):m.start()]
        after_send = _SENT_DAY.found_in(lead)
        if received and not after_send:
            continue
        if (_RELATIVE_LEAD.found_in(lead) or _REPORTED_LEAD.found_in(lead)) and not after_send:
            continue
        if after_send or m.start() < verb:
            if m.start() < verb and _WHO_WHICH.search(st[m.end():verb]):
                continue
            return _date_of(f, m)
        if occ_start < 0 or m.start() < occ_start:
            return _date_of(f, m)
        if not participle and _CLAUSE_ENDS.match(st, m.end()) and not _comma_between(st, occ_start, m.start()):
            return _date_of(f, m)
    return None


# ------------------------------------------------------------------ bookkeeping


def _add(f: _Finder, d: _Draft) -> None:
    if d.ctx is None:
        d.ctx = f.context
    if d.sender in d.recipients:
        d.recipients = [r for r in d.recipients if r != d.sender]
    for old in f.by_sender.get(d.sender, ()):
        if old.recipients == d.recipients or not old.recipients:
            if not old.recipients:
                old.recipients = d.recipients
            if old.generic and not d.generic and d.medium:
                old.medium, old.generic = d.medium, False
            old.date = old.date or d.date
            old.occasion = old.occasion or d.occasion
            if old.kind in (None, "other") and d.kind:
                old.kind = d.kind
            old.refs.append(d.sentence)
            return
    f.drafts.append(d)
    f.by_sender.setdefault(d.sender, []).append(d)


def _finish(f: _Finder) -> list[Message]:
    out: list[Message] = []
    for d in f.drafts:
        ctx = d.ctx
        if not d.recipients and ctx and ctx.recipients:
            d.recipients = list(ctx.recipients)
        if not d.recipients or not d.sender:
            continue
        if any(d.sender in b and any(r in b for r in d.recipients) for b in f.blocked):
            continue
        if ctx:
            d.kind = d.kind or ctx.kind
            d.occasion = d.occasion or ctx.occasion
            d.date = d.date or ctx.date
            if d.medium is None:
                d.medium = ctx.medium
        kind = d.kind or "other"
        if kind in ("congratulation", "other") and d.occasion and _HOLIDAY.search(d.occasion):
            kind = "greeting"
        recips = [_party(f, r) for r in d.recipients]
        out.append(Message(
            kind=kind,
            medium=d.medium or "message",
            date=D.iso(d.date),
            sender=_party(f, d.sender),
            recipients=recips,
            occasion=d.occasion,
            cameo=_CAMEO.get(kind, "040"),
            sentence=d.sentence,
            refs=sorted(set(d.refs) - {d.sentence}),
        ))
    return out


def _party(f: _Finder, name: str) -> Party:
    if name in f.orgs:
        return Party(name, [])
    return f.cast.party(name)
