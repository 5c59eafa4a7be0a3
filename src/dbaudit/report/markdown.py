"""The Markdown report, structured like a hand-written audit: summary, then tiers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from dbaudit.findings import Finding, ScanResult
from dbaudit.remediation.script import PHASE_TITLES, ScriptStatement, unfixable
from dbaudit.report.anchors import Slugger
from dbaudit.report.escape.markdown import code_block, code_span, inline, md_escape
from dbaudit.report.summary import (
    TIER_HEADINGS,
    assessment,
    by_tier_and_check,
    fix_statements,
    script_phases,
    statements_by_finding,
    tier_counts,
)
from dbaudit.resources import report_templates_dir
from dbaudit.severity import REPORTED_TIERS, Severity


def prose(text: str) -> Markup:
    """Check prose with its `backticked` SQL kept as code spans; the rest escaped as text.

    Markdown shows a code span's content literally, so it needs no escaping; split on
    backticks, a span cannot hold one, so it cannot be ended early.
    """
    parts = text.split("`")
    if len(parts) % 2 == 0:  # an unmatched backtick stays text, with what follows it
        parts[-2:] = [parts[-2] + "`" + parts[-1]]
    out = []
    for index, part in enumerate(parts):
        if index % 2 == 0:
            out.append(md_escape(part))
            continue
        out.append(code_span(part))
    return Markup("".join(out))


def sql_blocks(statements: list[str]) -> Markup:
    return code_block("\n\n".join(statements))


def escape_join(values: list[str], separator: str = ", ") -> Markup:
    return Markup(separator.join(md_escape(str(v)) for v in values))


def _escape_everything(value: Any) -> Any:
    # Everything printed is escaped unless a filter already made it Markup.
    return value if isinstance(value, Markup) else Markup(md_escape(str(value)))


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(report_templates_dir())),
        autoescape=True,
        finalize=_escape_everything,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        code_block=code_block, sql_blocks=sql_blocks, escape_join=escape_join, prose=prose
    )
    return env


# Rationale longer than this goes into a <details> block: the findings stay in view.
LONG_RATIONALE = 300
# What a GitHub PR comment holds (characters; bytes are stricter, so they are counted); a
# job summary holds 1 MiB, so the summary fits both.
SUMMARY_LIMIT = 65_536
# How many rows a summary table lists before it says "and N more": tried in turn until the
# summary fits SUMMARY_LIMIT (a database with thousands of critical findings).
_SUMMARY_ROWS = (None, 50, 20, 10, 5, 2)
_FIXED_HEADINGS = {
    "migration": "Migration plan",
    "unfixable": "Not fixed automatically",
    "suppressed": "Suppressed findings",
    "baselined": "Baselined findings",
    "errors": "Incomplete: checks that failed or timed out",
    "skipped": "Skipped checks",
}


@dataclass(frozen=True)
class CheckSection:
    """One check's findings within a tier: its heading, with the anchor GitHub gives it."""

    heading: str
    anchor: str
    findings: list[Finding]


@dataclass(frozen=True)
class TierSection:
    tier: Severity
    anchor: str
    checks: list[CheckSection]


def _outline(
    result: ScanResult, tiers: list[Severity], headings: list[str]
) -> tuple[list[TierSection], dict[str, str]]:
    """The report's sections with their anchors, fed to one slugger in document order, so a
    repeated heading (FK002 in two tiers with one count) gets GitHub's `-1`."""
    slugger = Slugger()
    slugger.anchor(inline(f"Database Integrity Audit: {result.metadata.database}"))
    slugger.anchor("Executive Summary")
    sections = []
    for tier, groups in by_tier_and_check(result.findings):
        if tier not in tiers:
            continue
        tier_anchor = slugger.anchor(tier.label)
        checks = []
        for group in groups:
            heading = inline(f"{group[0].check_id}: {group[0].title} ({len(group)})")
            checks.append(CheckSection(heading, slugger.anchor(heading), group))
        sections.append(TierSection(tier, tier_anchor, checks))
    anchors = {heading: slugger.anchor(heading) for heading in headings}
    return sections, anchors


@dataclass(frozen=True)
class OverviewRow:
    """A row of the executive summary's table: a tier's total, or one check within it."""

    severity: str
    check_id: str
    title: str
    count: int
    anchor: str | None  # None: the section is not in this document


def _overview(result: ScanResult, sections: list[TierSection]) -> list[OverviewRow]:
    """Every tier's total (info only when it has findings), then its checks."""
    tier_anchors = {t.tier: t.anchor for t in sections}
    check_anchors = {(t.tier, c.findings[0].check_id): c.anchor for t in sections for c in t.checks}
    groups = dict(by_tier_and_check(result.findings))
    rows = []
    for tier, count in tier_counts(result).items():
        if tier is Severity.INFO and not count:
            continue
        rows.append(OverviewRow(TIER_HEADINGS[tier], "", "", count, tier_anchors.get(tier)))
        for group in groups.get(tier, []):
            check_id = group[0].check_id
            anchor = check_anchors.get((tier, check_id))
            rows.append(OverviewRow("", check_id, group[0].title, len(group), anchor))
    return rows


def _statement_links(sections: list[TierSection]) -> dict[str, str]:
    """Finding fingerprint -> the anchor of its check's section."""
    return {f.fingerprint: c.anchor for t in sections for c in t.checks for f in c.findings}


def _context(
    result: ScanResult,
    tiers: list[Severity],
    headings: list[str],
    statements: list[ScriptStatement],
) -> dict[str, Any]:
    sections, anchors = _outline(result, tiers, headings)
    return {
        "result": result,
        "meta": result.metadata,
        "overview": _overview(result, sections),
        "assessment": assessment(result),
        "sections": sections,
        "anchors": anchors,
        "headings": _FIXED_HEADINGS,
        "links": _statement_links(sections),
        "statements": statements_by_finding(statements),
        "phases": [(PHASE_TITLES[phase], steps) for phase, steps in script_phases(statements)],
        "unfixable": unfixable(result),
        "long_rationale": LONG_RATIONALE,
    }


def _full_headings(result: ScanResult, statements: list[ScriptStatement]) -> list[str]:
    """The headings after the findings, in the order the template writes them."""
    headings = []
    if statements:
        headings.append(_FIXED_HEADINGS["migration"])
        headings += [PHASE_TITLES[phase] for phase, _ in script_phases(statements)]
        not_fixed = unfixable(result)
        if not_fixed:
            headings.append(f"{_FIXED_HEADINGS['unfixable']} ({len(not_fixed)})")
    for key, items in (("suppressed", result.suppressed), ("baselined", result.baselined)):
        if items:
            headings.append(f"{_FIXED_HEADINGS[key]} ({len(items)})")
    if result.errors:
        headings.append(_FIXED_HEADINGS["errors"])
    if result.skipped:
        headings.append(_FIXED_HEADINGS["skipped"])
    return headings


def render(result: ScanResult, *, summary: bool = False) -> str:
    """The full report, or (summary) the part that fits a PR comment and a job summary."""
    if summary:
        return render_summary(result)
    statements = fix_statements(result)
    context = _context(result, list(REPORTED_TIERS), _full_headings(result, statements), statements)
    template = _environment().get_template("report.md.j2")
    return template.render(**context).rstrip() + "\n"


def render_summary(result: ScanResult) -> str:
    """The counts, the critical and high findings and the fix plan's first phase, in at most
    SUMMARY_LIMIT bytes: tables are cut short ("and N more") until it fits."""
    statements = fix_statements(result)
    phases = script_phases(statements)
    headings = [PHASE_TITLES[phases[0][0]]] if phases else []
    context = _context(result, [Severity.CRITICAL, Severity.HIGH], headings, statements)
    template = _environment().get_template("report-summary.md.j2")
    text = ""
    for rows in _SUMMARY_ROWS:
        text = template.render(**context, rows=rows).rstrip() + "\n"
        if len(text.encode()) <= SUMMARY_LIMIT:
            break
    return text
