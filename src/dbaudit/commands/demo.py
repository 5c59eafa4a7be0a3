"""`dbaudit demo`: the example trading platform on an embedded server, with its workload."""

from __future__ import annotations

from dbaudit.commands.scanning import scan_sql_files
from dbaudit.engine.exitcodes import ExitCode
from dbaudit.report.destinations import ReportRequest, write_reports
from dbaudit.resources import examples_dir
from dbaudit.sandbox.demo_workload import (
    STATEMENT_STATS_SETTINGS,
    enable_statement_stats,
    run_n_plus_one_workload,
)
from dbaudit.settings.model import ScanSettings

DEMO_DATABASE = "dbaudit_demo"
DEMO_FILES = ("trading/schema.sql", "trading/data.sql")


def _demo_workload(dsn: str) -> None:
    # The application's N+1 loops, so the workload checks (OPS001) have statistics to read.
    enable_statement_stats(dsn)
    run_n_plus_one_workload(dsn)


def run_demo(report: ReportRequest) -> ExitCode:
    """Boot an embedded server, load the example trading platform, run its workload, scan."""
    result = scan_sql_files(
        [examples_dir() / name for name in DEMO_FILES],
        ScanSettings(),
        database=DEMO_DATABASE,
        label="embedded PostgreSQL (dbaudit demo)",
        server_settings=STATEMENT_STATS_SETTINGS,
        before_scan=_demo_workload,
    )
    write_reports(result, report)
    # The demo database is built to have findings: only an incomplete scan fails the demo.
    return ExitCode.OK if result.complete else ExitCode.ERROR
