"""`dbaudit:ignore` in the database's own comments suppresses findings, as a user writes it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import TestDatabase
from tests.integration.test_cli import dbaudit

SCHEMA = """
CREATE TABLE orders (id int PRIMARY KEY);
CREATE TABLE fills (id int PRIMARY KEY, order_id int);
INSERT INTO orders VALUES (1);
INSERT INTO fills VALUES (1, 1), (2, 9);
CREATE TABLE "Trade Log" (id int PRIMARY KEY, "orderId" int);
INSERT INTO "Trade Log" VALUES (1, 7);
CREATE TABLE runs (id int PRIMARY KEY, order_id int CONSTRAINT "Runs Order" REFERENCES orders);
CREATE INDEX fills_dup ON fills (id);
"""
SELECT = ("--select", "REF,FK,IDX002")


def _scan(database: TestDatabase, tmp_path: Path, *args: str) -> tuple[int, dict[str, object]]:
    report = tmp_path / "report.json"
    run = dbaudit("scan", database.dsn, *SELECT, "-f", "json", "-o", str(report), *args)
    assert "Traceback" not in run.stderr
    return run.returncode, json.loads(report.read_text())


def _open(document: dict[str, object]) -> set[tuple[str, str, tuple[str, ...]]]:
    findings = document["findings"]
    assert isinstance(findings, list)
    return {(f["check_id"], f["object"]["table"], tuple(f["object"]["columns"])) for f in findings}


def _suppressed(document: dict[str, object]) -> set[tuple[str, str, str, str]]:
    entries = document["suppressed"]
    assert isinstance(entries, list)
    return {(s["check_id"], s["object"]["table"], s["reason"], s["source"]) for s in entries}


def test_column_table_constraint_and_index_comments_suppress_their_findings(
    database: TestDatabase, tmp_path: Path
) -> None:
    database.load(SCHEMA)
    _, before = _scan(database, tmp_path)
    assert _open(before) == {
        ("REF001", "fills", ("order_id",)),
        ("REF002", "fills", ("order_id",)),
        ("REF001", "Trade Log", ("orderId",)),
        ("REF002", "Trade Log", ("orderId",)),
        ("FK001", "runs", ("order_id",)),
        ("FK002", "runs", ("order_id",)),
        ("IDX002", "fills", ("id",)),
    }
    database.load("""
        COMMENT ON COLUMN fills.order_id IS
          'Broker ids. dbaudit:ignore REF002 the broker''s ids, not ours';
        COMMENT ON TABLE "Trade Log" IS 'dbaudit:ignore REF: imported, kept as it was';
        COMMENT ON CONSTRAINT "Runs Order" ON runs IS 'dbaudit:ignore FK001, FK002';
        COMMENT ON INDEX fills_dup IS 'dbaudit:ignore idx002 -- dropped next release';
    """)
    _, after = _scan(database, tmp_path)
    assert _open(after) == {("REF001", "fills", ("order_id",))}  # REF001 was not named
    assert _suppressed(after) == {
        (
            "REF002",
            "fills",
            "the broker's ids, not ours",
            "comment on column public.fills.order_id",
        ),
        ("REF001", "Trade Log", "imported, kept as it was", "comment on table public.Trade Log"),
        ("REF002", "Trade Log", "imported, kept as it was", "comment on table public.Trade Log"),
        (
            "FK001",
            "runs",
            "no reason given in the comment",
            "comment on constraint Runs Order on public.runs",
        ),
        (
            "FK002",
            "runs",
            "no reason given in the comment",
            "comment on constraint Runs Order on public.runs",
        ),
        (
            "IDX002",
            "fills",
            "dropped next release",
            "comment on index public.fills_dup (on public.fills)",
        ),
    }
    assert after["summary"]["suppressed"] == 6  # type: ignore[index]


def test_suppressing_the_critical_finding_changes_the_exit_code(
    database: TestDatabase, tmp_path: Path
) -> None:
    database.load(SCHEMA)
    code, _ = _scan(database, tmp_path, "--fail-on", "critical")
    assert code == 1  # REF001: orphans in fills and in "Trade Log"
    database.load("""
        COMMENT ON TABLE fills IS 'dbaudit:ignore REF001 REF002 legacy import';
        COMMENT ON COLUMN "Trade Log"."orderId" IS 'dbaudit:ignore REF001';
    """)
    run = dbaudit("scan", database.dsn, *SELECT, "--fail-on", "critical")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == (
        "Found 4 findings (0 critical, 1 high, 2 medium, 1 low), 3 suppressed; "
        "not failing: none at or above critical (--fail-on)"
    )


def test_a_marker_naming_no_check_is_a_warning_naming_the_object(
    database: TestDatabase, tmp_path: Path
) -> None:
    database.load(SCHEMA)
    database.load("""
        COMMENT ON COLUMN fills.order_id IS 'dbaudit:ignore REF02 typo in the id';
        COMMENT ON COLUMN "Trade Log"."orderId" IS 'dbaudit:ignore';
    """)
    report = tmp_path / "report.json"
    run = dbaudit("scan", database.dsn, *SELECT, "-f", "json", "-o", str(report))
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    warnings = [line for line in run.stderr.splitlines() if line.startswith("dbaudit: warning")]
    assert warnings == [
        "dbaudit: warning: the comment on column public.Trade Log.orderId has dbaudit:ignore "
        "with no check id after it (write `dbaudit:ignore REF002 the reason`): it suppresses "
        "nothing",
        "dbaudit: warning: the comment on column public.fills.order_id names REF02 after "
        "dbaudit:ignore, which is no check id or prefix (did you mean REF002, REF or REF001?): it "
        "suppresses nothing",
    ]
    document = json.loads(report.read_text())
    assert document["suppressed"] == []
    assert ("REF002", "fills", ("order_id",)) in _open(document)


def test_the_markdown_report_shows_the_comment_and_its_reason(
    database: TestDatabase, tmp_path: Path
) -> None:
    database.load(SCHEMA)
    database.load("COMMENT ON COLUMN fills.order_id IS 'dbaudit:ignore REF002 broker ids';")
    report = tmp_path / "report.md"
    dbaudit("scan", database.dsn, *SELECT, "-f", "md", "-o", str(report))
    assert (
        "| REF002 | public.fills(order_id) | broker ids | comment on column public.fills.order_id |"
    ) in report.read_text()
