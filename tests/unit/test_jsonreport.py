"""The JSON report is json.dumps(indent=2) text, whether rendered whole or streamed to a file."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from dbaudit.findings import (
    CheckError,
    FixKind,
    FixStep,
    ScanResult,
    SkippedCheck,
    SuppressedFinding,
)
from dbaudit.report.json_reader import read_json_report
from dbaudit.report.json_writer import render, report_dict, write
from dbaudit.severity import Severity
from tests.unit.factories import finding, result, with_fix


def _result() -> ScanResult:
    many = [finding(Severity.HIGH, table=f"t{i}", message=f"row «{i}»\n") for i in range(50)]
    odd = replace(many[0], evidence=(("ratio", 0.25), ("none", None)))
    accepted = SuppressedFinding(finding(table="audit_logs"), "audit rows outlive users")
    return replace(result(odd, *many[1:]), suppressed=(accepted,))


def test_the_text_is_what_json_dumps_writes() -> None:
    report = _result()
    expected = json.dumps(report_dict(report), indent=2, ensure_ascii=False, default=str)
    expected += "\n"
    assert render(report) == expected


def test_a_file_gets_the_same_text_streamed(tmp_path: Path) -> None:
    report = _result()
    path = tmp_path / "report.json"
    with path.open("w", encoding="utf-8") as out:
        write(report, out)
    assert path.read_text(encoding="utf-8") == render(report)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert len(document["findings"]) == 50
    assert document["findings"][0]["evidence"] == {"ratio": 0.25, "none": None}
    assert document["baselined"] == []


def test_a_report_read_back_writes_the_same_text(tmp_path: Path) -> None:
    # Every section round-trips: an incomplete scan stays incomplete when `fix --from` reads it.
    report = replace(
        _result(),
        baselined=(finding(Severity.LOW, table="legacy"),),
        errors=(CheckError("NUM001", "canceling statement due to lock timeout", False, "t1"),),
        skipped=(SkippedCheck("OPS001", "pg_stat_statements is not installed"),),
    )
    path = tmp_path / "report.json"
    path.write_text(render(report), encoding="utf-8")
    read = read_json_report(path)
    assert not read.complete
    assert [s.reason for s in read.suppressed] == ["audit rows outlive users"]
    assert render(read) == render(report)


def test_fix_steps_keep_their_level_when_read_back(tmp_path: Path) -> None:
    # A policy change is unsafe, a validation waits on orphans: a report read back (and the
    # reports rendered from it) must say so as the scan did.
    steps = (
        FixStep(FixKind.CONSTRAINT, "ALTER TABLE t ...;", "policy", unsafe=True),
        FixStep(FixKind.VALIDATE, "ALTER TABLE t VALIDATE ...;", "check", blocked_if="NULL"),
        FixStep(FixKind.CLEANUP, "DELETE FROM t;", "orphans", destructive=True),
    )
    report = result(with_fix(finding(), steps))
    path = tmp_path / "report.json"
    path.write_text(render(report), encoding="utf-8")
    assert read_json_report(path).findings[0].fix == steps
    levels = [s["level"] for s in json.loads(render(report))["findings"][0]["fix"]]
    assert levels == ["unsafe", "safe", "destructive"]


def test_a_report_written_before_the_levels_is_still_read(tmp_path: Path) -> None:
    report = result(with_fix(finding(), (FixStep(FixKind.INDEX, "CREATE INDEX ...;"),)))
    document = json.loads(render(report))
    for step in document["findings"][0]["fix"]:
        for key in ("level", "unsafe", "blocked_if"):
            del step[key]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert read_json_report(path).findings[0].fix == report.findings[0].fix
