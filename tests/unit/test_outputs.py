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


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("report.json", F.JSON),
        ("r.sarif", F.SARIF),
        ("junit.xml", F.JUNIT),
        ("audit.MD", F.MD),
        ("a.html", F.HTML),
        ("summary.txt", F.TERMINAL),
    ],
)
def test_an_output_without_its_format_takes_the_one_its_extension_names(name: str, fmt: F) -> None:
    assert ReportRequest.from_flags([], [Path(name)], None).outputs == ((fmt, Path(name)),)


def test_only_the_outputs_past_the_formats_are_inferred() -> None:
    request = ReportRequest.from_flags([F.MD], [Path("a.txt"), Path("b.sarif")], None)
    assert request.outputs == ((F.MD, Path("a.txt")), (F.SARIF, Path("b.sarif")))


def test_an_unknown_extension_without_a_format_is_refused() -> None:
    with pytest.raises(ConfigError) as error:
        ReportRequest.from_flags([], [Path("report.pdf")], None)
    assert error.value.message == "cannot tell the report format of report.pdf from its extension"
    assert error.value.hint == (
        "give -f before -o (e.g. -f json -o report.pdf), "
        "or end the name in one of: .json, .sarif, .xml, .md, .html, .txt"
    )


def test_formats_sharing_an_extension_get_their_own_file_in_the_output_dir() -> None:
    request = ReportRequest.from_flags([F.TERMINAL, F.GITHUB], [], Path("out"))
    assert request.outputs == (
        (F.TERMINAL, Path("out/dbaudit-report.txt")),
        (F.GITHUB, Path("out/dbaudit-report.github.txt")),
    )


def test_two_reports_to_one_file_are_refused() -> None:
    with pytest.raises(ConfigError) as error:
        ReportRequest.from_flags([F.JSON, F.JSON], [], Path("out"))
    assert error.value.message == "two reports would be written to out/dbaudit-report.json"


def test_quiet_without_a_file_is_refused() -> None:
    with pytest.raises(ConfigError) as error:
        ReportRequest.from_flags([], [], None, quiet=True)
    assert error.value.message == "-q hides the terminal summary, but no report goes to a file"
    assert ReportRequest.from_flags([], [Path("a.md")], None, quiet=True).quiet
