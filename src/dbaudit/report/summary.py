"""What every format says the same way: counts per tier and the overall assessment."""

from __future__ import annotations

from collections import defaultdict

from dbaudit.findings import Finding, ScanResult
from dbaudit.remediation.script import ScriptStatement, script_statements
from dbaudit.severity import REPORTED_TIERS, Severity

# The executive summary's headings, as hand-written audits word them.
TIER_HEADINGS = {
    Severity.CRITICAL: "Critical Issues Found",
    Severity.HIGH: "High Priority Issues",
    Severity.MEDIUM: "Medium Priority Issues",
    Severity.LOW: "Low Priority Issues",
    Severity.INFO: "Informational Notes",
}


def tier_counts(result: ScanResult) -> dict[Severity, int]:
    return {tier: result.count(tier) for tier in REPORTED_TIERS}


def by_tier_and_check(
    findings: tuple[Finding, ...],
) -> list[tuple[Severity, list[list[Finding]]]]:
    """Findings as the reports list them: tiers most severe first, then checks by id.

    Tiers and checks without findings are left out, so no report shows an empty section.
    """
    tiers = []
    for tier in REPORTED_TIERS:
        groups: dict[str, list[Finding]] = defaultdict(list)
        for finding in findings:
            if finding.severity is tier:
                groups[finding.check_id].append(finding)
        if groups:
            tiers.append((tier, [groups[k] for k in sorted(groups)]))
    return tiers


def assessment(result: ScanResult) -> str:
    counts = tier_counts(result)
    parts = []
    if not result.complete:
        parts.append(
            f"The scan is incomplete: {len(result.errors)} check run(s) failed or timed "
            "out, so findings may be missing."
        )
    if counts[Severity.CRITICAL]:
        parts.append(
            f"Data integrity is already compromised: {counts[Severity.CRITICAL]} critical "
            "finding(s) need action before anything else."
        )
    elif counts[Severity.HIGH]:
        parts.append(
            f"No data is known to be damaged, but {counts[Severity.HIGH]} high-severity "
            "finding(s) put it at risk."
        )
    elif counts[Severity.MEDIUM] or counts[Severity.LOW]:
        parts.append(
            "No critical or high findings; the remaining ones are about policy and design."
        )
    else:
        parts.append("No findings.")
    return " ".join(parts)


def fix_statements(result: ScanResult) -> list[ScriptStatement]:
    """The fix script's statements at `dbaudit fix`'s default level: what the reports show
    and copy, never a second rendering of them."""
    return script_statements(result)


def statements_by_finding(statements: list[ScriptStatement]) -> dict[str, list[ScriptStatement]]:
    """Each fixable finding's steps, by its fingerprint, in the script's order."""
    by_finding: dict[str, list[ScriptStatement]] = defaultdict(list)
    for statement in statements:
        for fingerprint in statement.fingerprints:
            by_finding[fingerprint].append(statement)
    return dict(by_finding)


def script_phases(statements: list[ScriptStatement]) -> list[tuple[int, list[ScriptStatement]]]:
    """The script's statements by phase, in run order."""
    phases: dict[int, list[ScriptStatement]] = defaultdict(list)
    for statement in statements:
        phases[statement.phase].append(statement)
    return sorted(phases.items())
