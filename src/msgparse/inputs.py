"""Inputs to articles: files, folders, stdin and JSON crawler dumps.

Two steps, so that a batch can hand small work items to worker processes:

- `expand(args, options, stdin)` walks the arguments lazily and yields `Item`s: a file
  path, stdin's bytes, or one JSON object's text from a JSON Lines dump. It never
  collects the inputs first, so a folder of a hundred thousand stories costs the same
  memory as one. Inputs that cannot even be listed (a missing path) become `Item`s
  with a `reason`, so that they are reported in their place in the input order.
- `load(item, options)` reads one item into an `Article` (source, text, published,
  headline), raising `InputError` with a short reason for anything unusable.

Kinds of input:

- plain text (`.txt`, `.text`, anything not recognised otherwise), as scraped;
- HTML (`.html`, `.htm`, `.xhtml`, or content that looks like a page): see `html.py`;
- JSON Lines (`.jsonl`, `.ndjson`) and JSON (`.json`: one object, an array of objects,
  or JSON Lines under a .json name): one article per object, text from the first
  present of `maintext`, `text`, `content`, `body`, date from `date_publish`,
  `published`, `date`, title from `title`, `headline`. The record's source is
  `PATH:LINE` (`PATH:N` for the N-th object of an array, `-:LINE` on stdin).
"""
from __future__ import annotations

import datetime as dt
import fnmatch
import json
import os
import stat
from dataclasses import dataclass
from typing import Any, BinaryIO, Iterable, Iterator

from . import dates, decode
from .errors import InputError
from .patterncache import regex

DEFAULT_PATTERNS = ("*.txt", "*.text", "*.html", "*.htm", "*.json", "*.jsonl")
DEFAULT_MAX_SIZE = 10 * 1024 * 1024
TEXT_FIELDS = ("maintext", "text", "content", "body")
DATE_FIELDS = ("date_publish", "published", "date")
TITLE_FIELDS = ("title", "headline")
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonlines"}
JSON_SUFFIXES = {".json"}


@dataclass(frozen=True, slots=True)
class Options:
    """How inputs are found and read; one object, mapped from the CLI in one place."""

    max_size: int = DEFAULT_MAX_SIZE
    patterns: tuple[str, ...] = DEFAULT_PATTERNS
    text_fields: tuple[str, ...] = TEXT_FIELDS
    date_fields: tuple[str, ...] = DATE_FIELDS
    title_fields: tuple[str, ...] = TITLE_FIELDS
    # (device, inode) of the file the records are written to: never read as an input,
    # or `msgparse dir/ > dir/out.jsonl` would read back each record it writes, forever
    output_file: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """One unit of work, small enough to send to a worker process.

    kind: `file` (read `path`), `bytes` (`data` holds the input), `json` (`data` is one
    JSON text), `object` (`data` is an already parsed JSON object) or `failed`
    (`reason` says why it cannot be read)."""

    source: str
    kind: str
    path: str | None = None
    data: Any = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    source: str
    text: str
    published: str | None = None
    headline: str | None = None


# ---- listing -------------------------------------------------------------------

def expand(args: Iterable[str], options: Options = Options(), stdin: BinaryIO | None = None) -> Iterator[Item]:
    """The items of FILE, DIR and `-` arguments, in order, lazily."""
    for arg in args:
        if arg == "-":
            if stdin is None:
                yield Item("-", "failed", reason="stdin is not available")
            else:
                yield from stdin_items(stdin, options)
            continue
        try:
            st = os.stat(arg)
        except OSError as e:
            yield Item(arg, "failed", reason=_os_reason(e))
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(arg, options)
        else:
            yield from file_items(arg, options)


def _walk(root: str, options: Options) -> Iterator[Item]:
    """Files under `root` matching the patterns, depth first, each folder's entries in
    name order (a subfolder's files come where its name sorts); hidden entries and
    folders already visited (symlink loops) are skipped."""
    patterns = tuple(p.lower() for p in options.patterns)
    seen: set[tuple[int, int]] = set()
    found = False
    stack: list[Iterator[tuple[str, str]]] = [iter([(root, "dir")])]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        path, kind = entry
        if kind == "dir":
            try:
                entries = _listing(path, seen)
            except OSError as e:
                yield Item(path, "failed", reason=_os_reason(e))
                continue
            if entries is not None:
                stack.append(iter(entries))
        elif any(fnmatch.fnmatchcase(os.path.basename(path).lower(), p) for p in patterns):
            found = True
            if kind == "special":
                yield Item(path, "failed", reason=SPECIAL_FILE_REASON)
            else:
                yield from file_items(path, options)
    if not found:
        yield Item(root, "failed", reason=f"no input files in this folder (looked for {' '.join(options.patterns)})")


def _listing(folder: str, seen: set[tuple[int, int]]) -> list[tuple[str, str]] | None:
    """A folder's visible entries in name order, each with its kind (`_kind`), or None
    when it was walked already."""
    st = os.stat(folder)
    if (st.st_dev, st.st_ino) in seen:
        return None
    seen.add((st.st_dev, st.st_ino))
    out = []
    with os.scandir(folder) as it:
        for e in it:
            if not e.name.startswith("."):
                out.append((e.path, _kind(e)))
    out.sort()
    return out


def _kind(entry: os.DirEntry[str]) -> str:
    """`dir`, `file`, or `special`: a named pipe, socket or device, which a walk does not
    read (a pipe with no writer would wait forever). A broken link is a `file`, so that
    reading it says why it cannot be read."""
    try:
        if entry.is_dir():
            return "dir"
        if entry.is_file():
            return "file"
        mode = os.stat(entry.path).st_mode  # rare: neither, or a link to neither
    except OSError:
        return "file"
    return "file" if stat.S_ISREG(mode) else "special"


def file_items(path: str, options: Options, source: str | None = None) -> Iterator[Item]:
    """The items of one file: itself, or one per object for JSON and JSON Lines."""
    name = source or path
    if options.output_file is not None and _is_file(path, options.output_file):
        yield Item(name, "failed", reason=OUTPUT_FILE_REASON)
        return
    suffix = os.path.splitext(path)[1].lower()
    if suffix in JSONL_SUFFIXES:
        try:
            f = open(path, "rb")
        except OSError as e:
            yield Item(name, "failed", reason=_os_reason(e))
            return
        with f:
            try:
                refused = decode.json_refusal(f.peek(4096)[:4096])  # read, not taken: a pipe too
            except OSError as e:
                refused = _os_reason(e)
            if refused:  # one line for the file, not one for each of its "lines"
                yield Item(name, "failed", reason=refused)
                return
            yield from _json_lines(f, name, options, empty_reason="empty file")
    elif suffix in JSON_SUFFIXES:
        yield from _json_file(path, name, options)
    else:
        yield Item(name, "file", path=path)


SPECIAL_FILE_REASON = "not a regular file (a named pipe, socket or device): skipped in a folder; give its path to read it"
OUTPUT_FILE_REASON = "this is the file the output is written to; not read (write the output outside the inputs)"


def _is_file(path: str, identity: tuple[int, int]) -> bool:
    try:
        st = os.stat(path)
    except OSError:
        return False  # reading it will say why
    return (st.st_dev, st.st_ino) == identity


def stdin_items(stream: BinaryIO, options: Options) -> Iterator[Item]:
    """stdin: JSON Lines when it starts with `{`, a JSON array with `[`, else one article."""
    head = stream.read(1)
    while head and head.isspace():
        head = stream.read(1)
    if head == b"{":
        yield from _json_lines(_Prepended(b"{", stream), "-", options, empty_reason="empty input")
        return
    data = head + stream.read(options.max_size + 1 - len(head))
    if len(data) > options.max_size:
        yield Item("-", "failed", reason=_too_large(options))
    elif head == b"[":
        yield from _json_document(data, "-", options)
    else:
        yield Item("-", "bytes", data=data)


class _Prepended:
    """A binary stream with bytes already read put back in front."""

    def __init__(self, first: bytes, stream: BinaryIO) -> None:
        self.first, self.stream = first, stream

    def readline(self, limit: int = -1) -> bytes:
        if self.first:
            first, self.first = self.first, b""
            if first.endswith(b"\n"):
                return first
            return first + self.stream.readline(limit - len(first) if limit > 0 else -1)
        return self.stream.readline(limit)


def _json_lines(f: Any, name: str, options: Options, *, empty_reason: str) -> Iterator[Item]:
    lineno = 0
    any_line = False
    while True:
        try:
            line = f.readline(options.max_size + 1)
        except OSError as e:
            yield Item(f"{name}:{lineno + 1}", "failed", reason=_os_reason(e))
            return
        if not line:
            break
        lineno += 1
        source = f"{name}:{lineno}"
        if len(line) > options.max_size and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the overlong line
                line = f.readline(1 << 20)
            yield Item(source, "failed", reason=_too_large(options, "line"))
            continue
        if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        any_line = True
        yield Item(source, "json", data=line.decode("utf-8", errors="replace").rstrip("\r\n"))
    if not any_line:
        yield Item(name, "failed", reason=empty_reason)


def _json_file(path: str, name: str, options: Options) -> Iterator[Item]:
    try:
        size = os.stat(path).st_size
        if size > options.max_size:
            # a big .json is most likely JSON Lines under another name: stream it
            with open(path, "rb") as f:
                first = f.read(1)
                while first and first.isspace():
                    first = f.read(1)
                if first == b"{":
                    yield from _json_lines(_Prepended(b"{", f), name, options, empty_reason="empty file")
                    return
            yield Item(name, "failed", reason=_too_large(options))
            return
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        yield Item(name, "failed", reason=_os_reason(e))
        return
    yield from _json_document(data, name, options)


def _json_document(data: bytes, name: str, options: Options) -> Iterator[Item]:
    """A whole JSON text: one object, an array of objects, or JSON Lines."""
    if not data.strip():
        yield Item(name, "failed", reason="empty file")
        return
    refused = decode.json_refusal(data[:4096])
    if refused:
        yield Item(name, "failed", reason=refused)
        return
    text = data.decode("utf-8-sig", errors="replace")
    try:
        doc = json.loads(text)
    except RecursionError:
        yield Item(name, "failed", reason="invalid JSON (nested too deeply)")
        return
    except ValueError as e:
        if text.lstrip().startswith("{") and "Extra data" in str(e):
            lines = iter(text.encode("utf-8").splitlines(keepends=True))
            yield from _json_lines(_Lines(lines), name, options, empty_reason="empty file")
        else:
            yield Item(name, "failed", reason=f"invalid JSON ({_json_reason(e)})")
        return
    if isinstance(doc, list):
        if not doc:
            yield Item(name, "failed", reason="empty JSON array")
        for i, obj in enumerate(doc, 1):
            yield Item(f"{name}:{i}", "object", data=obj)
    else:
        yield Item(name, "object", data=doc)


class _Lines:
    def __init__(self, lines: Iterator[bytes]) -> None:
        self.lines = lines

    def readline(self, limit: int = -1) -> bytes:
        return next(self.lines, b"")


# ---- reading -------------------------------------------------------------------

def load(item: Item, options: Options = Options()) -> Article:
    """The article of one item; `InputError` when it has none."""
    if item.kind == "failed":
        raise InputError(item.source, item.reason or "cannot be read")
    if item.kind == "file":
        return load_path(item.path or item.source, options, source=item.source)
    if item.kind == "bytes":
        return from_bytes(item.data, item.source)
    if item.kind == "json":
        try:
            obj = json.loads(item.data)
        except RecursionError:
            raise InputError(item.source, "invalid JSON (nested too deeply)") from None
        except ValueError as e:
            raise InputError(item.source, f"invalid JSON ({_json_reason(e)})") from None
        return from_object(obj, item.source, options)
    if item.kind == "object":
        return from_object(item.data, item.source, options)
    raise ValueError(f"unknown item kind {item.kind!r}")


def load_path(path: str | os.PathLike[str], options: Options = Options(), *, source: str | None = None) -> Article:
    """The article of one text or HTML file; refuses files over `options.max_size`
    before reading them."""
    name = source if source is not None else os.fspath(path)
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            if stat.S_ISDIR(st.st_mode):
                raise InputError(name, "is a directory")
            if stat.S_ISREG(st.st_mode) and st.st_size > options.max_size:
                raise InputError(name, _too_large(options))
            data = _read_bounded(f, st, options.max_size)
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except OSError as e:
        raise InputError(name, _os_reason(e)) from None
    if len(data) > options.max_size:
        raise InputError(name, _too_large(options))
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    return from_bytes(data, name, is_html=True if suffix in HTML_SUFFIXES else None)


def _read_bounded(f: BinaryIO, st: os.stat_result, max_size: int) -> bytes:
    """At most `max_size + 1` bytes of an open file. A regular file is read at its own
    size, since asking for the whole bound costs a buffer of that size for every small
    story; a file that grew since `fstat`, or a FIFO or device with no size to check
    first, is read on up to the bound."""
    if not stat.S_ISREG(st.st_mode) or st.st_size >= max_size:
        return f.read(max_size + 1)
    data = f.read(st.st_size + 1)
    if len(data) > st.st_size:
        data += f.read(max_size + 1 - len(data))
    return data


def from_bytes(data: bytes, source: str, *, is_html: bool | None = None, published: str | None = None,
               headline: str | None = None) -> Article:
    """The article of raw bytes; `is_html` None means: decide by the content."""
    if not data.strip():
        raise InputError(source, "empty file")
    sniff = data[:1024].lstrip()
    declared = decode.declared_charset(data) if is_html or sniff.startswith(b"<") else None
    text = decode.decode(data, source, declared)
    return from_text(text, source, is_html=is_html, published=published, headline=headline)


def from_text(text: str, source: str, *, is_html: bool | None = None, published: str | None = None,
              headline: str | None = None) -> Article:
    from . import html

    if is_html or (is_html is None and html.looks_like_html(text)):
        page = html.extract(text)
        if not page.text.strip():
            raise InputError(source, "no story text found in the HTML page")
        return Article(source, page.text, published or page.published, headline or page.headline)
    if not text.strip():
        raise InputError(source, "empty file")
    return Article(source, text, published, headline)


_ENTITY = regex(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")


def from_object(obj: Any, source: str, options: Options = Options()) -> Article:
    """The article of one crawler record (a JSON object)."""
    if not isinstance(obj, dict):
        raise InputError(source, f"not a JSON object but {_json_type(obj)}")
    text = _first_string(obj, options.text_fields)
    if text is None:
        present = [f for f in options.text_fields if f in obj]
        if present:
            raise InputError(source, _no_text_in(present[0], obj[present[0]]))
        raise InputError(source, f"no text field ({', '.join(options.text_fields)}); name it with --text-field")
    published = _iso_date(_first(obj, options.date_fields))
    title = _first_string(obj, options.title_fields)
    title = " ".join(title.split()) if title else None
    if "<" in text[:4096]:
        from . import html

        if html.looks_like_html(text):
            return from_text(text, source, is_html=True, published=published, headline=title)
    if _ENTITY.search(text):
        import html as entities  # stdlib; its entity table is only loaded when needed

        text = entities.unescape(text)
    text = "\n\n".join(_paragraphs(text))
    if not text:
        raise InputError(source, f"empty text field ({', '.join(options.text_fields)})")
    return Article(source, text, published, title or None)


def _no_text_in(field: str, value: Any) -> str:
    """Why the first text field present gives no story text."""
    if isinstance(value, str) or (isinstance(value, list) and all(isinstance(x, str) for x in value)):
        return f"empty story text (field {field})"
    return f"field {field} holds {_json_type(value)}, not the story text; name the text field with --text-field"


def _paragraphs(text: str) -> list[str]:
    """Crawlers (news-please, newspaper) put one paragraph per line; a line that stops
    without a sentence's end before one that starts in lower case is a paragraph the
    scrape wrapped ("received a letter from the" / "participants in the festival")."""
    paras: list[str] = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        if paras and line[0].islower() and not paras[-1].endswith(_PARAGRAPH_ENDS):
            paras[-1] += " " + line
        else:
            paras.append(line)
    return paras


_PARAGRAPH_ENDS = (".", "!", "?", ":", '"', "\u201d", ")")


def _first(obj: dict[str, Any], fields: tuple[str, ...]) -> Any:
    for f in fields:
        v = obj.get(f)
        if v not in (None, "", [], {}):
            return v
    return None


def _first_string(obj: dict[str, Any], fields: tuple[str, ...]) -> str | None:
    for f in fields:
        v = obj.get(f)
        if isinstance(v, list) and v and all(isinstance(x, str) for x in v):
            v = "\n".join(v)  # some crawlers give the paragraphs as a list
        if isinstance(v, str) and v.strip():
            return decode.without_lone_surrogates(v)  # a crawler's "\\udcff" for a byte it could not decode
    return None



_ISO_DAY = regex(r"\s*(\d{4})-(\d{2})-(\d{2})")


def _iso_date(value: Any) -> str | None:
    """A crawler's date (`2021-01-11 08:00:00`, ISO 8601, `Jan 11, 2021`, epoch seconds)
    as YYYY-MM-DD."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        try:
            seconds = value / 1000 if value > 1e11 else value  # milliseconds since the epoch
            return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, dict):  # {"$date": "..."} from database exports
        return _iso_date(next(iter(value.values()), None))
    if not isinstance(value, str):
        return None
    m = _ISO_DAY.match(value)
    if m:
        return dates.iso(dates.to_date("-".join(m.groups())))
    return dates.iso(dates.parse_date(value[:100]))


# ---- reasons -------------------------------------------------------------------

def _os_reason(e: OSError) -> str:
    return (e.strerror or str(e)).lower()


def _too_large(options: Options, what: str = "file") -> str:
    return f"{what} larger than --max-size ({_human(options.max_size)}); raise --max-size to read it"


def _human(n: int) -> str:
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            return f"{n / size:g} {unit}"
    return f"{n} bytes"


def _json_reason(e: ValueError) -> str:
    if isinstance(e, json.JSONDecodeError):
        msg = e.msg.removesuffix(" at")  # "Invalid control character at"
        return f"{msg} at column {e.colno}" if e.lineno == 1 else f"{msg} at line {e.lineno} column {e.colno}"
    return str(e)


def _json_type(obj: Any) -> str:
    return {list: "an array", dict: "an object", str: "a string", int: "a number", float: "a number",
            bool: "a boolean"}.get(type(obj), "null")
