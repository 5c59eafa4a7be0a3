from __future__ import annotations

from dataclasses import replace

from dbaudit.findings import CheckError, FixKind, FixStep, KnownRemedy, ObjectRef, SuppressedFinding
from dbaudit.report.anchors import Slugger, github_slug
from dbaudit.report.escape.markdown import code_block, md_escape
from dbaudit.report.formats import OutputFormat, RenderOptions, render
from dbaudit.report.markdown import LONG_RATIONALE, SUMMARY_LIMIT, prose
from dbaudit.severity import Severity
from tests.markdown_structure import heading_anchors, link_targets
from tests.unit.factories import finding, result

SUMMARY = RenderOptions(summary=True)


def test_report_has_the_summary_counts_and_the_tier_sections() -> None:
    md = render(
        result(finding(Severity.HIGH), finding(Severity.HIGH, table="fills")), OutputFormat.MD
    )
    summary = md.split("## Executive Summary\n", 1)[1].split("\n---\n", 1)[0]
    assert [line for line in summary.splitlines() if line.startswith("| ")] == [
        "| Severity | Check | Title | Findings |",
        "| **Critical Issues Found** | | | **0** |",
        "| **[High Priority Issues](#high)** | | | **2** |",
        "| | [VAL001](#val001-quantities-or-prices-that-are-zero-or-negative-2) "
        "| Quantities or prices that are zero or negative | 2 |",
        "| **Medium Priority Issues** | | | **0** |",
        "| **Low Priority Issues** | | | **0** |",
    ]
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
    assert "| **High Priority Issues** | | | **0** |" in md
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


def test_anchors_are_the_ones_github_gives_the_headings() -> None:
    # As github.com names them (github-slugger): punctuation dropped, `_` and `-` kept,
    # each space a hyphen, letters of any script kept and lower-cased.
    assert github_slug("REF001: Orphan rows (4)") == "ref001-orphan-rows-4"
    assert (
        github_slug("IDX003: Index the workload needs (proposed from pg_stat_statements) (4)")
        == "idx003-index-the-workload-needs-proposed-from-pg_stat_statements-4"
    )
    assert github_slug("OPS001: N+1 queries (one lookup per row)") == (
        "ops001-n1-queries-one-lookup-per-row"
    )
    assert github_slug("Incomplete: checks that failed or timed out") == (
        "incomplete-checks-that-failed-or-timed-out"
    )
    assert github_slug("Überfällige Aufträge — 2 ✓") == "überfällige-aufträge--2-"
    slugger = Slugger()
    assert [slugger.anchor(h) for h in ("OPS010: x (1)", "OPS010: x (1)", "OPS010: x (1)")] == [
        "ops010-x-1",
        "ops010-x-1-1",
        "ops010-x-1-2",
    ]


def _same_check_in_two_tiers() -> list[object]:
    high = finding(Severity.HIGH, check_id="FK002")
    low = finding(Severity.LOW, check_id="FK002", table="fills")
    return [high, low]


def test_every_link_of_the_report_and_its_summary_leads_to_a_heading() -> None:
    # FK002 in two tiers with one finding each: two identical headings, the second `-1`.
    scan = replace(
        result(*_same_check_in_two_tiers()),  # type: ignore[arg-type]
        errors=(CheckError("REF001", "canceling statement", True, "public.fills"),),
        suppressed=(SuppressedFinding(finding(table="audit_logs"), "accepted"),),
    )
    for md in (render(scan, OutputFormat.MD), render(scan, OutputFormat.MD, SUMMARY)):
        targets = link_targets(md)
        assert targets, md
        assert set(targets) <= set(heading_anchors(md))
    full = render(scan, OutputFormat.MD)
    assert "[FK002](#fk002-quantities-or-prices-that-are-zero-or-negative-1)" in full
    assert "[FK002](#fk002-quantities-or-prices-that-are-zero-or-negative-1-1)" in full
    assert "[Incomplete: checks that failed or timed out]" in full


def test_long_rationale_is_folded_into_details_and_short_stays_inline() -> None:
    long_text = ("Because money. " * (LONG_RATIONALE // 10)).strip()
    scan = result(finding())
    long_scan = replace(scan, checks=(replace(scan.checks[0], rationale=long_text),))
    md = render(long_scan, OutputFormat.MD)
    folded = md.split("<details><summary>Why it matters</summary>\n\n", 1)[1]
    assert folded.split("\n\n</details>", 1)[0] == long_text
    assert "**Why it matters:**" not in md
    assert "**Why it matters:** Because money." in render(scan, OutputFormat.MD)


def test_the_summary_lists_critical_and_high_findings_and_the_first_phase_only() -> None:
    fix = (FixStep(FixKind.INDEX, 'CREATE INDEX CONCURRENTLY "i" ON "public"."t" ("c");'),)
    base = finding(Severity.CRITICAL, table="orders")
    critical = replace(base, remedy=KnownRemedy(fix, base.remediation))
    medium = finding(Severity.MEDIUM, table="medium_table")
    md = render(result(critical, medium), OutputFormat.MD, SUMMARY)
    assert "public.orders(quantity)" in md
    assert "public.medium\\_table" not in md and "public.medium_table" not in md
    assert "| **Medium Priority Issues** | | | **1** |" in md  # counted, not listed
    assert "## Phase 2: indexes" in md  # the first phase there is
    assert "Why it matters" not in md
    assert "CREATE INDEX" not in md  # the steps are listed; their SQL is in the full report


def test_a_summary_of_thousands_of_findings_is_cut_short_to_fit_a_pr_comment() -> None:
    many = [
        finding(Severity.CRITICAL, table=f"table_{i:05}", message="x" * 200) for i in range(3000)
    ]
    md = render(result(*many), OutputFormat.MD, SUMMARY)
    assert len(md.encode()) <= SUMMARY_LIMIT
    assert "| **[Critical Issues Found](#critical)** | | | **3000** |" in md
    assert "more: see the full report" in md
    assert set(link_targets(md)) <= set(heading_anchors(md))
