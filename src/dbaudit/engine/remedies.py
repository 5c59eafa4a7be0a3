"""A scan's fix steps and remediation texts, rendered when a report or the fix script first
asks for a finding's (Finding.fix, Finding.remediation), never during the scan: a terminal
summary needs neither. They are rendered from the finding alone, its check's templates
reading its object identity, rule, evidence and kept inputs: the path `dbaudit fix --from`
a saved report takes too (engine.fixes.rebuild_fix), so the two cannot disagree."""

from __future__ import annotations

from collections.abc import Iterable

from jinja2 import TemplateError

from dbaudit.checks.model import CheckDefinition
from dbaudit.engine.fixes import finding_row, rebuild_fix
from dbaudit.errors import CheckFileError
from dbaudit.findings import Finding, FixStep, describe_steps, one_line
from dbaudit.sql.template import render_with, sql_variables


class CheckRemedies:
    """Renders the findings of one scan: its checks, its server's version. Pure: the same
    finding renders the same; each finding keeps what it rendered (Finding.fix)."""

    def __init__(self, checks: Iterable[CheckDefinition], server_version: int) -> None:
        self._checks = {check.id: check for check in checks}
        self._version = server_version

    def fix(self, finding: Finding, /) -> tuple[FixStep, ...]:
        check = self._checks[finding.check_id]
        if not check.fix:
            return ()
        try:
            return rebuild_fix(check, finding, self._version)
        except TemplateError as error:
            raise _unrenderable(check, finding, "fix", error) from None

    def remediation(self, finding: Finding, /) -> str | None:
        check = self._checks[finding.check_id]
        free_form = check.remediation_for(finding.rule)
        if free_form is None:
            return describe_steps(finding.fix) if finding.fix else None
        row = finding_row(finding, dict(finding.remediation_inputs))
        try:
            return render_with(free_form, sql_variables(self._version, row)).strip()
        except TemplateError as error:
            raise _unrenderable(check, finding, "remediation", error) from None


def _unrenderable(
    check: CheckDefinition, finding: Finding, what: str, error: TemplateError
) -> CheckFileError:
    """A template that failed for this finding's values (a user's check reading a column its
    query did not return): said when a report asks for it, naming the check file."""
    return CheckFileError(
        f"{check.source}: the {what} of {check.id} {one_line(finding.object.display())} "
        f"cannot be rendered: {one_line(str(error))}",
        "fix the check's template, or scan without the reports that show fixes",
    )
