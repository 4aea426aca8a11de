"""Peak memory of a batch: 1,000 articles against 100,000.

A JSON Lines file of short generated stories (a crawler's export) is run through
`msgparse -q -j 1` once with 1,000 lines and once with 100,000; the figure is the
peak resident memory of the command (max RSS from wait4) for each, and their ratio.
Targets: under 200 MB for 100,000, and the same as for 1,000 (ratio at most 1.2): a
batch streams its records, it does not keep them.

    .venv/bin/python benchmarks/memory.py [--quick] [--jobs N]

`--quick` compares 1,000 with 10,000 lines. With `--jobs N` the figure is the largest
single process of the batch (wait4 reports the maximum, not the sum, over a process
and the children it waited for).
"""
from __future__ import annotations

import argparse
import sys

import corpus
from common import Figure, at_most, info, report, run_cli, scratch

LIMIT_MB = 200.0
RATIO = 1.2


def _peak(path: str, jobs: int, expected: int) -> tuple[float, float]:
    run = run_cli(["-q", "-j", str(jobs), "--format", "jsonl", path])
    if run.returncode != 0 or run.stdout_lines != expected:
        raise SystemExit(f"msgparse gave {run.stdout_lines} records for {expected} lines: {run.stderr[-500:]}")
    return run.max_rss_mb, run.seconds


def measure(quick: bool = False, jobs: int = 1) -> list[Figure]:
    small, large = 1_000, (10_000 if quick else 100_000)
    with scratch("memory") as tmp:
        a = str(corpus.write_jsonl(tmp / "small.jsonl", small))
        b = str(corpus.write_jsonl(tmp / "large.jsonl", large))
        rss_a, _ = _peak(a, jobs, small)
        rss_b, secs = _peak(b, jobs, large)
    return [
        info(f"peak memory, {small:,} articles", rss_a, "MB"),
        at_most(f"peak memory, {large:,} articles", rss_b, "MB", LIMIT_MB),
        at_most(f"peak memory {large:,} / {small:,} articles", rss_b / rss_a, "x", RATIO),
        info(f"throughput on {large:,} short JSON Lines articles", large / secs, "articles/s"),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description="Peak memory for 1,000 against 100,000 articles.")
    ap.add_argument("--quick", action="store_true", help="1,000 against 10,000 articles")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    args = ap.parse_args()
    return report(measure(args.quick, args.jobs))


if __name__ == "__main__":
    sys.exit(main())
