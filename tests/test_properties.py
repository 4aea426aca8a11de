"""Properties that hold for any input, checked with hypothesis.

- The library turns any text, any bytes and any HTML into a record that validates
  against the schema (claim spans slice the record's text), or raises the project's
  own error, never anything else.
- The command prints one record line, or one error line and exit code 1.
- Cleaning is idempotent: cleaning cleaned text changes nothing.

Arbitrary text rarely reaches the deep stages (it holds no names, cues or quotes), so
most strategies mix the genre's own fragments with arbitrary characters.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import msgparse
from msgparse import clean
from schema_check import assert_valid

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of wire stories, written for these tests: openings, names and titles, cues,
# quotation marks of every kind, acronyms, closing tags, and the punctuation around them.
FRAGMENTS = [
    " date 2022-03-14 ", "Kindly Share This Story:", "HANOI, March 14 (VNA) -- ", "LIMA, Sept. 3 (Xinhua) \u2014 ",
    "(Xinhua/NAN)", "(AFP)", "Source: TASS", "Editor: Wu Min", "\n\n", "\n", " ", ". ", ", ", "; ", ": ",
    "President", "Prime Minister", "General Secretary of the Central Committee of the Lao People's Revolutionary Party (LPRP)",
    "Nguyen Minh Tam", "Tam", "Amara Okonkwo", "Okonkwo", "Ri Chol Su", "K. R. Varma", "he", "she", "his", "He", "She",
    "the Peruvian president", "on Monday", "on Jan. 11", "on 9 June 2021", "sent a message to", "sent a letter of condolence to",
    "received a congratulatory cable from", "exchanged messages", "congratulating him on", "over the floods in",
    "on the occasion of the 75th anniversary of", "said", "said that", "added that", "noted", "stressed",
    "expressed confidence that", "expressed the hope that", "urged", "wished", "according to", "the message said",
    "the message read:", "adding that", "\u201c", "\u201d", '"', "'", "\u2018", "\u2019", "(", ")", "--", "\u2014",
    "the friendship between the two peoples will grow stronger", "We are ready to work with you",
    "Workers' Party of Korea (WPK)", "WPK", "DPRK", "Mr.", "Dr.", "U.S.", "?", "!", "...", "\t", "\r\n", "\u00a0",
]

genre_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=60).map("".join)
any_text = st.one_of(st.text(max_size=400), genre_text)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    tags = st.sampled_from(["p", "div", "span", "h1", "title", "script", "style", "nav", "article", "a", "br", "meta", "b"])
    attrs = st.sampled_from(["", ' class="story"', ' href="/x"', ' property="article:published_time" content="2021-01-11"',
                             ' charset="utf-8"', ' name="date" content="2019-09-09T08:00:00Z"', ' x=\'"<>\''])
    return st.tuples(tags, attrs, children, st.booleans()).map(
        lambda t: f"<{t[0]}{t[1]}>{t[2]}" + (f"</{t[0]}>" if t[3] else "")  # unclosed tags too
    )


html_body = st.recursive(genre_text, lambda inner: st.lists(_element(inner), max_size=4).map("".join), max_leaves=20)
html_page = st.tuples(st.sampled_from(["", "<!DOCTYPE html>", "<html>", "<html><head><title>T</title></head><body>"]),
                      html_body, st.sampled_from(["", "</body></html>", "</html", "<!--", "<![CDATA["])).map("".join)


def _record_or_own_error(fn, *args, **kwargs) -> dict | None:  # noqa: ANN001 - any of the library's entry points
    try:
        record = fn(*args, **kwargs)
    except msgparse.MsgparseError as e:
        assert str(e), "the project's errors say what went wrong"
        return None
    assert_valid(record)
    return record


@FAST
@given(any_text)
def test_parse_any_text_gives_a_valid_record_or_own_error(text: str) -> None:
    _record_or_own_error(msgparse.parse, text)


@FAST
@given(any_text, st.sampled_from([None, "2021-01-11", "1999-12-31", "2020-02-29"]))
def test_parse_with_published_date(text: str, published: str | None) -> None:
    record = _record_or_own_error(msgparse.parse, text, published=published, source="s.txt", headline="H")
    if record is not None:
        assert record["source"] == "s.txt"


@FAST
@given(st.one_of(st.binary(max_size=400), genre_text.map(lambda t: t.encode("utf-8")),
                 genre_text.map(lambda t: t.encode("utf-16")), genre_text.map(lambda t: t.encode("cp1252", "ignore"))))
def test_parse_bytes_any_bytes(data: bytes) -> None:
    _record_or_own_error(msgparse.parse_bytes, data, source="b.bin")


@FAST
@given(html_page)
def test_parse_bytes_any_html(markup: str) -> None:
    _record_or_own_error(msgparse.parse_bytes, markup.encode("utf-8"), source="page.html")



# Derandomized so that a run is repeatable; the cases below pin what earlier runs found.
@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_cleaning_twice_changes_nothing(text: str) -> None:
    once = clean.clean(text).text
    assert clean.clean(once).text == once


@pytest.mark.parametrize("text", [
    "date 0000-0-0date 0000-0-0Kindly Share ThiS story",
    "0 0 0AA,March 0(A0)--DATE:2000/0/0",
    "A000,March 0(A0) A000,March 0(A0) 0 0 0 0",
    "A000,March 0(A0)\n0 0 0 0",
    "A000,March 0(A0) 0 0 0AA,March 0(A0)--",
    # lines that read differently once joined, or once a cut has taken part of them
    "\u00a1i\x0c\x187w\n\n; letter\n\u00a4\u00dc\u00d4D\u00fdC\u00fc\x9a\x94LIMA, Sept. 3 (Xinhua) \u2014 ; ",
    "\u00f1!D\x11\u00f9\x1b\u00a1---adding thatadding that\x99\r\u00ef\u00d8;@\u201dU}None\x02Kindly Share This Story:\n\n--she",
    "Amara Okonkwo\": : General Secretary (LPRP)Amara Okonkwo(AFP)HANOI, March 14 (VNA) --  date 2022-03-14 (AFP)",
])
def test_cleaning_twice_after_cuts_that_expose_boilerplate(text: str) -> None:
    once = clean.clean(text).text
    assert clean.clean(once).text == once


def test_cleaning_twice_after_a_dateline_that_leaves_a_header_shape() -> None:
    cleaned = clean.clean("0 0 0AA,March 0(A0)--date 0000")
    assert cleaned.text == ""
    assert cleaned.removed == ["AA,March 0(A0)--", "date 0000"]
    assert clean.clean(cleaned.text).text == cleaned.text


@FAST
@given(genre_text)
def test_claim_text_is_the_slice_of_its_span(text: str) -> None:
    record = _record_or_own_error(msgparse.parse, text)
    if record is None:
        return
    for c in [*record["claims"], *(c for m in record["messages"] for c in m["claims"])]:
        s, e = c["span"]
        assert 0 <= s <= e <= len(record["text"])
        assert record["text"][s:e] == c["text"]


def _run_cli(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "msgparse", str(path)], capture_output=True, text=True, timeout=120)


def _assert_record_or_one_error(proc: subprocess.CompletedProcess[str], path: Path) -> None:
    if proc.returncode == 0:
        lines = proc.stdout.splitlines()
        assert len(lines) >= 1 and proc.stdout.endswith("\n")
        assert_valid(json.loads(proc.stdout))
    else:
        assert proc.returncode == 1, proc.stderr
        assert proc.stdout == ""
        errors = proc.stderr.splitlines()
        assert len(errors) == 1, proc.stderr
        assert errors[0].startswith(f"msgparse: error: {path}: "), errors[0]


@SLOW
@given(st.one_of(st.binary(max_size=300), genre_text.map(lambda t: t.encode("utf-8")), html_page.map(lambda t: t.encode())))
def test_cli_prints_a_record_or_one_error_line(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "story.txt"
        path.write_bytes(data)
        _assert_record_or_one_error(_run_cli(path), path)


@settings(max_examples=3, deadline=None)
@given(st.lists(st.one_of(st.binary(max_size=200), genre_text.map(lambda t: t.encode())), min_size=5, max_size=40))
def test_cli_batch_gives_each_input_a_record_or_an_error(items: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, data in enumerate(items):
            p = Path(tmp) / f"in{i:03d}.txt"
            p.write_bytes(data)
            paths.append(p)
        proc = subprocess.run([sys.executable, "-m", "msgparse", "--format", "jsonl", *map(str, paths)],
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode in (0, 1), proc.stderr
        records = [json.loads(line) for line in proc.stdout.splitlines()]
        for r in records:
            assert_valid(r)
        errors = [line for line in proc.stderr.splitlines() if line.startswith("msgparse: error: ")]
        named = {r["source"] for r in records} | {e.split(": ")[2] for e in errors}
        assert named == {str(p) for p in paths}
        assert len(records) + len(errors) == len(paths)
        assert (proc.returncode == 1) == bool(errors)
