"""The HTML report: the Markdown report's content as one self-contained, offline page.

Everything (CSS, the severity filter's script) is inline and nothing is fetched, so the file
can be mailed, archived as a CI artifact or opened from disk. Names come from the audited
database and may be hostile: the environment autoescapes every value, and no value is ever
placed in a script or style block. Control characters are shown as their escapes (`\\x1b`):
a browser would drop or reorder them (NUL, bidirectional overrides), a terminal showing the
file would execute them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from dbaudit import __version__
from dbaudit.findings import EvidenceValue, ScanResult
from dbaudit.remediation.script import PHASE_TITLES, unfixable
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
from dbaudit.text.controls import no_workflow_commands, visible


def _text(text: str) -> str:
    # Line breaks are kept (SQL in <pre>); none may start a workflow command when the page
    # is printed in a CI log.
    return no_workflow_commands(visible(text, keep="\n\t"))


def _finalize(value: Any) -> Any:
    # Every printed value; Markup comes from the filters below, which did this already.
    return value if isinstance(value, Markup) or not isinstance(value, str) else _text(value)


def evidence_value(value: EvidenceValue) -> str:
    if value is None:
        return "\N{EM DASH}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"  # row counts in the millions stay readable
    return str(value)


def inline_code(text: str) -> Markup:
    """Check prose with its `backticked` SQL set as code; escaped first, so still inert."""
    parts = _text(text).split("`")
    if len(parts) % 2 == 0:  # an unmatched backtick stays text, with what follows it
        parts[-2:] = [parts[-2] + "`" + parts[-1]]
    out = Markup()
    for index, part in enumerate(parts):
        out += Markup("<code>{}</code>").format(part) if index % 2 else escape(part)
    return out


def sql_block(sql: str | Sequence[str]) -> Markup:
    """SQL for a <pre>: escaped, with comment lines dimmed and destructive warnings marked.

    A list of statements is joined by blank lines. The fix steps put their notes on whole
    `--` lines (remediation.script), so a line test suffices: a step's level line, and the
    advice's `-- destructive:` note, are marked when they say destructive.
    """
    text = _text(sql if isinstance(sql, str) else "\n\n".join(sql))
    lines = []
    for line in text.rstrip().split("\n"):
        stripped = line.lstrip()
        if stripped.startswith(("-- destructive", "-- level: destructive")):
            lines.append(Markup('<span class="sql-comment destructive">{}</span>').format(line))
        elif stripped.startswith("--"):
            lines.append(Markup('<span class="sql-comment">{}</span>').format(line))
        else:
            lines.append(escape(line))
    return Markup("\n").join(lines)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    # autoescape=True, not select_autoescape(): the template is named *.html.j2, which
    # select_autoescape's suffix match would not recognise as HTML.
    env = Environment(
        loader=FileSystemLoader(str(report_templates_dir())),
        autoescape=True,
        finalize=_finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(evidence_value=evidence_value, inline_code=inline_code, sql_block=sql_block)
    return env


def render(result: ScanResult) -> str:
    statements = fix_statements(result)
    template = _environment().get_template("report.html.j2")
    return (
        template.render(
            result=result,
            meta=result.metadata,
            version=__version__,
            headings=TIER_HEADINGS,
            counts=[
                (tier, TIER_HEADINGS[tier], count) for tier, count in tier_counts(result).items()
            ],
            assessment=assessment(result),
            tiers=by_tier_and_check(result.findings),
            findings_in_order=[
                f for _, groups in by_tier_and_check(result.findings) for g in groups for f in g
            ],
            statements=statements_by_finding(statements),
            phases=[(PHASE_TITLES[phase], steps) for phase, steps in script_phases(statements)],
            unfixable=unfixable(result),
        ).rstrip()
        + "\n"
    )
