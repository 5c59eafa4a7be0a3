"""`dbaudit scan`: scan a database (or SQL files), write the reports, return the exit code."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dbaudit.commands.scanning import (
    fail_on_origin,
    no_cycle_collector,
    resolve_settings,
    scan_sql_files,
    scan_with_progress,
)
from dbaudit.engine.baseline import apply_baseline, load_baseline, write_baseline
from dbaudit.engine.exitcodes import ExitCode, ending, exit_code_for
from dbaudit.report.consoles import print_ending, stderr_console
from dbaudit.report.destinations import ReportRequest, write_reports
from dbaudit.sandbox.sqlfiles import collect_sql_files

SQL_DATABASE = "dbaudit_sql"  # the scratch database of scan --sql


def run_scan(
    flags: Mapping[str, Any],
    config_file: Path | None,
    report: ReportRequest,
    *,
    baseline: Path | None = None,
    write_baseline_to: Path | None = None,
    sql_files: tuple[Path, ...] = (),
    sql_extensions: tuple[str, ...] = (),
    trust_sql: bool = False,
    verbose: bool = False,
) -> ExitCode:
    resolved = resolve_settings(flags, config_file)
    settings = resolved.settings
    accepted = load_baseline(baseline) if baseline else None  # a bad file fails before the scan
    with no_cycle_collector():
        if sql_files:
            files = collect_sql_files(sql_files)
            label = "SQL files " + ", ".join(f.name for f in files[:3])
            label += ", ..." if files[3:] else ""
            result = scan_sql_files(
                files,
                settings,
                database=SQL_DATABASE,
                label=label,
                verbose=verbose,
                extensions=sql_extensions,
                files_as_superuser=trust_sql,
            )
        else:
            result = scan_with_progress(settings, verbose=verbose)
        if accepted:
            warning = accepted.recorded_elsewhere(result)
            if warning:
                stderr_console().print(warning, markup=False)
            result = apply_baseline(result, accepted)
        write_reports(result, report)
    if result.lost is not None:
        # One line on stderr, after the reports of what did run (marked incomplete).
        print(f"dbaudit: error: {result.lost.describe()}", file=sys.stderr)
    if write_baseline_to:
        write_baseline(result, write_baseline_to)
        stderr_console().print(
            f"baseline of {len(result.findings) + len(result.baselined)} finding(s) "
            f"written to {write_baseline_to}"
        )
        # Writing a baseline accepts today's findings: only an incomplete scan fails.
        line = ending(result, settings.fail_on, "", baseline_written=str(write_baseline_to))
        print_ending(line, to_stdout=report.summary_on_stdout)
        return ExitCode.OK if result.complete else ExitCode.ERROR
    print_ending(
        ending(result, settings.fail_on, fail_on_origin(resolved.origins)),
        to_stdout=report.summary_on_stdout,
    )
    return exit_code_for(result, settings.fail_on)
