"""Does doubling a hostile input at most about double the time?

Each hostile input of tests/test_hostile.py is built at a size n and at 2n and run
through msgparse; the figure is time(2n) / time(n), best of a few runs each. A linear
pipeline gives about 2; a pattern that backtracks or a stage that compares every
mention with every other gives 4 or more. The target is <= 2.5 (noise on a shared
machine, and allocators, make exact 2 rare).

    .venv/bin/python benchmarks/hostile_scaling.py [--quick] [--only NAME] [--profile]

`--profile` prints, for each input over its target, the functions whose own time grew
most from n to 2n: the place to look for the super-linear step.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import msgparse

from common import Figure, at_most, best_of, report, run_cli, scratch

TARGET = 2.5
STORY = (
    "HANOI, May 19 (VNA) -- President Tran Van Minh on Monday sent a message to President Amara Okonkwo "
    "congratulating her on the 60th anniversary of the country\u2019s independence.\n\n"
    "In the message, Minh said that the friendship between the two peoples had grown stronger over the years. "
    "\u201cWe are ready to work with you for peace in the region,\u201d he wrote.\n"
)


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    n: int  # the base size, in the case's own unit
    unit: str
    run: Callable[[int], object]  # does the work for size n


def _text(build: Callable[[int], str]) -> Callable[[int], object]:
    return lambda n: msgparse.parse(build(n))


def _bytes(build: Callable[[int], bytes]) -> Callable[[int], object]:
    def run(n: int) -> object:
        try:
            return msgparse.parse_bytes(build(n), source="hostile")
        except msgparse.InputError:
            return None
    return run


def _jsonl_run(n: int) -> object:
    with scratch("jsonl") as tmp:
        path = tmp / "big.jsonl"
        big = _repeat("Minh said that the friendship, which grew and grew, ", n)
        lines = [json.dumps({"title": "A", "maintext": STORY}), json.dumps({"title": "Big", "maintext": big}),
                 '{"title": "Broken", "maintext": "unterminated', json.dumps({"title": "B", "maintext": STORY})]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return run_cli(["-q", "--format", "jsonl", str(path)])


def _folder_run(n: int) -> object:
    with scratch("folder") as tmp:
        for i in range(n):
            (tmp / f"{i:06d}.txt").write_text(STORY.replace("60th", f"{i}th"), encoding="utf-8")
        (tmp / "empty.txt").write_bytes(b"")
        (tmp / "dangling.txt").symlink_to(tmp / "gone.txt")
        return run_cli(["-q", "--format", "jsonl", str(tmp)])


WORDS = ("President Tran Van Minh sent a message to Amara Okonkwo of the Workers' Party of Korea (WPK), "
         "said that the friendship between the two peoples, according to Minh, would grow and ")


def cases(quick: bool) -> list[Case]:
    k = 4 if quick else 1  # --quick measures at a quarter of the size
    return [
        Case("line without full stop, genre words", 2_500_000 // k, "chars", _text(lambda n: _repeat(WORDS, n))),
        Case("line without full stop, no spaces", 2_500_000 // k, "chars", _text(lambda n: "x" * n)),
        Case("line of capitalised words", 2_500_000 // k, "chars", _text(lambda n: _repeat("Minh Van Tran Okonkwo ", n))),
        Case("unbalanced straight quotes", 50_000 // k, "marks", _text(lambda n: "Minh said: " + '"' * n)),
        Case("unbalanced curly quotes", 50_000 // k, "marks",
             _text(lambda n: "Minh said: " + "He said \u201cthe friendship " * n)),
        Case("unbalanced single quotes", 50_000 // k, "marks",
             _text(lambda n: "Minh said: " + "Minh\u2019s aides said \u2018yes " * n)),
        Case("mixed quotes", 50_000 // k, "marks", _text(lambda n: 'Minh said "we \u201cwill\u201d \u2018not" ' * (n // 4))),
        Case("repeated 'said'", 50_000 // k, "saids", _text(lambda n: "Amara Okonkwo wrote to Tran Van Minh. " + "said " * n)),
        Case("repeated 'Minh said that'", 50_000 // k, "saids", _text(lambda n: "Minh said that " * n)),
        Case("repeated 'Minh said.' sentences", 10_000 // k, "sentences", _text(lambda n: "Minh said. " * n)),
        Case("repeated quoted 'said'", 50_000 // k, "saids", _text(lambda n: "\u201cYes,\u201d said Okonkwo, " * n)),
        Case("nested divs", 10_000 // k, "divs", _bytes(lambda n: (
            "<html><body>" + "<div>" * n + "<p>Okonkwo sent a message to Minh.</p>" + "</div>" * n + "</body></html>").encode())),
        Case("unclosed divs and paragraphs", 10_000 // k, "divs",
             _bytes(lambda n: ("<html><body>" + "<div><p>Okonkwo said the talks went well." * n).encode())),
        Case("NUL characters", 2_500_000 // k, "chars", _text(lambda n: STORY + "\x00" * n)),
        Case("invalid UTF-8", 10_000 // k, "stories", _bytes(lambda n: (STORY.encode() + b"\x80\xff") * n)),
        Case("UTF-16 without BOM", 10_000 // k, "stories", _bytes(lambda n: (STORY * n).encode("utf-16-le"))),
        Case("Windows-1252", 10_000 // k, "stories", _bytes(lambda n: (STORY * n).encode("cp1252"))),
        Case("JSON Lines: one huge line, one broken (CLI)", 2_500_000 // k, "chars", _jsonl_run),
        Case("folder of files, some unreadable (CLI)", 5_000 // k, "files", _folder_run),
    ]


def _profile(run: Callable[[int], object], n: int) -> dict[tuple[str, int, str], float]:
    prof = cProfile.Profile()
    prof.runcall(run, n)
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    return {k: v[2] for k, v in stats.items()}  # own time per function


def growth(run: Callable[[int], object], n: int, top: int = 8) -> list[str]:
    """The functions whose own time grew most from n to 2n, as report lines."""
    a, b = _profile(run, n), _profile(run, 2 * n)
    rows = sorted(((b[k] - a.get(k, 0.0), b[k] / max(a.get(k, 0.0), 1e-4), k) for k in b), reverse=True)[:top]
    return [f"    +{d:7.3f}s  x{r:6.1f}  {Path(k[0]).name}:{k[1]} {k[2]}" for d, r, k in rows]


def measure(quick: bool = False, only: str | None = None, profile: bool = False) -> list[Figure]:
    figures = []
    repeat = 1 if quick else 2
    for case in cases(quick):
        if only and only.lower() not in case.name.lower():
            continue
        case.run(max(case.n // 50, 1))  # warm up: imports, lexicons, compiled patterns
        t1 = best_of(lambda: case.run(case.n), repeat)
        t2 = best_of(lambda: case.run(2 * case.n), repeat)
        fig = at_most(f"{case.name}: {case.n:,} -> {2 * case.n:,} {case.unit} ({t1:.2f}s -> {t2:.2f}s)",
                      t2 / t1, "x", TARGET)
        print(f"{fig.name}: x{fig.value:.2f}", file=sys.stderr, flush=True)
        if profile and not fig.ok:
            print("\n".join(growth(case.run, case.n)), file=sys.stderr, flush=True)
        figures.append(fig)
    return figures


def main() -> int:
    ap = argparse.ArgumentParser(description="Time of each hostile input at n and 2n.")
    ap.add_argument("--quick", action="store_true", help="a quarter of the sizes, one run each")
    ap.add_argument("--only", metavar="TEXT", help="only the inputs whose name holds TEXT")
    ap.add_argument("--profile", action="store_true", help="show where the time grew for inputs over target")
    args = ap.parse_args()
    return report(measure(args.quick, args.only, args.profile))


if __name__ == "__main__":
    sys.exit(main())
