"""`dbaudit scan` run as a user runs it: a subprocess, its exit code, stdout and stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TestDatabase

DEFECTS = """
CREATE TABLE agent_status (id serial PRIMARY KEY, is_running boolean);
INSERT INTO agent_status (is_running) VALUES (true), (false);
CREATE TABLE orders (id int PRIMARY KEY, quantity numeric(12, 2));
INSERT INTO orders VALUES (1, 0);
"""
MEDIUM_ONLY = """
CREATE TABLE strategies (id int PRIMARY KEY);
CREATE TABLE runs (id int PRIMARY KEY, strategy_id int REFERENCES strategies ON DELETE CASCADE);
"""
SLOW_CHECK = """\
id: SLO001
title: A check that takes too long
severity: low
category: operations
kind: catalog
description: Sleeps.
rationale: To prove timeouts are reported.
query: SELECT 'public' AS schema_name, 'x' AS table_name FROM pg_sleep(5)
message: never
allow_functions: [pg_sleep]
"""
WRITING_CHECK = SLOW_CHECK.replace("SLO001", "WRI001").replace(
    "query: SELECT 'public' AS schema_name, 'x' AS table_name FROM pg_sleep(5)",
    "query: |\n  WITH gone AS (DELETE FROM runs RETURNING 1)\n"
    "  SELECT 'public' AS schema_name, 'x' AS table_name FROM gone",
)


def dbaudit(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """The CLI as a user runs it; `env` replaces the environment (None: inherit it)."""
    return subprocess.run(
        [sys.executable, "-m", "dbaudit", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd,
        check=False,
    )


def test_critical_findings_exit_1_and_are_listed(database: TestDatabase) -> None:
    database.load(DEFECTS)
    run = dbaudit("scan", database.dsn)
    assert run.returncode == 1, run.stderr
    assert "Critical: 1" in run.stdout
    assert "High: 1" in run.stdout
    assert "public.agent_status" in run.stdout
    assert "Traceback" not in run.stderr


def test_fail_on_sets_the_threshold(database: TestDatabase) -> None:
    database.load(MEDIUM_ONLY)
    assert dbaudit("scan", database.dsn).returncode == 0
    assert dbaudit("scan", database.dsn, "--fail-on", "medium").returncode == 1
    assert dbaudit("scan", database.dsn, "--fail-on", "low").returncode == 1
    assert dbaudit("scan", database.dsn, "--fail-on", "high").returncode == 0


def test_fail_on_none_never_fails_on_findings(database: TestDatabase) -> None:
    database.load(DEFECTS)
    assert dbaudit("scan", database.dsn, "--fail-on", "none").returncode == 0


def test_markdown_report_to_a_file(database: TestDatabase, tmp_path: Path) -> None:
    database.load(DEFECTS)
    report = tmp_path / "audit.md"
    run = dbaudit("scan", "--dsn", database.dsn, "--format", "md", "-o", str(report), "-q")
    assert run.returncode == 1
    text = report.read_text()
    assert "| **[Critical Issues Found](#critical)** | | | **1** |" in text
    assert "### DUP001: More than one row in a singleton table (1)" in text
    assert "| public.agent_status | public.agent_status should hold one row and holds 2" in text
    assert run.stdout == ""  # --quiet


def test_dsn_from_the_environment(database: TestDatabase, tmp_path: Path) -> None:
    database.load(MEDIUM_ONLY)
    import os

    # The operations checks judge the test server (its timeouts, logging), not this schema.
    config = tmp_path / "dbaudit.yaml"
    config.write_text("disable: [OPS001, OPS002, OPS003, OPS004, OPS005, OPS006, OPS007]\n")
    run = dbaudit("scan", "--config", str(config), env={**os.environ, "DBAUDIT_DSN": database.dsn})
    assert run.returncode == 0, run.stderr
    assert "Medium: 1" in run.stdout


def test_schema_filter(database: TestDatabase) -> None:
    database.load(DEFECTS + "CREATE SCHEMA other; CREATE TABLE other.t (id int PRIMARY KEY);")
    run = dbaudit("scan", database.dsn, "--schema", "other", "-f", "json", "-o", "-")
    assert run.returncode == 0
    scope = json.loads(run.stdout)["scan"]["scope"]
    assert (scope["schemas"], scope["tables"]) == (["other"], 1)


@pytest.mark.parametrize(
    ("dsn", "expected"),
    [
        ("postgresql://app:hunter2@127.0.0.1:1/db", "could not connect to db@127.0.0.1:1"),
        ("host=127.0.0.1 port=1 password=hunter2 dbname=db", "could not connect to db@127.0.0.1:1"),
        ("not a dsn", "invalid connection string"),
        ("postgresql://app:hunter2@no-such-host.invalid/db", "unknown host"),
    ],
)
def test_connection_failures_are_one_clear_line(dsn: str, expected: str) -> None:
    run = dbaudit("scan", dsn)
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert lines[0].startswith("dbaudit: error: ")
    assert expected in lines[0]
    assert "\t" not in lines[0]  # libpq's reason, not its indented advice line
    assert lines[1].startswith("  hint: ")
    assert len(lines) == 2
    assert "hunter2" not in run.stderr + run.stdout


def test_refused_connection_says_why() -> None:
    run = dbaudit("scan", "host=127.0.0.1 port=1 dbname=db")
    assert run.stderr.splitlines()[0] == (
        "dbaudit: error: could not connect to db@127.0.0.1:1: Connection refused"
    )


def test_a_schema_that_does_not_exist_is_a_usage_error(database: TestDatabase) -> None:
    database.load("CREATE SCHEMA billing; CREATE TABLE billing.invoices (id int PRIMARY KEY);")
    run = dbaudit("scan", database.dsn, "--schema", "billing", "--schema", "biling")
    assert run.returncode == 2
    assert run.stderr.splitlines() == [
        f"dbaudit: error: no schema named biling in database {database.name}",
        "  hint: schemas here: billing, public",
    ]


def test_unknown_database(database: TestDatabase) -> None:
    from dbaudit.sandbox.scratch import database_dsn

    run = dbaudit("scan", database_dsn(database.server_dsn, "no_such_db"))
    assert run.returncode == 2
    assert "database not found" in run.stderr
    assert "psql -l" in run.stderr


def test_a_timed_out_check_is_reported_and_the_scan_is_incomplete(
    database: TestDatabase, tmp_path: Path
) -> None:
    database.load(DEFECTS)
    (tmp_path / "SLO001.yaml").write_text(SLOW_CHECK)
    run = dbaudit("scan", database.dsn, "--checks", str(tmp_path), "--statement-timeout", "200")
    assert run.returncode == 2
    assert "SLO001 timed out" in run.stdout
    assert "public.agent_status" in run.stdout  # the other checks still ran
    assert "The scan is incomplete" in run.stdout


def test_a_custom_check_that_writes_is_refused(database: TestDatabase, tmp_path: Path) -> None:
    database.load(
        MEDIUM_ONLY + "INSERT INTO strategies VALUES (1); INSERT INTO runs VALUES (1, 1);"
    )
    (tmp_path / "WRI001.yaml").write_text(WRITING_CHECK)
    run = dbaudit("scan", database.dsn, "--checks", str(tmp_path))
    assert run.returncode == 2
    # Refused when the file is loaded, before any query runs.
    assert f"{tmp_path / 'WRI001.yaml'}:9: 'query' a query may not contain DELETE" in run.stderr
    assert database.query("SELECT count(*) FROM runs") == [(1,)]


def test_a_malformed_check_file_stops_before_connecting(tmp_path: Path) -> None:
    (tmp_path / "BAD001.yaml").write_text(SLOW_CHECK.replace("severity: low", "severity: urgent"))
    run = dbaudit("scan", "host=127.0.0.1 port=1", "--checks", str(tmp_path))
    assert run.returncode == 2
    assert f"{tmp_path / 'BAD001.yaml'}:3: 'severity' is 'urgent'" in run.stderr


def test_usage_errors_exit_2() -> None:
    assert dbaudit("scan", "--fail-on", "sometimes").returncode == 2
    assert dbaudit("frobnicate").returncode == 2


def test_checks_explain() -> None:
    run = dbaudit("checks", "explain", "ref001")
    assert run.returncode == 0
    assert "REF001: Orphan rows" in run.stdout
    assert "NOT VALID" in run.stdout
    unknown = dbaudit("checks", "explain", "XYZ999")
    assert unknown.returncode == 2
    assert "no check with id 'XYZ999'" in unknown.stderr


def test_verbose_prints_each_check_with_its_time_and_findings(database: TestDatabase) -> None:
    database.load(DEFECTS)
    run = dbaudit("scan", database.dsn, "--verbose", "--fail-on", "none")
    assert run.returncode == 0, run.stderr
    lines = {line.split()[0]: line for line in run.stderr.splitlines() if " ms " in line}
    from dbaudit.checks.loader import load_catalog

    assert set(lines) == {c.id for c in load_catalog()}
    assert lines["DUP001"].endswith(" 1 finding(s)")
