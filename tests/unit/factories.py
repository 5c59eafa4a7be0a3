"""Fixed findings and results for renderer and exit-code tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from dbaudit.findings import (
    CheckError,
    CheckInfo,
    Finding,
    FixStep,
    KnownRemedy,
    ObjectRef,
    ScanMetadata,
    ScanResult,
    ScanScope,
)
from dbaudit.severity import Severity


def finding(
    severity: Severity = Severity.HIGH,
    table: str = "trades",
    columns: tuple[str, ...] = ("quantity",),
    check_id: str = "VAL001",
    message: str = "2 rows have quantity <= 0",
) -> Finding:
    return Finding(
        check_id=check_id,
        severity=severity,
        title="Quantities or prices that are zero or negative",
        category="integrity",
        object=ObjectRef("public", table, columns),
        message=message,
        rule="quantity-name:quantity",
        evidence=(("invalid_count", 2),),
        samples=("k1",),
        remedy=KnownRemedy(
            text='ALTER TABLE "public"."trades" ADD CHECK ("quantity" > 0) NOT VALID;'
        ),
    )


def result(*findings: Finding, errors: tuple[CheckError, ...] = ()) -> ScanResult:
    return ScanResult(
        metadata=ScanMetadata(
            database="app",
            server_version="16.4",
            target="app@db:5432",
            started_at=datetime(2026, 1, 2, 3, 4, tzinfo=UTC),
            duration_seconds=0.5,
            checks_run=1,
            scope=ScanScope(("public",), 3, 2, 4),
        ),
        findings=findings,
        checks=(
            CheckInfo(
                "VAL001",
                "Quantities or prices that are zero or negative",
                Severity.HIGH,
                "integrity",
                "Rows with quantity <= 0.",
                "Because money.",
                "checks/VAL001.yaml",
            ),
        ),
        errors=errors,
    )


def with_fix(f: Finding, steps: tuple[FixStep, ...]) -> Finding:
    """`f` with these fix steps (its remediation text kept)."""
    return replace(f, remedy=KnownRemedy(steps, f.remediation))
