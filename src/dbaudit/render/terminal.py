"""The terminal summary: counts per tier, then one line per finding."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from dbaudit.findings import ScanResult
from dbaudit.render.summary import assessment, tier_counts
from dbaudit.severity import Severity

STYLES = {
    Severity.CRITICAL: "bold white on red",
    Severity.HIGH: "bold red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
    Severity.INFO: "dim",
}


def write(result: ScanResult, console: Console) -> None:
    meta = result.metadata
    console.print(
        Text.assemble(
            ("dbaudit ", "bold"),
            f"{meta.target} · PostgreSQL {meta.server_version} · ",
            f"{meta.scope.tables} tables, {meta.scope.foreign_keys} foreign keys · ",
            f"{meta.checks_run} checks in {meta.duration_seconds:.2f}s",
        )
    )
    counts = Text()
    for tier, count in tier_counts(result).items():
        if tier is Severity.INFO and not count:
            continue
        counts.append(f" {tier.label}: {count} ", style=STYLES[tier] if count else "dim")
        counts.append(" ")
    if result.suppressed:
        counts.append(f" suppressed: {len(result.suppressed)} ", style="dim")
    if result.baselined:
        counts.append(f" baselined: {len(result.baselined)} ", style="dim")
    console.print(counts)
    if result.findings:
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
        table.add_column("Severity")
        table.add_column("Check")
        table.add_column("Object", overflow="fold")
        table.add_column("Finding", overflow="fold")
        for finding in result.findings:
            # The title and the numbers fit a line; the full message is in the reports.
            numbers = ", ".join(
                f"{k.replace('_', ' ')}: {v}" for k, v in finding.evidence if v is not None
            )
            table.add_row(
                Text(finding.severity.label, style=STYLES[finding.severity]),
                finding.check_id,
                Text(finding.object.display()),
                Text.assemble(finding.title, (f"  {numbers}" if numbers else "", "dim")),
            )
        console.print(table)
    for error in result.errors:
        where = f" on {error.target}" if error.target else ""
        kind = "timed out" if error.timed_out else "failed"
        console.print(Text(f"! {error.check_id} {kind}{where}: {error.message}", style="bold red"))
    console.print(Text(assessment(result), style="bold"))


def render(result: ScanResult) -> str:
    buffer = io.StringIO()
    write(result, Console(file=buffer, width=120, no_color=True, highlight=False))
    return buffer.getvalue()
