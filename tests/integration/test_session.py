"""The scan transaction cannot write, and carries its timeouts and name."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from dbaudit.db.connect import connect
from dbaudit.db.session import QueryFailed, read_only_session
from tests.conftest import TestDatabase
from tests.integration.test_cli import dbaudit


def test_the_scan_transaction_refuses_writes_and_goes_on(database: TestDatabase) -> None:
    database.load("CREATE TABLE t (a int); INSERT INTO t VALUES (1);")
    conn = connect(database.dsn, statement_timeout_ms=1234, lock_timeout_ms=567)
    with read_only_session(conn) as session:
        with pytest.raises(QueryFailed, match="read-only transaction") as caught:
            session.fetch("DELETE FROM public.t", {})
        assert not caught.value.timed_out
        # the savepoint kept the transaction usable
        rows = session.fetch(
            "SELECT current_setting('transaction_read_only') AS ro,"
            " current_setting('transaction_isolation') AS iso,"
            " current_setting('statement_timeout') AS st,"
            " current_setting('lock_timeout') AS lt,"
            " current_setting('application_name') AS app,"
            " current_setting('search_path') AS path,"
            " current_setting('row_security') AS rls,"
            " current_setting('standard_conforming_strings') AS scs",
            {},
        )
    conn.close()
    assert rows == [
        {
            "ro": "on",
            "iso": "repeatable read",
            "st": "1234ms",
            "lt": "567ms",
            "app": "dbaudit",
            "path": "pg_catalog, pg_temp",
            "rls": "off",
            "scs": "on",
        }
    ]
    assert database.query("SELECT a FROM t") == [(1,)]


def test_a_database_without_standard_conforming_strings_scans_completely(
    database: TestDatabase,
) -> None:
    # The checks' regular expressions hold backslashes; read as escapes they fail the checks.
    database.load(
        "CREATE TABLE orders (id int PRIMARY KEY);"
        "CREATE TABLE fills (id int PRIMARY KEY, order_id int, price numeric);"
        "INSERT INTO orders VALUES (1); INSERT INTO fills VALUES (1, 2, -1);"
    )
    with psycopg.connect(database.server_dsn, autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{database.name}" SET standard_conforming_strings = off')
    run = dbaudit("scan", database.dsn, "-f", "json", "-o", "-")
    report = json.loads(run.stdout)
    assert report["errors"] == []
    assert report["scan"]["complete"] is True
    found = {(f["check_id"], f["object"]["table"]) for f in report["findings"]}
    assert {("REF002", "fills"), ("VAL002", "fills")} <= found


def test_a_statement_over_the_timeout_is_reported_as_timed_out(database: TestDatabase) -> None:
    conn = connect(database.dsn, statement_timeout_ms=100, lock_timeout_ms=100)
    with read_only_session(conn) as session:
        with pytest.raises(QueryFailed) as caught:
            session.fetch("SELECT pg_sleep(2)", {})
        assert caught.value.timed_out
        assert session.fetch("SELECT 1 AS one", {}) == [{"one": 1}]
    conn.close()


SETTING_CHECK = """\
id: AAA003
title: The scan session's parallel workers
severity: low
category: operations
kind: catalog
description: Reports max_parallel_workers_per_gather as the scan sees it.
rationale: To show --parallel-workers reaching the scan's session.
query: |
  SELECT 'public' AS schema_name,
         current_setting('max_parallel_workers_per_gather') AS table_name
message: as the scan sees it
"""


@pytest.mark.parametrize(
    ("flag", "expected"),
    [([], None), (["--parallel-workers", "0"], "0"), (["--parallel-workers", "3"], "3")],
)
def test_parallel_workers_reach_the_scan_session(
    database: TestDatabase, tmp_path: Path, flag: list[str], expected: str | None
) -> None:
    (tmp_path / "AAA003.yaml").write_text(SETTING_CHECK)
    server_default = database.query("SHOW max_parallel_workers_per_gather")[0][0]
    report = tmp_path / "report.json"
    dbaudit(
        "scan", database.dsn, "--checks", str(tmp_path), "--no-data", "--allow-empty", *flag,
        "-f", "json", "-o", str(report), "-q", "--fail-on", "none",
    )  # fmt: skip
    findings = json.loads(report.read_text())["findings"]
    seen = [f["object"]["table"] for f in findings if f["check_id"] == "AAA003"]
    assert seen == [expected or server_default]
