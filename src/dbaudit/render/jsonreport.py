"""The JSON report: the master model every other format can be derived from.

Its shape is described by dbaudit/schemas/report-v1.schema.json; bump SCHEMA_VERSION on any
change that is not purely additive.
"""

from __future__ import annotations

from typing import Any, TextIO

from dbaudit import __version__
from dbaudit.findings import Finding, ScanResult
from dbaudit.render import jsontext
from dbaudit.severity import REPORTED_TIERS

SCHEMA_VERSION = 1


def finding_dict(finding: Finding) -> dict[str, Any]:
    o = finding.object
    return {
        "fingerprint": finding.fingerprint,
        "check_id": finding.check_id,
        "severity": finding.severity.value,
        "title": finding.title,
        "category": finding.category,
        "object": {
            "schema": o.schema,
            "table": o.table,
            "columns": list(o.columns),
            "name": o.name,
        },
        "message": finding.message,
        "rule": finding.rule,
        "evidence": dict(finding.evidence),
        "samples": list(finding.samples),
        "remediation": finding.remediation,
        "fix": [
            {
                "kind": step.kind.value,
                "sql": step.sql,
                "note": step.note,
                "destructive": step.destructive,
                "skip_if": step.skip_if,
            }
            for step in finding.fix
        ],
    }


def report_dict(result: ScanResult) -> dict[str, Any]:
    meta = result.metadata
    summary: dict[str, int] = {tier.value: result.count(tier) for tier in REPORTED_TIERS}
    summary.update(
        suppressed=len(result.suppressed),
        baselined=len(result.baselined),
        errors=len(result.errors),
    )
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "dbaudit", "version": __version__},
        "scan": {
            "database": meta.database,
            "server_version": meta.server_version,
            "target": meta.target,
            "started_at": meta.started_at.isoformat(),
            "duration_seconds": round(meta.duration_seconds, 3),
            "checks_run": meta.checks_run,
            "complete": result.complete,
            "scope": {
                "schemas": list(meta.scope.schemas),
                "tables": meta.scope.tables,
                "foreign_keys": meta.scope.foreign_keys,
                "indexes": meta.scope.indexes,
            },
        },
        "summary": summary,
        "checks": [
            {
                "id": c.id,
                "title": c.title,
                "severity": c.severity.value,
                "category": c.category,
                "description": c.description,
                "rationale": c.rationale,
                "source": c.source,
                "no_fix": c.no_fix,
            }
            for c in result.checks
        ],
        "findings": [finding_dict(f) for f in result.findings],
        "suppressed": [{**finding_dict(s.finding), "reason": s.reason} for s in result.suppressed],
        "baselined": [finding_dict(f) for f in result.baselined],
        "errors": [
            {
                "check_id": e.check_id,
                "target": e.target,
                "message": e.message,
                "timed_out": e.timed_out,
            }
            for e in result.errors
        ],
        "skipped": [{"check_id": s.check_id, "reason": s.reason} for s in result.skipped],
    }


def render(result: ScanResult) -> str:
    return jsontext.dumps(report_dict(result), default=str) + "\n"


def write(result: ScanResult, out: TextIO) -> None:
    """render(result), written in pieces: a large report is never held whole in memory."""
    jsontext.dump(report_dict(result), out.write, default=str)
    out.write("\n")
