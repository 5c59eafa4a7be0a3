"""GitHub Actions workflow commands: one annotation per finding.

With GITHUB_STEP_SUMMARY set, the Markdown report is appended to the job summary too.
"""

from __future__ import annotations

import os
from pathlib import Path

from dbaudit.findings import ScanResult
from dbaudit.report import markdown
from dbaudit.severity import Severity

_COMMAND = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "notice",
    Severity.INFO: "notice",
}


def _escape_data(text: str) -> str:
    # As the Actions runner unescapes: % first, then line breaks.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(result: ScanResult) -> str:
    lines = []
    for f in result.findings:
        title = f"{f.check_id} {f.title}: {f.object.display()}"
        lines.append(
            f"::{_COMMAND[f.severity]} title={_escape_property(title)}::"
            f"{_escape_data(f'[{f.severity.label}] {f.message}')}"
        )
    for e in result.errors:
        lines.append(
            f"::error title={_escape_property(e.check_id + ' did not complete')}::"
            f"{_escape_data(e.message)}"
        )
    summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_path:
        with Path(summary_path).open("a", encoding="utf-8") as summary:
            summary.write(markdown.render(result))
    return "\n".join(lines) + ("\n" if lines else "")
