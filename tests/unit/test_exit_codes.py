from __future__ import annotations

import pytest

from dbaudit.engine.exitcodes import ExitCode, ending, exit_code_for
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


def test_the_ending_names_the_counts_the_threshold_and_its_source() -> None:
    scan = result(
        finding(Severity.CRITICAL),
        finding(Severity.MEDIUM),
        finding(Severity.MEDIUM),
        finding(Severity.LOW),
    )
    assert ending(scan, FailOn.MEDIUM, "pyproject.toml") == (
        "Found 4 findings (1 critical, 0 high, 2 medium, 1 low);"
        " failing: 3 at or above medium (pyproject.toml)"
    )
    assert ending(result(finding(Severity.HIGH)), FailOn.CRITICAL, "default") == (
        "Found 1 finding (0 critical, 1 high, 0 medium, 0 low);"
        " not failing: none at or above critical (default)"
    )


def test_the_ending_of_a_clean_an_incomplete_and_a_never_failing_scan() -> None:
    assert ending(result(), FailOn.HIGH, "--fail-on") == (
        "Found 0 findings; not failing: none at or above high (--fail-on)"
    )
    errored = result(errors=(CheckError("REF001", "canceling statement", timed_out=True),))
    assert ending(errored, FailOn.HIGH, "--fail-on") == (
        "Found 0 findings; failing: the scan is incomplete (1 check run failed or timed out)"
    )
    assert ending(result(finding(Severity.INFO)), FailOn.NONE, "DBAUDIT_FAIL_ON") == (
        "Found 1 finding (0 critical, 0 high, 0 medium, 0 low, 1 info);"
        " not failing: fail-on is none (DBAUDIT_FAIL_ON)"
    )
