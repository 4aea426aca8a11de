"""Every fixture in fixtures/ against its golden record (NAME.golden.json).

`pytest tests/test_golden.py --regen` rewrites the goldens from the current output;
review the diff before committing it.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import msgparse
from conftest import FIXTURES
from schema_check import assert_valid

INPUTS = sorted(p for p in FIXTURES.iterdir() if p.suffix in {".txt", ".html", ".htm"})


def golden_path(p: Path) -> Path:
    return p.with_name(p.stem + ".golden.json")


@pytest.mark.parametrize("path", INPUTS, ids=[p.name for p in INPUTS])
def test_fixture_matches_golden(path: Path, regen: bool) -> None:
    record = msgparse.parse_path(path, source=path.name)
    assert_valid(record)
    gold = golden_path(path)
    if regen:
        gold.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert gold.exists(), f"{gold.name} missing: run pytest {__file__} --regen and review it"
    assert record == json.loads(gold.read_text(encoding="utf-8"))


def test_every_golden_has_its_input() -> None:
    stems = {p.stem for p in INPUTS}
    orphans = [g.name for g in FIXTURES.glob("*.golden.json") if g.name[: -len(".golden.json")] not in stems]
    assert not orphans
