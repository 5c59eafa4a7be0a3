"""Connection strings as they may be shown: passwords masked, a short name for the target.

A password must not be printed however the DSN is written: as a URI (its password raw, with
a `/` or `@` in it that libpq would misread, or percent-encoded, or `?password=`), as
key=value pairs (quoted, with escapes and spaces, anywhere in the string), with leading
spaces (libpq then reads a URI as key=value and fails, quoting it). The masks below read the
string conservatively: in a URI, everything from the user's `:` to the last `@` is the
password. What libpq itself reads as the password, where it parses the string, is masked
too, wherever it appears.
"""

from __future__ import annotations

import os
import re
from urllib.parse import unquote

import psycopg
from psycopg import conninfo

_MASK = "***"
_URI_START = re.compile(r"^\s*[A-Za-z][A-Za-z0-9+.-]*://")
# A key=value password: quoted (to the closing quote, or the end if there is none) or bare
# (to the first unescaped space; libpq reads a backslash as an escape in both).
_PARAM_PASSWORD = re.compile(
    r"(\bpassword\s*=\s*)('(?:[^'\\]|\\.|\\$)*'?|(?:[^\s'\\]|\\.|\\$)(?:[^\s\\]|\\.|\\$)*)",
    re.IGNORECASE | re.DOTALL,
)
_QUERY_PASSWORD = re.compile(r"([?&]password=)([^&#]*)", re.IGNORECASE)
_SEPARATORS = re.compile(r"[@/:?#&\s]+")


def _uri_password_span(dsn: str) -> tuple[int, int] | None:
    """Where a URI's password is, read conservatively: from the `:` of user:password to the
    last `@` (a raw `@` or `/` in the password still ends up inside)."""
    start = _URI_START.match(dsn)
    if not start:
        return None
    at = dsn.rfind("@", start.end())
    colon = dsn.find(":", start.end(), at) if at >= 0 else -1
    return (colon + 1, at) if colon >= 0 else None


def mask_dsn(dsn: str) -> str:
    """The DSN as it may be shown: any password replaced, the rest kept as the user wrote it."""
    span = _uri_password_span(dsn)
    masked = dsn[: span[0]] + _MASK + dsn[span[1] :] if span else dsn
    if _URI_START.match(dsn):
        masked = _QUERY_PASSWORD.sub(lambda m: m.group(1) + _MASK, masked)
    else:
        masked = _PARAM_PASSWORD.sub(lambda m: m.group(1) + _MASK, masked)
    # What libpq reads from the masked string: a password other than the mask got past the
    # patterns above (a form they do not know), so it goes wherever it appears.
    for secret in _parsed_passwords(masked):
        if secret != _MASK:
            masked = masked.replace(secret, _MASK)
    return masked


def _parsed_passwords(dsn: str) -> list[str]:
    """The password libpq reads from the DSN, if it parses and has one."""
    try:
        value = conninfo.conninfo_to_dict(dsn).get("password")
    except (psycopg.ProgrammingError, UnicodeError):
        return []
    return [str(value)] if value else []


def _unescape(value: str) -> str:
    if value.startswith("'"):
        value = value[1:-1] if len(value) > 1 and value.endswith("'") else value[1:]
    return re.sub(r"\\(.)", r"\1", value)


def _written_passwords(dsn: str) -> set[str]:
    """Every text that may be the password or a piece of it, as written and as decoded."""
    found: set[str] = set(_parsed_passwords(dsn))
    span = _uri_password_span(dsn)
    if span:
        found.add(dsn[span[0] : span[1]])
    if _URI_START.match(dsn):
        found.update(m.group(2) for m in _QUERY_PASSWORD.finditer(dsn))
    else:
        found.update(m.group(2) for m in _PARAM_PASSWORD.finditer(dsn))
    found.update([_unescape(v) for v in found] + [unquote(v) for v in found])
    # libpq misreads a raw @ or / in a URI's password and may quote a piece of it (as a
    # host name, say): pieces long enough to identify it go too.
    found.update(p for v in list(found) for p in _SEPARATORS.split(v) if len(p) >= 3)
    return {v for v in found if v}


def describe_target(dsn: str) -> str:
    """A short, password-free name for the server and database, e.g. 'app@db.internal:5432'."""
    try:
        params = conninfo.conninfo_to_dict(dsn)
    except (psycopg.ProgrammingError, UnicodeError):
        return mask_dsn(dsn)
    span = _uri_password_span(dsn)
    if span and re.search("[@/]", dsn[span[0] : span[1]]):
        return mask_dsn(dsn)  # libpq misreads a raw @ or /: its host may be the password
    host = str(params.get("host") or os.environ.get("PGHOST") or "localhost")
    port = str(params.get("port") or os.environ.get("PGPORT") or "5432")
    dbname = str(params.get("dbname") or os.environ.get("PGDATABASE") or "")
    return scrub(f"{dbname}@{host}:{port}" if dbname else f"{host}:{port}", dsn)


def password_of(dsn: str) -> str | None:
    passwords = _parsed_passwords(dsn)
    return passwords[0] if passwords else None


def scrub(text: str, dsn: str) -> str:
    """Text about the DSN (an error message) with anything that may be its password masked."""
    for secret in sorted(_written_passwords(dsn), key=len, reverse=True):
        text = text.replace(secret, _MASK)
    return mask_dsn(text)


# A database name alone, as psql takes one (`dbaudit scan app`): no `=`, no scheme, no spaces.
_BARE_NAME = re.compile(r"^[^\s=/:'\\]+$")


def expand_dsn(dsn: str) -> str:
    """`app` as `dbname=app`; any other connection string as it is."""
    if _BARE_NAME.match(dsn):
        return conninfo.make_conninfo(dbname=dsn)
    return dsn
