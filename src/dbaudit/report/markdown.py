"""The Markdown report, structured like a hand-written audit: summary, then tiers."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from dbaudit.findings import ScanResult
from dbaudit.remediation.script import migration_plan, unfixable
from dbaudit.report.escape.markdown import code_block, code_span, md_escape
from dbaudit.report.summary import TIER_HEADINGS, assessment, by_tier_and_check, tier_counts
from dbaudit.resources import report_templates_dir


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


def render(result: ScanResult) -> str:
    template = _environment().get_template("report.md.j2")
    return (
        template.render(
            result=result,
            meta=result.metadata,
            counts=[
                (tier, TIER_HEADINGS[tier], count) for tier, count in tier_counts(result).items()
            ],
            assessment=assessment(result),
            tiers=by_tier_and_check(result.findings),
            plan=migration_plan(result),
            unfixable=unfixable(result),
        ).rstrip()
        + "\n"
    )
