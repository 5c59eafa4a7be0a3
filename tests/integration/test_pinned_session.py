"""The scan's session is pinned: the database's own functions never run as the scanning role,
and row-level security cannot silently hide rows from a count.

Before: check SQL called pg_total_relation_size(oid), pg_relation_size(oid) and
quote_ident(name) unqualified under the default search_path ("$user", public), so a user's
better-matching overload ran as the scanning superuser (the CVE-2018-1058 pattern); and a
policy hiding rows made DUP001 count fewer rows and report nothing, exit 0.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import psycopg
from psycopg import conninfo, sql

from tests.conftest import TestDatabase
from tests.integration.test_cli import dbaudit

# Each overload matches the checks' argument types (oid, name) better than pg_catalog's own
# (regclass, text), so the server would pick it wherever its schema is on the search_path.
HOSTILE = """
CREATE TABLE prices (id int PRIMARY KEY, amount numeric);
INSERT INTO prices VALUES (1, 5);
CREATE TABLE users (id int PRIMARY KEY, email text);
CREATE INDEX users_id ON users (id);
CREATE FUNCTION public.pg_total_relation_size(oid) RETURNS bigint LANGUAGE plpgsql AS
  $$ BEGIN RAISE EXCEPTION 'HOSTILE public.pg_total_relation_size ran as %', current_user; END $$;
CREATE FUNCTION public.pg_relation_size(oid) RETURNS bigint LANGUAGE plpgsql AS
  $$ BEGIN RAISE EXCEPTION 'HOSTILE public.pg_relation_size ran as %', current_user; END $$;
"""
USER_SCHEMA = """
CREATE SCHEMA {schema};
CREATE FUNCTION {schema}.quote_ident(name) RETURNS text LANGUAGE plpgsql AS
  $$ BEGIN RAISE EXCEPTION 'HOSTILE "$user".quote_ident ran as %', current_user; END $$;
"""


def test_the_databases_own_functions_never_run_during_a_scan(
    database: TestDatabase, tmp_path: Path
) -> None:
    database.load(HOSTILE)
    role = str(database.query("SELECT current_user")[0][0])
    with psycopg.connect(database.dsn, autocommit=True) as conn:
        schema = sql.Identifier(role).as_string(conn)
    database.load(USER_SCHEMA.format(schema=schema))
    out = tmp_path / "report.json"
    run = dbaudit("scan", database.dsn, "-f", "json", "-o", str(out), "--fail-on", "none")
    assert "HOSTILE" not in run.stdout + run.stderr
    report = json.loads(out.read_text())
    assert report["errors"] == []
    assert run.returncode == 0, run.stderr
    # the checks that call those functions did run: NUM001 sized the table it reports
    num = [f["object"]["table"] for f in report["findings"] if f["check_id"] == "NUM001"]
    assert num == ["prices"]
    assert {"IDX002", "NUM001", "OPS001", "OPS003"} <= {c["id"] for c in report["checks"]}


RLS = """
CREATE TABLE agent_status (id int PRIMARY KEY, is_running boolean);
INSERT INTO agent_status VALUES (1, true), (2, false);
-- a singleton table with two rows, one of them hidden from everyone but its owner
CREATE TABLE app_settings (id int PRIMARY KEY, theme text);
INSERT INTO app_settings VALUES (1, 'dark'), (2, 'light');
ALTER TABLE app_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY first_only ON app_settings USING (id = 1);
"""


def test_a_table_whose_policy_hides_rows_is_an_error_not_a_smaller_count(
    database: TestDatabase, tmp_path: Path
) -> None:
    database.load(RLS)
    with psycopg.connect(database.dsn, autocommit=True) as conn:
        name = f"dbaudit_reader_{os.getpid()}_{database.name.rsplit('_', 1)[-1]}"
        role = sql.Identifier(name)
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(role))
        try:
            conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(role))
            conn.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}").format(role))
            dsn = conninfo.make_conninfo(database.dsn, user=name)
            # what the policy does to the role's own reads
            with psycopg.connect(dsn) as as_reader:
                assert as_reader.execute("SELECT count(*) FROM app_settings").fetchone() == (1,)
            out = tmp_path / "report.json"
            run = dbaudit("scan", dsn, "-f", "json", "-o", str(out), "-q", "--fail-on", "none")
        finally:
            conn.execute(sql.SQL("DROP OWNED BY {}").format(role))
            conn.execute(sql.SQL("DROP ROLE {}").format(role))
    assert run.returncode == 2, run.stderr  # an incomplete scan never passes
    assert "Traceback" not in run.stderr
    report = json.loads(out.read_text())
    assert report["scan"]["complete"] is False
    dup_errors = [e for e in report["errors"] if e["check_id"] == "DUP001"]
    assert [(e["target"], e["message"]) for e in dup_errors] == [
        (
            "public.app_settings",
            'query would be affected by row-level security policy for table "app_settings" '
            "(the scan turns row_security off so that no policy hides rows from its counts: "
            "scan as the table's owner or a role with BYPASSRLS)",
        )
    ]
    # the scan went on: the other singleton table is counted as it is
    dup = [f["object"]["table"] for f in report["findings"] if f["check_id"] == "DUP001"]
    assert dup == ["agent_status"]
