"""The terminal summary: counts per tier, then the findings, the many small ones grouped.

Every value from the scan goes through terminal_text: a name's control characters are shown
as escapes (`\\x1b`), never written to the terminal raw. Values are Text, never markup.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from itertools import groupby

from rich.console import Console
from rich.table import Table
from rich.text import Text

from dbaudit.findings import Finding, ScanResult
from dbaudit.report.consoles import plain_console
from dbaudit.report.summary import assessment, tier_counts
from dbaudit.severity import Severity
from dbaudit.text.terminal import terminal_text

STYLES = {
    Severity.CRITICAL: "bold white on red",
    Severity.HIGH: "bold red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
    Severity.INFO: "dim",
}


# Critical and high findings get a line each; below that, a check with more findings than
# this shows as one line (the seed's 27 timestamp columns are one problem, not 27 lines).
_GROUP_ABOVE = 3


def _rows(findings: Sequence[Finding]) -> list[list[Finding]]:
    """Findings in report order, those of one check and tier merged where they are many."""
    rows: list[list[Finding]] = []
    for (_, severity), group in groupby(findings, key=lambda f: (f.check_id, f.severity)):
        members = list(group)
        if severity.rank < Severity.HIGH.rank and len(members) > _GROUP_ABOVE:
            rows.append(members)
        else:
            rows.extend([f] for f in members)
    return rows


def write(result: ScanResult, console: Console) -> None:
    meta = result.metadata
    console.print(
        Text.assemble(
            ("dbaudit ", "bold"),
            terminal_text(f"{meta.target} · PostgreSQL {meta.server_version} · "),
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
        # On a narrow terminal only the finding's text wraps, at spaces: an object's name
        # folded in the middle reads as two names.
        table.add_column("Severity", no_wrap=True)
        table.add_column("Check", no_wrap=True)
        table.add_column("Object", no_wrap=True)
        table.add_column("Finding", overflow="fold")
        rows = _rows(result.findings)
        for group in rows:
            first = group[0]
            if len(group) == 1:
                # The title and the numbers fit a line; the full message is in the reports.
                numbers = ", ".join(
                    f"{k.replace('_', ' ')}: {v}" for k, v in first.evidence if v is not None
                )
                what, detail = Text(terminal_text(first.object.display())), terminal_text(numbers)
            else:
                tables = len({(f.object.schema, f.object.table) for f in group})
                what = Text(f"{len(group)} objects in {tables} table(s)", style="italic")
                detail = ""
            table.add_row(
                Text(first.severity.label, style=STYLES[first.severity]),
                Text(terminal_text(first.check_id)),
                what,
                Text.assemble(terminal_text(first.title), (f"  {detail}" if detail else "", "dim")),
            )
        console.print(table)
        if any(len(group) > 1 for group in rows):
            console.print(
                Text("Every object is listed in the reports: -f md, html or json.", "dim")
            )
    if result.lost is not None:
        console.print(Text(f"! {result.lost.describe()}", style="bold red"))
    for error in result.errors:
        if result.lost is not None and error.message == result.lost.error_message:
            continue  # one line above for all of them
        where = f" on {error.target}" if error.target else ""
        kind = "timed out" if error.timed_out else "failed"
        line = terminal_text(f"! {error.check_id} {kind}{where}: {error.message}")
        console.print(Text(line, style="bold red"))
    console.print(Text(assessment(result), style="bold"))


def render(result: ScanResult) -> str:
    """The summary as a file holds it: unwrapped, without colour or trailing spaces."""
    buffer = io.StringIO()
    console = plain_console(buffer)
    write(result, console)
    console.file.close()
    return buffer.getvalue()
