"""Names and values as SQL text: the only ways a value becomes part of a statement. The SQL
templates' filters and the fix fragments (fixsql) both build on these."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from jinja2 import TemplateError
from markupsafe import Markup
from psycopg import sql

MAX_IDENTIFIER_BYTES = 63

# Words a template may splice into SQL from data (e.g. a proposed ON DELETE action).
SQL_KEYWORDS = frozenset(
    {"CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION", "ASC", "DESC"}
)


class UnsafeValueError(TemplateError):
    """A template tried to print a plain value into SQL."""


# True while SQL is rendered for a query that psycopg runs with bind parameters: psycopg
# reads its text as a %-format string (`%(name)s` a parameter, `%%` a percent sign), so a
# `%` that comes from a value (a table named `100%`, or `a%%b` beside a view `a%b`) must
# reach that text doubled, or the query fails or reads another relation. Template text
# itself already writes `%%`. Fix scripts (psql, no %-format step) render with it off.
_QUERY_TEXT: ContextVar[bool] = ContextVar("dbaudit_query_text", default=False)


@contextmanager
def query_text() -> Iterator[None]:
    """Render SQL for a query run with parameters: every `%` from a value is doubled."""
    token = _QUERY_TEXT.set(True)
    try:
        yield
    finally:
        _QUERY_TEXT.reset(token)


def _percent(text: str) -> str:
    return text.replace("%", "%%") if _QUERY_TEXT.get() else text


@lru_cache(maxsize=65536)
def _quoted_name(name: str) -> Markup:
    # What psycopg's Identifier.as_string() gives without a connection (quotes doubled),
    # without its per-call overhead: a large scan quotes ~100,000 names, mostly the same few.
    return Markup('"' + name.replace('"', '""') + '"')


@lru_cache(maxsize=65536)
def _quoted_query_name(name: str) -> Markup:
    return Markup('"' + name.replace('"', '""').replace("%", "%%") + '"')


def quote_ident(name: str) -> Markup:
    if _QUERY_TEXT.get():
        return _quoted_query_name(str(name))
    return _quoted_name(str(name))


def idents(value: str | Iterable[str]) -> Markup:
    """One quoted name; a list of names becomes a comma-separated list."""
    if isinstance(value, str):
        return quote_ident(value)
    return Markup(", ".join([quote_ident(v) for v in value]))


def qualified(schema: str, name: str) -> Markup:
    return Markup(f"{quote_ident(schema)}.{quote_ident(name)}")


def keyword(value: str) -> Markup:
    if value.upper() not in SQL_KEYWORDS:
        raise UnsafeValueError(f"{value!r} is not an allowed SQL keyword")
    return Markup(value.upper())


def literal(value: object) -> Markup:
    """A SQL literal, for scripts run by psql where bind parameters do not exist.

    Markup is SQL text already (e.g. `qualified(...)|literal`), its `%` already doubled for
    a query: only a plain value's `%` is doubled here.
    """
    if isinstance(value, Markup):
        return Markup(_literal_text(str(value)))
    return Markup(_percent(_literal_text(value)))


def _literal_text(value: object) -> str:
    if isinstance(value, str) and "\\" not in value and "\x00" not in value:
        # psycopg's own answer for such text ('...' with quotes doubled), ~10x cheaper; a
        # backslash (E'' syntax) or NUL takes psycopg's path.
        return "'" + value.replace("'", "''") + "'"
    return sql.Literal(value).as_string()


def escaped_literal(text: str) -> str:
    """A string literal that reads the same whatever standard_conforming_strings says: E''
    with every backslash and quote escaped (a name holding `\\'` cannot end it early)."""
    if "\x00" in text:
        raise UnsafeValueError("a SQL literal cannot hold a NUL character")
    return "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def comment(value: object) -> Markup:
    """Text safe inside a `--` comment: one line, no way to end the comment."""
    text = str(value) if isinstance(value, Markup) else _percent(str(value))
    return Markup(re.sub(r"[\r\n]+", " ", text))


def derived_raw_name(table: str, columns: Iterable[str], suffix: str) -> str:
    """A deterministic name `<table>_<cols>_<suffix>` that fits PostgreSQL's 63 bytes."""
    base = "_".join([table, *columns, suffix])
    if len(base.encode()) > MAX_IDENTIFIER_BYTES:
        digest = hashlib.sha256(base.encode()).hexdigest()[:8]
        keep = MAX_IDENTIFIER_BYTES - len(suffix) - len(digest) - 2
        head = base.encode()[:keep].decode(errors="ignore")
        base = f"{head}_{digest}_{suffix}"
    return base


def derived_name(table: str, columns: Iterable[str], suffix: str) -> Markup:
    """derived_raw_name, quoted: ready for SQL."""
    return quote_ident(derived_raw_name(table, columns, suffix))
