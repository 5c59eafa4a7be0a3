"""The findings of a saved report with their fixes rendered again from the check definitions.

A report's `fix` steps are text anyone could have edited (a psql `\\!` shell command, a DELETE
marked non-destructive): they are never copied. Each finding's check renders its steps from
the finding's object identity, rule, evidence and fix inputs, through the same quoting as a
scan; `destructive` and `skip_if` come from the check, too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from jinja2 import TemplateError

from dbaudit.checks.model import CheckDefinition
from dbaudit.engine.fixes import rebuild_fix
from dbaudit.errors import ConfigError
from dbaudit.findings import Finding, KnownRemedy, ScanResult, one_line

_VERSION = re.compile(r"^(\d+)(?:\.(\d+))?")


def server_version_num(version: str) -> int:
    """`15.4` as PostgreSQL's server_version_num says it (150004); 0 when unreadable."""
    match = _VERSION.match(version.strip())
    if not match:
        return 0
    return int(match.group(1)) * 10000 + int(match.group(2) or 0)


def with_rebuilt_fixes(
    result: ScanResult, checks: Sequence[CheckDefinition], source: str
) -> ScanResult:
    """`result` (read from `source`) with every finding's fix rendered by its check."""
    by_id = {check.id: check for check in checks}
    version = server_version_num(result.metadata.server_version)
    findings: list[Finding] = []
    for finding in result.findings:
        check = by_id.get(finding.check_id)
        if check is None or not check.fix:
            findings.append(replace(finding, remedy=KnownRemedy(text=finding.remediation)))
            continue
        try:
            fix = rebuild_fix(check, finding, version)
        except (TemplateError, TypeError, ValueError) as error:
            raise ConfigError(
                f"{source}: the fix of {finding.check_id} "
                f"{one_line(finding.object.display())} cannot be rebuilt from the report: "
                f"{one_line(str(error))}",
                "write the report again with this dbaudit: dbaudit scan DSN -f json -o FILE",
            ) from None
        findings.append(replace(finding, remedy=KnownRemedy(fix, finding.remediation)))
    return replace(result, findings=tuple(findings))
