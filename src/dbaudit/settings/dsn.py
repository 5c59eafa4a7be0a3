"""Connection strings as they may be shown: passwords masked, a short name for the target."""

from __future__ import annotations

import os
import re

import psycopg
from psycopg import conninfo

_MASK = "***"
_URI_PASSWORD = re.compile(r"^(\w+://[^/@:]*:)([^@/]*)@")
_PARAM_PASSWORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)


def mask_dsn(dsn: str) -> str:
    """The DSN as it may be shown: any password replaced, the rest kept as the user wrote it."""
    masked = _URI_PASSWORD.sub(lambda m: m.group(1) + _MASK + "@", dsn)
    return _PARAM_PASSWORD.sub(lambda m: m.group(1) + _MASK, masked)


def describe_target(dsn: str) -> str:
    """A short, password-free name for the server and database, e.g. 'app@db.internal:5432'."""
    try:
        params = conninfo.conninfo_to_dict(dsn)
    except psycopg.ProgrammingError:
        return mask_dsn(dsn)
    host = str(params.get("host") or os.environ.get("PGHOST") or "localhost")
    port = str(params.get("port") or os.environ.get("PGPORT") or "5432")
    dbname = str(params.get("dbname") or os.environ.get("PGDATABASE") or "")
    return f"{dbname}@{host}:{port}" if dbname else f"{host}:{port}"


def password_of(dsn: str) -> str | None:
    try:
        value = conninfo.conninfo_to_dict(dsn).get("password")
    except psycopg.ProgrammingError:
        return None
    return str(value) if value else None


def scrub(text: str, dsn: str) -> str:
    password = password_of(dsn)
    if password:
        text = text.replace(password, _MASK)
    return mask_dsn(text)


# A database name alone, as psql takes one (`dbaudit scan app`): no `=`, no scheme, no spaces.
_BARE_NAME = re.compile(r"^[^\s=/:'\\]+$")


def expand_dsn(dsn: str) -> str:
    """`app` as `dbname=app`; any other connection string as it is."""
    if _BARE_NAME.match(dsn):
        return conninfo.make_conninfo(dbname=dsn)
    return dsn
