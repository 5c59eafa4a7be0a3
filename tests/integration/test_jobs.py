"""--jobs N: the checks' queries on N connections that import the scan's snapshot give exactly
the serial scan's result, and each worker sees that snapshot, not later commits."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import psycopg
import pytest

from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import CheckDefinition, CheckKind
from dbaudit.db.connect import connect
from dbaudit.db.parallel import SnapshotWorkers, snapshot_workers
from dbaudit.db.session import QueryFailed, read_only_session
from dbaudit.engine.scan import scan_database
from dbaudit.report.json_writer import report_dict
from dbaudit.settings.model import ScanSettings
from tests.conftest import TestDatabase


def _report(dsn: str, jobs: int, *, read_data: bool = True) -> dict[str, Any]:
    settings = ScanSettings(dsn=dsn, jobs=jobs, data_checks=read_data)
    document = report_dict(scan_database(settings, load_catalog()))
    del document["scan"]["started_at"], document["scan"]["duration_seconds"]
    return document


def _submitted_queries(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The queries the --jobs workers are given, from now on."""
    submitted: list[str] = []
    submit = SnapshotWorkers.submit

    def counting(self: SnapshotWorkers, query: str, params: Any) -> Any:
        submitted.append(query)
        return submit(self, query, params)

    monkeypatch.setattr(SnapshotWorkers, "submit", counting)
    return submitted


@pytest.mark.parametrize("jobs", [2, 3])
def test_parallel_scan_gives_the_serial_result(
    example_dsn: str, jobs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    serial = _report(example_dsn, 1)
    data_ids = {c.id for c in load_catalog() if c.kind is CheckKind.DATA}
    assert data_ids & {f["check_id"] for f in serial["findings"]}, "data checks found nothing"
    submitted = _submitted_queries(monkeypatch)
    parallel = _report(example_dsn, jobs)
    assert len(submitted) > jobs  # the data-check targets ran on the workers
    assert parallel["findings"] == serial["findings"]  # same findings, same order
    assert parallel == serial


def _open(dsn: str) -> psycopg.Connection[tuple[object, ...]]:
    return connect(dsn, statement_timeout_ms=4321, lock_timeout_ms=123)


def test_workers_read_the_exported_snapshot(database: TestDatabase) -> None:
    database.load("CREATE TABLE t (id int); INSERT INTO t VALUES (1), (2);")
    conn = _open(database.dsn)
    try:
        with read_only_session(conn) as session:
            session.fetch("SELECT count(*) FROM public.t", {})  # the snapshot is taken
            with snapshot_workers(session, 2, lambda: _open(database.dsn)) as workers:
                # Committed after the snapshot: the scan and its workers must not see it.
                database.load("INSERT INTO t VALUES (3), (4), (5);")
                assert database.query("SELECT count(*) FROM t") == [(5,)]
                counts = [
                    workers.submit("SELECT count(*) AS n FROM public.t", {}).result()
                    for _ in range(6)
                ]
                assert counts == [[{"n": 2}]] * 6
                assert session.fetch("SELECT count(*) AS n FROM public.t", {}) == [{"n": 2}]
    finally:
        conn.close()


def test_workers_connect_like_the_scan(database: TestDatabase) -> None:
    conn = _open(database.dsn)
    query = (
        "SELECT current_setting('statement_timeout') AS statement_timeout,"
        " current_setting('lock_timeout') AS lock_timeout,"
        " current_setting('application_name') AS application_name,"
        " current_setting('default_transaction_read_only') AS default_read_only,"
        " current_setting('transaction_read_only') AS read_only,"
        " current_setting('transaction_isolation') AS isolation,"
        " current_setting('jit') AS jit,"
        " current_setting('max_parallel_workers_per_gather') AS parallel_workers"
    )
    try:
        with read_only_session(conn) as session:
            main = session.fetch(query, {})
            with snapshot_workers(session, 2, lambda: _open(database.dsn)) as workers:
                worker = workers.submit(query, {}).result()
    finally:
        conn.close()
    assert worker[0].pop("parallel_workers") == "0"  # the workers are the parallelism
    main[0].pop("parallel_workers")
    assert worker == main
    assert main[0]["read_only"] == "on"
    assert main[0]["isolation"] == "repeatable read"
    assert main[0]["statement_timeout"] == "4321ms"


def test_a_failed_query_leaves_its_worker_usable(database: TestDatabase) -> None:
    def quick(dsn: str = database.dsn) -> psycopg.Connection[tuple[object, ...]]:
        return connect(dsn, statement_timeout_ms=200, lock_timeout_ms=100)

    conn = quick()
    try:
        with read_only_session(conn) as session, snapshot_workers(session, 1, quick) as workers:
            with pytest.raises(QueryFailed) as failed:
                workers.submit("SELECT 1 / 0", {}).result()
            assert not failed.value.timed_out
            with pytest.raises(QueryFailed) as slow:
                workers.submit("SELECT pg_sleep(5)", {}).result()
            assert slow.value.timed_out
            assert workers.submit("SELECT 7 AS n", {}).result() == [{"n": 7}]
    finally:
        conn.close()


def test_catalog_checks_run_on_the_workers_too(
    example_dsn: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    serial = _report(example_dsn, 1, read_data=False)
    submitted = _submitted_queries(monkeypatch)
    parallel = _report(example_dsn, 2, read_data=False)
    catalog_checks = [c for c in load_catalog() if c.kind is CheckKind.CATALOG]
    # Every catalog check's query, minus those skipped for a missing extension or privilege.
    assert len(submitted) >= len(catalog_checks) - len(serial["skipped"])
    assert serial["findings"]
    assert parallel == serial


FAILING_CHECK = """\
id: AAA002
title: A check whose query fails
severity: low
category: integrity
kind: catalog
description: Divides by zero.
rationale: A failed catalog query on a worker is that check's error, not the scan's end.
query: SELECT 'public' AS schema_name, 'x' AS table_name, 1 / 0 AS n
message: never
"""


def test_a_catalog_query_failing_on_a_worker_is_that_checks_error(
    example_dsn: str, tmp_path: Path
) -> None:
    (tmp_path / "AAA002.yaml").write_text(FAILING_CHECK)
    result = scan_database(ScanSettings(dsn=example_dsn, jobs=2), load_catalog([tmp_path]))
    assert [(e.check_id, e.target, e.timed_out) for e in result.errors] == [("AAA002", None, False)]
    assert "division by zero" in result.errors[0].message
    assert not result.complete
    assert {f.check_id for f in result.findings} >= {"FK001", "REF001"}  # the others ran


SLEEPING_CHECK = """\
id: AAA001
title: A check that sleeps
severity: low
category: operations
kind: catalog
description: Sleeps.
rationale: To prove an interrupted scan does not wait its queries out.
query: SELECT 'public' AS schema_name, 'x' AS table_name FROM pg_sleep(60)
message: never
allow_functions: [pg_sleep]
"""


def test_an_interrupted_scan_cancels_the_query_running_ahead(
    database: TestDatabase, tmp_path: Path
) -> None:
    (tmp_path / "AAA001.yaml").write_text(SLEEPING_CHECK)
    checks = load_catalog([tmp_path])
    assert checks[0].id == "AAA001"  # fetched first, while the scan waits in on_check

    def interrupt(check: CheckDefinition) -> None:
        raise KeyboardInterrupt

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        scan_database(ScanSettings(dsn=database.dsn, jobs=2), checks, on_check=interrupt)
    # Not a benchmark: only far below the 60 s the sleeping query would hold the scan.
    assert time.monotonic() - started < 30
    running = database.query(
        "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(60)%'"
        " AND pid <> pg_backend_pid()"
    )
    assert running == [(0,)]
