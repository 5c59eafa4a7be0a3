"""Jinja2 for SQL, with the safety rule built in: a value can reach SQL text only as a quoted
identifier (`|ident`), a vetted keyword (`|keyword`), a number, or a shared catalog macro.
Anything else is refused at render time; values belong in bind parameters (`%(name)s`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateError,
    nodes,
)
from markupsafe import Markup
from psycopg import sql

from dbaudit.resources import templates_dir

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


def _ident(value: str | Iterable[str]) -> Markup:
    """`x|ident` quotes one name; a list of names becomes a comma-separated list."""
    if isinstance(value, str):
        return quote_ident(value)
    return Markup(", ").join(quote_ident(v) for v in value)


def _qualified(schema: str, name: str) -> Markup:
    return Markup(f"{quote_ident(schema)}.{quote_ident(name)}")


def _keyword(value: str) -> Markup:
    if value.upper() not in SQL_KEYWORDS:
        raise UnsafeValueError(f"{value!r} is not an allowed SQL keyword")
    return Markup(value.upper())


def _literal(value: object) -> Markup:
    """A SQL literal, for scripts run by psql where bind parameters do not exist."""
    if isinstance(value, str) and "\\" not in value and "\x00" not in value:
        # psycopg's own answer for such text ('...' with quotes doubled), ~10x cheaper; a
        # backslash (E'' syntax) or NUL takes psycopg's path. str.replace, not Markup's:
        # Markup.replace would HTML-escape its arguments.
        return Markup("'" + str.replace(value, "'", "''") + "'")
    return Markup(sql.Literal(value).as_string())


def _comment(value: object) -> Markup:
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


def _fragment(value: str) -> Markup:
    """A SQL fragment written by a shared macro's caller; refused in check files by the loader."""
    return Markup(value)


# Filters that bypass quoting: for the shared macros in templates/ only.
TRUSTED_ONLY_FILTERS = frozenset({"fragment", "safe"})


def _only_safe(value: Any) -> Any:
    if isinstance(value, Markup) or (
        isinstance(value, int | float) and not isinstance(value, bool)
    ):
        return value
    raise UnsafeValueError(
        f"refusing to print {value!r} into SQL: quote names with |ident and pass values as "
        "bind parameters %(name)s"
    )


@lru_cache(maxsize=1)
def sql_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates_dir())),
        autoescape=True,  # only to make Markup the currency of trust; see _only_safe
        finalize=_only_safe,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        ident=_ident,
        qualified=_qualified,
        fragment=_fragment,
        keyword=_keyword,
        literal=_literal,
        comment=_comment,
    )
    env.globals.update(derived_name=derived_name, derived_raw_name=derived_raw_name)
    return env


def compile_template(env: Environment, source: str | nodes.Template) -> Template:
    """A template of `env` (from its source, or the tree env.parse gave), cheap to render.

    Jinja gives each template a ChainMap of its globals over the environment's, and merges
    it into a dict on every render: a third of the time of a scan with 14,000 findings went
    there. The environments' globals are set once, when they are built, so a plain dict of
    them renders the same.
    """
    template = env.from_string(source)
    template.globals = dict(template.globals)
    return template


def compile_sql(source: str) -> Template:
    return compile_template(sql_environment(), source)


@lru_cache(maxsize=4)
def _catalog_macros(server_version: int) -> Any:
    return (
        sql_environment()
        .get_template("catalog.sql.j2")
        .make_module({"server_version": server_version})
    )


@lru_cache(maxsize=1)
def _fix_macros() -> Any:
    return sql_environment().get_template("fix.sql.j2").make_module({})


def render_sql(template: Template, *, server_version: int, **context: Any) -> str:
    return template.render(
        catalog=_catalog_macros(server_version),
        fix=_fix_macros(),
        server_version=server_version,
        **context,
    )


@lru_cache(maxsize=1)
def text_environment() -> Environment:
    """For messages: plain text, strict about undefined names; renderers escape on output."""
    return Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
