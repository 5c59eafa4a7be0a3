"""Opening a connection: DSN resolution, password masking, and errors a user can act on."""

from __future__ import annotations

import re

import psycopg
from psycopg import conninfo

from dbaudit.errors import ConnectionFailed
from dbaudit.settings.dsn import describe_target, mask_dsn, scrub

APPLICATION_NAME = "dbaudit"
# A server that vanishes (host down, network cut) is noticed in about a minute, not after the
# kernel's two hours: keepalives on an idle wait, tcp_user_timeout (ms) on unacknowledged
# writes. A DSN that sets one of them keeps its own value. Unix sockets ignore them.
TCP_DEFAULTS = {
    "keepalives": "1",
    "keepalives_idle": "30",
    "keepalives_interval": "10",
    "keepalives_count": "3",
    "tcp_user_timeout": "60000",
}
# (words in libpq's message, what is wrong, what to do), first match wins.
_DIAGNOSES = (
    (
        ("password authentication failed", "no password supplied"),
        "authentication failed for {where}",
        "check the user name, and give the password via PGPASSWORD or ~/.pgpass",
    ),
    (
        ('database "',),
        "database not found on {where}",
        "check the database name (psql -l lists them)",
    ),
    (('role "',), "unknown user on {where}", "check the user name"),
    (
        ("translate host name", "name or service not known"),
        "unknown host in {dsn}",
        "check the host name",
    ),
    (
        ("refused", "no such file or directory"),
        "could not connect to {where}",
        "is the server running and accepting connections on that host and port?",
    ),
    (
        ("timeout",),
        "timed out connecting to {where}",
        "check the host, port and any firewall in between",
    ),
)


def _detail(text: str) -> str:
    """The part of libpq's message that says what went wrong, e.g. 'Connection refused'.

    libpq writes 'connection to server at "h" (addr), port p failed: <reason>', sometimes with
    a tab-indented second line that only repeats advice; the reason is what a person needs.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    first = next((line for line in lines if "failed:" in line), lines[0])
    reason = first.rsplit("failed:", 1)[-1].strip() or first
    return re.sub(r"^(FATAL|ERROR):\s+", "", reason)


def _explain(error: psycopg.Error, dsn: str) -> ConnectionFailed:
    """Turn libpq's message into one line saying what is wrong, and a hint saying what to do."""
    text = str(error).strip()
    detail = scrub(_detail(text) or type(error).__name__, dsn)
    if isinstance(error, psycopg.ProgrammingError) or (
        "invalid" in text.lower() and "dsn" in text.lower()
    ):
        return ConnectionFailed(
            f"invalid connection string {mask_dsn(dsn)!r}: {detail}",
            "use postgresql://user@host:5432/dbname or 'host=... dbname=...'",
        )
    names = {"where": describe_target(dsn), "dsn": repr(mask_dsn(dsn))}
    for words, what, hint in _DIAGNOSES:
        if any(w in text.lower() for w in words):
            return ConnectionFailed(f"{what.format(**names)}: {detail}", hint)
    return ConnectionFailed(f"could not connect to {names['where']}: {detail}")


def connect(
    dsn: str,
    *,
    statement_timeout_ms: int,
    lock_timeout_ms: int,
    read_only: bool = True,
    connect_timeout_s: int = 10,
    parallel_workers: int | None = None,
) -> psycopg.Connection[tuple[object, ...]]:
    """Connect with every statement bounded by timeouts; read-only unless asked otherwise;
    `parallel_workers`, if given, caps the server's parallel workers per query."""
    options = f"-c statement_timeout={statement_timeout_ms} -c lock_timeout={lock_timeout_ms}"
    if parallel_workers is not None:
        options += f" -c max_parallel_workers_per_gather={int(parallel_workers)}"
    if read_only:
        # Belt and braces: the scan also opens its transaction READ ONLY explicitly.
        options += " -c default_transaction_read_only=on"
    try:
        return psycopg.connect(
            conninfo.make_conninfo(dsn, **_tcp_defaults(dsn)),
            application_name=APPLICATION_NAME,
            connect_timeout=connect_timeout_s,
            options=options,
        )
    except psycopg.Error as error:
        raise _explain(error, dsn) from None


def _tcp_defaults(dsn: str) -> dict[str, str]:
    """TCP_DEFAULTS less what the DSN sets itself."""
    try:
        given = conninfo.conninfo_to_dict(dsn)
    except psycopg.Error:
        return {}  # psycopg.connect says what is wrong with it
    return {k: v for k, v in TCP_DEFAULTS.items() if k not in given}
