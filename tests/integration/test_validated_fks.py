"""check_validated_fks: orphans behind validated foreign keys, loaded with triggers off."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from dbaudit.checks.loader import load_catalog
from dbaudit.engine.scan import scan_database
from dbaudit.settings.model import ScanSettings
from tests.conftest import TestDatabase

CHECKS = [c for c in load_catalog() if c.id == "REF001"]
# A validated foreign key, with 2 orphans written in a replica session (as logical
# replication and pg_restore --disable-triggers do): the RI triggers never fired for them.
SCHEMA = """
CREATE TABLE customers (id int PRIMARY KEY);
INSERT INTO customers VALUES (1), (2);
CREATE TABLE invoices (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customers);
INSERT INTO invoices VALUES (1, 1), (2, 2);
SET session_replication_role = replica;
INSERT INTO invoices VALUES (3, 7), (4, 8);
RESET session_replication_role;
"""


def test_validated_foreign_keys_are_trusted_by_default(database: TestDatabase) -> None:
    database.load(SCHEMA)
    result = scan_database(ScanSettings(dsn=database.dsn), CHECKS)
    assert result.errors == ()
    assert result.findings == ()


def test_the_option_counts_orphans_behind_them(database: TestDatabase) -> None:
    database.load(SCHEMA)
    settings = replace(ScanSettings(dsn=database.dsn), check_validated_fks=True)
    result = scan_database(settings, CHECKS)
    assert result.errors == ()
    (finding,) = result.findings
    assert (finding.object.table, finding.object.name) == ("invoices", "invoices_customer_id_fkey")
    assert finding.rule == "fk-validated"
    assert finding.evidence_map["orphan_count"] == 2
    assert set(finding.samples) == {"7", "8"}
    assert "session_replication_role" in finding.message
    # the constraint is already valid: the fix cleans up, it validates nothing
    assert [step.kind.value for step in finding.fix] == ["cleanup"]


def test_the_flag_and_the_config_key(database: TestDatabase, tmp_path: Path) -> None:
    database.load(SCHEMA)

    def orphans(*args: str) -> list[str]:
        report = tmp_path / "report.json"
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "dbaudit",
                "scan",
                database.dsn,
                "-f",
                "json",
                "-o",
                str(report),
                "-q",
                "--fail-on",
                "none",
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            cwd=tmp_path,
        )
        assert run.returncode == 0, run.stderr
        findings = json.loads(report.read_text())["findings"]
        return [f["rule"] for f in findings if f["check_id"] == "REF001"]

    assert orphans() == []
    assert orphans("--check-validated-fks") == ["fk-validated"]
    (tmp_path / "dbaudit.yaml").write_text("check_validated_fks: true\n")
    assert orphans() == ["fk-validated"]
