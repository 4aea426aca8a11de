"""Writers: jsonl, json, csv, table; per-message records; the summary line."""
from __future__ import annotations

import csv
import io
import json
from typing import Any

import jsonschema
import pytest

from msgparse import output, record

PARTY_A = {"name": "Xi Jinping", "titles": ["President of the People's Republic of China"]}
PARTY_B = {"name": "Kim Jong Un", "titles": ["general secretary of the Workers' Party of Korea"]}
PARTY_C = {"name": "Choe Ryong Hae", "titles": []}
CLAIM = {"speaker": "Xi Jinping", "cue": "said", "text": "the ties are strong", "direct": False, "span": [10, 29]}
MESSAGE = {"kind": "congratulation", "medium": "message", "date": "2021-01-11", "sender": PARTY_A,
           "recipients": [PARTY_B, PARTY_C], "occasion": "his election", "claims": [CLAIM], "cameo": "051"}
RECORD: dict[str, Any] = {
    "source": "a.txt", "published": "2021-01-11", "headline": "Xi congratulates Kim",
    "dateline": {"place": "BEIJING", "date": "2021-01-11", "agency": "Xinhua"}, "agencies": ["Xinhua"],
    "messages": [MESSAGE, {**MESSAGE, "kind": "thanks", "sender": PARTY_B, "recipients": [PARTY_A], "claims": [],
                           "occasion": None, "date": None}],
    "claims": [CLAIM], "acronyms": {}, "text": "0123456789the ties are strong", "removed": [],
}
EMPTY = {**RECORD, "source": "b.txt", "messages": [], "claims": []}


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def render(fmt: str, records: list[dict[str, Any]], **kw: Any) -> str:
    out = io.StringIO()
    w = output.make_writer(fmt, out, **kw)
    for r in records:
        w.write(r)
    w.close()
    return out.getvalue()


def test_schema_accepts_the_sample_record() -> None:
    jsonschema.validate(RECORD, record.SCHEMA)


def test_jsonl_is_one_line_per_record() -> None:
    text = render("jsonl", [RECORD, EMPTY])
    assert [json.loads(line) for line in text.splitlines()] == [RECORD, EMPTY]
    assert text.count("\n") == 2


def test_json_is_indented_documents() -> None:
    text = render("json", [RECORD])
    assert text.startswith('{\n  "source": "a.txt"')
    assert json.loads(text) == RECORD


def test_auto_is_jsonl_into_a_pipe_and_a_table_on_a_terminal() -> None:
    assert output.resolve_format("auto", io.StringIO()) == "jsonl"
    assert output.resolve_format("auto", Tty()) == "table"
    assert output.resolve_format("csv", Tty()) == "csv"


def test_per_message_records_copy_the_article_fields() -> None:
    lines = [json.loads(line) for line in render("jsonl", [RECORD, EMPTY], per_message=True).splitlines()]
    assert len(lines) == 2
    for r in lines:
        jsonschema.validate(r, record.MESSAGE_RECORD_SCHEMA)
    assert lines[0] == {"source": "a.txt", "published": "2021-01-11", "headline": "Xi congratulates Kim",
                        "dateline": RECORD["dateline"], "agencies": ["Xinhua"], "message": 1, **MESSAGE}
    assert (lines[1]["message"], lines[1]["kind"], lines[1]["sender"]["name"]) == (2, "thanks", "Kim Jong Un")


def test_csv_has_a_header_and_one_row_per_message() -> None:
    rows = list(csv.reader(io.StringIO(render("csv", [RECORD, EMPTY]))))
    assert rows[0] == list(output.CSV_COLUMNS) == [
        "source", "published", "date", "kind", "medium", "sender", "sender_titles", "recipients",
        "recipient_titles", "occasion", "claims"]
    assert rows[1] == ["a.txt", "2021-01-11", "2021-01-11", "congratulation", "message", "Xi Jinping",
                       "President of the People's Republic of China", "Kim Jong Un | Choe Ryong Hae",
                       "general secretary of the Workers' Party of Korea | ", "his election", "1"]
    assert rows[2][:6] == ["a.txt", "2021-01-11", "", "thanks", "message", "Kim Jong Un"]
    assert rows[2][9:] == ["", "0"]
    assert len(rows) == 3


def test_csv_quotes_commas_and_newlines() -> None:
    rec = {**RECORD, "messages": [{**MESSAGE, "occasion": 'the "71st", anniversary\nof ties'}]}
    rows = list(csv.reader(io.StringIO(render("csv", [rec]))))
    assert rows[1][9] == 'the "71st", anniversary\nof ties'


def test_table_shows_metadata_messages_and_claims() -> None:
    text = render("table", [RECORD, EMPTY])
    for s in ["a.txt", "Xi congratulates Kim", "BEIJING, 2021-01-11, Xinhua", "2 messages, 1 claim",
              "congratulation message", "Xi Jinping", "Kim Jong Un", "Choe Ryong Hae", "his election",
              "said", "the ties are strong", "b.txt", "0 messages, 0 claims", "date not given"]:
        assert s in text, s


def test_every_write_ends_a_line_and_flushes() -> None:
    class Counting(io.StringIO):
        flushes = 0

        def flush(self) -> None:
            self.flushes += 1
            assert self.getvalue().endswith("\n")
            super().flush()

    out = Counting()
    w = output.make_writer("jsonl", out)
    w.write(RECORD)
    w.write(EMPTY)
    assert out.flushes == 2


@pytest.mark.parametrize("fmt,kw", [("jsonl", {}), ("json", {}), ("jsonl", {"per_message": True}), ("csv", {})])
def test_what_render_makes_of_a_record_is_what_the_writer_writes(fmt: str, kw: dict[str, Any]) -> None:
    out = io.StringIO()
    w = output.make_writer(fmt, out, **kw)
    head = out.getvalue()
    assert w.render is not None
    for r in (RECORD, EMPTY):
        w.write_text(w.render(r))
    assert out.getvalue() == render(fmt, [RECORD, EMPTY], **kw) != head


def test_the_table_is_rendered_where_it_is_written() -> None:
    assert output.make_writer("table", Tty()).render is None


@pytest.mark.parametrize("args,expected", [
    ((45, 91, 0, 1.234), "msgparse: 45 articles, 91 messages, 0 failures, 1.23 s"),
    ((1, 1, 1, 0.0), "msgparse: 1 article, 1 message, 1 failure, 0.00 s"),
])
def test_summary_line(args: tuple[int, int, int, float], expected: str) -> None:
    assert output.summary_line(*args) == expected
