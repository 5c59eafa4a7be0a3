"""For any name, the fix script applies (issue 14): a property test over identifiers.

A table and its referencing column take a generated name (every Unicode category, control
characters, quotes, `%`, `$$`, backslashes, 63-byte multibyte names: the strategies of the
report-side property test) and carry two defects the script repairs: a foreign key without
an index (FK002) and without a delete policy (FK001). Scan, build the script, apply it with
`psql -v ON_ERROR_STOP=1`: both findings are gone on a rescan, the catalog and the rows
differ from before only by the new index and the foreign key's new rule, and psql printed
no control character raw.
"""

from __future__ import annotations

import os
import tempfile
from itertools import count
from pathlib import Path

import psycopg
from hypothesis import HealthCheck, assume, given, settings
from psycopg import sql

from dbaudit.engine.scan import scan_database
from dbaudit.findings import ScanResult
from dbaudit.remediation.script import build_script
from dbaudit.sandbox.scratch import create_database, drop_database
from dbaudit.settings.model import ScanSettings
from dbaudit.text.controls import CONTROLS
from tests.integration.test_fix import CATALOG, _psql
from tests.unit.test_hostile_names_property import NAMES

PARENT = "parents"
KEY = "pk"
FIXED = ("FK001", "FK002")
_databases = count()


def _scan(dsn: str) -> ScanResult:
    result = scan_database(ScanSettings(dsn=dsn, select=FIXED), CATALOG)
    assert result.errors == ()
    return result


def _snapshot(dsn: str) -> dict[str, set[tuple[object, ...]]]:
    """The user objects a fix could touch, and a digest of every table's rows."""
    user = "n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"
    with psycopg.connect(dsn) as conn:

        def rows(query: str) -> set[tuple[object, ...]]:
            return set(conn.execute(query.encode()).fetchall())

        tables = conn.execute(
            "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n"
            f" ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND {user}"
        ).fetchall()
        digest = sql.SQL("SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM {}.{} t")
        return {
            "relations": rows(
                "SELECT n.nspname, c.relname, c.relkind FROM pg_class c"
                f" JOIN pg_namespace n ON n.oid = c.relnamespace WHERE {user}"
            ),
            "columns": rows(
                "SELECT a.attrelid::regclass::text, a.attname, format_type(a.atttypid,"
                " a.atttypmod), a.attnotnull FROM pg_attribute a JOIN pg_class c"
                " ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                f" WHERE c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND {user}"
            ),
            "constraints": rows(
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(co.oid),"
                " convalidated FROM pg_constraint co JOIN pg_namespace n"
                f" ON n.oid = co.connamespace WHERE {user}"
            ),
            "indexes": rows(
                "SELECT pg_get_indexdef(i.indexrelid), i.indisvalid FROM pg_index i"
                " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n"
                f" ON n.oid = c.relnamespace WHERE {user}"
            ),
            "rows": {
                (
                    schema,
                    table,
                    conn.execute(digest.format(*map(sql.Identifier, (schema, table)))).fetchone(),
                )
                for schema, table in tables
            },
        }


def _load(dsn: str, table: str, column: str) -> None:
    child, ref = sql.Identifier(table), sql.Identifier(column)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(
            sql.SQL("CREATE TABLE {} ({} int PRIMARY KEY)").format(
                sql.Identifier(PARENT), sql.Identifier(KEY)
            )
        )
        conn.execute(
            sql.SQL("CREATE TABLE {} ({} int PRIMARY KEY, {} int REFERENCES {})").format(
                child, sql.Identifier(KEY), ref, sql.Identifier(PARENT)
            )
        )
        conn.execute(sql.SQL("INSERT INTO {} VALUES (1), (2)").format(sql.Identifier(PARENT)))
        conn.execute(sql.SQL("INSERT INTO {} VALUES (1, 1), (2, NULL)").format(child))


def _apply(dsn: str, script: Path) -> str:
    run = _psql(dsn, script)
    assert run.returncode == 0, run.stderr
    # What psql prints shows the names escaped: nothing raw reaches the DBA's terminal.
    assert CONTROLS.findall(run.stdout + run.stderr.replace("\n", "")) == []
    return run.stderr


def _apply_and_compare(dsn: str, table: str, column: str, workdir: Path) -> None:
    _load(dsn, table, column)
    before = _scan(dsn)
    found = {(f.check_id, f.object.table, f.object.columns) for f in before.findings if f.fix}
    assert found == {(check, table, (column,)) for check in FIXED}
    catalog_before = _snapshot(dsn)

    script = workdir / "remediation.sql"
    script.write_text(build_script(before, include_destructive=False, unsafe=True), "utf-8")
    _apply(dsn, script)

    assert [f.check_id for f in _scan(dsn).findings] == []
    catalog_after = _snapshot(dsn)
    # What the script was to change: one index more, the foreign key's ON DELETE rule.
    (index,) = catalog_after["indexes"] - catalog_before["indexes"]
    assert index[1] is True  # valid
    assert str(index[0]).startswith("CREATE INDEX ")
    (old_fk,) = catalog_before["constraints"] - catalog_after["constraints"]
    (new_fk,) = catalog_after["constraints"] - catalog_before["constraints"]
    assert (old_fk[0], old_fk[1], new_fk[3]) == (new_fk[0], new_fk[1], True)
    # the policy the finding proposed: SET NULL for this optional reference, unless the
    # name is a ledger's (a table named Transfers keeps its history: RESTRICT)
    (fk001,) = [f for f in before.findings if f.check_id == "FK001"]
    policy = "RESTRICT" if "Proposed policy: ON DELETE RESTRICT" in fk001.message else "SET NULL"
    assert str(new_fk[2]) == f"{old_fk[2]} ON DELETE {policy}"
    # ... and nothing else: the index's relation is the one new relation.
    assert len(catalog_after["relations"] - catalog_before["relations"]) == 1
    assert catalog_before["relations"] <= catalog_after["relations"]
    for part in ("columns", "rows"):
        assert catalog_after[part] == catalog_before[part], part
    assert catalog_before["indexes"] <= catalog_after["indexes"]
    # Twice: the second run finds every step done (and says so, naming the objects).
    assert "dbaudit: already done: FK001 " in _apply(dsn, script)
    assert _snapshot(dsn) == catalog_after


@settings(deadline=None, max_examples=15, suppress_health_check=[HealthCheck.too_slow])
@given(table=NAMES, column=NAMES)
def test_the_fix_applies_for_any_name(server_dsn: str, table: str, column: str) -> None:
    assume(table != PARENT and column != KEY)
    name = f"dbaudit_fix_property_{os.getpid()}_{next(_databases)}"
    dsn = create_database(server_dsn, name)
    try:
        with tempfile.TemporaryDirectory(prefix="dbaudit-fix-property-") as workdir:
            _apply_and_compare(dsn, table, column, Path(workdir))
    finally:
        drop_database(server_dsn, name)
