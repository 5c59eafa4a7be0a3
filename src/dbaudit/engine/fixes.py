"""A finding's fix steps, rendered from its check's `fix:` templates and what the finding
says of itself (its object identity, rule, evidence and fix inputs): for a scan's reports
(engine.remedies) and for `dbaudit fix --from` a saved report alike, never from SQL text a
report carries."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dbaudit.checks.model import CheckDefinition
from dbaudit.findings import Finding, FixStep
from dbaudit.sql.template import render_with, sql_variables, text_variables


def render_fix(
    check: CheckDefinition, rule: str, sql_vars: dict[str, Any], text_vars: dict[str, Any]
) -> tuple[FixStep, ...]:
    """The check's steps for one finding of `rule`: those for its rule (see the step's
    `rules`); a step whose SQL renders empty does not apply either."""
    fix = []
    for step in check.fix:
        if not step.applies_to(rule):
            continue
        sql = render_with(step.sql, sql_vars).strip()
        if not sql:
            continue
        fix.append(
            FixStep(
                kind=step.kind,
                sql=sql,
                note=" ".join(render_with(step.note, text_vars).split()) if step.note else "",
                destructive=step.destructive,
                skip_if=render_with(step.skip_if, sql_vars).strip() if step.skip_if else None,
                unsafe=step.unsafe,
                blocked_if=(
                    render_with(step.blocked_if, sql_vars).strip() if step.blocked_if else None
                ),
            )
        )
    return tuple(fix)


def fix_inputs(
    check: CheckDefinition, row: Mapping[str, Any], server_version: int
) -> tuple[tuple[str, Any], ...]:
    """The row's values the check's fix templates may read, to be kept with the finding."""
    values = {name: row[name] for name in check.fix_variables if name in row}
    if "server_version" in check.fix_variables:
        values["server_version"] = server_version
    return tuple(values.items())


def finding_row(finding: Finding, inputs: Mapping[str, Any]) -> dict[str, Any]:
    """What a finding's templates read, as its result row gave it: the evidence, the kept
    `inputs`, and the object identity and rule (every name reaching SQL through quoting)."""
    return {
        **dict(finding.evidence),
        **inputs,
        "schema_name": finding.object.schema,
        "table_name": finding.object.table,
        "column_names": list(finding.object.columns),
        "object_name": finding.object.name,
        "rule": finding.rule,
    }


def rebuild_fix(
    check: CheckDefinition, finding: Finding, server_version: int
) -> tuple[FixStep, ...]:
    """The finding's fix from its check's templates. Its identity comes from the finding's
    object: every name reaches SQL through the templates' quoting, and a value that is not
    a name or a number cannot be printed into SQL at all (the SQL environment refuses it)."""
    inputs = dict(finding.fix_inputs)
    version = inputs.pop("server_version", server_version)
    if not isinstance(version, int) or isinstance(version, bool):
        version = server_version
    row = finding_row(finding, inputs)
    return render_fix(
        check, finding.rule, sql_variables(version, row), text_variables(version, row)
    )
