"""`dbaudit fix`: the script is proven by applying it with psql and scanning again.

Round trip: scan -> fix --include-destructive -> psql -v ON_ERROR_STOP=1 -f -> scan: every
finding that had a fix is gone and no new one appears; a second run succeeds and changes
nothing. The script is linted with squawk.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sysconfig
from pathlib import Path

import psycopg
import pytest

from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import CheckDefinition
from dbaudit.engine.scan import scan_database
from dbaudit.findings import ScanResult
from dbaudit.resources import examples_dir
from dbaudit.settings.model import ScanSettings
from tests.conftest import TestDatabase
from tests.integration.test_cli import dbaudit

CATALOG = load_catalog()
# The checks whose bad example a fix repairs; the workload checks' fixes (IDX003) need a
# workload, and their round trip is in tests/integration/test_workload.py.
FIXABLE = [c for c in CATALOG if c.fix and c.examples is not None]
PSQL = shutil.which("psql")
# squawk-cli installs its binary beside the interpreter running the tests, wherever that venv is.
SQUAWK = shutil.which("squawk") or str(Path(sysconfig.get_path("scripts")) / "squawk")

# Names a fix must quote right: quotes, spaces, case, reserved words, unicode, 63 bytes.
LONG = "l" * 63
HOSTILE = f'''
CREATE SCHEMA "Sales Ledger";
CREATE TABLE "Sales Ledger"."User" ("select" text PRIMARY KEY);
CREATE TABLE "Sales Ledger"."Order ""Lines""" (
  "id" int PRIMARY KEY,
  "select" text REFERENCES "Sales Ledger"."User",
  "prix_€" numeric(12, 2)
);
INSERT INTO "Sales Ledger"."User" VALUES ('u1');
INSERT INTO "Sales Ledger"."Order ""Lines""" VALUES (1, 'u1', 5);
CREATE TABLE "{LONG}" (id int PRIMARY KEY, "User_id" text REFERENCES "Sales Ledger"."User");
CREATE TABLE "Agent Status" (id int PRIMARY KEY, state text);
INSERT INTO "Agent Status" VALUES (1, 'up'), (2, 'down');
'''


def _scan(dsn: str) -> ScanResult:
    result = scan_database(ScanSettings(dsn=dsn), CATALOG)
    assert result.errors == ()
    return result


def _write_script(dsn: str, path: Path, *extra: str) -> None:
    run = dbaudit("fix", dsn, "-o", str(path), *extra)
    assert run.returncode == 0, run.stderr


def _psql(dsn: str, script: Path) -> subprocess.CompletedProcess[str]:
    assert PSQL, "psql is needed to apply the script"
    return subprocess.run(
        [PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", dsn, "-f", str(script)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _state(dsn: str) -> tuple[object, ...]:
    """What a second run must not change: constraints, indexes and every table's rows."""
    with psycopg.connect(dsn) as conn:
        constraints = conn.execute(
            "SELECT conrelid::regclass::text, conname, convalidated,"
            " pg_get_constraintdef(oid) FROM pg_constraint"
            " WHERE connamespace NOT IN ('pg_catalog'::regnamespace,"
            " 'information_schema'::regnamespace) ORDER BY 1, 2"
        ).fetchall()
        indexes = conn.execute(
            "SELECT indexrelid::regclass::text, indisvalid, pg_get_indexdef(indexrelid)"
            " FROM pg_index WHERE indrelid >= 16384 ORDER BY 1"
        ).fetchall()
        tables = conn.execute(
            "SELECT format('%I.%I', schemaname, relname) FROM pg_stat_user_tables ORDER BY 1"
        ).fetchall()
        rows = [
            conn.execute(
                f"SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM {name} t"
            ).fetchone()
            for (name,) in tables
        ]
    return (constraints, indexes, rows)


def _round_trip(database: TestDatabase, tmp_path: Path) -> tuple[ScanResult, ScanResult, Path]:
    before = _scan(database.dsn)
    script = tmp_path / "remediation.sql"
    _write_script(database.dsn, script, "--include-destructive", "--unsafe")
    first = _psql(database.dsn, script)
    assert first.returncode == 0, first.stderr + script.read_text()
    after = _scan(database.dsn)
    fixed = {f.fingerprint for f in before.findings if f.fix}
    remaining = {f.fingerprint: f for f in after.findings}
    assert [remaining[p].object.display() for p in fixed & set(remaining)] == []
    new = set(remaining) - {f.fingerprint for f in before.findings}
    # An index the script built may make an older one redundant: IDX002 then rightly
    # reports the old one, naming the new index as the one that covers it.
    created = set(re.findall(r'IF NOT EXISTS "([^"]+)"', script.read_text()))
    new = {
        p
        for p in new
        if not (
            remaining[p].check_id == "IDX002" and any(n in remaining[p].message for n in created)
        )
    }
    assert [remaining[p].check_id + " " + remaining[p].object.display() for p in new] == []
    # Twice: the second run succeeds and changes nothing.
    state = _state(database.dsn)
    second = _psql(database.dsn, script)
    assert second.returncode == 0, second.stderr
    assert _state(database.dsn) == state
    return before, after, script


def _load_example(database: TestDatabase) -> None:
    trading = examples_dir() / "trading"
    database.load((trading / "schema.sql").read_text(), "schema.sql")
    database.load((trading / "data.sql").read_text(), "data.sql")


def test_the_example_database_round_trip(database: TestDatabase, tmp_path: Path) -> None:
    _load_example(database)
    before, after, script = _round_trip(database, tmp_path)
    fixable = [f for f in before.findings if f.fix]
    assert {f.check_id for f in fixable} >= {"FK001", "FK002", "REF001", "DUP001"}
    # What remains had no automatic fix.
    assert all(not f.fix for f in after.findings)
    text = script.read_text()
    assert "CREATE INDEX CONCURRENTLY IF NOT EXISTS" in text
    assert "NOT VALID;" in text
    assert text.index("DELETE FROM") < text.index("VALIDATE CONSTRAINT")


@pytest.mark.parametrize("check", FIXABLE, ids=[c.id for c in FIXABLE])
def test_each_bad_example_round_trip(
    check: CheckDefinition, database: TestDatabase, tmp_path: Path
) -> None:
    assert check.examples is not None
    database.load(check.examples.bad, f"{check.source}:examples")
    before, _, _ = _round_trip(database, tmp_path)
    assert any(f.check_id == check.id and f.fix for f in before.findings)


def test_de_duplication_keeps_the_row_it_says_it_keeps(
    database: TestDatabase, tmp_path: Path
) -> None:
    database.load(
        "CREATE TABLE agent_status (id int PRIMARY KEY, up bool);"
        "INSERT INTO agent_status VALUES (7, true), (3, false);"
        "CREATE TABLE feed_state (region text, shard int, c int, PRIMARY KEY (region, shard));"
        "INSERT INTO feed_state VALUES ('eu', 2, 10), ('eu', 1, 20);"
        "CREATE TABLE positions (id text PRIMARY KEY, symbol text NOT NULL);"
        "INSERT INTO positions VALUES ('p9', 'AAPL'), ('p2', 'AAPL'), ('p5', 'AAPL');"
    )
    _, _, script = _round_trip(database, tmp_path)
    text = script.read_text()
    assert "keeps the row with the lowest primary key (id)" in text
    assert "keeps, of each key, the row with the lowest primary key (id)" in text
    assert database.query("SELECT id FROM agent_status") == [(3,)]
    assert database.query("SELECT region, shard FROM feed_state") == [("eu", 1)]
    assert database.query("SELECT id FROM positions") == [("p2",)]


def test_hostile_identifiers_survive_the_round_trip(database: TestDatabase, tmp_path: Path) -> None:
    database.load(HOSTILE)
    before, _, script = _round_trip(database, tmp_path)
    objects = {(f.check_id, f.object.table) for f in before.findings if f.fix}
    assert ("FK002", LONG) in objects
    assert ("DUP001", "Agent Status") in objects
    assert ("FK002", 'Order "Lines"') in objects
    text = script.read_text()
    assert '"Sales Ledger"."Order ""Lines"""' in text
    # A derived index name of a 63-byte table still fits in 63 bytes.
    names = [line.split()[-1] for line in text.splitlines() if "IF NOT EXISTS" in line]
    assert names
    assert all(len(name.strip('"').encode()) <= 63 for name in names)


def test_without_include_destructive_it_runs_and_deletes_nothing(
    database: TestDatabase, tmp_path: Path
) -> None:
    _load_example(database)
    script = tmp_path / "remediation.sql"
    _write_script(database.dsn, script)
    text = script.read_text()
    assert "\nDELETE" not in text
    assert "-- DELETE FROM" in text
    rows = database.query("SELECT count(*) FROM fills")
    run = _psql(database.dsn, script)
    assert run.returncode == 0, run.stderr
    assert database.query("SELECT count(*) FROM fills") == rows
    # The orphans are still there, so the validation waited instead of failing.
    after = _scan(database.dsn)
    assert any(f.check_id == "REF001" for f in after.findings)
    assert "dbaudit: skipped REF001 public.positions(strategy_id)" in run.stderr
    assert "2 orphan row(s) remain, see REF001" in run.stderr


def test_the_script_passes_squawk(database: TestDatabase, tmp_path: Path) -> None:
    _load_example(database)
    database.load(HOSTILE)
    script = tmp_path / "remediation.sql"
    _write_script(database.dsn, script, "--include-destructive")
    run = subprocess.run(
        [SQUAWK, "--reporter", "json", str(script)],
        capture_output=True,
        text=True,
        check=False,
    )
    hits = json.loads(run.stdout or "[]")
    errors = [h for h in hits if h["level"] == "Error"]
    assert errors == []
    # Warnings we accept, and why:
    #   prefer-robust-stmts on ENABLE TRIGGER ALL: enabling enabled triggers is a no-op, so
    #   the statement is already safe to rerun.
    accepted = {"prefer-robust-stmts"}
    assert {h["rule_name"] for h in hits} <= accepted, hits


def test_fix_from_a_saved_report_is_the_same_script(database: TestDatabase, tmp_path: Path) -> None:
    _load_example(database)
    report = tmp_path / "report.json"
    assert dbaudit("scan", database.dsn, "-f", "json", "-o", str(report), "-q").returncode == 1
    from_report = tmp_path / "from-report.sql"
    run = dbaudit("fix", "--from", str(report), "-o", str(from_report))
    assert run.returncode == 0, run.stderr
    direct = tmp_path / "direct.sql"
    _write_script(database.dsn, direct)

    def body(path: Path) -> str:
        return path.read_text().split("SET lock_timeout", 1)[1]

    assert body(from_report) == body(direct)


def test_fix_check_lists_what_has_no_automatic_fix(database: TestDatabase) -> None:
    _load_example(database)
    run = dbaudit("fix", database.dsn, "--check")
    assert run.returncode == 1
    why = "Which value is right is business knowledge"
    assert f"VAL001 public.trades(quantity): {why}" in run.stdout
    assert "have an automatic fix" in run.stdout


def test_a_partitioned_table_is_indexed_partition_by_partition(
    database: TestDatabase, tmp_path: Path
) -> None:
    database.load(
        """
        CREATE TABLE strategies (id int PRIMARY KEY);
        CREATE TABLE events (id int, strategy_id int REFERENCES strategies, at date)
          PARTITION BY RANGE (at);
        CREATE TABLE events_2024 PARTITION OF events
          FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
        CREATE TABLE events_2025 PARTITION OF events
          FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
        """
    )
    script = tmp_path / "remediation.sql"
    _write_script(database.dsn, script)
    text = script.read_text()
    parent = text.index('ON ONLY "public"."events" ("strategy_id");')
    for part in ("events_2024", "events_2025"):
        build = text.index(
            f'CREATE INDEX CONCURRENTLY IF NOT EXISTS "{part}_strategy_id_fk_idx"\n'
            f'  ON "public"."{part}" ("strategy_id");'
        )
        attach = text.index(
            f'ALTER INDEX "public"."events_strategy_id_fk_idx"\n'
            f'  ATTACH PARTITION "public"."{part}_strategy_id_fk_idx";'
        )
        assert parent < build < attach
    assert _psql(database.dsn, script).returncode == 0
    valid = database.query(
        "SELECT indisvalid FROM pg_index WHERE indexrelid = 'events_strategy_id_fk_idx'::regclass"
    )
    assert valid == [(True,)]
