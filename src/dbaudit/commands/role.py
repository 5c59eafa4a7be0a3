"""`dbaudit role-sql`: the SQL that creates a dedicated, least-privileged role for scans.

A scan reads the catalog, every audited table (data checks) and the statistics views
(operations checks); it writes nothing. pg_read_all_data (PostgreSQL 14+) gives SELECT on
every table and USAGE on every schema, without ownership; pg_read_all_stats lets
pg_stat_activity and pg_stat_statements show every role's sessions and statements;
pg_monitor adds the settings only a superuser may otherwise read. A superuser would also
run, with its privileges, whatever a hostile database's owner planted for it.
"""

from __future__ import annotations

import re

from dbaudit.engine.exitcodes import ExitCode
from dbaudit.errors import ConfigError
from dbaudit.sql.quote import MAX_IDENTIFIER_BYTES, quote_ident

DEFAULT_ROLE = "dbaudit"
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def role_sql(role: str = DEFAULT_ROLE) -> str:
    """The script, for psql; `role` is quoted as an identifier wherever it appears."""
    if not role or _CONTROL.search(role):
        raise ConfigError(
            "the role name is empty or holds a control character", "give --role a plain name"
        )
    if len(role.encode()) > MAX_IDENTIFIER_BYTES:
        raise ConfigError(
            f"the role name is {len(role.encode())} bytes long; PostgreSQL keeps 63 at most",
            "give --role a shorter name",
        )
    name = quote_ident(role)
    return f"""\
-- A role for dbaudit scans: reads every table and the statistics, writes nothing.
-- Run as a superuser (or a role with CREATEROLE): psql -v ON_ERROR_STOP=1 -f role.sql
CREATE ROLE {name} LOGIN;
GRANT pg_read_all_data, pg_read_all_stats, pg_monitor TO {name};
-- Its sessions start read-only too (a scan's transaction is read-only anyway).
ALTER ROLE {name} SET default_transaction_read_only = on;
-- Then give it a password (psql: \\password {name}) or a pg_hba.conf entry, and scan as it.
-- PostgreSQL 13 has no pg_read_all_data; there, for each audited schema:
--   GRANT USAGE ON SCHEMA <schema> TO {name};
--   GRANT SELECT ON ALL TABLES IN SCHEMA <schema> TO {name};
"""


def print_role_sql(role: str) -> ExitCode:
    print(role_sql(role), end="")
    return ExitCode.OK
