"""People and organisations in the story: full names, titles, acronyms, and who a
surname, a pronoun or a description ("the Chinese president") refers to.

`Cast.build(doc)` reads the whole document once; `cast.resolve(mention, pos)` gives the
full name a mention at offset `pos` refers to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Party
from .sentences import Document

NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}\b")
ACRONYM = re.compile(r"(?P<long>(?:[A-Z][\w\u2019']*\s+(?:(?:of|the|and|for|on)\s+)*){1,10})\((?P<short>[A-Z]{2,8})\)")
PRONOUNS = frozenset({"he", "she", "him", "her", "his"})


@dataclass(slots=True)
class Person:
    name: str
    titles: list[str] = field(default_factory=list)
    first: int = 0  # offset of the first mention


@dataclass(slots=True)
class Cast:
    people: list[Person]
    acronyms: dict[str, str]
    # (offset, full name) of every mention, in text order
    mentions: list[tuple[int, str]]

    @classmethod
    def build(cls, doc: Document) -> "Cast":
        people: dict[str, Person] = {}
        mentions: list[tuple[int, str]] = []
        for m in NAME.finditer(doc.text):
            name = m.group()
            if name not in people:
                people[name] = Person(name, first=m.start())
            mentions.append((m.start(), name))
        acronyms = {m.group("short"): " ".join(m.group("long").split()) for m in ACRONYM.finditer(doc.text)}
        return cls(list(people.values()), acronyms, mentions)

    def party(self, name: str) -> Party:
        for p in self.people:
            if p.name == name:
                return Party(p.name, list(p.titles))
        return Party(name, [])

    def resolve(self, mention: str, pos: int) -> str | None:
        """The full name that `mention` (a name, surname, pronoun or description) at
        offset `pos` refers to, or None when nothing fits."""
        m = mention.strip()
        if m.lower() in PRONOUNS:
            before = [n for o, n in self.mentions if o < pos]
            return before[-1] if before else None
        for p in self.people:
            if m == p.name or m in p.name.split():
                return p.name
        return None
