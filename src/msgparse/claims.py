"""Claims: reported speech and quotations, with their speakers resolved, and the claims
each message's sender made in it.

A claim is content that the story attributes to a speaker through a cue:

    Xi said the congress is of great significance      cue "said", content after it
    The congress is of great significance, Xi said.    content before it
    ..., according to Xi.                              "according to", content before
    Xi expressed confidence that ...                   "expressed confidence"
    Xi wished Kim every success ...                    "wished", its object
    ..., adding that ...                               a second claim of the same speaker
    "...," Xi said. / Xi said: "..."                   a quotation (`direct`)

A quotation gives one claim per sentence (the first carries the cue), runs on over
paragraphs that open with a fresh quotation mark, and stops at a paragraph's end when
the closing mark is missing. A round-up that introduces each leader with a line of
their own ("Russian President Vladimir Putin:") gives each following sentence to that
leader. Salutations and the act of congratulating itself ("I warmly congratulate
you ...") state nothing and are left out.

Speakers are full names: "Xi", "he", "the Chinese president", "the message" are
resolved through the cast, the story's written-out names and the message in scope
(`speakers`); a speaker the story never names stays as written ("a spokesman").

A message's claims are its sender's claims from the sentence that reports the message
up to the report of a later message; messages reported one after another (an
exchange, a round-up) share the stretch after them, each taking its sender's claims.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from . import agencies, cues, lexicon, quotes
from .model import Claim, Message, Sentence
from .parties import Cast
from .patterncache import regex
from .sentences import Document
from .speakers import MESSAGE_NOUNS as _MESSAGE_NOUNS, Context, Names, opening_name, proper as _proper, resolve

_ACTS = regex(rf"(?:[\W\d_]*)(?:{lexicon.alternation('cues_acts')})\b", re.IGNORECASE)
_TRIM_END = ",;:.!?\u2014\u2013- \t\n"
_TRIM_START = ",;: \t\n"
_MIN_WORDS = 2
_OFFICE_WORDS = frozenset(w.lower() for w in lexicon.words("cues_titles")) | {"of", "the", "and", "his", "her"}
_JOINT = regex(r"([A-Z][^,;]*?)\s+and\s+([A-Z][^,;]*)")
_FIRST_PERSON = regex(r"\b(?:I|we|We|my|My|our|Our|me|us|you|You|your|Your)\b")
# "CUBA: President Miguel Diaz-Canel: "..."": a label line before a quotation
# a sentence that opens with a message as its subject: "The message extended ..."
_MESSAGE_OPENER = regex(r"(?:The|This|That|His|Her|Their|Its)\s+(?:[\w-]+\s+){0,2}?(?:message|letter|cable|telegram|reply)s?\b")
_LABEL = regex(r"(?:[^:\n]{2,80}:\s*){1,3}")
# a colon that ends a paragraph: white space, then a line break or the text's end
_PARAGRAPH_COLON = regex(r":\s*(?:\n|\Z)")


@dataclass(slots=True)
class _Frame:
    """A cue with its speaker and content located in one sentence."""

    hit: cues.Hit
    head: int  # where the frame's own words (speaker, cue) start: content before ends here
    tail: int  # where they end: content after starts here
    who: tuple[int, int] | None  # speaker offsets, None for a participle
    forward: bool  # content after the cue (else before it)
    speaker: str = ""
    also: tuple[str, ...] = ()  # further speakers of a joint cue: "Chinh and Li expressed ..."
    relative: bool = False  # the cue of a relative clause ("Kim Jong Un, who said"): no voice for a participle


def _clip(text: str, s: int, e: int) -> tuple[int, int, str]:
    """`text[s:e]` without the punctuation and closing quotation marks around it
    ('"overcome it soon."'), with its offsets; a quotation the words open keeps its
    closing mark ('would "overcome it soon."')."""
    if e <= s:
        return s, e, ""
    seg = text[s:e]
    body = seg.lstrip(_TRIM_START)
    s += len(seg) - len(body)
    words = body.rstrip(_TRIM_CLOSE)
    if words.endswith(_CONJUNCTIONS_AFTER):
        # "A said X, while B noted Y": the word that joins the next speaker's clause
        words = _TRAILING_CONJUNCTION.sub("", words).rstrip(_TRIM_CLOSE)
    if len(words) < len(body) and _opens_double_quote(words):
        close = max(body.rfind("\u201d", len(words)), body.rfind('"', len(words)))
        if close >= 0:
            words = body[:close + 1]
    return s, s + len(words), words


_JOINING_WORDS = ("while", "whereas", "and", "but")
_CONJUNCTIONS_AFTER = tuple(" " + w for w in _JOINING_WORDS)  # a cheap test before the pattern
_TRAILING_CONJUNCTION = regex(r",?\s+(?:" + "|".join(_JOINING_WORDS) + r")$")


def _sentences_quoted(words: str) -> bool:
    """Whether quoted `words` are sentences, not a heading ("All Bets Are Off."): they
    end as a sentence does, and most of their longer words are in lower case."""
    long_words = [w for w in words.split() if len(w) >= 4]
    return words.endswith((".", "!", "?")) and sum(w[0].isupper() for w in long_words) * 4 < len(long_words) * 3


def _opens_double_quote(words: str) -> bool:
    """Whether `words` open a double quotation they do not close."""
    if "\u201c" in words and words.count("\u201c") > words.count("\u201d"):
        return True
    return words.count('"') % 2 == 1


_PART_THAT = frozenset({"claiming", "telling", "writing", "warning", "calling"})
# words after which a participle opens a clause: "while stressing", "and noting"
_CLAUSE_OPENERS = frozenset({"while", "after", "before", "also", "further", "and", "in", "by"})
_PLACE_ONLY = regex(r"(?:in|at|on|during|through|via)\s[^,;.!?]{0,60}", re.IGNORECASE)
_OPENING_OFFICE = regex(r"((?:[Hh]e|[Ss]he|(?:The|the)(?:\s+[A-Z]\w+)?\s+(?:president|leader|king|premier|minister|prime minister|chairman|secretary|amir|emir|sultan|pope)))\b")
# a surname opening a sentence (after "Earlier," or "On Monday,"), then its verb
_OPENING_SURNAME = regex(
    r"(?:[A-Z][\w-]*(?:\s+[\w-]+){0,2},\s+)?([A-Z][\w'\u2019-]+)\s+(?:also\s+|later\s+|then\s+|on\s+[A-Z][a-z]+day\s+)?"
    r"(?:[a-z]+(?:ed|s)|wrote|sent|met|told|gave|took|made|held|spoke|saw)\b"  # a past tense: the name is a subject
)
_PLACE_COLON = regex(r"(?:in|at|on|during|through|via)\s[^,;.!?:\"\u201c]{0,60}[:,]\s*", re.IGNORECASE)
_CONJUNCTION = regex(r"(?:and|but|or)\s", re.IGNORECASE)
_TO_QUOTE = regex(r"\s*[:,]?\s*")
_BEFORE_TO = regex(r"\s+(?=to\b)")
_CLOSING = quotes.CLOSERS + "\"'\u2019"
_TRIM_CLOSE = _TRIM_END + _CLOSING  # what `_clip` takes off the end
_CLAUSE_END = regex(r"[,;.!?]")
_TEXT = regex(r"[^\s\"\u201c]")


def _ends_clause(text: str, start: int, pos: int) -> bool:
    """Whether the text before `pos` (back to `start`) ends with a comma or a closing
    quotation mark: the content of a cue that follows stands before it."""
    j = pos
    while j > start and j > pos - 200 and text[j - 1].isspace():
        j -= 1
    return j > start and (text[j - 1] == "," or text[j - 1] in quotes.MARKS or text[j - 1] in "'\u2019")


def _scare_quote(text: str, q: quotes.Quote) -> bool:
    """Whether quotation `q` holds a word or two ("called for "future-oriented" ties"),
    quoted inside the reported words rather than being them."""
    return len(text[q.start:q.end].split(None, 2)) < 3


# a verb of writing or sending before the one a participle follows
_ACTION_BEFORE = regex(
    r"(?i)\b(?:" + lexicon.alternation_of(lexicon.longest_first([*lexicon.words("message_verbs_send"), "wrote", "written"]))
    + r")\b[^,;.]*$"
)
_REPORTED = frozenset({"reported", "reports", "reporting"})
_COMMA_AND = regex(r",\s*and\s+(?:also\s+|further\s+)?$")


_ADVERBIAL_OPENERS = frozenset({"on", "in", "at", "during", "after", "before", "earlier", "later", "for", "by", "upon"})


def _clause_before(text: str, start: int, pos: int) -> bool:
    """Whether what `_ends_clause` found before `pos` can be content: a quotation, or
    three words at least ("Ultimately, Mr. Clarke hopes to ..." has an adverb there)."""
    before = text[start:pos].rstrip()
    if len(before) > 1 and (before[-2] in quotes.MARKS or before[-2] in "'\u2019" or before[-1] != ","):
        return True
    words = before.split(None, 7)
    if len(words) < 3:
        return False
    # "On the same day, Lula wrote to Sheinbaum": a time or place, no clause
    return len(words) > 6 or words[0].lower() not in _ADVERBIAL_OPENERS


def _positions(text: str, word: str) -> list[int]:
    """Every offset where `word` stands in `text`, in order."""
    out = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


_ASCII = bytes(range(128))


def _lower(text: str) -> str:
    """`text.lower()`, made faster for text whose only letters outside ASCII (if any)
    are lower case already: `str.lower` reads text holding any character outside
    ASCII (a curly quotation mark, a dash) a character at a time, while `bytes.lower`
    turns just the ASCII capitals of the UTF-8 text, a much quicker pass."""
    if text.isascii():
        return text.lower()
    # "surrogatepass": text read with "surrogateescape" may hold lone surrogates
    data = text.encode("utf-8", "surrogatepass")
    others = data.translate(None, _ASCII).decode("utf-8", "surrogatepass")  # the characters outside ASCII
    if others.lower() != others:
        return text.lower()
    return data.lower().decode("utf-8", "surrogatepass")


_UNREAD = ()  # a clause not read yet: `cues.subject` gives a triple or None


class _Finder:
    """One pass over a document; holds the state that pronouns and quotation runs need."""

    def __init__(self, doc: Document, cast: Cast, messages: list[Message]) -> None:
        self.doc = doc
        self.text = doc.text
        self.quotes = quotes.scan(doc.text)
        self.masked = quotes.mask(doc.text, self.quotes)
        low = _lower(self.masked)
        # for checking that a word a pattern needs is there before running it; None
        # where lower-casing moved the offsets (a letter became two)
        self.low = low if len(low) == len(self.masked) else None
        # where "that" stands (None when unknown): a cue's "that" is looked up, not searched for
        self.thats = _positions(low, "that") if self.low is not None else None
        # whether a relative clause may stand before a cue: most stories have no "who"
        self.any_who = self.low is None or "who" in low
        self.quote_at = {q.open: q for q in self.quotes}
        self.quote_end = {q.close: q for q in self.quotes}
        self.opens = [q.open for q in self.quotes]
        self.closes = sorted(self.quote_end)
        self.ctx = Context(cast, Names(doc.text, [(p.name, p.titles) for p in cast.people]))
        self.messages = self.ctx.messages = sorted(messages, key=lambda m: m.sentence)
        self.message_starts = [m.sentence for m in self.messages]
        self.ends = [x.end for x in doc.sentences]
        self.all_hits = cues.hits(self.masked, low)
        self.hit_starts = [h.start for h in self.all_hits]
        self.sent_hits = self._by_sentence()
        self.claims: list[tuple[int, Claim]] = []  # (sentence index, claim)
        self.used: set[int] = set()  # open offsets of quotations already given to a speaker
        # open offset -> (speaker, paragraph, quoted whole)
        self.quote_speaker: dict[int, tuple[str, int, bool]] = {}
        self.subjects: dict[str, tuple[int, int, int] | None] = {}  # clause before a cue -> its speaker
        self.message_words: dict[str, bool] = {}  # a speaker's words -> whether they name a message
        # (sentence index, speaker) of the last message that spoke ("The message said",
        # "It noted"): whom an "it" in the next sentence stands for
        self.message_voice: tuple[int, str] | None = None
        self.bodies = self.headed()
        self.labels = self._label_candidates()

    # -- output ---------------------------------------------------------------------

    def _add(self, si: int, speaker: str, cue: str, s: int, e: int, direct: bool) -> None:
        self._add_clipped(si, self.doc.sentences[si].para, speaker, cue, *_clip(self.text, s, e), direct)

    def _add_clipped(self, si: int, para: int, speaker: str, cue: str, s: int, e: int, words: str,
                     direct: bool) -> None:
        """`_add` for the offsets and words `_clip` gave already; `para` is sentence
        `si`'s paragraph. A claim needs at least two words."""
        if len(words) < 6 or len(words.split(None, _MIN_WORDS - 1)) < _MIN_WORDS:
            return
        self.claims.append((si, Claim(speaker, cue, words, direct, (s, e))))
        ctx = self.ctx
        ctx.last_speaker = speaker
        ctx.last_para = para

    def _quotation(self, si: int, q: quotes.Quote, speaker: str, cue: str, whole: bool = False) -> None:
        """A quotation as claims, one per sentence (or one in all when `whole`)."""
        self.used.add(q.open)
        para = self.doc.sentences[si].para
        self.quote_speaker[q.open] = (speaker, para, whole)
        if whole:
            s = q.start
            for sj in range(si, len(self.doc.sentences)):
                sent = self.doc.sentences[sj]
                if sent.start >= q.end or not self._act(max(s, sent.start), min(q.end, sent.end)):
                    break
                s = sent.end
            self._add(si, speaker, cue, s, q.end, True)
            return
        for sj in range(si, len(self.doc.sentences)):
            sent = self.doc.sentences[sj]
            if sent.start >= q.end:
                break
            s, e = max(q.start, sent.start), min(q.end, sent.end)
            if e <= s:
                continue
            while s < e and (self.text[s].isspace() or self.text[s] in quotes.MARKS):
                s += 1
            if self._act(s, e):
                continue
            before = len(self.claims)
            self._add(sj, speaker, cue, s, e, True)
            if len(self.claims) > before:
                cue = ""

    # -- sentences ------------------------------------------------------------------

    def _frames(self, si: int, sent: Sentence) -> list[_Frame]:
        hits = self.sent_hits[si]
        if not hits:
            return []
        # the last "that" that fits before the sentence's end: a cue's "that" can
        # follow it only when this one stands after the cue (an unknown "that" may be
        # anywhere). The story's "that"s are found once: a search per cue over the
        # rest of the sentence would make a long sentence with many cues quadratic.
        thats = self.thats
        if thats is None:
            last_that = sent.end
        else:
            i = bisect.bisect_right(thats, sent.end - 4)
            last_that = thats[i - 1] if i else -1
        out: list[_Frame] = []
        floor = sent.start
        prev = ""
        for hit in hits:
            frame = self._frame(sent, hit, floor, last_that, prev)
            floor = hit.end
            prev = hit.kind
            if frame:
                out.append(frame)
        return out

    def _frame(self, sent: Sentence, hit: cues.Hit, floor: int, last_that: int, prev: str = "") -> _Frame | None:
        """The frame of cue `hit` (after the previous cue's end, `floor`), or None when
        no speaker or content stands where the cue needs them. `prev`: the kind of the
        cue before it in the sentence."""
        start, end, _, kind = hit
        if kind == "acc":
            return self._according(sent, hit)
        m = self.masked
        s_end = sent.end
        pre_start = start - 200 if start - 200 > floor else floor
        pre = m[pre_start:start]
        if kind == "part":
            return self._participle(sent, hit, pre, pre_start, last_that)
        # "who" is what both relative-clause patterns need
        if self.any_who and self._may_hold("who", pre_start, start):
            rel = cues.RELATIVE.search(pre)
            if rel:
                # "The mayor met Kim Jong Un, who said ...": the name before the comma;
                # else ("according to Xi, who said") the speaker of the clause before
                that = self._that_after(end, s_end, last_that)
                tail = that.end() if that else cues.LEAD.match(m, end, s_end).end()
                who = cues.relative_subject(pre[:rel.start()])
                if who is not None:
                    return _Frame(hit, pre_start + rel.start(), tail, (pre_start + who[0], pre_start + who[1]), True,
                                  relative=True)
                return _Frame(hit, pre_start + rel.start(), tail, None, True)
            bare = cues.BARE_RELATIVE.search(pre)
        else:
            bare = None
        if bare:
            who = cues.relative_subject(pre[:bare.start()])
        else:
            # once per story: "He said", "Xi said" come back often
            who = self.subjects.get(pre, _UNREAD)
            if who is _UNREAD:
                who = self.subjects[pre] = cues.subject(pre)
            if (who is not None and who[2] > who[1] >= 0 and pre_start == floor and not pre[:who[0]].strip()
                    and (prev == "act" or prev in ("say", "that") and _COMMA_AND.search(pre))):
                # "Xi wished Kim good health and expressed the hope": what follows such
                # a cue up to "and" is its object, not the next one's speaker; after
                # "said", it is the subject of what was said ("said Turkey had ... and
                # wished to see") unless a comma closes it ("said China is ready ..., and
                # stressed that": a second verb of the speaker's)
                who = (-1, -1, who[2])
        if kind == "tell":
            stop = s_end if s_end < end + 80 else end + 80
            that = cues.OBJECT_THAT.match(m, end, stop) if self._may_hold("that", end, stop) else None
            if that is None:
                # "told reporters the letter was "very nice"": what follows the listeners
                # is the content, even when a quotation comes later in it
                that = cues.OBJECT_LISTENERS.match(m, end, stop)
            if that is None:
                that = cues.OBJECT_QUOTE.match(m, end, s_end if s_end < end + 60 else end + 60)
                if that is not None and that.end() not in self.quote_at:
                    that = None
            kind = "that"
            hit = cues.Hit(start, end, hit.words, kind)
        else:
            that = self._that_after(end, s_end, last_that)
        if not that and self.quotes and self._opens_within(end, s_end):
            # "Xi wrote: "..."": a quotation stands for the "that"
            colon = _TO_QUOTE.match(m, end, s_end)
            if colon.end() in self.quote_at:
                that = colon
        if kind == "exp":
            that = that or _BEFORE_TO.match(m, end, s_end)
        if who is not None:
            s, e, h = who
            if s < 0:
                # "Xi urged ... and called on ...": the speaker of the verb before
                if floor == sent.start or kind == "that" and not that:
                    return None
                tail = that.end() if that else cues.LEAD.match(m, end, s_end).end()
                return _Frame(hit, pre_start + h, tail, None, True)
            head = pre_start + h
            if kind == "msg":
                words = m[pre_start + s:pre_start + e]
                first = words.split(None, 1)[0].lower() if words.strip() else ""
                if m.startswith(" out", end) or first != "it" and first not in cues.DETERMINERS and not self._names_message(words):
                    return None  # "Ri read out the letter": a reader, not a text's words ("the article read")
            rel_clause = bare is not None  # "an architect who said"
            if that:
                return _Frame(hit, head, that.end(), (pre_start + s, pre_start + e), True, relative=rel_clause)
            back = cues.BACKWARD_END.match(m, end, s_end) if kind in ("say", "that", "msg") else None
            if kind == "that" and not back:
                back = cues.OBJECT_END.match(m, end, s_end)
            if back and _ends_clause(m, sent.start, head) and _clause_before(m, sent.start, head):
                return _Frame(hit, head, back.end(), (pre_start + s, pre_start + e), False, relative=rel_clause)
            if kind in ("say", "act", "msg", "exp"):
                lead = cues.LEAD.match(m, end, s_end)
                return _Frame(hit, head, lead.end(), (pre_start + s, pre_start + e), True, relative=rel_clause)
            return None
        # "..., said Xi."
        if kind in ("say", "that") and _ends_clause(m, sent.start, start):
            inv = cues.INVERTED.match(m, end, s_end)
            if inv and cues.plausible(inv.group("who")):
                return _Frame(hit, start, inv.end(), (inv.start("who"), inv.end("who")), False)
        return None

    def _may_hold(self, word: str, start: int, end: int) -> bool:
        """Whether `word` (lower case, ASCII) may stand in the masked text between
        `start` and `end`, in any case: a pattern that needs it runs only then."""
        return self.low is None or self.low.find(word, start, end) >= 0

    def _that_after(self, pos: int, end: int, last_that: int) -> re.Match[str] | None:
        """`cues.THAT_AFTER` at `pos` ("said on Monday that"), tried only when the
        sentence's last "that" (`_frames`) stands at `pos` or after."""
        return cues.THAT_AFTER.match(self.masked, pos, end) if last_that >= pos else None

    def _according(self, sent: Sentence, hit: cues.Hit) -> _Frame | None:
        """"According to X, ..." opens the sentence; "..., according to X." closes it."""
        m = self.masked
        start, end = hit.start, hit.end
        limit = sent.end if sent.end < end + 120 else end + 120
        if _TEXT.search(m, sent.start, start) is None:
            comma = m.find(",", end, limit)
            if comma < 0:
                return None
            who = m[end:comma].strip()
            if not cues.plausible(who) and who.lower() not in cues.OBJECT_PRONOUNS:  # "According to him,"
                return None
            return _Frame(hit, start, comma + 1, (end, comma), True)
        stop = _CLAUSE_END.search(m, end, limit)
        who_end = stop.start() if stop else limit
        who = m[end:who_end].strip()
        if not cues.plausible(who) and who.lower() not in cues.OBJECT_PRONOUNS:
            return None
        head = start
        while head > sent.start and m[head - 1] in ", \t":
            head -= 1
        return _Frame(hit, head, who_end, (end, who_end), False)

    def _participle(self, sent: Sentence, hit: cues.Hit, pre: str, pre_start: int, last_that: int) -> _Frame | None:
        """A participle opens a clause: at the sentence start, after a comma, or after
        "while"/"after"/"also"; it speaks for the clause it hangs on (`_participles`)."""
        lead = pre.rstrip()
        last = lead.rsplit(None, 1)
        lead_word = last[-1].lower() if last else ""
        opener = lead_word in _CLAUSE_OPENERS
        comma = lead.endswith(",")
        if lead and not comma and not opener and not (
                last and (last[-1][:1].isupper() or lead_word in cues.OBJECT_PRONOUNS)
                and _ACTION_BEFORE.search(self.masked, sent.start, hit.start)):
            # "sent a letter to Xi calling for ...", "wrote to Marcos urging him": right
            # after the one written to, as after a comma
            return None
        head = hit.start
        if comma:
            head = pre_start + len(lead) - 1
        elif opener:
            head = pre_start + len(lead) - len(lead_word)
        m = self.masked
        end, s_end = hit.end, sent.end
        after = self._that_after(end, s_end, last_that)
        if after is None and hit.words.lower() == "telling":
            after = cues.OBJECT_LISTENERS.match(m, end, s_end)  # "telling reporters the ..."
        if after is None and hit.words.lower() in _PART_THAT:
            return None  # "claiming many lives", "telling him", "writing a letter"
        tail = after.end() if after else cues.LEAD.match(m, end, s_end).end()
        return _Frame(hit, head, tail, None, True)

    def sentence(self, si: int, sent: Sentence) -> None:
        if not self.sent_hits[si] and si not in self.bodies and si not in self.labels:
            # no cue, heading or label: at most the first-person words of the last
            # speaker, which resolve no one. Most sentences are such; the messages in
            # scope are brought up to date by the next sentence that resolves a speaker.
            self._uncued(si, sent)
            return
        self._scope(si)
        if si in self.bodies:
            self._body(si, sent, self.bodies[si])
            return
        if si in self.labels and self._labelled(si, sent):
            return
        frames = self._frames(si, sent)
        if not frames:
            self._uncued(si, sent)
            return
        self._speakers(si, sent, frames)
        if len(frames) > 1:
            frames = self._outermost(frames)
        for f in frames:
            if f.who is None:
                self._participles(sent, frames)
                break
        prev_end = sent.start
        last = len(frames) - 1
        for k, f in enumerate(frames):
            if not f.speaker or f.hit.words.lower() in _REPORTED and agencies.canonical(f.speaker):
                continue  # "..., the Qatar News Agency reported": the story's source, not a claim
            if f.forward:
                if self.quotes and self._quote_before(prev_end, f.head):
                    # '"A," X said, "B."': the quotation before the speaker is his too
                    self._content(si, sent, replace(f, forward=False), prev_end, f.head)
                s = f.tail
                nxt = frames[k + 1].head if k < last else sent.end
                e = prev_end = nxt if nxt > s else s
            else:
                s, e = prev_end, f.head
                prev_end = f.tail
            self._content(si, sent, f, s, e)
            for other in f.also:
                self._add(si, other, f.hit.words, s, e, False)

    def _scope(self, si: int) -> None:
        """The messages reported up to sentence `si`, for resolving speakers there
        (sentences are read in order: the count only grows)."""
        ctx = self.ctx
        k = ctx.reported
        starts = self.message_starts
        if k < len(starts) and starts[k] <= si:  # a further message is reported
            k = ctx.reported = bisect.bisect_right(starts, si)
            ctx.message = self.messages[k - 1]
        message = ctx.message
        ctx.here = message if message is not None and message.sentence == si else None
        ctx.previous = None

    def _speakers(self, si: int, sent: Sentence, frames: list[_Frame]) -> None:
        """Resolve the speaker named in each frame, in order."""
        text = self.text
        named = []
        pronoun = False
        for f in frames:
            if f.who is not None:
                words = text[f.who[0]:f.who[1]]
                named.append((f, words))
                low = words.strip().lower()
                pronoun = pronoun or low in cues.PRONOUNS or low in cues.OBJECT_PRONOUNS
        ctx = self.ctx
        if pronoun:
            ctx.previous = self._previous_subject(si)
        para = sent.para
        for f, words in named:
            joint = _JOINT.fullmatch(words) if "and" in words else None
            if joint:
                f.speaker = resolve(joint.group(1), f.who[0], para, ctx)
                f.also = (resolve(joint.group(2), f.who[0] + joint.start(2), para, ctx),)
            elif words == "It" or words == "it":
                f.speaker = self._it(si, words)
            else:
                f.speaker = resolve(words, f.who[0], para, ctx)
                if self._names_message(words):
                    self.message_voice = (si, f.speaker)

    def _names_message(self, words: str) -> bool:
        """Whether a speaker's words name a message ("The message", "Kim's letter"):
        asked once per story for each, as a story's speakers come back."""
        found = self.message_words.get(words)
        if found is None:
            found = self.message_words[words] = _MESSAGE_NOUNS.search(words) is not None
        return found

    def _it(self, si: int, words: str) -> str:
        """"The message extended congratulations ... It said that ...": an "it" that
        speaks is the message that spoke, or opened, the sentence before."""
        voice = self.message_voice
        if voice is None or voice[0] < si - 1:
            prev = self.doc.sentences[si - 1] if si else None
            opener = _MESSAGE_OPENER.match(prev.text) if prev is not None else None
            if opener is None:
                return words
            voice = (si, resolve(opener.group(), prev.start, prev.para, self.ctx))
        self.message_voice = (si, voice[1])
        return voice[1]

    def _outermost(self, frames: list[_Frame]) -> list[_Frame]:
        """"Xi said he believes that ...": a cue inside another's content is part of it."""
        kept: list[_Frame] = []
        for f in frames:
            prev = kept[-1] if kept else None
            start = f.who[0] if f.who is not None and f.who[0] < f.head else f.head  # "said Turkey had ... and wished"
            if prev and prev.forward and prev.hit.kind != "acc" and start >= prev.tail and not self.masked[prev.tail:start].strip():
                continue
            kept.append(f)
        return kept

    def _participles(self, sent: Sentence, frames: list[_Frame]) -> None:
        """Participles speak with the voice of the clause they hang on."""
        after: list[_Frame | None] = [None] * len(frames)
        nxt_main: _Frame | None = None
        for k in range(len(frames) - 1, -1, -1):
            after[k] = nxt_main
            if frames[k].who is not None and not frames[k].relative:
                nxt_main = frames[k]
        prev_main: _Frame | None = None
        for k, f in enumerate(frames):
            if f.who is not None:
                if not f.relative:
                    prev_main = f
            else:
                main = prev_main or after[k]
                if main:
                    f.speaker = main.speaker
                else:
                    f.speaker = self._opening_speaker(sent, f.head)

    def _content(self, si: int, sent: Sentence, f: _Frame, s: int, e: int) -> None:
        """Content [s, e) of frame `f`: a quotation when it is one, else reported speech."""
        text = self.text
        cs, ce, words = _clip(text, s, e)
        q = self.quote_at.get(cs)
        if q is None and f.forward and self._opens_within(cs + 1, ce):
            lead = _PLACE_COLON.match(text, cs, ce)  # 'said in his message: "..."'
            if lead is not None and lead.end() in self.quote_at:
                cs = lead.end()
                q = self.quote_at[cs]
        if q is None and ce < len(text):
            # content that ends with a quotation: "...," Xi said (the quotation may
            # have started in an earlier sentence); one closes no later than `e` or
            # `ce + 8` if any does
            end_q = None
            if self._closing(ce, max(e, ce + 8) + 1) is not None:
                end_q = self.quote_end.get(ce + 1) or self.quote_end.get(e) or self._closing(ce, min(e + 2, ce + 8, len(text) + 1))
            if end_q is not None and end_q.open <= cs and not self._outside(end_q, cs, ce):
                q = end_q
        if q is not None and not self._outside(q, cs, ce) or (
                q is not None and f.forward and q.open == cs and not _scare_quote(text, q)):
            if q.open in self.used:
                return
            first = min(bisect.bisect_right(self.ends, q.start), si)
            # a message's own text is quoted sentence by sentence; a speaker's remark whole
            whole = f.who is None or not self._names_message(text[f.who[0]:f.who[1]])
            self._quotation(first, q, f.speaker, f.hit.words, whole)
            return
        # `words` is text[cs:ce] (when the two differ, a quotation was found above)
        if f.forward:
            if sent.text.endswith(":") and (cs >= ce or _PLACE_ONLY.fullmatch(words)):
                self._colon(si, f)  # "Rodong Sinmun says in a commentary:"
                return
            if _CONJUNCTION.match(words):
                return  # "the letter said and went on": a second verb, no content
        self._add_clipped(si, sent.para, f.speaker, f.hit.words, cs, ce, words, False)

    def _outside(self, q: quotes.Quote, s: int, e: int) -> bool:
        """Whether the content [s, e) holds words outside quotation `q`."""
        return bool(self.masked[s:q.open].strip(" \t\n,:")) or bool(self.masked[q.close:e].strip(" \t\n,.:"))

    def _colon(self, si: int, f: _Frame) -> None:
        """"He said:" ending a paragraph: the next paragraph is what he said."""
        para = self.doc.sentences[si].para
        nxt = next((k for k in range(si + 1, len(self.doc.sentences)) if self.doc.sentences[k].para != para), None)
        if nxt is None:
            return
        first = self.doc.sentences[nxt]
        q = self.quote_at.get(first.start)
        if q is not None and q.open not in self.used:
            self._quotation(nxt, q, f.speaker, f.hit.words)
        elif q is None and not self._hits(first.start, self.ends[self._para_end(nxt)]):
            # an unquoted paragraph after the colon: what was said, as one claim
            self._add(nxt, f.speaker, f.hit.words, first.start, self.ends[self._para_end(nxt)], False)

    # -- layout and runs of quotation -----------------------------------------------

    def continuations(self) -> None:
        """Quotations that carry on an attributed one: the next paragraph opening with
        a quotation mark, or a further quoted sentence in the same paragraph."""
        sents = self.doc.sentences
        last: tuple[str, int, bool] | None = None
        for q in self.quotes:
            if q.open in self.used:
                last = self.quote_speaker.get(q.open)
                continue
            k = self._starting_at(q.open)
            if k is None or last is None:
                if k is not None:
                    last = None
                continue
            speaker, para, whole = last
            prev = self._quote_around(self.quotes[self._qi(q.open) - 1].open) if self._qi(q.open) else None
            if sents[k].para == para or (sents[k].para == para + 1 and prev is not None and not prev.closed):
                self._quotation(k, q, speaker, "", whole)
                last = (speaker, sents[k].para, whole)

    def lead_ins(self) -> None:
        """A quoted paragraph left open, that runs into a next paragraph opening with a
        quotation mark and attributed after it ('"A.' then '"B," Ishiba wrote.'): A
        is that speaker's too; read from the last quotation back, so a run of several
        such paragraphs goes to the one who closes it."""
        sents = self.doc.sentences
        for j in range(len(self.quotes) - 2, -1, -1):
            q, n = self.quotes[j], self.quotes[j + 1]
            if q.closed or q.open in self.used or n.open not in self.used:
                continue
            if self.text[q.open] != self.text[n.open]:
                continue  # a stray mark opening a paragraph, unlike the quotation's own
            k, kn = self._starting_at(q.open), self._starting_at(n.open)
            if k is None or kn is None or sents[kn].para != sents[k].para + 1:
                continue
            speaker, _para, whole = self.quote_speaker[n.open]
            self._quotation(k, q, speaker, "", whole)

    def _starting_at(self, pos: int) -> int | None:
        """Index of the sentence that starts at `pos`, if one does: the first one to
        end after it (sentences are in order and none is empty)."""
        k = bisect.bisect_right(self.ends, pos)
        return k if k < len(self.ends) and self.doc.sentences[k].start == pos else None

    def headed(self) -> dict[int, str]:
        """Round-ups and letters: a line of its own naming the speaker ("Russian
        President Vladimir Putin:", "Dear President and friend:"), then that speaker's
        words, up to the next such line or the story's own reporting. Returns the
        sentences of those words, each with the line that heads it."""
        sents = self.doc.sentences
        out: dict[int, str] = {}
        # a heading ends its paragraph with a colon; the sentences before the first
        # colon that ends a paragraph are headed by none
        colon = _PARAGRAPH_COLON.search(self.text) if ":" in self.text else None
        if colon is None:
            return out
        header: str | None = None
        for k in range(bisect.bisect_right(self.ends, colon.start()), len(sents)):
            sent = sents[k]
            first = k == 0 or sents[k - 1].para != sent.para
            only = first and (k + 1 == len(sents) or sents[k + 1].para != sent.para)
            text = sent.text
            if only and text.endswith(":") and len(text.split()) <= 30 and text[:1].isupper() \
                    and not self.sent_hits[k]:
                head = text[:-1].split(",")[0].split(":")[-1].strip()
                header = f"{k}" if _ACTS.match(head) or _proper(head) else None
                continue
            if header is None:
                continue
            if first and sent.para > sents[int(header)].para + 1 \
                    and not _FIRST_PERSON.search(self.masked, sent.start, self.ends[self._para_end(k)]):
                header = None  # past the first paragraph, only words in the first person go on
                continue
            if first and any(h.kind in ("say", "that", "tell", "acc") for h in self.sent_hits[k]):
                header = None
                continue
            if _signature(text):
                header = None
                continue
            out[k] = header
        return out

    def _uncued(self, si: int, sent: Sentence) -> None:
        """A sentence without a speaker of its own: a quoted paragraph or first-person
        words that go on with the speaker before."""
        if not (self.quotes and self._quoted_paragraph(si, sent)):
            self._first_person(si, sent)

    def _quoted_paragraph(self, si: int, sent: Sentence) -> bool:
        """A paragraph that is one quotation, right after a paragraph whose last claim
        quoted a speaker, goes on with that speaker: '"..." the pontiff wrote.' then
        '"I encourage you to continue ..."'. Gives whether it was one."""
        if si == 0 or self.doc.sentences[si - 1].para == sent.para or not self.claims:
            return False
        q = self.quote_at.get(sent.start)
        if q is None or not q.closed or q.open in self.used:
            return False
        last_si, last = self.claims[-1]
        if not last.direct or sent.para - self.doc.sentences[last_si].para != 1 or self._open_quote(last):
            return False  # (a quotation left open goes on by its own rule)
        if self.text[q.close:self.ends[self._para_end(si)]].strip():
            return False  # words after the quotation: they say whose it is
        if not _sentences_quoted(self.text[q.start:q.end].rstrip()):
            return False
        self._quotation(si, q, last.speaker, "", whole=True)
        return True

    def _para_end(self, k: int) -> int:
        """Index of the last sentence of sentence `k`'s paragraph."""
        sents = self.doc.sentences
        while k + 1 < len(sents) and sents[k + 1].para == sents[k].para:
            k += 1
        return k

    def _body(self, si: int, sent: Sentence, header: str) -> None:
        hk = int(header)
        head_sent = self.doc.sentences[hk]
        head = head_sent.text[:-1].strip()
        if _ACTS.match(head):  # "Dear President and friend:": the sender's letter
            if self.ctx.message is None:
                return
            speaker = self.ctx.message.sender.name
        else:
            words = head.split(",")[0].split(":")[-1].strip()
            if not cues.plausible(words):
                return
            speaker = resolve(words, head_sent.start, head_sent.para, self.ctx)
        s = sent.start
        if self._act(s, sent.end):
            return
        q = self.quote_at.get(s)
        if q is not None and q.open not in self.used:
            self._quotation(si, q, speaker, "")
        elif not any(c.span[0] < sent.end and c.span[1] > s for _, c in self.claims[-3:]):
            self._add(si, speaker, "", s, sent.end, False)

    def _label_candidates(self) -> set[int]:
        """The sentences that may open with a label (`_labelled`): those that open a
        paragraph and in which a quotation opens. Found from the story's few
        quotations instead of tested sentence by sentence."""
        sents = self.doc.sentences
        out = set()
        for q in self.quotes:
            k = bisect.bisect_right(self.ends, q.open)
            if k < len(sents) and sents[k].start <= q.open and (not k or sents[k - 1].para != sents[k].para):
                out.add(k)
        return out

    def _labelled(self, si: int, sent: Sentence) -> bool:
        """"RUSSIA: President Vladimir Putin: "..."": the label names the speaker.
        Called for the first sentence of a paragraph, when a quotation opens in it."""
        i = self._qi(sent.start)
        q = self.quotes[i] if i < len(self.quotes) else None
        if q is None or q.open >= sent.end or q.open in self.used:
            return False
        label = self.text[sent.start:q.open]
        if not _LABEL.fullmatch(label) or len(label.split()) > 14 or self._hits(sent.start, q.open):
            return False
        words = label.rstrip().rstrip(":").split(":")[-1].split(",")[0].strip()
        if not words[:1].isupper() or not cues.plausible(words):
            return False
        self._quotation(si, q, resolve(words, sent.start, sent.para, self.ctx), "")
        return True

    def _opening_speaker(self, sent: Sentence, end: int) -> str:
        """Who a participle with no reporting verb before it speaks for: the person
        the sentence opens with ("Sheikh Mohamed thanked them ..., stressing ...",
        "The president also highlighted ..., recalling ..."); "" when none."""
        named = opening_name(self.text, sent.start, min(end, sent.start + 120))
        if named is not None:
            return resolve(named[0], named[1], sent.para, self.ctx)
        single = _OPENING_SURNAME.match(self.text, sent.start, end)
        if single is not None:  # "Earlier, Putin addressed ...": a surname of someone the story names in full
            found = resolve(single.group(1), single.start(1), sent.para, self.ctx)
            if len(found.split()) >= 2 or self.ctx.cast.person(found) is not None:  # "Lula wrote back"
                return found
        lead = _OPENING_OFFICE.match(self.masked, sent.start, end)
        if lead is not None:
            return resolve(lead.group(1), sent.start, sent.para, self.ctx)
        if self.ctx.last_speaker and self.ctx.last_para >= sent.para - 1:
            return self.ctx.last_speaker  # the one who has the floor
        return ""

    def _previous_subject(self, si: int) -> tuple[str, int] | None:
        """The name opening the sentence before `si` when that sentence reported no
        claim: whom a "he" or "she" at the start of this one most likely means."""
        if not si or (self.claims and self.claims[-1][0] == si - 1):
            return None
        prev = self.doc.sentences[si - 1]
        return opening_name(self.text, prev.start, min(prev.end, prev.start + 100))

    def _by_sentence(self) -> list[Sequence[cues.Hit]]:
        """The cues of each sentence, as `_hits` gives them, from one walk over the
        story's cues: a story has fewer cues than sentences, and each cue's sentence is
        found after the one before (sentences are in order and do not overlap). A
        sentence without a cue shares one empty tuple."""
        sents, ends = self.doc.sentences, self.ends
        out: list[Sequence[cues.Hit]] = [()] * len(sents)
        group: list[cues.Hit] = []  # the cues of the latest sentence that has any
        k = 0
        for hit in self.all_hits:
            k = bisect.bisect_right(ends, hit.start, k)  # the first sentence ending after it
            if k == len(sents):
                break
            if sents[k].start <= hit.start:
                if not out[k]:
                    out[k] = group = []
                group.append(hit)
        return out

    def _hits(self, start: int, end: int) -> list[cues.Hit]:
        """The cues between `start` and `end`."""
        return self.all_hits[bisect.bisect_left(self.hit_starts, start):bisect.bisect_left(self.hit_starts, end)]

    def _quote_around(self, pos: int) -> quotes.Quote | None:
        i = self._qi(pos + 1) - 1
        q = self.quotes[i] if i >= 0 else None
        return q if q is not None and q.open <= pos < max(q.close, q.end) else None

    def _quote_before(self, lo: int, head: int) -> bool:
        """Whether a quotation is all that stands between `lo` and `head`, with a comma
        before its closing mark or after it ('"A," X said', '"A", X said')."""
        t = self.text
        j = head - 1
        while j > lo and t[j] in " \t":
            j -= 1
        comma = t[j] == ","
        if comma:
            j -= 1
        q = self.quote_end.get(j + 1)  # keyed by the offset after the closing mark
        return (q is not None and q.open >= lo and q.open not in self.used and not t[lo:q.open].strip()
                and (comma or "," in t[q.end - 1:q.close]))

    def _opens_within(self, start: int, end: int) -> bool:
        """Whether a quotation opens at or after `start` and at or before `end`."""
        i = bisect.bisect_left(self.opens, start)
        return i < len(self.opens) and self.opens[i] <= end

    def _qi(self, pos: int) -> int:
        """Index of the first quotation opening at or after `pos`."""
        return bisect.bisect_left(self.opens, pos)

    def _closing(self, start: int, end: int) -> quotes.Quote | None:
        """The first quotation closing between `start` and `end`."""
        i = bisect.bisect_left(self.closes, start)
        return self.quote_end[self.closes[i]] if i < len(self.closes) and self.closes[i] < end else None

    def _first_person(self, si: int, sent: Sentence) -> None:
        """A sentence in the first person right after a speaker's reported words goes
        on with them: messages are often paraphrased, then quoted without marks."""
        claims = self.claims
        if not claims:
            return
        last_si, last = claims[-1]
        gap = sent.para - self.doc.sentences[last_si].para
        if not (gap == 0 or gap == 1 and self._open_quote(last)):
            return
        start, end = sent.start, sent.end
        for _, c in claims[-3:]:
            if c.span[0] < end and c.span[1] > start:
                return  # the sentence is claimed already
        # the pattern last: it is tried at every offset of the sentence
        if not _FIRST_PERSON.search(self.masked, sent.start, sent.end) or self._act(sent.start, sent.end):
            return
        self._add(si, last.speaker, "", sent.start, sent.end, False)

    def _open_quote(self, claim: Claim) -> bool:
        """Whether `claim` is quoted from a quotation whose paragraph ended before its
        closing mark did: the next paragraph may go on with it."""
        q = self._quote_around(claim.span[0])
        return claim.direct and q is not None and not q.closed

    def _act(self, s: int, e: int) -> bool:
        """A quoted sentence that performs an act (greets, congratulates) or salutes."""
        text = self.text[s:e].strip(" \t\n" + quotes.MARKS)
        if _ACTS.match(text):
            return True
        comma = text.find(",")
        if 0 < comma and len(text[:comma].split()) <= 8 and _ACTS.match(text, comma + 1 + (text[comma + 1:comma + 2] == " ")):
            return True  # "On your 70th birthday, I send you ..."
        return text.endswith(("!", ":")) and len(text.split()) <= 6

    # -- messages -------------------------------------------------------------------

    def _message_at(self, si: int) -> Message | None:
        """The message whose report the story is in at sentence `si`."""
        i = bisect.bisect_right(self.message_starts, si)
        return self.messages[i - 1] if i else None


def _signature(text: str) -> bool:
    """A letter's signature or address block: names and offices, no sentence."""
    toks = text.rstrip(".,").split()
    return bool(toks) and all(t[:1].isupper() or t.lower() in {"of", "the", "and", "for", "de", "la"} for t in toks) \
        and not text.rstrip().endswith((".", "!", "?")) or _ACTS.fullmatch(text.rstrip(",. ")) is not None


def _same(speaker: str, sender: str) -> bool:
    """Whether `speaker` names the message's `sender`: "King Salman", "Mohammed VI of
    Morocco" and "Dr Alvi" do ("Salman bin Abdulaziz", "King Mohammed VI", "Arif Alvi")."""
    if speaker == sender:
        return True
    ta, tb = _name_words(speaker), _name_words(sender)
    if not ta or not tb:
        return False
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(small) >= 2:
        return small <= big
    word = next(iter(ta)) if len(ta) == 1 else None
    parts = [w for w in sender.lower().split() if w not in _OFFICE_WORDS]
    return word is not None and len(word) >= 3 and bool(parts) and word in {parts[0], parts[-1]}


_NAME_SPLIT = regex(r"[\s\-]+")


def _name_words(name: str) -> set[str]:
    return {w for w in _NAME_SPLIT.split(name.lower()) if w and w not in _OFFICE_WORDS}


def assign(claims: list[tuple[int, Claim]], messages: list[Message]) -> None:
    """Give each message its sender's claims, from the sentence reporting it up to the
    report of a later message. Reports that follow one another with no claim between
    them (an exchange, a round-up, a lead naming several messages) share the stretch
    after the last of them, each message taking its own sender's claims."""
    ordered = sorted(messages, key=lambda m: m.sentence)
    for msg in ordered:
        msg.claims = []
    # in sentence order for the bisections below: `claims` come in text order, and a
    # quotation is filed under the sentence that opens it, which may stand earlier
    said = sorted(si for si, _ in claims)
    blocks: list[list[Message]] = []
    for msg in ordered:
        if blocks:
            prev = blocks[-1][-1].sentence
            # claims between the previous report and this one close the previous block
            if bisect.bisect_left(said, msg.sentence) == bisect.bisect_left(said, prev):
                blocks[-1].append(msg)
                continue
        blocks.append([msg])
    firsts = [b[0].sentence for b in blocks]
    same: dict[tuple[str, str], bool] = {}  # a story has few speakers and senders, many claims
    for si, c in claims:
        k = bisect.bisect_right(firsts, si) - 1
        if k < 0:
            continue
        for msg in reversed(blocks[k]):
            if msg.sentence > si:
                continue
            pair = (c.speaker, msg.sender.name)
            if pair not in same:
                same[pair] = _same(*pair)
            if same[pair]:
                c.speaker = msg.sender.name  # one name for one speaker, the fullest the story gives
                msg.claims.append(c)
                break


def find(doc: Document, cast: Cast, messages: list[Message]) -> list[Claim]:
    """Every claim of the article in text order; also fills each message's `claims`."""
    finder = _Finder(doc, cast, messages)
    for si, sent in enumerate(doc.sentences):
        finder.sentence(si, sent)
    finder.continuations()
    finder.lead_ins()
    found = sorted(finder.claims, key=lambda x: x[1].span)
    assign(found, messages)
    return [c for _, c in found]
