"""Who a speaker mention is: "Xi", "he", "the Chinese president", "the message" turned
into the full name of a person or organisation, with the story so far as context."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon
from .cues import OBJECT_PRONOUNS, PRONOUNS
from .model import Message, Party
from .parties import PARTICLES, Cast
from .patterncache import regex
from .sentences import ABBREVIATIONS, HONORIFIC_STOPS

_TITLES = frozenset(w.lower() for w in lexicon.words("cues_titles"))
_DESCRIPTIONS = lexicon.mapping("descriptions")
MESSAGE_NOUNS = regex(r"\b(?:messages?|letters?|cables?|telegrams?|cards?|notes?|greetings|repl(?:y|ies)|missives?)\b", re.I)
# possessive: what may follow a word (a space or tab) is none of its characters, so
# giving some back never helps, and a capitalised word with no name after it fails at once
_CAP = r"[A-Z\u00c0-\u024f][\w'\u2019.\-\u00c0-\u024f]*+"
_PARTICLE = "(?:" + "|".join(lexicon.longest_first(PARTICLES)) + ")"
# capitalised words on one line, with the particles of Arabic, Dutch, Spanish... names
_NAME_MORE = rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+)*(?:{_CAP}|(?:al|el|ad|as|at|ash|an)-{_CAP}))"
_NAME_RUN = regex(rf"{_CAP}{_NAME_MORE}*")
# the same runs of two words or more: a word standing alone is no full name, and the
# pattern passes over it without a match to look at
_FULL_NAME_RUN = regex(rf"{_CAP}{_NAME_MORE}+")
# a full stop and the blanks after a word of a run: the run goes on past it only when
# it closes an initial or an abbreviation ("Charles B. Rangel", "Mr. Obama")
_RUN_STOP = regex(r"([\w'\u2019.\-\u00c0-\u024f]+)\.[ \t]+")
_PARTICLE_WORD = regex(r"(?:al|el|ad|as|at|ash|an|bin|ibn|abu)-", re.I)
_ARTICLE = regex(r"^(?:the|a|an)\s+", re.I)
_WEEKDAY_END = regex(r"\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")
_CONNECT = frozenset({"of", "the", "and", "for"}) | PARTICLES
# "VNA's correspondent in Beijing": a common noun heads the phrase before a preposition
_PREP_AFTER_NOUN = regex(r"\b([a-z][\w'\u2019]*)\s+(?:in|at|from|with|for|on|of|to|close to|familiar with)\s+.*$")


def _places() -> frozenset[str]:
    try:
        return frozenset(w.lower() for w in lexicon.words("countries"))
    except OSError:  # the list of countries is optional here
        return frozenset()


_PLACES = _places()


_ORGANISATIONS = frozenset(lexicon.words("organisation_nouns"))


@lru_cache(maxsize=1024)
def strip_titles(name: str) -> str:
    """`name` without the offices before it: "Cambodian Prime Minister Hun Sen" -> "Hun Sen".
    An organisation's name keeps its country ("the Saudi Press Agency")."""
    words = name.split()
    if words and words[-1].lower() in _ORGANISATIONS:
        return name
    cut = 0
    for i, w in enumerate(words[:-1]):
        if (w.lower().rstrip(",") in _TITLES or w.lower() in _PLACES and i == cut) and len(words) - i - 1 >= 2:
            cut = i + 1
    return " ".join(words[cut:])


# the words of the forms of address ("His Highness the President")
_ADDRESS_WORDS = frozenset(w.lower() for line in lexicon.words("honorifics") for w in line.split())


def _sentence_pieces(run: str) -> list[str]:
    """The full-name runs in a run of capitalised words that a sentence's end cuts ("Mr.
    Obama. Mr. Obama" is two); words alone are left out, as `_FULL_NAME_RUN` leaves them."""
    pieces: list[str] = []
    start = 0
    for m in _RUN_STOP.finditer(run):
        word = m.group(1).rsplit(".", 1)[-1]
        if len(word) > 1 and word.lower() not in ABBREVIATIONS:
            pieces.append(run[start:m.start() + len(m.group(1))])
            start = m.end()
    pieces.append(run[start:])
    return [p for p in pieces if " " in p or "\t" in p]


def _read_run(written: str) -> tuple[str, str | None]:
    """A run of capitalised words as the story's list of runs keeps it ("the Vietnamese
    Prime Minister's" -> "Vietnamese Prime Minister"), and the full name it gives, if
    any, without the offices before it."""
    raw = written
    if raw[:1] in "TtAa":  # "The", "A", "An" open no name
        raw = _ARTICLE.sub("", raw)
    raw = raw.rstrip(".,'\u2019")
    if raw.endswith(("'s", "\u2019s")):  # `_possessive`: a run holds no line break
        raw = raw[:-2]
    if raw.endswith("day"):
        raw = _WEEKDAY_END.sub("", raw)  # "Rodong Sinmun Tuesday says"
    words = strip_titles(raw).split()
    while words and words[0].lower() in _TITLES:  # "President Alvi" is no full name
        words = words[1:]
    return raw, " ".join(words) if len(words) >= 2 else None


def _stands_in(words: str, text: str) -> bool:
    """Whether `words` stands in `text` between white space or its ends, as the pattern
    `(?<!\\S)words(?!\\S)` finds it; `str.find` spares compiling one per mention."""
    i = text.find(words)
    while i >= 0:
        j = i + len(words)
        if (i == 0 or text[i - 1].isspace()) and (j == len(text) or text[j].isspace()):
            return True
        i = text.find(words, i + 1)
    return False


@lru_cache(maxsize=256)
def _office_before_name(office: str) -> re.Pattern[str]:
    """The office in any case, then white space and a capital: "Prime Minister Pham". The
    offices are few and come back story after story."""
    return re.compile(rf"(?<!\S){re.escape(office)}\s+(?=[A-Z\u00c0-\u024f])", re.IGNORECASE)


# a story asks about its few names again and again, for each mention and candidate
@lru_cache(maxsize=1024)
def _tokens(name: str) -> frozenset[str]:
    out = set()
    for t in name.split():
        out.add(t)
        out.update(t.split("-"))
    return frozenset(t for t in out if t and t.lower() not in _CONNECT)


class _Texts:
    """A list of names, searched for the ones that hold some words as text with one
    `str.find` over all of them instead of a test per name: most names hold none."""

    __slots__ = ("items", "_joined")

    def __init__(self, items: list[str]) -> None:
        self.items = items
        # no name holds a line break: a match lies in the name around it
        self._joined = "\n".join(items)

    def holding(self, words: str) -> Iterator[str]:
        """The names that hold `words` as text, in order."""
        if not self.items:
            return
        joined = self._joined
        i = joined.find(words)
        while i >= 0:
            end = joined.find("\n", i)
            if end < 0:
                end = len(joined)
            yield joined[joined.rfind("\n", 0, i) + 1:end]
            i = joined.find(words, end + 1)


_NO_TEXTS = _Texts([])
_KEPT_RUNS = 200  # the runs of names a story's list keeps, commonest first


class Names:
    """The names a story writes out in full, for surnames, titled mentions and offices.

    Built on first use: most stories name their speakers in full and never ask.
    """

    __slots__ = ("_text", "_written", "_names", "_by_token", "_runs", "_people", "_people_names", "_answers")

    def __init__(self, text: str, people: list[tuple[str, list[str]]] | None = None) -> None:
        self._text = text
        # the cast's people (name, offices): asked first, the story's own runs of names
        # only when they do not settle it
        self._people = (people or [])[:200]
        self._people_names: _Texts | None = None  # their names, made on the first question
        # each run of capitalised words as written, with how often, in the order each
        # first stands: found on the first question
        self._written: Counter[str] | None = None
        # the full names the story writes, commonest first: read only for a question
        # about every run (`_holder_written`) or in a story of very many runs
        self._names: _Texts | None = None
        # token -> the commonest few names holding it, filled in as tokens are asked about
        self._by_token: dict[str, list[str]] = {}
        # every run of capitalised words, as written, commonest first
        self._runs = _NO_TEXTS
        # what was asked already: a story names its few speakers again and again
        self._answers: dict[tuple[str, str, str | None], str | None] = {}

    def _written_runs(self) -> Counter[str]:
        """How often the story writes each run of capitalised words, as written: a story
        writes its few names again and again, and each is read once."""
        if self._written is None:
            runs = _FULL_NAME_RUN.findall(self._text)
            if any(". " in r for r in runs):
                runs = [piece for r in runs for piece in _sentence_pieces(r)]
            self._written = Counter(runs)
        return self._written

    def _build(self) -> _Texts:
        """The story's full names, commonest first; fills in `_runs` on the way."""
        runs: dict[str, int] = {}
        counts: dict[str, int] = {}  # each name in the order it first stands
        for written, n in self._written_runs().items():
            raw, name = _read_run(written)
            runs[raw] = runs.get(raw, 0) + n
            if name is not None:
                counts[name] = counts.get(name, 0) + n
        self._runs = _Texts(sorted(runs, key=lambda r: -runs[r])[:_KEPT_RUNS])
        # a stable sort keeps the first written first among names written as often
        return _Texts(sorted(counts, key=lambda n: -counts[n]))

    def _holding(self, token: str) -> list[str]:
        """The commonest few (8) of the story's names that hold `token` as a word. Asked
        for a story's few mentions only: the names' words are read just for those
        that hold it as text at all (a word of a name is part of its text)."""
        found = self._by_token.get(token)
        if found is None:
            found = []
            for name in self._names_holding(token):
                if token in _tokens(name):
                    found.append(name)
                    if len(found) == 8:
                        break
            self._by_token[token] = found
        return found

    def _names_holding(self, words: str) -> list[str]:
        """The story's full names that hold `words` as text, commonest first, as `_build`
        orders them."""
        if self._names is not None:
            return list(self._names.holding(words))
        return self._read_holding(words, 1)

    def _runs_holding(self, words: str) -> list[str]:
        """The runs as `_read_run` keeps them that hold `words` as text, commonest first;
        from `_build` when the story writes more runs than it keeps (the rarest may be
        cut off there)."""
        if self._names is None and len(self._written_runs()) <= _KEPT_RUNS:
            return self._read_holding(words, 0)
        if self._names is None:
            self._names = self._build()
        return list(self._runs.holding(words))

    def _read_holding(self, words: str, part: int) -> list[str]:
        """What `_read_run` gives (its `part`: 0 the run kept, 1 the name) that holds
        `words`, commonest first, as `_build` orders it. Only the runs written with
        `words` in them are read: what is read from a run is part of it, so it holds
        `words` only if the run does, and the count of each that holds them is whole."""
        counts: dict[str, int] = {}
        for written, n in self._written_runs().items():
            if words in written:
                got = _read_run(written)[part]
                if got is not None and words in got:
                    counts[got] = counts.get(got, 0) + n
        return sorted(counts, key=lambda k: -counts[k])

    def _asked(self, how: Callable[[str, str | None], str | None], words: str, qualifier: str | None = None) -> str | None:
        """`how(words, qualifier)`, answered once per story: the answers depend on the
        story's text alone."""
        key = (how.__name__, words, qualifier)
        if key not in self._answers:
            self._answers[key] = how(words, qualifier)
        return self._answers[key]

    def fullest(self, mention: str) -> str | None:
        """The written-out name that holds every word of `mention` ("Alvi" -> "Arif Alvi",
        "King Salman" -> "Salman bin Abdulaziz" where the story wrote "King Salman bin
        Abdulaziz")."""
        return self._asked(self._fullest, mention)

    def _fullest(self, mention: str, _: str | None) -> str | None:
        toks = _tokens(mention)
        if not toks:
            return None
        bare = _tokens(strip_titles(mention))
        # "Mr. Clarke", "Mr Modi": an abbreviated honorific is no word of the name
        bare = frozenset(t for t in bare if t.lower().rstrip(".") not in HONORIFIC_STOPS) or bare
        known = self._people_holding(bare)
        if len(known) == 1:
            return known[0]
        if len(mention.split()) >= 2:
            # the mention as written, office and all, inside a longer name
            for run in self._runs_holding(mention):
                if run != mention and _stands_in(mention, run):
                    name = strip_titles(run)
                    if len(name.split()) >= 2 and bare <= _tokens(name):
                        return name
        last = mention.split()[-1]
        for name in self._holding(last) or self._holding(last.split("-")[-1]):
            have = _tokens(name)
            if toks <= have:
                return name
        return None

    def _people_holding(self, words: frozenset[str]) -> list[str]:
        """The cast's people whose names hold every one of `words`, in the cast's order.
        Only the names that hold one of the words as text can."""
        if self._people_names is None:
            self._people_names = _Texts([name for name, _ in self._people])
        if not words:
            return self._people_names.items
        some = next(iter(words))
        return [name for name in self._people_names.holding(some) if words <= _tokens(name)]

    def holder(self, office: str, qualifier: str | None) -> str | None:
        """The one person the story gives `office` ("Prime Minister"), preferring one
        written with `qualifier` ("Vietnamese") where several hold it."""
        office_low = office.lower()
        known = [(name, any(qualifier and qualifier.lower() in t.lower() for t in titles))
                 for name, titles in self._people if any(office_low in t.lower() for t in titles)]
        marked = [n for n, q in known if q]
        if len(marked) == 1:
            return marked[0]
        if len(known) == 1 and not qualifier:
            return known[0][0]
        return None

    def holder_written(self, office: str, qualifier: str | None) -> str | None:
        """As `holder`, from the story's own runs of names ("Prime Minister Pham Minh Chinh")."""
        return self._asked(self._holder_written, office, qualifier)

    def _holder_written(self, office: str, qualifier: str | None) -> str | None:
        if self._names is None:
            self._names = self._build()
        pattern = _office_before_name(office)
        found: dict[str, bool] = {}
        for run in self._runs.items:
            m = pattern.search(run)
            if m is None:
                continue
            name = strip_titles(run[m.end():])
            if len(name.split()) >= 2:
                found[name] = found.get(name, False) or bool(qualifier and qualifier.lower() in run.lower())
        marked = [n for n, q in found.items() if q]
        if len(marked) == 1:
            return marked[0]
        return next(iter(found)) if len(found) == 1 and not qualifier else None


@dataclass(slots=True)
class Context:
    """What the story has said so far, for mentions that point back."""

    cast: Cast
    names: Names
    message: Message | None = None  # the message whose report is in scope here
    messages: list[Message] = field(default_factory=list)  # the story's messages, in order
    reported: int = 0  # how many of them are reported so far
    here: Message | None = None  # a message reported in the sentence being read
    previous: tuple[str, int] | None = None  # the name opening the sentence before, if it reported no claim
    last_speaker: str | None = None  # speaker of the latest claim
    last_para: int = -1  # paragraph of the latest claim
    seen: dict[str, str] = field(default_factory=dict)  # names already written out in full
    # mentions already resolved whose answer no longer depends on the context: proper
    # names and descriptions read from their own words
    named: dict[str, str] = field(default_factory=dict)


_POSSESSIVE = regex(r"['\u2019]s$")


def _possessive(words: str) -> str:
    return _POSSESSIVE.sub("", words)


def _name(ctx: Context, words: str, pos: int) -> str:
    """A proper name as the story writes it in full."""
    found = ctx.seen.get(words)
    if found is None:
        found = ctx.seen[words] = _full_name(ctx, words, pos)
    return found


def _full_name(ctx: Context, words: str, pos: int) -> str:
    toks = words.split()
    titled = [i for i, t in enumerate(toks[:-1]) if t.lower().rstrip(",") in _TITLES]
    short = " ".join(toks[titled[-1] + 1:]) if titled else words  # "Minister Phuc"
    found = (ctx.names.fullest(words) if titled else None) or ctx.names.fullest(short)
    if found:
        return ctx.cast.spellings.get(found, found)
    known = ctx.cast.resolve(short, pos)
    if known and not _title_only(known):
        return ctx.names.fullest(strip_titles(known)) or strip_titles(known)
    of = short.find(" of ")
    if of > 0:  # "Representative Charles B. Rangel of New York": a known name, and where from
        found = ctx.names.fullest(short[:of])
        if found:
            return ctx.cast.spellings.get(found, found)
    return strip_titles(words)


def _title_only(words: str) -> bool:
    """"Vietnamese Prime Minister", "the Kyrgyz leader", "His Highness the Amir": an
    office, with at most a country to it, and no name."""
    toks = words.split()
    if not toks or toks[-1].lower() not in _TITLES:
        return False
    qualifiers = 0
    for t in toks:
        low = t.lower()
        if low in _TITLES or low in _CONNECT or low in {"his", "her", "a", "an", "its", "their"}:
            continue
        if t[:1].isupper() or low in _PLACES:
            qualifiers += 1  # "Chinese", "Kyrgyz", "UAE"
            continue
        return False
    return qualifiers <= 2


def _office_of_place(words: str) -> bool:
    """"the Emir of Qatar", "the President of the Republic": an office and whose it is,
    no name (the offices of a name, "Xi Jinping of China", come after it)."""
    toks = _ARTICLE.sub("", words).split()
    if "of" not in toks or toks[0].lower() not in _TITLES:
        return False
    k = toks.index("of")
    if not all(t.lower() in _TITLES for t in toks[:k]):
        return False
    rest = toks[k + 1:]
    return 0 < len(rest) <= 5 and all(t[:1].isupper() or t.lower() in _CONNECT for t in rest)


def proper(words: str) -> bool:
    """Whether `words` is one proper name: capitalised words and connectors only."""
    toks = words.split()
    return bool(toks) and toks[0][:1].isupper() and all(
        t[:1].isupper() or t.lower() in _CONNECT or _PARTICLE_WORD.match(t) for t in toks)


_PLACE_AFTER = regex(r"\s+(?:in|at|from|near)\s+[A-Z][^,;]*$")
_NEXT_WORD = regex(r"\s+([\w\-]+)")
_CLAUSE_WORD = regex(r"\b(?:[a-z]{3,}ed|sent|said|says|told|wrote|met|held|spoke|gave|sends|thanks)\b")


def opening_name(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The person's name that opens text[start:end] as its subject ("Greek government
    spokeswoman Pavlina Marinaki thanked ..."), with its offset, or None."""
    verb = _CLAUSE_WORD.search(text, start, end)
    stop = verb.start() if verb else end
    for m in _NAME_RUN.finditer(text, start, stop):
        name = strip_titles(m.group())
        if len(name.split()) >= 2 and not _title_only(name):
            after = _NEXT_WORD.match(text, m.end(), end)
            if after and after.group(1).lower() in _TITLES:
                continue  # "Foreign Ministry spokeswoman Mao Ning": the office's holder follows
            return name, m.start() + len(m.group()) - len(name)
    return None


def _sender_to(ctx: Context, recipient: str) -> str | None:
    """The sender of the latest message reported so far to `recipient`, if any."""
    for k in range(ctx.reported - 1, -1, -1):
        if any(r.name == recipient for r in ctx.messages[k].recipients):
            return ctx.messages[k].sender.name
    return None


def _letter_writer(ctx: Context, para: int) -> str | None:
    """Whose message "the message" is: the speaker just quoted if a message is theirs,
    else the latest message's sender."""
    if ctx.last_speaker and ctx.last_para >= para - 1:
        for k in range(ctx.reported - 1, max(-1, ctx.reported - 20), -1):
            if ctx.messages[k].sender.name == ctx.last_speaker:
                return ctx.last_speaker
    return ctx.message.sender.name if ctx.message is not None else None


def _office_writer(ctx: Context, para: int, words: str) -> str:
    """Whose message a bare office ("the Prime Minister") reports: the writer
    `_letter_writer` gives when the office may be theirs, else the latest message's
    sender ("Dr Alvi said ... In the tweet, the Prime Minister wrote": not Alvi)."""
    latest = ctx.message.sender.name
    writer = _letter_writer(ctx, para)
    if writer is None or writer == latest:
        return latest
    party = next((m.sender for m in ctx.messages[:ctx.reported] if m.sender.name == writer), None)
    return writer if party is None or _may_hold(party, words) else latest


def _may_hold(party: Party, words: str) -> bool:
    """Whether `party` can be the holder of the bare office in `words` ("The President",
    "the head of state", but not "the spokesman" for a prime minister's letter): the story
    gives it no titles, or one of them holds the office or what the description means."""
    titles = " ".join(party.titles).lower().split()
    if not titles:
        return True
    offices = _offices_meant(words)
    return offices is None or any(o in titles for o in offices)


@lru_cache(maxsize=256)
def _offices_meant(words: str) -> frozenset[str] | None:
    """The offices that `words` names or describes ("the head of state" -> "president"),
    None when it describes any office ("the leader", "his counterpart"). A story
    writes its few descriptions again and again."""
    low = words.lower()
    offices = {w for w in low.split() if w in _TITLES}
    for phrase, meaning in _DESCRIPTIONS.items():
        if phrase in low:
            if meaning == "*":
                return None
            offices.add(meaning)
    return frozenset(offices)


def _description(words: str, pos: int, para: int, ctx: Context) -> str:
    """"the Chinese president", "The President", "the Vietnamese Prime Minister"."""
    # "His Highness the President": the form of address says no more of whose office
    toks = [t for t in _ARTICLE.sub("", words).split() if t.lower() not in _ADDRESS_WORDS]
    office = [t for t in toks if t.lower() in _TITLES]
    qualifier = next((t for t in toks if t.lower() not in _TITLES and t.lower() not in _CONNECT), None)
    if words[:2].lower() in ("a ", "an"):
        # "a spokesman", "A Treasury spokesperson": someone the story titles so, if
        # anyone; never the writer or the last speaker, whom "the" would point back to
        holder = ctx.names.holder(" ".join(office), qualifier) if office else None
        return holder or words
    if qualifier is None and ctx.message is not None and _may_hold(ctx.message.sender, words):
        # a bare office ("The President") in a message's report is its sender
        return _office_writer(ctx, para, words)
    holder = ctx.names.holder(" ".join(office), qualifier) if office else None
    if holder:
        return holder
    found = ctx.cast.resolve(words, pos)
    if found and not _title_only(found):
        return _name(ctx, found, pos)
    holder = ctx.names.holder_written(" ".join(office), qualifier) if office else None
    if holder:
        return holder
    if ctx.message is not None and _may_hold(ctx.message.sender, words):
        return ctx.message.sender.name
    if ctx.last_speaker and ctx.last_para >= para - 2:
        return ctx.last_speaker
    return words


def resolve(mention: str, pos: int, para: int, ctx: Context) -> str:
    """The full name `mention` (at offset `pos`, in paragraph `para`) stands for; the
    mention as written when the story does not say."""
    words = mention.strip(" \t\n,;:\"'\u201c\u201d\u2018\u2019")
    named = ctx.named.get(words)
    if named is not None:  # no pronoun and no overlong mention is kept there
        return named
    if len(words) > 120:
        return words
    low = words.lower()
    if low in OBJECT_PRONOUNS:  # "according to him"
        words = low = OBJECT_PRONOUNS[low]
    if low in PRONOUNS:
        if low in {"he", "she"}:
            if ctx.here is not None:  # "... sent a cable, in which he voiced hope ..."
                return ctx.here.sender.name
            if ctx.previous is not None and ctx.previous[1] < pos:
                # "Spokeswoman Pavlina Marinaki thanked Ankara. She told reporters ..."
                name = _ARTICLE.sub("", ctx.previous[0])
                if proper(name) and not _title_only(name):
                    full = _name(ctx, name, ctx.previous[1])
                    if len(full.split()) >= 2 or ctx.names.fullest(full):
                        return full
            if ctx.last_speaker and ctx.last_para >= para - 1:
                return ctx.last_speaker
            if ctx.message is not None:
                return ctx.message.sender.name
            found = ctx.cast.resolve(words, pos)
            if found:
                return _name(ctx, found, pos)
        return words
    if MESSAGE_NOUNS.search(words):
        # "The message sent by Putin", "Kim's letter", "the message"
        bare = _ARTICLE.sub("", words)
        for run in _NAME_RUN.finditer(bare):
            name = _possessive(run.group())
            if name.lower() in _TITLES or MESSAGE_NOUNS.search(name):
                continue
            found = ctx.names.fullest(strip_titles(name))
            if found and bare.endswith("to ", 0, run.start()):
                # "The message to Murmu": the sender of the message she was sent
                found = _sender_to(ctx, found)
            if found:
                return found
        return _letter_writer(ctx, para) or words
    if _title_only(words) or _office_of_place(words):
        return _description(words, pos, para, ctx)
    bare = _possessive(_ARTICLE.sub("", words))
    if proper(bare):
        named = _name(ctx, bare, pos)
        ctx.named[words] = words if named == bare and bare != words and not ctx.names.fullest(bare) else named
        return ctx.named[words]
    # what remains reads the words alone, or a name that `_name` keeps once read: the
    # answer no longer depends on the context
    ctx.named[words] = _described_speaker(words, pos, ctx)
    return ctx.named[words]


def _described_speaker(words: str, pos: int, ctx: Context) -> str:
    """A speaker that is neither a pronoun, a message, an office nor a proper name:
    "VNA's correspondent in Beijing", "North Korean leader Kim Jong-un", "a spokesman"."""
    head = _PREP_AFTER_NOUN.search(words)
    if head:
        return words[: head.end(1)]
    place = _PLACE_AFTER.search(words)
    if place:
        return words[: place.start()]  # "The Russian Embassy in Washington"
    runs = _NAME_RUN.findall(words)
    if runs and words.split()[-1] == runs[-1].split()[-1]:
        return _name(ctx, runs[-1], pos)  # "North Korean leader Kim Jong-un"
    return words  # "the ministry's press office", "a spokesman"
