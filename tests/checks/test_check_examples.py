"""Every check's cases yield exactly the findings they declare: the bad example its `expect`,
the good example none, each named case (with its own configuration) its own `expect`.

The cases live in the check files themselves, so adding a check adds its test, as sqlfluff
does with its YAML rule cases.
"""

from __future__ import annotations

import pytest

from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import Case, Category, CheckDefinition
from dbaudit.engine.cases import run_case
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


CASES = [(check, case) for check in CHECKS for case in check.all_cases()]


@pytest.mark.parametrize(("check", "case"), CASES, ids=[f"{c.id}-{k.name}" for c, k in CASES])
def test_each_case_gives_exactly_the_expected_findings(
    check: CheckDefinition, case: Case, database: TestDatabase
) -> None:
    database.load(case.sql, f"{check.source}: case {case.name}")
    outcome = run_case(case, check, database.dsn)
    assert outcome.errors == (), outcome.errors
    found_instead = [_identity(f) for f in outcome.unexpected]
    assert outcome.missing == (), f"expected but not found; found instead: {found_instead}"
    assert outcome.unexpected == (), "found but not expected"
