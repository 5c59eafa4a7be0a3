"""Every check's bad example yields exactly the findings it declares; its good example none.

The cases live in the check files themselves (examples: bad, good, expect), so adding a
check adds its test, as sqlfluff does with its YAML rule cases.
"""

from __future__ import annotations

import pytest

from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import Category, CheckDefinition, ExpectedFinding
from dbaudit.engine.scan import scan_database
from dbaudit.findings import Finding
from dbaudit.settings.model import ScanSettings
from tests.conftest import TestDatabase

CATALOG = load_catalog()
# Operations checks read the server's runtime statistics (pg_stat_*, settings), which a SQL
# example cannot create; tests/integration/test_operations.py creates their conditions.
CHECKS = [c for c in CATALOG if c.category is not Category.OPERATIONS]


def test_only_operations_checks_go_without_examples() -> None:
    without = {c.id for c in CATALOG if c.examples is None}
    assert without == {c.id for c in CATALOG if c.category is Category.OPERATIONS}
    assert without  # the filter above is not vacuous


def _identity(finding: Finding) -> tuple[str, str, tuple[str, ...], str | None]:
    o = finding.object
    return (o.schema, o.table, o.columns, o.name)


def _matches(expected: ExpectedFinding, finding: Finding) -> bool:
    o = finding.object
    return (
        (expected.schema, expected.table) == (o.schema, o.table)
        and (not expected.columns or expected.columns == o.columns)
        and (expected.name is None or expected.name == o.name)
        and (expected.severity is None or expected.severity is finding.severity)
        and (expected.rule is None or expected.rule == finding.rule)
    )


def _scan(database: TestDatabase, check: CheckDefinition, sql: str) -> tuple[Finding, ...]:
    database.load(sql, f"{check.source}:examples")
    result = scan_database(ScanSettings(dsn=database.dsn), [check])
    assert result.errors == (), result.errors
    return result.findings


@pytest.mark.parametrize("check", CHECKS, ids=[c.id for c in CHECKS])
def test_bad_example_gives_exactly_the_expected_findings(
    check: CheckDefinition, database: TestDatabase
) -> None:
    assert check.examples is not None, f"{check.source} has no examples"
    findings = list(_scan(database, check, check.examples.bad))
    unmatched = []
    for expected in check.examples.expect:
        hit = next((f for f in findings if _matches(expected, f)), None)
        if hit is None:
            unmatched.append(expected)
        else:
            findings.remove(hit)
    assert unmatched == [], (
        f"expected but not found; found instead: {[_identity(f) for f in findings]}"
    )
    assert findings == [], "found but not expected"


@pytest.mark.parametrize("check", CHECKS, ids=[c.id for c in CHECKS])
def test_good_example_gives_no_finding(check: CheckDefinition, database: TestDatabase) -> None:
    assert check.examples is not None
    assert _scan(database, check, check.examples.good) == ()
