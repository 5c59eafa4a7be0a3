"""Writes, for the demo, `scan --sql` and tests only: never used on the audited database."""

from __future__ import annotations

from pathlib import Path

import psycopg
from psycopg import conninfo, sql

from dbaudit.db.connect import connect
from dbaudit.errors import DbauditError


def database_dsn(server_dsn: str, dbname: str) -> str:
    return conninfo.make_conninfo(server_dsn, dbname=dbname)


def create_database(server_dsn: str, dbname: str) -> str:
    """Create an empty database and return its DSN."""
    with psycopg.connect(server_dsn, autocommit=True) as conn:
        conn.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(dbname))
        )
    return database_dsn(server_dsn, dbname)


def drop_database(server_dsn: str, dbname: str) -> None:
    with psycopg.connect(server_dsn, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(dbname))
        )


def apply_sql(dsn: str, text: str, source: str) -> None:
    """Run a SQL script (many statements, no psql meta-commands) in one transaction.

    A failing statement is reported as `source:line: server message`.
    """
    conn = connect(dsn, statement_timeout_ms=0, lock_timeout_ms=0, read_only=False)
    try:
        with conn.transaction():
            conn.execute(text.encode())
    except psycopg.Error as error:
        position = error.diag.statement_position
        line = text[: int(position) - 1].count("\n") + 1 if position else 1
        message = (error.diag.message_primary or str(error)).strip()
        raise DbauditError(f"{source}:{line}: {message}") from None
    finally:
        conn.close()


def apply_sql_files(dsn: str, paths: list[Path]) -> None:
    for path in paths:
        apply_sql(dsn, path.read_text(encoding="utf-8"), str(path))
