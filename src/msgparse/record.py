"""The record's shape (the contract in docs/record.md), its JSON Schema, and `build`."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .model import Claim, Cleaned, Message, Party

RECORD_VERSION = 1

_NULLABLE_STR = {"type": ["string", "null"]}
_DATE = {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_PARTY = {
    "type": "object",
    "required": ["name", "titles"],
    "properties": {"name": {"type": "string", "minLength": 1}, "titles": {"type": "array", "items": {"type": "string"}}},
}
_CLAIM = {
    "type": "object",
    "required": ["speaker", "cue", "text", "direct", "span"],
    "properties": {
        "speaker": {"type": "string"},
        "cue": {"type": "string"},
        "text": {"type": "string", "minLength": 1},
        "direct": {"type": "boolean"},
        "span": {"type": "array", "items": {"type": "integer", "minimum": 0}, "minItems": 2, "maxItems": 2},
    },
}
KINDS = ["congratulation", "condolence", "greeting", "thanks", "invitation", "support", "other"]
MEDIA = ["message", "letter", "cable", "telegram", "card", "other"]
_MESSAGE = {
    "type": "object",
    "required": ["kind", "medium", "date", "sender", "recipients", "occasion", "claims", "cameo"],
    "properties": {
        "kind": {"enum": KINDS},
        "medium": {"enum": MEDIA},
        "date": _DATE,
        "sender": _PARTY,
        "recipients": {"type": "array", "items": _PARTY},
        "occasion": _NULLABLE_STR,
        "claims": {"type": "array", "items": _CLAIM},
        "cameo": _NULLABLE_STR,
    },
}
SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "msgparse article record",
    "type": "object",
    "required": ["source", "published", "headline", "dateline", "agencies", "messages", "claims", "acronyms", "text", "removed"],
    "properties": {
        "source": _NULLABLE_STR,
        "published": _DATE,
        "headline": _NULLABLE_STR,
        "dateline": {
            "type": ["object", "null"],
            "required": ["place", "date", "agency"],
            "properties": {"place": _NULLABLE_STR, "date": _DATE, "agency": _NULLABLE_STR},
        },
        "agencies": {"type": "array", "items": {"type": "string"}},
        "messages": {"type": "array", "items": _MESSAGE},
        "claims": {"type": "array", "items": _CLAIM},
        "acronyms": {"type": "object", "additionalProperties": {"type": "string"}},
        "text": {"type": "string"},
        "removed": {"type": "array", "items": {"type": "string"}},
    },
}


def party_dict(p: Party) -> dict[str, Any]:
    return {"name": p.name, "titles": list(p.titles)}


def claim_dict(c: Claim) -> dict[str, Any]:
    return {"speaker": c.speaker, "cue": c.cue, "text": c.text, "direct": c.direct, "span": list(c.span)}


def message_dict(m: Message) -> dict[str, Any]:
    return {
        "kind": m.kind,
        "medium": m.medium,
        "date": m.date,
        "sender": party_dict(m.sender),
        "recipients": [party_dict(r) for r in m.recipients],
        "occasion": m.occasion,
        "claims": [claim_dict(c) for c in m.claims],
        "cameo": m.cameo,
    }


def build(
    cleaned: Cleaned,
    messages: list[Message],
    claims: list[Claim],
    acronyms: dict[str, str],
    *,
    source: str | None,
) -> dict[str, Any]:
    """The article record, with every key of the contract present (null where empty)."""
    return {
        "source": source,
        "published": cleaned.published,
        "headline": cleaned.headline,
        "dateline": asdict(cleaned.dateline) if cleaned.dateline else None,
        "agencies": list(cleaned.agencies),
        "messages": [message_dict(m) for m in messages],
        "claims": [claim_dict(c) for c in claims],
        "acronyms": dict(acronyms),
        "text": cleaned.text,
        "removed": list(cleaned.removed),
    }


# ---- one record per message -------------------------------------------------------
# For jq and spreadsheets: each message of an article as a record of its own, with the
# article's identifying fields copied in. `message` is its 1-based position in the
# article's `messages`.
ARTICLE_FIELDS = ("source", "published", "headline", "dateline", "agencies")

MESSAGE_RECORD_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "msgparse message record (--per-message)",
    "type": "object",
    "required": [*ARTICLE_FIELDS, "message", *_MESSAGE["required"]],
    "properties": {
        **{k: SCHEMA["properties"][k] for k in ARTICLE_FIELDS},
        "message": {"type": "integer", "minimum": 1},
        **_MESSAGE["properties"],
    },
}


def message_records(article: dict[str, Any]) -> list[dict[str, Any]]:
    """The article record as one flat record per message (none when it has none)."""
    head = {k: article.get(k) for k in ARTICLE_FIELDS}
    return [{**head, "message": i, **m} for i, m in enumerate(article.get("messages") or [], 1)]
