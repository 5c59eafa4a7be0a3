"""The command line: parses flags and calls one function of dbaudit.commands. Nothing else.

Each command's module is imported when that command runs: `dbaudit scan` does not pay for
the demo's embedded server, nor `checks list` for a database driver.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from dbaudit import __version__
from dbaudit.engine.exitcodes import ExitCode
from dbaudit.errors import DbauditError
from dbaudit.report.escape.terminal import terminal_text
from dbaudit.report.formats import OutputFormat
from dbaudit.severity import FailOn

cli = typer.Typer(
    name="dbaudit",
    help="Integrity auditor for PostgreSQL: finds what endangers your data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
checks_cli = typer.Typer(help="List and explain the checks.", no_args_is_help=True)
cli.add_typer(checks_cli, name="checks")
config_cli = typer.Typer(help="Show the configuration dbaudit would use.", no_args_is_help=True)
cli.add_typer(config_cli, name="config")

ChecksOption = Annotated[
    list[Path] | None,
    typer.Option("--checks", help="Folder of extra check files (*.yaml); repeatable."),
]
FormatOption = Annotated[
    list[OutputFormat] | None,
    typer.Option("--format", "-f", help="Report format; repeatable, paired with -o in order."),
]
OutputOption = Annotated[
    list[Path] | None,
    typer.Option("--output", "-o", help="File for the matching --format ('-' is stdout)."),
]
OutputDirOption = Annotated[
    Path | None,
    typer.Option("--output-dir", help="Folder for reports without -o: dbaudit-report.<ext>."),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="Configuration file (dbaudit.yaml or pyproject.toml)."),
]
DsnArgument = Annotated[
    str | None,
    typer.Argument(metavar="[DSN]", help="postgresql://user@host/db or 'host=... dbname=...'"),
]
DsnOption = Annotated[
    str | None,
    typer.Option("--dsn", help="Same as the DSN argument. Else DBAUDIT_DSN, else PG* vars."),
]
SchemaOption = Annotated[
    list[str] | None,
    typer.Option("--schema", "-s", help="Schema to audit; repeatable (default: all)."),
]
NoDataOption = Annotated[
    bool, typer.Option("--no-data", help="Catalog checks only: read no table data.")
]
StatementTimeoutOption = Annotated[
    int | None,
    typer.Option("--statement-timeout", help="Per-statement timeout, ms [30000].", min=0),
]
LockTimeoutOption = Annotated[
    int | None, typer.Option("--lock-timeout", help="Lock wait timeout, ms [1000].", min=0)
]
JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        help="Connections running the checks' queries in parallel, in one snapshot [1].",
        min=1,
    ),
]
ParallelWorkersOption = Annotated[
    int | None,
    typer.Option(
        "--parallel-workers",
        help="The server's parallel workers per query; 0 spares a live primary [server's].",
        min=0,
    ),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="With -o: no terminal summary.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dbaudit {__version__}")
        raise typer.Exit()


@cli.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print version.")
    ] = False,
) -> None:
    """Integrity auditor for PostgreSQL."""


def _scan_flags(
    dsn_argument: str | None,
    dsn: str | None,
    schema: list[str] | None,
    checks: list[Path] | None,
    no_data: bool,
    statement_timeout: int | None,
    lock_timeout: int | None,
) -> dict[str, object]:
    """The flags of what to scan and how, as configuration keys (None: not given)."""
    if dsn_argument and dsn and dsn_argument != dsn:
        raise typer.BadParameter("give the DSN once: as the argument or as --dsn", param_hint="DSN")
    return {
        "dsn": dsn_argument or dsn,
        "schemas": tuple(schema or ()),
        "checks": tuple(checks or ()),
        "statement_timeout": statement_timeout,
        "lock_timeout": lock_timeout,
        "data_checks": False if no_data else None,
    }


@cli.command()
def scan(
    dsn_argument: DsnArgument = None,
    dsn: DsnOption = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    output_dir: OutputDirOption = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Exit 1 if a finding is this severe or more [critical]."),
    ] = None,
    schema: SchemaOption = None,
    checks: ChecksOption = None,
    config: ConfigOption = None,
    no_data: NoDataOption = False,
    statement_timeout: StatementTimeoutOption = None,
    lock_timeout: LockTimeoutOption = None,
    jobs: JobsOption = None,
    parallel_workers: ParallelWorkersOption = None,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", help="Only findings new or worse than this baseline fail."),
    ] = None,
    write_baseline: Annotated[
        Path | None,
        typer.Option("--write-baseline", help="Record today's findings as accepted; exit 0."),
    ] = None,
    sql: Annotated[
        list[Path] | None,
        typer.Option(
            "--sql",
            help="Scan SQL files (or a migrations folder) on an embedded server; repeatable.",
        ),
    ] = None,
    quiet: QuietOption = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Each check's time and findings, on stderr.")
    ] = False,
    show_sensitive_samples: Annotated[
        bool,
        typer.Option(
            "--show-sensitive-samples",
            help="Show sample values of secret or personal-data columns (default: redacted).",
        ),
    ] = False,
) -> None:
    """Scan a database and report what endangers its data.

    Exit codes: 0 clean, 1 findings at or above --fail-on, 2 error or incomplete scan.
    """
    if sql and (dsn_argument or dsn):
        raise typer.BadParameter("scan a database or SQL files, not both", param_hint="--sql")
    flags = _scan_flags(dsn_argument, dsn, schema, checks, no_data, statement_timeout, lock_timeout)
    flags["fail_on"] = fail_on
    flags["jobs"] = jobs
    flags["parallel_workers"] = parallel_workers
    flags["show_sensitive_samples"] = True if show_sensitive_samples else None
    from dbaudit.commands.scan import run_scan
    from dbaudit.report.destinations import ReportRequest

    report = ReportRequest.from_flags(output_format or [], output or [], output_dir, quiet=quiet)
    raise typer.Exit(
        run_scan(
            flags,
            config,
            report,
            baseline=baseline,
            write_baseline_to=write_baseline,
            sql_files=tuple(sql or ()),
            verbose=verbose,
        )
    )


@cli.command()
def fix(
    dsn_argument: DsnArgument = None,
    dsn: DsnOption = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Script file (default: stdout).")
    ] = None,
    include_destructive: Annotated[
        bool,
        typer.Option(
            "--include-destructive",
            help="Write DELETE/UPDATE clean-up steps live, not commented out.",
        ),
    ] = False,
    unsafe: Annotated[
        bool,
        typer.Option(
            "--unsafe",
            help="Write policy changes (ON DELETE of existing foreign keys) and table rewrites "
            "live, not commented out.",
        ),
    ] = False,
    from_report: Annotated[
        Path | None,
        typer.Option("--from", help="Build from a saved JSON report instead of scanning."),
    ] = None,
    allow_incomplete: Annotated[
        bool,
        typer.Option(
            "--allow-incomplete",
            help="With --from: accept the report of an incomplete scan (some checks failed).",
        ),
    ] = False,
    check: Annotated[
        bool, typer.Option("--check", help="List findings with no automatic fix; exit 1 if any.")
    ] = False,
    schema: SchemaOption = None,
    checks: ChecksOption = None,
    config: ConfigOption = None,
    no_data: NoDataOption = False,
    statement_timeout: StatementTimeoutOption = None,
    lock_timeout: LockTimeoutOption = None,
    jobs: JobsOption = None,
    parallel_workers: ParallelWorkersOption = None,
) -> None:
    """Write an ordered SQL script that fixes the open findings, safe on a live database.

    Run it with: psql -v ON_ERROR_STOP=1 -f remediation.sql
    """
    if from_report and (dsn_argument or dsn):
        raise typer.BadParameter("scan a database or read --from a report, not both")
    flags = _scan_flags(dsn_argument, dsn, schema, checks, no_data, statement_timeout, lock_timeout)
    flags["jobs"] = jobs
    flags["parallel_workers"] = parallel_workers
    from dbaudit.commands.fix import run_fix

    raise typer.Exit(
        run_fix(
            flags,
            config,
            output=output,
            include_destructive=include_destructive,
            unsafe=unsafe,
            from_report=from_report,
            list_unfixable=check,
            allow_incomplete=allow_incomplete,
        )
    )


@cli.command()
def demo(
    output_format: FormatOption = None,
    output: OutputOption = None,
    output_dir: OutputDirOption = None,
    quiet: QuietOption = False,
) -> None:
    """Start an embedded PostgreSQL, load the example trading platform, scan it.

    Writes dbaudit-report.md (or what -f/-o/--output-dir ask for) and prints a summary.
    """
    from dbaudit.commands.demo import run_demo
    from dbaudit.report.destinations import ReportRequest

    if not output_format and not output and output_dir is None:
        output = [Path("dbaudit-report.md")]
    report = ReportRequest.from_flags(
        output_format or [], output or [], output_dir, quiet=quiet, default_format=OutputFormat.MD
    )
    raise typer.Exit(run_demo(report))


@config_cli.command("show")
def config_show(config: ConfigOption = None) -> None:
    """Print the merged configuration, each value with where it came from (password masked)."""
    from dbaudit.commands.config import show_config

    raise typer.Exit(show_config({}, config))


@checks_cli.command("list")
def checks_list(checks: ChecksOption = None) -> None:
    """List every check: id, severity, category, title."""
    from dbaudit.commands.checks import list_checks

    raise typer.Exit(list_checks(tuple(checks or ())))


@checks_cli.command("explain")
def checks_explain(check_id: str, checks: ChecksOption = None) -> None:
    """Describe a check: what it finds, why it matters, examples."""
    from dbaudit.commands.checks import explain_check

    raise typer.Exit(explain_check(check_id, tuple(checks or ())))


@checks_cli.command("new")
def checks_new(
    check_id: Annotated[str, typer.Argument(metavar="ID", help="e.g. ACME001")],
    directory: Annotated[Path, typer.Option("--dir", help="Folder to write ID.yaml into.")] = Path(
        "checks"
    ),
) -> None:
    """Write a new check file that works as it is: edit it, then run `checks test`."""
    from dbaudit.commands.authoring import new_check

    raise typer.Exit(new_check(check_id, directory))


@checks_cli.command("test")
def checks_test(
    check_id: Annotated[str, typer.Argument(metavar="ID")],
    checks: ChecksOption = None,
    server: Annotated[
        str | None,
        typer.Option(
            "--server",
            metavar="DSN",
            help="Server where scratch databases may be created (default: an embedded one).",
        ),
    ] = None,
) -> None:
    """Run a check's examples: the bad one must give exactly the findings it declares."""
    from dbaudit.commands.authoring import run_check_examples

    raise typer.Exit(run_check_examples(check_id, tuple(checks or ()), server))


def main() -> None:
    try:
        cli(standalone_mode=True)
    except DbauditError as error:
        # Messages and hints quote names from the database: no control character raw.
        print(f"dbaudit: error: {terminal_text(error.message)}", file=sys.stderr)
        if error.hint:
            print(f"  hint: {terminal_text(error.hint)}", file=sys.stderr)
        sys.exit(ExitCode.ERROR)
    except KeyboardInterrupt:
        print("dbaudit: interrupted", file=sys.stderr)
        sys.exit(130)
