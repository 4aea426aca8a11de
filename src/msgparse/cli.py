"""The command line: arguments, formats, exit codes. Everything else is the library's.

Exit status: 0 when every input gave a record, 1 when any failed, 2 for a usage error,
130 when interrupted (143 for SIGTERM). Errors about one input are one line on stderr,
`msgparse: error: SOURCE: reason`, and the run goes on (unless --fail-fast).
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import stat
import sys
import time
from typing import Any, Iterator

import click

from . import __version__, batch, inputs, output, patterncache
from .patterncache import regex

_SIZE = regex(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$", re.I)


class SizeType(click.ParamType):
    name = "SIZE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        m = _SIZE.match(str(value))
        if not m:
            self.fail(f"{value!r} is not a size; write it like 10MB, 500KB or 2000000", param, ctx)
        n = float(m.group(1)) * {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]
        if n < 1:
            self.fail("the size must be at least 1 byte", param, ctx)
        return int(n)


class _Interrupts:
    """Ctrl-C, or a SIGTERM (`timeout`, a job scheduler, `kill`), acts only where the batch
    blocks (reading input, parsing, waiting for a worker): there every input taken is on
    record, so the report of what was not processed is complete, and no record is ever
    cut in half on stdout. Anywhere else the interrupt waits for the next such point; a
    second one before then acts at once (stdout may block on a reader that stopped)."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.open = False
        self.pending = False
        self.signum = signal.SIGINT  # the signal that interrupted the run

    def install(self) -> dict[int, Any]:
        """Install the handler; returns the handlers it replaced (none off the main
        thread, where signals cannot be handled)."""
        previous = {}
        with contextlib.suppress(ValueError):  # not the main thread (embedded use)
            for signum in self.SIGNALS:
                previous[signum] = signal.signal(signum, self._handler)
        return previous

    @staticmethod
    def restore(previous: dict[int, Any]) -> None:
        for signum, handler in previous.items():
            if handler is not None:
                signal.signal(signum, handler)

    @property
    def status(self) -> int:
        """The exit status of a run this interrupted: 128 and the signal's number."""
        return 128 + self.signum

    def _handler(self, signum: int, frame: Any) -> None:
        self.signum = signum
        if self.open or self.pending:  # a second signal while the first waits acts at once
            self.open = self.pending = False
            raise KeyboardInterrupt
        self.pending = True

    def check(self) -> None:
        if self.pending:
            self.pending = False
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def waiting(self) -> Iterator[None]:
        self.check()
        self.open = True
        try:
            yield
        finally:
            self.open = False


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("paths", nargs=-1, metavar="[FILE|DIR|-]...")
@click.option("-f", "--format", "fmt", type=click.Choice(output.FORMATS), default="auto", show_default=True,
              help="auto: a table on a terminal, JSON Lines into a pipe or file.")
@click.option("--per-message", is_flag=True,
              help="One record per message, the article's fields copied in, instead of one per article.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes (0: one per CPU). The output order is the input order.")
@click.option("--glob", "patterns", multiple=True, metavar="PATTERN",
              help="Files to take from folders (repeatable). [default: " + " ".join(inputs.DEFAULT_PATTERNS) + "]")
@click.option("--max-size", type=SizeType(), default="10MB", show_default=True,
              help="Refuse inputs (and JSON lines) larger than this.")
@click.option("--text-field", multiple=True, metavar="NAME",
              help="JSON field holding the story, tried before " + ", ".join(inputs.TEXT_FIELDS) + ".")
@click.option("--date-field", multiple=True, metavar="NAME",
              help="JSON field holding the publication date, tried before " + ", ".join(inputs.DATE_FIELDS) + ".")
@click.option("--title-field", multiple=True, metavar="NAME",
              help="JSON field holding the headline, tried before " + ", ".join(inputs.TITLE_FIELDS) + ".")
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error.")
@click.option("--schema", is_flag=True, help="Print the JSON Schema of the record (with --per-message: of a message record) and exit.")
@click.version_option(__version__, "-V", "--version", prog_name="msgparse")
def main(paths: tuple[str, ...], fmt: str, per_message: bool, jobs: int, patterns: tuple[str, ...], max_size: int,
         text_field: tuple[str, ...], date_field: tuple[str, ...], title_field: tuple[str, ...],
         fail_fast: bool, quiet: bool, debug: bool, schema: bool) -> None:
    """Read news stories about messages between public figures and print one record per
    story: who wrote to whom, when, in what form, on what occasion, and what they said.

    Inputs are files (text, HTML, JSON, JSON Lines), folders (walked recursively) and
    `-` for stdin; with no input and a pipe on stdin, stdin is read.

    \b
    Examples:
      msgparse story.txt | jq '.messages[].sender.name'
      msgparse -j 8 crawl/ > records.jsonl
      msgparse dump.jsonl --per-message --format csv > messages.csv
    """
    if schema:
        from . import record

        click.echo(json.dumps(record.MESSAGE_RECORD_SCHEMA if per_message else record.SCHEMA, indent=2))
        return
    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            raise click.UsageError("no input: give FILE, DIR or - (stdin), or pipe a story into msgparse")
        paths = ("-",)
    options = inputs.Options(
        max_size=max_size,
        patterns=tuple(patterns) or inputs.DEFAULT_PATTERNS,
        text_fields=_fields(text_field, inputs.TEXT_FIELDS),
        date_fields=_fields(date_field, inputs.DATE_FIELDS),
        title_fields=_fields(title_field, inputs.TITLE_FIELDS),
        output_file=_output_file(sys.stdout),
    )
    if any(not p.strip() for p in patterns):
        raise click.BadParameter("an empty pattern matches no file; give one like '*.txt'", param_hint="'--glob'")
    most = batch.max_jobs()
    if jobs > most:
        raise click.BadParameter(f"{jobs} is more worker processes than this machine can use; give at most "
                                 f"{most} ({os.cpu_count() or 1} CPUs)", param_hint="'-j' / '--jobs'")
    code = _run(paths, options, fmt=fmt, per_message=per_message, jobs=jobs or os.cpu_count() or 1,
                fail_fast=fail_fast, quiet=quiet, debug=debug)
    patterncache.keep()
    sys.exit(code)


def _fields(given: tuple[str, ...], defaults: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*given, *defaults]))


def _run(paths: tuple[str, ...], options: inputs.Options, *, fmt: str, per_message: bool, jobs: int,
         fail_fast: bool, quiet: bool, debug: bool) -> int:
    stdin = sys.stdin.buffer if sys.stdin is not None and hasattr(sys.stdin, "buffer") else None
    items = inputs.expand(paths, options, stdin)
    if sys.stdout is None:  # started with stdout closed (`msgparse story.txt >&-`)
        raise click.UsageError("stdout is closed: send the output to a file or a pipe")
    try:
        with _writing():
            writer = output.make_writer(fmt, sys.stdout, per_message=per_message)  # CSV: its header
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except _OutputFailed as e:
        print(f"msgparse: error: {e}", file=sys.stderr)
        _silence_stdout()
        return 1
    progress = output.Progress(sys.stderr, enabled=not quiet and _isatty(sys.stderr))
    guard = _Interrupts()
    previous = guard.install()
    run = batch.Batch(items, options, jobs, waiting=guard.waiting, blocking_input="-" in paths, render=writer.render)
    articles = messages = failures = 0
    started = time.monotonic()
    handling: batch.Result | None = None

    def say(line: str) -> None:
        progress.note(line)

    try:
        for result in run:
            handling = result
            if result.ok:
                with _writing():
                    if result.text is not None:
                        writer.write_text(result.text)
                    else:
                        assert result.record is not None
                        writer.write(result.record)
                handling = None
                articles += 1
                messages += result.messages
            else:
                failures += 1
                say(f"msgparse: error: {result.source}: {result.error}"
                    + ("; this is a bug in msgparse, rerun with --debug for the traceback" if result.trace and not debug else ""))
                if result.trace and debug:
                    say(result.trace.rstrip())
            handling = None
            progress.advance(result.source, failures)
            if fail_fast and not result.ok:
                break
            guard.check()
        with _writing():
            writer.close()
        guard.check()
    except KeyboardInterrupt:
        run.close()
        progress.stop()
        _report_unprocessed(([handling.source] if handling is not None else []) + run.unfinished(), run)
        return guard.status
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly; keep the interpreter from
        # complaining about stdout at exit
        run.close()
        progress.stop()
        _silence_stdout()
        return 0
    except _OutputFailed as e:
        run.close()
        progress.stop()
        say(f"msgparse: error: {e}; the run stopped after {articles} article{'s' * (articles != 1)}")
        _silence_stdout()
        return 1
    except Exception as e:  # noqa: BLE001 - a bug outside the stages: short message, traceback on --debug
        run.close()
        progress.stop()
        if debug:
            raise
        say(f"msgparse: internal error ({type(e).__name__}: {e}); this is a bug in msgparse, rerun with --debug for the traceback")
        return 1
    finally:
        run.close()
        progress.stop()
        guard.restore(previous)
    if not quiet and articles + failures > 1:
        say(output.summary_line(articles, messages, failures, time.monotonic() - started))
    return 1 if failures else 0


class _OutputFailed(Exception):
    """stdout refused a record: a full disk, a file too large, an I/O error."""


@contextlib.contextmanager
def _writing() -> Iterator[None]:
    """A failure to write stdout, told apart from a bug: every later record would fail
    the same way, so it ends the run with a line that says why. A closed pipe
    (`| head`) is no failure and passes through."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as e:
        raise _OutputFailed(f"cannot write the output: {(e.strerror or str(e)).lower()}") from e


def _silence_stdout() -> None:
    """Point stdout at the null device, so that the interpreter's last flush of what is
    left in its buffer cannot fail again and complain at exit."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _report_unprocessed(pending: list[str], run: batch.Batch) -> None:
    """After Ctrl-C: every input that gave no output, one line each, so that a rerun
    can pick them up (`grep 'not processed'`)."""
    try:
        for source in pending:
            sys.stderr.write(f"msgparse: error: {source}: not processed (interrupted)\n")
        for source in run.remaining():
            sys.stderr.write(f"msgparse: error: {source}: not processed (interrupted)\n")
        sys.stderr.write("msgparse: interrupted\n")
        sys.stderr.flush()
    except (KeyboardInterrupt, OSError):
        pass


def _output_file(stream: Any) -> tuple[int, int] | None:
    """(device, inode) of the regular file `stream` writes to, if it writes to one."""
    try:
        st = os.fstat(stream.fileno())
    except (AttributeError, OSError, ValueError):  # no file behind it (a test's buffer, closed)
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
