"""`dbaudit checks list` and `dbaudit checks explain`."""

from __future__ import annotations

from pathlib import Path

from dbaudit.checks.loader import load_catalog
from dbaudit.engine.exitcodes import ExitCode
from dbaudit.engine.selection import did_you_mean
from dbaudit.errors import DbauditError
from dbaudit.report.consoles import stdout_console


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
        hint = did_you_mean(check_id.upper(), checks) or "dbaudit checks list shows them all"
        raise DbauditError(f"no check with id {check_id!r}", hint)
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
        # SQL is never folded into the terminal's width: copied, it must still run.
        out.print(check.examples.bad.strip(), markup=False, soft_wrap=True)
        out.print("\n[bold]Good example[/bold]", markup=True)
        out.print(check.examples.good.strip(), markup=False, soft_wrap=True)
    out.print(f"\n[dim]defined in {check.source}[/dim]", markup=True)
    return ExitCode.OK
