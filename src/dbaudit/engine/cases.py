"""A check's examples as test cases: the bad one yields exactly the findings it declares,
the good one none. The one comparison both the test suite and `dbaudit checks test` use."""

from __future__ import annotations

from dataclasses import dataclass

from dbaudit.checks.model import CheckDefinition, ExpectedFinding
from dbaudit.engine.scan import scan_database
from dbaudit.findings import Finding
from dbaudit.settings.model import ScanSettings


@dataclass(frozen=True)
class CaseOutcome:
    """What one example gave, against what it declares."""

    name: str  # "bad" or "good"
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
    )


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


def run_case(
    name: str, check: CheckDefinition, dsn: str, expected: tuple[ExpectedFinding, ...]
) -> CaseOutcome:
    """Scan `dsn`, where the example is loaded, with this one check."""
    result = scan_database(ScanSettings(dsn=dsn), [check])
    if result.errors:
        return CaseOutcome(name, (), (), tuple(e.message for e in result.errors))
    return compare(name, expected, result.findings)
