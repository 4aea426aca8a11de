"""Bytes to text: BOM, declared charset, UTF-8, Windows-1252; binary refused."""
from __future__ import annotations

import bz2
import codecs
import gzip
import lzma

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msgparse import InputError, decode

STORY = "Díaz-Canel sent a message to Lula da Silva: \u201cYour victory is ours\u201d \u2013 Brasília, 2022.\n"


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-32-le", codecs.BOM_UTF32_LE),
    ("utf-16-le", b""),
    ("utf-16-be", b""),
    ("cp1252", b""),
])
def test_encodings_give_the_same_text(encoding: str, prefix: bytes) -> None:
    assert decode.decode(prefix + STORY.encode(encoding)) == STORY


def test_declared_charset_wins_over_utf8_guess() -> None:
    page = '<html><head><meta charset="windows-1251"></head><body><p>Путин направил послание</p></body></html>'
    data = page.encode("cp1251")
    assert decode.declared_charset(data) == "cp1251"
    assert "Путин направил послание" in decode.decode(data, "p.html", decode.declared_charset(data))


def test_http_equiv_declaration_is_read() -> None:
    data = b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-7">'
    assert decode.declared_charset(data) == "iso8859-7"


def test_latin1_declaration_means_windows_1252() -> None:
    assert decode.declared_charset(b'<meta charset="iso-8859-1">') == "cp1252"
    assert decode.decode("\u201cquoted\u201d".encode("cp1252"), declared="latin-1") == "\u201cquoted\u201d"


def test_utf8_bytes_under_a_wrong_latin1_declaration_stay_utf8() -> None:
    data = '<meta charset="iso-8859-1"><p>Nguyễn Phú Trọng</p>'.encode()
    assert "Nguyễn Phú Trọng" in decode.decode(data, declared=decode.declared_charset(data))


def test_unknown_declared_charset_is_ignored() -> None:
    assert decode.decode("café".encode(), declared="x-no-such-charset") == "café"


def test_newlines_are_normalised() -> None:
    assert decode.decode(b"one\r\ntwo\rthree\n") == "one\ntwo\nthree\n"


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    bytes(range(1, 32)) * 50,
])
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(InputError) as e:
        decode.decode(data, "img.txt")
    assert e.value.source == "img.txt"
    assert e.value.reason.startswith("binary file")


@pytest.mark.parametrize("data, reason", [
    (gzip.compress(b"Xi said."), "gzip-compressed, not text; decompress it first (gunzip, or msgparse <(zcat FILE))"),
    (bz2.compress(b"Xi said."), "bzip2-compressed, not text; decompress it first (bunzip2, or msgparse <(bzcat FILE))"),
    (lzma.compress(b"Xi said."), "xz-compressed, not text; decompress it first (unxz, or msgparse <(xzcat FILE))"),
    (b"PK\x03\x04\x14\x00" + b"a.txt" * 40, "a zip archive, not text; unpack it and give the folder"),
    # an uncompressed PDF can be ASCII throughout
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" * 20, "a PDF document, not text; convert it to text first (e.g. pdftotext)"),
])
def test_a_compressed_file_or_a_pdf_says_what_it_is_and_what_to_do(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as e:
        decode.decode(data, "crawl.jsonl.gz")
    assert e.value.reason == reason


def test_text_that_opens_like_a_signature_is_still_text() -> None:
    assert decode.decode(b"BZh is no word; PK stands for peacekeeping.") == "BZh is no word; PK stands for peacekeeping."


def test_undefined_cp1252_bytes_do_not_crash() -> None:
    assert decode.decode(b"caf\xe9 \x81\x8d\x8f\x90\x9d ok") == "caf\u00e9 \ufffd\ufffd\ufffd\ufffd\ufffd ok"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_give_text_or_input_error(data: bytes) -> None:
    try:
        text = decode.decode(data, "x")
    except InputError as e:
        assert e.source == "x"
        return
    assert isinstance(text, str)
    assert "\r" not in text


def test_control_characters_far_into_multibyte_text_are_still_seen() -> None:
    # 4,000 two-byte letters put the control characters past the first 4 KB of bytes
    # but inside the first 4 KB of text, which is what the binary test reads
    data = "é".encode() * 4000 + b"\x01" * 96
    with pytest.raises(InputError, match="binary file"):
        decode.decode(data, "x")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([b"a", b" ", b"\r\n", b"\x01", b"\x1b", b"\x7f", b"\xc3\xa9", b"\x85", b"\x9d"]),
                max_size=400))
def test_binary_refusal_is_the_scan_of_the_decoded_text(pieces: list[bytes]) -> None:
    data = b"".join(pieces)
    text, _ = decode._decode(data, "x", None)
    expected = decode._looks_binary(decode._NEWLINES.sub("\n", text))
    try:
        decode.decode(data, "x")
    except InputError:
        assert expected
        return
    assert not expected
