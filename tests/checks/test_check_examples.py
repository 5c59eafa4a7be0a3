"""Every check's bad example yields exactly the findings it declares; its good example none.

The cases live in the check files themselves (examples: bad, good, expect), so adding a
check adds its test, as sqlfluff does with its YAML rule cases.
"""

from __future__ import annotations

import pytest

from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import Category, CheckDefinition
from dbaudit.engine.cases import CaseOutcome, run_case
from dbaudit.findings import Finding
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


def _run(database: TestDatabase, check: CheckDefinition, name: str) -> CaseOutcome:
    assert check.examples is not None, f"{check.source} has no examples"
    sql = check.examples.bad if name == "bad" else check.examples.good
    database.load(sql, f"{check.source}:examples")
    outcome = run_case(name, check, database.dsn, check.examples.expect if name == "bad" else ())
    assert outcome.errors == (), outcome.errors
    return outcome


@pytest.mark.parametrize("check", CHECKS, ids=[c.id for c in CHECKS])
def test_bad_example_gives_exactly_the_expected_findings(
    check: CheckDefinition, database: TestDatabase
) -> None:
    outcome = _run(database, check, "bad")
    found_instead = [_identity(f) for f in outcome.unexpected]
    assert outcome.missing == (), f"expected but not found; found instead: {found_instead}"
    assert outcome.unexpected == (), "found but not expected"


@pytest.mark.parametrize("check", CHECKS, ids=[c.id for c in CHECKS])
def test_good_example_gives_no_finding(check: CheckDefinition, database: TestDatabase) -> None:
    assert _run(database, check, "good").unexpected == ()
