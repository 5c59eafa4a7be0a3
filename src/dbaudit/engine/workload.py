"""Reads pg_stat_statements once per scan and parses each statement (dbaudit.workload), for
the workload checks: they get the facts as array parameters (see workload/facts.py)."""

from __future__ import annotations

from dbaudit.db.session import QueryFailed, ReadOnlySession
from dbaudit.sql.template import compile_sql, render_sql
from dbaudit.workload.facts import Statement, Workload

_AVAILABLE = compile_sql(
    "SELECT ss.pgss_schema FROM ({{ catalog.statement_stats() }}) ss"
    " WHERE ss.loaded AND ss.installed AND ss.readable"
)
# One row per statement (its entries per role and top-level flag summed), the heaviest first:
# `workload_max_statements` bounds the parse time on a server with pg_stat_statements.max
# of 10,000s.
_STATEMENTS = compile_sql(
    """SELECT s.queryid, min(s.query) AS query, sum(s.calls)::bigint AS calls,
       sum(s.rows)::bigint AS rows, sum(s.total_exec_time)::float8 AS total_ms
  FROM {{ pgss_schema|qualified('pg_stat_statements') }} s
 WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
   AND s.queryid IS NOT NULL
 GROUP BY s.queryid
HAVING sum(s.calls) > 0
 ORDER BY sum(s.total_exec_time) DESC, s.queryid
 LIMIT %(workload_max_statements)s"""
)


def read_workload(session: ReadOnlySession, max_statements: int) -> Workload:
    """The database's statements from pg_stat_statements, parsed; an empty workload when the
    view is missing or unreadable (the workload checks then skip themselves, saying why)."""
    version = session.server.version_num
    try:
        available = session.fetch(render_sql(_AVAILABLE, server_version=version), {})
        if not available:
            return Workload()
        sql = render_sql(
            _STATEMENTS, server_version=version, pgss_schema=available[0]["pgss_schema"]
        )
        rows = session.fetch(sql, {"workload_max_statements": max_statements})
    except QueryFailed:
        return Workload()
    # Imported here: sqlglot is a tenth of start-up, and only workload scans need it.
    from dbaudit.workload.parse import parse_statement

    statements = []
    unparsed = 0
    for row in rows:
        shape = parse_statement(row["query"])
        if shape is None:
            unparsed += 1
            continue
        statements.append(
            Statement(
                queryid=int(row["queryid"]),
                query=str(row["query"]),
                calls=int(row["calls"]),
                rows=int(row["rows"]),
                total_ms=float(row["total_ms"]),
                shape=shape,
            )
        )
    return Workload(tuple(statements), read=len(rows), unparsed=unparsed)
