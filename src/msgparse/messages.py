"""Message events: who sent what kind of written message to whom, when, on what occasion."""
from __future__ import annotations

import datetime as dt

from .model import Message
from .parties import Cast
from .sentences import Document


def find(doc: Document, cast: Cast, base: dt.date | None) -> list[Message]:
    """Every written message the story reports, in text order."""
    return []
