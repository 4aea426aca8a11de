"""Every benchmark in one run, and one table: figure, measured, target, pass/fail.

    .venv/bin/python benchmarks/run_all.py [--quick] [--skip NAME ...]

NAME is one of throughput, startup, jobs, memory, hostile. The exit status is 1 when a
target is missed. The machine's load is printed first: figures taken while other
work competes for the cores (the -j 2 ratio above all) say little.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import time

import hostile_scaling
import jobs
import memory
import startup
import throughput
from common import Figure, cpus, report

SUITES = {
    "throughput": throughput.measure,
    "startup": startup.measure,
    "jobs": jobs.measure,
    "memory": memory.measure,
    "hostile": hostile_scaling.measure,
}


def main() -> int:
    ap = argparse.ArgumentParser(description="Run every benchmark and print one table.")
    ap.add_argument("--quick", action="store_true", help="smaller inputs and fewer runs everywhere")
    ap.add_argument("--skip", nargs="*", default=[], choices=list(SUITES), metavar="NAME")
    args = ap.parse_args()
    load = os.getloadavg()[0]
    print(f"# {platform.python_implementation()} {platform.python_version()}, {cpus()} CPUs, "
          f"load average {load:.2f} at {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}", flush=True)
    if load > 0.5 * cpus():
        print("# warning: the machine is busy; timings and the -j 2 ratio will be pessimistic", flush=True)
    figures: list[Figure] = []
    for name, fn in SUITES.items():
        if name in args.skip:
            continue
        t = time.perf_counter()
        print(f"# {name} ...", file=sys.stderr, flush=True)
        figures += fn(args.quick)
        print(f"# {name} took {time.perf_counter() - t:.0f}s", file=sys.stderr, flush=True)
    return report(figures)


if __name__ == "__main__":
    sys.exit(main())
