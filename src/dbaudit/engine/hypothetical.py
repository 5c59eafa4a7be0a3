"""Verifies proposed indexes (IDX003) with hypopg, inside the scan's read-only transaction.

hypopg's hypothetical indexes exist only in the scanning backend's memory: creating one
writes nothing (no catalog row, no WAL), and it works in a READ ONLY transaction. For each
proposal: the planner's cost of each statement it serves (plain SELECTs only) without the
index, then with it; the statement is planned, never run: EXPLAIN (GENERIC_PLAN) on
PostgreSQL 16+, before that a prepared statement (its parameters' types inferred by the
server) under plan_cache_mode = force_generic_plan. A prepared statement is made afresh for
each plan and deallocated before its hypothetical index is dropped: a cached plan naming a
dropped hypothetical index fails ("cache lookup failed for index").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dbaudit.db.session import QueryFailed, ReadOnlySession
from dbaudit.engine.planning_trust import PlanningTrust
from dbaudit.sql.quote import idents, qualified, quote_ident

_HYPOPG = (
    "SELECT n.nspname::text AS schema_name FROM pg_extension e"
    " JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'hypopg'"
)
_PREPARED = "dbaudit_hypothetical"
_MAX_STATEMENTS = 10  # planned per proposal: the heaviest ones it serves
_GENERIC_PLAN_VERSION = 160000


@dataclass(frozen=True)
class Plan:
    cost: float
    indexes: frozenset[str]  # index names the plan uses


def index_definition(row: Mapping[str, Any]) -> str:
    """The proposal as a CREATE INDEX statement, for hypopg_create_index()."""
    text = (
        f"CREATE INDEX ON {qualified(row['schema_name'], row['table_name'])}"
        f" ({idents(row['column_names'])})"
    )
    conditions = []
    partial = zip(row.get("partial_columns") or (), row.get("partial_kinds") or (), strict=True)
    for column, kind in partial:
        name = quote_ident(column)
        conditions.append(
            {
                "is_true": f"{name}",
                "is_false": f"NOT {name}",
                "not_null": f"{name} IS NOT NULL",
                "is_null": f"{name} IS NULL",
            }[kind]
        )
    if conditions:
        text += " WHERE " + " AND ".join(conditions)
    return text


def _plan_indexes(node: Mapping[str, Any]) -> Iterator[str]:
    if "Index Name" in node:
        yield str(node["Index Name"])
    for child in node.get("Plans") or ():
        yield from _plan_indexes(child)


class _Planner:
    def __init__(self, session: ReadOnlySession) -> None:
        self._session = session
        self._generic = session.server.version_num >= _GENERIC_PLAN_VERSION

    def plan(self, query: str) -> Plan | None:
        """The generic plan's cost and indexes; None when the server cannot plan it."""
        text = query.strip().rstrip(";").strip()
        if ";" in text:  # one statement only, whatever the parser thought
            return None
        try:
            if self._generic:
                rows = self._session.fetch(f"EXPLAIN (GENERIC_PLAN, FORMAT JSON) {text}", None)
            else:
                rows = self._prepared(text)
        except QueryFailed:
            return None
        plan = rows[0]["QUERY PLAN"][0]["Plan"]
        return Plan(float(plan["Total Cost"]), frozenset(_plan_indexes(plan)))

    def _prepared(self, text: str) -> list[dict[str, Any]]:
        self._session.execute(f"PREPARE {_PREPARED} AS {text}")
        try:
            (count,) = self._session.fetch(
                "SELECT pg_catalog.cardinality(parameter_types) AS n"
                " FROM pg_catalog.pg_prepared_statements"
                " WHERE name = %(name)s",
                {"name": _PREPARED},
            )
            # placeholders only: a forced generic plan does not look at them
            arguments = ", ".join(["NULL"] * int(count["n"] or 0))
            call = f"{_PREPARED}({arguments})" if arguments else _PREPARED
            return self._session.fetch(f"EXPLAIN (FORMAT JSON) EXECUTE {call}", None)
        finally:
            self._session.execute(f"DEALLOCATE {_PREPARED}")


def verify_index_proposals(
    session: ReadOnlySession, rows: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The proposals the planner would use, each with its cost ratio and what was seen;
    all of them, marked unverified, when hypopg is not installed in the database."""
    if not rows:
        return []
    try:
        installed = session.fetch(_HYPOPG, {})
    except QueryFailed:
        installed = []
    if not installed:
        return [{**row, "verified": False} for row in rows]
    hypopg = installed[0]["schema_name"]
    # Planning folds constant calls, running them: statements that could call the
    # database's own code are not planned (engine.planning_trust), decided here, while the
    # scan's pinned search_path still resolves every name of these catalog queries.
    trust = PlanningTrust(session)
    may_plan = {q: trust.may_plan(t) for row in rows for q, t, _ in _served(row)}
    previous = session.fetch("SELECT current_setting('plan_cache_mode') AS mode", {})[0]["mode"]
    session.fetch("SELECT set_config('plan_cache_mode', 'force_generic_plan', true)", {})
    # The application's statements name their tables unqualified: they are planned under
    # the search_path the database gives a session (reset_val), with pg_catalog first (no
    # overload of a built-in shadows it), not the scan's pinned pg_catalog, pg_temp, which
    # comes back right after; the statements are only planned (EXPLAIN), never run.
    pinned = session.fetch("SELECT current_setting('search_path') AS path", {})[0]["path"]
    session.fetch(
        "SELECT set_config('search_path', CASE WHEN reset_val = '' THEN 'pg_catalog'"
        " ELSE 'pg_catalog, ' || reset_val END, true) FROM pg_settings"
        " WHERE name = 'search_path'",
        {},
    )
    try:
        planner = _Planner(session)
        baseline: dict[int, Plan | None] = {}
        kept = []
        for row in rows:
            verified = _verify(session, planner, hypopg, row, baseline, may_plan=may_plan)
            if verified is not None:
                kept.append(verified)
        return kept
    finally:
        # qualified: the database's own search_path is in force until this statement
        session.fetch(
            "SELECT pg_catalog.set_config('search_path', %(path)s, true)", {"path": pinned}
        )
        session.fetch("SELECT set_config('plan_cache_mode', %(mode)s, true)", {"mode": previous})


def _served(row: Mapping[str, Any]) -> list[tuple[int, str, int]]:
    """(queryid, text, calls) of the plain SELECTs the proposal serves, the heaviest first."""
    return [
        (int(q), str(text), int(calls))
        for q, text, calls, plain in zip(
            row["served_queryids"],
            row["served_queries"],
            row["served_calls"],
            row["served_plain"],
            strict=True,
        )
        if plain
    ][:_MAX_STATEMENTS]


def _verify(
    session: ReadOnlySession,
    planner: _Planner,
    hypopg: str,
    row: dict[str, Any],
    baseline: dict[int, Plan | None],
    *,
    may_plan: Mapping[int, bool],
) -> dict[str, Any] | None:
    all_served = _served(row)
    served = [s for s in all_served if may_plan[s[0]]]
    if all_served and not served:
        return {
            **row,
            "verified": False,
            "verification": "its statements may call the database's own functions (or views,"
            " operators or casts that do), which planning could run as the scanning role, so"
            " they were not planned and it is unverified",
        }
    for queryid, text, _ in served:
        if queryid not in baseline:
            baseline[queryid] = planner.plan(text)
    planned = [(q, t, c, plan) for q, t, c in served if (plan := baseline[q]) is not None]
    if not planned:
        return {
            **row,
            "verified": False,
            "verification": "the planner could not plan its statements generically (their"
            " parameters' types cannot be inferred), so it is unverified",
        }
    try:
        created = session.fetch(
            f"SELECT indexrelid, indexname FROM {quote_ident(hypopg)}.hypopg_create_index(%(ddl)s)",
            {"ddl": index_definition(row)},
        )
    except QueryFailed as error:
        return {**row, "verified": False, "verification": f"hypopg could not create it: {error}"}
    oid, name = created[0]["indexrelid"], str(created[0]["indexname"])
    try:
        after = {q: planner.plan(t) for q, t, _, _ in planned}
    finally:
        session.fetch(f"SELECT {quote_ident(hypopg)}.hypopg_drop_index(%(oid)s)", {"oid": oid})
    # (calls, cost without, cost with) of each statement whose plan uses the index
    used = [
        (c, before.cost, plan.cost)
        for q, _, c, before in planned
        if (plan := after[q]) is not None and name in plan.indexes
    ]
    if not used:
        return None  # the planner would not use it: not worth its cost on every write
    calls = sum(c for c, _, _ in used)
    before_cost = sum(c * b for c, b, _ in used)
    after_cost = sum(c * a for c, _, a in used)
    ratio = after_cost / before_cost if before_cost else 1.0
    return {
        **row,
        "verified": True,
        "cost_ratio": round(ratio, 4),
        "verification": (
            f"the planner uses it for {len(used)} of the {len(planned)} statement(s) it planned;"
            f" their estimated cost, weighted by calls, falls to {ratio:.1%} of today's"
            f" ({before_cost / calls:,.1f} -> {after_cost / calls:,.1f} per call)"
        ),
    }
