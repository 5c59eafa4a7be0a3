"""The command line's conventions, run as a user runs it: a subprocess, its exit code and
the exact lines it prints (the last line says why it exits as it does)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dbaudit.settings.dsn import describe_target
from tests.conftest import TestDatabase
from tests.integration.test_cli import dbaudit as run_cli

# The operations checks judge the test server (its timeouts, logging), not the schema.
NO_OPERATIONS = '["OPS001", "OPS002", "OPS003", "OPS004", "OPS005", "OPS006", "OPS007"]'
MEDIUM_ONLY = """
CREATE TABLE strategies (id int PRIMARY KEY);
CREATE TABLE runs (id int PRIMARY KEY, strategy_id int REFERENCES strategies ON DELETE CASCADE);
"""


def dbaudit(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """test_cli's runner, with `env` added to the inherited environment."""
    return run_cli(*args, cwd=cwd, env={**os.environ, **(env or {})})


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder whose pyproject.toml sets fail_on = medium, as a project's CI would."""
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.dbaudit]\nfail_on = "medium"\ndisable = {NO_OPERATIONS}\n'
    )
    return tmp_path


def test_the_last_line_names_the_setting_and_the_file_that_failed_the_scan(
    database: TestDatabase, project: Path
) -> None:
    database.load(MEDIUM_ONLY)
    run = dbaudit("scan", database.dsn, cwd=project)
    assert run.returncode == 1, run.stderr
    assert run.stdout.splitlines()[-1] == (
        "Found 1 finding (0 critical, 0 high, 1 medium, 0 low);"
        " failing: 1 at or above medium (pyproject.toml)"
    )


def test_the_last_line_names_the_flag_and_fail_on_is_case_insensitive(
    database: TestDatabase, project: Path
) -> None:
    database.load(MEDIUM_ONLY)
    run = dbaudit("scan", database.dsn, "--fail-on", "HIGH", cwd=project)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == (
        "Found 1 finding (0 critical, 0 high, 1 medium, 0 low);"
        " not failing: none at or above high (--fail-on)"
    )


def test_with_a_report_on_stdout_the_last_line_goes_to_stderr(
    database: TestDatabase, project: Path
) -> None:
    database.load(MEDIUM_ONLY)
    run = dbaudit("scan", database.dsn, "-f", "json", env={"DBAUDIT_FAIL_ON": "low"}, cwd=project)
    assert run.returncode == 1
    assert json.loads(run.stdout)["summary"]["medium"] == 1
    *notes, last = run.stderr.splitlines()
    assert last == (
        "Found 1 finding (0 critical, 0 high, 1 medium, 0 low);"
        " failing: 1 at or above low (DBAUDIT_FAIL_ON)"
    )
    # The test servers' user is a superuser: its one note may come before, nothing else.
    assert all(line.startswith("dbaudit: note: this scan ran as a superuser") for line in notes)


def test_a_scan_without_any_table_is_an_error(database: TestDatabase, tmp_path: Path) -> None:
    run = dbaudit("scan", database.dsn, cwd=tmp_path)
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr.splitlines() == [
        f"dbaudit: error: no table to audit in {describe_target(database.dsn)}",
        "  hint: check the database name, --schema and --table, or --allow-empty to scan it anyway",
    ]


def test_an_empty_dsn_falls_back_to_libpq_and_says_so(
    database: TestDatabase, tmp_path: Path
) -> None:
    run = dbaudit("scan", cwd=tmp_path, env={"PGDATABASE": database.name, **_pg_env(database)})
    assert run.returncode == 2, run.stderr
    assert run.stderr.splitlines()[1] == (
        "  hint: no DSN was given, so libpq's defaults (PGHOST, PGDATABASE, ...) chose this "
        "database: give the DSN, or --allow-empty to scan an empty database anyway"
    )


def test_allow_empty_scans_an_empty_database(database: TestDatabase, project: Path) -> None:
    run = dbaudit("scan", database.dsn, "--allow-empty", cwd=project)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == (
        "Found 0 findings; not failing: none at or above medium (pyproject.toml)"
    )


def _pg_env(database: TestDatabase) -> dict[str, str]:
    """The server of the test database as libpq variables."""
    import psycopg

    info = psycopg.conninfo.conninfo_to_dict(database.dsn)
    names = {"host": "PGHOST", "port": "PGPORT", "user": "PGUSER", "password": "PGPASSWORD"}
    return {env: str(info[key]) for key, env in names.items() if info.get(key)}


def test_an_output_file_without_a_format_gets_the_format_of_its_extension(
    database: TestDatabase, project: Path
) -> None:
    database.load(MEDIUM_ONLY)
    run = dbaudit("scan", database.dsn, "-o", "report.json", "-q", cwd=project)
    assert run.returncode == 1, run.stderr
    assert json.loads((project / "report.json").read_text())["summary"]["medium"] == 1
    assert run.stdout == ""
    fix = dbaudit("fix", "--from", "report.json", cwd=project)
    assert fix.returncode == 0, fix.stderr


def test_an_unknown_extension_without_a_format_is_refused(project: Path) -> None:
    run = dbaudit("scan", "host=127.0.0.1 port=1", "-o", "report.pdf", cwd=project)
    assert run.returncode == 2
    assert run.stderr.splitlines() == [
        "dbaudit: error: cannot tell the report format of report.pdf from its extension",
        "  hint: give -f before -o (e.g. -f json -o report.pdf), "
        "or end the name in one of: .json, .sarif, .xml, .md, .html, .txt",
    ]


def test_quiet_without_an_output_file_is_refused(project: Path) -> None:
    run = dbaudit("scan", "host=127.0.0.1 port=1", "-q", cwd=project)
    assert run.returncode == 2
    assert run.stderr.splitlines() == [
        "dbaudit: error: -q hides the terminal summary, but no report goes to a file",
        "  hint: add -o FILE or --output-dir DIR, or drop -q",
    ]


LONG_NAMES = """
CREATE TABLE instrument_reference_data_for_every_listed_venue_and_symbol (id int PRIMARY KEY);
CREATE TABLE fills_reported_by_the_clearing_house_for_every_trading_session (
    id int PRIMARY KEY,
    instrument_reference_data_for_every_listed_venue_and_symbol_id int
        CONSTRAINT fills_instrument_fkey
        REFERENCES instrument_reference_data_for_every_listed_venue_and_symbol ON DELETE RESTRICT
);
"""


def test_piped_output_is_never_wrapped_and_has_no_trailing_spaces(
    database: TestDatabase, project: Path
) -> None:
    database.load(LONG_NAMES)
    run = dbaudit("scan", database.dsn, cwd=project)
    assert run.returncode == 1, run.stderr
    lines = run.stdout.splitlines()
    assert [line for line in lines if line != line.rstrip()] == []
    fk002 = [line for line in lines if " FK002 " in line]
    assert fk002 == [
        "Medium    FK002  public.fills_reported_by_the_clearing_house_for_every_trading_session"
        "(instrument_reference_data_for_every_listed_venue_and_symbol_id)"
        " [fills_instrument_fkey]  Foreign key without a covering index  estimated rows: 0"
    ]


def test_checks_list_and_explain_print_whole_lines_into_a_pipe() -> None:
    listing = dbaudit("checks", "list").stdout.splitlines()
    assert [line for line in listing if line != line.rstrip()] == []
    assert (
        " OPS007   medium    operations   catalog  Vacuum falling behind (dead rows, never "
        "analyzed, transaction ID wraparound)"
    ) in listing
    explained = dbaudit("checks", "explain", "REF001").stdout.splitlines()
    assert (
        "ALTER TABLE positions ADD FOREIGN KEY (strategy_id) REFERENCES strategies NOT VALID;"
    ) in explained
    assert any(
        line.startswith("Rows whose reference") and line.endswith("at all.") for line in explained
    )


@pytest.mark.parametrize("command", [["checks", "list"], ["config", "show"]])
def test_a_reader_that_went_away_ends_the_run_quietly(command: list[str], tmp_path: Path) -> None:
    run = subprocess.Popen(
        [sys.executable, "-m", "dbaudit", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    assert run.stdout is not None and run.stderr is not None
    run.stdout.close()  # `| head` that already exited: the first write hits a broken pipe
    assert run.wait(timeout=60) == 141
    assert run.stderr.read() == b""


SLEEPING_CHECK = """\
id: SLP001
title: A check that sleeps
severity: low
category: operations
kind: catalog
description: Sleeps.
rationale: To be interrupted.
query: SELECT 'public' AS schema_name, 'x' AS table_name FROM pg_sleep(30)
message: never
allow_functions: [pg_sleep]
"""


def test_ctrl_c_ends_the_scan_with_exit_130_and_one_line(
    database: TestDatabase, tmp_path: Path
) -> None:
    import psycopg

    database.load(MEDIUM_ONLY)
    (tmp_path / "SLP001.yaml").write_text(SLEEPING_CHECK)
    scan = subprocess.Popen(
        [sys.executable, "-m", "dbaudit", "scan", database.dsn, "--checks", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        with psycopg.connect(database.dsn, autocommit=True) as observer:
            for _ in range(600):  # until the scan sleeps in its check
                sleeping = observer.execute(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE application_name = 'dbaudit' AND query LIKE '%%pg_sleep(30)%%'"
                    " AND pid <> pg_backend_pid()"
                ).fetchone()
                if sleeping and sleeping[0]:
                    break
                time.sleep(0.1)
            else:
                pytest.fail("the scan never reached its sleeping check")
        scan.send_signal(signal.SIGINT)
        _, stderr = scan.communicate(timeout=25)  # well before the sleep would end
    finally:
        if scan.poll() is None:
            scan.kill()
    assert scan.returncode == 130
    assert stderr == "dbaudit: interrupted\n"


def test_select_and_ignore_choose_the_checks(database: TestDatabase, tmp_path: Path) -> None:
    database.load(MEDIUM_ONLY + "CREATE TABLE notes (body text);")  # TBL001: no primary key
    run = dbaudit("scan", database.dsn, "--select", "fk,TBL", "--ignore", "FK001", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == (
        "Found 2 findings (0 critical, 1 high, 1 medium, 0 low);"
        " not failing: none at or above critical (default)"
    )
    typo = dbaudit("scan", database.dsn, "--select", "REFF", cwd=tmp_path)
    assert typo.returncode == 2
    assert typo.stderr.splitlines() == [
        "dbaudit: error: --select REFF: no check has this id or prefix",
        "  hint: did you mean REF?",
    ]


def test_checks_explain_suggests_the_id_meant() -> None:
    run = dbaudit("checks", "explain", "REF01")
    assert run.returncode == 2
    assert run.stderr.splitlines() == [
        "dbaudit: error: no check with id 'REF01'",
        "  hint: did you mean REF001 or REF002?",
    ]


def test_concise_prints_one_line_per_finding_then_the_ending(
    database: TestDatabase, project: Path
) -> None:
    database.load(MEDIUM_ONLY)
    run = dbaudit("scan", database.dsn, "-f", "concise", cwd=project)
    assert run.returncode == 1, run.stderr
    assert run.stdout.splitlines() == [
        "medium FK002 public.runs(strategy_id) [runs_strategy_id_fkey]"
        " No index covers public.runs(strategy_id), the foreign key to public.strategies:"
        " each delete of a row of strategies scans runs.",
        "Found 1 finding (0 critical, 0 high, 1 medium, 0 low);"
        " failing: 1 at or above medium (pyproject.toml)",
    ]


def test_a_bare_database_name_is_a_dsn_as_psql_takes_it(
    database: TestDatabase, project: Path
) -> None:
    database.load(MEDIUM_ONLY)
    run = dbaudit("scan", database.name, "-f", "concise", cwd=project, env=_pg_env(database))
    assert run.returncode == 1, run.stderr
    assert run.stdout.splitlines()[0].startswith("medium FK002 public.runs(strategy_id)")


def test_checks_list_filters_and_json() -> None:
    run = dbaudit("checks", "list", "--kind", "data", "--category", "integrity", "-f", "json")
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    assert [(r["id"], r["severity"]) for r in rows] == [
        ("DUP001", "critical"),
        ("KEY001", "high"),
        ("KEY002", "high"),
        ("REF001", "critical"),
        ("SEQ001", "high"),
        ("TIME001", "medium"),
        ("VAL001", "high"),
    ]
    table = dbaudit("checks", "list", "--severity", "CRITICAL").stdout.splitlines()
    assert [line.split()[0] for line in table] == ["ID", "DUP001", "REF001", "SEC001"]
    bad = dbaudit("checks", "list", "--kind", "sql")
    assert (bad.returncode, bad.stderr) == (
        2,
        "dbaudit: error: --kind sql: expected one of: catalog, data\n",
    )


def test_version_short_flag() -> None:
    from dbaudit import __version__

    assert dbaudit("-V").stdout == f"dbaudit {__version__}\n"


def test_help_keeps_its_defaults_and_names_its_values() -> None:
    run = dbaudit("scan", "--help", env={"COLUMNS": "250"})
    assert run.returncode == 0
    fail_on = next(line for line in run.stdout.splitlines() if "│ --fail-on" in line)
    assert "Exit 1 if a finding is this severe or more (default: critical)." in fail_on
    assert "<list[" not in run.stdout


def test_table_and_exclude_table_take_pg_dump_patterns(
    database: TestDatabase, project: Path
) -> None:
    database.load(
        MEDIUM_ONLY
        + "CREATE TABLE notes (body text);"  # TBL001
        + 'CREATE SCHEMA "Archive"; CREATE TABLE "Archive".old_notes (body text);'
    )
    run = dbaudit("scan", database.dsn, "-t", "*notes", "-T", '"Archive".*', "-f", "concise",
                  cwd=project)  # fmt: skip
    assert run.returncode == 1, run.stderr
    assert [line.split(" ", 3)[:3] for line in run.stdout.splitlines()[:-1]] == [
        ["high", "TBL001", "public.notes"]
    ]
    archive = dbaudit("scan", database.dsn, "-t", '"Archive".*', "-f", "concise", cwd=project)
    # The quoted schema matched as written: only the table of "Archive" is in scope.
    assert [line.split(" ")[1] for line in archive.stdout.splitlines()[:-1]] == ["TBL001"]
    assert "old_notes" in archive.stdout.splitlines()[0]


@pytest.mark.slow
def test_demo_keep_prints_the_dsn_and_serves_until_ctrl_c(tmp_path: Path) -> None:
    demo = subprocess.Popen(
        [sys.executable, "-m", "dbaudit", "demo", "--keep", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        assert demo.stderr is not None
        up = "The demo database is up: "
        line = ""
        for line in demo.stderr:  # reports first, then the DSN
            if line.startswith(up):
                break
        assert line.startswith(up), line
        dsn = line.removeprefix(up).strip()
        scan = dbaudit("scan", dsn, "--select", "DUP", "-f", "concise", cwd=tmp_path)
        assert scan.stdout.splitlines()[-1] == (
            "Found 1 finding (1 critical, 0 high, 0 medium, 0 low);"
            " failing: 1 at or above critical (default)"
        )
        demo.send_signal(signal.SIGINT)
        _, rest = demo.communicate(timeout=60)
    finally:
        if demo.poll() is None:
            demo.kill()
    assert demo.returncode == 0
    assert rest.splitlines()[-1] == "demo server stopped"
    assert (tmp_path / "dbaudit-report.md").is_file()


def test_shell_completion_completes_commands() -> None:
    script = Path(sys.executable).parent / "dbaudit"  # the entry point, as a shell runs it
    run = subprocess.run(
        [str(script)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "_DBAUDIT_COMPLETE": "complete_bash", "COMP_WORDS": "dbaudit sc",
             "COMP_CWORD": "1"},
    )  # fmt: skip
    assert (run.returncode, run.stdout) == (0, "scan\n")


def test_sql_files_that_create_no_table_are_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty.sql").write_text("SELECT 1;\n")
    run = dbaudit("scan", "--sql", str(tmp_path / "empty.sql"), cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr.splitlines() == [
        "dbaudit: error: no table to audit in SQL files empty.sql",
        "  hint: the SQL files create no table (in the scope asked for): check the paths and"
        " --schema",
    ]
