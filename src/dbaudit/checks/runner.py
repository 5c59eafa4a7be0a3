"""Runs checks inside the scan transaction and turns result rows into findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from jinja2 import TemplateError

from dbaudit.checks.guard import NotAQuery, ensure_query
from dbaudit.checks.model import CheckDefinition, CheckKind
from dbaudit.db.session import QueryFailed, ReadOnlySession
from dbaudit.findings import CheckError, Finding, FixStep, ObjectRef, SkippedCheck
from dbaudit.fixscript import describe_steps
from dbaudit.severity import Severity
from dbaudit.sqltemplate import render_sql

ProgressCallback = Callable[[CheckDefinition], None]
_IDENTITY_COLUMNS = ("schema_name", "table_name")


@dataclass
class RunOutcome:
    findings: list[Finding] = field(default_factory=list)
    errors: list[CheckError] = field(default_factory=list)
    skipped: list[SkippedCheck] = field(default_factory=list)
    checks_run: int = 0


class _BadRow(Exception):
    pass


def _bind(query: str, params: Mapping[str, object]) -> dict[str, object]:
    # Only the parameters a query names: psycopg needs every %(name)s it sees, no more.
    return {k: v for k, v in params.items() if f"%({k})s" in query}


def _finding(
    check: CheckDefinition,
    row: Mapping[str, Any],
    server_version: int,
    severity_override: Severity | None,
) -> Finding:
    missing = [c for c in _IDENTITY_COLUMNS if row.get(c) is None]
    if missing:
        raise _BadRow(f"result rows must have {', '.join(_IDENTITY_COLUMNS)}; missing {missing}")
    severity = severity_override or (
        Severity(row["severity"]) if row.get("severity") else check.severity
    )
    rendered = tuple(
        FixStep(
            kind=step.kind,
            sql=render_sql(step.sql, server_version=server_version, **row).strip(),
            note=" ".join(step.note.render(server_version=server_version, **row).split())
            if step.note
            else "",
            destructive=step.destructive,
            skip_if=(
                render_sql(step.skip_if, server_version=server_version, **row).strip()
                if step.skip_if
                else None
            ),
        )
        for step in check.fix
    )
    fix = tuple(step for step in rendered if step.sql)  # a step may not apply to this row
    remediation = None
    if check.remediation is not None:
        remediation = render_sql(check.remediation, server_version=server_version, **row).strip()
    elif fix:
        remediation = describe_steps(fix)
    return Finding(
        check_id=check.id,
        severity=severity,
        title=check.title,
        category=check.category.value,
        object=ObjectRef(
            schema=row["schema_name"],
            table=row["table_name"],
            columns=tuple(row.get("column_names") or ()),
            name=row.get("object_name"),
        ),
        message=check.message.render(**row).strip(),
        rule=str(row.get("rule") or "catalog"),
        evidence=tuple((name, row.get(name)) for name in check.evidence),
        samples=tuple(str(s) for s in row.get("sample_keys") or ()),
        remediation=remediation,
        fix=fix,
    )


class CheckRunner:
    def __init__(
        self,
        session: ReadOnlySession,
        params: Mapping[str, object],
        severity_overrides: Mapping[str, Severity],
    ) -> None:
        self._session = session
        self._overrides = severity_overrides
        self._params = params
        self._version = session.server.version_num
        self._requires: dict[str, Any] = {}  # the running check's `requires` row
        self._read_data = bool(params.get("read_data"))  # false under --no-data

    def _query(
        self, check: CheckDefinition, sql: str, target: Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        if not check.shipped:
            ensure_query(sql)
        params = {**self._params, **target} if target else self._params
        return self._session.fetch(sql, _bind(sql, params))

    def _rows(self, check: CheckDefinition, outcome: RunOutcome) -> Iterable[dict[str, Any]]:
        version, requires = self._version, self._requires
        if check.kind is CheckKind.CATALOG:
            rows = self._query(
                check, render_sql(check.query, server_version=version, requires=requires)
            )
            if check.measure is not None and self._read_data:
                self._measure(check, rows, outcome)
            yield from rows
            return
        assert check.targets is not None
        targets = self._query(
            check, render_sql(check.targets, server_version=version, requires=requires)
        )
        for target in targets:
            try:
                sql = render_sql(
                    check.query, server_version=version, target=target, requires=requires
                )
                for row in self._query(check, sql, target):
                    yield {**target, **row}
            except QueryFailed as error:
                # One table failing (a timeout on a huge table) must not hide the others.
                outcome.errors.append(
                    CheckError(check.id, str(error), error.timed_out, _target_name(target))
                )

    def _measure(
        self, check: CheckDefinition, rows: list[dict[str, Any]], outcome: RunOutcome
    ) -> None:
        """Refine a catalog check's rows from the data: one query per table they name."""
        assert check.measure is not None
        tables: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for row in rows:
            tables.setdefault((row["schema_name"], row["table_name"]), []).append(row)
        for (schema, table), members in tables.items():
            target = {"schema_name": schema, "table_name": table, "rows": members}
            try:
                sql = render_sql(check.measure, server_version=self._version, target=target)
                measured = self._query(check, sql)
            except QueryFailed as error:
                # The rows stand unrefined; the scan says what it could not measure.
                outcome.errors.append(
                    CheckError(check.id, str(error), error.timed_out, f"{schema}.{table}")
                )
                continue
            for refinement in measured:
                position = refinement.pop("position")
                members[position - 1].update(refinement)

    def run(self, check: CheckDefinition, outcome: RunOutcome) -> None:
        if check.min_server_version and self._version < check.min_server_version:
            outcome.skipped.append(
                SkippedCheck(
                    check.id, f"needs PostgreSQL {check.min_server_version // 10000} or newer"
                )
            )
            return
        self._requires = {}
        if check.requires is not None and not self._available(check, outcome):
            return
        outcome.checks_run += 1
        try:
            outcome.findings.extend(
                _finding(check, row, self._version, self._overrides.get(check.id))
                for row in self._rows(check, outcome)
            )
        except QueryFailed as error:
            outcome.errors.append(CheckError(check.id, str(error), error.timed_out))
        except (NotAQuery, _BadRow, TemplateError) as error:
            outcome.errors.append(CheckError(check.id, f"{check.source}: {error}"))

    def _available(self, check: CheckDefinition, outcome: RunOutcome) -> bool:
        """Run the check's `requires` query: false (and why) skips the check, not an error."""
        assert check.requires is not None
        try:
            sql = render_sql(check.requires, server_version=self._version)
            rows = self._query(check, sql)
        except QueryFailed as error:
            outcome.errors.append(CheckError(check.id, f"requires: {error}", error.timed_out))
            return False
        except (NotAQuery, TemplateError) as error:
            outcome.errors.append(CheckError(check.id, f"{check.source}: requires: {error}"))
            return False
        row = rows[0] if rows else {}
        if not row.get("available"):
            reason = str(row.get("reason") or "not available on this server")
            outcome.skipped.append(SkippedCheck(check.id, reason))
            return False
        self._requires = row
        return True


def _target_name(target: Mapping[str, Any]) -> str:
    name = f"{target.get('schema_name')}.{target.get('table_name')}"
    columns = target.get("column_names")
    return f"{name}({', '.join(columns)})" if columns else name


def run_checks(
    session: ReadOnlySession,
    checks: Sequence[CheckDefinition],
    params: Mapping[str, object],
    on_check: ProgressCallback | None = None,
    severity_overrides: Mapping[str, Severity] | None = None,
) -> RunOutcome:
    runner = CheckRunner(session, params, severity_overrides or {})
    outcome = RunOutcome()
    for check in checks:
        if on_check:
            on_check(check)
        runner.run(check, outcome)
    outcome.findings.sort(key=lambda f: (-f.severity.rank, f.check_id, f.object.display()))
    return outcome
