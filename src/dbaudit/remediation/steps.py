"""One step of the fix script as psql runs it: skipped when already done, skipped with the
reason when it cannot run yet, else run; each outcome is counted, and the script's last
notice says how many of each. A step with no `skip_if` cannot tell whether it had anything to
do (CREATE INDEX ... IF NOT EXISTS): it is counted as "applied", never as "done", so a second
run does not claim to have done it again.

A step runs inside a DO block, except an index build (CONCURRENTLY refuses a transaction),
which psql's \\if guards. The step's SQL goes in as it is, never re-indented: a name may hold
a line break (str.splitlines alone knows ten), and indenting after it would rename the
object. Every literal is an E'' string with its backslashes and quotes escaped, so it reads
the same whatever standard_conforming_strings says.
"""

from __future__ import annotations

import re

from dbaudit.findings import FixKind, FixStep
from dbaudit.sql.quote import escaped_literal

OUTCOMES = ("done", "applied", "already_done", "skipped")
COUNTERS_SQL = "\n".join(f"SET dbaudit.{what} = 0;" for what in OUTCOMES)


# The server's own notices about a step's statement ("relation ... already exists,
# skipping") repeat the names raw, and psql prints them as they are: control characters in
# a name would reach the DBA's terminal. The script's own notices say what each step did, with
# the names escaped; warnings and errors still show.
_QUIET_LOCAL = "PERFORM set_config('client_min_messages', 'warning', true)"


def _count(what: str) -> str:
    """SQL that adds one to a session counter (a custom setting, gone with the session).

    An unset counter counts from 0: a step copied out of a report into psql runs without the
    script's SET lines (current_setting without missing_ok would fail on it).
    """
    current = f"coalesce(nullif(current_setting('dbaudit.{what}', true), ''), '0')"
    return f"set_config('dbaudit.{what}', ({current}::int + 1)::text, false)"


def _ran(step: FixStep) -> str:
    """The counter of a step that ran: done when its skip_if said it was needed."""
    return "done" if step.skip_if else "applied"


def dollar_tag(body: str) -> str:
    tag, n = "$dbaudit$", 0
    while tag in body:  # a name could hold the tag itself
        n += 1
        tag = f"$dbaudit{n}$"
    return tag


def _do_block(step: FixStep, label: str) -> str:
    body_sql = step.sql if step.sql.rstrip().endswith(";") else step.sql + ";"
    parts = ["DECLARE\n  dbaudit_why text;\nBEGIN"]
    if step.skip_if:
        parts.append(
            f"  IF {step.skip_if} THEN\n"
            f"    RAISE NOTICE 'dbaudit: already done: %', {escaped_literal(label)};\n"
            f"    PERFORM {_count('already_done')};\n"
            "    RETURN;\n  END IF;"
        )
    if step.blocked_if:
        parts.append(
            f"  dbaudit_why := {step.blocked_if};\n"
            "  IF dbaudit_why IS NOT NULL THEN\n"
            f"    RAISE NOTICE 'dbaudit: skipped %: %', {escaped_literal(label)}, dbaudit_why;\n"
            f"    PERFORM {_count('skipped')};\n"
            "    RETURN;\n  END IF;"
        )
    parts.append(f"  {_QUIET_LOCAL};")
    parts.append(body_sql)
    parts.append(f"  PERFORM {_count(_ran(step))};\nEND\n")
    body = "\n".join(parts)
    tag = dollar_tag(body)
    return f"DO {tag}\n{body}{tag};"


def _psql_guarded(step: FixStep, label: str) -> str:
    # \warn (stderr, like the DO blocks' notices) would interpolate :names and quotes;
    # brackets are plain text there, and name the constraint or index as the reports do.
    plain = re.sub(r"[^\w .,()\[\]-]", "_", label)
    lines = []
    if step.skip_if or step.blocked_if:
        lines += [
            f"SELECT ({step.skip_if or 'false'}) AS dbaudit_done,\n"
            "       dbaudit_why IS NOT NULL AS dbaudit_blocked,\n"
            "       coalesce(dbaudit_why, '') AS dbaudit_why\n"
            f"  FROM (SELECT ({step.blocked_if or 'NULL'})::text AS dbaudit_why) AS dbaudit_step"
            " \\gset",
            "\\if :dbaudit_done",
            f"\\warn dbaudit: already done: {plain}",
            f"SELECT {_count('already_done')} AS dbaudit_count \\gset",
            "\\elif :dbaudit_blocked",
            f"\\warn dbaudit: skipped {plain}: :dbaudit_why",
            f"SELECT {_count('skipped')} AS dbaudit_count \\gset",
            "\\else",
        ]
    sql = step.sql.rstrip()
    lines += [
        "SET client_min_messages = warning;",
        sql if sql.endswith(";") else sql + ";",
        "RESET client_min_messages;",
        f"SELECT {_count(_ran(step))} AS dbaudit_count \\gset",
    ]
    if step.skip_if or step.blocked_if:
        lines.append("\\endif")
    return "\n".join(lines)


def runnable(step: FixStep, label: str) -> str:
    """The step as the script runs it, with its outcome counted."""
    if step.kind is FixKind.INDEX:
        return _psql_guarded(step, label)
    return _do_block(step, label)


def summary_sql(left_out: int) -> str:
    """The script's last notice: what each step did."""
    left = f", {left_out} left out (see the top of the script)" if left_out else ""
    body = (
        "BEGIN\n  RAISE NOTICE 'dbaudit: % done, % applied (not checked beforehand, safe to"
        " repeat), % already done, % skipped"
        + left.replace("'", "''")
        + "',\n    current_setting('dbaudit.done'), current_setting('dbaudit.applied'),"
        "\n    current_setting('dbaudit.already_done'), current_setting('dbaudit.skipped');"
        "\nEND\n"
    )
    return f"DO $dbaudit$\n{body}$dbaudit$;"
