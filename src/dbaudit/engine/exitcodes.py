"""Exit codes, in one place."""

from __future__ import annotations

from enum import IntEnum

from dbaudit.findings import ScanResult
from dbaudit.severity import REPORTED_TIERS, FailOn, Severity


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


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _counts(result: ScanResult) -> str:
    """`95 findings (7 critical, 13 high, 42 medium, 33 low)`, then what is set apart."""
    tiers = [f"{result.count(s)} {s.value}" for s in REPORTED_TIERS if s is not Severity.INFO]
    if result.count(Severity.INFO):
        tiers.append(f"{result.count(Severity.INFO)} info")
    text = _plural(len(result.findings), "finding")
    if result.findings:
        text += " (" + ", ".join(tiers) + ")"
    apart = []
    if result.baselined:
        apart.append(f"{len(result.baselined)} baselined")
    if result.suppressed:
        apart.append(f"{len(result.suppressed)} suppressed")
    return text + "".join(f", {part}" for part in apart)


def found_line(result: ScanResult) -> str:
    """`Found 95 findings (7 critical, 13 high, 42 medium, 33 low)`: the exit line's start."""
    return f"Found {_counts(result)}"


def ending(
    result: ScanResult, fail_on: FailOn, decided_by: str, *, baseline_written: str | None = None
) -> str:
    """The scan's last line: what it found and why it exits as it does.

    `decided_by` names where fail_on came from (`--fail-on`, `pyproject.toml`, `default`):
    an exit 1 must never leave the user guessing which setting made it.
    """
    found = found_line(result)
    if not result.complete:
        runs = _plural(len(result.errors), "check run")
        return f"{found}; failing: the scan is incomplete ({runs} failed or timed out)"
    if baseline_written is not None:
        return f"{found}; not failing: recorded as the baseline ({baseline_written})"
    if fail_on is FailOn.NONE:
        return f"{found}; not failing: fail-on is none ({decided_by})"
    failing = sum(1 for f in result.findings if fail_on.fails(f.severity))
    if failing:
        return f"{found}; failing: {failing} at or above {fail_on.value} ({decided_by})"
    return f"{found}; not failing: none at or above {fail_on.value} ({decided_by})"
