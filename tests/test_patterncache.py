"""The kept programs of compiled patterns: rebuilt patterns answer as `re.compile`'s,
a bad or stale file is ignored or rewritten, only the command writes, and switched off
it reads and writes nothing."""
from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES
from msgparse import patterncache
from msgparse.lazyre import LazyPattern
from msgparse.patterncache import PatternCache

STAGES = ("agencies", "boilerplate", "claims", "clean", "cues", "dateline", "dates", "messages", "parties",
          "sentences", "speakers", "stamps", "titles")


def _module_patterns() -> list[tuple[str, int]]:
    """(source, flags) of every pattern the stages build at import, alone or in a list."""
    found = {}
    for name in STAGES:
        module = importlib.import_module(f"msgparse.{name}")
        for value in vars(module).values():
            items = value if isinstance(value, (list, tuple)) else [value]
            for item in items:
                if isinstance(item, LazyPattern):
                    found[item._source] = None
                elif isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    found[(item.pattern, item.flags)] = None
    return list(found)


def _answers(rx: re.Pattern[str], texts: list[str]) -> list[object]:
    return [[(m.span(), m.groups()) for m in rx.finditer(t)] for t in texts]


def test_rebuilt_patterns_answer_as_compiled(tmp_path: Path) -> None:
    sources = _module_patterns()
    assert len(sources) > 150  # the stages' patterns were found
    path = str(tmp_path / "patterns.bin")
    first = PatternCache(path)
    for source, flags in sources:
        first.compile(source, flags)
    first.save()
    assert os.path.getsize(path) > 0
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))[:12]]
    again = PatternCache(path)
    for source, flags in sources:
        kept, fresh = again.compile(source, flags), re.compile(source, flags)
        assert (kept.pattern, kept.flags, kept.groups, kept.groupindex) == (
            fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
        assert _answers(kept, texts) == _answers(fresh, texts), source[:80]
    assert not again._new  # every program came from the file


def test_a_damaged_file_is_ignored_and_written_anew(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    path.write_bytes(b"\x00not a cache\xff" * 10)
    cache = PatternCache(str(path))
    rx = cache.compile(r"(?P<who>[A-Z]\w+) said", re.I)
    assert rx.search("then XI SAID so").group("who") == "XI"
    cache.save()
    assert PatternCache(str(path)).compile(r"(?P<who>[A-Z]\w+) said", re.I).groupindex == {"who": 1}


def test_a_program_the_python_refuses_is_compiled_anew(tmp_path: Path) -> None:
    path = str(tmp_path / "patterns.bin")
    cache = PatternCache(path)
    cache.compile(r"ab+c")
    cache.save()
    broken = PatternCache(path)
    key = (r"ab+c", 0)
    flags, _program, groups, names, index = broken._entries()[key]
    broken._entries()[key] = (flags, b"\x07\x00\x00\x00" * 3, groups, names, index)
    assert broken.compile(r"ab+c").fullmatch("abbbc")


def test_an_unwritable_folder_is_left_alone(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    cache = PatternCache(str(blocker / "patterns.bin"))
    assert cache.compile(r"\d+").match("2024")
    cache.save()  # does not raise
    assert blocker.read_text() == "a file where the folder should be"


def test_a_file_of_stale_patterns_keeps_only_this_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = str(tmp_path / "patterns.bin")
    old = PatternCache(path)
    for n in range(6):
        old.compile(rf"old{n}")
    old.save()
    monkeypatch.setattr(patterncache, "MAX_ENTRIES", 6)
    new = PatternCache(path)
    new.compile(r"old0")
    new.compile(r"new")
    new.save()
    assert set(PatternCache(path)._entries()) == {(r"old0", 0), (r"new", 0)}


def test_where_the_file_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MSGPARSE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert patterncache.folder() == os.path.join("/somewhere/cache", "msgparse")
    monkeypatch.setenv("MSGPARSE_CACHE_DIR", "/chosen")
    assert patterncache.folder() == "/chosen"
    monkeypatch.setenv("MSGPARSE_CACHE_DIR", "")
    assert patterncache.folder() is None
    off = PatternCache(None)
    assert off.compile(r"x+").match("xx")
    off.save()  # nothing to write to


def _cli(folder: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MSGPARSE_CACHE_DIR": folder}
    return subprocess.run([sys.executable, "-m", "msgparse", "--format", "json", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_the_command_writes_the_file_and_reads_it_back(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    seed = str(FIXTURES / "seed.txt")
    first = _cli(str(folder), seed)
    files = list(folder.glob("patterns-*.bin"))
    assert first.returncode == 0 and len(files) == 1
    written = files[0].stat().st_mtime_ns
    second = _cli(str(folder), seed)
    assert second.returncode == 0 and json.loads(second.stdout) == json.loads(first.stdout)
    assert files[0].stat().st_mtime_ns == written  # nothing new to keep
    off = _cli("", seed)
    assert json.loads(off.stdout) == json.loads(first.stdout)


def test_the_library_reads_but_never_writes(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    code = f"import msgparse; msgparse.parse(open({str(FIXTURES / 'seed.txt')!r}).read())"
    env = {**os.environ, "MSGPARSE_CACHE_DIR": str(folder)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=120)
    assert not folder.exists()


def test_the_pattern_sources_are_the_same_in_every_run() -> None:
    # a set's order changes with the hash seed: a source built from one would differ
    # from run to run, and its kept program would never be found again
    code = ("import json, sys; sys.path.insert(0, sys.argv[1])\n"
            "from test_patterncache import _module_patterns\n"
            "print(json.dumps(sorted(_module_patterns())))\n")
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent)], capture_output=True,
                             text=True, check=True, env=env)
        runs.append(json.loads(out.stdout))
    assert runs[0] == runs[1] and len(runs[0]) > 150
