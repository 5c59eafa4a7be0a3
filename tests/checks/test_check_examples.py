"""Every check's cases yield exactly the findings they declare: the bad example its `expect`,
the good example none, each named case (with its own configuration and, for the operations
checks, the workload it scripts and the sessions it holds open) its own `expect`.

The cases live in the check files themselves, so adding a check adds its test, as sqlfluff
does with its YAML rule cases.
"""

from __future__ import annotations

import pytest

from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import Case, CheckDefinition
from dbaudit.engine.cases import run_case
from dbaudit.findings import Finding
from dbaudit.sandbox.cases import loaded_case

CATALOG = load_catalog()


def test_every_check_has_cases() -> None:
    assert [c.id for c in CATALOG if not c.all_cases()] == []


def _identity(finding: Finding) -> tuple[str, str, tuple[str, ...], str | None]:
    o = finding.object
    return (o.schema, o.table, o.columns, o.name)


CASES = [(check, case) for check in CATALOG for case in check.all_cases()]


@pytest.mark.uses_test_server  # through request.getfixturevalue("database")
@pytest.mark.parametrize(("check", "case"), CASES, ids=[f"{c.id}-{k.name}" for c, k in CASES])
def test_each_case_gives_exactly_the_expected_findings(
    check: CheckDefinition, case: Case, request: pytest.FixtureRequest
) -> None:
    # a workload is read back from pg_stat_statements: a server that preloads it
    if case.workload:
        dsn = request.getfixturevalue("stats_database")
    else:
        dsn = request.getfixturevalue("database").dsn
    with loaded_case(case, dsn, str(check.source)):
        outcome = run_case(case, check, dsn)
    assert outcome.errors == (), outcome.errors
    found_instead = [_identity(f) for f in outcome.unexpected]
    assert outcome.missing == (), f"expected but not found; found instead: {found_instead}"
    assert outcome.unexpected == (), "found but not expected"
