"""`--jobs N`: N more connections reading the scan's own snapshot, for the checks' queries.

The scan's transaction exports its snapshot (pg_export_snapshot); each worker opens a READ
ONLY, REPEATABLE READ transaction and imports it (SET TRANSACTION SNAPSHOT) before any query,
so every worker sees exactly the database the serial scan sees: parallel results are the
serial ones. Workers run without the server's per-query parallel workers: they are the
parallelism. A worker is a thread with its own connection; psycopg releases the GIL while it
waits on the server, which is where a check spends its time.
"""

from __future__ import annotations

import queue
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from typing import Any

from dbaudit.db.session import QueryFailed, ReadOnlySession, read_only_session
from dbaudit.errors import DbauditError

Rows = list[dict[str, Any]]


class SnapshotWorkers:
    """Runs queries on whichever worker connection is free; results come back as futures."""

    def __init__(self, sessions: list[ReadOnlySession]) -> None:
        self._sessions = sessions
        self._stopping = False
        self._free: queue.SimpleQueue[ReadOnlySession] = queue.SimpleQueue()
        for session in sessions:
            self._free.put(session)
        self.size = len(sessions)
        self.backend_pids = [session.backend_pid for session in sessions]
        self._threads = ThreadPoolExecutor(len(sessions), thread_name_prefix="dbaudit-job")

    def submit(self, query: str, params: Mapping[str, object]) -> Future[Rows]:
        return self._threads.submit(self._run, query, params)

    def _run(self, query: str, params: Mapping[str, object]) -> Rows:
        # As many threads as sessions: a running task always finds one free.
        session = self._free.get()
        try:
            if self._stopping:
                raise QueryFailed("the scan was interrupted", timed_out=False)
            return session.fetch(query, params)
        finally:
            self._free.put(session)

    def stop(self) -> None:
        """Run no more queries, and cancel the running ones (Ctrl-C, or a lost connection)."""
        self._stopping = True
        for session in self._sessions:
            session.cancel()

    def shutdown(self, *, interrupted: bool = False) -> None:
        if interrupted:
            self.stop()
        self._threads.shutdown(wait=True, cancel_futures=True)


def export_snapshot(session: ReadOnlySession) -> str:
    try:
        return session.export_snapshot()
    except QueryFailed as error:
        raise DbauditError(
            f"--jobs needs the scan's snapshot exported to its workers, and the server "
            f"refused: {error}",
            "raise --statement-timeout" if error.timed_out else "scan with --jobs 1",
        ) from None


@contextmanager
def snapshot_workers(
    session: ReadOnlySession,
    jobs: int,
    open_connection: Callable[[], Any],
    *,
    statement_timeout_ms: int = 0,
) -> Iterator[SnapshotWorkers]:
    """`jobs` worker sessions in `session`'s snapshot, opened with `open_connection` (the
    scan's own settings: timeouts, application_name, read-only by default), each with the
    client-side deadline of `statement_timeout_ms` (see read_only_session)."""
    snapshot = export_snapshot(session)
    with ExitStack() as stack:
        sessions = []
        for _ in range(jobs):
            conn = open_connection()
            stack.callback(conn.close)
            worker = stack.enter_context(
                read_only_session(
                    conn, snapshot=snapshot, statement_timeout_ms=statement_timeout_ms
                )
            )
            # N workers are the parallelism: the server's own parallel workers (Gather) on top
            # compete for the same cores. bench/jobs.py, data case on 2 cores: 2 connections
            # took 4.5 s with Gather, 3.2 s without (one connection with Gather: 4.9 s).
            conn.execute("SET LOCAL max_parallel_workers_per_gather = 0")
            sessions.append(worker)
        workers = SnapshotWorkers(sessions)
        try:
            yield workers
        except BaseException:
            workers.shutdown(interrupted=True)  # Ctrl-C: stop the queries, do not wait them out
            raise
        finally:
            workers.shutdown()
