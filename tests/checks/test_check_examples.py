"""Every check's cases yield exactly the findings they declare: the bad example its `expect`,
the good example none, each named case (with its own configuration and, for the operations
checks, the workload it scripts) its own `expect`.

The cases live in the check files themselves, so adding a check adds its test, as sqlfluff
does with its YAML rule cases.
"""

from __future__ import annotations

import pytest

from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import Case, Category, CheckDefinition
from dbaudit.engine.cases import run_case
from dbaudit.findings import Finding
from dbaudit.sandbox.cases import load_case

CATALOG = load_catalog()
# What a case's SQL and workload cannot create, tests/integration/test_operations.py does:
# these checks read server-wide state (settings, connections) or objects named after the
# test's own database.
WITHOUT_CASES = {
    "OPS002": "timeouts set per database and role: its findings are named after the database",
    "OPS003": "the server's logging and preloaded libraries",
    "OPS004": "the server's connection count",
    "OPS005": "sessions held open in a transaction during the scan",
    "OPS006": "table statistics (pg_stat_user_tables), which reach other sessions late",
    "OPS007": "vacuum statistics and transaction ID age",
}


def test_every_check_has_cases_but_those_that_read_server_wide_state() -> None:
    without = {c.id for c in CATALOG if not c.all_cases()}
    assert without == set(WITHOUT_CASES)
    assert all(CATALOG_BY_ID[c].category is Category.OPERATIONS for c in without)


CATALOG_BY_ID = {c.id: c for c in CATALOG}


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
    load_case(case, dsn, str(check.source))
    outcome = run_case(case, check, dsn)
    assert outcome.errors == (), outcome.errors
    found_instead = [_identity(f) for f in outcome.unexpected]
    assert outcome.missing == (), f"expected but not found; found instead: {found_instead}"
    assert outcome.unexpected == (), "found but not expected"
