"""A check's examples as test cases: the bad one yields exactly the findings it declares,
the good one none. The one comparison both the test suite and `dbaudit checks test` use."""

from __future__ import annotations

from dataclasses import dataclass, replace

import psycopg

from dbaudit.checks.model import Case, CheckDefinition, ExpectedFinding
from dbaudit.engine.scan import scan_database
from dbaudit.findings import Finding
from dbaudit.settings.sources import Layer, resolve


@dataclass(frozen=True)
class CaseOutcome:
    """What one example gave, against what it declares."""

    name: str  # "bad", "good" or a named case
    missing: tuple[ExpectedFinding, ...]  # declared, not found
    unexpected: tuple[Finding, ...]  # found, not declared
    errors: tuple[str, ...]  # the check failed: the case proves nothing

    @property
    def passed(self) -> bool:
        return not (self.missing or self.unexpected or self.errors)


def matches(expected: ExpectedFinding, finding: Finding) -> bool:
    """A declared finding matches by object identity; unset fields match anything."""
    o = finding.object
    return (
        (expected.schema, expected.table) == (o.schema, o.table)
        and (not expected.columns or expected.columns == o.columns)
        and (expected.name is None or expected.name == o.name)
        and (expected.severity is None or expected.severity is finding.severity)
        and (expected.rule is None or expected.rule == finding.rule)
        and (expected.message is None or _words(expected.message) == _words(finding.message))
    )


def _words(text: str) -> str:
    return " ".join(text.split())


def compare(
    name: str, expected: tuple[ExpectedFinding, ...], findings: tuple[Finding, ...]
) -> CaseOutcome:
    left = list(findings)
    missing = []
    for wanted in expected:
        hit = next((f for f in left if matches(wanted, f)), None)
        if hit is None:
            missing.append(wanted)
        else:
            left.remove(hit)
    return CaseOutcome(name, tuple(missing), tuple(left), ())


def run_case(case: Case, check: CheckDefinition, dsn: str) -> CaseOutcome:
    """Scan `dsn`, where the case's SQL is loaded, with this one check and the case's config."""
    layers = [Layer("case database", {"dsn": dsn})]
    if case.config is not None:
        layers.insert(0, case.config)
    result = scan_database(resolve(layers).settings, [check])
    if result.errors:
        return CaseOutcome(case.name, (), (), tuple(e.message for e in result.errors))
    expected = case.expect
    if any(_PLACEHOLDER in str(wanted) for wanted in expected):
        expected = tuple(_named(wanted, _names(dsn)) for wanted in expected)
    return compare(case.name, expected, result.findings)


# The case's database and role, which the server-wide checks (OPS002-OPS005) name their
# findings after: a scratch database's name is new every run.
_PLACEHOLDER = "${"


def _names(dsn: str) -> dict[str, str]:
    with psycopg.connect(dsn) as conn:
        row = conn.execute("SELECT current_database(), current_user").fetchone()
    assert row is not None
    return {"${database}": str(row[0]), "${user}": str(row[1])}


def _named(wanted: ExpectedFinding, names: dict[str, str]) -> ExpectedFinding:
    def fill(text: str) -> str:
        for placeholder, value in names.items():
            text = text.replace(placeholder, value)
        return text

    return replace(
        wanted,
        schema=fill(wanted.schema),
        table=fill(wanted.table),
        name=fill(wanted.name) if wanted.name is not None else None,
        message=fill(wanted.message) if wanted.message is not None else None,
    )
