"""The README's set-up commands and its format table stay true to the CLI."""

from __future__ import annotations

import re
from pathlib import Path

from dbaudit.report.formats import OutputFormat

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _setup_commands() -> list[str]:
    block = README.split("```sh\n", 1)[1].split("```", 1)[0]
    return block.strip().splitlines()


def test_the_two_setup_commands_use_their_own_environments() -> None:
    demo, tests = _setup_commands()
    venvs = [re.search(r"python3 -m venv (\S+)", line) for line in (demo, tests)]
    assert all(venvs)
    assert venvs[0] and venvs[1] and venvs[0].group(1) != venvs[1].group(1)
    assert "pip install '.[embedded]'" in demo and "dbaudit demo" in demo
    assert "pip install -e '.[dev]'" in tests and tests.endswith("pytest")


def test_the_format_table_lists_every_format() -> None:
    listed = set(re.findall(r"^\| `(\w+)` \| ", README, re.MULTILINE))
    assert {f.value for f in OutputFormat} <= listed
