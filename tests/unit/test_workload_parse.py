"""The workload parser on pg_stat_statements' normalized texts: what each statement reads,
how it uses each column, and what kind of write it is."""

from __future__ import annotations

from dbaudit.workload.facts import Fact, Role, StatementKind, Workload
from dbaudit.workload.parse import parse_statement


def _facts(text: str) -> set[tuple[str | None, str, str | None, str, int]]:
    shape = parse_statement(text)
    assert shape is not None
    return {(f.schema, f.table, f.column, f.role.value, f.position) for f in shape.facts}


def test_equality_range_and_order_by_with_limit() -> None:
    text = (
        "SELECT id, strategy_id FROM trades WHERE symbol = $1 AND executed_at >= $2"
        " ORDER BY executed_at DESC LIMIT $3"
    )
    shape = parse_statement(text)
    assert shape is not None
    assert shape.kind is StatementKind.SELECT
    assert shape.plain_select and shape.has_limit and shape.has_where
    assert _facts(text) == {
        (None, "trades", None, "read", 0),
        (None, "trades", "symbol", "eq", 0),
        (None, "trades", "executed_at", "range", 0),
        (None, "trades", "executed_at", "order", 1),
    }


def test_aliases_joins_in_lists_and_constant_predicates() -> None:
    text = (
        "SELECT t.id, s.name FROM public.trades t JOIN strategies AS s ON s.id = t.strategy_id"
        " WHERE t.status IN ($1, $2) AND s.is_active AND t.pnl IS NOT NULL"
        " AND NOT t.archived AND t.order_id = ANY($3) AND t.price BETWEEN $4 AND $5"
    )
    assert _facts(text) == {
        ("public", "trades", None, "read", 0),
        (None, "strategies", None, "read", 0),
        ("public", "trades", "status", "in", 0),
        (None, "strategies", "is_active", "is_true", 0),
        ("public", "trades", "pnl", "not_null", 0),
        ("public", "trades", "archived", "is_false", 0),
        ("public", "trades", "order_id", "in", 0),
        ("public", "trades", "price", "range", 0),
        (None, "strategies", "id", "join", 0),
        ("public", "trades", "strategy_id", "join", 0),
    }


def test_an_unqualified_column_of_a_join_goes_to_every_table_and_or_is_left_out() -> None:
    text = "SELECT a FROM t1, t2 WHERE t1.x = t2.y AND z = $1 AND (p = $2 OR q = $3)"
    assert _facts(text) == {
        (None, "t1", None, "read", 0),
        (None, "t2", None, "read", 0),
        (None, "t1", "x", "join", 0),
        (None, "t2", "y", "join", 0),
        (None, "t1", "z", "eq", 0),
        (None, "t2", "z", "eq", 0),
    }


def test_quoted_names_keep_their_case_and_casts_are_seen_through() -> None:
    assert _facts('select * from "Weird"."T" where "Col" = $1::int AND Other = $2') == {
        ("Weird", "T", None, "read", 0),
        ("Weird", "T", "Col", "eq", 0),
        ("Weird", "T", "other", "eq", 0),
    }


def test_ctes_and_subqueries_are_their_own_levels() -> None:
    text = (
        "WITH recent AS (SELECT trade_id FROM fills WHERE order_id = $1)"
        " SELECT * FROM trades WHERE id IN (SELECT trade_id FROM recent) AND symbol = $2"
    )
    assert _facts(text) == {
        (None, "fills", None, "read", 0),
        (None, "fills", "order_id", "eq", 0),
        (None, "trades", None, "read", 0),
        (None, "trades", "id", "in", 0),
        (None, "trades", "symbol", "eq", 0),
    }


def test_writes_single_row_multi_row_upsert_and_delete_without_where() -> None:
    single = parse_statement("INSERT INTO broker_assets (symbol, name) VALUES ($1,$2)")
    assert single is not None
    assert (single.kind, single.values_rows, single.on_conflict) == (StatementKind.INSERT, 1, False)
    assert single.facts == (
        Fact(None, "broker_assets", None, Role.WRITE),
        Fact(None, "broker_assets", "symbol", Role.WRITE, 1),
        Fact(None, "broker_assets", "name", Role.WRITE, 2),
    )
    multi = parse_statement("INSERT INTO t (a, b) VALUES ($1,$2),($3,$4),($5,$6)")
    assert multi is not None and multi.values_rows == 3
    upsert = parse_statement(
        "INSERT INTO broker_assets (symbol) VALUES ($1) ON CONFLICT (symbol) DO NOTHING"
    )
    assert upsert is not None and upsert.on_conflict and upsert.values_rows == 1
    batch = parse_statement("INSERT INTO t (a) SELECT * FROM unnest($1::int[])")
    assert batch is not None and batch.values_rows is None
    delete_all = parse_statement("DELETE FROM positions")
    assert delete_all is not None
    assert (delete_all.kind, delete_all.has_where) == (StatementKind.DELETE, False)
    update = parse_statement("UPDATE broker_assets SET name = $1 WHERE symbol = $2")
    assert update is not None and update.has_where
    assert Fact(None, "broker_assets", "symbol", Role.EQ) in update.facts


def test_locking_and_data_modifying_selects_are_not_plain() -> None:
    locking = parse_statement("SELECT * FROM t WHERE a = $1 FOR UPDATE")
    assert locking is not None and not locking.plain_select
    cte = parse_statement("WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d")
    assert cte is not None and not cte.plain_select


def test_utility_statements_are_other_and_garbage_is_unparsed() -> None:
    for text in ("SET search_path = $1", "SAVEPOINT dbaudit_1", "BEGIN", "VACUUM t"):
        shape = parse_statement(text)
        assert shape is not None and shape.kind is StatementKind.OTHER, text
    assert parse_statement("SELECT ((( FROM") is None


def test_the_params_are_one_array_per_column() -> None:
    params = Workload().as_params()
    assert params["wl_queryid"] == [] and params["wlf_role"] == []
    assert params["wl_unparsed"] == 0
