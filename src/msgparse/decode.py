"""Bytes to text: BOM, declared charset, UTF-8, then a fallback that never fails.

Order of evidence, strongest first:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. UTF-16 without a BOM, recognised by its NUL bytes in every other position;
3. the charset the input declares (`<meta charset>`, an XML declaration, a JSON
   crawler's `encoding` field), unless it claims a single-byte Western charset for
   bytes that are valid UTF-8 with non-ASCII in them: pages that say
   `iso-8859-1` but are UTF-8 are common, the reverse practically never happens;
4. UTF-8;
5. Windows-1252. News text that is not UTF-8 is overwhelmingly Western legacy;
   cp1252 is a superset of the printable Latin-1 range and, with `replace` for its
   five unassigned bytes, cannot fail. A statistical detector (charset-normalizer)
   guesses badly on a 3 KB story, costs a dependency and import time, and would
   only matter for non-Western legacy encodings, which pages declare anyway.

Binary input (images, archives, executables) is refused with `InputError` rather
than decoded into noise.
"""
from __future__ import annotations

import codecs
import re

from .errors import InputError
from .patterncache import regex

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WESTERN = {"iso8859-1", "latin-1", "cp1252", "ascii", "iso8859-15"}
# <meta charset="x">, <meta http-equiv=content-type content="text/html; charset=x">,
# <?xml version="1.0" encoding="x"?>; bounded so a hostile header cannot backtrack.
_DECLARED = regex(rb"""(?:charset|encoding)\s{0,4}=\s{0,4}["']?\s{0,4}([A-Za-z0-9_.:-]{1,40})""", re.I)
_CONTROL = regex(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_NEWLINES = regex(r"\r\n?|[\u2028\u2029\x85]")
BINARY_REASON = "binary file, not text; give a text, HTML or JSON file"
# The binary inputs a user most often gives by mistake, by their first bytes, and what
# to do instead: a crawl is often kept compressed, an article as a PDF. They are refused
# by these bytes alone: a small one can hold too few control characters to look binary,
# and a PDF can be ASCII throughout.
_KNOWN_BINARY = {  # by the name of the group of `_MAGIC` that matched
    "gzip": ("gzip-compressed", "decompress it first (gunzip, or msgparse <(zcat FILE))"),
    "bzip2": ("bzip2-compressed", "decompress it first (bunzip2, or msgparse <(bzcat FILE))"),
    "xz": ("xz-compressed", "decompress it first (unxz, or msgparse <(xzcat FILE))"),
    "zstd": ("zstd-compressed", "decompress it first (unzstd, or msgparse <(zstdcat FILE))"),
    "zip": ("a zip archive", "unpack it and give the folder"),
    "pdf": ("a PDF document", "convert it to text first (e.g. pdftotext)"),
}
_MAGIC = regex(rb"(?P<gzip>\x1f\x8b)|(?P<bzip2>BZh[1-9]1AY&SY)|(?P<xz>\xfd7zXZ\x00)"
               rb"|(?P<zstd>\x28\xb5\x2f\xfd)|(?P<zip>PK\x03\x04)|(?P<pdf>%PDF-)")


def declared_charset(data: bytes) -> str | None:
    """The charset the first 4 KB declare (HTML meta, XML declaration), as a codec name."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    return _codec(m.group(1).decode("ascii"))


def _codec(label: str) -> str | None:
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    # WHATWG: a page labelled latin-1 or ascii is decoded as windows-1252
    return "cp1252" if name in {"iso8859-1", "latin-1", "ascii"} else name


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 of mostly Latin text has a NUL in every other byte."""
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes, source: str = "<bytes>", declared: str | None = None) -> str:
    """`data` as text with newlines normalised to `\\n`; `declared` is a charset label
    that the input's container announced. Raises `InputError` for binary data."""
    known = _known_binary(data)
    if known:
        raise InputError(source, known)
    text, byte_for_byte = _decode(data, source, declared)
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = _NEWLINES.sub("\n", text)
    # UTF-8 and cp1252 keep every ASCII control byte as that character and make no new
    # ones, so bytes free of them need no scan of the text
    if (not byte_for_byte or _has_control_bytes(data)) and _looks_binary(text):
        raise InputError(source, BINARY_REASON)
    return text


_LONE_SURROGATE = regex(r"[\ud800-\udfff]")


def has_lone_surrogate(text: str) -> bool:
    """Whether `text` holds a lone surrogate, which no UTF-8 output can hold: a JSON
    escape for a byte a crawler could not decode, or a byte of a file name that is not
    UTF-8 (held so by Python)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def without_lone_surrogates(text: str) -> str:
    """`text` with each lone surrogate made U+FFFD, as undecodable bytes are."""
    return _LONE_SURROGATE.sub("\ufffd", text) if has_lone_surrogate(text) else text


def json_refusal(head: bytes) -> str | None:
    """Why JSON whose first bytes (4 KB at most) are `head` cannot be read, or None: it
    is binary, or not UTF-8 (JSON Lines must be; a UTF-16 line break is two bytes)."""
    known = _known_binary(head)
    if known:
        return known
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_without_bom(head):
        return "JSON in UTF-16, not UTF-8; convert it first (iconv -f UTF-16 -t UTF-8)"
    if b"\x00" in head or _too_many_controls(_control_bytes(head), len(head)):
        return BINARY_REASON
    return None


def _known_binary(data: bytes) -> str | None:
    """Why `data` is refused, when its first bytes say what binary input it is."""
    m = _MAGIC.match(data)
    if m is None:
        return None
    what, advice = _KNOWN_BINARY[m.lastgroup or ""]
    return f"{what}, not text; {advice}"


def _decode(data: bytes, source: str, declared: str | None) -> tuple[str, bool]:
    """The text, and whether it came from UTF-8 or cp1252 (ASCII bytes kept as they are)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), False
    head = data[:4096]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16:
            return data.decode(utf16, errors="replace"), False
        raise InputError(source, BINARY_REASON)
    enc = _codec(declared) if declared else None
    if enc and enc not in {"utf-8", "utf-16", "utf-32"}:
        if not (enc in _WESTERN and not data.isascii() and _is_utf8(data)):
            return data.decode(enc, errors="replace"), False
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    return data.decode("cp1252", errors="replace"), True


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _has_control_bytes(data: bytes) -> bool:
    """Whether the bytes behind the first 4 KB of text (4 bytes a character at most) hold
    a character that `_CONTROL` matches."""
    return _control_bytes(data[:4 * 4096]) > 0


def _control_bytes(data: bytes) -> int:
    """How many bytes of `data` are ASCII control bytes that `_CONTROL` matches."""
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def _looks_binary(text: str) -> bool:
    """Control characters that no text file holds, in more than 1% of the first 4 KB."""
    head = text[:4096]
    return bool(head) and _too_many_controls(len(_CONTROL.findall(head)), len(head))


def _too_many_controls(controls: int, length: int) -> bool:
    """Whether `controls` control characters in `length` are more than text holds: more
    than 1%, and more than two (a stray one or two are no sign of binary)."""
    return controls > max(2, length // 100)
