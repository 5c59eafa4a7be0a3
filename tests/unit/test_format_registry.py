"""The format registry: each format's name, file and writer in one place, and renderers that
depend on nothing but the report and their options."""

from __future__ import annotations

from pathlib import Path

import pytest

from dbaudit.errors import ConfigError
from dbaudit.report.destinations import ReportRequest
from dbaudit.report.formats import FORMATS, OutputFormat, RenderOptions, render
from tests.golden.test_formats import FIXED


def test_every_format_has_its_own_file_in_an_output_dir(tmp_path: Path) -> None:
    request = ReportRequest.from_flags(list(OutputFormat), [], tmp_path)
    paths = [path for _, path in request.outputs]
    assert len(set(paths)) == len(OutputFormat)  # none overwrites another
    assert dict(request.outputs)[OutputFormat.JUNIT] == tmp_path / "dbaudit-report.xml"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("r.json", OutputFormat.JSON),
        ("r.SARIF", OutputFormat.SARIF),
        ("r.xml", OutputFormat.JUNIT),
        ("r.md", OutputFormat.MD),
        ("r.html", OutputFormat.HTML),
        ("r.txt", OutputFormat.TERMINAL),
    ],
)
def test_an_output_file_without_a_format_takes_its_extensions(
    name: str, expected: OutputFormat
) -> None:
    assert ReportRequest.from_flags([], [Path(name)], None).outputs == ((expected, Path(name)),)


def test_summary_without_a_markdown_report_is_refused() -> None:
    with pytest.raises(ConfigError, match="--summary shortens the Markdown report"):
        ReportRequest.from_flags([OutputFormat.JSON], [Path("r.json")], None, summary=True)
    request = ReportRequest.from_flags([OutputFormat.MD], [Path("r.md")], None, summary=True)
    assert request.options.summary


@pytest.mark.parametrize("fmt", list(OutputFormat), ids=[f.value for f in OutputFormat])
def test_renderers_read_neither_the_environment_nor_the_working_directory(
    fmt: OutputFormat, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = RenderOptions(working_dir=tmp_path, github_workspace=True)
    monkeypatch.chdir(tmp_path)
    here = render(FIXED, fmt, options)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    assert render(FIXED, fmt, options) == here
    assert not summary.exists()  # rendering the github format appends nothing
    assert FORMATS[fmt].name is fmt
