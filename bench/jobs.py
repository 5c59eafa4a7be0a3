"""Where the data case's time goes, and what N connections on one snapshot would gain.

A probe, not dbaudit's --jobs (bench.py times `scan --jobs N` itself): it runs dbaudit's own
data-check SQL (the targets queries, then one query per target, rendered as the runner does)
1. serially in one REPEATABLE READ transaction, timing each query;
2. spread over N connections that all import the leader's exported snapshot
   (pg_export_snapshot() / SET TRANSACTION SNAPSHOT), longest query first, for N = 1, 2, 4,
   with the server's parallel query on and off (max_parallel_workers_per_gather = 0).
Each worker's transaction is READ ONLY and REPEATABLE READ, like the scan's.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.rows import dict_row

from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import CheckKind
from dbaudit.settings.model import ScanSettings
from dbaudit.workload.facts import EMPTY_WORKLOAD_PARAMS
from dbaudit.sql.template import render_sql


@dataclass(frozen=True)
class Query:
    check_id: str
    target: str
    sql: str
    params: Mapping[str, object]


def _bind(query: str, params: Mapping[str, object]) -> dict[str, object]:
    return {k: v for k, v in params.items() if f"%({k})s" in query}


def data_queries(dsn: str) -> tuple[list[Query], float]:
    """Every per-target query of every data check, and the time the targets queries took."""
    params = {**ScanSettings().query_params(), **EMPTY_WORKLOAD_PARAMS}
    out: list[Query] = []
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("SET jit = off")
        version = conn.info.server_version
        started = time.perf_counter()
        for check in load_catalog():
            if check.kind is not CheckKind.DATA or (
                check.min_server_version and version < check.min_server_version
            ):
                continue
            assert check.targets is not None
            sql = render_sql(check.targets, server_version=version)
            with conn.cursor(row_factory=dict_row) as cur:
                targets = cur.execute(sql, _bind(sql, params)).fetchall()
            for target in targets:
                query = render_sql(check.query, server_version=version, target=target, sample=False)
                name = f"{target['schema_name']}.{target['table_name']}"
                if target.get("column_names"):
                    name += f"({', '.join(target['column_names'])})"
                out.append(Query(check.id, name, query, _bind(query, {**params, **target})))
        targets_seconds = time.perf_counter() - started
    return out, targets_seconds


def _session(dsn: str, snapshot: str | None, gather: bool) -> psycopg.Connection[Any]:
    conn = psycopg.connect(dsn, autocommit=True, application_name="dbaudit-bench-jobs")
    conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    if snapshot:
        conn.execute(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
    conn.execute("SET LOCAL jit = off")
    if not gather:
        conn.execute("SET LOCAL max_parallel_workers_per_gather = 0")
    return conn


def serial_times(dsn: str, queries: list[Query], gather: bool = True) -> list[float]:
    conn = _session(dsn, None, gather)
    times = []
    try:
        for q in queries:
            started = time.perf_counter()
            conn.execute(q.sql, q.params).fetchall()
            times.append(time.perf_counter() - started)
    finally:
        conn.close()
    return times


def parallel_wall(
    dsn: str, queries: list[Query], costs: list[float], jobs: int, gather: bool
) -> float:
    """Wall time of the queries over `jobs` connections sharing one exported snapshot."""
    leader = _session(dsn, None, gather)
    snapshot = leader.execute("SELECT pg_export_snapshot()").fetchone()[0]  # type: ignore[index]
    workers = [leader] + [_session(dsn, snapshot, gather) for _ in range(jobs - 1)]
    order = sorted(range(len(queries)), key=lambda i: -costs[i])  # longest first
    lock = threading.Lock()

    def work(conn: psycopg.Connection[Any]) -> None:
        while True:
            with lock:
                if not order:
                    return
                i = order.pop(0)
            conn.execute(queries[i].sql, queries[i].params).fetchall()

    started = time.perf_counter()
    threads = [threading.Thread(target=work, args=(w,)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    for w in workers:
        w.close()
    return wall


def probe(dsn: str, runs: int) -> dict[str, Any]:
    queries, targets_seconds = data_queries(dsn)
    serial_times(dsn, queries)  # warm the cache
    per_query = [serial_times(dsn, queries) for _ in range(runs)]
    medians = [statistics.median(run[i] for run in per_query) for i in range(len(queries))]
    walls: dict[str, float] = {}
    for gather in (True, False):
        for jobs in (1, 2, 4):
            walls[f"{jobs}|{'on' if gather else 'off'}"] = statistics.median(
                parallel_wall(dsn, queries, medians, jobs, gather) for _ in range(runs)
            )
    return {
        "targets_seconds": targets_seconds,
        "queries": [
            {"check": q.check_id, "target": q.target, "seconds": s}
            for q, s in sorted(zip(queries, medians, strict=True), key=lambda x: -x[1])
        ],
        "serial_total": sum(medians),
        "walls": walls,
    }
