"""One line per finding, `severity check object message`, for CI logs and grep (as ruff's
and pip-audit's concise output): the same fields in the same order on every line.

Names and messages go through terminal_text: a line break or an escape in a name is shown
as `\\n` / `\\x1b`, so one finding stays one line and the log obeys nothing in it.
"""

from __future__ import annotations

from dbaudit.findings import ScanResult
from dbaudit.text.terminal import terminal_text


def render(result: ScanResult) -> str:
    lines = [
        f"{f.severity.value} {f.check_id} {terminal_text(f.object.display())}"
        f" {terminal_text(f.message)}"
        for f in result.findings
    ]
    for error in result.errors:
        what = "timed out" if error.timed_out else "failed"
        where = f" {terminal_text(error.target)}" if error.target else ""
        lines.append(f"error {error.check_id}{where} {what}: {terminal_text(error.message)}")
    return "".join(line + "\n" for line in lines)
