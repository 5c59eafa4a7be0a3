"""SARIF 2.1.0, as GitHub code scanning accepts it.

A database has no source lines, so each result carries a logical location (schema.table.column)
and, because code scanning requires a physical one, the check's YAML file. Fingerprints are the
finding fingerprints, so code scanning tracks a finding across scans.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dbaudit import __version__
from dbaudit.findings import CheckInfo, Finding, ScanResult
from dbaudit.report.escape.json import json_safe
from dbaudit.severity import Severity

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
_LEVEL = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.INFO: "note",
}
# GitHub orders alerts by this number (0.1 to 10): critical >= 9, high >= 7, medium >= 4.
_SECURITY_SEVERITY = {
    Severity.CRITICAL: "9.5",
    Severity.HIGH: "7.5",
    Severity.MEDIUM: "5.0",
    Severity.LOW: "2.0",
    Severity.INFO: "0.5",
}


def _artifact_uri(source: str, working_dir: Path | None) -> str:
    """The check file relative to the working directory when possible (a repo checkout)."""
    path = Path(source)
    if working_dir is None:
        return f"dbaudit/checks/{path.name}"
    try:
        return (working_dir / path).resolve().relative_to(working_dir.resolve()).as_posix()
    except ValueError:
        return f"dbaudit/checks/{path.name}"


def _rule(check: CheckInfo) -> dict[str, Any]:
    return {
        "id": check.id,
        "name": "".join(w.capitalize() for w in check.title.split() if w.isalnum()) or check.id,
        "shortDescription": {"text": check.title},
        "fullDescription": {"text": check.description},
        "help": {"text": check.rationale, "markdown": check.rationale},
        "defaultConfiguration": {"level": _LEVEL[check.severity]},
        "properties": {
            "tags": ["database", "postgresql", check.category],
            "security-severity": _SECURITY_SEVERITY[check.severity],
        },
    }


def _logical_name(finding: Finding) -> str:
    o = finding.object
    base = f"{o.schema}.{o.table}"
    return f"{base}.{','.join(o.columns)}" if o.columns else base


def _result(finding: Finding, rule_index: int, uri: str) -> dict[str, Any]:
    o = finding.object
    return {
        "ruleId": finding.check_id,
        "ruleIndex": rule_index,
        "level": _LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    "region": {"startLine": 1},
                },
                "logicalLocations": [
                    {
                        "name": ",".join(o.columns) if o.columns else o.table,
                        "fullyQualifiedName": _logical_name(finding),
                        "kind": "column" if o.columns else "table",
                    }
                ],
            }
        ],
        "partialFingerprints": {"dbauditFingerprint/v1": finding.fingerprint},
        "properties": {
            "severity": finding.severity.value,
            "rule": finding.rule,
            "evidence": dict(finding.evidence),
            **({"constraint": o.name} if o.name else {}),
            **({"remediation": finding.remediation} if finding.remediation else {}),
        },
    }


def render(
    result: ScanResult, *, working_dir: Path | None = None, github_workspace: bool = False
) -> str:
    """working_dir: check files under it are named relative to it; github_workspace: it is
    a GitHub Actions checkout, given as %SRCROOT%."""
    rules = {c.id: i for i, c in enumerate(result.checks)}
    uris = {c.id: _artifact_uri(c.source, working_dir) for c in result.checks}
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "dbaudit",
                "version": __version__,
                "informationUri": "https://pypi.org/project/dbaudit/",
                "rules": [_rule(c) for c in result.checks],
            }
        },
        "automationDetails": {"id": f"dbaudit/{result.metadata.database}/"},
        "results": [
            _result(f, rules[f.check_id], uris[f.check_id])
            for f in result.findings
            if f.check_id in rules
        ],
        "invocations": [
            {
                "executionSuccessful": result.complete,
                "toolExecutionNotifications": [
                    {
                        "level": "error",
                        "message": {"text": f"{e.check_id}: {e.message}"},
                        "descriptor": {"id": e.check_id},
                    }
                    for e in result.errors
                ],
            }
        ],
    }
    if github_workspace and working_dir is not None:
        run["originalUriBaseIds"] = {"%SRCROOT%": {"uri": working_dir.resolve().as_uri() + "/"}}
    document = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    text = json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n"
    return json_safe(text.encode()).decode()
