"""The values that flow between the stages: plain dataclasses, picklable, no behaviour."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None
    date: str | None  # YYYY-MM-DD
    agency: str | None


@dataclass(slots=True)
class Cleaned:
    """The story text with boilerplate cut, and the metadata the cuts gave."""

    text: str
    removed: list[str] = field(default_factory=list)
    published: str | None = None
    dateline: Dateline | None = None
    agencies: list[str] = field(default_factory=list)
    headline: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence; `start`/`end` are offsets into the cleaned text, `para` its paragraph."""

    start: int
    end: int
    text: str
    para: int


@dataclass(slots=True)
class Party:
    name: str
    titles: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    speaker: str
    cue: str
    text: str
    direct: bool
    span: tuple[int, int]


@dataclass(slots=True)
class Message:
    """One written message. `sentence` is the index in the document's sentence list of
    the sentence that reports it (both messages of an exchange share it); `refs` are the
    indices of later sentences that refer back to it ("In his message, Xi said ...",
    "The letter, dated November 1, ..."), where its content is reported."""

    kind: str
    medium: str
    date: str | None
    sender: Party
    recipients: list[Party]
    occasion: str | None = None
    claims: list[Claim] = field(default_factory=list)
    cameo: str | None = None
    # index in the document's sentence list of the sentence that reports the message
    sentence: int = 0
    refs: list[int] = field(default_factory=list)
