"""What the fix script says about each step, applied twice with psql: done, applied, already
done, or skipped with the condition that held (never "already done" for a step that could not
run), and the exact last line of each run."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import TestDatabase
from tests.integration.test_cli import dbaudit
from tests.integration.test_fix import PSQL, _psql

SCHEMA = """
CREATE TABLE products (id int PRIMARY KEY, price numeric);
INSERT INTO products VALUES (1, 10.25), (2, -1);
CREATE TABLE jobs (id int PRIMARY KEY, idempotency_key text UNIQUE);
INSERT INTO jobs VALUES (1, 'k1'), (2, NULL);
CREATE TABLE codes (id int PRIMARY KEY, code text, label text);
CREATE UNIQUE INDEX codes_code ON codes (code);
CREATE INDEX codes_label ON codes (label);
-- Two builds that failed, as CREATE INDEX CONCURRENTLY leaves them; codes_code no longer
-- maintained, so a duplicate got in.
UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'codes_label'::regclass;
UPDATE pg_index SET indisvalid = false, indisready = false
 WHERE indexrelid = 'codes_code'::regclass;
INSERT INTO codes VALUES (1, 'a', 'x'), (2, 'a', 'y');
CREATE TABLE vendors (id int PRIMARY KEY);
CREATE TABLE supplies (id int PRIMARY KEY, vendor_id int REFERENCES vendors ON DELETE RESTRICT);
"""
CHECKS = "NUM001,VAL002,KEY002,IDX001,FK002"
LAST_LINE = (
    "dbaudit: {done} done, {applied} applied (not checked beforehand, safe to repeat), "
    "{already} already done, {skipped} skipped, 1 left out (see the top of the script)"
)  # left out: KEY002's destructive step that would give the NULL rows keys


def _notices(stderr: str) -> list[str]:
    """The script's own lines, without psql's `psql:file:line: NOTICE:` prefix."""
    lines = []
    for line in stderr.splitlines():
        text = line.split("NOTICE:  ", 1)[-1]
        if text.startswith("dbaudit: "):
            lines.append(text)
    return lines


def test_each_step_says_which_condition_held_and_the_last_line_counts_them(
    database: TestDatabase, tmp_path: Path
) -> None:
    assert PSQL, "psql is needed to apply the script"
    database.load(SCHEMA)
    script = tmp_path / "remediation.sql"
    run = dbaudit("fix", database.dsn, "--select", CHECKS, "--unsafe", "-o", str(script))
    assert run.returncode == 0, run.stderr
    # The data moves on after the scan: a price with more decimals than the proposed type keeps.
    database.load("INSERT INTO products VALUES (3, 1.123456789123)")

    first = _psql(database.dsn, script)
    assert first.returncode == 0, first.stderr
    assert _notices(first.stderr) == [
        "dbaudit: skipped KEY002 public.jobs(idempotency_key) [jobs_idempotency_key_key]: "
        "1 row(s) with a NULL key remain, see KEY002",
        "dbaudit: skipped KEY002 public.jobs(idempotency_key) [jobs_idempotency_key_key]: "
        "the CHECK was not added (its step was skipped)",
        "dbaudit: skipped KEY002 public.jobs(idempotency_key) [jobs_idempotency_key_key]: "
        "the CHECK is not validated (its step was skipped)",
        "dbaudit: skipped VAL002 public.products(price): 1 row(s) < 0 remain, see VAL001",
        "dbaudit: skipped IDX001 public.codes(code) [codes_code]: "
        "1 duplicated key(s) remain: the rebuild would fail, see IDX001",
        "dbaudit: skipped NUM001 public.products(price): "
        "1 value(s) would be rounded or overflow the new type, see NUM001",
        LAST_LINE.format(done=2, applied=1, already=0, skipped=6),
    ]
    # Run again: what ran is already done, the index step without a check is applied again,
    # and the skipped steps are skipped for the same reasons (not "already done").
    second = _psql(database.dsn, script)
    assert second.returncode == 0, second.stderr
    notices = _notices(second.stderr)
    assert notices[-1] == LAST_LINE.format(done=0, applied=1, already=2, skipped=6)
    assert [n for n in notices if "already done" in n and n != notices[-1]] == [
        "dbaudit: already done: VAL002 public.products(price)",
        "dbaudit: already done: IDX001 public.codes(label) [codes_label]",
    ]
    assert [n for n in notices if n.startswith("dbaudit: skipped")] == [
        n for n in _notices(first.stderr) if n.startswith("dbaudit: skipped")
    ]
