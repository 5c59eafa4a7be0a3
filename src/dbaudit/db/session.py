"""The scan's one transaction: READ ONLY, REPEATABLE READ, each query isolated by a savepoint."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from dbaudit.db.deadline import Deadline


class QueryFailed(Exception):
    """A query failed or was cancelled; the transaction is intact and the scan goes on."""

    def __init__(self, message: str, *, timed_out: bool) -> None:
        super().__init__(message)
        self.timed_out = timed_out


class ConnectionLost(Exception):
    """The connection to the server is gone (backend terminated, server stopped or frozen):
    no query can run on it any more, and the scan stops with what it has."""


@dataclass(frozen=True)
class ServerInfo:
    database: str
    version: str  # e.g. "15.20"
    version_num: int  # e.g. 150020


class ReadOnlySession:
    """Runs queries inside one read-only snapshot, so every check sees the same database."""

    def __init__(self, conn: psycopg.Connection[Any], deadline: Deadline | None = None) -> None:
        self._conn = conn
        self._deadline = deadline
        self._savepoints = 0
        self._lost: ConnectionLost | None = None
        self.server = ServerInfo(
            database=conn.info.dbname,
            # "15.20 (Debian 15.20-0+deb12u1)" -> "15.20"
            version=(conn.info.parameter_status("server_version") or "").split(" ")[0],
            version_num=conn.info.server_version,
        )

    @property
    def backend_pid(self) -> int:
        return self._conn.info.backend_pid

    @property
    def lost(self) -> bool:
        return self._lost is not None or self._conn.closed or self._conn.broken

    def fetch(self, query: str, params: Mapping[str, object] | None) -> list[dict[str, Any]]:
        """Run one query; a failure or timeout rolls back to before it and raises QueryFailed;
        a lost connection raises ConnectionLost (then and on every later call).

        `params` None: the text goes to the server as it is (no %-placeholders read in it).
        """
        return self._guarded(query, params, rows=True)

    def execute(self, statement: str) -> None:
        """A statement that returns no rows (PREPARE, DEALLOCATE), isolated like fetch()."""
        self._guarded(statement, None, rows=False)

    def _guarded(
        self, query: str, params: Mapping[str, object] | None, *, rows: bool
    ) -> list[dict[str, Any]]:
        if self._lost is not None:
            raise self._lost
        try:
            with _watched(self._deadline):
                return self._run(query, params, rows=rows)
        except psycopg.Error as error:
            if not (self._conn.closed or self._conn.broken):
                raise
            expired = self._deadline.expired if self._deadline else None
            self._lost = ConnectionLost(expired or _first_line(error))
            raise self._lost from None

    def _run(
        self, query: str, params: Mapping[str, object] | None, *, rows: bool
    ) -> list[dict[str, Any]]:
        self._savepoints += 1
        name = f"dbaudit_{self._savepoints}"
        with self._conn.cursor(row_factory=dict_row) as cur:
            cur.execute(f"SAVEPOINT {name}")
            try:
                cur.execute(query.encode() if params is None else query, params)
                result = cur.fetchall() if rows else []
            except (psycopg.errors.QueryCanceled, psycopg.errors.LockNotAvailable) as error:
                self._raise_if_broken(error)
                cur.execute(f"ROLLBACK TO SAVEPOINT {name}")
                raise QueryFailed(_first_line(error), timed_out=True) from None
            except psycopg.DatabaseError as error:
                self._raise_if_broken(error)
                cur.execute(f"ROLLBACK TO SAVEPOINT {name}")
                raise QueryFailed(_first_line(error) + _hint(error), timed_out=False) from None
            cur.execute(f"RELEASE SAVEPOINT {name}")
        return result

    def _raise_if_broken(self, error: psycopg.Error) -> None:
        # The error that broke the connection is what a person needs to read, not the next
        # one a ROLLBACK on it would give.
        if self._conn.closed or self._conn.broken:
            raise error

    def cancel(self) -> None:
        """Cancel the query running now, from another thread (an interrupted scan)."""
        if not self.lost:
            self._conn.cancel_safe(timeout=5)

    def export_snapshot(self) -> str:
        """The id of this transaction's snapshot, for other transactions to import (--jobs).

        Not in a savepoint: a subtransaction cannot export. A failure aborts the scan's
        transaction, so it raises QueryFailed for the scan to stop on.
        """
        try:
            with _watched(self._deadline):
                row = self._conn.execute("SELECT pg_export_snapshot()").fetchone()
        except psycopg.Error as error:
            if self._conn.closed or self._conn.broken:
                expired = self._deadline.expired if self._deadline else None
                raise ConnectionLost(expired or _first_line(error)) from None
            timed_out = isinstance(
                error, psycopg.errors.QueryCanceled | psycopg.errors.LockNotAvailable
            )
            raise QueryFailed(_first_line(error), timed_out=timed_out) from None
        assert row is not None
        return str(row[0])


def _hint(error: psycopg.Error) -> str:
    if isinstance(error, psycopg.errors.InsufficientPrivilege) and "row-level security" in str(
        error
    ):
        return (
            " (the scan turns row_security off so that no policy hides rows from its counts: "
            "scan as the table's owner or a role with BYPASSRLS)"
        )
    return ""


def _first_line(error: psycopg.Error) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _watched(deadline: Deadline | None) -> AbstractContextManager[None]:
    return deadline.running() if deadline is not None else nullcontext()


@contextmanager
def read_only_session(
    conn: psycopg.Connection[Any],
    *,
    snapshot: str | None = None,
    statement_timeout_ms: int = 0,
) -> Iterator[ReadOnlySession]:
    """Open the scan transaction; it is always rolled back: a scan never writes.

    `snapshot`: an id from pg_export_snapshot() in the scan's transaction; this transaction
    then sees exactly what that one sees (a --jobs worker). `statement_timeout_ms`, when not
    0: the client's own deadline for each statement too (a frozen server cannot hang it).
    """
    deadline = Deadline(conn, statement_timeout_ms / 1000) if statement_timeout_ms else None

    def execute(statement: str | sql.Composed) -> None:
        try:
            with _watched(deadline):
                conn.execute(statement)
        except psycopg.Error as error:
            if not (conn.closed or conn.broken):
                # A set-up statement cancelled or timed out (a 1 ms statement_timeout, a
                # loaded server): the scan's own error, said in one line, not a traceback.
                timed_out = isinstance(
                    error, (psycopg.errors.QueryCanceled, psycopg.errors.LockNotAvailable)
                )
                raise QueryFailed(_first_line(error), timed_out=timed_out) from None
            expired = deadline.expired if deadline else None
            raise ConnectionLost(expired or _first_line(error)) from None

    try:
        conn.autocommit = True
        execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            if snapshot is not None:
                # A utility statement takes no bind parameters: the id goes in as a literal.
                execute(sql.SQL("SET TRANSACTION SNAPSHOT {}").format(sql.Literal(snapshot)))
            # Pinned like pg_dump's session: the database's own schemas are never searched,
            # so a `public.pg_total_relation_size(oid)` or `"$user".quote_ident(name)` that
            # matches the checks' arguments better than pg_catalog's own cannot run as the
            # scanning role (CVE-2018-1058). Every user object the checks name is qualified.
            execute("SET LOCAL search_path = pg_catalog, pg_temp")
            # Row-level security would silently count fewer rows: off, a query of a table
            # whose policies apply to the scanning role fails, and the check says so.
            execute("SET LOCAL row_security = off")
            # The checks' SQL writes backslashes in plain '' literals (regular expressions):
            # a database set to standard_conforming_strings = off would read them as escapes.
            execute("SET LOCAL standard_conforming_strings = on")
            # Catalog queries are cheap but their cost estimates are not: past
            # jit_above_cost the server JIT-compiles each one, ~0.3 s apiece, more than the
            # query itself (seconds per scan of a large schema). On data checks JIT saves
            # little.
            execute("SET LOCAL jit = off")
            yield ReadOnlySession(conn, deadline)
        finally:
            if not (conn.closed or conn.broken):
                # A connection lost now takes the transaction with it: nothing to undo.
                with suppress(ConnectionLost, QueryFailed):
                    execute("ROLLBACK")
    finally:
        if deadline is not None:
            deadline.close()
