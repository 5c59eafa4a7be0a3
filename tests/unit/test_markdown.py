from __future__ import annotations

from dataclasses import replace

from dbaudit.findings import CheckError, ObjectRef, SuppressedFinding
from dbaudit.report.escape.markdown import code_block, md_escape
from dbaudit.report.formats import OutputFormat, render
from dbaudit.report.markdown import prose
from dbaudit.severity import Severity
from tests.unit.factories import finding, result


def test_report_has_the_summary_counts_and_the_tier_sections() -> None:
    md = render(
        result(finding(Severity.HIGH), finding(Severity.HIGH, table="fills")), OutputFormat.MD
    )
    assert "### Critical Issues Found: 0" in md
    assert "### High Priority Issues: 2" in md
    assert "### Medium Priority Issues: 0" in md
    assert "### Low Priority Issues: 0" in md
    assert "## High\n" in md
    assert "### VAL001: Quantities or prices that are zero or negative (2)" in md
    assert "**Why it matters:** Because money." in md
    assert '```sql\nALTER TABLE "public"."trades" ADD CHECK ("quantity" > 0) NOT VALID;' in md
    assert "Critical\n" not in md.split("---")[-1]  # no empty tier section


def test_hostile_names_are_escaped_in_the_report() -> None:
    hostile = replace(
        finding(),
        object=ObjectRef("public", "t|<script>alert(1)</script>", ("a`b",)),
        message="row | with <b>html</b> and `ticks`",
    )
    md = render(result(hostile), OutputFormat.MD)
    assert "<script>" not in md
    assert "<b>" not in md
    assert "row \\| with &lt;b&gt;html&lt;/b&gt; and \\`ticks\\`" in md
    table_rows = [line for line in md.splitlines() if line.startswith("| ") and "script" in line]
    assert table_rows and all(line.count(" | ") == 3 for line in table_rows)


def test_code_block_fence_outlasts_backticks_inside() -> None:
    block = code_block('SELECT "```";')
    assert block.startswith("````sql\n") and block.endswith("\n````")


def test_escape_keeps_snake_case_readable() -> None:
    assert md_escape("strategy_id") == "strategy_id"
    assert md_escape("_private_") == "\\_private\\_"


def test_errored_checks_are_listed_and_the_assessment_says_incomplete() -> None:
    errored = result(errors=(CheckError("REF001", "canceling statement", True, "public.fills"),))
    md = render(errored, OutputFormat.MD)
    assert "## Incomplete: checks that failed or timed out" in md
    assert "| REF001 | public.fills | timed out: canceling statement |" in md
    assert "The scan is incomplete" in md


def test_terminal_summary_shows_counts_and_findings() -> None:
    text = render(result(finding(Severity.CRITICAL)), OutputFormat.TERMINAL)
    assert "Critical: 1" in text
    assert "public.trades(quantity)" in text
    assert "Data integrity is already compromised" in text


def test_suppressed_findings_are_listed_apart_with_their_reason() -> None:
    accepted = SuppressedFinding(finding(table="audit_logs"), "audit rows outlive users")
    md = render(replace(result(), suppressed=(accepted,)), OutputFormat.MD)
    assert "### High Priority Issues: 0" in md
    assert "## Suppressed findings (1)" in md
    assert "| VAL001 | public.audit\\_logs(quantity) | audit rows outlive users |" not in md
    assert "| VAL001 | public.audit_logs(quantity) | audit rows outlive users |" in md


def test_check_prose_keeps_its_code_spans_and_escapes_the_rest() -> None:
    text = "Use `SELECT ... LIMIT 1` on `*_status` tables; <b>not</b> *this*.\nAn odd ` stays"
    assert prose(text) == (
        "Use `SELECT ... LIMIT 1` on `*_status` tables; &lt;b&gt;not&lt;/b&gt; \\*this\\*. "
        "An odd \\` stays"
    )


def test_terminal_summary_groups_many_small_findings_of_one_check() -> None:
    highs = [finding(Severity.HIGH, table=f"t{i}") for i in range(4)]
    lows = [replace(finding(Severity.LOW, table=f"t{i % 2}"), check_id="TIME002") for i in range(4)]
    text = render(result(*highs, *lows), OutputFormat.TERMINAL)
    for i in range(4):  # high findings keep a line each
        assert f"public.t{i}(quantity)" in text
    assert "4 objects in 2 table(s)" in text
    assert "Every object is listed in the reports" in text
