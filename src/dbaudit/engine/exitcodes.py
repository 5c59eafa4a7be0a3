"""Exit codes, in one place."""

from __future__ import annotations

from enum import IntEnum

from dbaudit.findings import ScanResult
from dbaudit.severity import FailOn


class ExitCode(IntEnum):
    OK = 0  # complete scan, nothing at or above --fail-on
    FINDINGS = 1  # complete scan, findings at or above --fail-on
    ERROR = 2  # usage error, connection failure, bad check file, or an incomplete scan


def exit_code_for(result: ScanResult, fail_on: FailOn) -> ExitCode:
    # An incomplete scan never passes: a check that errored may have hidden a critical finding.
    if not result.complete:
        return ExitCode.ERROR
    if any(fail_on.fails(f.severity) for f in result.findings):
        return ExitCode.FINDINGS
    return ExitCode.OK
