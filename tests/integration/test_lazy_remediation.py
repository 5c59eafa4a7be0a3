"""Fix steps and remediation texts are rendered when a report or the script shows them, not
during the scan: a check whose fix template cannot be rendered for its rows leaves a
terminal summary alone, and fails, naming its file, the reports that would show the fix."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import TestDatabase
from tests.integration.test_cli import dbaudit
from tests.unit.test_loader import VALID

# The fix reads a column the query does not return: only rendering it can tell.
BROKEN_FIX = VALID + (
    "fix:\n"
    "  - kind: rewrite\n"
    "    sql: ALTER TABLE {{ schema_name|qualified(table_name) }}"
    " RENAME TO {{ retired_name|ident }};\n"
)


def _checks(tmp_path: Path) -> Path:
    folder = tmp_path / "checks"
    folder.mkdir()
    (folder / "CUS001.yaml").write_text(BROKEN_FIX)
    return folder


def test_a_terminal_summary_renders_no_fix(database: TestDatabase, tmp_path: Path) -> None:
    database.load("CREATE TABLE tmp_import (id int PRIMARY KEY);")
    folder = _checks(tmp_path)
    run = dbaudit("scan", database.dsn, "--checks", str(folder), "--select", "CUS001")
    assert run.returncode == 0, run.stderr
    assert "public.tmp_import" in run.stdout
    assert "Found 1 finding (0 critical, 0 high, 0 medium, 1 low)" in run.stdout
    assert "error" not in run.stderr


def test_a_report_that_shows_the_fix_names_the_template(
    database: TestDatabase, tmp_path: Path
) -> None:
    database.load("CREATE TABLE tmp_import (id int PRIMARY KEY);")
    folder = _checks(tmp_path)
    report = tmp_path / "report.json"
    run = dbaudit(
        "scan", database.dsn, "--checks", str(folder), "--select", "CUS001", "-o", str(report)
    )
    assert run.returncode == 2
    error = run.stderr.replace("\n", " ").split("dbaudit: error: ", 1)[1]
    assert error.startswith(
        f"{folder / 'CUS001.yaml'}: the fix of CUS001 public.tmp_import "
        "cannot be rendered: 'retired_name' is undefined"
    )
    assert "Traceback" not in run.stderr
    assert not report.exists()  # no half-written report
    script = dbaudit("fix", database.dsn, "--checks", str(folder), "--select", "CUS001")
    assert script.returncode == 2
    assert "'retired_name' is undefined" in script.stderr
