from __future__ import annotations

from pathlib import Path

import pytest

from dbaudit.errors import ConfigError
from dbaudit.report.destinations import ReportRequest
from dbaudit.report.formats import OutputFormat as F


def test_default_is_the_terminal_summary_on_stdout() -> None:
    assert ReportRequest.from_flags([], [], None).outputs == ((F.TERMINAL, None),)


def test_formats_pair_with_outputs_by_position_and_dash_is_stdout() -> None:
    request = ReportRequest.from_flags([F.SARIF, F.GITHUB], [Path("a.sarif"), Path("-")], None)
    assert request.outputs == ((F.SARIF, Path("a.sarif")), (F.GITHUB, None))


def test_output_dir_takes_the_formats_without_a_file() -> None:
    request = ReportRequest.from_flags([F.MD, F.JSON, F.JUNIT], [Path("x.md")], Path("out"))
    assert request.outputs == (
        (F.MD, Path("x.md")),
        (F.JSON, Path("out/dbaudit-report.json")),
        (F.JUNIT, Path("out/dbaudit-report.xml")),
    )


def test_one_format_without_a_file_goes_to_stdout() -> None:
    assert ReportRequest.from_flags([F.JSON], [], None).outputs == ((F.JSON, None),)


@pytest.mark.parametrize(
    ("formats", "files"),
    [
        ([F.MD, F.JSON], []),
        ([F.MD], [Path("a"), Path("b")]),
        ([F.MD, F.JSON], [Path("-"), Path("-")]),
    ],
)
def test_ambiguous_destinations_are_usage_errors(formats: list[F], files: list[Path]) -> None:
    with pytest.raises(ConfigError):
        ReportRequest.from_flags(formats, files, None)
