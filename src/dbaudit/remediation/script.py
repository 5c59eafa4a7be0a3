"""The remediation script: every open finding's fix steps, in an order that is safe to run.

Order: clean-up of bad rows, then constraints (added NOT VALID), then their validation, then
indexes (CONCURRENTLY, outside any transaction), then table rewrites. The script runs top to
bottom with `psql -v ON_ERROR_STOP=1 -f`, in autocommit; a step with a `skip_if` condition
is wrapped in a DO block that skips it when there is nothing to do, so a second run succeeds
and changes nothing. Destructive steps are written commented out unless asked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from dbaudit import __version__
from dbaudit.findings import Finding, FixKind, FixStep, ScanResult, one_line
from dbaudit.sql.quote import escaped_literal

ORDER = tuple(FixKind)
PHASE_TITLES = {
    1: "Phase 1: data clean-up and integrity constraints",
    2: "Phase 2: indexes (CONCURRENTLY: no write lock, outside any transaction)",
    3: "Phase 3: changes that rewrite a table (ACCESS EXCLUSIVE lock: plan a window)",
}
_SQL_LINES = re.compile(r"\r\n|\r|\n")
LOCK_TIMEOUT = "5s"  # fail fast rather than queue behind a long transaction, blocking others


@dataclass
class PlanStep:
    """A distinct step of the plan, with the findings (check + object) it fixes."""

    step: FixStep
    labels: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The step as the report shows it: what it fixes, its note, its SQL."""
        lines = [f"-- fixes {'; '.join(self.labels)}"]
        if self.step.note:
            prefix = "destructive: " if self.step.destructive else ""
            lines.append(f"-- {prefix}{one_line(self.step.note)}")
        lines.append(self.step.sql.rstrip())
        return "\n".join(lines)


def _label(finding: Finding) -> str:
    return one_line(f"{finding.check_id} {finding.object.display()}")


def _dollar_tag(body: str) -> str:
    tag, n = "$dbaudit$", 0
    while tag in body:  # a name could hold the tag itself
        n += 1
        tag = f"$dbaudit{n}$"
    return tag


def _guarded(step: FixStep, label: str) -> str:
    """The step inside a DO block that skips it when its skip_if condition holds."""
    assert step.skip_if is not None
    body_sql = step.sql if step.sql.rstrip().endswith(";") else step.sql + ";"
    notice = escaped_literal(f"dbaudit: nothing to do for {label}")
    # The step's SQL goes in as it is, never re-indented: a name may hold a line break
    # (str.splitlines alone knows ten), and indenting after it would rename the object.
    body = (
        f"BEGIN\n  IF {step.skip_if} THEN\n    RAISE NOTICE '%', {notice};\n  ELSE\n"
        f"{body_sql}\n  END IF;\nEND\n"
    )
    tag = _dollar_tag(body)
    return f"DO {tag}\n{body}{tag};"


def _psql_guarded(step: FixStep, label: str) -> str:
    """CONCURRENTLY refuses a DO block (a transaction): psql's \\if guards it instead."""
    assert step.skip_if is not None
    plain = re.sub(r"[^\w .,()-]", "_", label)  # \\echo would interpolate :names and quotes
    return (
        f"SELECT NOT ({step.skip_if}) AS dbaudit_run \\gset\n"
        "\\if :dbaudit_run\n"
        f"{step.sql.rstrip()}\n"
        "\\else\n"
        f"\\echo dbaudit: nothing to do for {plain}\n"
        "\\endif"
    )


def _statement(entry: PlanStep, include_destructive: bool) -> str:
    step = entry.step
    label = "; ".join(entry.labels)
    lines = [f"-- fixes {label}"]
    if step.note:
        lines.append(f"-- {one_line(step.note)}")
    if step.skip_if and step.kind is FixKind.INDEX:
        text = _psql_guarded(step, label)
    elif step.skip_if:
        text = _guarded(step, label)
    else:
        text = step.sql.rstrip()
    if not text.endswith((";", "\\endif")):
        text += ";"
    if step.destructive and not include_destructive:
        lines.append("-- destructive, left commented out: run `dbaudit fix --include-destructive`")
        lines.append("-- to enable it, or uncomment it after review.")
        # Every line break PostgreSQL's lexer ends a comment at (\n and \r), no other: a
        # name holding \r must not end the comment and leave the rest of it live SQL.
        lines.extend(f"-- {line}" for line in _SQL_LINES.split(text))
    else:
        lines.append(text)
    return "\n".join(lines)


# A quoted name or a literal (doubled quotes inside), else a run of white space.
_QUOTED_OR_SPACE = re.compile(r"(\"(?:[^\"]|\"\")*\"|'(?:[^']|'')*')|\s+")


def _shape(sql: str) -> str:
    """The SQL with its layout made uniform, outside quotes only: two checks that propose
    one statement share a step, while two tables whose names differ only in their spaces
    (`"a b"`, `"a  b"`) keep a step each."""
    return _QUOTED_OR_SPACE.sub(lambda m: m.group(1) or " ", sql).strip()


def plan(findings: Iterable[Finding]) -> list[PlanStep]:
    """Each distinct step once, in run order; a step two findings share names both."""
    entries: dict[tuple[FixKind, str], PlanStep] = {}
    order: list[tuple[int, int, int, tuple[FixKind, str]]] = []
    for f_index, finding in enumerate(findings):
        for s_index, step in enumerate(finding.fix):
            key = (step.kind, _shape(step.sql))
            if key not in entries:
                entries[key] = PlanStep(step)
                order.append((ORDER.index(step.kind), f_index, s_index, key))
            entries[key].labels.append(_label(finding))
    return [entries[key] for *_, key in sorted(order)]


def migration_plan(result: ScanResult) -> list[tuple[str, list[PlanStep]]]:
    """The plan by phase, as the report shows it (the script adds guards and comments)."""
    phases: dict[int, list[PlanStep]] = {}
    for entry in plan(f for f in result.findings if f.fix):
        phases.setdefault(entry.step.kind.phase, []).append(entry)
    return [(PHASE_TITLES[phase], steps) for phase, steps in sorted(phases.items())]


def build_script(result: ScanResult, *, include_destructive: bool) -> str:
    meta = result.metadata
    fixable = [f for f in result.findings if f.fix]
    entries = plan(fixable)
    header = [
        "-- Remediation script written by dbaudit " + __version__,
        f"-- database: {one_line(meta.database)}   server: PostgreSQL {meta.server_version}",
        f"-- scanned: {meta.started_at.isoformat(timespec='seconds')}   target: "
        + one_line(meta.target),
        f"-- covers {len(fixable)} of {len(result.findings)} open finding(s):",
        *(f"--   {f.severity.label}: {_label(f)}" for f in fixable),
        "--",
        "-- Run it top to bottom, in autocommit (CREATE INDEX CONCURRENTLY refuses a transaction):",
        "--   psql -v ON_ERROR_STOP=1 -d <database> -f remediation.sql",
        "-- It is safe to run again: finished steps are skipped.",
    ]
    if any(e.step.destructive for e in entries) and not include_destructive:
        header.append(
            "-- Destructive steps (DELETE, UPDATE) are commented out; their validations are"
            " skipped until they run."
        )
    body = [
        "\n".join(header),
        "-- Backslashes in '' strings are plain text, whatever the server's default says.\n"
        "SET standard_conforming_strings = on;\n"
        f"SET lock_timeout = '{LOCK_TIMEOUT}';\n"
        "-- Index builds and validations can be long; they do not block writes.\n"
        "SET statement_timeout = 0;",
    ]
    phase = 0
    for entry in entries:
        if entry.step.kind.phase != phase:
            phase = entry.step.kind.phase
            body.append(f"-- {'=' * 76}\n-- {PHASE_TITLES[phase]}\n-- {'=' * 76}")
        body.append(_statement(entry, include_destructive))
    if not entries:
        body.append("-- Nothing to fix automatically.")
    return "\n\n".join(body) + "\n"


def unfixable(result: ScanResult) -> list[Finding]:
    """Open findings with no automatic fix."""
    return [f for f in result.findings if not f.fix]
