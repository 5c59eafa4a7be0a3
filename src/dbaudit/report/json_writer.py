"""The JSON report: the master model every other format can be derived from.

Its shape is described by dbaudit/report/report-v1.schema.json; bump SCHEMA_VERSION on any
change that is not purely additive.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TextIO

import orjson

from dbaudit import __version__
from dbaudit.findings import Finding, ScanResult
from dbaudit.report.escape.json import json_safe
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
                # What `dbaudit fix` needs to write it live: the level its script labels it with.
                "level": step.level.value,
                "unsafe": step.unsafe,
                "blocked_if": step.blocked_if,
            }
            for step in finding.fix
        ],
        # What `dbaudit fix --from` renders the fix from, with the check's own templates.
        "fix_inputs": dict(finding.fix_inputs),
    }


def report_dict(result: ScanResult) -> dict[str, Any]:
    """The report as plain data."""
    return {
        key: list(value) if isinstance(value, Iterator) else value
        for key, value in _sections(result).items()
    }


def _sections(result: ScanResult) -> dict[str, Any]:
    """The report's top-level keys; the lists of findings as iterators, made one by one."""
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
        "findings": map(finding_dict, result.findings),
        "suppressed": (
            {**finding_dict(s.finding), "reason": s.reason, "source": s.source}
            for s in result.suppressed
        ),
        "baselined": map(finding_dict, result.baselined),
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


# orjson writes what json.dumps(indent=2, ensure_ascii=False, default=str) writes, byte for
# byte, ~10x faster; datetimes pass through to str() as json's default did.
_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_PASSTHROUGH_DATETIME


def _indented(value: Any, depth: int) -> bytes:
    # A JSON string holds no raw newline, so every newline is orjson's own indentation.
    text = json_safe(orjson.dumps(value, default=str, option=_OPTIONS))
    return text.replace(b"\n", b"\n" + b" " * depth)


def _stream(result: ScanResult, write: Callable[[bytes], object]) -> None:
    """The report's JSON text, written a finding at a time: a report of 14,000 findings
    (34 MB) is never held whole, neither as dicts nor as text."""
    for index, (key, value) in enumerate(_sections(result).items()):
        write((b",\n  " if index else b"{\n  ") + orjson.dumps(key) + b": ")
        if not isinstance(value, Iterator):
            write(_indented(value, 2))
            continue
        opening = b"[\n    "
        for item in value:
            write(opening + _indented(item, 4))
            opening = b",\n    "
        write(b"[]" if opening == b"[\n    " else b"\n  ]")
    write(b"\n}\n")


def render(result: ScanResult) -> str:
    pieces: list[bytes] = []
    _stream(result, pieces.append)
    return b"".join(pieces).decode()


def write(result: ScanResult, out: TextIO) -> None:
    """render(result) into a file; a UTF-8 file takes the bytes as they are."""
    buffer = getattr(out, "buffer", None)
    if buffer is None or (out.encoding or "").lower().replace("-", "") != "utf8":
        out.write(render(result))
        return
    out.flush()
    _stream(result, buffer.write)
