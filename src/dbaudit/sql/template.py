"""Jinja2 for SQL, with the safety rule built in: a value can reach SQL text only as a quoted
identifier (`|ident`), a vetted keyword (`|keyword`), a number, or a shared catalog macro.
Anything else is refused at render time; values belong in bind parameters (`%(name)s`).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    Template,
)
from markupsafe import Markup

from dbaudit.resources import sql_templates_dir
from dbaudit.sql.fragments import FIX_FRAGMENTS
from dbaudit.sql.quote import (
    UnsafeValueError,
    comment,
    derived_name,
    derived_raw_name,
    idents,
    keyword,
    literal,
    qualified,
    query_text,
)


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
        loader=FileSystemLoader(str(sql_templates_dir())),
        autoescape=True,  # only to make Markup the currency of trust; see _only_safe
        finalize=_only_safe,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        ident=idents,
        qualified=qualified,
        fragment=_fragment,
        keyword=keyword,
        literal=literal,
        comment=comment,
    )
    env.globals.update(derived_name=derived_name, derived_raw_name=derived_raw_name)
    return env


def compile_sql(source: str) -> Template:
    return sql_environment().from_string(source)


@lru_cache(maxsize=4)
def _catalog_macros(server_version: int) -> Any:
    return (
        sql_environment()
        .get_template("catalog.sql.j2")
        .make_module({"server_version": server_version})
    )


def sql_variables(server_version: int, context: Mapping[str, Any]) -> dict[str, Any]:
    """What an SQL template sees besides the environment's globals: the shared macros, the
    server version and `context`; made once and shared by all the templates of a finding."""
    return {
        "catalog": _catalog_macros(server_version),
        "fix": FIX_FRAGMENTS,
        "server_version": server_version,
        **context,
    }


def text_variables(server_version: int, context: Mapping[str, Any]) -> dict[str, Any]:
    """What a message or fix-note template sees (see sql_variables)."""
    return {"server_version": server_version, **context}


def render_sql(template: Template, *, server_version: int, **context: Any) -> str:
    """SQL for a query run with bind parameters: each `%` from a name or value is doubled
    (psycopg reads the text as a %-format string). Fix SQL for psql is rendered as it is."""
    with query_text():
        return template.render(sql_variables(server_version, context))


@lru_cache(maxsize=1)
def text_environment() -> Environment:
    """For messages: plain text, strict about undefined names; renderers escape on output."""
    return Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
