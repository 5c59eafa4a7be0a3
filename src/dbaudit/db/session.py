"""The scan's one transaction: READ ONLY, REPEATABLE READ, each query isolated by a savepoint."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import dict_row


class QueryFailed(Exception):
    """A query failed or was cancelled; the transaction is intact and the scan goes on."""

    def __init__(self, message: str, *, timed_out: bool) -> None:
        super().__init__(message)
        self.timed_out = timed_out


@dataclass(frozen=True)
class ServerInfo:
    database: str
    version: str  # e.g. "15.20"
    version_num: int  # e.g. 150020


class ReadOnlySession:
    """Runs queries inside one read-only snapshot, so every check sees the same database."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self._conn = conn
        self._savepoints = 0
        self.server = ServerInfo(
            database=conn.info.dbname,
            # "15.20 (Debian 15.20-0+deb12u1)" -> "15.20"
            version=(conn.info.parameter_status("server_version") or "").split(" ")[0],
            version_num=conn.info.server_version,
        )

    @property
    def backend_pid(self) -> int:
        return self._conn.info.backend_pid

    def fetch(self, query: str, params: Mapping[str, object] | None) -> list[dict[str, Any]]:
        """Run one query; a failure or timeout rolls back to before it and raises QueryFailed.

        `params` None: the text goes to the server as it is (no %-placeholders read in it).
        """
        return self._run(query, params, rows=True)

    def execute(self, statement: str) -> None:
        """A statement that returns no rows (PREPARE, DEALLOCATE), isolated like fetch()."""
        self._run(statement, None, rows=False)

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
                cur.execute(f"ROLLBACK TO SAVEPOINT {name}")
                raise QueryFailed(_first_line(error), timed_out=True) from None
            except psycopg.DatabaseError as error:
                cur.execute(f"ROLLBACK TO SAVEPOINT {name}")
                raise QueryFailed(_first_line(error), timed_out=False) from None
            cur.execute(f"RELEASE SAVEPOINT {name}")
        return result

    def cancel(self) -> None:
        """Cancel the query running now, from another thread (an interrupted scan)."""
        if not self._conn.closed:
            self._conn.cancel_safe(timeout=5)

    def export_snapshot(self) -> str:
        """The id of this transaction's snapshot, for other transactions to import (--jobs).

        Not in a savepoint: a subtransaction cannot export. A failure aborts the scan's
        transaction, so it raises QueryFailed for the scan to stop on.
        """
        try:
            row = self._conn.execute("SELECT pg_export_snapshot()").fetchone()
        except psycopg.DatabaseError as error:
            raise QueryFailed(_first_line(error), timed_out=False) from None
        assert row is not None
        return str(row[0])


def _first_line(error: psycopg.Error) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


@contextmanager
def read_only_session(
    conn: psycopg.Connection[Any], *, snapshot: str | None = None
) -> Iterator[ReadOnlySession]:
    """Open the scan transaction; it is always rolled back: a scan never writes.

    `snapshot`: an id from pg_export_snapshot() in the scan's transaction; this transaction
    then sees exactly what that one sees (a --jobs worker).
    """
    conn.autocommit = True
    conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    try:
        if snapshot is not None:
            # A utility statement takes no bind parameters: the id goes in as a quoted literal.
            conn.execute(sql.SQL("SET TRANSACTION SNAPSHOT {}").format(sql.Literal(snapshot)))
        # Catalog queries are cheap but their cost estimates are not: past jit_above_cost
        # the server JIT-compiles each one, ~0.3 s apiece, more than the query itself
        # (seconds per scan of a large schema). On data checks JIT saves little.
        conn.execute("SET LOCAL jit = off")
        yield ReadOnlySession(conn)
    finally:
        if not conn.closed:
            conn.execute("ROLLBACK")
