from __future__ import annotations

import pytest

from dbaudit.engine.exitcodes import ExitCode, exit_code_for
from dbaudit.findings import CheckError
from dbaudit.severity import FailOn, Severity
from tests.unit.factories import finding, result


@pytest.mark.parametrize(
    ("severity", "fail_on", "expected"),
    [
        (Severity.CRITICAL, FailOn.CRITICAL, ExitCode.FINDINGS),
        (Severity.HIGH, FailOn.CRITICAL, ExitCode.OK),
        (Severity.HIGH, FailOn.HIGH, ExitCode.FINDINGS),
        (Severity.MEDIUM, FailOn.HIGH, ExitCode.OK),
        (Severity.LOW, FailOn.LOW, ExitCode.FINDINGS),
        (Severity.INFO, FailOn.LOW, ExitCode.OK),
        (Severity.CRITICAL, FailOn.NONE, ExitCode.OK),
    ],
)
def test_findings_fail_at_or_above_the_threshold(
    severity: Severity, fail_on: FailOn, expected: ExitCode
) -> None:
    assert exit_code_for(result(finding(severity)), fail_on) is expected


def test_a_clean_complete_scan_passes() -> None:
    assert exit_code_for(result(), FailOn.LOW) is ExitCode.OK


@pytest.mark.parametrize("fail_on", list(FailOn))
def test_an_incomplete_scan_never_passes(fail_on: FailOn) -> None:
    errored = result(errors=(CheckError("REF001", "canceling statement", timed_out=True),))
    assert exit_code_for(errored, fail_on) is ExitCode.ERROR


def test_exit_code_values_are_the_documented_ones() -> None:
    assert (ExitCode.OK, ExitCode.FINDINGS, ExitCode.ERROR) == (0, 1, 2)
