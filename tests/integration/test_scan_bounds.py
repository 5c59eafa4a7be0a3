"""Bounds that are not errors of the database: a table locked by another session costs only
what needs that table, and a timeout is reported as a timeout."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg

from tests.conftest import TestDatabase
from tests.integration.test_cli import dbaudit


def test_one_locked_table_does_not_fail_all_of_num001(
    database: TestDatabase, tmp_path: Path
) -> None:
    database.load(
        "CREATE TABLE fills (id int PRIMARY KEY, price numeric);"
        "CREATE TABLE lots (id int PRIMARY KEY, qty numeric);"
    )
    out = tmp_path / "report.json"
    with psycopg.connect(database.dsn) as holder:  # a migration, mid-way
        holder.execute("LOCK TABLE fills IN ACCESS EXCLUSIVE MODE")
        run = dbaudit("scan", database.dsn, "--no-data", "-f", "json", "-o", str(out), "-q")
        holder.rollback()
    assert run.returncode == 0, run.stderr
    report = json.loads(out.read_text())
    assert report["errors"] == []
    notes = {
        f["object"]["table"]: f["fix"][0]["note"]
        for f in report["findings"]
        if f["check_id"] == "NUM001"
    }
    assert sorted(notes) == ["fills", "lots"]
    assert "Rewrites the table (size unknown: it was locked) under" in notes["fills"]
    assert "Rewrites the table (size unknown" not in notes["lots"]


def test_a_tiny_statement_timeout_gets_a_timeout_hint_not_a_privilege_hint(
    database: TestDatabase,
) -> None:
    run = dbaudit("scan", database.dsn, "--statement-timeout", "1")
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert run.stderr.splitlines() == [
        "dbaudit: error: could not read the catalog: canceling statement due to statement timeout",
        "  hint: raise --statement-timeout (now 1 ms) or --lock-timeout (now 1000 ms)",
    ]
