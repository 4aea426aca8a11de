"""Records out: json, jsonl, csv, table; the progress bar and the run's summary line.

Every writer takes whole records and writes each one with a single `write` followed by
a flush, so a reader downstream (`| jq`, `| head`) sees complete lines as soon as they
exist and an interrupted run leaves no half-written record.

- `jsonl`: one compact JSON object per line.
- `json`: each record as an indented JSON document (a stream that jq reads; a single
  input gives a single document).
- `csv`: a header, then one row per message: source, published, date, kind, medium,
  sender, sender_titles, recipients, recipient_titles, occasion, claims (their number).
  Several recipients are joined by " | ", several titles by "; ".
- `table`: a rich rendering of each article: metadata, messages, their claims.

rich is imported only by the table writer and the progress bar.
"""
from __future__ import annotations

import functools
import io
import json
from typing import Any, Callable, Protocol, TextIO

from . import decode
from . import record as records

FORMATS = ("auto", "json", "jsonl", "csv", "table")
CSV_COLUMNS = ("source", "published", "date", "kind", "medium", "sender", "sender_titles",
               "recipients", "recipient_titles", "occasion", "claims")


class Writer(Protocol):
    # The text `write` gives a record, made by a function that a worker process can run,
    # or None where that text depends on the stream (the table). A batch over several
    # processes has its workers make the text: sending it costs the parent less than
    # receiving the record and encoding it.
    render: Callable[[dict[str, Any]], str] | None

    def write(self, record: dict[str, Any]) -> None: ...

    def write_text(self, text: str) -> None:
        """Write what `render` made of a record."""

    def close(self) -> None: ...


def resolve_format(fmt: str, stream: TextIO) -> str:
    """`auto` is a table on a terminal, JSON Lines into a pipe or file."""
    if fmt != "auto":
        return fmt
    try:
        return "table" if stream.isatty() else "jsonl"
    except (AttributeError, ValueError):
        return "jsonl"


def make_writer(fmt: str, stream: TextIO, *, per_message: bool = False) -> Writer:
    fmt = resolve_format(fmt, stream)
    if fmt in ("jsonl", "json"):
        indent = 2 if fmt == "json" else None
        return _TextWriter(stream, functools.partial(json_text, indent=indent, per_message=per_message))
    if fmt == "csv":
        writer = _TextWriter(stream, csv_text)
        writer.write_text(_csv([list(CSV_COLUMNS)]))
        return writer
    if fmt == "table":
        return _TableWriter(stream, per_message)
    raise ValueError(f"unknown format {fmt!r}")


class _TextWriter:
    """A writer of text that `render` makes from each record alone."""

    def __init__(self, stream: TextIO, render: Callable[[dict[str, Any]], str]) -> None:
        self.stream, self.render = stream, render

    def write(self, record: dict[str, Any]) -> None:
        self.write_text(self.render(record))

    def write_text(self, text: str) -> None:
        if text:
            self.stream.write(text)
            self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


def json_text(record: dict[str, Any], *, indent: int | None = None, per_message: bool = False) -> str:
    """The JSON output of one article record: itself, or one record per message."""
    recs = records.message_records(record) if per_message else [record]
    return "".join(_json(r, indent) + "\n" for r in recs)


def _json(record: dict[str, Any], indent: int | None) -> str:
    """A record as JSON text, which is UTF-8 whatever its source's name: a file name that
    is not UTF-8 is held as lone surrogates, which no UTF-8 stream can write, so such a
    record is written with escapes ("\\udce9"), from which a reader gets the name back."""
    if _odd_name(record.get("source")):
        return json.dumps(record, ensure_ascii=True, indent=indent)
    return json.dumps(record, ensure_ascii=False, indent=indent)


def _odd_name(source: str | None) -> bool:
    """Whether `source` holds a lone surrogate. Every other string of a record is text
    decoded with replacement, which holds none."""
    return bool(source) and decode.has_lone_surrogate(source)


def _shown(source: str) -> str:
    """`source` as CSV and table cells show it: a lone surrogate is U+FFFD."""
    return decode.without_lone_surrogates(source)


def csv_rows(record: dict[str, Any]) -> list[list[Any]]:
    """The CSV rows (without header) of one article record: one per message."""
    rows = []
    for m in record.get("messages") or []:
        recips = m.get("recipients") or []
        rows.append([
            _shown(record.get("source") or ""), record.get("published") or "", m.get("date") or "",
            m.get("kind") or "", m.get("medium") or "",
            m["sender"]["name"], "; ".join(m["sender"]["titles"]),
            " | ".join(r["name"] for r in recips), " | ".join("; ".join(r["titles"]) for r in recips),
            m.get("occasion") or "", len(m.get("claims") or []),
        ])
    return rows


def csv_text(record: dict[str, Any]) -> str:
    """The CSV lines of one article record, without the header."""
    return _csv(csv_rows(record))


def _csv(rows: list[list[Any]]) -> str:
    if not rows:
        return ""
    import csv  # only CSV output pays for it

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


class _TableWriter:
    """Each article as a block: a rule with its source, its metadata, then each message
    with sender, recipients, occasion and the claims it carries."""

    render = None

    def __init__(self, stream: TextIO, per_message: bool) -> None:
        from rich.console import Console

        self.console = Console(file=stream, highlight=False, soft_wrap=False)
        self.per_message = per_message

    def write(self, record: dict[str, Any]) -> None:
        from rich.console import Group

        with self.console.capture() as cap:  # rendered whole, written in one go
            self.console.print(Group(*self._article(record)))
        self.write_text(cap.get())

    def write_text(self, text: str) -> None:
        self.console.file.write(text)
        self.console.file.flush()

    def _article(self, rec: dict[str, Any]) -> list[Any]:
        from rich.rule import Rule
        from rich.table import Table
        from rich.text import Text

        out: list[Any] = [Rule(Text(_shown(str(rec.get("source") or "<text>")), style="bold"), align="left")]
        meta = Table.grid(padding=(0, 2))
        meta.add_column(style="dim", no_wrap=True)
        meta.add_column()
        if rec.get("headline"):
            meta.add_row("headline", Text(rec["headline"], style="bold"))
        meta.add_row("published", rec.get("published") or "-")
        dl = rec.get("dateline")
        if dl:
            meta.add_row("dateline", ", ".join(str(v) for v in (dl.get("place"), dl.get("date"), dl.get("agency")) if v))
        meta.add_row("agencies", ", ".join(rec.get("agencies") or []) or "-")
        msgs = rec.get("messages") or []
        meta.add_row("found", f"{len(msgs)} message{'s' * (len(msgs) != 1)}, "
                              f"{len(rec.get('claims') or [])} claim{'s' * (len(rec.get('claims') or []) != 1)}")
        out.append(meta)
        for i, m in enumerate(msgs, 1):
            out.append(Text(""))
            title = Text(f"[{i}] ", style="bold")
            title.append(f"{m['kind']} {m['medium']}", style="bold cyan")
            title.append(f"  {m.get('date') or 'date not given'}", style="dim" if not m.get("date") else "")
            out.append(title)
            grid = Table.grid(padding=(0, 2))
            grid.add_column(style="dim", no_wrap=True)
            grid.add_column()
            grid.add_row("    from", _party(m["sender"]))
            for j, r in enumerate(m.get("recipients") or []):
                grid.add_row("    to" if j == 0 else "", _party(r))
            if m.get("occasion"):
                grid.add_row("    on", m["occasion"])
            for c in m.get("claims") or []:
                line = Text(f"{c['speaker']} ", style="bold")
                line.append(c["cue"] or "(quoted)", style="italic")
                line.append(": ")
                line.append(f"\u201c{c['text']}\u201d" if c.get("direct") else c["text"])
                grid.add_row("    claim", line)
            out.append(grid)
        return out

    def close(self) -> None:
        self.console.file.flush()


def _party(p: dict[str, Any]) -> Any:
    from rich.text import Text

    t = Text(p["name"], style="green")
    if p.get("titles"):
        t.append(" (" + "; ".join(p["titles"]) + ")", style="dim")
    return t


# ---- progress and summary (stderr) ----------------------------------------------------

class Progress:
    """A rich progress line on stderr: inputs done, failures, rate. Started only once a
    second input shows up, so a single file never draws one."""

    def __init__(self, stream: TextIO, enabled: bool) -> None:
        self.stream, self.enabled = stream, enabled
        self._bar: Any = None
        self._task: Any = None
        self.seen = 0

    def advance(self, source: str, failed: int) -> None:
        self.seen += 1
        if not self.enabled or self.seen < 2:
            return
        if self._bar is None:
            from rich.console import Console
            from rich.progress import Progress as Bar, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._bar = Bar(SpinnerColumn(), TextColumn("{task.completed} inputs"), TextColumn("{task.fields[failed]}"),
                            TimeElapsedColumn(), TextColumn("[dim]{task.fields[source]}"),
                            console=Console(file=self.stream), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("msgparse", total=None, failed="", source="")
        self._bar.update(self._task, completed=self.seen, source=_short(source),
                         failed=f"[red]{failed} failed" if failed else "")

    def note(self, line: str) -> None:
        """A line on stderr, printed above the bar while it is drawn."""
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            self.stream.write(line + "\n")
            self.stream.flush()

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def _short(source: str, n: int = 60) -> str:
    return source if len(source) <= n else "\u2026" + source[-(n - 1):]


def summary_line(articles: int, messages: int, failures: int, seconds: float) -> str:
    def n(k: int, word: str) -> str:
        return f"{k} {word}{'' if k == 1 else 's'}"

    return f"msgparse: {n(articles, 'article')}, {n(messages, 'message')}, {n(failures, 'failure')}, {seconds:.2f} s"
