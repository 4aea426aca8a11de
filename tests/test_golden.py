"""Every fixture in fixtures/ against its golden record (NAME.golden.json).

A JSON Lines fixture (NAME.jsonl) has NAME.golden.jsonl: one line per input line, the
record, or `{"source": ..., "error": ...}` for a line that gives none.

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
DUMPS = sorted(p for p in FIXTURES.iterdir() if p.suffix == ".jsonl" and not p.name.endswith(".golden.jsonl"))


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
    dumps = {p.stem for p in DUMPS}
    orphans = [g.name for g in FIXTURES.glob("*.golden.jsonl") if g.name[: -len(".golden.jsonl")] not in dumps]
    assert not orphans


@pytest.mark.parametrize("path", DUMPS, ids=[p.name for p in DUMPS])
def test_jsonl_fixture_matches_golden(path: Path, regen: bool) -> None:
    from msgparse import batch, inputs

    got = []
    for item in inputs.file_items(str(path), inputs.Options(), source=path.name):
        result = batch.work(item)
        if result.ok:
            assert_valid(result.record)
            got.append(result.record)
        else:
            got.append({"source": result.source, "error": result.error})
    gold = path.with_name(path.stem + ".golden.jsonl")
    if regen:
        gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in got), encoding="utf-8")
    assert gold.exists(), f"{gold.name} missing: run pytest {__file__} --regen and review it"
    assert got == [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
