"""The library API the command is a thin layer over: parse, parse_bytes, parse_path,
parse_many; pure, picklable, its own errors only."""
from __future__ import annotations

import json
import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import msgparse
from conftest import FIXTURES
from schema_check import assert_valid

SEED = FIXTURES / "seed.txt"


def test_parse_text_and_metadata() -> None:
    rec = msgparse.parse("A short story without a message.", published="2020-02-02", source="s", headline="H")
    assert_valid(rec)
    assert (rec["source"], rec["published"], rec["headline"]) == ("s", "2020-02-02", "H")


def test_parse_bytes_path_and_text_agree() -> None:
    data = SEED.read_bytes()
    by_path = msgparse.parse_path(SEED, source="seed")
    assert msgparse.parse_bytes(data, source="seed") == by_path
    assert msgparse.parse(data.decode("utf-8"), source="seed") == by_path


def test_parse_bytes_recognises_html() -> None:
    page = b"<html><head><meta property='og:title' content='T'></head><body><nav>Menu</nav><p>Story text.</p></body></html>"
    rec = msgparse.parse_bytes(page, source="p")
    assert (rec["headline"], rec["text"]) == ("T", "Story text.")
    assert msgparse.parse_bytes(page, source="p", html=False)["text"].startswith("<html>")


def test_records_are_plain_picklable_and_json_serialisable() -> None:
    rec = msgparse.parse_path(SEED)
    assert pickle.loads(pickle.dumps(rec)) == rec
    assert json.loads(json.dumps(rec)) == rec


def test_parse_maps_over_a_process_pool() -> None:
    texts = [SEED.read_text(encoding="utf-8")] * 4
    with ProcessPoolExecutor(2) as pool:
        recs = list(pool.map(msgparse.parse, texts))
    assert recs == [msgparse.parse(t) for t in texts]


def test_parse_is_pure() -> None:
    text = SEED.read_text(encoding="utf-8")
    first = msgparse.parse(text)
    msgparse.parse("Something else entirely, said Kim.")
    assert msgparse.parse(text) == first


@pytest.mark.parametrize("data,reason", [(b"", "empty file"), (b"\x00\x01\x02" * 100, "binary file, not text; give a text, HTML or JSON file")])
def test_bad_bytes_raise_input_error(data: bytes, reason: str) -> None:
    with pytest.raises(msgparse.InputError) as e:
        msgparse.parse_bytes(data, source="x.bin")
    assert (e.value.source, e.value.reason, str(e.value)) == ("x.bin", reason, f"x.bin: {reason}")
    assert isinstance(e.value, msgparse.MsgparseError)


def test_parse_path_errors(tmp_path: Path) -> None:
    with pytest.raises(msgparse.InputError, match="no such file or directory"):
        msgparse.parse_path(tmp_path / "none.txt")
    big = tmp_path / "big.txt"
    big.write_text("x" * 100)
    with pytest.raises(msgparse.InputError, match="larger than --max-size"):
        msgparse.parse_path(big, max_size=10)
    dump = tmp_path / "d.jsonl"
    dump.write_text('{"text": "A."}\n{"text": "B."}\n')
    with pytest.raises(msgparse.InputError, match="holds 2 articles; use msgparse.parse_many"):
        msgparse.parse_path(dump)


def test_parse_path_of_a_json_object(tmp_path: Path) -> None:
    p = tmp_path / "one.json"
    p.write_text(json.dumps({"title": "T", "date_publish": "2021-03-04", "maintext": "A story."}))
    rec = msgparse.parse_path(p)
    assert (rec["source"], rec["headline"], rec["published"], rec["text"]) == (str(p), "T", "2021-03-04", "A story.")


def test_parse_many_streams_results_in_order(tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl"
    dump.write_text('{"text": "A."}\nnot json\n{"text": "B."}\n')
    results = list(msgparse.parse_many([str(SEED), str(dump), str(tmp_path / "gone.txt")], jobs=2))
    assert [(r.source, r.ok) for r in results] == [
        (str(SEED), True), (f"{dump}:1", True), (f"{dump}:2", False), (f"{dump}:3", True), (str(tmp_path / "gone.txt"), False)]
    assert results[4].error == "no such file or directory"
    assert results[0].record == msgparse.parse_path(SEED)


def test_text_holding_a_lone_surrogate_gives_a_record() -> None:
    # text read with "surrogateescape" keeps an undecodable byte as a lone surrogate
    rec = msgparse.parse("Xi Jinping said \udcff that the two sides should work together.")
    [claim] = rec["claims"]
    assert (claim["speaker"], claim["text"]) == ("Xi Jinping", "\udcff that the two sides should work together")
