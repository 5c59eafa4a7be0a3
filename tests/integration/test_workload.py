"""The workload checks (from pg_stat_statements, parsed once per scan), each driven by a
scripted workload on a server that preloads pg_stat_statements: a bad workload that must be
reported exactly, a good one that must not.

They run on a private embedded server started with pg_stat_statements (each test in its own
database: the statistics are per database), so they do not depend on how the shared test
server was started. The hypopg tests need the local PostgreSQL (`DBAUDIT_TEST_DSN`) with
hypopg installed (`.ci/local-server` sets it up) and are skipped, saying so, without it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import psycopg
import pytest
from psycopg import sql

from dbaudit.checks.loader import load_catalog
from dbaudit.engine.scan import scan_database
from dbaudit.findings import Finding
from dbaudit.sandbox.demo_workload import enable_statement_stats
from dbaudit.settings.model import Heuristics, ScanSettings

CHECKS = {c.id: c for c in load_catalog()}
Workload = Callable[[psycopg.Connection[Any]], None]


def run_workload(dsn: str, schema: str, workload: Workload) -> None:
    """Load `schema`, forget the statements that built it, then run `workload`."""
    enable_statement_stats(dsn)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(schema.encode())
        conn.execute("ANALYZE")
        # this database's statements only: tests on a shared server run side by side
        conn.execute(
            "SELECT pg_stat_statements_reset(0,"
            " (SELECT oid FROM pg_database WHERE datname = current_database()), 0)"
        )
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


# ---- IDX003: the indexes the workload needs ----------------------------------------------------

TRADING = """
CREATE TABLE strategies (id int PRIMARY KEY, name text NOT NULL, is_active boolean NOT NULL);
INSERT INTO strategies SELECT g, 'strategy ' || g, g % 50 = 0 FROM generate_series(1, 300) g;
CREATE TABLE trades (id int PRIMARY KEY, symbol text NOT NULL,
                     strategy_id int REFERENCES strategies, executed_at timestamptz NOT NULL,
                     status text NOT NULL, pnl numeric, side text NOT NULL);
INSERT INTO trades
SELECT g, 'SYM' || g % 500, g % 300 + 1, now() - g * interval '1 minute',
       (ARRAY['open', 'closed', 'cancelled'])[g % 3 + 1], CASE WHEN g % 10 = 0 THEN g END,
       (ARRAY['buy', 'sell'])[g % 2 + 1]
  FROM generate_series(1, 30000) g;
CREATE TABLE ai_decisions (id int PRIMARY KEY, status text NOT NULL,
                           created_at timestamptz NOT NULL, symbol text NOT NULL);
INSERT INTO ai_decisions
SELECT g, (ARRAY['pending', 'executed', 'rejected', 'expired', 'skipped'])[g % 5 + 1],
       now() - g * interval '1 minute', 'SYM' || g % 400
  FROM generate_series(1, 20000) g;
"""


def trading_workload(conn: psycopg.Connection[Any], calls: int = 120) -> None:
    for i in range(calls):
        symbol = f"SYM{i % 500}"
        conn.execute(
            "SELECT * FROM trades WHERE symbol = %s ORDER BY executed_at DESC LIMIT 50", (symbol,)
        ).fetchall()
        conn.execute(
            "SELECT * FROM trades WHERE executed_at >= %s AND executed_at < %s",
            (f"2000-01-01 00:{i % 60:02}", f"2000-01-01 01:{i % 60:02}"),
        ).fetchall()
        conn.execute(
            "SELECT * FROM ai_decisions WHERE status = %s ORDER BY created_at LIMIT 20",
            ("pending",),
        ).fetchall()
        conn.execute(
            "SELECT count(*) FROM trades WHERE pnl IS NOT NULL AND status = %s", ("open",)
        ).fetchall()
        # half the table: an index on it would not help (index_max_selectivity)
        conn.execute("SELECT * FROM trades WHERE side = %s", ("buy",)).fetchall()
        # served already, or not this check's: the primary key, an unindexed foreign key
        # (FK002 proposes its index), a small table, a statement called too rarely
        conn.execute("SELECT * FROM trades WHERE id = %s", (i + 1,)).fetchall()
        conn.execute("SELECT * FROM trades WHERE strategy_id = %s", (i % 300 + 1,)).fetchall()
        conn.execute("SELECT * FROM strategies WHERE is_active").fetchall()
        if i < 10:
            conn.execute("SELECT * FROM ai_decisions WHERE symbol = %s", (symbol,)).fetchall()


def _proposals(found: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.object.display(), f.rule, f.fix[0].sql) for f in found]


def test_indexes_the_workload_needs_are_proposed_unverified_without_hypopg(
    stats_database: str,
) -> None:
    run_workload(stats_database, TRADING, trading_workload)
    found = findings(stats_database, "IDX003")
    assert _proposals(found) == [
        (
            "public.ai_decisions(status, created_at)",
            "index-proposal/equality-then-order",
            'CREATE INDEX CONCURRENTLY IF NOT EXISTS "ai_decisions_status_created_at_idx"\n'
            '  ON "public"."ai_decisions" ("status", "created_at");',
        ),
        (
            "public.trades(executed_at)",
            "index-proposal/range",
            'CREATE INDEX CONCURRENTLY IF NOT EXISTS "trades_executed_at_idx"\n'
            '  ON "public"."trades" ("executed_at");',
        ),
        (
            "public.trades(status)",
            "index-proposal/partial",
            'CREATE INDEX CONCURRENTLY IF NOT EXISTS "trades_status_idx"\n'
            '  ON "public"."trades" ("status") WHERE "pnl" IS NOT NULL;',
        ),
        (
            "public.trades(symbol, executed_at)",
            "index-proposal/equality-then-order",
            'CREATE INDEX CONCURRENTLY IF NOT EXISTS "trades_symbol_executed_at_idx"\n'
            '  ON "public"."trades" ("symbol", "executed_at");',
        ),
    ]
    by_table = {f.object.display(): f for f in found}
    symbol = by_table["public.trades(symbol, executed_at)"]
    assert dict(symbol.evidence) == {
        "statements": 1,
        "calls": 120,
        "selectivity": 0.002,
        "estimated_rows": 60,
        "cost_ratio": None,
    }
    assert symbol.message.startswith(
        "1 statement(s) on public.trades (about 30000 rows) filter or sort by symbol,"
        " executed_at, which no index serves: queryid "
    )
    assert (
        '"SELECT * FROM trades WHERE symbol = $1 ORDER BY executed_at DESC LIMIT $2": 120 calls'
        in symbol.message
    )
    assert "Estimated selectivity of the equality columns 0.002 (about 60 rows per lookup" in (
        symbol.message
    )
    assert symbol.message.endswith(
        "Unverified: install hypopg in this database (CREATE EXTENSION hypopg; Debian: the"
        " postgresql-NN-hypopg package) and scan again to have each proposal checked against"
        " the planner."
    )
    # the range proposal has no equality columns: no selectivity
    assert dict(by_table["public.trades(executed_at)"].evidence)["selectivity"] is None
    # the fix creates them (CONCURRENTLY: outside a transaction), and they are gone
    with psycopg.connect(stats_database, autocommit=True) as conn:
        for finding in found:
            conn.execute(finding.fix[0].sql.encode())
        conn.execute("ANALYZE")
    assert findings(stats_database, "IDX003") == []


def test_statements_served_by_existing_indexes_get_no_proposal(stats_database: str) -> None:
    served = (
        TRADING
        + """
    CREATE INDEX ON trades (symbol);                  -- leads with the equality column
    CREATE INDEX ON trades (executed_at, symbol);     -- leads with the range column
    CREATE INDEX ON trades (status, id);              -- an equality column leads it
    CREATE INDEX ON ai_decisions (status);
    """
    )
    run_workload(stats_database, served, trading_workload)
    assert findings(stats_database, "IDX003") == []


def test_rare_statements_and_small_tables_get_no_proposal(stats_database: str) -> None:
    run_workload(stats_database, TRADING, lambda conn: trading_workload(conn, calls=60))
    assert findings(stats_database, "IDX003") == []  # 60 calls < index_min_calls (100)
    assert len(findings(stats_database, "IDX003", index_min_calls=50)) == 4
    # trades(side) selects half the table: proposed only when that is allowed
    assert len(findings(stats_database, "IDX003", index_min_calls=50, index_max_selectivity=1)) == 5
    assert findings(stats_database, "IDX003", index_min_calls=50, large_table_rows=40000) == []


@pytest.fixture
def hypopg_database(database: Any) -> str:
    """A database on the test server with pg_stat_statements and hypopg, or a skip saying
    what is missing (the local PostgreSQL gets both from .ci/local-server)."""
    with psycopg.connect(database.dsn, autocommit=True) as conn:
        preload = conn.execute("SHOW shared_preload_libraries").fetchone()
        available = conn.execute(
            "SELECT count(*) FROM pg_available_extensions WHERE name = 'hypopg'"
        ).fetchone()
    if preload is None or "pg_stat_statements" not in str(preload[0]):
        pytest.skip("the test server does not preload pg_stat_statements (.ci/local-server)")
    if available is None or not available[0]:
        pytest.skip("hypopg is not installed on the test server (postgresql-15-hypopg)")
    return str(database.dsn)


def test_with_hypopg_each_proposal_is_verified_and_those_never_used_are_dropped(
    hypopg_database: str,
) -> None:
    def workload(conn: psycopg.Connection[Any]) -> None:
        trading_workload(conn)
        conn.execute("CREATE EXTENSION hypopg")

    run_workload(hypopg_database, TRADING, workload)
    # with every selectivity allowed, trades(side) is proposed; the planner would keep its
    # sequential scan for half the table, so hypopg drops it
    allowed = findings(hypopg_database, "IDX003", index_max_selectivity=1.0)
    assert [f.object.display() for f in allowed] == [
        "public.ai_decisions(status, created_at)",
        "public.trades(executed_at)",
        "public.trades(status)",
        "public.trades(symbol, executed_at)",
    ]
    assert all("Verified with hypopg" in f.message for f in allowed)
    found = findings(hypopg_database, "IDX003")
    assert [(f.object.display(), f.rule) for f in found] == [
        ("public.ai_decisions(status, created_at)", "index-proposal/equality-then-order"),
        ("public.trades(executed_at)", "index-proposal/range"),
        ("public.trades(status)", "index-proposal/partial"),
        ("public.trades(symbol, executed_at)", "index-proposal/equality-then-order"),
    ]
    for finding in found:
        ratio = dict(finding.evidence)["cost_ratio"]
        assert isinstance(ratio, float) and 0 < ratio < 0.6, finding
        assert (
            "Verified with hypopg: the planner uses it for 1 of the 1 statement(s) it planned;"
            " their estimated cost, weighted by calls, falls to "
        ) in finding.message
    # nothing stayed behind: hypothetical indexes are the session's, and the scan's is gone
    with psycopg.connect(hypopg_database) as conn:
        assert conn.execute("SELECT count(*) FROM hypopg_list_indexes").fetchone() == (0,)
        assert conn.execute(
            "SELECT count(*) FROM pg_indexes WHERE tablename IN ('trades', 'ai_decisions')"
        ).fetchone() == (2,)


# A function of the database's own (its owner is no superuser) that the planner would fold:
# immutable, no arguments. Planning a statement that calls it would run it as the scanning
# role; it leaves a row behind through dblink (the scan's transaction is read-only), naming
# who ran it.
PLANTED = """
CREATE EXTENSION IF NOT EXISTS dblink;
CREATE TABLE planted (who text);
CREATE FUNCTION public.open_status() RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  PERFORM dblink_exec({dsn}, 'INSERT INTO planted VALUES (' || quote_literal(current_user)
                             || ')');
  RETURN 'open';
END $$;
ALTER FUNCTION public.open_status() OWNER TO {owner};
"""


def test_hypopg_never_plans_a_statement_that_calls_the_databases_own_function(
    hypopg_database: str,
) -> None:
    owner = f"dbaudit_app_{os.getpid()}"
    with psycopg.connect(hypopg_database, autocommit=True) as conn:
        dsn = sql.Literal(hypopg_database).as_string(conn)
        conn.execute(sql.SQL("CREATE ROLE {}").format(sql.Identifier(owner)))
    planted = PLANTED.format(dsn=dsn, owner=owner)

    def workload(conn: psycopg.Connection[Any]) -> None:
        conn.execute(planted.encode())
        trading_workload(conn)
        for i in range(120):  # the application's statement, calling its own function
            conn.execute(
                "SELECT * FROM ai_decisions WHERE symbol = %s AND status = open_status()",
                (f"SYM{i % 400}",),
            ).fetchall()
        conn.execute("CREATE EXTENSION hypopg")
        conn.execute("TRUNCATE planted")  # the rows the workload's own planning left

    try:
        run_workload(hypopg_database, TRADING, workload)
        found = {f.object.display(): f for f in findings(hypopg_database, "IDX003")}
        with psycopg.connect(hypopg_database) as conn:
            assert conn.execute("SELECT who FROM planted").fetchall() == []
    finally:
        with psycopg.connect(hypopg_database, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(owner)))
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(owner)))
    # (before: two rows, "postgres": its baseline plan and its plan with the index)
    hostile = found["public.ai_decisions(symbol, status)"]
    assert hostile.message.endswith(
        "Unverified: its statements may call the database's own functions (or views,"
        " operators or casts that do), which planning could run as the scanning role, so"
        " they were not planned and it is unverified."
    )
    # the statements that call only built-ins are still planned and verified
    assert "Verified with hypopg" in found["public.trades(symbol, executed_at)"].message


# ---- OPS009: row-at-a-time writes; OPS010: check-then-insert ------------------------------------

ASSETS = """
CREATE TABLE broker_assets (id text PRIMARY KEY, symbol text NOT NULL UNIQUE, name text NOT NULL,
                            tradable boolean NOT NULL, price_increment numeric(18, 8));
CREATE TABLE positions (id text PRIMARY KEY, symbol text NOT NULL, quantity numeric NOT NULL);
CREATE TABLE fills (id serial PRIMARY KEY, order_id int NOT NULL, qty int NOT NULL);
"""


def upsert_one_at_a_time(conn: psycopg.Connection[Any], assets: int = 600) -> None:
    """bulkUpsertBrokerAssets as the seed's code runs it, and a position sync that checks
    each symbol before inserting it."""
    for n in range(assets):
        symbol = f"A{n:04}"
        if not conn.execute("SELECT id FROM broker_assets WHERE symbol = %s", (symbol,)).fetchone():
            conn.execute(
                "INSERT INTO broker_assets (id, symbol, name, tradable, price_increment)"
                " VALUES (%s, %s, %s, %s, %s)",
                (symbol.lower(), symbol, f"Asset {symbol}", True, 0.01),
            )
    for n in range(100):
        symbol = f"P{n:03}"
        if not conn.execute(
            "SELECT id FROM positions WHERE symbol = %s LIMIT 1", (symbol,)
        ).fetchone():
            conn.execute(
                "INSERT INTO positions (id, symbol, quantity) VALUES (%s, %s, %s)",
                (symbol.lower(), symbol, 1),
            )


def batched(conn: psycopg.Connection[Any]) -> None:
    """The same work done right: batches, and the check and the write in one statement."""
    for batch in range(100):
        symbols = [f"A{batch:02}{n:02}" for n in range(6)]
        conn.execute(
            "INSERT INTO broker_assets (id, symbol, name, tradable, price_increment)"
            " SELECT lower(s), s, 'Asset ' || s, true, 0.01 FROM unnest(%s::text[]) s"
            " ON CONFLICT (symbol) DO UPDATE SET name = EXCLUDED.name",
            (symbols,),
        )
    for n in range(100):
        symbol = f"P{n:03}"
        conn.execute(
            "INSERT INTO positions (id, symbol, quantity) VALUES (%s, %s, %s)"
            " ON CONFLICT (id) DO NOTHING",
            (symbol.lower(), symbol, 1),
        )
    for n in range(600):
        # a lookup by a reference column that returns several rows is no existence check,
        # and two rows per INSERT is a batch
        conn.execute("SELECT * FROM fills WHERE order_id = %s", (n % 10,)).fetchall()
        conn.execute(
            "INSERT INTO fills (order_id, qty) VALUES (%s, %s), (%s, %s)", (n % 10, 1, n % 10, 2)
        )


def test_single_row_inserts_called_many_times_are_reported_with_the_batch_form(
    stats_database: str,
) -> None:
    run_workload(stats_database, ASSETS, upsert_one_at_a_time)
    (finding,) = findings(stats_database, "OPS009")
    assert (finding.object.display(), finding.severity.value, finding.rule) == (
        "public.broker_assets",
        "medium",
        "row-at-a-time/insert",
    )
    assert dict(finding.evidence) == {"statements": 1, "calls": 600, "rows_per_call": 1.0}
    assert finding.message.startswith(
        "public.broker_assets is written one row per statement: 600 single-row INSERTs"
        " (1.0 rows per call) by queryid "
    )
    assert finding.remediation == (
        "-- One statement for the whole batch, the same for any batch size: one array per column.\n"
        'INSERT INTO "public"."broker_assets"'
        ' ("id", "symbol", "name", "tradable", "price_increment")\n'
        'SELECT * FROM unnest($1::"pg_catalog"."text"[], $2::"pg_catalog"."text"[],'
        ' $3::"pg_catalog"."text"[], $4::"pg_catalog"."bool"[], $5::"pg_catalog"."numeric"[])\n'
        ";"
    )
    # positions: 100 single-row INSERTs, fewer than row_at_a_time_min_calls (500)
    assert [
        f.object.table for f in findings(stats_database, "OPS009", row_at_a_time_min_calls=100)
    ] == [
        "broker_assets",
        "positions",
    ]


def test_select_then_insert_is_reported_high_without_a_unique_key_low_with_one(
    stats_database: str,
) -> None:
    run_workload(stats_database, ASSETS, upsert_one_at_a_time)
    found = findings(stats_database, "OPS010")
    assert [(f.object.display(), f.severity.value, f.rule) for f in found] == [
        ("public.positions(symbol)", "high", "check-then-insert/no-unique"),
        ("public.broker_assets(symbol)", "low", "check-then-insert/unique-violation"),
    ]
    positions, assets = found
    assert dict(positions.evidence) == {
        "insert_calls": 100,
        "lookup_calls": 100,
        "lookup_rows_per_call": 0.0,
    }
    assert '"SELECT id FROM positions WHERE symbol = $1 LIMIT $2": 100 calls' in positions.message
    assert "No unique constraint covers symbol: two sessions can both find nothing" in (
        positions.message
    )
    assert positions.remediation is not None
    assert (
        'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "positions_symbol_key"\n'
        '  ON "public"."positions" ("symbol");'
    ) in positions.remediation
    assert "fail with 23505, which the application must catch and retry" in assets.message
    assert assets.remediation is not None and "CREATE UNIQUE INDEX" not in assets.remediation


def test_batches_upserts_and_lookups_of_many_rows_are_not_reported(stats_database: str) -> None:
    run_workload(stats_database, ASSETS, batched)
    assert findings(stats_database, "OPS009") == []
    assert findings(stats_database, "OPS010") == []
