"""The command: inputs of every kind, every format, each error with its exit status,
-j order, stdin, --schema, --version, | head and Ctrl-C."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from msgparse import __version__, batch, cli, inputs, record
from schema_check import assert_valid
from stories import numbered

CLI = [sys.executable, "-m", "msgparse"]
SEED = FIXTURES / "seed.txt"


def run(*args: str, input: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*CLI, *args], input=input, capture_output=True, timeout=timeout)


def records(stdout: bytes) -> list[dict]:
    recs = [json.loads(line) for line in stdout.decode().splitlines()]
    for r in recs:
        assert_valid(r)
    return recs


def errors(stderr: bytes) -> list[str]:
    return [line for line in stderr.decode().splitlines() if line.startswith("msgparse: error: ")]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    for i in range(12):
        (root / ("sub" if i % 3 == 0 else ".") / f"{i:02d}.txt").write_text(numbered(i))
    return root


# ---- inputs --------------------------------------------------------------------------

def test_one_file_gives_one_jsonl_record_and_nothing_on_stderr() -> None:
    p = run(str(SEED))
    assert (p.returncode, p.stderr) == (0, b"")
    [rec] = records(p.stdout)
    assert rec["source"] == str(SEED) and rec["published"] == "2021-01-11"


def test_every_input_kind_in_one_run(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>T</title><meta name='pubdate' content='2022-02-02'></head>"
                    f"<body><nav>Home</nav><p>{numbered(1)}</p></body></html>")
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"title": "J", "date_publish": "2020-05-05", "maintext": numbered(2)}) + "\n")
    arr = tmp_path / "arr.json"
    arr.write_text(json.dumps([{"text": numbered(3)}]))
    p = run(str(SEED), str(page), str(dump), str(arr), str(FIXTURES / "io_cp1252.txt"), "-q")
    assert p.returncode == 0, p.stderr
    recs = records(p.stdout)
    assert [r["source"] for r in recs] == [str(SEED), str(page), f"{dump}:1", f"{arr}:1", str(FIXTURES / "io_cp1252.txt")]
    assert (recs[1]["headline"], recs[1]["published"]) == ("T", "2022-02-02")
    assert "Home" not in recs[1]["text"]
    assert (recs[2]["headline"], recs[2]["published"]) == ("J", "2020-05-05")
    assert "Díaz-Canel" in recs[4]["text"]


def test_folder_is_walked_in_sorted_order(folder: Path) -> None:
    p = run(str(folder), "-q")
    assert p.returncode == 0
    names = [os.path.relpath(r["source"], folder) for r in records(p.stdout)]
    assert names == ["01.txt", "02.txt", "04.txt", "05.txt", "07.txt", "08.txt", "10.txt", "11.txt",
                     "sub/00.txt", "sub/03.txt", "sub/06.txt", "sub/09.txt"]


def test_glob_option(folder: Path) -> None:
    (folder / "x.story").write_text(numbered(99))
    p = run(str(folder), "--glob", "*.story", "-q")
    assert [r["source"] for r in records(p.stdout)] == [str(folder / "x.story")]


def test_stdin_by_dash_and_by_pipe() -> None:
    data = SEED.read_bytes()
    for args in (["-"], []):
        p = run(*args, input=data)
        assert p.returncode == 0, p.stderr
        [rec] = records(p.stdout)
        assert rec["source"] == "-" and rec["published"] == "2021-01-11"


def test_stdin_json_lines() -> None:
    data = "".join(json.dumps({"maintext": numbered(i)}) + "\n" for i in range(3)).encode()
    p = run("-", "-q", input=data)
    assert [r["source"] for r in records(p.stdout)] == ["-:1", "-:2", "-:3"]


def test_json_field_options(tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl"
    dump.write_text(json.dumps({"article": numbered(1), "when": "2019-03-04", "name": "N"}) + "\n")
    p = run(str(dump), "--text-field", "article", "--date-field", "when", "--title-field", "name")
    [rec] = records(p.stdout)
    assert (rec["published"], rec["headline"]) == ("2019-03-04", "N")


def test_a_lone_surrogate_escaped_in_a_json_line_still_gives_its_record() -> None:
    # crawlers write "\udcff" for a byte they could not decode: JSON reads it as a lone
    # surrogate, which strict UTF-8 encoding refuses
    story = "Xi Jinping said \udcff that the two sides should work together."
    p = run("-", "-q", input=(json.dumps({"maintext": story}) + "\n").encode())
    assert (p.returncode, p.stderr) == (0, b"")
    [rec] = records(p.stdout)
    assert [(c["speaker"], c["cue"]) for c in rec["claims"]] == [("Xi Jinping", "said")]


# ---- outputs ---------------------------------------------------------------------------

def test_json_format_is_an_indented_document() -> None:
    p = run(str(SEED), "--format", "json")
    assert p.stdout.startswith(b'{\n  "source": ')
    assert_valid(json.loads(p.stdout))


def test_csv_format(folder: Path) -> None:
    p = run(str(folder), "--format", "csv", "-q")
    assert p.returncode == 0
    rows = list(csv.reader(io.StringIO(p.stdout.decode())))
    assert rows[0] == ["source", "published", "date", "kind", "medium", "sender", "sender_titles", "recipients",
                       "recipient_titles", "occasion", "claims"]
    assert all(len(r) == 11 for r in rows)


def test_table_format() -> None:
    p = run(str(SEED), "--format", "table")
    out = p.stdout.decode()
    assert str(SEED) in out and "published" in out and "2021-01-11" in out and "agencies" in out


def test_per_message_records(tmp_path: Path) -> None:
    fake = {"source": "x", "published": None, "headline": None, "dateline": None, "agencies": [], "claims": [],
            "acronyms": {}, "text": "", "removed": [],
            "messages": [{"kind": "other", "medium": "letter", "date": None, "sender": {"name": "A", "titles": []},
                          "recipients": [], "occasion": None, "claims": [], "cameo": None}] * 2}
    out = io.StringIO()
    from msgparse import output

    output.make_writer("jsonl", out, per_message=True).write(fake)
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [x["message"] for x in lines] == [1, 2]
    p = run(str(SEED), "--per-message")
    assert p.returncode == 0
    for line in p.stdout.decode().splitlines():
        jsonschema.validate(json.loads(line), record.MESSAGE_RECORD_SCHEMA)


def test_schema_option_prints_the_schema() -> None:
    p = run("--schema")
    assert p.returncode == 0 and json.loads(p.stdout) == record.SCHEMA
    p = run("--schema", "--per-message")
    assert json.loads(p.stdout) == record.MESSAGE_RECORD_SCHEMA


def test_version() -> None:
    p = run("--version")
    assert (p.returncode, p.stdout.decode().strip()) == (0, f"msgparse, version {__version__}")


# ---- batches ---------------------------------------------------------------------------

def test_jobs_give_the_same_output_as_one_process(folder: Path) -> None:
    (folder / "bad.txt").write_bytes(b"")
    one = run(str(folder), "-j", "1", "-q")
    four = run(str(folder), "-j", "4", "-q")
    assert one.returncode == four.returncode == 1
    assert one.stdout == four.stdout and len(records(one.stdout)) == 12
    assert errors(one.stderr) == errors(four.stderr) == [f"msgparse: error: {folder / 'bad.txt'}: empty file"]


def test_summary_line_for_several_inputs(folder: Path) -> None:
    p = run(str(folder))
    assert re.fullmatch(r"msgparse: 12 articles, \d+ messages?, 0 failures, \d+\.\d\d s\n", p.stderr.decode())
    assert run(str(folder), "--quiet").stderr == b""


# ---- errors and exit codes -----------------------------------------------------------------

@pytest.mark.parametrize("name,data,reason", [
    ("missing.txt", None, "no such file or directory"),
    ("empty.txt", b"", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(3000), "binary file, not text; give a text, HTML or JSON file"),
    ("big.txt", b"word " * 1000, "file larger than --max-size (3 KB); raise --max-size to read it"),
    ("bad.jsonl", b'{"maintext": "x"\n', None),
])
def test_each_bad_input_is_one_error_line_and_the_run_goes_on(tmp_path: Path, name: str, data: bytes | None,
                                                               reason: str | None) -> None:
    bad = tmp_path / name
    if data is not None:
        bad.write_bytes(data)
    p = run(str(bad), str(SEED), "--max-size", "3KB", "-q")
    assert p.returncode == 1
    assert [r["source"] for r in records(p.stdout)] == [str(SEED)]
    source = f"{bad}:1" if name.endswith(".jsonl") else str(bad)
    if reason is None:
        assert errors(p.stderr) == [f"msgparse: error: {source}: invalid JSON (Expecting ',' delimiter at column 17)"]
    else:
        assert errors(p.stderr) == [f"msgparse: error: {source}: {reason}"]
    assert p.stderr.decode().splitlines() == errors(p.stderr)
    assert b"Traceback" not in p.stderr


def test_fail_fast_stops_at_the_first_failure(tmp_path: Path, folder: Path) -> None:
    (folder / "03.txt").write_bytes(b"")
    p = run(str(folder), "--fail-fast", "-q")
    assert p.returncode == 1
    assert len(records(p.stdout)) == 2  # 01.txt, 02.txt
    assert errors(p.stderr) == [f"msgparse: error: {folder / '03.txt'}: empty file"]


@pytest.mark.parametrize("args,message", [
    (["--format", "xml", "x"], "Invalid value for '-f' / '--format'"),
    (["--jobs", "-1", "x"], "Invalid value for '-j' / '--jobs'"),
    (["--max-size", "lots", "x"], "is not a size"),
    (["--no-such-option"], "No such option"),
    (["--glob", " ", "x"], "Invalid value for '--glob': an empty pattern matches no file; give one like '*.txt'"),
])
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    p = run(*args)
    assert p.returncode == 2 and message in p.stderr.decode() and p.stdout == b""


def test_more_jobs_than_the_machine_can_use_is_a_usage_error() -> None:
    # one over the bound: were it not refused, that many workers would start
    n = batch.max_jobs() + 1
    p = run("-j", str(n), str(SEED))
    assert p.returncode == 2 and p.stdout == b""
    assert p.stderr.decode().splitlines()[-1] == (
        f"Error: Invalid value for '-j' / '--jobs': {n} is more worker processes than this machine can use; "
        f"give at most {n - 1} ({os.cpu_count() or 1} CPUs)")


def test_no_input_on_a_terminal_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli.main, [])
    # CliRunner's stdin is not a terminal: it is read as empty input
    assert result.exit_code == 1
    import click

    class TtyIn(io.BytesIO):
        def isatty(self) -> bool:
            return True

    old = sys.stdin
    try:
        sys.stdin = io.TextIOWrapper(TtyIn(b""))
        with pytest.raises(click.UsageError, match="no input"):
            cli.main.main([], standalone_mode=False)
    finally:
        sys.stdin = old


def test_a_bug_shows_a_short_message_and_debug_the_traceback(tmp_path: Path) -> None:
    # a stage that raises, injected through a sitecustomize on PYTHONPATH
    (tmp_path / "sitecustomize.py").write_text(
        "import msgparse.pipeline as p\n"
        "def parse(*a, **k):\n    raise ValueError('stage exploded')\n"
        "p.parse = parse\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    p = subprocess.run([*CLI, str(SEED)], capture_output=True, env=env, timeout=60)
    assert p.returncode == 1
    assert p.stderr.decode() == (f"msgparse: error: {SEED}: internal error (ValueError: stage exploded); "
                                 "this is a bug in msgparse, rerun with --debug for the traceback\n")
    p = subprocess.run([*CLI, "--debug", str(SEED)], capture_output=True, env=env, timeout=60)
    assert p.returncode == 1 and b"Traceback (most recent call last)" in p.stderr and b"stage exploded" in p.stderr


def test_head_closing_the_pipe_exits_quietly(folder: Path) -> None:
    for i in range(300):
        (folder / f"z{i:03d}.txt").write_text(numbered(i))
    p = subprocess.run(f"{sys.executable} -m msgparse {folder} | head -n 2", shell=True, capture_output=True, timeout=120)
    assert len(p.stdout.splitlines()) == 2
    assert p.stderr == b""


def test_ctrl_c_exits_130_with_whole_lines_and_reports_the_rest(tmp_path: Path) -> None:
    # stdin stays open: msgparse waits in the middle of its input when the interrupt comes
    proc = subprocess.Popen([*CLI, str(SEED), "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdin is not None
    first = proc.stdout.readline()
    assert json.loads(first)["source"] == str(SEED)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert out == b""
    assert err.decode().splitlines()[-1] == "msgparse: interrupted"
    assert b"Traceback" not in err


def test_every_option_is_documented_in_the_readme() -> None:
    readme = (FIXTURES.parent / "README.md").read_text(encoding="utf-8")
    for param in cli.main.params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("--"):
                assert f"`{opt}" in readme or f", {opt}" in readme, f"{opt} is not in the README"


@pytest.mark.parametrize("jobs, signum, status", [
    ("1", signal.SIGINT, 130), ("2", signal.SIGINT, 130), ("1", signal.SIGTERM, 143), ("2", signal.SIGTERM, 143)])
def test_ctrl_c_in_a_folder_reports_every_input_not_printed(tmp_path: Path, jobs: str, signum: int, status: int) -> None:
    root = tmp_path / "many"
    root.mkdir()
    paths = [root / f"{i:04d}.txt" for i in range(3000)]
    for i, p in enumerate(paths):
        p.write_text(numbered(i) * 4)
    out, err = tmp_path / "out", tmp_path / "err"
    proc = subprocess.Popen([*CLI, "-j", jobs, str(root)], stdout=out.open("wb"), stderr=err.open("wb"))
    deadline = time.monotonic() + 60
    while out.read_bytes().count(b"\n") < 10 and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signum)
    assert proc.wait(timeout=60) == status
    data = out.read_bytes().decode()
    assert data.endswith("\n")
    printed = {json.loads(line)["source"] for line in data.splitlines()}
    reported = {line[len("msgparse: error: "):-len(": not processed (interrupted)")]
                for line in err.read_text().splitlines() if line.endswith(": not processed (interrupted)")}
    assert printed | reported == {str(p) for p in paths}
    assert not printed & reported
    assert err.read_text().splitlines()[-1] == "msgparse: interrupted"


def test_a_text_file_does_not_load_the_heavy_libraries() -> None:
    # start-up time: rich, bs4, lxml, dateparser and multiprocessing load only when needed
    code = ("import sys, runpy\n"
            f"sys.argv = ['msgparse', '-f', 'jsonl', {str(SEED)!r}]\n"
            "try:\n    runpy.run_module('msgparse', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "heavy = sorted(m for m in ('rich', 'bs4', 'lxml', 'dateparser', 'concurrent.futures.process', 'csv')"
            " if m in sys.modules)\n"
            "print('HEAVY', heavy, file=sys.stderr)\n")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert b"HEAVY []" in p.stderr, p.stderr.decode()[-500:]


def test_unreadable_path_is_an_error_line(tmp_path: Path) -> None:
    f = tmp_path / "file.txt"
    f.write_text(numbered(1))
    bad = f / "inside.txt"  # a path through a file cannot be opened
    p = run(str(bad), str(f), "-q")
    assert p.returncode == 1
    assert errors(p.stderr) == [f"msgparse: error: {bad}: not a directory"]
    assert [r["source"] for r in records(p.stdout)] == [str(f)]
    if os.geteuid() != 0:  # root reads whatever the mode
        f.chmod(0)
        p = run(str(f))
        assert (p.returncode, errors(p.stderr)) == (1, [f"msgparse: error: {f}: permission denied"])


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_file_stdout_goes_to_is_not_read_back(tmp_path: Path, jobs: str) -> None:
    # in the folder it reads, the records file would grow with each record read from it
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(numbered(1))
    out = root / "records.jsonl"
    out.write_text(json.dumps({"text": numbered(2)}) + "\n")  # kept from an earlier run
    with out.open("ab") as sink:
        p = subprocess.run([*CLI, "-q", "-j", jobs, str(root)], stdout=sink, stderr=subprocess.PIPE, timeout=60)
    assert p.returncode == 1
    assert errors(p.stderr) == [f"msgparse: error: {out}: {inputs.OUTPUT_FILE_REASON}"]
    lines = out.read_text().splitlines()
    assert len(lines) == 2  # the earlier line, and the record of a.txt only
    assert json.loads(lines[1])["source"] == str(root / "a.txt")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_in_a_folder_is_reported_not_waited_on(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(numbered(1))
    os.mkfifo(root / "b.txt")  # no writer: reading it would wait forever
    (root / "c.txt").write_text(numbered(3))
    p = run("-q", str(root), timeout=60)
    assert p.returncode == 1
    assert errors(p.stderr) == [f"msgparse: error: {root / 'b.txt'}: {inputs.SPECIAL_FILE_REASON}"]
    assert [r["source"] for r in records(p.stdout)] == [str(root / "a.txt"), str(root / "c.txt")]


def test_a_pipe_named_on_the_command_line_is_read(tmp_path: Path) -> None:
    # `msgparse <(zcat story.txt.gz)` names a pipe
    p = subprocess.run(f"{sys.executable} -m msgparse -q <(cat {SEED})", shell=True, executable="/bin/bash",
                       capture_output=True, timeout=60)
    assert p.returncode == 0, p.stderr.decode()
    assert len(records(p.stdout)[0]["messages"]) == 1


def test_a_file_name_that_is_not_utf8_gives_utf8_output_in_every_format(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    try:
        Path(os.fsdecode(name)).write_text(numbered(1))
    except (OSError, UnicodeError):
        pytest.skip("this file system takes only UTF-8 names")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}  # strict, as on most desktops
    got = {}
    for fmt in ("jsonl", "json", "csv"):
        p = subprocess.run([*CLI, "-q", "--format", fmt, str(tmp_path)], capture_output=True, env=env, timeout=60)
        assert p.returncode == 0, p.stderr.decode()
        got[fmt] = p.stdout.decode("utf-8")  # strict: raises on a stray byte
    assert os.fsencode(json.loads(got["jsonl"])["source"]) == name  # the name comes back whole
    assert json.loads(got["json"])["source"] == json.loads(got["jsonl"])["source"]
    assert next(csv.DictReader(io.StringIO(got["csv"])))["source"] == f"{tmp_path}/caf\ufffd.txt"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])  # csv fails at its header, before any record
def test_a_full_disk_ends_the_run_with_one_line_that_says_so(folder: Path, fmt: str) -> None:
    with open("/dev/full", "w") as full:
        p = subprocess.run([*CLI, "-q", "--format", fmt, str(folder)], stdout=full, stderr=subprocess.PIPE, timeout=60)
    assert p.returncode == 1
    reason = "msgparse: error: cannot write the output: no space left on device"
    assert p.stderr.decode().splitlines() == [reason + ("; the run stopped after 0 articles" if fmt == "jsonl" else "")]


def test_a_closed_stdout_is_a_usage_error() -> None:
    p = subprocess.run(f"{sys.executable} -m msgparse {SEED} >&-", shell=True, capture_output=True, timeout=60)
    assert p.returncode == 2
    assert p.stderr.decode().splitlines()[-1] == "Error: stdout is closed: send the output to a file or a pipe"
