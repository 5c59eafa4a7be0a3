"""The command line: parses flags and calls one function in dbaudit.app. Nothing else."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from dbaudit import __version__, app
from dbaudit.errors import DbauditError
from dbaudit.exitcodes import ExitCode
from dbaudit.outputs import ReportRequest
from dbaudit.render import OutputFormat
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


@cli.command()
def scan(
    dsn_argument: Annotated[
        str | None,
        typer.Argument(metavar="[DSN]", help="postgresql://user@host/db or 'host=... dbname=...'"),
    ] = None,
    dsn: Annotated[
        str | None,
        typer.Option("--dsn", help="Same as the DSN argument. Else DBAUDIT_DSN, else PG* vars."),
    ] = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    output_dir: OutputDirOption = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Exit 1 if a finding is this severe or more [critical]."),
    ] = None,
    schema: Annotated[
        list[str] | None,
        typer.Option("--schema", "-s", help="Schema to audit; repeatable (default: all)."),
    ] = None,
    checks: ChecksOption = None,
    config: ConfigOption = None,
    no_data: Annotated[
        bool, typer.Option("--no-data", help="Catalog checks only: read no table data.")
    ] = False,
    statement_timeout: Annotated[
        int | None,
        typer.Option("--statement-timeout", help="Per-statement timeout, ms [30000].", min=0),
    ] = None,
    lock_timeout: Annotated[
        int | None, typer.Option("--lock-timeout", help="Lock wait timeout, ms [1000].", min=0)
    ] = None,
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
) -> None:
    """Scan a database and report what endangers its data.

    Exit codes: 0 clean, 1 findings at or above --fail-on, 2 error or incomplete scan.
    """
    if dsn_argument and dsn and dsn_argument != dsn:
        raise typer.BadParameter("give the DSN once: as the argument or as --dsn", param_hint="DSN")
    if sql and (dsn_argument or dsn):
        raise typer.BadParameter("scan a database or SQL files, not both", param_hint="--sql")
    flags = {
        "dsn": dsn_argument or dsn,
        "schemas": tuple(schema or ()),
        "fail_on": fail_on,
        "checks": tuple(checks or ()),
        "statement_timeout": statement_timeout,
        "lock_timeout": lock_timeout,
        "data_checks": False if no_data else None,
    }
    report = ReportRequest.from_flags(output_format or [], output or [], output_dir, quiet=quiet)
    raise typer.Exit(
        app.run_scan(
            flags,
            config,
            report,
            baseline=baseline,
            write_baseline_to=write_baseline,
            sql_files=tuple(sql or ()),
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
    if not output_format and not output and output_dir is None:
        output = [Path("dbaudit-report.md")]
    report = ReportRequest.from_flags(
        output_format or [], output or [], output_dir, quiet=quiet, default_format=OutputFormat.MD
    )
    raise typer.Exit(app.run_demo(report))


@config_cli.command("show")
def config_show(config: ConfigOption = None) -> None:
    """Print the merged configuration, each value with where it came from (password masked)."""
    raise typer.Exit(app.show_config({}, config))


@checks_cli.command("list")
def checks_list(checks: ChecksOption = None) -> None:
    """List every check: id, severity, category, title."""
    raise typer.Exit(app.list_checks(tuple(checks or ())))


@checks_cli.command("explain")
def checks_explain(check_id: str, checks: ChecksOption = None) -> None:
    """Describe a check: what it finds, why it matters, examples."""
    raise typer.Exit(app.explain_check(check_id, tuple(checks or ())))


def main() -> None:
    try:
        cli(standalone_mode=True)
    except DbauditError as error:
        print(f"dbaudit: error: {error.message}", file=sys.stderr)
        if error.hint:
            print(f"  hint: {error.hint}", file=sys.stderr)
        sys.exit(ExitCode.ERROR)
    except KeyboardInterrupt:
        print("dbaudit: interrupted", file=sys.stderr)
        sys.exit(130)
