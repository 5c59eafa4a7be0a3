"""Reads what a scan covers through the shared catalog macros, in one query.

Checks query the catalog themselves (through the same macros), so the scan reads no other
snapshot of it: building Python objects for every column, index and constraint cost more
than all the catalog checks together on a 2,000-table schema (bench/).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dbaudit.db.session import ReadOnlySession
from dbaudit.errors import DbauditError
from dbaudit.findings import ScanScope
from dbaudit.sql.template import compile_sql, render_sql

# What a scan reports as its scope, in one round trip. Counting through the macros costs
# little: the planner drops the columns a count does not read.
_SCOPE = (
    "SELECT ARRAY(SELECT DISTINCT t.schema_name FROM ({{ catalog.audited_tables() }}) t"
    " ORDER BY 1) AS schemas,"
    " (SELECT count(*) FROM ({{ catalog.audited_tables() }}) t) AS tables,"
    " (SELECT count(*) FROM ({{ catalog.foreign_keys() }}) fk) AS foreign_keys,"
    " (SELECT count(*) FROM ({{ catalog.indexes() }}) i) AS indexes"
)


# The requested schemas that do not exist, and the ones a user could have meant.
_MISSING_SCHEMAS = (
    "SELECT ARRAY(SELECT s FROM unnest(%(schemas)s::text[]) s"
    "  WHERE NOT EXISTS (SELECT FROM pg_namespace n WHERE n.nspname = s)) AS missing,"
    " ARRAY(SELECT n.nspname::text FROM pg_namespace n"
    "  WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' ORDER BY 1) AS present"
)


def check_schemas_exist(session: ReadOnlySession, schemas: Sequence[str]) -> None:
    """A --schema naming nothing is a typo, not an empty scan that passes."""
    if not schemas:
        return
    row = session.fetch(_MISSING_SCHEMAS, {"schemas": list(schemas)})[0]
    if row["missing"]:
        missing = ", ".join(row["missing"])
        raise DbauditError(
            f"no schema named {missing} in database {session.server.database}",
            "schemas here: " + (", ".join(row["present"]) or "none"),
        )


def read_scope(session: ReadOnlySession, params: Mapping[str, object]) -> ScanScope:
    """The schemas and the number of tables, foreign keys and indexes the scan covers.

    A scan needs only these counts: its checks query the catalog themselves. Reading the
    whole snapshot instead (every column, index and constraint, into Python objects) cost
    more than all the catalog checks together on a 2,000-table schema.
    """
    query = render_sql(compile_sql(_SCOPE), server_version=session.server.version_num)
    row = session.fetch(query, params)[0]
    return ScanScope(
        schemas=tuple(row["schemas"]),
        tables=row["tables"],
        foreign_keys=row["foreign_keys"],
        indexes=row["indexes"],
    )
