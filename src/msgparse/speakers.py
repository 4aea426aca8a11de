"""Who a speaker mention is: "Xi", "he", "the Chinese president", "the message" turned
into the full name of a person or organisation, with the story so far as context."""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .cues import PRONOUNS
from .model import Message
from .parties import Cast

_TITLES = frozenset(w.lower() for w in lexicon.words("cues_titles"))
_MESSAGE_NOUNS = re.compile(r"\b(?:message|messages|letter|cable|telegram|card|note|greetings|reply|missive)\b", re.I)
# capitalised words, with the particles of Arabic, Dutch, Spanish... names between them
_NAME_RUN = re.compile(
    r"[A-Z\u00c0-\u024f][\w'\u2019.\-\u00c0-\u024f]*"
    r"(?:\s+(?:(?:bin|bint|ibn|al|el|de|da|del|van|von|der|den|du|la|le|di)\s+)*[A-Z\u00c0-\u024f][\w'\u2019.\-\u00c0-\u024f]*)*"
)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


@dataclass(slots=True)
class Context:
    """What the story has said so far, for mentions that point back."""

    cast: Cast
    message: Message | None = None  # the message whose report is in scope here
    last_speaker: str | None = None  # speaker of the latest claim
    last_para: int = -1  # paragraph of the latest claim


def strip_titles(name: str) -> str:
    """`name` without the offices before it: "Cambodian Prime Minister Hun Sen" -> "Hun Sen"."""
    words = name.split()
    cut = 0
    for i, w in enumerate(words[:-1]):
        if w.lower() in _TITLES and len(words) - i - 1 >= 2:
            cut = i + 1
    return " ".join(words[cut:])


_CONNECT = frozenset("of the and for de bin bint ibn al el da del van von der den du la le di".split())


def _proper(words: str) -> bool:
    """Whether `words` is one proper name: capitalised words and connectors only."""
    toks = words.split()
    return bool(toks) and toks[0][:1].isupper() and all(t[:1].isupper() or t.lower() in _CONNECT for t in toks)


def _known(cast: Cast, name: str, pos: int) -> str | None:
    """The fullest name the cast knows for `name` or its last words."""
    toks = name.split()
    for i in range(len(toks)):
        found = cast.resolve(" ".join(toks[i:]), pos)
        if found:
            return strip_titles(found)
    return None


def _possessive(words: str) -> str:
    return re.sub(r"['\u2019]s$", "", words)


def resolve(mention: str, pos: int, para: int, ctx: Context) -> str:
    """The full name `mention` (at offset `pos`, in paragraph `para`) stands for; the
    mention as written when the story does not say."""
    words = mention.strip(" \t\n,;:\"'\u201c\u201d\u2018\u2019")
    low = words.lower()
    if low in PRONOUNS:
        if low in {"he", "she"}:
            if ctx.last_speaker and ctx.last_para >= para - 1:
                return ctx.last_speaker
            if ctx.message is not None:
                return ctx.message.sender.name
            found = ctx.cast.resolve(words, pos)
            if found:
                return strip_titles(found)
        return words
    if _MESSAGE_NOUNS.search(words):
        # "The message sent by Putin", "Kim's letter", "the message"
        for run in _NAME_RUN.findall(_ARTICLE.sub("", words)):
            found = _known(ctx.cast, _possessive(run), pos)
            if found:
                return found
        if ctx.message is not None:
            return ctx.message.sender.name
        return words
    found = ctx.cast.resolve(words, pos)
    if found:
        return strip_titles(found)
    bare = _ARTICLE.sub("", words)
    if _proper(bare):
        name = strip_titles(bare)
        return _known(ctx.cast, name, pos) or (words if bare != words and name == bare else name)
    toks = low.split()
    if _ARTICLE.match(words) and toks and toks[-1] in _TITLES:
        # "the Chinese president": the person the report is about
        if ctx.message is not None:
            return ctx.message.sender.name
        if ctx.last_speaker and ctx.last_para >= para - 2:
            return ctx.last_speaker
        return words
    runs = _NAME_RUN.findall(words)
    if runs and not _ARTICLE.fullmatch(runs[-1] + " "):
        name = strip_titles(runs[-1])
        return _known(ctx.cast, name, pos) or name
    return words
