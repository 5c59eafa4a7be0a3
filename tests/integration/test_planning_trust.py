"""Which application statements IDX003 may plan (engine.planning_trust): none that could
call a function of the database's own, by name, through a view (of a view), an operator or
a cast; those that call only a superuser's functions are planned."""

from __future__ import annotations

import os
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import sql

from dbaudit.db.connect import connect
from dbaudit.db.session import read_only_session
from dbaudit.engine.planning_trust import PlanningTrust
from tests.conftest import TestDatabase

SCHEMA = """
CREATE TABLE trades (id int PRIMARY KEY, status text, symbol text);
CREATE FUNCTION public.open_status() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'open' $$;
CREATE FUNCTION public.Upper_Symbol(text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT upper($1) $$;
ALTER FUNCTION public.open_status() OWNER TO {owner};
ALTER FUNCTION public.upper_symbol(text) OWNER TO {owner};
CREATE VIEW open_trades AS SELECT * FROM trades WHERE status = open_status();
CREATE VIEW "Open Trades Again" AS SELECT * FROM open_trades;
CREATE VIEW plain_trades AS SELECT * FROM trades WHERE status = lower('OPEN');
"""


@pytest.fixture
def owner(database: TestDatabase) -> Iterator[str]:
    """A role that is no superuser, to own the database's functions."""
    name = f"dbaudit_owner_{os.getpid()}"
    with psycopg.connect(database.dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {}").format(sql.Identifier(name)))
    try:
        yield name
    finally:
        with psycopg.connect(database.dsn, autocommit=True) as conn:
            conn.execute(
                sql.SQL("REASSIGN OWNED BY {} TO CURRENT_USER").format(sql.Identifier(name))
            )
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))


def _may_plan(dsn: str, statements: list[str]) -> list[bool]:
    with (
        connect(dsn, statement_timeout_ms=10000, lock_timeout_ms=1000) as conn,
        read_only_session(conn) as session,
    ):
        trust = PlanningTrust(session)
        return [trust.may_plan(text) for text in statements]


def test_statements_that_may_call_the_databases_functions_are_not_planned(
    database: TestDatabase, owner: str
) -> None:
    database.load(SCHEMA.format(owner=sql.Identifier(owner).as_string(None)))
    statements = {
        "SELECT * FROM trades WHERE symbol = $1 AND status = lower($2)": True,
        "SELECT * FROM plain_trades WHERE symbol = $1": True,  # its view calls a built-in
        "SELECT * FROM trades WHERE status = open_status()": False,
        "SELECT * FROM trades WHERE status = public.OPEN_STATUS()": False,
        'SELECT * FROM trades WHERE symbol = "upper_symbol"($1)': False,
        "SELECT * FROM open_trades WHERE symbol = $1": False,  # through its view
        'SELECT * FROM "Open Trades Again" WHERE symbol = $1': False,  # a view of that view
        "SELECT * FROM trades WHERE status = 'unterminated": False,  # unreadable: not planned
    }
    assert dict(zip(statements, _may_plan(database.dsn, list(statements)), strict=True)) == (
        statements
    )


def test_an_operator_of_the_databases_own_stops_all_planning(
    database: TestDatabase, owner: str
) -> None:
    database.load(
        SCHEMA.format(owner=sql.Identifier(owner).as_string(None))
        + "CREATE OPERATOR === (LEFTARG = text, RIGHTARG = text, FUNCTION = texteq);"
        + "CREATE FUNCTION same(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE"
        + " AS $$ SELECT $1 = $2 $$;"
        + f"ALTER FUNCTION same(text, text) OWNER TO {sql.Identifier(owner).as_string(None)};"
        + "CREATE OPERATOR ~=~ (LEFTARG = text, RIGHTARG = text, FUNCTION = same);"
    )
    assert _may_plan(database.dsn, ["SELECT * FROM trades WHERE symbol = $1"]) == [False]
