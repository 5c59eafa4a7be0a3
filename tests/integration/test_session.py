"""The scan transaction cannot write, and carries its timeouts and name."""

from __future__ import annotations

import pytest

from dbaudit.db.connect import connect
from dbaudit.db.session import QueryFailed, read_only_session
from tests.conftest import TestDatabase


def test_the_scan_transaction_refuses_writes_and_goes_on(database: TestDatabase) -> None:
    database.load("CREATE TABLE t (a int); INSERT INTO t VALUES (1);")
    conn = connect(database.dsn, statement_timeout_ms=1234, lock_timeout_ms=567)
    with read_only_session(conn) as session:
        with pytest.raises(QueryFailed, match="read-only transaction") as caught:
            session.fetch("DELETE FROM t", {})
        assert not caught.value.timed_out
        # the savepoint kept the transaction usable
        rows = session.fetch(
            "SELECT current_setting('transaction_read_only') AS ro,"
            " current_setting('transaction_isolation') AS iso,"
            " current_setting('statement_timeout') AS st,"
            " current_setting('lock_timeout') AS lt,"
            " current_setting('application_name') AS app",
            {},
        )
    conn.close()
    assert rows == [
        {"ro": "on", "iso": "repeatable read", "st": "1234ms", "lt": "567ms", "app": "dbaudit"}
    ]
    assert database.query("SELECT a FROM t") == [(1,)]


def test_a_statement_over_the_timeout_is_reported_as_timed_out(database: TestDatabase) -> None:
    conn = connect(database.dsn, statement_timeout_ms=100, lock_timeout_ms=100)
    with read_only_session(conn) as session:
        with pytest.raises(QueryFailed) as caught:
            session.fetch("SELECT pg_sleep(2)", {})
        assert caught.value.timed_out
        assert session.fetch("SELECT 1 AS one", {}) == [{"one": 1}]
    conn.close()
