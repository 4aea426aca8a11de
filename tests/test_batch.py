"""Batches: input order whatever the number of workers, failures in place, a killed
worker costing only its items."""
from __future__ import annotations

import io
import json
import os
import signal
from pathlib import Path

import pytest

from msgparse import batch, inputs, output
from schema_check import assert_valid
from stories import numbered


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for i in range(40):
        (root / f"{i:03d}.txt").write_text(numbered(i))
    (root / "015.txt").write_bytes(b"")  # fails in the middle
    (root / "dump.jsonl").write_text("".join(json.dumps({"maintext": numbered(i)}) + "\n" for i in range(30)) + "{bad\n")
    return root


def results(root: Path, jobs: int) -> list[batch.Result]:
    opts = inputs.Options()
    return list(batch.Batch(inputs.expand([str(root)], opts), opts, jobs))


def test_parallel_output_equals_serial_output(folder: Path) -> None:
    one = results(folder, 1)
    assert len(one) == 40 + 31
    assert [r.source for r in one][:3] == [str(folder / "000.txt"), str(folder / "001.txt"), str(folder / "002.txt")]
    for jobs in (2, 3):
        assert results(folder, jobs) == one


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_batch_given_the_output_render_carries_its_text_not_the_record(folder: Path, jobs: int) -> None:
    opts = inputs.Options()
    plain = results(folder, 1)
    render = output.make_writer("jsonl", io.StringIO()).render
    assert render is not None
    rendered = list(batch.Batch(inputs.expand([str(folder)], opts), opts, jobs, render=render))
    assert [(r.source, r.error) for r in rendered] == [(r.source, r.error) for r in plain]
    for r, p in zip(rendered, plain):
        assert r.record is None
        if p.ok:
            assert p.record is not None
            assert (r.text, r.messages) == (json.dumps(p.record, ensure_ascii=False) + "\n", len(p.record["messages"]))
    assert sum(r.messages for r in rendered) > 40


def test_failures_come_back_in_place(folder: Path) -> None:
    res = results(folder, 3)
    bad = [(r.source, r.error) for r in res if not r.ok]
    assert bad == [(str(folder / "015.txt"), "empty file"),
                   (f"{folder / 'dump.jsonl'}:31", "invalid JSON (Expecting property name enclosed in double quotes at column 2)")]
    for r in res:
        if r.ok:
            assert_valid(r.record)
            assert r.record["source"] == r.source


def test_results_are_plain_picklable_tuples(folder: Path) -> None:
    import pickle

    r = results(folder, 1)[0]
    assert pickle.loads(pickle.dumps(r)) == r
    assert type(r.record) is dict


def test_a_bug_in_a_stage_is_a_failed_result_with_its_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*a: object, **k: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(batch.pipeline, "parse", boom)
    r = batch.work(inputs.Item("x.txt", "bytes", data=b"A story."))
    assert (r.source, r.record, r.error) == ("x.txt", None, "internal error (ZeroDivisionError: division by zero)")
    assert "Traceback" in r.trace and "boom" in r.trace


def _kill_on(marker: str):  # noqa: ANN202
    real = batch.work

    def work(item: inputs.Item, options: inputs.Options = inputs.Options(), render: object = None) -> batch.Result:
        if marker in item.source:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(item, options, render)

    return work


def test_killed_worker_costs_only_its_items(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(40, 200):
        (folder / f"{i:03d}.txt").write_text(numbered(i))
    expected = [r.source for r in results(folder, 1)]
    # workers are forked after the patch, so they run it
    monkeypatch.setattr(batch, "work", _kill_on("020.txt"))
    res = results(folder, 2)
    assert [r.source for r in res] == expected
    died = [r.source for r in res if r.error == batch.DIED]
    assert str(folder / "020.txt") in died
    assert len(died) <= batch.CHUNK * 2 * batch.AHEAD
    after = res[max(i for i, r in enumerate(res) if r.error == batch.DIED) + 1:]
    assert len(after) > 50 and all(r.ok for r in after[:-1]), "the batch did not go on after the worker died"


def test_read_ahead_is_bounded(tmp_path: Path) -> None:
    taken = 0

    def items():  # noqa: ANN202
        nonlocal taken
        for i in range(10_000):
            taken += 1
            yield inputs.Item(f"s{i}", "bytes", data=numbered(i).encode())

    run = iter(batch.Batch(items(), inputs.Options(), jobs=2))
    next(run)
    assert taken <= 2 * batch.AHEAD * batch.CHUNK + batch.CHUNK
    run.close()


def test_unfinished_and_remaining_after_a_stop() -> None:
    items = (inputs.Item(f"s{i}", "bytes", data=numbered(i).encode()) for i in range(50))
    b = batch.Batch(items, inputs.Options(), jobs=2)
    it = iter(b)
    first = next(it)
    assert first.source == "s0"
    b.close()
    unfinished = b.unfinished()
    rest = list(b.remaining())
    assert unfinished[:2] == ["s1", "s2"]
    assert unfinished + rest == [f"s{i}" for i in range(1, 50)]


def test_workers_results_come_through_files_that_are_removed(folder: Path) -> None:
    opts = inputs.Options()
    run = batch.Batch(inputs.expand([str(folder)], opts), opts, jobs=2)
    it = iter(run)
    first = next(it)
    spool = run._spool
    assert first.ok and spool is not None and os.path.isdir(spool)
    rest = list(it)
    assert [first, *rest] == results(folder, 1)
    assert not os.path.exists(spool)


def test_a_result_file_that_cannot_be_read_fails_its_chunk_only(tmp_path: Path) -> None:
    chunk = [inputs.Item("a.txt", "bytes", data=b"A story."), inputs.Item("b.txt", "bytes", data=b"B story.")]
    got = batch._unspool(str(tmp_path / "gone.results"), chunk)
    assert [r.source for r in got] == ["a.txt", "b.txt"]
    assert all(not r.ok and r.error.startswith("not processed: the worker's results could not be read back") for r in got)


def test_a_chunk_whose_results_file_cannot_be_written_sends_them_over_the_pipe(tmp_path: Path) -> None:
    chunk = [inputs.Item("a.txt", "bytes", data=b"Xi Jinping sent a message to Kim Jong Un.")]
    got = batch._work_chunk(chunk, inputs.Options(), None, str(tmp_path / "no-such-folder"))
    assert isinstance(got, list) and got[0].ok
    path = batch._work_chunk(chunk, inputs.Options(), None, str(tmp_path))
    assert isinstance(path, str) and batch._unspool(path, chunk) == got and not os.path.exists(path)
