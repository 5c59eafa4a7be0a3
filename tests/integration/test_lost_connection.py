"""A lost connection is an error, not a crash: the scan's backend terminated mid-scan (serial
and --jobs) gives exit 2, one line saying what was lost and which checks had not run, no
traceback, and the reports of what did run, marked incomplete.

Before: a Python traceback, exit 1 (the "findings" code) and no report.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import Category
from tests.conftest import TestDatabase

# Sorted between JSON001 and KEY001: the checks before it have run when it sleeps.
SLEEPER = """\
id: JZZ001
title: Sleeps mid-scan
severity: low
category: integrity
kind: catalog
description: Sleeps, so that a test can take the scan's connection away.
rationale: A test of a lost connection.
query: SELECT 'public' AS schema_name, 'x' AS table_name FROM pg_sleep(60)
allow_functions: [pg_sleep]
message: never
"""
DEFECTS = """
CREATE TABLE agent_status (id int PRIMARY KEY, is_running boolean);
INSERT INTO agent_status VALUES (1, true), (2, false);
"""


def _not_run() -> str:
    """The checks a loss during JZZ001 leaves unrun, in the order the scan runs them: the
    later ids, then the operations checks (which run last)."""
    shipped = load_catalog()
    later = [c.id for c in shipped if c.id > "JZZ001" and c.category is not Category.OPERATIONS]
    operations = [c.id for c in shipped if c.category is Category.OPERATIONS]
    return ", ".join(["JZZ001", *later, *operations])


NOT_RUN = _not_run()

SLEEPING_BACKEND = """
SELECT pid FROM pg_stat_activity
 WHERE application_name = 'dbaudit' AND datname = current_database() AND state = 'active'
   AND query LIKE '%pg_sleep(60)%' AND pid <> pg_backend_pid()
"""


def scan_until_sleeping(
    dsn: str, args: list[str], *, timeout_s: float = 60
) -> tuple[subprocess.Popen[str], int]:
    """Start a scan as a user does; return it and the pid of its backend once it sleeps."""
    scan = subprocess.Popen(
        [sys.executable, "-m", "dbaudit", "scan", dsn, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + timeout_s
    with psycopg.connect(dsn, autocommit=True) as observer:
        while time.monotonic() < deadline and scan.poll() is None:
            row = observer.execute(SLEEPING_BACKEND).fetchone()
            if row:
                return scan, int(row[0])
            time.sleep(0.05)
    scan.kill()
    out, err = scan.communicate()
    pytest.fail(f"the scan never reached its sleeping check: {out}{err}")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_terminated_backend_ends_the_scan_with_exit_2_and_the_reports(
    database: TestDatabase, tmp_path: Path, jobs: str
) -> None:
    database.load(DEFECTS)
    checks = tmp_path / "checks"
    checks.mkdir()
    (checks / "JZZ001.yaml").write_text(SLEEPER)
    out = tmp_path / "report.json"
    args = ["--checks", str(checks), "--jobs", jobs, "-f", "json", "-o", str(out)]
    args += ["-f", "terminal", "-o", "-"]
    scan, pid = scan_until_sleeping(database.dsn, args)
    try:
        database.query(f"SELECT pg_terminate_backend({pid})")
        stdout, stderr = scan.communicate(timeout=120)
    finally:
        if scan.poll() is None:
            scan.kill()
    assert scan.returncode == 2, stdout + stderr
    assert "Traceback" not in stderr
    lost = (
        "lost the connection to the server (terminating connection due to administrator "
        f"command); checks not run: {NOT_RUN}"
    )
    lines = [line for line in stderr.splitlines() if not line.startswith("dbaudit: note:")]
    assert lines == [f"json report written to {out}", f"dbaudit: error: {lost}"]
    # the terminal report says it once, not once per check
    assert stdout.count("lost the connection") == 1
    assert f"! {lost}" in " ".join(stdout.split())
    report = json.loads(out.read_text())
    assert report["scan"]["complete"] is False
    assert sorted(e["check_id"] for e in report["errors"]) == sorted(NOT_RUN.split(", "))
    assert {e["message"] for e in report["errors"]} == {
        "not run: lost the connection to the server "
        "(terminating connection due to administrator command)"
    }
    # what ran before the loss is reported
    dup = [f["object"]["table"] for f in report["findings"] if f["check_id"] == "DUP001"]
    assert dup == ["agent_status"]
