"""Reads a saved JSON report back into a ScanResult (for `dbaudit fix --from report.json`).

The inverse of json_writer: every section is read back (errors, skipped, suppressed and
baselined findings too), so a report written again from what was read is the same text.
A report is a file anyone may have edited: `fix --from` uses its findings' identities,
evidence and fix inputs, and renders their fix steps again from the check definitions
(remediation.rebuild); the `fix` steps read here never reach a script.
"""

from __future__ import annotations

import json
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from dbaudit.errors import ConfigError
from dbaudit.findings import (
    CONFIG_SOURCE,
    CheckError,
    CheckInfo,
    Finding,
    FixKind,
    FixStep,
    KnownRemedy,
    ObjectRef,
    ScanMetadata,
    ScanResult,
    ScanScope,
    SkippedCheck,
    SuppressedFinding,
)
from dbaudit.severity import Severity

_HINT = "write one with: dbaudit scan DSN -f json -o report.json"


def _finding(item: dict[str, Any]) -> Finding:
    o = item["object"]
    return Finding(
        check_id=item["check_id"],
        severity=Severity(item["severity"]),
        title=item["title"],
        category=item["category"],
        object=ObjectRef(o["schema"], o["table"], tuple(o["columns"]), o["name"]),
        message=item["message"],
        rule=item["rule"],
        evidence=tuple(item["evidence"].items()),
        samples=tuple(item["samples"]),
        fix_inputs=tuple(item.get("fix_inputs", {}).items()),
        remedy=KnownRemedy(steps=_steps(item), text=item["remediation"]),
    )


def _steps(item: dict[str, Any]) -> tuple[FixStep, ...]:
    return tuple(
        FixStep(
            FixKind(s["kind"]),
            s["sql"],
            s["note"],
            s["destructive"],
            s["skip_if"],
            # Absent from reports written before they were: read as the defaults.
            unsafe=s.get("unsafe", False),
            blocked_if=s.get("blocked_if"),
        )
        for s in item.get("fix", ())
    )


def read_json_report(path: Path) -> ScanResult:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"report {path} does not exist", _HINT) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ConfigError(f"{path} is not a dbaudit JSON report: {error}", _HINT) from None
    schema = json.loads((resources.files("dbaudit.report") / "report-v1.schema.json").read_text())
    try:
        jsonschema.validate(document, schema)
    except jsonschema.ValidationError as error:
        where = "/".join(str(p) for p in error.absolute_path) or "top level"
        raise ConfigError(
            f"{path} is not a dbaudit JSON report ({where}: {error.message})", _HINT
        ) from None
    scan = document["scan"]
    scope = scan["scope"]
    return ScanResult(
        metadata=ScanMetadata(
            database=scan["database"],
            server_version=scan["server_version"],
            target=scan["target"],
            started_at=datetime.fromisoformat(scan["started_at"]),
            duration_seconds=scan["duration_seconds"],
            checks_run=scan["checks_run"],
            scope=ScanScope(
                tuple(scope["schemas"]), scope["tables"], scope["foreign_keys"], scope["indexes"]
            ),
        ),
        findings=tuple(_finding(f) for f in document["findings"]),
        suppressed=tuple(
            # Reports written before comments could suppress have no source: the configuration.
            SuppressedFinding(_finding(s), s["reason"], s.get("source", CONFIG_SOURCE))
            for s in document.get("suppressed", ())
        ),
        baselined=tuple(_finding(f) for f in document.get("baselined", ())),
        errors=_errors(document),
        skipped=tuple(
            SkippedCheck(s["check_id"], s["reason"]) for s in document.get("skipped", ())
        ),
        checks=tuple(
            CheckInfo(
                c["id"],
                c["title"],
                Severity(c["severity"]),
                c["category"],
                c["description"],
                c["rationale"],
                c["source"],
                c.get("no_fix"),
            )
            for c in document["checks"]
        ),
    )


def _errors(document: dict[str, Any]) -> tuple[CheckError, ...]:
    """The checks that failed; a report marked incomplete stays incomplete even if an edit
    emptied its list of errors."""
    errors = tuple(
        CheckError(e["check_id"], e["message"], e["timed_out"], e["target"])
        for e in document.get("errors", ())
    )
    if not document["scan"]["complete"] and not errors:
        return (CheckError("(scan)", "the report says the scan was incomplete"),)
    return errors
