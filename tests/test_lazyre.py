"""`LazyPattern` stands in for `re.compile`: same answers, compiled only when first used."""
from __future__ import annotations

import re
import subprocess
import sys

from msgparse.lazyre import LazyPattern


def test_answers_as_the_compiled_pattern() -> None:
    lazy = LazyPattern(r"(?P<place>[A-Z]+),\s*(?P<month>may)\b", re.I)
    rx = re.compile(r"(?P<place>[A-Z]+),\s*(?P<month>may)\b", re.I)
    text = "HANOI, May 19 -- and SEOUL, may 20"
    assert lazy.match(text).groupdict() == {"place": "HANOI", "month": "May"}
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert lazy.search(text, 10).group("place") == "SEOUL"
    assert lazy.sub("X", text) == rx.sub("X", text)
    assert lazy.pattern == rx.pattern and lazy.flags == rx.flags and lazy.groups == 2


def test_compiles_once_on_first_use() -> None:
    lazy = LazyPattern(r"a+")
    assert "_rx" not in vars(lazy)
    assert lazy.fullmatch("aaa")
    compiled = vars(lazy)["_rx"]
    assert lazy.match("a") and vars(lazy)["_rx"] is compiled


def test_a_bad_pattern_fails_when_used() -> None:
    lazy = LazyPattern(r"(unclosed")
    try:
        lazy.match("x")
    except re.error as e:
        assert "missing )" in str(e)
    else:
        raise AssertionError("no re.error")


def test_rare_patterns_stay_uncompiled_after_import() -> None:
    # importing the stages compiles none of the patterns kept for rare branches
    code = ("import msgparse.pipeline\n"
            "from msgparse import boilerplate, dateline, messages, parties\n"
            "print(sum('_rx' in vars(p) for p in [*dateline._FORMS, *(rx for rx, _ in boilerplate._END_CUTS), "
            "boilerplate.PHOTO_CREDIT, messages._OFFICE_PARTY, parties.DESCRIPTION]))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
