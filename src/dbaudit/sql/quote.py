"""Names and values as SQL text: the only ways a value becomes part of a statement. The SQL
templates' filters and the fix fragments (fixsql) both build on these."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
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


@lru_cache(maxsize=65536)
def _quoted_name(name: str) -> Markup:
    # What psycopg's Identifier.as_string() gives without a connection (quotes doubled),
    # without its per-call overhead: a large scan quotes ~100,000 names, mostly the same few.
    return Markup('"' + name.replace('"', '""') + '"')


def quote_ident(name: str) -> Markup:
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
    """A SQL literal, for scripts run by psql where bind parameters do not exist."""
    if isinstance(value, str) and "\\" not in value and "\x00" not in value:
        # psycopg's own answer for such text ('...' with quotes doubled), ~10x cheaper; a
        # backslash (E'' syntax) or NUL takes psycopg's path. str.replace, not Markup's:
        # Markup.replace would HTML-escape its arguments.
        return Markup("'" + str.replace(value, "'", "''") + "'")
    return Markup(sql.Literal(value).as_string())


def escaped_literal(text: str) -> str:
    """A string literal that reads the same whatever standard_conforming_strings says: E''
    with every backslash and quote escaped (a name holding `\\'` cannot end it early)."""
    if "\x00" in text:
        raise UnsafeValueError("a SQL literal cannot hold a NUL character")
    return "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def comment(value: object) -> Markup:
    """Text safe inside a `--` comment: one line, no way to end the comment."""
    return Markup(re.sub(r"[\r\n]+", " ", str(value)))


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
