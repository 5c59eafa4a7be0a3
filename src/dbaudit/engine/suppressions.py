"""Suppressions: a finding the team has accepted, by check and object, always with a reason."""

from __future__ import annotations

from collections.abc import Iterable

from dbaudit.findings import Finding, SuppressedFinding
from dbaudit.settings.suppression import Suppression


def partition(
    findings: Iterable[Finding], suppressions: Iterable[Suppression]
) -> tuple[list[Finding], list[SuppressedFinding]]:
    """Split findings into open ones and suppressed ones (first matching rule's reason)."""
    rules = list(suppressions)
    open_findings: list[Finding] = []
    suppressed: list[SuppressedFinding] = []
    for finding in findings:
        rule = next((r for r in rules if r.matches(finding)), None)
        if rule is None:
            open_findings.append(finding)
        else:
            suppressed.append(SuppressedFinding(finding, rule.reason))
    return open_findings, suppressed
