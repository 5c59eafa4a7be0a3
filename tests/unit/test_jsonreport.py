"""The JSON report is json.dumps(indent=2) text, whether rendered whole or streamed to a file."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from dbaudit.findings import ScanResult, SuppressedFinding
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
