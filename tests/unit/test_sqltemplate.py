from __future__ import annotations

import pytest

from dbaudit.sql.quote import UnsafeValueError, derived_name
from dbaudit.sql.template import compile_sql, render_sql


def render(source: str, **context: object) -> str:
    return render_sql(compile_sql(source), server_version=160000, **context)


def test_identifiers_are_quoted_and_escaped() -> None:
    sql = render(
        "SELECT {{ c|ident }} FROM {{ s|qualified(t) }}", c='a"b', s="My Schema", t="select"
    )
    assert sql == 'SELECT "a""b" FROM "My Schema"."select"'


def test_a_list_of_names_becomes_a_quoted_list() -> None:
    assert render("({{ cols|ident }})", cols=["a", "B"]) == '("a", "B")'


@pytest.mark.parametrize("value", ["x'; DROP TABLE t; --", "plain", True])
def test_printing_a_value_into_sql_is_refused(value: object) -> None:
    with pytest.raises(UnsafeValueError, match="bind parameters"):
        render("SELECT {{ v }}", v=value)


def test_numbers_may_be_printed() -> None:
    assert render("LIMIT {{ n }}", n=5) == "LIMIT 5"


def test_keywords_come_from_an_allow_list() -> None:
    assert render("ON DELETE {{ p|keyword }}", p="set null") == "ON DELETE SET NULL"
    with pytest.raises(UnsafeValueError):
        render("ON DELETE {{ p|keyword }}", p="CASCADE; DROP TABLE x")


def test_comments_cannot_be_escaped_with_a_newline() -> None:
    assert render("-- {{ m|comment }}", m="a\nDROP TABLE t") == "-- a DROP TABLE t"


def test_literals_are_quoted() -> None:
    assert render("{{ v|literal }}", v="it's") == "'it''s'"


def test_derived_names_fit_in_63_bytes_and_are_deterministic() -> None:
    long_table = "t" * 60
    name = derived_name(long_table, ["column_a", "column_b"], "fk_idx")
    assert len(name.strip('"').encode()) <= 63
    assert name == derived_name(long_table, ["column_a", "column_b"], "fk_idx")
    assert name != derived_name(long_table, ["column_a", "column_c"], "fk_idx")
    assert derived_name("trades", ["order_id"], "fk_idx") == '"trades_order_id_fk_idx"'


def test_derived_names_cut_multibyte_names_on_a_character_boundary() -> None:
    name = derived_name("é" * 40, ["ü" * 10], "fk_idx")
    assert len(name.strip('"').encode()) <= 63
    name.encode("utf-8")  # no half characters


def test_catalog_macros_follow_the_server_version() -> None:
    v18 = render_sql(compile_sql("{{ catalog.foreign_keys() }}"), server_version=180000)
    v16 = render_sql(compile_sql("{{ catalog.foreign_keys() }}"), server_version=160000)
    assert "con.conenforced" in v18
    assert "con.conenforced" not in v16


def test_a_percent_from_a_name_or_value_is_doubled_in_query_text() -> None:
    # psycopg reads a query's text as a %-format string: a name's % must not be read as
    # a placeholder (one %) or collapse into another name (%% -> %).
    source = (
        "SELECT {{ c|ident }}, {{ v|literal }}, {{ s|qualified(t)|literal }}, '%%'"
        " FROM {{ s|qualified(t) }} -- {{ t|comment }}"
    )
    sql = render(source, c="100%", v="a%(x)s", s="p%", t="a%%b")
    assert sql == (
        'SELECT "100%%", \'a%%(x)s\', \'"p%%"."a%%%%b"\', \'%%\' FROM "p%%"."a%%%%b" -- a%%%%b'
    )


def test_fix_sql_keeps_a_percent_as_it_is() -> None:
    # fix scripts go to psql: no %-format step, so the names are printed as they are
    from dbaudit.sql.template import render_with, sql_variables

    template = compile_sql("DELETE FROM {{ s|qualified(t) }} WHERE {{ c|ident }} = {{ v|literal }}")
    sql = render_with(
        template, sql_variables(160000, {"s": "p%", "t": "a%%b", "c": "x%", "v": "%"})
    )
    assert sql == 'DELETE FROM "p%"."a%%b" WHERE "x%" = \'%\''
