"""Hostile inputs: what unattended runs over scraped folders meet.

Each input is big enough that a pattern that backtracks, or a stage that is quadratic,
would not finish within the suite's time; none of these tests measures time (the
scaling figures are in benchmarks/hostile_scaling.py). Each asserts that the run
finishes with a valid record, or with the project's own error and the right exit code,
and that no story text is lost on the way.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import msgparse
from schema_check import assert_valid

MB = 1_000_000
CLI = [sys.executable, "-m", "msgparse"]
STORY = (
    "HANOI, May 19 (VNA) -- President Tran Van Minh on Monday sent a message to President Amara Okonkwo "
    "congratulating her on the 60th anniversary of the country\u2019s independence.\n\n"
    "In the message, Minh said that the friendship between the two peoples had grown stronger over the years. "
    "\u201cWe are ready to work with you for peace in the region,\u201d he wrote.\n"
)


def _words(text: str) -> str:
    return " ".join(text.split())


def _cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout)


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("msgparse: error: ")]


def _story(i: int) -> str:
    """A short story whose names and numbers vary with `i`."""
    names = ["Amara Okonkwo", "Lena Petrova", "Farid Haidari", "Grace Mensah", "Jorge Castillo", "Tomas Novak"]
    a, b = names[i % 6], names[(i // 6) % 6]
    return (f"LIMA, Sept. {1 + i % 28} (Xinhua) -- President {a} on Monday sent a message to Prime Minister {b} "
            f"on the {2 + i % 90}th anniversary of diplomatic ties.\n\n{a.split()[-1]} said that story {i} matters.\n")


# --- the library --------------------------------------------------------------------

LONG_LINES = {
    # genre words, names, acronyms and commas, but no full stop anywhere
    "words": "President Tran Van Minh sent a message to Amara Okonkwo of the Workers' Party of Korea (WPK), "
             "said that the friendship between the two peoples, according to Minh, would grow and ",
    # one 5 MB token
    "no spaces": "x",
    # capitalised words all the way: a name pattern that can grow without end
    "capitals": "Minh Van Tran Okonkwo ",
}


@pytest.mark.parametrize("kind", list(LONG_LINES))
def test_five_megabyte_line_without_full_stop(kind: str) -> None:
    unit = LONG_LINES[kind]
    line = (unit * (5 * MB // len(unit) + 1))[: 5 * MB]
    record = msgparse.parse(line)
    assert_valid(record)
    assert len(record["text"]) >= 0.9 * len(_words(line)), "the story was cut"


QUOTES = {
    "straight": '"',
    "curly openings": "He said \u201cthe friendship ",
    "curly closings": "the friendship\u201d said Minh ",
    "single": "Minh\u2019s aides said \u2018yes ",
    "mixed": 'Minh said "we \u201cwill\u201d \u2018not" ',
}


@pytest.mark.parametrize("kind", list(QUOTES))
def test_hundred_thousand_unbalanced_quotation_marks(kind: str) -> None:
    text = "Minh said: " + QUOTES[kind] * 100_000
    record = msgparse.parse(text)
    assert_valid(record)
    assert len(record["text"]) >= 0.9 * len(_words(text))


# (unit, repetitions): where each repetition is a whole claim, 20,000 of them are
# enough to expose a step that compares every claim or sentence with every other
# (4 x 10^8 pairs) and keep the test short where the per-claim work is honest
SAIDS = {
    "bare": ("said ", 100_000),
    "commas": ("said, ", 100_000),
    "with that": ("Minh said that ", 20_000),
    "sentences": ("Minh said. ", 20_000),
    "quoted": ("\u201cYes,\u201d said Okonkwo, ", 20_000),
}


@pytest.mark.parametrize("kind", list(SAIDS))
def test_repeated_saids(kind: str) -> None:
    unit, times = SAIDS[kind]
    text = "President Amara Okonkwo sent a message to Tran Van Minh. " + unit * times
    record = msgparse.parse(text)
    assert_valid(record)


def test_twenty_thousand_nested_divs() -> None:
    markup = ("<html><head><title>Deep page</title></head><body>" + "<div>" * 20_000
              + "<p>President Amara Okonkwo sent a message to Tran Van Minh on Monday.</p>"
              + "</div>" * 20_000 + "</body></html>")
    record = msgparse.parse_bytes(markup.encode(), source="deep.html")
    assert_valid(record)
    assert "sent a message to Tran Van Minh" in record["text"]


def test_twenty_thousand_unclosed_divs() -> None:
    markup = "<html><body>" + "<div><p>Okonkwo said the talks went well." * 20_000
    record = msgparse.parse_bytes(markup.encode(), source="open.html")
    assert_valid(record)
    assert "Okonkwo said the talks went well" in record["text"]


def test_nul_bytes_alone_are_a_binary_input() -> None:
    with pytest.raises(msgparse.InputError) as e:
        msgparse.parse_bytes(b"\x00" * 10_000, source="zeros.bin")
    assert e.value.source == "zeros.bin"
    assert "binary" in e.value.reason


def test_nul_bytes_inside_a_story() -> None:
    data = STORY.encode().replace(b" sent ", b" sent\x00 ") + b"\x00" * 100
    try:
        record = msgparse.parse_bytes(data, source="nul.txt")
    except msgparse.InputError as e:
        assert e.source == "nul.txt"
        return
    assert_valid(record)
    assert "\x00" not in record["text"] or "message to President Amara Okonkwo" in record["text"]


def test_nul_characters_in_text() -> None:
    record = msgparse.parse(STORY.replace(" ", "\x00 ", 20) + "\x00" * 100_000)
    assert_valid(record)


def test_invalid_utf8_keeps_the_story() -> None:
    data = STORY.encode().replace(b"In the message", b"\xff\xfe\xc3( In the message") + b"\xed\xa0\x80\xc0\xaf"
    record = msgparse.parse_bytes(data, source="bad.txt")
    assert_valid(record)
    assert "sent a message to President Amara Okonkwo" in record["text"]
    assert "the friendship between the two peoples" in record["text"]


def test_invalid_utf8_throughout_a_long_input() -> None:
    data = (STORY.encode() + b"\x80\xff") * 20_000
    record = msgparse.parse_bytes(data, source="bad.txt")
    assert_valid(record)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"],
                         ids=["utf-16 with BOM", "utf-16-le without BOM", "utf-16-be without BOM"])
def test_utf16_gives_the_same_record_as_utf8(encoding: str) -> None:
    expected = msgparse.parse_bytes(STORY.encode("utf-8"), source="s.txt")
    record = msgparse.parse_bytes(STORY.encode(encoding), source="s.txt")
    assert_valid(record)
    assert record == expected


def test_utf16_be_with_bom() -> None:
    expected = msgparse.parse_bytes(STORY.encode("utf-8"), source="s.txt")
    record = msgparse.parse_bytes(b"\xfe\xff" + STORY.encode("utf-16-be"), source="s.txt")
    assert record == expected


def test_windows_1252_curly_quotes_and_accents() -> None:
    story = STORY.replace("Amara Okonkwo", "Am\u00e9lie Ren\u00e9e Okonkwo")
    record = msgparse.parse_bytes(story.encode("cp1252"), source="w.txt")
    assert_valid(record)
    assert "Am\u00e9lie Ren\u00e9e Okonkwo" in record["text"]
    assert "\u201cWe are ready to work with you for peace in the region,\u201d" in record["text"]
    assert record == msgparse.parse_bytes(story.encode("utf-8"), source="w.txt")


def test_five_megabytes_of_random_bytes() -> None:
    data = bytes((i * 7919 + (i >> 8) * 31) % 256 for i in range(5 * MB))
    try:
        record = msgparse.parse_bytes(data, source="noise.bin")
    except msgparse.InputError as e:
        assert e.source == "noise.bin"
        return
    assert_valid(record)


# --- the command --------------------------------------------------------------------


def test_cli_jsonl_with_a_five_megabyte_line_and_a_broken_line(tmp_path: Path) -> None:
    big = "Minh said that the friendship, which grew and grew, " * (5 * MB // 52)
    lines = [
        json.dumps({"title": "First", "date_publish": "2021-01-11", "maintext": _story(1)}),
        json.dumps({"title": "Huge", "date_publish": "2021-01-12", "maintext": big}),
        '{"title": "Broken", "maintext": "an unterminated string',
        json.dumps({"title": "Last", "date_publish": "2021-01-13", "maintext": _story(4)}),
    ]
    path = tmp_path / "stories.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = _cli("--format", "jsonl", str(path))
    assert proc.returncode == 1, proc.stderr[-2000:]
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    for r in records:
        assert_valid(r)
    assert [r["source"] for r in records] == [f"{path}:1", f"{path}:2", f"{path}:4"]
    assert [r["headline"] for r in records] == ["First", "Huge", "Last"]
    assert len(records[1]["text"]) >= 0.9 * len(big.strip())
    errors = _error_lines(proc.stderr)
    assert len(errors) == 1 and errors[0].startswith(f"msgparse: error: {path}:3: "), proc.stderr


def test_cli_folder_of_ten_thousand_files_some_unreadable(tmp_path: Path) -> None:
    folder = tmp_path / "scraped"
    folder.mkdir()
    good = []
    for i in range(10_000):
        p = folder / f"{i:05d}.txt"
        p.write_text(_story(i), encoding="utf-8")
        good.append(p)
    bad = {
        "empty.txt": b"",
        "zeros.txt": b"\x00" * 5000,
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    locked = folder / "locked.txt"
    locked.write_text(_story(1), encoding="utf-8")
    locked.chmod(0)
    root = os.geteuid() == 0  # root reads a file whatever its mode
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    try:
        proc = _cli("-q", "--format", "jsonl", str(folder), timeout=300)
    finally:
        locked.chmod(0o644)
        shutil.rmtree(folder, ignore_errors=True)  # pytest keeps the last runs' folders
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert proc.stdout.endswith("\n")
    sources = [json.loads(line)["source"] for line in proc.stdout.splitlines()]
    expected = {str(p) for p in good} | ({str(locked)} if root else set())
    assert set(sources) == expected
    assert len(sources) == len(expected), "an input gave two records"
    errors = _error_lines(proc.stderr)
    failed = {e[len("msgparse: error: "):].split(": ")[0] for e in errors}
    must_fail = {str(folder / n) for n in [*bad, "dangling.txt", "loop.txt"]} | (set() if root else {str(locked)})
    assert failed == must_fail, proc.stderr[-2000:]
    assert len(errors) == len(must_fail)


def test_cli_missing_input_is_one_error_line(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    proc = _cli(str(missing))
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert _error_lines(proc.stderr) == proc.stderr.splitlines()
    assert len(proc.stderr.splitlines()) == 1 and proc.stderr.startswith(f"msgparse: error: {missing}: ")


def test_cli_long_line_on_stdin() -> None:
    line = "Okonkwo said that the talks went well and " * (MB // 42)
    proc = subprocess.run([*CLI, "-"], input=line, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    record = json.loads(proc.stdout)
    assert_valid(record)
    assert record["source"] == "-"


# --- interrupted batches ------------------------------------------------------------


def _folder_of_stories(folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(n):
        p = folder / f"{i:05d}.txt"
        p.write_text(_story(i) * 8, encoding="utf-8")
        paths.append(p)
    return paths


def _start_batch(folder: Path, out: Path, err: Path, *args: str) -> subprocess.Popen[bytes]:
    # A session of its own, so that a signal to its process group is what Ctrl-C in a
    # terminal sends: the command and its workers together.
    return subprocess.Popen([*CLI, *args, "--format", "jsonl", str(folder)], stdout=out.open("wb"),
                            stderr=err.open("wb"), start_new_session=True)


def _wait_for_output(out: Path, proc: subprocess.Popen[bytes], lines: int = 20) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if out.read_bytes().count(b"\n") >= lines:
            return
        time.sleep(0.02)
    assert proc.poll() is None, "the batch ended before it could be interrupted"


def _descendants(pid: int) -> list[int]:
    out = []
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            kids = Path(f"/proc/{p}/task/{p}/children").read_text().split()
        except OSError:
            continue
        out.extend(int(k) for k in kids)
        todo.extend(int(k) for k in kids)
    return out


def _workers(pid: int) -> list[int]:
    """Worker processes under `pid`: not multiprocessing's resource tracker or fork server."""
    found = []
    for child in _descendants(pid):
        try:
            cmd = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"resource_tracker" not in cmd and b"forkserver" not in cmd:
            found.append(child)
    return found


def _assert_whole_lines_and_nothing_lost(out: Path, err: Path, paths: list[Path]) -> tuple[set[str], str]:
    data = out.read_bytes().decode("utf-8")
    assert data == "" or data.endswith("\n"), f"stdout ends in a cut line: {data[-200:]!r}"
    done = set()
    for line in data.splitlines():
        record = json.loads(line)
        assert_valid(record)
        done.add(record["source"])
    stderr = err.read_bytes().decode("utf-8", "replace")
    missing = [str(p) for p in paths if str(p) not in done]
    unreported = [p for p in missing if p not in stderr]
    assert not unreported, f"{len(unreported)} inputs neither printed nor reported, e.g. {unreported[:3]}; stderr: {stderr[-1000:]}"
    return done, stderr


def test_ctrl_c_leaves_whole_lines_and_reports_the_rest(tmp_path: Path) -> None:
    paths = _folder_of_stories(tmp_path / "in", 10_000)
    out, err = tmp_path / "out.jsonl", tmp_path / "err.txt"
    proc = _start_batch(tmp_path / "in", out, err, "-j", "2")
    try:
        _wait_for_output(out, proc)
        os.killpg(proc.pid, signal.SIGINT)
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        shutil.rmtree(tmp_path / "in", ignore_errors=True)
    assert code == 130, err.read_text(errors="replace")[-2000:]
    done, _ = _assert_whole_lines_and_nothing_lost(out, err, paths)
    assert len(done) < len(paths)


# SIGTERM too: the pool ends the other workers with it when one dies, and a worker that
# kept the parent's SIGTERM handler (which only notes the signal) would live on while
# the batch waited for it
@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM])
def test_killed_worker_leaves_whole_lines_and_reports_the_rest(tmp_path: Path, signum: int) -> None:
    # the batch runs to its end after the kill: fewer inputs than for Ctrl-C
    paths = _folder_of_stories(tmp_path / "in", 2_000)
    out, err = tmp_path / "out.jsonl", tmp_path / "err.txt"
    proc = _start_batch(tmp_path / "in", out, err, "-j", "2")
    try:
        _wait_for_output(out, proc)
        workers = _workers(proc.pid)
        assert workers, "-j 2 started no worker process"
        os.kill(workers[0], signum)
        code = proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        shutil.rmtree(tmp_path / "in", ignore_errors=True)
    stderr = err.read_text(errors="replace")
    assert code == 1 and "a worker process died" in stderr, stderr[-2000:]
    _assert_whole_lines_and_nothing_lost(out, err, paths)
