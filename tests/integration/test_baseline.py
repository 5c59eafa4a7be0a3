"""Baselines in CI: --write-baseline accepts today's findings; --baseline fails only on new
or worsened ones. The exit-code matrix is run as a user runs it, in a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import TestDatabase
from tests.integration.test_cli import dbaudit

# One critical (a singleton table with 2 rows, a count of bad rows) and one high finding.
TODAY = """
CREATE TABLE agent_status (id serial PRIMARY KEY, is_running boolean);
INSERT INTO agent_status (is_running) VALUES (true), (false);
CREATE TABLE orders (id int PRIMARY KEY, quantity numeric(12, 2));
INSERT INTO orders VALUES (1, 0);
"""
# A third row in the singleton: the same finding, worse.
WORSENED = "INSERT INTO agent_status (is_running) VALUES (true);"
# A new high finding on another object.
NEW_HIGH = """
CREATE TABLE fills (id int PRIMARY KEY, price numeric(12, 2));
INSERT INTO fills VALUES (1, -1);
"""


@pytest.fixture
def baseline(database: TestDatabase, tmp_path: Path) -> Path:
    database.load(TODAY)
    path = tmp_path / ".dbaudit-baseline.json"
    run = dbaudit("scan", database.dsn, "--write-baseline", str(path), "-q")
    assert run.returncode == 0, run.stderr
    assert f"written to {path}" in run.stderr
    return path


def test_the_baseline_records_fingerprints_and_counts_not_messages(baseline: Path) -> None:
    document = json.loads(baseline.read_text())
    entries = {(e["check_id"], e["object"]): e for e in document["findings"]}
    assert entries["DUP001", "public.agent_status"]["counts"] == {"row_count": 2}
    assert entries["VAL001", "public.orders(quantity)"]["counts"] == {"invalid_count": 1}
    # Schema findings carry no counts.
    assert all(e["counts"] == {} for (check, _), e in entries.items() if check == "VAL002")
    assert all(len(e["fingerprint"]) == 16 for e in entries.values())
    assert "message" not in json.dumps(document)


@pytest.mark.parametrize(
    ("change", "fail_on", "expected"),
    [
        ("", "critical", 0),  # nothing new
        ("", "low", 0),  # nothing new, even at the lowest threshold
        (WORSENED, "critical", 1),  # the critical finding grew: it counts again
        (NEW_HIGH, "critical", 0),  # a new finding below the threshold
        (NEW_HIGH, "high", 1),  # a new finding at the threshold
        (NEW_HIGH, "none", 0),
    ],
    ids=["same-critical", "same-low", "worsened", "new-high-vs-critical", "new-high", "none"],
)
def test_exit_code_with_a_baseline(
    database: TestDatabase, baseline: Path, change: str, fail_on: str, expected: int
) -> None:
    if change:
        database.load(change)
    run = dbaudit("scan", database.dsn, "--baseline", str(baseline), "--fail-on", fail_on)
    assert run.returncode == expected, run.stdout + run.stderr


def test_without_the_baseline_the_same_database_fails(
    database: TestDatabase, baseline: Path
) -> None:
    assert dbaudit("scan", database.dsn).returncode == 1


def test_the_report_shows_baselined_findings_apart(
    database: TestDatabase, baseline: Path, tmp_path: Path
) -> None:
    database.load(NEW_HIGH)
    report = tmp_path / "report.json"
    run = dbaudit(
        "scan", database.dsn, "--baseline", str(baseline), "-f", "json", "-o", str(report)
    )
    assert run.returncode == 0, run.stderr
    document = json.loads(report.read_text())
    assert {f["object"]["table"] for f in document["findings"]} == {"fills"}
    baselined = {(f["check_id"], f["object"]["table"]) for f in document["baselined"]}
    assert {("DUP001", "agent_status"), ("VAL001", "orders")} <= baselined
    assert "fills" not in {table for _, table in baselined}
    assert document["summary"]["baselined"] == len(document["baselined"])
    assert document["summary"]["critical"] == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        ("{not json", "is not a dbaudit baseline (not JSON"),
        ('{"baseline_version": 99, "findings": []}', "is not a dbaudit baseline of version 1"),
        ('{"baseline_version": 1, "findings": [{"x": 1}]}', "findings[0] has no fingerprint"),
    ],
    ids=["missing", "not-json", "wrong-version", "no-fingerprint"],
)
def test_a_bad_baseline_is_one_clear_error_before_connecting(
    tmp_path: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content)
    # The DSN would fail to connect: the baseline error must come first.
    run = dbaudit("scan", "host=127.0.0.1 port=1", "--baseline", str(path))
    assert run.returncode == 2
    assert message in run.stderr
    assert "hint: write a new one with: dbaudit scan --write-baseline FILE" in run.stderr
    assert "Traceback" not in run.stderr
