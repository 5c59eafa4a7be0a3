"""What the scanning commands share: settings from every source, a scan with its progress
bar and --verbose timings, and scans of SQL files on a scratch embedded server."""

from __future__ import annotations

import gc
import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import CheckDefinition
from dbaudit.engine.plan import ScanPlan, plan_scan
from dbaudit.engine.scan import scan_planned
from dbaudit.errors import DbauditError
from dbaudit.findings import ScanResult
from dbaudit.report.consoles import stderr_console
from dbaudit.settings.model import ScanSettings
from dbaudit.settings.sources import (
    ENVIRONMENT_LAYER,
    FLAGS,
    ResolvedConfig,
    load_layers,
    resolve,
)

# Imported where used, not here: every scan starts a Python process, and the modules only
# some commands need (sqlglot for SQL files, jsonschema for saved reports, rich's progress
# bar for a terminal, the embedded server and its atexit handler) added a fifth to the
# start-up of a plain scan.


# Said once per scan: a superuser runs, with its privileges, whatever the audited database's
# owner planted for it (a function, an operator), and reads what a report should not show.
SUPERUSER_NOTE = (
    "dbaudit: note: this scan ran as a superuser; a dedicated read-only role is safer: "
    "`dbaudit role-sql` prints the SQL that creates one"
)


@contextmanager
def no_cycle_collector() -> Iterator[None]:
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


def _unwind(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


@contextmanager
def terminate_unwinds() -> Iterator[None]:
    """SIGTERM during a scan unwinds it as Ctrl-C does: the queries running on the server
    are cancelled, not left to run until statement_timeout. Only the default is replaced:
    SIG_IGN (nohup) and any other handler (the embedded server's) win."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        yield
        return
    previous = signal.signal(signal.SIGTERM, _unwind)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


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


def scan_with_progress(
    settings: ScanSettings | ScanPlan,
    target_label: str | None = None,
    *,
    verbose: bool = False,
    note_superuser: bool = True,
) -> ScanResult:
    """Scan with these settings (their plan of the catalog, shipped checks and `checks:`),
    or with a plan made already."""
    plan = settings if isinstance(settings, ScanPlan) else plan_scan(settings, _catalog(settings))
    settings = plan.settings
    starts: list[tuple[str, float]] = []

    def started(check: CheckDefinition) -> None:
        starts.append((check.id, time.perf_counter()))

    with terminate_unwinds(), _progress(len(plan.checks)) as bar:

        def on_check(check: CheckDefinition) -> None:
            started(check)
            if bar:
                bar(check)

        result = scan_planned(plan, target_label=target_label, on_check=on_check)
    if not result.metadata.scope.tables and not settings.allow_empty:
        raise _nothing_to_audit(settings, result, from_files=target_label is not None)
    if verbose:
        _print_timings(result, starts, time.perf_counter())
    if result.metadata.superuser and note_superuser:
        stderr_console().print(SUPERUSER_NOTE, markup=False)
    for warning in result.warnings:
        stderr_console().print(f"dbaudit: warning: {warning}", markup=False)
    return result


def _nothing_to_audit(
    settings: ScanSettings, result: ScanResult, *, from_files: bool
) -> DbauditError:
    """No table in scope: a wrong database or schema, never a clean scan that passes."""
    where = result.metadata.target
    if settings.schemas:
        where += " in schema " + ", ".join(settings.schemas)
    if from_files:
        hint = (
            "the SQL files create no table (in the scope asked for): check the paths and --schema"
        )
    elif not settings.dsn:
        hint = (
            "no DSN was given, so libpq's defaults (PGHOST, PGDATABASE, ...) chose this "
            "database: give the DSN, or --allow-empty to scan an empty database anyway"
        )
    else:
        hint = "check the database name, --schema and --table, or --allow-empty to scan it anyway"
    return DbauditError(f"no table to audit in {where}", hint)


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


def scan_sql_files(
    files: list[Path],
    settings: ScanSettings,
    *,
    database: str,
    label: str,
    verbose: bool = False,
    server_settings: Mapping[str, str] | None = None,
    before_scan: Callable[[str], None] | None = None,
    while_up: Callable[[str, ScanResult], None] | None = None,
    extensions: tuple[str, ...] = (),
    files_as_superuser: bool = False,
) -> ScanResult:
    """Build a scratch database from SQL files on an embedded server, scan it, clean up.

    `before_scan` gets the database's DSN once the files are loaded (the demo's workload);
    `while_up` gets it with the result before the server stops (`demo --keep`);
    without one, the operations checks are skipped: they would judge the scratch server.
    The files run as a role that owns the database and nothing more (`extensions`, which it
    may not create, made for it first), unless `files_as_superuser` (dbaudit's own examples,
    or files the user vouches for); dbaudit's own work runs as the server's superuser.
    """
    from dbaudit.sandbox.embedded import EmbeddedPostgres
    from dbaudit.sandbox.scratch import apply_sql_files, holds_rows, unprivileged_database

    # A bad check file or a typo in the configuration fails before the server starts.
    plan = plan_scan(settings, _catalog(settings))
    if before_scan is None:
        plan = plan.without_operations("the scratch server of --sql runs no workload of its own")
    with (
        EmbeddedPostgres(settings=server_settings) as server,
        unprivileged_database(server.conninfo(), database, extensions) as scratch,
    ):
        dsn = scratch.dsn
        if files_as_superuser:
            apply_sql_files(scratch.dsn, files)
        else:
            apply_sql_files(scratch.files_dsn, files, privileged=False)
        if before_scan:
            before_scan(dsn)
        if plan.read_data and not holds_rows(dsn):
            plan = plan.without_data("the SQL files insert no rows")
        # The scratch server is dbaudit's own: its superuser is no one's privilege to report.
        result = scan_with_progress(
            replace(plan, settings=replace(plan.settings, dsn=dsn)),
            target_label=label,
            verbose=verbose,
            note_superuser=False,
        )
        if while_up:
            while_up(dsn, result)  # the server stops when it returns
        return result


def _catalog(settings: ScanSettings) -> tuple[CheckDefinition, ...]:
    """The shipped checks and those of `checks:` / --checks."""
    return load_catalog(settings.checks)


def resolve_settings(flags: Mapping[str, Any], config_file: Path | None) -> ResolvedConfig:
    layers = load_layers(flags, config_file=config_file, environ=os.environ, cwd=Path.cwd())
    return resolve(layers)


def fail_on_origin(origins: Mapping[str, str], cwd: Path | None = None) -> str:
    """Where fail_on came from, as the exit line names it: the flag, the variable, the file."""
    origin = origins.get("fail_on")
    if origin is None:
        return "default"
    if origin == FLAGS:
        return "--fail-on"
    if origin == ENVIRONMENT_LAYER:
        return "DBAUDIT_FAIL_ON"
    path = Path(origin.removesuffix(" [tool.dbaudit]"))
    try:
        return str(path.relative_to(cwd or Path.cwd()))
    except ValueError:
        return str(path)
