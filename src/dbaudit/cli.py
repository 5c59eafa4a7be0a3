"""The command line: parses flags and calls one function of dbaudit.commands. Nothing else.

Each command's module is imported when that command runs: `dbaudit scan` does not pay for
the demo's embedded server, nor `checks list` for a database driver.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import typer
from typer.core import TyperGroup

from dbaudit import __version__
from dbaudit.engine.exitcodes import ExitCode
from dbaudit.errors import DbauditError
from dbaudit.report.formats import OutputFormat
from dbaudit.settings.model import flag_help, settings_declared
from dbaudit.settings.values import Where
from dbaudit.severity import FailOn
from dbaudit.text.terminal import terminal_text

# 128 + SIGPIPE: what a shell reports for a program whose reader went away (`| head`), as
# for any C tool; never 1, which says "findings".
EXIT_BROKEN_PIPE = 141
EXIT_INTERRUPTED = 130  # 128 + SIGINT

P = ParamSpec("P")
R = TypeVar("R")


def _with_endings(invoke: Callable[P, R]) -> Callable[P, R]:
    """A command group's invoke with the endings a reader away or a Ctrl-C need.

    click turns a broken pipe into exit 1 (the code of "findings") and typer a Ctrl-C into a
    silent 130: both are caught here first, inside click's own handlers. Wrapping the
    inherited method keeps its signature without naming typer's private click module.
    """

    @functools.wraps(invoke)
    def invoke_with_endings(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return invoke(*args, **kwargs)
        except BrokenPipeError:
            # Whatever is still buffered for the closed pipe goes nowhere, quietly.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(EXIT_BROKEN_PIPE) from None
        except KeyboardInterrupt:
            print("dbaudit: interrupted", file=sys.stderr)
            raise typer.Exit(EXIT_INTERRUPTED) from None

    return invoke_with_endings


_invoke_with_endings = _with_endings(TyperGroup.invoke)


class _Commands(TyperGroup):
    """Every command, with the endings of a broken pipe and a Ctrl-C (_with_endings)."""

    invoke = _invoke_with_endings


cli = typer.Typer(
    name="dbaudit",
    cls=_Commands,
    help="Integrity auditor for PostgreSQL: finds what endangers your data.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)
checks_cli = typer.Typer(help="List and explain the checks.", no_args_is_help=True)
cli.add_typer(checks_cli, name="checks")
config_cli = typer.Typer(help="Show the configuration dbaudit would use.", no_args_is_help=True)
cli.add_typer(config_cli, name="config")


def _setting_option(key: str, **click: Any) -> Any:
    """The option of a setting, as its declaration in settings.model says (names, help)."""
    flag = settings_declared()[key].flag
    assert flag is not None, f"{key} has no flag"
    if flag.minimum is not None:
        click["min"] = flag.minimum
    return typer.Option(*flag.names, metavar=flag.metavar, help=flag_help(key), **click)


def _setting_flags(given: Mapping[str, Any]) -> dict[str, object]:
    """The settings' flags among a command's parameters (named by their keys), as the flags
    layer takes them: None or () when not given."""
    flags: dict[str, object] = {}
    for key, how in settings_declared().items():
        if key not in given or how.flag is None or key == "dsn":
            continue
        value = given[key]
        if how.flag.switch is not None:
            value = how.flag.switch if value else None
        elif how.flag.parse_values:
            value = how.parse(",".join(value or ()), key, Where("command line"))
        elif isinstance(value, list):
            value = tuple(value)
        flags[key] = value
    return flags


ChecksOption = Annotated[list[Path] | None, _setting_option("checks")]
FormatOption = Annotated[
    list[OutputFormat] | None,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help="Report format; repeatable, paired with -o in order (else from -o's extension).",
        case_sensitive=False,
    ),
]
OutputOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--output", "-o", metavar="FILE", help="File for the matching --format ('-' is stdout)."
    ),
]
OutputDirOption = Annotated[
    Path | None,
    typer.Option(
        "--output-dir", metavar="DIR", help="Folder for reports without -o: dbaudit-report.<ext>."
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config", metavar="FILE", help="Configuration file (dbaudit.yaml or pyproject.toml)."
    ),
]
DsnArgument = Annotated[
    str | None,
    typer.Argument(
        metavar="[DSN]", help="postgresql://user@host/db, 'host=... dbname=...' or a database name"
    ),
]
DsnOption = Annotated[str | None, _setting_option("dsn")]
SchemaOption = Annotated[list[str] | None, _setting_option("schemas")]
NoDataOption = Annotated[bool, _setting_option("data_checks")]  # True: --no-data given
StatementTimeoutOption = Annotated[int | None, _setting_option("statement_timeout")]
LockTimeoutOption = Annotated[int | None, _setting_option("lock_timeout")]
JobsOption = Annotated[int | None, _setting_option("jobs")]
ParallelWorkersOption = Annotated[int | None, _setting_option("parallel_workers")]
SelectOption = Annotated[list[str] | None, _setting_option("select")]
IgnoreOption = Annotated[list[str] | None, _setting_option("ignore")]
TableOption = Annotated[list[str] | None, _setting_option("tables")]
ExcludeTableOption = Annotated[list[str] | None, _setting_option("exclude_tables")]
AllowEmptyOption = Annotated[bool, _setting_option("allow_empty")]
SummaryOption = Annotated[
    bool,
    typer.Option(
        "--summary",
        help="Markdown: the summary (counts, critical and high findings, the fix plan's first "
        "phase), sized for a PR comment.",
    ),
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="With -o or --output-dir: no terminal summary.")
]
CheckValidatedFksOption = Annotated[bool, _setting_option("check_validated_fks")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dbaudit {__version__}")
        raise typer.Exit()


@cli.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print version."),
    ] = False,
) -> None:
    """Integrity auditor for PostgreSQL."""


FailOnOption = Annotated[FailOn | None, _setting_option("fail_on", case_sensitive=False)]
ShowSensitiveSamplesOption = Annotated[bool, _setting_option("show_sensitive_samples")]


def _dsn(dsn_argument: str | None, dsn: str | None) -> str | None:
    if dsn_argument and dsn and dsn_argument != dsn:
        raise typer.BadParameter("give the DSN once: as the argument or as --dsn", param_hint="DSN")
    return dsn_argument or dsn


@cli.command()
def scan(
    dsn_argument: DsnArgument = None,
    dsn: DsnOption = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    output_dir: OutputDirOption = None,
    fail_on: FailOnOption = None,
    schemas: SchemaOption = None,
    tables: TableOption = None,
    exclude_tables: ExcludeTableOption = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    checks: ChecksOption = None,
    config: ConfigOption = None,
    data_checks: NoDataOption = False,
    allow_empty: AllowEmptyOption = False,
    statement_timeout: StatementTimeoutOption = None,
    lock_timeout: LockTimeoutOption = None,
    jobs: JobsOption = None,
    parallel_workers: ParallelWorkersOption = None,
    check_validated_fks: CheckValidatedFksOption = False,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline", metavar="FILE", help="Only findings new or worse than this baseline fail."
        ),
    ] = None,
    write_baseline: Annotated[
        Path | None,
        typer.Option(
            "--write-baseline", metavar="FILE", help="Record today's findings as accepted; exit 0."
        ),
    ] = None,
    sql: Annotated[
        list[Path] | None,
        typer.Option(
            "--sql",
            metavar="PATH",
            help="Scan SQL files (or a migrations folder) on an embedded server; repeatable.",
        ),
    ] = None,
    sql_extension: Annotated[
        list[str] | None,
        typer.Option(
            "--sql-extension",
            metavar="NAME",
            help="With --sql: create this extension first, as the scratch server's superuser "
            "(the files run without superuser rights); repeatable.",
        ),
    ] = None,
    trust_sql: Annotated[
        bool,
        typer.Option(
            "--trust-sql",
            help="With --sql: run the files as the scratch server's superuser. Only for "
            "files you wrote, never a pull request's: they could run shell commands.",
        ),
    ] = False,
    quiet: QuietOption = False,
    summary: SummaryOption = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Each check's time and findings, on stderr.")
    ] = False,
    show_sensitive_samples: ShowSensitiveSamplesOption = False,
) -> None:
    """Scan a database and report what endangers its data.

    Exit codes: 0 clean, 1 findings at or above --fail-on, 2 error or incomplete scan.
    """
    if sql and (dsn_argument or dsn):
        raise typer.BadParameter("scan a database or SQL files, not both", param_hint="--sql")
    if sql_extension and not sql:
        raise typer.BadParameter("only with --sql", param_hint="--sql-extension")
    if trust_sql and not sql:
        raise typer.BadParameter("only with --sql", param_hint="--trust-sql")
    flags = {"dsn": _dsn(dsn_argument, dsn), **_setting_flags(locals())}
    from dbaudit.commands.scan import run_scan
    from dbaudit.report.destinations import ReportRequest

    report = ReportRequest.from_flags(
        output_format or [],
        output or [],
        output_dir,
        quiet=quiet,
        writes_other_file=write_baseline is not None,
        summary=summary,
    )
    raise typer.Exit(
        run_scan(
            flags,
            config,
            report,
            baseline=baseline,
            write_baseline_to=write_baseline,
            sql_files=tuple(sql or ()),
            sql_extensions=tuple(sql_extension or ()),
            trust_sql=trust_sql,
            verbose=verbose,
        )
    )


@cli.command()
def fix(
    dsn_argument: DsnArgument = None,
    dsn: DsnOption = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Script file (default: stdout)."),
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
        typer.Option(
            "--from",
            metavar="REPORT.json",
            help="Build from a saved JSON report instead of scanning.",
        ),
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
    schemas: SchemaOption = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    checks: ChecksOption = None,
    config: ConfigOption = None,
    data_checks: NoDataOption = False,
    statement_timeout: StatementTimeoutOption = None,
    lock_timeout: LockTimeoutOption = None,
    jobs: JobsOption = None,
    parallel_workers: ParallelWorkersOption = None,
    check_validated_fks: CheckValidatedFksOption = False,
) -> None:
    """Write an ordered SQL script that fixes the open findings, safe on a live database.

    Run it with: psql -v ON_ERROR_STOP=1 -f remediation.sql
    """
    if from_report and (dsn_argument or dsn):
        raise typer.BadParameter("scan a database or read --from a report, not both")
    flags = {"dsn": _dsn(dsn_argument, dsn), **_setting_flags(locals())}
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
    summary: SummaryOption = False,
    keep: Annotated[
        bool,
        typer.Option("--keep", help="Keep the server up, print its DSN, stop it on Ctrl-C."),
    ] = False,
) -> None:
    """Start an embedded PostgreSQL, load the example trading platform, scan it.

    Writes dbaudit-report.md (or what -f/-o/--output-dir ask for) and prints a summary.
    """
    from dbaudit.commands.demo import run_demo
    from dbaudit.report.destinations import ReportRequest

    if not output_format and not output and output_dir is None:
        output = [Path("dbaudit-report.md")]
    report = ReportRequest.from_flags(
        output_format or [],
        output or [],
        output_dir,
        quiet=quiet,
        default_format=OutputFormat.MD,
        summary=summary,
    )
    raise typer.Exit(run_demo(report, keep=keep))


@cli.command("role-sql")
def role_sql(
    role: Annotated[
        str, typer.Option("--role", help="Name of the role to create [dbaudit].")
    ] = "dbaudit",
) -> None:
    """Print the SQL that creates a dedicated read-only role for scans (run it with psql).

    Safer than scanning as a superuser: the role reads every table and the statistics
    (pg_read_all_data, pg_read_all_stats, pg_monitor) and can change nothing.
    """
    from dbaudit.commands.role import print_role_sql

    raise typer.Exit(print_role_sql(role))


@config_cli.command("show")
def config_show(config: ConfigOption = None) -> None:
    """Print the merged configuration, each value with where it came from (password masked)."""
    from dbaudit.commands.config import show_config

    raise typer.Exit(show_config({}, config))


@checks_cli.command("list")
def checks_list(
    checks: ChecksOption = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", metavar="table|json", help="Output format.")
    ] = "table",
    category: Annotated[
        str | None,
        typer.Option(
            "--category",
            metavar="NAME",
            help="Only this category: integrity, performance, design, security, operations.",
        ),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option("--kind", metavar="catalog|data", help="Only catalog or only data checks."),
    ] = None,
    severity: Annotated[
        str | None,
        typer.Option("--severity", metavar="LEVEL", help="Only checks of this default severity."),
    ] = None,
) -> None:
    """List every check: id, severity, category, kind, title."""
    from dbaudit.commands.checks import list_checks

    raise typer.Exit(
        list_checks(
            tuple(checks or ()),
            output_format=output_format,
            category=category,
            kind=kind,
            severity=severity,
        )
    )


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
        sys.exit(EXIT_INTERRUPTED)
