"""A `%` in a name is a name: the checks' queries (run with bind parameters, so psycopg reads
their text as a %-format string) see it as such, and the scan stays complete.

Before: one `%` made the check fail (every scan incomplete for anyone who can create a
table), and `%%` made DUP001/REF001/SEC001 read *another relation* (a view named with one
`%`), so the critical findings vanished with exit 0.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import TestDatabase
from tests.integration.test_cli import dbaudit

HOSTILE = """
CREATE TABLE users (id int PRIMARY KEY);
INSERT INTO users VALUES (1);

-- one %: an orphan, a second singleton row, a password in clear
CREATE TABLE "100%" (id int PRIMARY KEY, user_id int);
INSERT INTO "100%" VALUES (1, 1), (2, 99);
CREATE TABLE "50%_settings" (id int PRIMARY KEY, theme text);
INSERT INTO "50%_settings" VALUES (1, 'dark'), (2, 'light');

-- %%: each table carries the defect, and a view named with one % (what psycopg made of
-- the doubled name) has none
CREATE TABLE "a%%b" (id int PRIMARY KEY, user_id int);
INSERT INTO "a%%b" VALUES (1, 98);
CREATE VIEW "a%b" AS SELECT 1 AS id, 1 AS user_id;
CREATE TABLE "a%%b_status" (id int PRIMARY KEY, is_running boolean);
INSERT INTO "a%%b_status" VALUES (1, true), (2, false);
CREATE VIEW "a%b_status" AS SELECT 1 AS id, true AS is_running;
CREATE TABLE "p%%w" (id int PRIMARY KEY, password text);
INSERT INTO "p%%w" VALUES (1, 'hunter2');
CREATE VIEW "p%w" AS
  SELECT 1 AS id, '$2b$12$FrCJr0obeiQ3mS7/eljo2/dhxovWJRbSwhL4FaRM6zPo15IOGdVPR' AS password;

-- a name that looks like one of the scan's own parameters
CREATE TABLE "x%(sample_size)s" (id int PRIMARY KEY, user_id int);
INSERT INTO "x%(sample_size)s" VALUES (1, 97);
"""


def test_names_with_percent_signs_are_scanned_as_named(
    database: TestDatabase, tmp_path: Path
) -> None:
    database.load(HOSTILE)
    out = tmp_path / "report.json"
    run = dbaudit("scan", database.dsn, "-f", "json", "-o", str(out), "-q")
    report = json.loads(out.read_text())
    assert report["errors"] == [], report["errors"]
    assert report["scan"]["complete"] is True
    assert run.returncode == 1, run.stderr  # the critical findings, not an incomplete scan
    assert "Traceback" not in run.stderr
    critical = sorted(
        (f["check_id"], f["object"]["table"], f["evidence"])
        for f in report["findings"]
        if f["severity"] == "critical"
    )
    assert critical == [
        ("DUP001", "50%_settings", {"row_count": 2}),
        ("DUP001", "a%%b_status", {"row_count": 2}),
        ("REF001", "100%", {"orphan_count": 1}),
        ("REF001", "a%%b", {"orphan_count": 1}),
        ("REF001", "x%(sample_size)s", {"orphan_count": 1}),
        ("SEC001", "p%%w", {"unhashed_count": 1, "rows_checked": 1}),
    ]
    # The fix script is run by psql, no %-format step: its names are not doubled.
    ref = next(f for f in report["findings"] if f["object"]["table"] == "a%%b")
    assert 'DELETE FROM "public"."a%%b" AS child' in ref["fix"][0]["sql"]
    orphans = next(f for f in report["findings"] if f["object"]["table"] == "100%")
    assert 'DELETE FROM "public"."100%" AS child' in orphans["fix"][0]["sql"]
