"""A scan takes no lock stronger than ACCESS SHARE: it is safe next to a live workload.

The scan runs as a user runs it (a subprocess) on the example database, every check
included, plus a custom check that sleeps last: the scan's transaction then still holds every
lock its checks took. Meanwhile a second connection polls pg_locks for the scan's backend
(application_name = 'dbaudit').
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from dbaudit.resources import examples_dir
from tests.conftest import TestDatabase

# Sorted after every shipped check (checks run in id order), so it runs last.
SLEEP_LAST = """\
id: ZZSLEEP001
title: Holds the scan's transaction open
severity: low
category: operations
kind: catalog
description: Sleeps, so that the locks the other checks took can be read.
rationale: A test of the locks a scan takes.
query: SELECT 'public' AS schema_name, 'agent_status' AS table_name FROM pg_sleep(2)
message: slept
allow_functions: [pg_sleep]
"""

SCAN_LOCKS = """
SELECT l.locktype, l.mode, l.granted, c.relname::text AS relation
  FROM pg_locks l
  JOIN pg_stat_activity a ON a.pid = l.pid
  LEFT JOIN pg_class c ON c.oid = l.relation
 WHERE a.application_name = 'dbaudit' AND a.datname = current_database()
   AND l.pid <> pg_backend_pid()
"""


@pytest.mark.slow
def test_a_scan_takes_only_access_share_locks(database: TestDatabase, tmp_path: Path) -> None:
    trading = examples_dir() / "trading"
    database.load((trading / "schema.sql").read_text(), "schema.sql")
    database.load((trading / "data.sql").read_text(), "data.sql")
    (tmp_path / "ZZSLEEP001.yaml").write_text(SLEEP_LAST)
    seen: set[tuple[str, str, str | None]] = set()
    with psycopg.connect(database.dsn, autocommit=True) as observer:
        scan = subprocess.Popen(
            [sys.executable, "-m", "dbaudit", "scan", database.dsn, "--checks", str(tmp_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 120
            while scan.poll() is None and time.monotonic() < deadline:
                for locktype, mode, _granted, relation in observer.execute(SCAN_LOCKS):
                    seen.add((locktype, mode, relation))
                time.sleep(0.02)
            stdout, stderr = scan.communicate(timeout=60)
        finally:
            if scan.poll() is None:
                scan.kill()
    assert scan.returncode in (0, 1), stdout + stderr  # 2 would be an incomplete scan
    relation_locks = {
        (mode, relation) for locktype, mode, relation in seen if locktype == "relation"
    }
    # the poll saw the scan at work: the tables its data checks read are among the locks
    assert {"fills", "positions", "orders", "agent_status"} <= {r for _, r in relation_locks}
    assert {mode for mode, _ in relation_locks} == {"AccessShareLock"}, sorted(relation_locks)
    # besides relation locks, only the transaction's own virtual xid: a read-only
    # transaction is never given a transaction id, so it cannot block or be waited on as one
    assert {locktype for locktype, _, _ in seen} <= {"relation", "virtualxid"}, seen
