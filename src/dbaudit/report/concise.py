"""One line per finding, `severity check object message`, for CI logs and grep (as ruff's
and pip-audit's concise output): the same fields in the same order on every line."""

from __future__ import annotations

import re

from dbaudit.findings import ScanResult

# A name may hold a line break or a terminal escape: one finding stays one line, and the
# log shows the character instead of obeying it.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _clean(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def render(result: ScanResult) -> str:
    lines = [
        f"{f.severity.value} {f.check_id} {_clean(f.object.display())} {_clean(f.message)}"
        for f in result.findings
    ]
    for error in result.errors:
        what = "timed out" if error.timed_out else "failed"
        where = f" {_clean(error.target)}" if error.target else ""
        lines.append(f"error {error.check_id}{where} {what}: {_clean(error.message)}")
    return "".join(line + "\n" for line in lines)
