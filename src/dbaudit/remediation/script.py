"""The remediation script: every open finding's fix steps, in an order that is safe to run.

Order: clean-up of bad rows, then constraints (added NOT VALID), then their validation, then
indexes (CONCURRENTLY, outside any transaction), then table rewrites. The script runs top to
bottom with `psql -v ON_ERROR_STOP=1 -f`, in autocommit; each step says whether it ran, was
done already or was skipped and why (remediation.steps), so a second run succeeds and changes
nothing. Safe steps are written live; unsafe ones (policy changes, rewrites) and destructive
ones (deletes) commented out unless --unsafe / --include-destructive ask for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from dbaudit import __version__
from dbaudit.findings import Finding, FixKind, FixLevel, FixStep, ScanResult, one_line
from dbaudit.remediation.steps import COUNTERS_SQL, runnable, summary_sql
from dbaudit.text.terminal import terminal_text

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
    fingerprints: list[str] = field(default_factory=list)  # of the findings it fixes


def _label(finding: Finding) -> str:
    """What a step fixes, as the DBA reads it: in the script's comments, and on the terminal
    in psql's notices. Names are shown as the terminal report shows them, every control
    character as its escape (\x1b): psql prints a notice raw, and a comment must not end at
    a line break in a name."""
    return terminal_text(f"{finding.check_id} {finding.object.display()}")


def _included(step: FixStep, include_destructive: bool, unsafe: bool) -> bool:
    level = step.level
    return (
        level is FixLevel.SAFE
        or (level is FixLevel.UNSAFE and unsafe)
        or (level is FixLevel.DESTRUCTIVE and include_destructive)
    )


def _statement(entry: PlanStep, include_destructive: bool, unsafe: bool) -> str:
    step = entry.step
    label = "; ".join(entry.labels)
    level = step.level
    lines = [f"-- fixes {label}", f"-- level: {level.value}"]
    if step.note:
        lines.append(f"-- {terminal_text(one_line(step.note))}")
    text = runnable(step, label)
    if _included(step, include_destructive, unsafe):
        lines.append(text)
    else:
        lines.append(
            f"-- {level.value}, left out: run `dbaudit fix {level.flag}` to include it, "
            "or uncomment it after review."
        )
        # Every line break PostgreSQL's lexer ends a comment at (\n and \r), no other: a
        # name holding \r must not end the comment and leave the rest of it live SQL.
        lines.extend(f"-- {line}" for line in _SQL_LINES.split(text))
    return "\n".join(lines)


def _left_out_header(entries: list[PlanStep], include_destructive: bool, unsafe: bool) -> list[str]:
    """The steps the script leaves out, by the flag that includes them."""
    by_level: dict[FixLevel, list[str]] = {}
    for entry in entries:
        if not _included(entry.step, include_destructive, unsafe):
            by_level.setdefault(entry.step.level, []).extend(entry.labels)
    if not by_level:
        return []
    count = sum(1 for e in entries if not _included(e.step, include_destructive, unsafe))
    lines = [f"-- Left out, commented out below ({count} step(s)):"]
    for level, labels in sorted(by_level.items(), key=lambda item: item[0].value):
        lines.append(f"--   {level.value} (add {level.flag}):")
        lines.extend(f"--     {label}" for label in labels)
    if FixLevel.DESTRUCTIVE in by_level:
        lines.append("--   the validations that wait on them are skipped, with the reason.")
    return lines


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
            entries[key].fingerprints.append(finding.fingerprint)
    return [entries[key] for *_, key in sorted(order)]


@dataclass(frozen=True)
class ScriptStatement:
    """One step exactly as the script writes it: what the reports show and copy, so that
    they never show a statement `dbaudit fix` would not write (a live DELETE)."""

    phase: int
    level: FixLevel
    included: bool  # written live; else commented out, with the flag that includes it
    text: str
    note: str  # on one line: what the step touches
    labels: tuple[str, ...]
    fingerprints: tuple[str, ...]


def script_statements(
    result: ScanResult, *, include_destructive: bool = False, unsafe: bool = False
) -> list[ScriptStatement]:
    """The script's steps in run order (without its header, settings and last notice)."""
    return [
        ScriptStatement(
            phase=entry.step.kind.phase,
            level=entry.step.level,
            included=_included(entry.step, include_destructive, unsafe),
            text=_statement(entry, include_destructive, unsafe),
            note=one_line(entry.step.note),
            labels=tuple(entry.labels),
            fingerprints=tuple(entry.fingerprints),
        )
        for entry in plan(f for f in result.findings if f.fix)
    ]


def build_script(result: ScanResult, *, include_destructive: bool, unsafe: bool = False) -> str:
    meta = result.metadata
    fixable = [f for f in result.findings if f.fix]
    entries = plan(fixable)
    left_out = sum(1 for e in entries if not _included(e.step, include_destructive, unsafe))
    header = [
        "-- Remediation script written by dbaudit " + __version__,
        f"-- database: {terminal_text(meta.database)}   server: PostgreSQL " + meta.server_version,
        f"-- scanned: {meta.started_at.isoformat(timespec='seconds')}   target: "
        + terminal_text(meta.target),
        f"-- covers {len(fixable)} of {len(result.findings)} open finding(s):",
        *(f"--   {f.severity.label}: {_label(f)}" for f in fixable),
        "--",
        "-- Run it top to bottom, in autocommit (CREATE INDEX CONCURRENTLY refuses a transaction),",
        "-- with psql 13 or newer:",
        "--   psql -v ON_ERROR_STOP=1 -d <database> -f remediation.sql",
        "-- It is safe to run again: finished steps say 'already done', steps that cannot run",
        "-- yet say 'skipped' and why; the last notice counts each ('applied': a step that is",
        "-- safe to repeat, such as CREATE INDEX ... IF NOT EXISTS, ran without a check first).",
        "-- Levels: safe (indexes CONCURRENTLY, NOT VALID constraints, validations) by default;",
        "-- unsafe (policy changes, table rewrites) with --unsafe; destructive (DELETE, UPDATE)",
        "-- with --include-destructive.",
        *_left_out_header(entries, include_destructive, unsafe),
    ]
    body = [
        "\n".join(header),
        "-- Backslashes in '' strings are plain text, whatever the server's default says.\n"
        "SET standard_conforming_strings = on;\n"
        f"SET lock_timeout = '{LOCK_TIMEOUT}';\n"
        "-- Index builds and validations can be long; they do not block writes.\n"
        "SET statement_timeout = 0;\n"
        "-- What each step did, counted for the last notice.\n" + COUNTERS_SQL,
    ]
    phase = 0
    # The statements the reports show under each finding: one source for both.
    for statement in script_statements(
        result, include_destructive=include_destructive, unsafe=unsafe
    ):
        if statement.phase != phase:
            phase = statement.phase
            body.append(f"-- {'=' * 76}\n-- {PHASE_TITLES[phase]}\n-- {'=' * 76}")
        body.append(statement.text)
    if not entries:
        body.append("-- Nothing to fix automatically.")
    body.append(summary_sql(left_out))
    return "\n\n".join(body) + "\n"


def unfixable(result: ScanResult) -> list[Finding]:
    """Open findings with no automatic fix."""
    return [f for f in result.findings if not f.fix]
