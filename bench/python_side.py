"""Where dbaudit's own (Python) time goes on a large catalog, apart from the server's.

    .venv/bin/python bench/python_side.py [--dsn DSN] [--runs N]

Prints, best of --runs: loading the check catalog with the compiled-template cache off and
on; then, for each catalog check, fetching its rows (the server's work, and psycopg
turning them into dicts) and building its findings from the fetched rows (the templates
of messages and fix steps: Python's work, which a scan overlaps with the next fetch).
"""

from __future__ import annotations

import argparse
import gc
import os
import time
from collections.abc import Callable
from functools import partial

from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import CheckKind
from dbaudit.db.connect import connect
from dbaudit.db.session import read_only_session
from dbaudit.engine.plan import plan_scan
from dbaudit.engine.runner import CheckRunner, RunOutcome
from dbaudit.settings.model import ScanSettings
from dbaudit.sql.templatecache import CACHE_DIR_VARIABLE
from dbaudit.workload.facts import EMPTY_WORKLOAD_PARAMS

DEFAULT_DSN = "host=127.0.0.1 port=5432 user=postgres dbname=dbaudit_bench_catalog"


def best(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dsn", default=DEFAULT_DSN)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    saved = os.environ.get(CACHE_DIR_VARIABLE)
    os.environ[CACHE_DIR_VARIABLE] = ""  # off
    cold = best(args.runs, load_catalog)
    if saved is None:
        del os.environ[CACHE_DIR_VARIABLE]
    else:
        os.environ[CACHE_DIR_VARIABLE] = saved
    load_catalog()  # fills the cache
    warm = best(args.runs, load_catalog)
    print(f"load_catalog: {cold:.3f} s without the template cache, {warm:.3f} s with it")

    checks = load_catalog()
    settings = ScanSettings(dsn=args.dsn, data_checks=False)
    conn = connect(args.dsn, statement_timeout_ms=0, lock_timeout_ms=1000)
    gc.disable()  # as during a scan (commands.scanning.no_cycle_collector)
    total_fetch = total_build = 0.0
    findings = 0
    with read_only_session(conn) as session:
        plan = plan_scan(settings, checks).on_server(session.server.version_num)
        params = {**plan.query_params([session.backend_pid]), **EMPTY_WORKLOAD_PARAMS}
        runner = CheckRunner(session, plan, params)
        print(f"{'check':8} {'fetch s':>8} {'build s':>8} {'findings':>9}")
        for check in checks:
            if check.kind is not CheckKind.CATALOG:
                continue
            started = time.perf_counter()
            fetched = runner.fetch(check)
            fetch = time.perf_counter() - started
            outcome = RunOutcome()
            build = best(args.runs, partial(runner.build, check, fetched, RunOutcome()))
            runner.build(check, fetched, outcome)
            total_fetch += fetch
            total_build += build
            findings += len(outcome.findings)
            print(f"{check.id:8} {fetch:8.3f} {build:8.3f} {len(outcome.findings):9}")
    conn.close()
    print(f"{'total':8} {total_fetch:8.3f} {total_build:8.3f} {findings:9}")


if __name__ == "__main__":
    main()
