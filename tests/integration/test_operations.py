"""The operations checks, each on a condition created for real on the server.

OPS001 (N+1) and OPS004 (connections) need a server of their own: pg_stat_statements must be
preloaded, and the connection count is server-wide. They use a private embedded server
started with pg_stat_statements. The others run on the test server (embedded or
DBAUDIT_TEST_DSN, which other test runs may share): their conditions live in the test's own
database, and their assertions look only at its objects, roles and application names.
"""

from __future__ import annotations

import itertools
import os
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import psycopg
import pytest
from psycopg import sql

from dbaudit.checks.loader import load_catalog
from dbaudit.engine.scan import scan_database
from dbaudit.findings import Finding, ScanResult
from dbaudit.sandbox.demo_workload import enable_statement_stats
from dbaudit.settings.model import Heuristics, ScanSettings
from dbaudit.severity import Severity
from tests.conftest import TestDatabase

CHECKS = {c.id: c for c in load_catalog()}
_counter = itertools.count()
STATS_WAIT_SECONDS = 15.0  # before PostgreSQL 15 the stats collector sends every ~0.5 s


def _scan(dsn: str, check_id: str, **heuristics: Any) -> ScanResult:
    settings = ScanSettings(dsn=dsn)
    settings = replace(settings, heuristics=replace(Heuristics(), **heuristics))
    result = scan_database(settings, [CHECKS[check_id]])
    assert result.errors == (), result.errors
    return result


def _findings(dsn: str, check_id: str, **heuristics: Any) -> list[Finding]:
    result = _scan(dsn, check_id, **heuristics)
    assert result.skipped == (), result.skipped
    return list(result.findings)


def _flush_stats(conn: psycopg.Connection[Any]) -> None:
    """Send this session's table counters now (PostgreSQL 15+; older ones send them soon)."""
    if conn.info.server_version >= 150000:
        conn.execute("SELECT pg_stat_force_next_flush()")


def _wait_for(dsn: str, query: str, params: Mapping[str, object]) -> None:
    """Poll until `query` returns true: statistics reach other sessions asynchronously."""
    deadline = time.monotonic() + STATS_WAIT_SECONDS
    with psycopg.connect(dsn, autocommit=True) as conn:
        while True:
            row = conn.execute(query.encode(), params).fetchone()
            if row and row[0]:
                return
            if time.monotonic() > deadline:
                pytest.fail(f"statistics never showed: {query} {params}")
            time.sleep(0.05)


def _table_stat(dsn: str, table: str, column: str) -> int:
    with psycopg.connect(dsn, autocommit=True) as conn:
        row = conn.execute(
            sql.SQL("SELECT {} FROM pg_stat_user_tables WHERE relname = %s").format(
                sql.Identifier(column)
            ),
            (table,),
        ).fetchone()
    assert row is not None
    return int(row[0])


N_PLUS_ONE_SCHEMA = """
CREATE TABLE orders (id int PRIMARY KEY, status text NOT NULL);
CREATE TABLE fills (id int PRIMARY KEY, order_id int NOT NULL REFERENCES orders, qty int);
CREATE INDEX ON fills (order_id);
INSERT INTO orders SELECT g, 'open' FROM generate_series(1, 10) g;
INSERT INTO fills SELECT g, g % 10 + 1, g FROM generate_series(1, 30) g;
"""


def test_n_plus_one_loop_is_reported_with_the_join_that_replaces_it(stats_database: str) -> None:
    enable_statement_stats(stats_database)
    with psycopg.connect(stats_database, autocommit=True) as conn:
        conn.execute(N_PLUS_ONE_SCHEMA.encode())
        for _ in range(20):  # 20 page views, each listing 10 orders, then their fills one by one
            for (order_id,) in conn.execute("SELECT id FROM orders ORDER BY id").fetchall():
                conn.execute("SELECT id, qty FROM fills WHERE order_id = %s", (order_id,))
            # called as often, but by a column that is no reference: not an N+1 lookup
            for _ in range(10):
                conn.execute("SELECT count(*) FROM orders WHERE status = %s", ("open",))
        # a lookup by reference called fewer than n_plus_one_min_calls (100) times
        for order_id in range(1, 10):
            conn.execute("SELECT qty FROM fills WHERE order_id = %s AND qty > 0", (order_id,))

    (finding,) = _findings(stats_database, "OPS001")
    assert (finding.object.schema, finding.object.table, finding.object.columns) == (
        "public",
        "fills",
        ("order_id",),
    )
    assert (finding.severity, finding.rule) == (Severity.HIGH, "n-plus-one/fk-lookup")
    evidence = finding.evidence_map
    assert (evidence["calls"], evidence["driver_calls"], evidence["driver_rows"]) == (200, 20, 200)
    assert evidence["lookups_per_call"] == 10.0
    assert isinstance(evidence["mean_ms"], float) and evidence["mean_ms"] >= 0
    assert '"SELECT id, qty FROM fills WHERE order_id = $1" ran 200 times' in finding.message
    assert 'listed by "SELECT id FROM orders ORDER BY id"' in finding.message
    assert "fills.order_id = orders.id" in finding.message
    assert finding.remediation is not None
    assert 'LEFT JOIN "public"."fills" AS looked_up' in finding.remediation
    assert 'ON looked_up."order_id" = listed."id"' in finding.remediation

    # Reset the statistics: the loop is forgotten, and so is the finding.
    with psycopg.connect(stats_database, autocommit=True) as conn:
        conn.execute("SELECT pg_stat_statements_reset()")
    assert _findings(stats_database, "OPS001") == []


def test_pg_stat_statements_not_installed_skips_ops001_with_one_info_finding(
    stats_database: str,
) -> None:
    result = _scan(stats_database, "OPS001")
    assert result.findings == ()
    ((check_id, reason),) = [(s.check_id, s.reason) for s in result.skipped]
    assert check_id == "OPS001"
    assert "CREATE EXTENSION pg_stat_statements" in reason
    findings = [
        f
        for f in _findings(stats_database, "OPS003")
        if f.object.name != "log_min_duration_statement"
    ]
    (finding,) = findings
    assert (finding.severity, finding.rule, finding.object.table) == (
        Severity.INFO,
        "monitoring/pg-stat-statements-not-installed",
        "(database)",
    )
    assert finding.message.startswith("Install pg_stat_statements to enable workload checks")

    enable_statement_stats(stats_database)
    assert [f.object.name for f in _findings(stats_database, "OPS003")] == [
        "log_min_duration_statement"
    ]
    assert _scan(stats_database, "OPS001").skipped == ()


def _client_backends(dsn: str) -> int:
    with psycopg.connect(dsn, autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"
        ).fetchone()
    assert row is not None
    return int(row[0]) - 1  # not this one


def test_connections_near_max_connections_name_the_application(stats_database: str) -> None:
    # The private server's only clients: the held pool, then the scan's own connection.
    deadline = time.monotonic() + STATS_WAIT_SECONDS
    while _client_backends(stats_database) and time.monotonic() < deadline:
        time.sleep(0.05)  # connections of earlier tests may still be exiting
    pool = [
        psycopg.connect(stats_database, autocommit=True, application_name="dbaudit-test-pool")
        for _ in range(3)
    ]
    try:
        (finding,) = _findings(stats_database, "OPS004", connections_high=0.03)
        assert (finding.severity, finding.rule, finding.object.name) == (
            Severity.HIGH,
            "connections/near-max",
            "max_connections",
        )
        evidence = finding.evidence_map
        assert (evidence["connections"], evidence["max_connections"]) == (4, 100)
        assert evidence["used_percent"] == 4.0
        assert "dbaudit-test-pool (3)" in finding.message
        # 4 of 100 is under 5%: nothing to report.
        assert _findings(stats_database, "OPS004", connections_high=0.05) == []
    finally:
        for conn in pool:
            conn.close()


# ---- the test server: its own database, roles and application names ------------------------


def test_idle_and_long_transactions_are_named_by_application(database: TestDatabase) -> None:
    idle_app = f"dbaudit-test-idle-{database.name}"
    long_app = f"dbaudit-test-long-{database.name}"
    idle = psycopg.connect(database.dsn, application_name=idle_app)
    busy = psycopg.connect(database.dsn, autocommit=True, application_name=long_app)

    def run_long_transaction() -> None:
        try:
            with busy.transaction():
                busy.execute("SELECT pg_sleep(60)")
        except psycopg.errors.QueryCanceled:
            pass

    worker = threading.Thread(target=run_long_transaction)
    try:
        idle.execute("SELECT 1")  # opens the transaction and leaves it idle
        worker.start()
        _wait_for(
            database.dsn,
            "SELECT EXISTS (SELECT FROM pg_stat_activity WHERE application_name = %(app)s"
            " AND state = 'active' AND now() - xact_start > interval '300 milliseconds')",
            {"app": long_app},
        )
        findings = _findings(
            database.dsn,
            "OPS005",
            idle_in_transaction_max="200 milliseconds",
            long_transaction_max="200 milliseconds",
        )
        by_table = {f.object.table: f for f in findings}
        assert sorted(by_table) == ["(idle in transaction)", "(long transaction)"]
        idle_finding, long_finding = (
            by_table["(idle in transaction)"],
            by_table["(long transaction)"],
        )
        assert (idle_finding.object.name, idle_finding.rule, idle_finding.severity) == (
            idle_app,
            "connections/idle-in-transaction",
            Severity.HIGH,
        )
        assert idle_finding.evidence_map["sessions"] == 1
        assert (long_finding.object.name, long_finding.rule) == (
            long_app,
            "connections/long-transaction",
        )
        assert long_finding.evidence_map["sessions"] == 1
        # Under the default thresholds (1 and 5 minutes), none of them is old enough.
        assert _findings(database.dsn, "OPS005") == []
    finally:
        busy.cancel_safe()
        worker.join(timeout=10)
        busy.close()
        idle.close()
    assert (
        _findings(database.dsn, "OPS005", idle_in_transaction_max="0", long_transaction_max="0")
        == []
    )


def test_the_scans_own_connections_are_not_reported(database: TestDatabase) -> None:
    # With --jobs the query runs on a worker while the scan's connection and the other
    # workers wait, idle in the snapshot's transaction: not the workload's transactions.
    heuristics = replace(Heuristics(), idle_in_transaction_max="0", long_transaction_max="0")
    settings = replace(ScanSettings(dsn=database.dsn, jobs=3), heuristics=heuristics)
    result = scan_database(settings, [CHECKS["OPS005"]])
    assert result.errors == ()
    assert result.findings == ()


def _alter_database(conn: psycopg.Connection[Any], dbname: str, **values: str) -> None:
    for name, value in values.items():
        conn.execute(
            sql.SQL("ALTER DATABASE {} SET {} = {}").format(
                sql.Identifier(dbname), sql.Identifier(name), sql.Literal(value)
            )
        )


def test_timeouts_unset_for_the_database_and_for_a_role(database: TestDatabase) -> None:
    role = f"dbaudit_ops_role_{os.getpid()}_{next(_counter)}"
    admin = psycopg.connect(database.server_dsn, autocommit=True)
    admin.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
    try:
        zero = dict.fromkeys(
            ("statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout"), "0"
        )
        _alter_database(admin, database.name, **zero)

        def mine(findings: list[Finding]) -> list[Finding]:
            # other test runs on a shared server may leave roles of their own
            return [f for f in findings if f.object.table == "(database)" or f.object.name == role]

        (finding,) = mine(_findings(database.dsn, "OPS002"))
        assert (finding.object.schema, finding.object.table) == (database.name, "(database)")
        assert (finding.severity, finding.rule) == (Severity.MEDIUM, "no-timeout/database")
        assert finding.evidence_map["unset"] == (
            "statement_timeout, lock_timeout, idle_in_transaction_session_timeout"
        )
        assert "(0: ALTER DATABASE)" in finding.message and role in finding.message
        assert finding.remediation is not None
        assert (
            f'ALTER DATABASE "{database.name}" SET "statement_timeout" = \'30s\';'
            in finding.remediation
        )

        # The database sets all three; one role turns statement_timeout off again.
        _alter_database(
            admin,
            database.name,
            statement_timeout="30s",
            lock_timeout="5s",
            idle_in_transaction_session_timeout="1min",
        )
        admin.execute(
            sql.SQL("ALTER ROLE {} IN DATABASE {} SET statement_timeout = 0").format(
                sql.Identifier(role), sql.Identifier(database.name)
            )
        )
        (finding,) = mine(_findings(database.dsn, "OPS002"))
        assert (finding.object.table, finding.object.name, finding.rule) == (
            "(role)",
            role,
            "no-timeout/role",
        )
        assert finding.evidence_map["unset"] == "statement_timeout"
        assert "(ALTER ROLE ... IN DATABASE)" in finding.message

        admin.execute(
            sql.SQL("ALTER ROLE {} IN DATABASE {} RESET statement_timeout").format(
                sql.Identifier(role), sql.Identifier(database.name)
            )
        )
        assert mine(_findings(database.dsn, "OPS002")) == []
    finally:
        admin.execute(
            sql.SQL("ALTER ROLE {} IN DATABASE {} RESET ALL").format(
                sql.Identifier(role), sql.Identifier(database.name)
            )
        )
        admin.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
        admin.close()


SEQ_SCAN_SCHEMA = """
CREATE TABLE strategies (id int PRIMARY KEY);
CREATE TABLE signals (id int PRIMARY KEY, strategy_id int REFERENCES strategies, strength int)
  WITH (autovacuum_enabled = off);
CREATE TABLE quotes (id int PRIMARY KEY, strategy_id int REFERENCES strategies, price int)
  WITH (autovacuum_enabled = off);
CREATE INDEX ON quotes (strategy_id);
INSERT INTO strategies SELECT generate_series(1, 100);
INSERT INTO signals SELECT g, g % 100 + 1, g FROM generate_series(1, 2000) g;
INSERT INTO quotes SELECT g, g % 100 + 1, g FROM generate_series(1, 2000) g;
"""


def _seq_scan_workload(dsn: str) -> None:
    """20 lookups by strategy_id on each table: signals has no index on it, quotes has one."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(SEQ_SCAN_SCHEMA.encode())
        _flush_stats(conn)
        # the insert counters first: ANALYZE sets n_live_tup, a later flush would add to it
        _wait_for(
            dsn, "SELECT n_live_tup = 2000 FROM pg_stat_user_tables WHERE relname = 'signals'", {}
        )
        conn.execute("ANALYZE strategies, signals, quotes")
        conn.execute("SET enable_seqscan = off")  # quotes: by its index, however small
        for strategy_id in range(1, 21):
            conn.execute("SELECT count(*) FROM quotes WHERE strategy_id = %s", (strategy_id,))
        conn.execute("RESET enable_seqscan")
        for strategy_id in range(1, 21):  # signals: no index on strategy_id
            conn.execute("SELECT count(*) FROM signals WHERE strategy_id = %s", (strategy_id,))
        _flush_stats(conn)
    _wait_for(
        dsn,
        "SELECT (SELECT seq_scan >= 20 FROM pg_stat_user_tables WHERE relname = 'signals')"
        " AND (SELECT idx_scan >= 20 FROM pg_stat_user_tables WHERE relname = 'quotes')",
        {},
    )


def test_sequential_scans_of_a_large_table_name_its_unindexed_reference(
    database: TestDatabase,
) -> None:
    _seq_scan_workload(database.dsn)
    thresholds = {"large_table_rows": 1000, "seq_scan_min": 10}
    (finding,) = _findings(database.dsn, "OPS006", **thresholds)
    assert (finding.object.table, finding.severity, finding.rule) == (
        "signals",
        Severity.MEDIUM,
        "seq-scan/unindexed-reference",
    )
    evidence = finding.evidence_map
    assert evidence["seq_scan"] == _table_stat(database.dsn, "signals", "seq_scan")
    assert evidence["seq_tup_read"] == _table_stat(database.dsn, "signals", "seq_tup_read")
    assert evidence["live_rows"] == 2000
    assert evidence["idx_scan"] == 0
    assert "reference column(s) strategy_id" in finding.message
    assert finding.remediation is not None
    assert 'ON "public"."signals" ("strategy_id")' in finding.remediation
    assert "Statements reading it" not in finding.message  # no pg_stat_statements here
    # Fewer scans than seq_scan_min, or a table under large_table_rows: nothing.
    assert _findings(database.dsn, "OPS006", large_table_rows=1000, seq_scan_min=1000) == []
    assert _findings(database.dsn, "OPS006", large_table_rows=5000, seq_scan_min=10) == []


VACUUM_SCHEMA = """
CREATE TABLE churned (id int PRIMARY KEY) WITH (autovacuum_enabled = off);
CREATE TABLE fresh (id int PRIMARY KEY) WITH (autovacuum_enabled = off);
CREATE TABLE tidy (id int PRIMARY KEY) WITH (autovacuum_enabled = off);
INSERT INTO churned SELECT generate_series(1, 2000);
INSERT INTO fresh SELECT generate_series(1, 2000);
INSERT INTO tidy SELECT generate_series(1, 2000);
DELETE FROM churned WHERE id <= 1000;
"""


def test_dead_rows_and_never_analyzed_tables(database: TestDatabase) -> None:
    with psycopg.connect(database.dsn, autocommit=True) as conn:
        conn.execute(VACUUM_SCHEMA.encode())
        _flush_stats(conn)
    # The counters first, then ANALYZE: it replaces them with its own count.
    _wait_for(
        database.dsn,
        "SELECT (SELECT n_dead_tup = 1000 FROM pg_stat_user_tables WHERE relname = 'churned')"
        " AND (SELECT n_live_tup = 2000 FROM pg_stat_user_tables WHERE relname = 'fresh')",
        {},
    )
    with psycopg.connect(database.dsn, autocommit=True) as conn:
        conn.execute("ANALYZE churned, tidy")
    findings = {(f.object.table, f.object.name): f for f in _findings(database.dsn, "OPS007")}
    assert sorted(findings) == [("churned", "dead-tuples"), ("fresh", "never-analyzed")]
    dead, never = findings[("churned", "dead-tuples")], findings[("fresh", "never-analyzed")]
    assert (dead.severity, dead.rule) == (Severity.MEDIUM, "vacuum/dead-tuples")
    assert (dead.evidence_map["dead_tuples"], dead.evidence_map["live_tuples"]) == (1000, 1000)
    assert dead.evidence_map["dead_percent"] == 50.0
    assert (never.severity, never.rule) == (Severity.LOW, "vacuum/never-analyzed")
    assert never.evidence_map["live_tuples"] == 2000
    # 50% dead is under a 60% threshold; tables under vacuum_min_rows are left out.
    assert [f.object.name for f in _findings(database.dsn, "OPS007", dead_tuple_ratio=0.6)] == [
        "never-analyzed"
    ]
    assert _findings(database.dsn, "OPS007", vacuum_min_rows=5000) == []


def test_transaction_id_age_against_the_wraparound_limit(database: TestDatabase) -> None:
    database.load("CREATE TABLE ledger (id int PRIMARY KEY) WITH (autovacuum_enabled = off);")
    # A real server is far from wraparound: nothing at the default 50% / 75%.
    assert _findings(database.dsn, "OPS007") == []
    # Thresholds under the table's real age (a few transactions of 2^31) make it fire.
    (high,) = _findings(database.dsn, "OPS007", wraparound_high=1e-12, wraparound_critical=0.75)
    (critical,) = _findings(
        database.dsn, "OPS007", wraparound_high=1e-12, wraparound_critical=1e-12
    )
    assert (high.object.table, high.object.name, high.rule) == (
        "ledger",
        "wraparound",
        "vacuum/xid-wraparound",
    )
    assert (high.severity, critical.severity) == (Severity.HIGH, Severity.CRITICAL)
    (age,) = database.query("SELECT age(relfrozenxid) FROM pg_class WHERE relname = 'ledger'")[0]
    assert isinstance(age, int)
    assert 0 < int(str(high.evidence_map["xid_age"])) <= age
    assert high.evidence_map["mxid_age"] == 0


def test_pg_stat_statements_not_loaded_on_the_test_server(database: TestDatabase) -> None:
    ((preloaded,),) = database.query("SELECT current_setting('shared_preload_libraries')")
    if "pg_stat_statements" in str(preloaded):
        pytest.skip("this test server preloads pg_stat_statements")
    result = _scan(database.dsn, "OPS001")
    assert [s.check_id for s in result.skipped] == ["OPS001"]
    assert "shared_preload_libraries" in result.skipped[0].reason
    (finding,) = [f for f in _findings(database.dsn, "OPS003") if f.severity is Severity.INFO]
    assert (finding.object.table, finding.rule) == (
        "(server)",
        "monitoring/pg-stat-statements-not-loaded",
    )
    assert finding.message.startswith("Install pg_stat_statements to enable workload checks")


def test_sequential_scans_list_the_statements_behind_them(stats_database: str) -> None:
    enable_statement_stats(stats_database)
    _seq_scan_workload(stats_database)
    (finding,) = _findings(stats_database, "OPS006", large_table_rows=1000, seq_scan_min=10)
    assert finding.object.table == "signals"
    statements = finding.message.split("Statements reading it, most total time first: ", 1)[1]
    # the one statement that reads signals (the quotes lookups name another table)
    assert re.fullmatch(
        r'"SELECT count\(\*\) FROM signals WHERE strategy_id = \$1": 20 calls, '
        r"1\.0 rows per call, [0-9.]+ ms in all\.",
        statements,
    ), statements
