"""A scripted workload for `dbaudit demo`, so the workload checks have something to see.

It replays what the seed audit's trading platform does (server/storage.ts):
- months of history: the trades and AI decisions a live platform has accumulated, loaded by
  one backfill statement per table (as a migration from the previous system would);
- the N+1 loops of getTradesFiltered: list a page of trades, then one query per trade for
  its AI decision and one for its strategy; list the orders, then each order's fills (OPS001);
- the listings the seed's section 7.2 indexes are for: trades by symbol, newest first; trades
  in a time range; pending decisions, oldest first; a symbol's decisions; active strategies
  (IDX003; strategies is too small to need an index, and says so by not being proposed);
- getPositions and getStrategies with no LIMIT (7.4, OPS008);
- bulkUpsertBrokerAssets: one upsertBrokerAsset per asset, each a SELECT by symbol then an
  UPDATE or a single-row INSERT (7.3 and 2.2, OPS009 and OPS010);
- syncPositionsFromAlpaca's per-symbol lookup, then an INSERT (2.2, OPS010).
Then ANALYZE, as autovacuum would have done on the live database: the index proposals read
the columns' statistics.

Every generated row is valid (positive quantities, past times, existing strategies), so the
example's planted defects keep their exact counts (examples/trading/EXPECTED.md).
"""

from __future__ import annotations

from typing import Any

import psycopg

# pg_stat_statements must be loaded at server start for the workload checks to see anything.
STATEMENT_STATS_SETTINGS = {"shared_preload_libraries": "pg_stat_statements"}
PAGE_VIEWS = 20  # times the application shows each page; each view runs its N+1 loop
LISTING_CALLS = 110  # calls of each filtered listing (IDX003 needs index_min_calls: 100)
HISTORY_TRADES = 15_000
HISTORY_DECISIONS = 11_000
BROKER_ASSETS = 600  # the broker's tradable assets, synced one at a time
SYNCED_POSITIONS = 150
APPLICATION_NAME = "trading-api (dbaudit demo workload)"
_STRATEGIES = ["strat-momentum", "strat-meanrev", "strat-breakout", "strat-earnings"]

_HISTORY_TRADES = """
INSERT INTO trades (id, strategy_id, symbol, side, quantity, price, pnl, status, executed_at)
SELECT 'th-' || lpad(g::text, 6, '0'), (%(strategies)s::text[])[g %% 4 + 1],
       'H' || lpad((g %% 400)::text, 3, '0'), CASE WHEN g %% 2 = 0 THEN 'buy' ELSE 'sell' END,
       1 + g %% 50, 10 + (g %% 5000) / 10.0,
       CASE WHEN g %% 2 = 1 THEN (g %% 200) - 100 END, 'filled',
       now() - interval '30 days' - g * interval '3 minutes'
  FROM generate_series(1, %(trades)s) g
"""
_HISTORY_DECISIONS = """
INSERT INTO ai_decisions (id, strategy_id, symbol, action, confidence, reasoning, status,
                          created_at)
SELECT 'dh-' || lpad(g::text, 6, '0'), (%(strategies)s::text[])[g %% 4 + 1],
       'H' || lpad((g %% 400)::text, 3, '0'), (ARRAY['buy', 'sell', 'hold'])[g %% 3 + 1],
       0.5 + (g %% 50) / 100.0, 'backfilled',
       CASE WHEN g %% 50 = 0 THEN 'pending' WHEN g %% 3 = 0 THEN 'skipped' ELSE 'executed' END,
       now() - interval '30 days' - g * interval '5 minutes'
  FROM generate_series(1, %(decisions)s) g
"""


def enable_statement_stats(dsn: str) -> None:
    """Install pg_stat_statements in the database (its library is preloaded by the server)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")


def run_demo_workload(dsn: str) -> None:
    """The platform's history, then its application's statements, then ANALYZE."""
    with psycopg.connect(dsn, autocommit=True, application_name=APPLICATION_NAME) as conn:
        sizes = {"strategies": _STRATEGIES, "trades": HISTORY_TRADES}
        conn.execute(_HISTORY_TRADES, sizes)
        conn.execute(_HISTORY_DECISIONS, {**sizes, "decisions": HISTORY_DECISIONS})
        _bulk_upsert_broker_assets(conn, BROKER_ASSETS)
        _sync_positions(conn, SYNCED_POSITIONS)
        _n_plus_one_loops(conn, PAGE_VIEWS)
        _listings(conn, LISTING_CALLS)
        conn.execute("ANALYZE")
        _flush(conn)


def run_n_plus_one_workload(dsn: str, page_views: int = PAGE_VIEWS) -> None:
    """Only the trading API's N+1 loops over the example database, as its code runs them."""
    with psycopg.connect(dsn, autocommit=True, application_name=APPLICATION_NAME) as conn:
        _n_plus_one_loops(conn, page_views)
        _flush(conn)


def _flush(conn: psycopg.Connection[Any]) -> None:
    if conn.info.server_version >= 150000:
        # Table statistics reach the shared counters when the backend goes idle, at most
        # once a second; forcing it makes them visible before this returns.
        conn.execute("SELECT pg_stat_force_next_flush()")


def _n_plus_one_loops(conn: psycopg.Connection[Any], page_views: int) -> None:
    for _ in range(page_views):
        trades = conn.execute(
            "SELECT id, strategy_id FROM trades ORDER BY executed_at DESC LIMIT 50"
        ).fetchall()
        for trade_id, strategy_id in trades:
            conn.execute(
                "SELECT id, action, confidence FROM ai_decisions"
                " WHERE executed_trade_id = %s LIMIT 1",
                (trade_id,),
            ).fetchone()
            if strategy_id is not None:
                conn.execute("SELECT name FROM strategies WHERE id = %s", (strategy_id,)).fetchone()
        orders = conn.execute("SELECT id FROM orders ORDER BY created_at DESC").fetchall()
        for (order_id,) in orders:
            conn.execute(
                "SELECT id, quantity, price FROM fills WHERE order_id = %s", (order_id,)
            ).fetchall()


def _listings(conn: psycopg.Connection[Any], calls: int) -> None:
    for i in range(calls):
        symbol = f"H{i % 400:03}"
        # getTradesFiltered({symbol}): a symbol's trades, newest first, one page
        conn.execute(
            "SELECT id, symbol, side, quantity, price, executed_at FROM trades"
            " WHERE symbol = %s ORDER BY executed_at DESC LIMIT %s",
            (symbol, 50),
        ).fetchall()
        # the daily P&L report: one day of trades
        conn.execute(
            "SELECT id, symbol, pnl FROM trades WHERE executed_at >= %s AND executed_at < %s"
            " ORDER BY executed_at",
            (f"2020-01-{i % 28 + 1:02} 00:00", f"2020-01-{i % 28 + 1:02} 23:59"),
        ).fetchall()
        # the executor's queue: pending decisions, oldest first
        conn.execute(
            "SELECT id, strategy_id, symbol, action FROM ai_decisions WHERE status = %s"
            " ORDER BY created_at LIMIT %s",
            ("pending", 20),
        ).fetchall()
        # getAiDecisions({symbol}): a symbol's latest decisions
        conn.execute(
            "SELECT id, action, confidence, status FROM ai_decisions WHERE symbol = %s"
            " ORDER BY created_at DESC LIMIT %s",
            (symbol, 20),
        ).fetchall()
        # getActiveStrategies(): a handful of rows, no index needed
        conn.execute("SELECT id, name, type FROM strategies WHERE is_active").fetchall()
        if i % 4 == 0:
            # getStrategies(), getPositions(): every row, no LIMIT (7.4)
            conn.execute("SELECT * FROM strategies").fetchall()
            conn.execute("SELECT * FROM positions").fetchall()


def _bulk_upsert_broker_assets(conn: psycopg.Connection[Any], count: int) -> None:
    """bulkUpsertBrokerAssets: for each asset, upsertBrokerAsset: SELECT, then UPDATE or
    INSERT, one statement at a time (the seed's 7.3 and 2.2)."""
    symbols = ["AAPL", "MSFT", "NVDA"] + [f"A{n:04}" for n in range(count - 3)]
    for n, symbol in enumerate(symbols):
        existing = conn.execute(
            "SELECT id FROM broker_assets WHERE symbol = %s", (symbol,)
        ).fetchone()
        if existing:
            conn.execute(
                "UPDATE broker_assets SET tradable = %s, updated_at = now() WHERE symbol = %s",
                (True, symbol),
            )
            continue
        conn.execute(
            "INSERT INTO broker_assets (id, symbol, name, exchange, tradable, min_order_size,"
            " price_increment) VALUES (%s, %s, %s, %s, %s, %s, %s)",
            (f"asset-{symbol.lower()}", symbol, f"Asset {symbol}", "NYSE", n % 7 != 0, 1, 0.01),
        )


def _sync_positions(conn: psycopg.Connection[Any], count: int) -> None:
    """The per-symbol part of syncing positions from the broker: look the symbol up, insert
    the position when it is not there (no unique key on positions.symbol: 2.2)."""
    for n in range(count):
        symbol = f"P{n:03}"
        found = conn.execute(
            "SELECT id FROM positions WHERE symbol = %s LIMIT 1", (symbol,)
        ).fetchone()
        if found is None:
            conn.execute(
                "INSERT INTO positions (id, strategy_id, symbol, side, quantity, entry_price)"
                " VALUES (%s, %s, %s, %s, %s, %s)",
                (f"ps-{n:04}", _STRATEGIES[n % 4], symbol, "long", 1 + n % 20, 25.5),
            )
