"""Suppressions: a finding the team has accepted, by check and object, always with a reason."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fnmatch import fnmatchcase

from dbaudit.findings import Finding, SuppressedFinding


@dataclass(frozen=True)
class Suppression:
    check: str  # a check id, or a glob such as "NUM*" or "*"
    table: str  # "schema.table" or "table" (any schema); globs allowed
    reason: str
    columns: tuple[str, ...] = ()  # empty: any columns

    def matches(self, finding: Finding) -> bool:
        obj = finding.object
        table_ok = fnmatchcase(obj.qualified_table, self.table) or (
            "." not in self.table and fnmatchcase(obj.table, self.table)
        )
        return (
            fnmatchcase(finding.check_id, self.check.upper())
            and table_ok
            and (not self.columns or self.columns == obj.columns)
        )


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
