"""Validate records against the published JSON Schema (used by every test that makes one)."""
from __future__ import annotations

from typing import Any

import jsonschema

from msgparse.record import SCHEMA

_VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def assert_valid(record: dict[str, Any]) -> None:
    errors = sorted(_VALIDATOR.iter_errors(record), key=lambda e: list(e.path))
    assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    for c in [*record["claims"], *(c for m in record["messages"] for c in m["claims"])]:
        s, e = c["span"]
        assert record["text"][s:e] == c["text"], f"span {c['span']} does not slice {c['text']!r}"
