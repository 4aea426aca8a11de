from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The command keeps compiled patterns in a cache folder: the suite's runs keep theirs in
# one of its own, made for the run and removed after it, never in the user's.
_CACHE = os.environ["MSGPARSE_CACHE_DIR"] = tempfile.mkdtemp(prefix="msgparse-cache-")
atexit.register(shutil.rmtree, _CACHE, True)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--regen", action="store_true", help="rewrite the golden records of fixtures/ from the current output")


@pytest.fixture
def regen(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regen"))
