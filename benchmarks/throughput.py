"""Articles per second on one core: plain-text stories and HTML pages.

A generated corpus (benchmarks/corpus.py) of 1,000 plain-text stories of 2 to 5 KB and
1,000 HTML pages around stories of that length is written to a scratch folder, then
read back with `msgparse.parse_path` in this one process: reading, decoding, HTML
extraction and every stage, no output. The command's own overhead (start-up, JSON
writing) is measured too, as `msgparse -j 1` over the same plain-text folder, for
information.

    .venv/bin/python benchmarks/throughput.py [--quick] [--stages] [--folder DIR]

`--stages` adds where the time of a plain-text story goes: milliseconds per story in
each stage that `pipeline.parse` calls (from a profile, so a little inflated).

`--folder DIR` reports articles/s of `msgparse -q -j 1` over any folder of inputs
(text, HTML, JSON Lines) instead: a scraped crawl, the dev corpus.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import time
from pathlib import Path

import msgparse

import corpus
from common import Figure, at_least, info, report, run_cli, scratch

PLAIN_TARGET = 1000.0
HTML_TARGET = 150.0


def _library_rate(paths: list[Path]) -> float:
    for p in paths[:20]:  # warm up: lexicons, compiled patterns, lazy imports
        msgparse.parse_path(p)
    best = 0.0
    for _ in range(2):
        t = time.perf_counter()
        for p in paths:
            msgparse.parse_path(p)
        best = max(best, len(paths) / (time.perf_counter() - t))
    return best


def _cli_rate(folder: Path) -> tuple[float, int]:
    run = run_cli(["-q", "-j", "1", "--format", "jsonl", str(folder)])
    if run.returncode not in (0, 1):
        raise SystemExit(f"msgparse failed on {folder}: {run.stderr[-500:]}")
    return run.stdout_lines / run.seconds, run.stdout_lines


def measure(quick: bool = False) -> list[Figure]:
    n = 300 if quick else 1000
    with scratch("throughput") as tmp:
        plain = corpus.write_plain(tmp / "txt", n)
        pages = corpus.write_pages(tmp / "html", n)
        kb = sum(p.stat().st_size for p in plain) / len(plain) / 1000
        hkb = sum(p.stat().st_size for p in pages) / len(pages) / 1000
        figures = [
            at_least(f"plain text, {n:,} stories of {kb:.1f} KB on average (library, 1 core)",
                     _library_rate(plain), "articles/s", PLAIN_TARGET),
            at_least(f"HTML, {n:,} pages of {hkb:.1f} KB on average (library, 1 core)",
                     _library_rate(pages), "pages/s", HTML_TARGET),
        ]
        rate, _ = _cli_rate(tmp / "txt")
        figures.append(info("plain text through `msgparse -j 1 DIR`, start-up included", rate, "articles/s"))
    return figures


def stages(n: int = 200) -> list[Figure]:
    """Milliseconds per plain-text story in each function that `pipeline.parse` calls."""
    rng = random.Random(7)
    texts = [corpus.plain(rng, rng.randint(2000, 5000)) for _ in range(n)]
    for t in texts[:10]:
        msgparse.parse(t)
    prof = cProfile.Profile()
    prof.runcall(lambda: [msgparse.parse(t) for t in texts])
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    rows = []
    for (file, line, func), (_cc, _nc, _tt, cum, callers) in stats.items():
        if any(c[0].endswith("pipeline.py") and c[2] == "parse" for c in callers):
            rows.append((cum, f"stage {Path(file).stem}.{func}"))
    return [info(name, 1000 * cum / n, "ms/story") for cum, name in sorted(rows, reverse=True)]


def measure_folder(folder: Path) -> list[Figure]:
    rate, count = _cli_rate(folder)
    return [info(f"{folder}: {count:,} records through `msgparse -q -j 1`", rate, "articles/s")]


def main() -> int:
    ap = argparse.ArgumentParser(description="Articles per second on one core.")
    ap.add_argument("--quick", action="store_true", help="300 stories and pages instead of 1,000")
    ap.add_argument("--stages", action="store_true", help="also the time per story of each pipeline stage")
    ap.add_argument("--folder", type=Path, help="measure this folder of inputs instead of the generated corpus")
    args = ap.parse_args()
    figures = measure_folder(args.folder) if args.folder else measure(args.quick)
    if args.stages:
        figures += stages(60 if args.quick else 200)
    return report(figures)


if __name__ == "__main__":
    sys.exit(main())
