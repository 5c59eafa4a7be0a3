"""What each command does, as plain functions the CLI calls once it has parsed its flags."""

from __future__ import annotations

import gc
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from dbaudit.baseline import apply_baseline, load_baseline, write_baseline
from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import CheckDefinition
from dbaudit.config import ScanSettings
from dbaudit.configfile import ResolvedConfig, load_layers, resolve
from dbaudit.configshow import render_config
from dbaudit.consoles import stderr_console, stdout_console
from dbaudit.db.embedded import EmbeddedPostgres
from dbaudit.demo_workload import (
    STATEMENT_STATS_SETTINGS,
    enable_statement_stats,
    run_n_plus_one_workload,
)
from dbaudit.errors import DbauditError
from dbaudit.exitcodes import ExitCode, exit_code_for
from dbaudit.findings import ScanResult
from dbaudit.fixscript import build_script, unfixable
from dbaudit.outputs import ReportRequest, write_reports
from dbaudit.resources import examples_dir
from dbaudit.scan import scan_database
from dbaudit.schemafiles import collect_sql_files

# Imported where used, not here: every scan starts a Python process, and the modules only
# some commands need (sqlglot for SQL files, jsonschema for saved reports, rich's progress
# bar for a terminal) added a fifth to the start-up of a plain scan.

DEMO_DATABASE = "dbaudit_demo"
DEMO_FILES = ("trading/schema.sql", "trading/data.sql")
SQL_DATABASE = "dbaudit_sql"  # the scratch database of scan --sql


@contextmanager
def _no_cycle_collector() -> Iterator[None]:
    """Python's cycle collector off while a scan builds and reports its findings.

    A large scan makes millions of objects (rows, findings, report dicts) that hold no
    reference cycles, and the collector walked them again and again: ~5% of a 14,000-
    finding scan. Reference counting still frees everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def _progress(total: int) -> Iterator[Callable[[CheckDefinition], None] | None]:
    """A progress bar on stderr, only for a person watching a terminal."""
    console = stderr_console()
    if not console.is_terminal or os.environ.get("CI"):
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("scanning", total=total)

        def advance(check: CheckDefinition) -> None:
            bar.update(task, description=f"{check.id} {check.title}", advance=1)

        yield advance


def _scan(
    settings: ScanSettings,
    checks: Sequence[CheckDefinition] | None = None,
    target_label: str | None = None,
    *,
    verbose: bool = False,
) -> ScanResult:
    checks = checks if checks is not None else load_catalog(settings.extra_check_dirs)
    starts: list[tuple[str, float]] = []

    def started(check: CheckDefinition) -> None:
        starts.append((check.id, time.perf_counter()))

    with _progress(len(checks)) as bar:

        def on_check(check: CheckDefinition) -> None:
            started(check)
            if bar:
                bar(check)

        result = scan_database(settings, checks, target_label=target_label, on_check=on_check)
    if verbose:
        _print_timings(result, starts, time.perf_counter())
    return result


def _print_timings(result: ScanResult, starts: list[tuple[str, float]], end: float) -> None:
    """--verbose: each check's time and finding count, slowest first, on stderr.

    A check's time runs from its turn to build findings to the next check's: its queries
    ran ahead on the fetch thread, so it is what the scan waited for them plus the build.
    """
    ends = [t for _, t in starts[1:]] + [end]
    counts = Counter(f.check_id for f in result.findings)
    rows = sorted(
        ((check_id, stop - start) for (check_id, start), stop in zip(starts, ends, strict=True)),
        key=lambda row: -row[1],
    )
    console = stderr_console()
    for check_id, seconds in rows:
        console.print(f"{check_id}  {seconds * 1000:8.1f} ms  {counts[check_id]} finding(s)")


def _scan_files(
    files: list[Path],
    settings: ScanSettings,
    *,
    database: str,
    label: str,
    verbose: bool = False,
    server_settings: Mapping[str, str] | None = None,
    before_scan: Callable[[str], None] | None = None,
) -> ScanResult:
    """Build a scratch database from SQL files on an embedded server, scan it, clean up.

    `before_scan` gets the database's DSN once the files are loaded (the demo's workload);
    without one, the operations checks are skipped: they would judge the scratch server.
    """
    from dbaudit.db.admin import apply_sql_files, create_database, holds_rows

    checks = load_catalog(settings.extra_check_dirs)  # a bad check file fails before the server
    if before_scan is None:
        settings = replace(
            settings,
            run_operations_checks=False,
            why_no_operations="the scratch server of --sql runs no workload of its own",
        )
    with EmbeddedPostgres(settings=server_settings) as server:
        dsn = create_database(server.conninfo(), database)
        apply_sql_files(dsn, files)
        if before_scan:
            before_scan(dsn)
        if settings.run_data_checks and not holds_rows(dsn):
            settings = replace(
                settings, run_data_checks=False, why_no_data="the SQL files insert no rows"
            )
        return _scan(replace(settings, dsn=dsn), checks, target_label=label, verbose=verbose)


def _resolve(flags: Mapping[str, Any], config_file: Path | None) -> ResolvedConfig:
    layers = load_layers(flags, config_file=config_file, environ=os.environ, cwd=Path.cwd())
    return resolve(layers)


def show_config(flags: Mapping[str, Any], config_file: Path | None) -> ExitCode:
    # Plain print: the YAML must reach stdout exactly, with no markup or wrapping.
    print(render_config(_resolve(flags, config_file)), end="")
    return ExitCode.OK


def run_scan(
    flags: Mapping[str, Any],
    config_file: Path | None,
    report: ReportRequest,
    *,
    baseline: Path | None = None,
    write_baseline_to: Path | None = None,
    sql_files: tuple[Path, ...] = (),
    verbose: bool = False,
) -> ExitCode:
    settings = _resolve(flags, config_file).settings
    accepted = load_baseline(baseline) if baseline else None  # a bad file fails before the scan
    with _no_cycle_collector():
        if sql_files:
            files = collect_sql_files(sql_files)
            label = "SQL files " + ", ".join(f.name for f in files[:3])
            label += ", ..." if files[3:] else ""
            result = _scan_files(
                files, settings, database=SQL_DATABASE, label=label, verbose=verbose
            )
        else:
            result = _scan(settings, verbose=verbose)
        if accepted:
            result = apply_baseline(result, accepted)
        write_reports(result, report)
    if write_baseline_to:
        write_baseline(result, write_baseline_to)
        stderr_console().print(
            f"baseline of {len(result.findings) + len(result.baselined)} finding(s) "
            f"written to {write_baseline_to}"
        )
        # Writing a baseline accepts today's findings: only an incomplete scan fails.
        return ExitCode.OK if result.complete else ExitCode.ERROR
    return exit_code_for(result, settings.fail_on)


def run_fix(
    flags: Mapping[str, Any],
    config_file: Path | None,
    *,
    output: Path | None,
    include_destructive: bool,
    from_report: Path | None = None,
    list_unfixable: bool = False,
) -> ExitCode:
    """Write the remediation script for the open findings (or list what it cannot fix)."""
    if from_report:
        from dbaudit.reportfile import read_json_report

        result = read_json_report(from_report)
    else:
        result = _scan(_resolve(flags, config_file).settings)
    if list_unfixable:
        return _print_unfixable(result)
    script = build_script(result, include_destructive=include_destructive)
    if output is None:
        print(script, end="")
    else:
        output.write_text(script, encoding="utf-8")
        fixed = sum(1 for f in result.findings if f.fix)
        stderr_console().print(
            f"remediation for {fixed} of {len(result.findings)} finding(s) written to {output}"
        )
    if not result.complete:
        stderr_console().print(
            "the scan was incomplete: some checks failed, so the script may miss findings"
        )
        return ExitCode.ERROR
    return ExitCode.OK


def _print_unfixable(result: ScanResult) -> ExitCode:
    missing = unfixable(result)
    out = stdout_console()
    for finding in missing:
        info = result.check(finding.check_id)
        why = (info.no_fix if info else None) or "this check has no automatic fix"
        out.print(f"{finding.check_id} {finding.object.display()}: {why}", markup=False)
    fixable = len(result.findings) - len(missing)
    out.print(f"{fixable} of {len(result.findings)} finding(s) have an automatic fix", markup=False)
    return ExitCode.FINDINGS if missing else ExitCode.OK


def _demo_workload(dsn: str) -> None:
    # The application's N+1 loops, so the workload checks (OPS001) have statistics to read.
    enable_statement_stats(dsn)
    run_n_plus_one_workload(dsn)


def run_demo(report: ReportRequest) -> ExitCode:
    """Boot an embedded server, load the example trading platform, run its workload, scan."""
    result = _scan_files(
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


def list_checks(extra_dirs: tuple[Path, ...]) -> ExitCode:
    from rich.table import Table

    table = Table("ID", "Severity", "Category", "Kind", "Title", box=None, header_style="bold")
    for check in load_catalog(extra_dirs):
        table.add_row(
            check.id, check.severity.value, check.category.value, check.kind.value, check.title
        )
    stdout_console().print(table)
    return ExitCode.OK


def explain_check(check_id: str, extra_dirs: tuple[Path, ...]) -> ExitCode:
    checks = {c.id: c for c in load_catalog(extra_dirs)}
    check = checks.get(check_id.upper())
    if check is None:
        raise DbauditError(f"no check with id {check_id!r}", "dbaudit checks list shows them all")
    out = stdout_console()
    out.print(
        f"[bold]{check.id}: {check.title}[/bold]  ({check.severity.value}, "
        f"{check.category.value}, {check.kind.value} check)",
        markup=True,
    )
    for heading, text in (("What", check.description), ("Why it matters", check.rationale)):
        out.print(f"\n[bold]{heading}[/bold]", markup=True)
        out.print(text.strip(), markup=False)
    if check.examples:
        out.print("\n[bold]Bad example[/bold]", markup=True)
        out.print(check.examples.bad.strip(), markup=False)
        out.print("\n[bold]Good example[/bold]", markup=True)
        out.print(check.examples.good.strip(), markup=False)
    out.print(f"\n[dim]defined in {check.source}[/dim]", markup=True)
    return ExitCode.OK
