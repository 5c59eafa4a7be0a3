"""Jinja2 for SQL, with the safety rule built in: a value can reach SQL text only as a quoted
identifier (`|ident`), a vetted keyword (`|keyword`), a number, or a shared catalog macro.
Anything else is refused at render time; values belong in bind parameters (`%(name)s`).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import CodeType
from typing import Any

from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    Template,
    nodes,
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


def template_from_code(env: Environment, code: CodeType) -> Template:
    """A template of `env` from its compiled code, cheap to render.

    Jinja gives each template a ChainMap of its globals over the environment's, and merges
    it into a dict on every render: a third of the time of a scan with 14,000 findings went
    there. The environments' globals are set once, when they are built, so a plain dict of
    them renders the same.
    """
    return env.template_class.from_code(env, code, dict(env.globals))


def compile_template(env: Environment, source: str | nodes.Template) -> Template:
    """A template of `env`, from its source or the tree env.parse gave."""
    return template_from_code(env, env.compile(source))


def compile_sql(source: str) -> Template:
    return compile_template(sql_environment(), source)


@lru_cache(maxsize=4)
def _catalog_macros(server_version: int) -> Any:
    return (
        sql_environment()
        .get_template("catalog.sql.j2")
        .make_module({"server_version": server_version})
    )


def sql_variables(server_version: int, context: Mapping[str, Any]) -> dict[str, Any]:
    """What an SQL template sees: its globals, the shared macros, the server version and
    `context`; made once and shared by all the templates of a finding (see render_with)."""
    return {
        **sql_environment().globals,
        "catalog": _catalog_macros(server_version),
        "fix": FIX_FRAGMENTS,
        "server_version": server_version,
        **context,
    }


def text_variables(server_version: int, context: Mapping[str, Any]) -> dict[str, Any]:
    """What a message or fix-note template sees (see sql_variables)."""
    return {**text_environment().globals, "server_version": server_version, **context}


def render_with(template: Template, variables: dict[str, Any]) -> str:
    """template.render(**variables) for variables made by sql_variables or text_variables.

    Jinja's render copies its arguments and the globals into a new dict, every call; a scan
    of 14,000 findings renders ~80,000 fix steps and messages, and those copies were a fifth
    of the time spent building them. The templates read `variables` and never write it
    (a template's {% set %} goes to its context's own vars), so one dict serves them all.
    """
    context = template.new_context(variables, shared=True)
    try:
        return "".join(template.root_render_func(context))
    except Exception:  # Jinja's own handler re-raises it, naming the template line
        template.environment.handle_exception()


def render_sql(template: Template, *, server_version: int, **context: Any) -> str:
    """SQL for a query run with bind parameters: each `%` from a name or value is doubled
    (psycopg reads the text as a %-format string). Fix SQL for psql uses render_with."""
    with query_text():
        return render_with(template, sql_variables(server_version, context))


@lru_cache(maxsize=1)
def text_environment() -> Environment:
    """For messages: plain text, strict about undefined names; renderers escape on output."""
    return Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
