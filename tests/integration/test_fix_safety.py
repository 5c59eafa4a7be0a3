"""The fix script stays safe for hostile names: quoting that does not depend on the server's
settings, no rewriting of names, and `fix --from` that trusts nothing but object identities.
Each script is applied with psql, as a DBA would."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from dbaudit.checks.model import CheckDefinition
from dbaudit.engine.scan import scan_database
from dbaudit.remediation.rebuild import with_rebuilt_fixes
from dbaudit.remediation.script import build_script
from dbaudit.report.json_reader import read_json_report
from dbaudit.report.json_writer import render
from dbaudit.settings.model import ScanSettings
from dbaudit.text.controls import CONTROLS
from dbaudit.text.terminal import terminal_text
from tests.conftest import TestDatabase
from tests.integration.test_cli import dbaudit
from tests.integration.test_fix import (
    CATALOG,
    FIXABLE,
    _load_example,
    _psql,
    _round_trip,
    _write_script,
)

VICTIM = "CREATE TABLE victim (id int PRIMARY KEY); INSERT INTO victim VALUES (1);"


def test_a_backslash_quote_name_cannot_inject_with_standard_conforming_strings_off(
    database: TestDatabase, tmp_path: Path
) -> None:
    hostile = "p\\'; DROP TABLE victim; --"
    quoted = '"' + hostile.replace('"', '""') + '"'
    database.load(f"{VICTIM} CREATE TABLE {quoted} (id int PRIMARY KEY, price numeric(12, 2));")
    script = tmp_path / "remediation.sql"
    _write_script(database.dsn, script)
    # Applied where backslashes in '' strings are escapes (the scan itself is not the point).
    database.load(f"ALTER DATABASE {database.name} SET standard_conforming_strings = off;")
    text = script.read_text()
    assert text.index("SET standard_conforming_strings = on;") < text.index("ALTER TABLE")
    for _ in range(2):
        run = _psql(database.dsn, script)
        assert run.returncode == 0, run.stderr
        assert database.query("SELECT id FROM victim") == [(1,)]
    # The second run found the constraint in place and said so, naming the table as it is.
    assert f"dbaudit: already done: VAL002 public.{hostile}(price)" in run.stderr
    constraints = database.query(
        "SELECT conname, convalidated FROM pg_constraint"
        " WHERE connamespace = 'public'::regnamespace AND contype = 'c'"
    )
    # (not a table of executions: a price of 0 is allowed, the CHECK is >= 0)
    assert constraints == [(f"{hostile}_price_non_negative", True)]


# Every character str.splitlines() splits on besides "\n": none may be rewritten.
LINE_BREAKS = ["\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\r\n"]


def test_names_with_line_breaks_are_not_rewritten(database: TestDatabase, tmp_path: Path) -> None:
    statements = ["CREATE TABLE users (id int PRIMARY KEY);", "INSERT INTO users VALUES (1);"]
    for index, brk in enumerate(LINE_BREAKS):
        table = f'"t{index}{brk}x"'
        statements.append(
            f"CREATE TABLE {table} (id int PRIMARY KEY, user_id int, qty int);"
            f"INSERT INTO {table} VALUES (1, 1, 1), (2, 99, 2);"
        )
    database.load("\n".join(statements))
    before, after, _ = _round_trip(database, tmp_path)
    fixed = {(f.check_id, f.object.table) for f in before.findings if f.fix}
    for index, brk in enumerate(LINE_BREAKS):
        for check in ("REF001", "REF002", "VAL002"):
            assert (check, f"t{index}{brk}x") in fixed
    assert [f for f in after.findings if f.fix] == []


def _saved_report(database: TestDatabase, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    _load_example(database)
    report = tmp_path / "report.json"
    assert dbaudit("scan", database.dsn, "-f", "json", "-o", str(report), "-q").returncode == 1
    return report, json.loads(report.read_text())


def test_fix_from_a_report_renders_steps_from_the_checks_never_from_the_file(
    database: TestDatabase, tmp_path: Path
) -> None:
    report, document = _saved_report(database, tmp_path)
    honest = tmp_path / "honest.sql"
    assert dbaudit("fix", "--from", str(report), "-o", str(honest)).returncode == 0
    marker = tmp_path / "pwned"
    edited = 0
    for finding in document["findings"]:
        for step in finding["fix"]:
            step.update(sql=f"\\! touch {marker}", destructive=False, skip_if=None)
            edited += 1
    assert edited
    report.write_text(json.dumps(document))
    script = tmp_path / "remediation.sql"
    run = dbaudit("fix", "--from", str(report), "-o", str(script))
    assert run.returncode == 0, run.stderr
    text = script.read_text()
    assert "\\!" not in text and "touch" not in text
    assert [line for line in text.splitlines() if line.startswith("DELETE")] == []
    assert "-- DELETE FROM" in text  # REF001's clean-up: destructive, as its check says
    assert text == honest.read_text()
    assert _psql(database.dsn, script).returncode == 0
    assert not marker.exists()


def test_fix_from_a_report_refuses_inputs_that_are_not_names_or_numbers(
    database: TestDatabase, tmp_path: Path
) -> None:
    report, document = _saved_report(database, tmp_path)
    num = next(f for f in document["findings"] if f["check_id"] == "NUM001")
    num["fix_inputs"]["proposed_scale"] = "2); DROP TABLE trades; --"
    report.write_text(json.dumps(document))
    run = dbaudit("fix", "--from", str(report))
    assert run.returncode == 2
    assert run.stdout == ""
    table = f"public.{num['object']['table']}({num['object']['columns'][0]})"
    assert f"the fix of NUM001 {table} cannot be rebuilt from the report" in run.stderr
    assert "Traceback" not in run.stderr


def test_fix_from_an_incomplete_scan_needs_allow_incomplete(
    database: TestDatabase, tmp_path: Path
) -> None:
    report, document = _saved_report(database, tmp_path)
    document["scan"]["complete"] = False
    document["errors"] = [
        {"check_id": "REF001", "target": "public.fills", "message": "timeout", "timed_out": True}
    ]
    report.write_text(json.dumps(document))
    script = tmp_path / "remediation.sql"
    run = dbaudit("fix", "--from", str(report), "-o", str(script))
    assert run.returncode == 2
    assert run.stderr.replace("\n", " ").strip() == (
        f"{report} is the report of an incomplete scan (some checks failed), so a script from "
        "it may miss findings; scan again, or pass --allow-incomplete"
    )
    assert not script.exists()
    run = dbaudit("fix", "--from", str(report), "-o", str(script), "--allow-incomplete")
    assert run.returncode == 0, run.stderr
    assert "the scan was incomplete" in run.stderr
    assert "ALTER TABLE" in script.read_text()


def _last_notice(stderr: str) -> str:
    return stderr.strip().splitlines()[-1].split("NOTICE:  ", 1)[-1]


def test_fix_levels_leave_out_what_needs_a_flag_and_the_script_says_so(
    database: TestDatabase, tmp_path: Path
) -> None:
    _load_example(database)
    script = tmp_path / "remediation.sql"
    _write_script(database.dsn, script)
    text = script.read_text()
    steps = text.count("\n-- fixes ")
    left_out = text.count(", left out: run `dbaudit fix ")
    header = text.split("SET standard_conforming_strings", 1)[0]
    assert f"-- Left out, commented out below ({left_out} step(s)):" in header
    unsafe = header.split("--   unsafe (add --unsafe):\n", 1)[1]
    assert "--     FK001 public.orders(strategy_id) [orders_strategy_id_fkey]\n" in unsafe
    assert "--     NUM001 public.trades(price)\n" in unsafe  # a rewrite
    destructive = header.split("--   destructive (add --include-destructive):\n", 1)[1]
    assert destructive.startswith("--     ")
    assert "--     REF001 public.fills(order_id)\n" in destructive
    assert "-- level: unsafe\n" in text and "-- level: destructive\n" in text
    assert "-- unsafe, left out: run `dbaudit fix --unsafe` to include it" in text
    policy = "SELECT confdeltype FROM pg_constraint WHERE conname = 'orders_strategy_id_fkey'"
    assert database.query(policy) == [("a",)]
    run = _psql(database.dsn, script)
    assert run.returncode == 0, run.stderr
    assert database.query(policy) == [("a",)]  # the policy change was left out
    assert (
        "dbaudit: skipped REF001 public.positions(strategy_id) [positions_strategy_id_fkey]; "
        "FK001 public.positions(strategy_id) [positions_strategy_id_fkey]: "
        "2 orphan row(s) remain, see REF001"
    ) in run.stderr
    assert "nothing to do" not in run.stderr
    counts = (
        r"dbaudit: (\d+) done, (\d+) applied \(not checked beforehand, safe to repeat\), "
        r"(\d+) already done, (\d+) skipped, (\d+) left out \(see the top of the script\)"
    )
    last = re.fullmatch(counts, _last_notice(run.stderr))
    assert last, run.stderr
    done, applied, already, skipped, out = map(int, last.groups())
    assert out == left_out
    assert done + applied + already + skipped + out == steps
    assert skipped >= 1
    # A second run has nothing new to do: what was done is now done already.
    again = re.fullmatch(counts, _last_notice(_psql(database.dsn, script).stderr))
    assert again, "no last line"
    assert (int(again[1]), int(again[2]), int(again[3]), int(again[4])) == (
        0,
        applied,
        already + done,
        skipped,
    )


def test_unsafe_writes_the_policy_changes_live(database: TestDatabase, tmp_path: Path) -> None:
    _load_example(database)
    script = tmp_path / "remediation.sql"
    _write_script(database.dsn, script, "--unsafe")
    text = script.read_text()
    assert "(add --unsafe)" not in text
    assert "(add --include-destructive)" in text
    run = _psql(database.dsn, script)
    assert run.returncode == 0, run.stderr
    policy = "SELECT confdeltype FROM pg_constraint WHERE conname = 'orders_strategy_id_fkey'"
    assert database.query(policy) != [("a",)]


@pytest.mark.parametrize("check", FIXABLE, ids=[c.id for c in FIXABLE])
def test_every_fix_is_rebuilt_from_a_report_as_the_scan_wrote_it(
    check: CheckDefinition, database: TestDatabase, tmp_path: Path
) -> None:
    assert check.examples is not None
    database.load(check.examples.bad, f"{check.source}:examples")
    result = scan_database(ScanSettings(dsn=database.dsn), CATALOG)
    report = tmp_path / "report.json"
    report.write_text(render(result))
    rebuilt = with_rebuilt_fixes(read_json_report(report), CATALOG, str(report))
    assert any(f.check_id == check.id and f.fix for f in rebuilt.findings)
    for everything in (False, True):
        direct = build_script(result, include_destructive=everything, unsafe=everything)
        assert build_script(rebuilt, include_destructive=everything, unsafe=everything) == direct


# An OSC 52 clipboard write, a screen clear, a C1 CSI, a bidi override, a workflow command
# after a line break: what psql would print raw to the DBA's terminal in a notice.
TERMINAL_HOSTILE = "t\x1b]52;c;ZXZpbA==\x07\x1b[2J\x9b31m\u202eevil\n::error::x"


def test_psql_shows_the_names_in_its_notices_escaped(
    database: TestDatabase, tmp_path: Path
) -> None:
    name = '"' + TERMINAL_HOSTILE.replace('"', '""') + '"'
    database.load(
        "CREATE TABLE parents (id int PRIMARY KEY); INSERT INTO parents VALUES (1);"
        f"CREATE TABLE {name} (id int PRIMARY KEY, {name} int);"
        f"INSERT INTO {name} VALUES (1, 1), (2, 99);"  # an orphan: the validation is skipped
        f"ALTER TABLE {name} ADD FOREIGN KEY ({name}) REFERENCES parents NOT VALID;"
    )
    script = tmp_path / "remediation.sql"
    _write_script(database.dsn, script, "--unsafe")
    # The header and each step's comments show the names escaped (a left-out step's SQL,
    # commented out, is the SQL itself: uncommented, it must run as it is).
    text = script.read_text()
    header = text.split("SET standard_conforming_strings")[0].split("\n")
    labels = [line for line in text.split("\n") if line.startswith(("-- fixes ", "-- level"))]
    assert len(labels) >= 6
    assert [line for line in header + labels if CONTROLS.search(line)] == []
    runs = [_psql(database.dsn, script) for _ in range(2)]
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert CONTROLS.findall(run.stdout + run.stderr.replace("\n", "")) == []
    shown = terminal_text(f"public.{TERMINAL_HOSTILE}({TERMINAL_HOSTILE})")
    assert "\\x1b]52;c;ZXZpbA==\\x07\\x1b[2J\\x9b31m\\u202eevil\\n:\u200b:error" in shown
    # The validation, shared with REF001's clean-up (left out), waits on the orphan.
    assert f"dbaudit: skipped REF001 {shown} [" in runs[0].stderr
    assert f"; FK001 {shown} [" in runs[0].stderr
    assert f"dbaudit: already done: FK001 {shown} [" in runs[1].stderr  # the policy change
    # The server's notice on the index built already ("relation ... already exists") would
    # repeat the name raw: the script hides the server's notices of its own statements.
    assert "already exists" not in runs[1].stderr
