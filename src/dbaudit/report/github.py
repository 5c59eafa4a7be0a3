"""GitHub Actions workflow commands: one annotation per finding.

With GITHUB_STEP_SUMMARY set, the Markdown report is appended to the job summary too.
"""

from __future__ import annotations

import os
from pathlib import Path

from dbaudit.findings import ScanResult
from dbaudit.report import markdown
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
    summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_path:
        with Path(summary_path).open("a", encoding="utf-8") as summary:
            summary.write(markdown.render(result))
    return "\n".join(lines) + ("\n" if lines else "")
