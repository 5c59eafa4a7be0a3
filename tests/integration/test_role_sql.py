"""`dbaudit role-sql`: the role it creates scans the example as a superuser does, and a scan
as a superuser says once that a dedicated role is safer."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import conninfo, sql

from dbaudit.commands.scanning import SUPERUSER_NOTE
from dbaudit.engine.scan import scan_database
from dbaudit.findings import ScanResult
from dbaudit.settings.model import ScanSettings
from tests.integration.test_cli import dbaudit
from tests.integration.test_example_database import CATALOG, OPERATIONS

PSQL = shutil.which("psql")


@pytest.fixture
def audit_role(example_dsn: str) -> Iterator[str]:
    """A role named as only a quoted identifier can be, created by role-sql's SQL and psql."""
    role = f'dbaudit "audit" Role {os.getpid()}'
    printed = dbaudit("role-sql", "--role", role)
    assert printed.returncode == 0, printed.stderr
    assert f'CREATE ROLE "dbaudit ""audit"" Role {os.getpid()}" LOGIN;' in printed.stdout
    assert PSQL, "psql is needed to apply the role's SQL"
    applied = subprocess.run(
        [PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", example_dsn, "-f", "-"],
        input=printed.stdout,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert applied.returncode == 0, applied.stderr
    try:
        yield conninfo.make_conninfo(example_dsn, user=role)
    finally:
        with psycopg.connect(example_dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def _findings(result: ScanResult) -> dict[tuple[object, ...], tuple[object, ...]]:
    return {
        (f.check_id, f.object.schema, f.object.table, f.object.columns, f.object.name): (
            f.severity,
            f.evidence,
            f.samples,
            f.fix,
        )
        for f in result.findings
    }


def test_the_role_scans_the_example_as_a_superuser_does(example_dsn: str, audit_role: str) -> None:
    as_superuser = scan_database(ScanSettings(dsn=example_dsn, disable=OPERATIONS), CATALOG)
    as_role = scan_database(ScanSettings(dsn=audit_role, disable=OPERATIONS), CATALOG)
    assert as_superuser.metadata.superuser and not as_role.metadata.superuser
    assert as_role.errors == ()
    assert as_role.skipped == as_superuser.skipped
    assert _findings(as_role) == _findings(as_superuser)
    assert len(as_role.findings) > 50
    # and it can write nothing
    with psycopg.connect(audit_role) as conn, pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
        conn.execute("CREATE TABLE t (id int)")


def test_a_superuser_scan_says_so_once(example_dsn: str, audit_role: str) -> None:
    run = dbaudit("scan", example_dsn, "--no-data", "--fail-on", "none")
    assert run.returncode == 0, run.stderr
    assert run.stderr.splitlines().count(SUPERUSER_NOTE) == 1
    run = dbaudit("scan", audit_role, "--no-data", "--fail-on", "none")
    assert run.returncode == 0, run.stderr
    assert SUPERUSER_NOTE not in run.stderr


def test_role_names_that_cannot_be_roles_are_one_line_errors() -> None:
    for name, message in [
        ("a\nb", "dbaudit: error: the role name is empty or holds a control character"),
        ("é" * 32, "dbaudit: error: the role name is 64 bytes long; PostgreSQL keeps 63 at most"),
    ]:
        run = dbaudit("role-sql", "--role", name)
        assert (run.returncode, run.stderr.splitlines()[0]) == (2, message)


def test_scratch_servers_of_sql_files_are_no_superuser_scan(tmp_path: Path) -> None:
    schema = tmp_path / "schema.sql"
    schema.write_text("CREATE TABLE t (id int PRIMARY KEY);\n")
    run = dbaudit("scan", "--sql", str(schema), "--fail-on", "none")
    assert run.returncode == 0, run.stderr
    assert SUPERUSER_NOTE not in run.stderr
