"""Suppressions: a finding the team has accepted, by check and object, always with a reason.

They come from the configuration (`suppress:`) and from `dbaudit:ignore` markers in the
database's own comments (engine/comment_suppressions); the configuration's win when both match.
"""

from __future__ import annotations

from collections.abc import Iterable

from dbaudit.engine.comment_suppressions import CommentSuppression
from dbaudit.findings import CONFIG_SOURCE, Finding, SuppressedFinding
from dbaudit.settings.suppression import Suppression


def partition(
    findings: Iterable[Finding],
    suppressions: Iterable[Suppression],
    from_comments: Iterable[CommentSuppression] = (),
) -> tuple[list[Finding], list[SuppressedFinding]]:
    """Split findings into open ones and suppressed ones (first matching rule's reason)."""
    rules = list(suppressions)
    comments = list(from_comments)
    open_findings: list[Finding] = []
    suppressed: list[SuppressedFinding] = []
    for finding in findings:
        rule = next((r for r in rules if r.matches(finding)), None)
        comment = None if rule else next((c for c in comments if c.matches(finding)), None)
        if rule is not None:
            suppressed.append(SuppressedFinding(finding, rule.reason, CONFIG_SOURCE))
        elif comment is not None:
            suppressed.append(SuppressedFinding(finding, comment.reason, comment.source))
        else:
            open_findings.append(finding)
    return open_findings, suppressed
