from __future__ import annotations

import pytest

from dbaudit.checks.guard import NotAQuery, ensure_query


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT schema_name FROM t WHERE x = %(p)s",
        "WITH a AS (SELECT 1 AS x) SELECT x FROM a",
        "SELECT 1 UNION ALL SELECT 2",
        "SELECT relname FROM pg_class WHERE relname LIKE 'pg%%'",
    ],
)
def test_queries_pass(sql: str) -> None:
    ensure_query(sql)


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("DELETE FROM t", "expected a SELECT"),
        ("SELECT 1; DROP TABLE t", "one SELECT"),
        ("WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d", "DELETE"),
        ("UPDATE t SET a = 1", "expected a SELECT"),
        ("SELECT * FROM t FOR UPDATE", "lock"),
        ("CREATE TABLE x (a int)", "expected a SELECT"),
        ("SET statement_timeout = 0", "expected a SELECT"),
    ],
)
def test_anything_else_is_refused(sql: str, reason: str) -> None:
    with pytest.raises(NotAQuery, match=reason):
        ensure_query(sql)
