"""What a check declares about itself, checked against what its templates do.

`parameters:` names the heuristics and settings its queries bind (directly or through the
catalog macros they call), so that a user sees which knobs a check obeys and a check cannot
quietly depend on one; `result_columns:` names the columns its rows carry, so that a message
or a fix reading a column the query does not return is an error at load, not a blank in a
report. Users' checks are checked when loaded; the shipped ones by the test suite (their
templates come compiled from the cache, and parsing them again would slow every scan)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from jinja2 import Environment, meta

from dbaudit.checks.model import CheckDefinition
from dbaudit.resources import sql_templates_dir
from dbaudit.settings.model import Heuristics, ScanSettings, setting_parameters

BIND_PARAMETER = re.compile(r"%\((\w+)\)s")
_MACRO = re.compile(r"{%-?\s*macro\s+(\w+)\(")
_CATALOG_CALL = re.compile(r"\bcatalog\.(\w+)\(")

# The keys whose SQL a scan runs with bind parameters.
QUERY_KEYS = ("targets", "requires", "query", "measure")
# What every check may bind without declaring it: the scan's scope (excluded_tables too, the
# heuristics' tables that audited_tables() leaves out) and the engine's own facts.
SCOPE_PARAMETERS = (
    frozenset(ScanSettings().query_params())
    - frozenset(Heuristics().as_params())
    - {"check_validated_fks"}
) | {"excluded_tables"}
# The settings a check declares under `parameters:` when its queries bind them.
DECLARABLE_PARAMETERS = frozenset(ScanSettings().query_params()) - SCOPE_PARAMETERS
# Names a finding's templates see besides the row's columns (sql.template.sql_variables).
CONTEXT_NAMES = frozenset({"server_version", "catalog", "fix"})


@lru_cache(maxsize=1)
def macro_bodies() -> dict[str, str]:
    """The catalog macros' source, by name."""
    text = (sql_templates_dir() / "catalog.sql.j2").read_text(encoding="utf-8")
    parts = _MACRO.split(text)[1:]
    return dict(zip(parts[::2], parts[1::2], strict=True))


@lru_cache(maxsize=1)
def macro_parameters() -> dict[str, frozenset[str]]:
    """Each catalog macro's bind parameters, with those of the macros it calls."""
    bodies = macro_bodies()
    own = {name: set(BIND_PARAMETER.findall(body)) for name, body in bodies.items()}
    calls = {
        name: {other for other in bodies if other != name and re.search(rf"\b{other}\(", body)}
        for name, body in bodies.items()
    }
    changed = True
    while changed:  # the transitive closure: macros call macros
        changed = False
        for name, callees in calls.items():
            for callee in callees:
                if not own[callee] <= own[name]:
                    own[name] |= own[callee]
                    changed = True
    return {name: frozenset(params) for name, params in own.items()}


def bound_parameters(sources: Iterable[str]) -> frozenset[str]:
    """The parameters a check's queries bind: their own and their catalog macros'."""
    by_macro = macro_parameters()
    used: set[str] = set()
    for source in sources:
        used.update(BIND_PARAMETER.findall(source))
        for macro in _CATALOG_CALL.findall(source):
            used.update(by_macro.get(macro, ()))
    return frozenset(used)


def parameter_problem(declared: Iterable[str], sources: Iterable[str]) -> str | None:
    """Why `parameters:` does not say what the queries bind, or None."""
    declared = set(declared)
    unknown = declared - DECLARABLE_PARAMETERS
    if unknown:
        return (
            f"'parameters' names unknown setting(s) {', '.join(sorted(unknown))}; known: "
            f"{', '.join(sorted(DECLARABLE_PARAMETERS))}"
        )
    used = bound_parameters(sources) & DECLARABLE_PARAMETERS
    if used - declared:
        return (
            f"the queries bind {', '.join(sorted(used - declared))} (directly or through a "
            "catalog macro): list it under 'parameters'"
        )
    if declared - used:
        return f"'parameters' lists {', '.join(sorted(declared - used))}, which no query binds"
    return None


def checks_using_settings(checks: Iterable[CheckDefinition]) -> dict[str, tuple[str, ...]]:
    """Each setting (by `config show`'s key) with the checks whose `parameters:` name one of
    its bind parameters, by id; a setting no check declares is left out."""
    used: dict[str, tuple[str, ...]] = {}
    for key, params in setting_parameters().items():
        ids = tuple(sorted(c.id for c in checks if params & set(c.parameters)))
        if ids:
            used[key] = ids
    return used


def template_variables(env: Environment, source: str) -> frozenset[str]:
    """The names a template reads from its context (loop and {% set %} names left out)."""
    return frozenset(meta.find_undeclared_variables(env.parse(source)))


def column_problem(
    declared: Iterable[str], texts: Mapping[str, tuple[Environment, str]]
) -> str | None:
    """Why a finding's templates read a column `result_columns:` does not declare, or None.
    `texts`: where each template is (e.g. "message[fk-not-valid]") -> its environment, source."""
    declared = set(declared)
    for where, (env, source) in texts.items():
        unknown = template_variables(env, source) - declared - CONTEXT_NAMES - set(env.globals)
        if unknown:
            return (
                f"{where} reads {', '.join(sorted(unknown))}, which 'result_columns' does not "
                "declare (add the column to the query and to result_columns)"
            )
    return None
