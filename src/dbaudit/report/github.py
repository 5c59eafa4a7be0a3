"""GitHub Actions workflow commands: one annotation per finding.

The job summary (the Markdown summary appended to $GITHUB_STEP_SUMMARY) is written by
destinations: this renderer only returns the annotations.
"""

from __future__ import annotations

from dbaudit.findings import ScanResult
from dbaudit.report.escape.workflow import command_data, command_property
from dbaudit.severity import Severity

_COMMAND = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "notice",
    Severity.INFO: "notice",
}


def render(result: ScanResult) -> str:
    lines = []
    for f in result.findings:
        title = f"{f.check_id} {f.title}: {f.object.display()}"
        lines.append(
            f"::{_COMMAND[f.severity]} title={command_property(title)}::"
            f"{command_data(f'[{f.severity.label}] {f.message}')}"
        )
    for e in result.errors:
        lines.append(
            f"::error title={command_property(e.check_id + ' did not complete')}::"
            f"{command_data(e.message)}"
        )
    return "\n".join(lines) + ("\n" if lines else "")
