"""Claims: reported speech and quotations, with their speakers resolved, and the claims
each message's sender made in it."""
from __future__ import annotations

from .model import Claim, Message
from .parties import Cast
from .sentences import Document


def find(doc: Document, cast: Cast, messages: list[Message]) -> list[Claim]:
    """Every claim of the article in text order; also fills each message's `claims`."""
    return []
