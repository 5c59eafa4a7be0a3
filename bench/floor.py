"""The floor: the bare SQL answering the questions a dbaudit scan answers, as psql scripts.

Catalog questions: dbaudit's own catalog-check queries, rendered with their parameters
inlined, without dbaudit around them (no Python, no snapshot, no findings, no report).
Data questions: the hand-written statements in bench/floor/data.sql, one section per dbaudit
data check; a data check with no hand-written section falls back to dbaudit's own per-target
SQL (and bench/run says so).

Both scripts run in one READ ONLY, REPEATABLE READ transaction like a scan. Catalog queries
run with jit = off, data queries with the server's default: the floor gets the faster
setting for each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg import ClientCursor
from psycopg.rows import dict_row

from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import CheckDefinition, CheckKind
from dbaudit.engine.runner import measure_targets
from dbaudit.settings.model import ScanSettings
from dbaudit.workload.facts import EMPTY_WORKLOAD_PARAMS
from dbaudit.sql.template import render_sql

HERE = Path(__file__).resolve().parent
HAND_WRITTEN = HERE / "floor" / "data.sql"


@dataclass(frozen=True)
class FloorScript:
    text: str
    hand_written: tuple[str, ...]  # data sections taken from floor/data.sql
    fallback: tuple[str, ...]  # data checks whose floor is dbaudit's own SQL
    statements: int


def _bind(query: str, params: Mapping[str, object]) -> dict[str, object]:
    return {k: v for k, v in params.items() if f"%({k})s" in query}


def _sections() -> dict[str, str]:
    """'REF001' -> its SQL, 'duplicates' -> its SQL, from floor/data.sql."""
    out: dict[str, str] = {}
    key = None
    for line in HAND_WRITTEN.read_text().splitlines():
        match = re.match(r"-- (check|question): (\S+)", line)
        if match:
            key = match.group(2)
            out[key] = ""
        elif key:
            out[key] += line + "\n"
    return out


def selected_checks(
    checks: Iterable[CheckDefinition], version: int, disabled: Iterable[str] = ()
) -> list[CheckDefinition]:
    off = set(disabled)
    return [
        c
        for c in checks
        if c.id not in off and not (c.min_server_version and version < c.min_server_version)
    ]


def build(
    dsn: str, *, data: bool, disabled: Iterable[str] = (), questions: Iterable[str] = ()
) -> FloorScript:
    params = {**ScanSettings().query_params(), **EMPTY_WORKLOAD_PARAMS}
    with psycopg.connect(dsn) as conn:
        version = conn.info.server_version
        mogrify = ClientCursor(conn).mogrify
        checks = selected_checks(load_catalog(), version, disabled)
        lines = ["BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;", "SET LOCAL jit = off;"]
        statements = 0
        for check in checks:
            requires = _requires(conn, check, version, params)
            if requires is None:
                continue  # skipped by dbaudit too (no statistics, no privilege)
            if check.kind is CheckKind.CATALOG:
                sql = render_sql(check.query, server_version=version, requires=requires)
                sql = sql.strip().rstrip(";")
                lines.append(f"-- {check.id}\n{mogrify(sql, _bind(sql, params))};")
                statements += 1
        hand, fallback = [], []
        if data:
            lines.append("SET LOCAL jit TO DEFAULT;")
            sections = _sections()
            for check in checks:
                if check.kind is not CheckKind.DATA and check.measure is None:
                    continue
                if check.id in sections:
                    lines.append(f"-- {check.id} (hand-written)\n{sections[check.id]}")
                    statements += sections[check.id].count(";")
                    hand.append(check.id)
                else:
                    own = _own_sql(conn, check, version, params, mogrify)
                    lines += own
                    statements += len(own)
                    fallback.append(check.id)
            for question in questions:
                lines.append(f"-- {question} (hand-written)\n{sections[question]}")
                statements += sections[question].count(";")
                hand.append(question)
        lines.append("COMMIT;")
    return FloorScript("\n".join(lines) + "\n", tuple(hand), tuple(fallback), statements)


def _requires(
    conn: psycopg.Connection[Any],
    check: CheckDefinition,
    version: int,
    params: Mapping[str, object],
) -> dict[str, Any] | None:
    """The check's `requires` row as dbaudit would read it; None when dbaudit skips the check."""
    if check.requires is None:
        return {}
    sql = render_sql(check.requires, server_version=version)
    with conn.cursor(row_factory=dict_row) as cur:
        row = cur.execute(sql, _bind(sql, params)).fetchone() or {}
    return row if row.get("available") else None


def _catalog_rows(
    conn: psycopg.Connection[Any], sql: str, params: Mapping[str, object]
) -> list[dict[str, Any]]:
    """The rows of a check's catalog query (its targets), read to build the floor script."""
    with conn.cursor(row_factory=dict_row) as cur:
        conn.execute("SET jit = off")
        return cur.execute(sql, _bind(sql, params)).fetchall()


def _own_sql(
    conn: psycopg.Connection[Any],
    check: CheckDefinition,
    version: int,
    params: Mapping[str, object],
    mogrify: Any,
) -> list[str]:
    """dbaudit's own data SQL for a check with no hand-written floor: a data check's query
    per target, or a catalog check's `measure` per table."""
    if check.kind is CheckKind.DATA:
        assert check.targets is not None
        template, label = check.query, f"{check.id} (dbaudit's own SQL)"
        targets = _catalog_rows(conn, render_sql(check.targets, server_version=version), params)
    else:
        assert check.measure is not None
        template, label = check.measure, f"{check.id} measure (dbaudit's own SQL)"
        rows = _catalog_rows(conn, render_sql(check.query, server_version=version), params)
        targets = measure_targets(rows)
    out = []
    for target in targets:
        query = render_sql(template, server_version=version, target=target, sample=False)
        query = query.strip().rstrip(";")
        out.append(f"-- {label}\n{mogrify(query, _bind(query, {**params, **target}))};")
    return out
