"""Writes, for the demo, `scan --sql` and tests only: never used on the audited database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg import conninfo, sql
from sqlglot import TokenType
from sqlglot.dialects.postgres import Postgres
from sqlglot.errors import TokenError

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


# The role `scan --sql` runs the files as. A pull request's migrations are code from anyone:
# as a superuser, `COPY ... FROM PROGRAM` or an untrusted language runs shell commands in the
# CI job. This role owns the scratch database (so CREATE TABLE/SCHEMA/trusted extensions work)
# and nothing else. The files are run over its own connection, not after `SET ROLE`, which a
# file could undo with `RESET ROLE`.
FILES_ROLE = "dbaudit_sql_files"


@dataclass(frozen=True)
class ScratchDatabase:
    dsn: str  # as the server's superuser: dbaudit's own work (scan, demo workload)
    files_dsn: str  # as FILES_ROLE, the database's owner: the SQL files


@contextmanager
def unprivileged_database(
    server_dsn: str, dbname: str, extensions: tuple[str, ...] = ()
) -> Iterator[ScratchDatabase]:
    """A scratch database owned by FILES_ROLE (created for it, dropped with it).

    `extensions` are created first, by the superuser: ones the role may not create (not
    marked trusted), which the user vouches for; the files' `CREATE EXTENSION IF NOT
    EXISTS` then finds them. Only for dbaudit's own scratch server: it creates a role.
    """
    role = sql.Identifier(FILES_ROLE)
    with psycopg.connect(server_dsn, autocommit=True) as conn:
        conn.execute(
            sql.SQL(
                "CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
            ).format(role)
        )
        conn.execute(
            sql.SQL("CREATE DATABASE {} OWNER {} TEMPLATE template0").format(
                sql.Identifier(dbname), role
            )
        )
    dsn = database_dsn(server_dsn, dbname)
    try:
        if extensions:
            with psycopg.connect(dsn, autocommit=True) as conn:
                for name in extensions:
                    create = sql.SQL("CREATE EXTENSION IF NOT EXISTS {} CASCADE")
                    try:
                        conn.execute(create.format(sql.Identifier(name)))
                    except psycopg.Error as error:
                        message = (error.diag.message_primary or str(error)).strip()
                        raise DbauditError(f"--sql-extension {name}: {message}") from None
        yield ScratchDatabase(dsn, conninfo.make_conninfo(dsn, user=FILES_ROLE))
    finally:
        drop_database(server_dsn, dbname)
        with psycopg.connect(server_dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(role))


@dataclass(frozen=True)
class Statement:
    text: str  # from just after the previous `;`: comments and blank lines included
    text_line: int  # the line `text` starts on
    line: int  # the line of the statement's first word

    def line_of(self, position: int | None) -> int:
        """The script line of a 1-based character position in `text` (a server's cursor)."""
        if not position:
            return self.line
        return self.text_line + self.text[: position - 1].count("\n")


def split_statements(text: str) -> list[Statement]:
    """The script's statements, each with the line it starts on.

    sqlglot's PostgreSQL tokenizer knows quotes, dollar quotes and comments, so a `;` inside
    a function body or a string does not split. Text it cannot tokenize is sent whole.
    """
    try:
        tokens = Postgres().tokenize(text)
    except TokenError:
        return [Statement(text, 1, 1)]
    statements: list[Statement] = []
    start, first_line = 0, None
    for token in tokens:
        if first_line is None:
            first_line = token.line
        if token.token_type == TokenType.SEMICOLON:
            chunk = text[start : token.end + 1]
            statements.append(Statement(chunk, text.count("\n", 0, start) + 1, first_line))
            start, first_line = token.end + 1, None
    if first_line is not None:
        statements.append(Statement(text[start:], text.count("\n", 0, start) + 1, first_line))
    return statements


def _hint(error: psycopg.Error, privileged: bool) -> str | None:
    if privileged or not isinstance(error, psycopg.errors.InsufficientPrivilege):
        return None
    return (
        f"the --sql files run as {FILES_ROLE}, owner of the scratch database, not a "
        "superuser: no COPY with programs or server files, no untrusted extensions or "
        "languages, no roles, no OWNER TO another role (pg_dump --no-owner), no DISABLE "
        "TRIGGER ALL; --sql-extension NAME creates an extension for them, --trust-sql runs "
        "files you wrote (never a pull request's) as the superuser"
    )


def apply_sql(
    dsn: str, text: str, source: str, *, privileged: bool = True, flush_stats: bool = False
) -> None:
    """Run a SQL script (many statements, no psql meta-commands) in one transaction.

    A failing statement is reported as `source:line: server message`; with `privileged`
    false (the files' own role), a refused privilege says what that role may not do. With
    `flush_stats`, the script's table counters reach the statistics before this returns.
    """
    conn = connect(dsn, statement_timeout_ms=0, lock_timeout_ms=0, read_only=False)
    try:
        with conn.transaction():
            for statement in split_statements(text):
                try:
                    conn.execute(statement.text.encode())
                except psycopg.Error as error:
                    position = error.diag.statement_position
                    line = statement.line_of(int(position) if position else None)
                    message = (error.diag.message_primary or str(error)).strip()
                    raise DbauditError(
                        f"{source}:{line}: {message}", _hint(error, privileged)
                    ) from None
        if flush_stats:
            flush_statistics(conn)
    finally:
        conn.close()


def flush_statistics(conn: psycopg.Connection[Any]) -> None:
    """Send this session's table counters now, not at some later idle moment or at exit
    (which another session may overtake). PostgreSQL 15+; older servers send them within
    half a second, which a reader may still miss."""
    if conn.info.server_version >= 150000:
        conn.execute("SELECT pg_stat_force_next_flush()")
        conn.commit()  # the flush happens once the session is idle outside a transaction


def apply_sql_files(dsn: str, paths: list[Path], *, privileged: bool = True) -> None:
    for path in paths:
        apply_sql(dsn, path.read_text(encoding="utf-8"), str(path), privileged=privileged)


def holds_rows(dsn: str) -> bool:
    """Whether any user table of the database has a row (a scratch database: cheap to ask)."""
    with psycopg.connect(dsn) as conn:
        tables = conn.execute(
            "SELECT n.nspname, c.relname FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
            " AND n.nspname NOT LIKE 'pg\\_%'"
        ).fetchall()
        probe = sql.SQL("SELECT EXISTS (SELECT FROM {}.{})")
        return any(
            conn.execute(probe.format(sql.Identifier(schema), sql.Identifier(table))).fetchone()
            == (True,)
            for schema, table in tables
        )
