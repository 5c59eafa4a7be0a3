"""`dbaudit demo`: the example trading platform on an embedded server, with its workload."""

from __future__ import annotations

import time
from collections.abc import Callable

from dbaudit.commands.scanning import scan_sql_files
from dbaudit.engine.exitcodes import ExitCode, ending, found_line
from dbaudit.findings import ScanResult
from dbaudit.report.consoles import print_ending, stderr_console
from dbaudit.report.destinations import ReportRequest, write_reports
from dbaudit.resources import examples_dir
from dbaudit.sandbox.demo_workload import (
    STATEMENT_STATS_SETTINGS,
    enable_statement_stats,
    run_demo_workload,
)
from dbaudit.settings.model import ScanSettings
from dbaudit.severity import FailOn

DEMO_DATABASE = "dbaudit_demo"
DEMO_FILES = ("trading/schema.sql", "trading/data.sql")


def _demo_workload(dsn: str) -> None:
    # The application's statements (its history, N+1 loops, listings, one-row upserts), so
    # the workload checks have statistics to read.
    enable_statement_stats(dsn)
    run_demo_workload(dsn)


def _report(result: ScanResult, report: ReportRequest) -> None:
    write_reports(result, report)
    if result.complete:
        line = found_line(result) + "; not failing: the demo fails only on an incomplete scan"
    else:
        line = ending(result, FailOn.NONE, "")
    print_ending(line, to_stdout=report.summary_on_stdout)


def _keep_until_interrupted(report: ReportRequest) -> Callable[[str, ScanResult], None]:
    def keep(dsn: str, result: ScanResult) -> None:
        _report(result, report)
        console = stderr_console()
        console.print(f"The demo database is up: {dsn}", markup=False, highlight=False)
        console.print(
            f'Try: dbaudit scan "{dsn}" -f html -o demo.html   or   dbaudit fix "{dsn}"',
            markup=False,
            highlight=False,
        )
        console.print("Press Ctrl-C to stop the server and remove its files.", markup=False)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            # The user's way to end --keep: the server stops and the demo ends as usual.
            console.print("demo server stopped", markup=False)

    return keep


def run_demo(report: ReportRequest, *, keep: bool = False) -> ExitCode:
    """Boot an embedded server, load the example trading platform, run its workload, scan.

    With `keep`, the server stays up after the reports, with its DSN printed, until Ctrl-C.
    """
    result = scan_sql_files(
        [examples_dir() / name for name in DEMO_FILES],
        ScanSettings(),
        database=DEMO_DATABASE,
        label="embedded PostgreSQL (dbaudit demo)",
        server_settings=STATEMENT_STATS_SETTINGS,
        before_scan=_demo_workload,
        while_up=_keep_until_interrupted(report) if keep else None,
        files_as_superuser=True,  # dbaudit's own files: the "restore" disables FK triggers
    )
    if not keep:
        _report(result, report)
    # The demo database is built to have findings: only an incomplete scan fails the demo.
    return ExitCode.OK if result.complete else ExitCode.ERROR
