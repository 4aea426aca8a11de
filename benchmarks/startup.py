"""Start-up cost: `msgparse FILE` on one small article against a bare `python -c pass`.

Both run as fresh processes, alternately, several times; the figure is the difference
of the medians in milliseconds (target: at most 150 ms). The command keeps its compiled
patterns in a cache folder (msgparse.patterncache), here a scratch one: the first run
fills it, and the figure is for the runs after, as a user sees them from the second
run on. The first run's cost, with no cache, is measured too, for information. The modules that the command
imports for a plain-text story are listed with `--imports`, heaviest first, from
`python -X importtime`: a dependency that only HTML or dates in odd forms need
(beautifulsoup4, lxml, dateparser) should not be among them.

    .venv/bin/python benchmarks/startup.py [--quick] [--imports]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

import msgparse
from common import MSGPARSE, PYTHON, Figure, at_most, info, report, scratch

TARGET_MS = 150.0
ARTICLE = (
    "HANOI, May 19 (VNA) -- President Tran Van Minh on Monday sent a message to President Amara Okonkwo "
    "congratulating her on the 60th anniversary of the country's independence.\n\n"
    "In the message, Minh said that the friendship between the two peoples had grown stronger over the years.\n"
)
HEAVY = ("bs4", "lxml", "dateparser", "rich", "regex", "jsonschema")


def _time(cmd: list[str], env: dict[str, str] | None = None) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - t


def imports(path: str, env: dict[str, str] | None = None) -> list[tuple[float, str]]:
    """(ms, module) of the imports `msgparse FILE` makes, heaviest first: other packages
    with everything they import, msgparse's modules by their own time."""
    proc = subprocess.run([PYTHON, "-X", "importtime", "-m", "msgparse", path], capture_output=True, text=True, check=True,
                          env=env)
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        own, cum, name = (part.strip() for part in line[len("import time:"):].split("|"))
        if name.startswith("msgparse."):  # its own modules by their own time: mostly compiling patterns
            rows.append((int(own) / 1000, name))
        elif cum.isdigit() and "." not in name and name != "msgparse":
            rows.append((int(cum) / 1000, name))
    return sorted(rows, reverse=True)


def measure(quick: bool = False, show_imports: bool = False) -> list[Figure]:
    runs = 5 if quick else 15
    with scratch("startup") as tmp:
        path = tmp / "story.txt"
        path.write_text(ARTICLE, encoding="utf-8")
        bare, tool = [], []
        # warm the file cache and write the .pyc files, which an installed package has:
        # with PYTHONDONTWRITEBYTECODE set, every run would compile msgparse's sources anew
        subprocess.run([PYTHON, "-m", "compileall", "-q", os.path.dirname(msgparse.__file__)], check=True,
                       stdout=subprocess.DEVNULL)
        cached = {**os.environ, "MSGPARSE_CACHE_DIR": str(tmp / "cache")}
        uncached = {**os.environ, "MSGPARSE_CACHE_DIR": ""}
        _time([*MSGPARSE, str(path)], cached)  # fills the cache
        cold = []
        for _ in range(runs):
            bare.append(_time([PYTHON, "-c", "pass"]))
            tool.append(_time([*MSGPARSE, str(path)], cached))
            cold.append(_time([*MSGPARSE, str(path)], uncached))
        figures = [
            at_most(f"`msgparse FILE` minus `python -c pass`, median of {runs}",
                    1000 * (statistics.median(tool) - statistics.median(bare)), "ms", TARGET_MS),
            info("the same on a first run, before the pattern cache is filled",
                 1000 * (statistics.median(cold) - statistics.median(bare)), "ms"),
            info("`python -c pass` alone", 1000 * statistics.median(bare), "ms"),
        ]
        mods = imports(str(path), cached)
        heavy = [name for _ms, name in mods if name in HEAVY]
        print(f"heavy dependencies imported for a plain-text story: {', '.join(heavy) or 'none'}", file=sys.stderr)
        if show_imports:
            figures += [info(f"import {name}", ms, "ms") for ms, name in mods[:15]]
    return figures


def main() -> int:
    ap = argparse.ArgumentParser(description="Start-up time of msgparse on one small file.")
    ap.add_argument("--quick", action="store_true", help="5 runs instead of 15")
    ap.add_argument("--imports", action="store_true", help="list the heaviest imports")
    args = ap.parse_args()
    return report(measure(args.quick, args.imports))


if __name__ == "__main__":
    sys.exit(main())
