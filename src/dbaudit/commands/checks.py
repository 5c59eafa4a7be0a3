"""`dbaudit checks list` and `dbaudit checks explain`."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import Category, CheckKind
from dbaudit.engine.exitcodes import ExitCode
from dbaudit.engine.selection import did_you_mean
from dbaudit.errors import ConfigError, DbauditError
from dbaudit.report.consoles import stdout_console
from dbaudit.severity import Severity

LIST_FORMATS = ("table", "json")


def _chosen(name: str, value: str | None, choices: Iterable[str]) -> str | None:
    """A filter's value, lower case, or a usage error naming the ones there are."""
    if value is None:
        return None
    known = sorted(set(choices))
    if value.lower() not in known:
        raise ConfigError(f"--{name} {value}: expected one of: {', '.join(known)}")
    return value.lower()


def list_checks(
    extra_dirs: tuple[Path, ...],
    *,
    output_format: str = "table",
    category: str | None = None,
    kind: str | None = None,
    severity: str | None = None,
) -> ExitCode:
    """Every check (or those of one category, kind or severity), as a table or as JSON."""
    fmt = _chosen("format", output_format, LIST_FORMATS)
    wanted = {
        "category": _chosen("category", category, (c.value for c in Category)),
        "kind": _chosen("kind", kind, (k.value for k in CheckKind)),
        "severity": _chosen("severity", severity, (s.value for s in Severity)),
    }
    checks = [
        c
        for c in load_catalog(extra_dirs)
        if wanted["category"] in (None, c.category.value)
        and wanted["kind"] in (None, c.kind.value)
        and wanted["severity"] in (None, c.severity.value)
    ]
    if fmt == "json":
        rows = [
            {
                "id": c.id,
                "title": c.title,
                "severity": c.severity.value,
                "category": c.category.value,
                "kind": c.kind.value,
                "description": c.description.strip(),
                "source": str(c.source),
            }
            for c in checks
        ]
        print(json.dumps(rows, indent=2))
        return ExitCode.OK
    from rich.table import Table

    table = Table("ID", "Severity", "Category", "Kind", "Title", box=None, header_style="bold")
    for check in checks:
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
