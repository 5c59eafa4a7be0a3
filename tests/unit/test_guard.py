from __future__ import annotations

import pytest

from dbaudit.checks.guard import NotAQuery, Refusal, check_template_source, ensure_query


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


@pytest.mark.parametrize(
    ("sql", "function"),
    [
        ("SELECT dblink_exec('dbname=x', 'INSERT INTO t VALUES (1)')", "dblink_exec"),
        ("SELECT * FROM dblink('dbname=x', 'SELECT 1') AS t(a int)", "dblink"),
        ("SELECT pg_terminate_backend(pid) FROM pg_stat_activity", "pg_terminate_backend"),
        ("SELECT pg_cancel_backend(1)", "pg_cancel_backend"),
        ("SELECT set_config('default_transaction_read_only', 'off', false)", "set_config"),
        ("SELECT pg_catalog.set_config('a.b', 'c', true)", "set_config"),
        ("SELECT \"set_config\"('a.b', 'c', true)", "set_config"),
        ("SELECT pg_advisory_lock(1)", "pg_advisory_lock"),
        ("SELECT pg_try_advisory_xact_lock(1)", "pg_try_advisory_xact_lock"),
        ("SELECT lo_from_bytea(0, 'x')", "lo_from_bytea"),
        ("SELECT pg_read_file('/etc/passwd')", "pg_read_file"),
        ("SELECT pg_ls_dir('.')", "pg_ls_dir"),
        ("SELECT txid_current()", "txid_current"),
        ("SELECT pg_current_xact_id()", "pg_current_xact_id"),
        ("SELECT nextval('s')", "nextval"),
        ("SELECT pg_notify('c', 'x')", "pg_notify"),
        ("SELECT pg_sleep(10)", "pg_sleep"),
        ("SELECT query_to_xml('SELECT pg_sleep(1)', true, true, '')", "query_to_xml"),
        ("SELECT 1 FROM t WHERE pg_reload_conf()", "pg_reload_conf"),
    ],
)
def test_functions_with_side_effects_are_refused(sql: str, function: str) -> None:
    with pytest.raises(NotAQuery, match=rf"calls {function}\(\), which has side effects"):
        ensure_query(sql)


def test_a_function_outside_pg_catalog_is_refused() -> None:
    with pytest.raises(NotAQuery, match=r"calls public\.f\(\), outside pg_catalog"):
        ensure_query("SELECT public.f(1)")


def test_a_check_may_opt_in_to_a_function() -> None:
    ensure_query("SELECT pg_sleep(0)", ["pg_sleep"])
    ensure_query("SELECT public.f(1)", ["public.f"])


def test_names_in_strings_and_comments_are_not_calls() -> None:
    ensure_query("SELECT 'pg_sleep(1)' AS s -- set_config(\nFROM t")
    ensure_query("SELECT count(*), pg_catalog.pg_total_relation_size('t') FROM t")


def test_select_into_is_refused() -> None:
    with pytest.raises(NotAQuery, match="INTO"):
        ensure_query("SELECT * INTO copy FROM t")


@pytest.mark.parametrize(
    ("source", "line"),
    [
        ("SELECT 1\n  FROM t\n WHERE x = '{{ y }}\n", 3),  # an unclosed quote: a tokenizer error
        ("SELECT 1\n  FROM t\n WHERE ((", 3),  # a parse error
    ],
)
def test_sql_that_does_not_read_is_a_refusal_with_a_line(source: str, line: int) -> None:
    refusal = check_template_source(source)
    assert refusal is not None
    assert refusal.line == line
    assert "SQL does not" in refusal.reason


def test_a_template_with_blocks_is_checked_for_calls_on_every_branch() -> None:
    source = "SELECT 1\n{% if x %}\n FROM t\n{% else %}\n , pg_sleep(5)\n{% endif %}"
    refusal = check_template_source(source)
    assert refusal == Refusal(
        "calls pg_sleep(), which has side effects; a check may only read "
        "(list it in allow_functions to run it anyway)",
        5,
    )
