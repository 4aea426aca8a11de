"""The quality gate: msgparse over the shared dev corpus, scored by the shared scorer,
against the floors pinned in `quality_floors.json`.

A floor is the lowest score a change may leave behind. Raise a floor when the work
lifts a metric; lower one only with the reason written under `_why` in the same file.
F1 is compared for messages, claims and titles; accuracy for every other metric.
"""
from __future__ import annotations

import importlib.util
import json
from types import ModuleType

import pytest

import msgparse
from conftest import ROOT, SHARED

DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "tools" / "score.py"
FLOORS_PATH = ROOT / "tests" / "quality_floors.json"
F1_METRICS = ("messages", "claims", "titles")


def _floors() -> dict[str, float]:
    raw = json.loads(FLOORS_PATH.read_text(encoding="utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("msgparse_shared_score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _value(summary: dict, metric: str) -> float:
    row = summary[metric]
    return row["f1"] if metric in F1_METRICS else row["accuracy"]


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, list]:
    if not DEV.is_dir() or not SCORER.is_file():
        pytest.skip(f"quality gate needs the shared corpus and scorer at {SHARED} (not present here)")
    stories = sorted(p for p in DEV.iterdir() if p.suffix in {".txt", ".html"})
    out = tmp_path_factory.mktemp("quality") / "pred.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for p in stories:
            fh.write(json.dumps(msgparse.parse_path(p, source=str(p)), ensure_ascii=False) + "\n")
    result, problems = _load_scorer().score(DEV, out)
    assert result["records_found"] == result["articles"], "some dev stories gave no record"
    return result, problems


def test_floors_file_is_well_formed() -> None:
    raw = json.loads(FLOORS_PATH.read_text(encoding="utf-8"))
    floors = _floors()
    assert isinstance(raw.get("_why", {}), dict)
    assert all(isinstance(v, (int, float)) and 0.0 <= v <= 1.0 for v in floors.values())
    assert set(floors) == {
        "messages", "claims", "titles", "sender", "recipients", "kind", "medium", "date",
        "occasion", "published", "agencies", "boilerplate", "false_alarm_free_docs",
    }


_PROBLEM_WORDS = {"boilerplate": ("boilerplate", "story text lost"), "false_alarm_free_docs": ("messages",),
                  "sender": ("messages",), "recipients": ("messages",)}


@pytest.mark.parametrize("metric", sorted(_floors()))
def test_metric_at_or_above_floor(scored: tuple[dict, list], metric: str) -> None:
    summary, problems = scored
    got = _value(summary, metric)
    floor = _floors()[metric]
    words = _PROBLEM_WORDS.get(metric, (metric.rstrip("s"),))
    seen = [f"{name}: {why}" for name, whys in problems for why in whys if why.startswith(words)][:8]
    assert got >= floor, (f"{metric} fell to {got:.3f}, below its floor {floor:.2f} (tests/quality_floors.json)\n"
                          + "\n".join(seen))
