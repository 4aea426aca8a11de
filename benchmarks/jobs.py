"""Parallel speed-up: `msgparse -j 2` against `msgparse -j 1` on the same folder.

A generated folder of plain-text stories (2 to 5 KB) is run through the command with
one worker and with two, alternately, best of a few runs each; the figure is the ratio
of throughputs, time(-j 1) / time(-j 2), in one run of this script (target: at least
1.7 on two free cores). Start-up is inside both timings, as a user pays it.

    .venv/bin/python benchmarks/jobs.py [--quick]
"""
from __future__ import annotations

import argparse
import sys

import corpus
from common import Figure, at_least, cpus, info, report, run_cli, scratch

TARGET = 1.7


def _seconds(folder: str, jobs: int) -> float:
    run = run_cli(["-q", "-j", str(jobs), "--format", "jsonl", folder])
    if run.returncode != 0:
        raise SystemExit(f"msgparse -j {jobs} failed: {run.stderr[-500:]}")
    return run.seconds


def measure(quick: bool = False) -> list[Figure]:
    n = 1000 if quick else 2000
    repeat = 2 if quick else 3
    if cpus() < 2:
        print("only one CPU available: the -j 2 figure means nothing here", file=sys.stderr)
    with scratch("jobs") as tmp:
        corpus.write_plain(tmp, n, seed=11)
        one, two = [], []
        for _ in range(repeat):
            one.append(_seconds(str(tmp), 1))
            two.append(_seconds(str(tmp), 2))
    t1, t2 = min(one), min(two)
    return [
        at_least(f"-j 2 / -j 1 throughput, {n:,} stories ({t1:.1f}s -> {t2:.1f}s)", t1 / t2, "x", TARGET),
        info(f"-j 2 throughput on {cpus()} CPUs", n / t2, "articles/s"),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description="Throughput of -j 2 against -j 1.")
    ap.add_argument("--quick", action="store_true", help="1,000 stories, best of two runs")
    args = ap.parse_args()
    return report(measure(args.quick))


if __name__ == "__main__":
    sys.exit(main())
