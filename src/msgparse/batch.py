"""Many inputs to records, in input order, in one process or several.

`Batch(items, options, jobs)` is an iterator of `Result`s, one per `inputs.Item`, in
the order of the items whatever `jobs` is. Items are pulled from their (lazy)
iterator only as workers become free: at most `jobs * AHEAD` chunks are in flight,
so memory stays flat for any number of inputs.

Workers receive small items (a path, one JSON line's text) and return plain tuples
(`Result`), so nothing heavier than a record crosses a process boundary; given the
output's `render` function, they send its text instead, which the parent, busy on the
same cores, receives for a third of the cost of the record, and writes without encoding.
A chunk's results travel in a file of a temporary folder, removed with the batch, and
only its name over the pipe (see `_work_chunk`). A worker that dies (killed, out of
memory) costs only the items it had in flight: they come back as failed results and
the batch carries on with fresh workers. On an interrupt the caller asks
`unfinished()` which inputs were taken but never given back.

`concurrent.futures.ProcessPoolExecutor` rather than `multiprocessing.Pool.imap`:
`imap` consumes its input iterator as fast as it can (no bound on read-ahead) and
waits forever for the result of a killed worker, where the executor reports it.
"""
from __future__ import annotations

import collections
import contextlib
import os
import signal
import traceback
from typing import TYPE_CHECKING, Any, Callable, ContextManager, Iterable, Iterator, NamedTuple

from . import inputs, pipeline
from .errors import InputError

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

AHEAD = 4  # chunks in flight per worker: enough to keep workers busy, little memory
CHUNK = 8  # items per chunk: fewer round trips for small JSON lines
DIED = "not processed: a worker process died (killed or out of memory)"


def max_jobs() -> int:
    """The most worker processes a batch takes: past four a core they add only memory,
    and a pool starts all of its workers at once (`-j 100000` would be a fork bomb)."""
    return max(32, 4 * (os.cpu_count() or 1))


class Result(NamedTuple):
    """One input's outcome: a record, or an error reason (and, for a bug in msgparse,
    the traceback text). A batch given a `render` function keeps, instead of the
    record, the text `render` made of it."""

    source: str
    record: dict[str, Any] | None = None
    error: str | None = None
    trace: str | None = None
    text: str | None = None
    messages: int = 0  # the record's messages

    @property
    def ok(self) -> bool:
        return self.error is None


def work(item: inputs.Item, options: inputs.Options = inputs.Options(),
         render: Callable[[dict[str, Any]], str] | None = None) -> Result:
    """One item to its `Result`; never raises for bad input or a bug in a stage."""
    try:
        art = inputs.load(item, options)
        rec = pipeline.parse(art.text, published=art.published, source=art.source, headline=art.headline)
        if render is None:
            return Result(item.source, rec, messages=len(rec["messages"]))
        return Result(item.source, text=render(rec), messages=len(rec["messages"]))
    except InputError as e:
        return Result(item.source, error=e.reason)
    except (Exception, RecursionError) as e:  # a bug: the batch goes on, the CLI shows it
        return Result(item.source, error=f"internal error ({type(e).__name__}: {str(e)[:200]})",
                      trace=traceback.format_exc())


def _work_chunk(chunk: list[inputs.Item], options: inputs.Options,
                render: Callable[[dict[str, Any]], str] | None, spool: str | None) -> list[Result] | str:
    """The results of a chunk, or the name of the file in `spool` that holds them.

    The workers send results over one pipe, and a result larger than a pipe's atomic
    write goes in pieces: a worker killed between two leaves half a message there, and
    the pool waits for the rest for ever. A file name is sent in one write, whole."""
    import pickle  # (these three serve a batch over several processes only)
    import tempfile

    results = [work(item, options, render) for item in chunk]
    if spool is None:
        return results
    try:
        fd, path = tempfile.mkstemp(dir=spool, suffix=".results")
    except OSError:
        return results  # no room for a file: over the pipe after all
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(results, fh, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(path)
        return results
    return path


def _unspool(path: str, chunk: list[inputs.Item]) -> list[Result]:
    """The results a worker left in the file `path`, which is removed."""
    import pickle

    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError) as e:
        reason = f"not processed: the worker's results could not be read back ({e})"
        return [Result(item.source, error=reason) for item in chunk]
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _worker_init() -> None:
    # Ctrl-C goes to the whole process group; only the parent decides what it means
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # a forked worker inherits the parent's SIGTERM handler, which only notes the signal;
    # the pool ends its workers with SIGTERM when one of them dies, and must see them go
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


class Batch:
    """Results of `items` in order; see the module docstring."""

    def __init__(self, items: Iterable[inputs.Item], options: inputs.Options = inputs.Options(), jobs: int = 1,
                 waiting: Callable[[], ContextManager[Any]] = contextlib.nullcontext, blocking_input: bool = False,
                 render: Callable[[dict[str, Any]], str] | None = None) -> None:
        self._items = iter(items)
        self._render = render
        # the caller's guard around the points where the batch blocks (reading the input,
        # parsing in this process, waiting for a worker): an interrupt is let through
        # only there, where every item taken is on record in `_current` or `_inflight`
        self._waiting = waiting
        # An interrupt inside the input's generator ends it, and the inputs after it
        # could no longer be listed; so reading the input is a waiting point only when
        # it can block (stdin), where nothing after the interrupt is known anyway.
        self._input_waiting = waiting if blocking_input else contextlib.nullcontext
        self._options = options
        self._jobs = max(1, jobs)
        self._current: list[inputs.Item] = []  # taken from the input, not yet given back
        self._inflight: collections.deque[tuple[Future[list[Result] | str], list[inputs.Item]]] = collections.deque()
        self._pool: ProcessPoolExecutor | None = None
        self._spool: str | None = None  # the folder of the workers' result files
        self._done = False

    def __iter__(self) -> Iterator[Result]:
        try:
            if self._jobs == 1:
                yield from self._serial()
            else:
                yield from self._parallel()
            self._done = True
        finally:
            self.close()

    def _serial(self) -> Iterator[Result]:
        while True:
            item = self._next()
            if item is None:
                return
            self._current = [item]
            with self._waiting():
                result = work(item, self._options, self._render)
            self._current = []
            yield result

    def _next(self) -> inputs.Item | None:
        with self._input_waiting():
            return next(self._items, None)

    def _parallel(self) -> Iterator[Result]:
        # imported here: a single-process run should not pay for multiprocessing
        from concurrent.futures.process import BrokenProcessPool

        exhausted = False
        while True:
            while not exhausted and len(self._inflight) < self._jobs * AHEAD:
                chunk = self._take(CHUNK)
                if not chunk:
                    exhausted = True
                    break
                self._submit(chunk)
            if not self._inflight:
                return
            future, chunk = self._inflight[0]
            try:
                with self._waiting():
                    results = future.result()
            except BrokenProcessPool:
                yield from self._recover()
                continue
            self._inflight.popleft()
            if isinstance(results, str):
                results = _unspool(results, chunk)
            for i, result in enumerate(results):
                self._current = chunk[i + 1:]
                yield result
            self._current = []

    def _take(self, n: int) -> list[inputs.Item]:
        chunk: list[inputs.Item] = []
        while len(chunk) < n:
            item = self._next()
            if item is None:
                break
            chunk.append(item)
        return chunk

    def _submit(self, chunk: list[inputs.Item]) -> None:
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self._jobs, initializer=_worker_init)
        if self._spool is None:
            import tempfile

            with contextlib.suppress(OSError):  # without one, results come over the pipe
                self._spool = tempfile.mkdtemp(prefix="msgparse-")
        try:
            future = self._pool.submit(_work_chunk, chunk, self._options, self._render, self._spool)
        except BrokenProcessPool:
            self._discard_pool()
            self._pool = ProcessPoolExecutor(max_workers=self._jobs, initializer=_worker_init)
            future = self._pool.submit(_work_chunk, chunk, self._options, self._render, self._spool)
        self._inflight.append((future, chunk))

    def _recover(self) -> Iterator[Result]:
        """A worker died: every chunk in flight is lost. Give those items back as
        failures (in order) and continue with a fresh pool."""
        lost = list(self._inflight)
        self._inflight.clear()
        self._discard_pool()
        for _, chunk in lost:
            for i, item in enumerate(chunk):
                self._current = chunk[i + 1:]
                yield Result(item.source, error=DIED)
        self._current = []

    def unfinished(self) -> list[str]:
        """Sources taken from the input but not given back as results (after an
        interrupt); `remaining()` lists those not even taken."""
        sources = [item.source for item in self._current]
        for _, chunk in self._inflight:
            sources += [item.source for item in chunk]
        return sources

    def remaining(self) -> Iterator[str]:
        """Sources of the inputs not taken yet (lists the rest of the input lazily)."""
        if self._done:
            return
        for item in self._items:
            yield item.source

    def close(self) -> None:
        """Stop the workers at once (an interrupt must not wait for their work)."""
        self._discard_pool()
        spool, self._spool = self._spool, None
        if spool is not None:
            import shutil

            shutil.rmtree(spool, ignore_errors=True)

    def _discard_pool(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        # shutdown() alone waits for running tasks; a hostile input can take long
        for proc in list(getattr(pool, "_processes", {}).values()):
            if proc.is_alive():
                proc.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


def run(items: Iterable[inputs.Item], options: inputs.Options = inputs.Options(), jobs: int = 1) -> Iterator[Result]:
    """The results of `items`, in order (a `Batch` without the interrupt helpers)."""
    return iter(Batch(items, options, jobs))
