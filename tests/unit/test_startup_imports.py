"""`dbaudit --version` (and the CLI's start-up in general) imports no report writer: the
format registry knows each format's name and file without its module, which is imported
when a report is written in it."""

from __future__ import annotations

import ast
import subprocess
import sys

from dbaudit import __version__

WRITERS = {
    "dbaudit.report.concise",
    "dbaudit.report.github",
    "dbaudit.report.html",
    "dbaudit.report.json_writer",
    "dbaudit.report.junit",
    "dbaudit.report.markdown",
    "dbaudit.report.sarif",
    "dbaudit.report.terminal",
}


def _imported_by(*args: str) -> tuple[str, set[str]]:
    """The command's standard output, and every module it imported (python -X importtime)."""
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "dbaudit", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    modules = {
        line.split("|")[-1].strip()
        for line in run.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    return run.stdout, modules


def test_version_imports_no_report_writer() -> None:
    out, modules = _imported_by("--version")
    assert out == f"dbaudit {__version__}\n"
    assert "dbaudit.report.formats" in modules  # the registry itself: the CLI's -f choices
    assert modules & WRITERS == set()
    assert "jinja2" not in modules


def test_a_format_imports_its_writer_when_used() -> None:
    code = (
        "import sys\n"
        "from dbaudit.report.formats import OutputFormat, render\n"
        "from tests.unit.factories import result\n"
        "before = {m for m in sys.modules if m.startswith('dbaudit.report.')}\n"
        "assert render(result(), OutputFormat.JUNIT).startswith('<?xml')\n"
        "after = {m for m in sys.modules if m.startswith('dbaudit.report.')}\n"
        "print(sorted(after - before))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    # the JUnit writer and what it needs (its XML escaping), no other writer
    assert set(ast.literal_eval(run.stdout)) & WRITERS == {"dbaudit.report.junit"}
