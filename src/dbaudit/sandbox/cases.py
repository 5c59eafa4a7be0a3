"""A check's case loaded into a scratch database: its SQL, then the workload it scripts."""

from __future__ import annotations

import psycopg

from dbaudit.checks.model import Case
from dbaudit.errors import DbauditError
from dbaudit.sandbox.demo_workload import enable_statement_stats
from dbaudit.sandbox.scratch import apply_sql

# This database's statements only: on a shared server, other databases' statistics stay.
_RESET_THIS_DATABASE = (
    "SELECT pg_stat_statements_reset(0,"
    " (SELECT oid FROM pg_database WHERE datname = current_database()), 0)"
)


def load_case(case: Case, dsn: str, source: str) -> None:
    """Load the case's SQL; with a workload, run its statements into pg_stat_statements,
    counted from zero (the statements that built the schema are forgotten)."""
    apply_sql(dsn, case.sql, f"{source}: case {case.name}")
    if not case.workload:
        return
    try:
        enable_statement_stats(dsn)
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("ANALYZE")
            conn.execute(_RESET_THIS_DATABASE)
            for statement in case.workload:
                text = statement.sql.encode()
                binds = "%(i)s" in statement.sql
                for number in range(statement.calls):
                    conn.execute(text, {"i": number} if binds else None)
    except psycopg.Error as error:
        message = (error.diag.message_primary or str(error)).strip()
        raise DbauditError(
            f"{source}: case {case.name}: workload: {message}",
            "a workload needs pg_stat_statements in shared_preload_libraries"
            if "pg_stat_statements" in message
            else None,
        ) from None
