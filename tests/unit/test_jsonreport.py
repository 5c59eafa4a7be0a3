"""The JSON report is json.dumps(indent=2) text, whether rendered whole or streamed to a file."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from dbaudit.findings import CheckError, ScanResult, SkippedCheck, SuppressedFinding
from dbaudit.report.json_reader import read_json_report
from dbaudit.report.json_writer import render, report_dict, write
from dbaudit.severity import Severity
from tests.unit.factories import finding, result


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
