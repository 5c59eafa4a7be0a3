"""Reads the introspection snapshot through the shared catalog macros, one query per kind."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dbaudit.catalog.snapshot import Column, Constraint, ForeignKey, Index, Snapshot, Table
from dbaudit.db.session import ReadOnlySession
from dbaudit.findings import ScanScope
from dbaudit.sqltemplate import compile_sql, render_sql

_QUERIES = {
    "tables": "SELECT schema_name, table_name, is_partitioned, estimated_rows, total_bytes"
    " FROM ({{ catalog.audited_tables() }}) t ORDER BY 1, 2",
    "columns": "SELECT schema_name, table_name, column_name, data_type, base_type,"
    " type_modifier, is_not_null, default_expression, is_identity"
    " FROM ({{ catalog.columns() }}) c ORDER BY schema_name, table_name, column_attnum",
    "foreign_keys": "SELECT * FROM ({{ catalog.foreign_keys() }}) fk"
    " ORDER BY schema_name, table_name, constraint_name",
    "indexes": "SELECT * FROM ({{ catalog.indexes() }}) i"
    " ORDER BY schema_name, table_name, index_name",
    "constraints": "SELECT * FROM ({{ catalog.constraints() }}) c"
    " ORDER BY schema_name, table_name, constraint_name",
}


# What a scan reports as its scope, in one round trip. Counting through the macros costs
# little: the planner drops the columns a count does not read.
_SCOPE = (
    "SELECT ARRAY(SELECT DISTINCT t.schema_name FROM ({{ catalog.audited_tables() }}) t"
    " ORDER BY 1) AS schemas,"
    " (SELECT count(*) FROM ({{ catalog.audited_tables() }}) t) AS tables,"
    " (SELECT count(*) FROM ({{ catalog.foreign_keys() }}) fk) AS foreign_keys,"
    " (SELECT count(*) FROM ({{ catalog.indexes() }}) i) AS indexes"
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


def read_snapshot(session: ReadOnlySession, params: Mapping[str, object]) -> Snapshot:
    version = session.server.version_num

    def rows(kind: str) -> list[dict[str, Any]]:
        query = render_sql(compile_sql(_QUERIES[kind]), server_version=version)
        return session.fetch(query, params)

    return Snapshot(
        server_version_num=version,
        tables=tuple(
            Table(
                r["schema_name"],
                r["table_name"],
                r["is_partitioned"],
                r["estimated_rows"],
                r["total_bytes"],
            )
            for r in rows("tables")
        ),
        columns=tuple(
            Column(
                r["schema_name"],
                r["table_name"],
                r["column_name"],
                r["data_type"],
                r["base_type"],
                r["type_modifier"],
                r["is_not_null"],
                r["default_expression"],
                r["is_identity"],
            )
            for r in rows("columns")
        ),
        foreign_keys=tuple(
            ForeignKey(
                r["schema_name"],
                r["table_name"],
                r["constraint_name"],
                tuple(r["column_names"]),
                r["ref_schema_name"],
                r["ref_table_name"],
                tuple(r["ref_column_names"]),
                r["on_delete"],
                r["on_update"],
                r["is_deferrable"],
                r["is_initially_deferred"],
                r["is_validated"],
                r["is_enforced"],
                r["triggers_enabled"],
                r["is_nullable"],
            )
            for r in rows("foreign_keys")
        ),
        indexes=tuple(
            Index(
                r["schema_name"],
                r["table_name"],
                r["index_name"],
                tuple(r["key_column_names"]),
                tuple(r["include_column_names"]),
                r["method"],
                r["is_unique"],
                r["is_primary"],
                r["is_valid"],
                r["predicate"],
                r["nulls_not_distinct"],
            )
            for r in rows("indexes")
        ),
        constraints=tuple(
            Constraint(
                r["schema_name"],
                r["table_name"],
                r["constraint_name"],
                r["constraint_type"],
                tuple(r["column_names"]),
                r["is_validated"],
                r["definition"],
            )
            for r in rows("constraints")
        ),
    )
