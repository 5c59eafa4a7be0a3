"""The format registry: what each report format is (its name, its file, its writer), in one
place. The CLI's choices, what `-o FILE` infers from an extension, the names --output-dir
writes and which formats are text for a person all derive from it.

Renderers are pure: a report and its options in, text out. What a run adds (standard
output, the files, GitHub's job summary) happens in destinations.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from dbaudit.findings import ScanResult

if TYPE_CHECKING:
    from rich.console import Console


class OutputFormat(StrEnum):
    """The formats' names (the CLI's `-f` choices); FORMATS says what each one is."""

    TERMINAL = "terminal"
    MD = "md"
    JSON = "json"
    SARIF = "sarif"
    JUNIT = "junit"
    GITHUB = "github"
    HTML = "html"
    CONCISE = "concise"


@dataclass(frozen=True)
class RenderOptions:
    """Everything a renderer may depend on besides the report: it reads nothing else."""

    summary: bool = False  # Markdown: the summary report (a PR comment), not the full one
    # SARIF: check files under this folder are named relative to it (a repository checkout).
    working_dir: Path | None = None
    # SARIF: the run is a GitHub Actions job, whose checkout is %SRCROOT%.
    github_workspace: bool = False


Renderer = Callable[[ScanResult, RenderOptions], str]


@dataclass(frozen=True)
class Format:
    name: OutputFormat
    extension: str  # of its file in --output-dir: dbaudit-report.<extension>
    render: Renderer
    infer_from: tuple[str, ...] = ()  # the `-o` suffixes that choose it without `-f`
    for_people: bool = False  # text a person reads on stdout: the exit line may follow it
    # Writes into a file as it goes (JSON, the report that grows largest); else render().
    stream: Callable[[ScanResult, RenderOptions, TextIO], None] | None = None
    # How it goes to a terminal (colour, the terminal's width); else render() as text.
    to_console: Callable[[ScanResult, Console], None] | None = None
    # GitHub Actions: the Markdown summary is appended to $GITHUB_STEP_SUMMARY as well.
    job_summary: bool = False


# Each writer's module is imported when a report is written in its format, never with the
# registry: the CLI imports this module for the names (`dbaudit --version` and `--help` too),
# and the HTML writer alone pulls in jinja2.
def _json(result: ScanResult, _: RenderOptions) -> str:
    from dbaudit.report import json_writer

    return json_writer.render(result)


def _json_stream(result: ScanResult, _: RenderOptions, out: TextIO) -> None:
    from dbaudit.report import json_writer

    json_writer.write(result, out)


def _sarif(result: ScanResult, options: RenderOptions) -> str:
    from dbaudit.report import sarif

    return sarif.render(
        result, working_dir=options.working_dir, github_workspace=options.github_workspace
    )


def _junit(result: ScanResult, _: RenderOptions) -> str:
    from dbaudit.report import junit

    return junit.render(result)


def _markdown(result: ScanResult, options: RenderOptions) -> str:
    from dbaudit.report import markdown

    return markdown.render(result, summary=options.summary)


def _html(result: ScanResult, _: RenderOptions) -> str:
    from dbaudit.report import html

    return html.render(result)


def _terminal(result: ScanResult, _: RenderOptions) -> str:
    from dbaudit.report import terminal

    return terminal.render(result)


def _terminal_console(result: ScanResult, console: Console) -> None:
    from dbaudit.report import terminal

    terminal.write(result, console)


def _github(result: ScanResult, _: RenderOptions) -> str:
    from dbaudit.report import github

    return github.render(result)


def _concise(result: ScanResult, _: RenderOptions) -> str:
    from dbaudit.report import concise

    return concise.render(result)


FORMATS: dict[OutputFormat, Format] = {
    f.name: f
    for f in (
        Format(OutputFormat.JSON, "json", _json, infer_from=(".json",), stream=_json_stream),
        Format(OutputFormat.SARIF, "sarif", _sarif, infer_from=(".sarif",)),
        Format(OutputFormat.JUNIT, "xml", _junit, infer_from=(".xml",)),
        Format(OutputFormat.MD, "md", _markdown, infer_from=(".md",)),
        Format(OutputFormat.HTML, "html", _html, infer_from=(".html",)),
        Format(
            OutputFormat.TERMINAL,
            "txt",
            _terminal,
            infer_from=(".txt",),
            for_people=True,
            to_console=_terminal_console,
        ),
        # Not .txt: that is the terminal summary's file in --output-dir.
        Format(OutputFormat.GITHUB, "github.txt", _github, job_summary=True),
        Format(OutputFormat.CONCISE, "concise.txt", _concise, for_people=True),
    )
}
if set(FORMATS) != set(OutputFormat):  # a name without its entry is a mistake in this file
    raise AssertionError(f"formats without an entry: {set(OutputFormat) - set(FORMATS)}")
# What `-o FILE` without `-f` writes, by the file's extension (in registry order, which is
# the order the error for an unknown extension lists them in).
FORMAT_OF_EXTENSION = {suffix: f.name for f in FORMATS.values() for suffix in f.infer_from}


def render(result: ScanResult, fmt: OutputFormat, options: RenderOptions | None = None) -> str:
    return FORMATS[fmt].render(result, options or RenderOptions())


def write(result: ScanResult, fmt: OutputFormat, out: TextIO, options: RenderOptions) -> None:
    """render() into a file, streamed where the format can."""
    entry = FORMATS[fmt]
    if entry.stream is not None:
        entry.stream(result, options, out)
    else:
        out.write(entry.render(result, options))
