"""Table patterns as pg_dump's -t / -T and psql's \\d take them: `schema.table`, globs.

`*` is any run of characters and `?` one character; a pattern without a dot matches the
table in every schema; letters are folded to lower case unless double-quoted, and a quoted
part matches literally (`"Market Data".*`). Each pattern becomes a pair of anchored regular
expressions, one for the schema and one for the table, for PostgreSQL's `~`.
"""

from __future__ import annotations

import re

from dbaudit.errors import ConfigError


def _parts(pattern: str) -> list[str]:
    """The pattern split at its unquoted dots, each part as a regular expression."""
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == '"':
            if quoted and pattern[i + 1 : i + 2] == '"':  # "" inside quotes: a quote
                current.append(re.escape('"'))
                i += 2
                continue
            quoted = not quoted
        elif quoted:
            current.append(re.escape(char))
        elif char == ".":
            parts.append("".join(current))
            current = []
        elif char == "*":
            current.append(".*")
        elif char == "?":
            current.append(".")
        else:
            current.append(re.escape(char.lower()))
        i += 1
    if quoted:
        raise ConfigError(f"table pattern {pattern!r} has an unclosed double quote")
    parts.append("".join(current))
    return parts


def table_regexes(pattern: str) -> tuple[str, str]:
    """(schema regex, table regex) for one pattern: `public.trade*`, `audit_*`, ..."""
    parts = _parts(pattern.strip())
    if len(parts) == 1:
        parts = [".*", *parts]
    if len(parts) != 2 or not parts[1]:
        raise ConfigError(
            f"table pattern {pattern!r} is not schema.table or table",
            "e.g. --table 'public.trade*' or --exclude-table '*_archive'",
        )
    return f"^(?:{parts[0] or '.*'})$", f"^(?:{parts[1]})$"
