"""Inputs: folders walked in order, files, stdin, JSON and JSON Lines, and the reasons
an input gives no article."""
from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest

from msgparse import InputError, inputs

STORY = "BEIJING, May 3 (Xinhua) -- Chinese President Xi Jinping on Monday sent a message to Kim Jong Un.\n"


def sources(items: list[inputs.Item]) -> list[str]:
    return [i.source for i in items]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "crawl"
    for rel in ["b.txt", "a.html", "c/z.txt", "c/a.jsonl", "bb/x.htm", "notes.md", ".hidden.txt",
                ".git/HEAD.txt", "d.text", "e.json"]:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(STORY, encoding="utf-8")
    (root / "c" / "a.jsonl").write_text(json.dumps({"maintext": STORY}) + "\n\n" + json.dumps({"text": STORY}) + "\n")
    (root / "e.json").write_text(json.dumps([{"maintext": STORY}, {"maintext": STORY}]))
    return root


def test_folder_walk_is_sorted_recursive_and_skips_hidden(tree: Path) -> None:
    got = sources(list(inputs.expand([str(tree)])))
    r = str(tree)
    assert got == [f"{r}/a.html", f"{r}/b.txt", f"{r}/bb/x.htm", f"{r}/c/a.jsonl:1", f"{r}/c/a.jsonl:3",
                   f"{r}/c/z.txt", f"{r}/d.text", f"{r}/e.json:1", f"{r}/e.json:2"]


def test_glob_option_chooses_other_files(tree: Path) -> None:
    got = sources(list(inputs.expand([str(tree)], inputs.Options(patterns=("*.md", "*.TXT")))))
    assert got == [f"{tree}/b.txt", f"{tree}/c/z.txt", f"{tree}/notes.md"]


def test_named_files_are_taken_whatever_their_extension(tree: Path) -> None:
    items = list(inputs.expand([str(tree / "notes.md"), str(tree / ".hidden.txt")]))
    assert [(i.kind, i.source) for i in items] == [("file", str(tree / "notes.md")), ("file", str(tree / ".hidden.txt"))]


def test_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "s.txt").write_text(STORY)
    (tmp_path / "in" / "sub" / "back").symlink_to(tmp_path / "in")
    assert sources(list(inputs.expand([str(tmp_path / "in")]))) == [str(tmp_path / "in" / "sub" / "s.txt")]


def test_missing_path_and_empty_folder_are_failed_items_in_place(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "s.txt").write_text(STORY)
    items = list(inputs.expand([str(tmp_path / "nope.txt"), str(tmp_path / "s.txt"), str(tmp_path / "empty")]))
    assert [(i.kind, i.source) for i in items] == [
        ("failed", str(tmp_path / "nope.txt")), ("file", str(tmp_path / "s.txt")), ("failed", str(tmp_path / "empty"))]
    assert items[0].reason == "no such file or directory"
    assert items[2].reason.startswith("no input files in this folder")


def test_listing_is_lazy(tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(STORY)
    it = inputs.expand([str(tmp_path), str(tmp_path / "missing")])
    first = next(it)
    assert first.source == str(tmp_path / "0.txt")


# ---- JSON and JSON Lines -------------------------------------------------------------

def test_jsonl_lines_become_articles_with_path_line_sources(tmp_path: Path) -> None:
    p = tmp_path / "dump.jsonl"
    p.write_text("\n".join([
        json.dumps({"maintext": "Title line\r\n   Pyongyang, April 12 (KCNA) -- First.&nbsp;Second.", "title": " Title  line ",
                    "date_publish": "2019-04-12 09:10:00"}),
        "{broken",
        json.dumps({"text": "Plain.", "published": "Apr 15, 2019", "headline": "H"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"content": "<p>One.</p><p>Two.</p>", "date": 1555286400}),
        json.dumps({"title": "no text"}),
        json.dumps({"maintext": "   "}),
    ]) + "\n", encoding="utf-8")
    items = list(inputs.expand([str(p)]))
    assert sources(items) == [f"{p}:{n}" for n in range(1, 8)]
    a = inputs.load(items[0])
    assert a == inputs.Article(f"{p}:1", "Title line\n\nPyongyang, April 12 (KCNA) -- First.\u00a0Second.".replace("\u00a0", " "),
                               "2019-04-12", "Title line")
    with pytest.raises(InputError, match=r"^.*:2: invalid JSON \(Expecting property name enclosed in double quotes at column 2\)$"):
        inputs.load(items[1])
    assert inputs.load(items[2]) == inputs.Article(f"{p}:3", "Plain.", "2019-04-15", "H")
    with pytest.raises(InputError, match="not a JSON object but an array"):
        inputs.load(items[3])
    assert inputs.load(items[4]) == inputs.Article(f"{p}:5", "One.\n\nTwo.", "2019-04-15", None)
    with pytest.raises(InputError, match=r"no text field \(maintext, text, content, body\); name it with --text-field"):
        inputs.load(items[5])
    with pytest.raises(InputError, match=r"empty story text \(field maintext\)"):
        inputs.load(items[6])


@pytest.mark.parametrize("value, reason", [
    (5, "field text holds a number, not the story text; name the text field with --text-field"),
    ({"p": "x"}, "field text holds an object, not the story text; name the text field with --text-field"),
    ([1, 2], "field text holds an array, not the story text; name the text field with --text-field"),
    (None, "field text holds null, not the story text; name the text field with --text-field"),
    ([], "empty story text (field text)"),
    (" ", "empty story text (field text)"),
])
def test_a_text_field_that_holds_no_text_says_what_it_holds(value: object, reason: str) -> None:
    with pytest.raises(InputError) as got:
        inputs.from_object({"text": value}, "s:1")
    assert got.value.reason == reason


def test_field_options_name_other_fields(tmp_path: Path) -> None:
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"story": "Told.", "when": "2020-02-03", "name": "N", "maintext": "other"}) + "\n")
    opts = inputs.Options(text_fields=("story", *inputs.TEXT_FIELDS), date_fields=("when",), title_fields=("name",))
    [item] = inputs.expand([str(p)], opts)
    assert inputs.load(item, opts) == inputs.Article(f"{p}:1", "Told.", "2020-02-03", "N")


def test_json_object_file_is_one_article_and_json_lines_under_json_name_works(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"maintext": "Only."}))
    lines = tmp_path / "lines.json"
    lines.write_text(json.dumps({"maintext": "A."}) + "\n" + json.dumps({"maintext": "B."}) + "\n")
    assert sources(list(inputs.expand([str(one), str(lines)]))) == [str(one), f"{lines}:1", f"{lines}:2"]


def test_invalid_json_file_is_one_failed_item(tmp_path: Path) -> None:
    p = tmp_path / "bad.json"
    p.write_text('[{"maintext": "x"},')
    [item] = inputs.expand([str(p)])
    assert item.kind == "failed" and item.reason.startswith("invalid JSON (")


def test_overlong_json_line_is_refused_and_the_next_line_read(tmp_path: Path) -> None:
    p = tmp_path / "big.jsonl"
    p.write_text(json.dumps({"maintext": "x" * 5000}) + "\n" + json.dumps({"maintext": "small"}) + "\n")
    items = list(inputs.expand([str(p)], inputs.Options(max_size=1000)))
    assert [(i.source, i.kind) for i in items] == [(f"{p}:1", "failed"), (f"{p}:2", "json")]
    assert items[0].reason.startswith("line larger than --max-size (1000 bytes)")


def test_crlf_json_lines_and_bom(tmp_path: Path) -> None:
    p = tmp_path / "win.jsonl"
    p.write_bytes(b"\xef\xbb\xbf" + json.dumps({"maintext": "A."}).encode() + b"\r\n" + json.dumps({"maintext": "B."}).encode() + b"\r\n")
    assert [inputs.load(i).text for i in inputs.expand([str(p)])] == ["A.", "B."]


# ---- stdin -----------------------------------------------------------------------------

LINE = (json.dumps({"text": STORY}) + "\n").encode()


@pytest.mark.parametrize("name, data, reason", [
    ("a.jsonl", gzip.compress(LINE * 50), "gzip-compressed, not text; decompress it first (gunzip, or msgparse <(zcat FILE))"),
    ("a.json", gzip.compress(LINE), "gzip-compressed, not text; decompress it first (gunzip, or msgparse <(zcat FILE))"),
    ("a.jsonl", LINE.decode().encode("utf-16") * 3, "JSON in UTF-16, not UTF-8; convert it first (iconv -f UTF-16 -t UTF-8)"),
    ("a.jsonl", LINE.decode().encode("utf-16-le") * 3, "JSON in UTF-16, not UTF-8; convert it first (iconv -f UTF-16 -t UTF-8)"),
    # short "lines" of bytes that are no text, none with a NUL byte
    ("a.jsonl", b"\x01\x02\x03\x04\x05\x06\n\x8f\x10\x11\n" * 40, "binary file, not text; give a text, HTML or JSON file"),
])
def test_a_json_file_that_is_no_utf8_text_is_one_failed_item(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    items = list(inputs.expand([str(p)]))
    assert [(i.source, i.kind, i.reason) for i in items] == [(str(p), "failed", reason)]


def test_json_lines_after_blank_lines_are_read(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_bytes(b"\n\n" + LINE)
    assert [inputs.load(i).text for i in inputs.expand([str(p)])] == [STORY.strip()]


def test_stdin_text_is_one_article() -> None:
    [item] = inputs.expand(["-"], stdin=io.BytesIO(STORY.encode()))
    assert item == inputs.Item("-", "bytes", data=STORY.encode())


def test_stdin_json_lines_are_streamed() -> None:
    data = ("\n" + json.dumps({"maintext": "A."}) + "\n" + json.dumps({"maintext": "B."}) + "\n").encode()
    items = list(inputs.expand(["-"], stdin=io.BytesIO(data)))
    assert sources(items) == ["-:1", "-:2"]
    assert [inputs.load(i).text for i in items] == ["A.", "B."]


def test_stdin_json_array() -> None:
    items = list(inputs.expand(["-"], stdin=io.BytesIO(b'[{"text": "A."}, {"text": "B."}]')))
    assert sources(items) == ["-:1", "-:2"]


def test_stdin_over_max_size() -> None:
    [item] = inputs.expand(["-"], inputs.Options(max_size=10), stdin=io.BytesIO(b"x" * 11))
    assert item.kind == "failed" and item.reason.startswith("file larger than --max-size")


# ---- files -------------------------------------------------------------------------------

@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b"  \n\t\n", "empty file"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" + bytes(500), "binary file, not text; give a text, HTML or JSON file"),
])
def test_unusable_files(tmp_path: Path, data: bytes, reason: str) -> None:
    p = tmp_path / "f.txt"
    p.write_bytes(data)
    with pytest.raises(InputError) as e:
        inputs.load_path(p)
    assert (e.value.source, e.value.reason) == (str(p), reason)


def test_file_over_max_size_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 2048)
    with pytest.raises(InputError) as e:
        inputs.load_path(p, inputs.Options(max_size=1024))
    assert e.value.reason == "file larger than --max-size (1 KB); raise --max-size to read it"


def test_a_file_that_grew_after_its_size_was_read_is_read_whole_up_to_the_bound(tmp_path: Path) -> None:
    p = tmp_path / "growing.txt"
    p.write_bytes(b"abcdefgh")
    with open(p, "rb") as f:
        st = os.fstat(f.fileno())
        grown_from_two = os.stat_result((st.st_mode, 0, 0, 1, 0, 0, 2, 0, 0, 0))
        assert inputs._read_bounded(f, grown_from_two, max_size=100) == b"abcdefgh"
    with open(p, "rb") as f:
        assert inputs._read_bounded(f, grown_from_two, max_size=4) == b"abcde"


def test_unreadable_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        inputs.load_path(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="is a directory"):
        inputs.load_path(tmp_path)
    if os.geteuid() != 0:
        p = tmp_path / "locked.txt"
        p.write_text(STORY)
        p.chmod(0)
        with pytest.raises(InputError, match="permission denied"):
            inputs.load_path(p)


def test_html_by_extension_and_by_content(tmp_path: Path) -> None:
    page = "<html><head><title>T</title></head><body><p>" + STORY.strip() + "</p></body></html>"
    a = tmp_path / "a.txt"
    a.write_text(page)
    art = inputs.load_path(a)
    assert (art.text, art.headline) == (STORY.strip(), "T")
    b = tmp_path / "b.html"
    b.write_text("<p>Fragment with no html tag.</p>")
    assert inputs.load_path(b).text == "Fragment with no html tag."


def test_html_page_without_text_is_an_error(tmp_path: Path) -> None:
    p = tmp_path / "nav.html"
    p.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(InputError, match="no story text found in the HTML page"):
        inputs.load_path(p)


def test_html_meta_charset_is_respected(tmp_path: Path) -> None:
    p = tmp_path / "ru.html"
    p.write_bytes('<html><head><meta charset="koi8-r"></head><body><p>Путин направил послание</p></body></html>'.encode("koi8-r"))
    assert inputs.load_path(p).text == "Путин направил послание"


@pytest.mark.parametrize("value,expected", [
    ("2021-01-11 08:00:00", "2021-01-11"),
    ("2021-01-11T23:59:00-05:00", "2021-01-11"),
    ("Jan 11, 2021", "2021-01-11"),
    ("11 January 2021", "2021-01-11"),
    (1610323200, "2021-01-11"),
    (1610323200000, "2021-01-11"),
    ({"$date": "2021-01-11T00:00:00Z"}, "2021-01-11"),
    ("yesterday", None),
    (True, None),
    (None, None),
])
def test_crawler_dates(value: object, expected: str | None) -> None:
    assert inputs.from_object({"maintext": "x", "date_publish": value}, "s").published == expected


def test_crawler_text_is_a_paragraph_a_line_less_the_lines_it_wrapped() -> None:
    obj = {"maintext": "Greetings to the Premier \r\n&nbsp;&nbsp; Premier Ho received a letter from the \r\n"
                       "   participants in the festival.\r\n  The letter said:\r\n  Our ties grow.\r\n(END)"}
    art = inputs.from_object(obj, "dump.jsonl:1")
    assert art.text.split("\n\n") == ["Greetings to the Premier", "Premier Ho received a letter from the participants in the festival.",
                                      "The letter said:", "Our ties grow.", "(END)"]
