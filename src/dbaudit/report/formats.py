"""Report formats: one module per format behind one interface, chosen by OutputFormat."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TextIO

from dbaudit.findings import ScanResult
from dbaudit.report import concise, github, html, json_writer, junit, markdown, sarif, terminal


class OutputFormat(StrEnum):
    TERMINAL = "terminal"
    MD = "md"
    JSON = "json"
    SARIF = "sarif"
    JUNIT = "junit"
    GITHUB = "github"
    HTML = "html"
    CONCISE = "concise"


Renderer = Callable[[ScanResult], str]

_RENDERERS: dict[OutputFormat, Renderer] = {
    OutputFormat.TERMINAL: terminal.render,
    OutputFormat.MD: markdown.render,
    OutputFormat.JSON: json_writer.render,
    OutputFormat.SARIF: sarif.render,
    OutputFormat.JUNIT: junit.render,
    OutputFormat.GITHUB: github.render,
    OutputFormat.HTML: html.render,
    OutputFormat.CONCISE: concise.render,
}


def render(result: ScanResult, fmt: OutputFormat) -> str:
    return _RENDERERS[fmt](result)


def write(result: ScanResult, fmt: OutputFormat, out: TextIO) -> None:
    """render() into a file; JSON, the report that grows largest, is streamed."""
    if fmt is OutputFormat.JSON:
        json_writer.write(result, out)
    else:
        out.write(render(result, fmt))
