"""A check's case loaded into a scratch database: its SQL, the workload it scripts, and the
sessions it holds open while the scan runs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import psycopg

from dbaudit.checks.model import Case, HeldSession
from dbaudit.errors import DbauditError
from dbaudit.sandbox.demo_workload import enable_statement_stats
from dbaudit.sandbox.scratch import apply_sql, flush_statistics

# This database's statements only: on a shared server, other databases' statistics stay.
_RESET_THIS_DATABASE = (
    "SELECT pg_stat_statements_reset(0,"
    " (SELECT oid FROM pg_database WHERE datname = current_database()), 0)"
)


@contextmanager
def loaded_case(case: Case, dsn: str, source: str) -> Iterator[None]:
    """The case's SQL, then its workload, loaded; its sessions held open until the block
    ends (the scan runs inside it), then rolled back and closed.

    The table counters the SQL and the workload leave are flushed before the scan (the
    operations checks read them): on PostgreSQL 15+ they are there at once."""
    apply_sql(dsn, case.sql, f"{source}: case {case.name}", flush_stats=True)
    if case.workload:
        _run_workload(case, dsn, source)
    with ExitStack() as held:
        for session in case.sessions:
            held.enter_context(_held_session(session, dsn, f"{source}: case {case.name}"))
        yield


def _run_workload(case: Case, dsn: str, source: str) -> None:
    """Run its statements into pg_stat_statements, counted from zero (the statements that
    built the schema are forgotten)."""
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
            flush_statistics(conn)
    except psycopg.Error as error:
        message = (error.diag.message_primary or str(error)).strip()
        raise DbauditError(
            f"{source}: case {case.name}: workload: {message}",
            "a workload needs pg_stat_statements in shared_preload_libraries"
            if "pg_stat_statements" in message
            else None,
        ) from None


@contextmanager
def _held_session(session: HeldSession, dsn: str, where: str) -> Iterator[None]:
    """A client idle inside its transaction (psycopg opens one before the first statement)."""
    conn: psycopg.Connection[Any] | None = None
    try:
        conn = psycopg.connect(dsn, application_name=session.application)
        conn.execute(session.sql.encode())
    except psycopg.Error as error:
        if conn is not None:
            conn.close()
        message = (error.diag.message_primary or str(error)).strip()
        raise DbauditError(f"{where}: session {session.application}: {message}") from None
    try:
        yield
    finally:
        conn.rollback()
        conn.close()
