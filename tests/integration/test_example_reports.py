"""The reports of the example database, read as their users read them: the Markdown's links
resolve on GitHub, its summary fits a PR comment and a job summary, and every fix block
shows what `dbaudit fix` writes for that finding, nothing else.
"""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import Category
from dbaudit.engine.scan import scan_database
from dbaudit.findings import Finding, ScanResult, one_line
from dbaudit.remediation.script import build_script
from dbaudit.report.escape.markdown import md_escape
from dbaudit.report.formats import OutputFormat, RenderOptions, render
from dbaudit.settings.model import ScanSettings
from tests.conftest import TestDatabase
from tests.markdown_structure import code_blocks_after, heading_anchors, link_targets

CATALOG = load_catalog()
OPERATIONS = frozenset(c.id for c in CATALOG if c.category is Category.OPERATIONS)
PR_COMMENT_CHARACTERS = 65_536
JOB_SUMMARY_BYTES = 1024 * 1024


@pytest.fixture(scope="module")
def example_scan(example_dsn: str) -> ScanResult:
    return scan_database(ScanSettings(dsn=example_dsn, disable=OPERATIONS), CATALOG)


def _label(finding: Finding) -> str:
    return one_line(f"{finding.check_id} {finding.object.display()}")


def _script_statements(script: str, finding: Finding) -> list[str]:
    """The script's steps that name the finding on their `-- fixes` line, in script order."""
    statements = []
    for chunk in script.split("\n\n"):
        first = chunk.split("\n", 1)[0]
        if first.startswith("-- fixes ") and _label(finding) in first[9:].split("; "):
            statements.append(chunk)
    return statements


def test_every_link_leads_to_a_heading_on_github(example_scan: ScanResult) -> None:
    full = render(example_scan, OutputFormat.MD)
    summary = render(example_scan, OutputFormat.MD, RenderOptions(summary=True))
    for md in (full, summary):
        anchors = heading_anchors(md)
        assert len(anchors) == len(set(anchors))  # GitHub numbers repeats; so do we
        missing = set(link_targets(md)) - set(anchors)
        assert not missing
    # The executive summary links every check of every tier in the full report.
    summary_part = full.split("## Executive Summary", 1)[1].split("\n---\n", 1)[0]
    table = "\n".join(line for line in summary_part.split("\n") if line.startswith("| "))
    checks = {(f.severity, f.check_id) for f in example_scan.findings}
    assert table.count("](#") == len(checks) + len({s for s, _ in checks})


def test_the_summary_fits_a_pr_comment_and_a_job_summary(example_scan: ScanResult) -> None:
    summary = render(example_scan, OutputFormat.MD, RenderOptions(summary=True))
    assert len(summary) <= PR_COMMENT_CHARACTERS
    assert len(summary.encode()) <= JOB_SUMMARY_BYTES
    # Nothing is cut short on the example: every critical and high finding is listed.
    for finding in example_scan.findings:
        listed = f"| {md_escape(finding.object.display())} | {md_escape(finding.message)} |"
        assert (listed in summary) is (finding.severity.rank >= 3), finding
    assert "## Phase 1: data clean-up and integrity constraints" in summary
    assert "## Phase 2" not in summary and "more: see the full report" not in summary


def test_each_fix_block_is_what_the_script_writes_for_that_finding(
    example_scan: ScanResult,
) -> None:
    md = render(example_scan, OutputFormat.MD)
    findings_part = md.split("\n## Migration plan\n", 1)[0]
    blocks = code_blocks_after(findings_part, "For ")
    script = build_script(example_scan, include_destructive=False)
    fixable = [f for f in example_scan.findings if f.fix]
    assert fixable and len(blocks) == len(fixable)
    for finding in fixable:
        heading = f"For {md_escape(_label(finding))} ("
        (line,) = [b for b in blocks if b.startswith(heading)]
        expected = _script_statements(script, finding)
        assert blocks[line] == "\n\n".join(expected), finding
        levels = {s.level.value for s in finding.fix}
        assert all(f"-- level: {level}" in blocks[line] for level in levels)
    # At fix's default level no DELETE is live, in a block or in the plan.
    live = [
        line for line in md.split("\n") if line.lstrip().upper().startswith(("DELETE", "UPDATE"))
    ]
    assert not live


class _CopyBlocks(HTMLParser):
    """The text each Copy button copies (the page's script gives every `.code` box one, and
    copies its <pre>'s text), by the finding whose card holds it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.by_finding: dict[str, list[str]] = {}
        self._finding: str | None = None
        self._in_box = self._in_pre = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "details" and "finding" in classes:
            self._finding = (dict(attrs).get("id") or "").removeprefix("finding-")
        elif tag == "div" and "code" in classes:
            self._in_box = True
        elif tag == "pre" and self._in_box and self._finding is not None:
            self._in_pre = True
            self.by_finding.setdefault(self._finding, []).append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self._in_pre = self._in_box = False
        elif tag == "details":
            self._finding = None

    def handle_data(self, data: str) -> None:
        if self._in_pre and self._finding is not None:
            self.by_finding[self._finding][-1] += data


def test_each_copy_button_copies_what_the_script_writes(example_scan: ScanResult) -> None:
    page = _CopyBlocks()
    page.feed(render(example_scan, OutputFormat.HTML))
    script = build_script(example_scan, include_destructive=False)
    fixable = {f.fingerprint for f in example_scan.findings if f.fix}
    assert set(page.by_finding) == fixable  # advice without a fix gets no Copy button
    for finding in (f for f in example_scan.findings if f.fix):
        (copied,) = page.by_finding[finding.fingerprint]
        assert copied == "\n\n".join(_script_statements(script, finding)), finding


PSQL = shutil.which("psql")


@pytest.mark.skipif(PSQL is None, reason="psql is needed to run a copied block")
def test_a_block_copied_from_the_report_runs_on_its_own_in_psql(database: TestDatabase) -> None:
    database.load(
        "CREATE TABLE strategies (id text PRIMARY KEY);"
        "CREATE TABLE trades (id text PRIMARY KEY, strategy_id text REFERENCES strategies);"
        "INSERT INTO trades SELECT 't' || i, NULL FROM generate_series(1, 2000) AS i;"
        "ANALYZE trades;"
    )
    scan = scan_database(ScanSettings(dsn=database.dsn, select=("FK002",)), CATALOG)
    (finding,) = [f for f in scan.findings if f.check_id == "FK002"]
    md = render(scan, OutputFormat.MD)
    (block,) = code_blocks_after(md, f"For {md_escape(_label(finding))} (").values()
    # Without the script's SET lines before it: the counters it bumps do not exist yet.
    run = subprocess.run(
        [PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database.dsn],  # type: ignore[list-item]
        input=block,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    indexed = database.query(
        "SELECT count(*) FROM pg_index WHERE indrelid = 'trades'::regclass AND indisvalid"
    )
    assert indexed == [(2,)]  # the primary key and the new index
