"""What the benchmark scripts share: a figure with its target, timing, and running the command."""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
# The installed console script, as a user runs it; `python -m msgparse` where there is none.
_SCRIPT = Path(PYTHON).with_name("msgparse")
MSGPARSE = [str(_SCRIPT)] if _SCRIPT.exists() else [PYTHON, "-m", "msgparse"]


@dataclass(frozen=True, slots=True)
class Figure:
    name: str
    value: float
    unit: str
    target: str  # as a person reads it: ">= 1000", "<= 2.5"
    ok: bool | None  # None: reported for information, no target

    def row(self) -> tuple[str, str, str, str]:
        verdict = "-" if self.ok is None else ("pass" if self.ok else "FAIL")
        return self.name, f"{self.value:,.2f} {self.unit}".strip(), self.target or "-", verdict


def at_least(name: str, value: float, unit: str, target: float) -> Figure:
    return Figure(name, value, unit, f">= {target:g}", value >= target)


def at_most(name: str, value: float, unit: str, target: float) -> Figure:
    return Figure(name, value, unit, f"<= {target:g}", value <= target)


def info(name: str, value: float, unit: str) -> Figure:
    return Figure(name, value, unit, "", None)


def table(figures: list[Figure]) -> str:
    rows = [("figure", "measured", "target", "result"), *(f.row() for f in figures)]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(c.ljust(w) if i in (0, 3) else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def report(figures: list[Figure]) -> int:
    """Print the figures; the exit status says whether every target was met."""
    print(table(figures), flush=True)
    return 0 if all(f.ok is not False for f in figures) else 1


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """The shortest of `repeat` wall-clock timings of `fn()`, in seconds: the run least
    disturbed by the rest of the machine."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def median_of(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


@dataclass(frozen=True, slots=True)
class Run:
    seconds: float
    max_rss_mb: float
    returncode: int
    stdout_lines: int
    stderr: str


def run_cli(args: list[str], *, stdin: Path | None = None, timeout: float = 3600) -> Run:
    """Run msgparse with stdout counted and thrown away; wall time and the child's peak
    resident memory (from wait4, so it is this child's alone)."""
    with tempfile.TemporaryFile() as err, (stdin.open("rb") if stdin else open(os.devnull, "rb")) as inp:
        t = time.perf_counter()
        proc = subprocess.Popen([*MSGPARSE, *args], stdin=inp, stdout=subprocess.PIPE, stderr=err)
        lines = 0
        assert proc.stdout is not None
        for chunk in iter(lambda: proc.stdout.read(1 << 16), b""):
            lines += chunk.count(b"\n")
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    # ru_maxrss is in kilobytes on Linux
    return Run(seconds, usage.ru_maxrss / 1024, proc.returncode, lines, stderr)


@contextmanager
def scratch(prefix: str) -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix=f"msgparse-{prefix}-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def cpus() -> int:
    return len(os.sched_getaffinity(0))
