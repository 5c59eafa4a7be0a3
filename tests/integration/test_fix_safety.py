"""The fix script stays safe for hostile names: quoting that does not depend on the server's
settings, no rewriting of names, and `fix --from` that trusts nothing but object identities.
Each script is applied with psql, as a DBA would."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import TestDatabase
from tests.integration.test_fix import _psql, _round_trip, _write_script

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
    assert f"nothing to do for VAL002 public.{hostile}(price)" in run.stderr
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
