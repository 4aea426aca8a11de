"""The README's two commands are the ones a new user runs; CI runs the second verbatim."""
from __future__ import annotations

from conftest import ROOT


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in readme.splitlines()[:20] if line.startswith("    python3 -m venv")]
    assert len(commands) == 2, "the README's opening must give the install-and-run and the test commands"
    assert "msgparse fixtures/" in commands[0]
    assert commands[1] in ci.splitlines()
