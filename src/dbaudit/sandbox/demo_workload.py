"""A short scripted workload for `dbaudit demo`, so the workload checks have something to see.

It replays the N+1 loops of the seed audit's trading platform (getTradesFiltered): list a page
of trades, then one query per trade for its AI decision and one for its strategy; and list
the orders, then fetch each order's fills one by one. pg_stat_statements records each loop's
lookup as one normalized statement called once per row, which OPS001 reports.
"""

from __future__ import annotations

import psycopg

# pg_stat_statements must be loaded at server start for the workload checks to see anything.
STATEMENT_STATS_SETTINGS = {"shared_preload_libraries": "pg_stat_statements"}
PAGE_VIEWS = 20  # times the application shows each page; each view runs its N+1 loop
APPLICATION_NAME = "trading-api (dbaudit demo workload)"


def enable_statement_stats(dsn: str) -> None:
    """Install pg_stat_statements in the database (its library is preloaded by the server)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")


def run_n_plus_one_workload(dsn: str, page_views: int = PAGE_VIEWS) -> None:
    """Run the trading API's N+1 loops over the example database, as its code does."""
    with psycopg.connect(dsn, autocommit=True, application_name=APPLICATION_NAME) as conn:
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
                    conn.execute(
                        "SELECT name FROM strategies WHERE id = %s", (strategy_id,)
                    ).fetchone()
            orders = conn.execute("SELECT id FROM orders ORDER BY created_at DESC").fetchall()
            for (order_id,) in orders:
                conn.execute(
                    "SELECT id, quantity, price FROM fills WHERE order_id = %s", (order_id,)
                ).fetchall()
        if conn.info.server_version >= 150000:
            # Table statistics reach the shared counters when the backend goes idle, at most
            # once a second; forcing it makes them visible before this returns.
            conn.execute("SELECT pg_stat_force_next_flush()")
