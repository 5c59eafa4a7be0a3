"""The workload as the checks see it: one row per normalized statement from pg_stat_statements,
and one row per (statement, table, column, role) the parser found in it.

The facts reach the checks' SQL as array bind parameters (`wl_*` per statement, `wlf_*` per
fact), which the shared macros `catalog.workload_statements()` and `catalog.workload_facts()`
unnest: the checks stay SQL files, and the statement texts are read and parsed once per scan.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class StatementKind(StrEnum):
    SELECT = "select"
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    OTHER = "other"  # utility statements, set operations at the top, anything else


class Role(StrEnum):
    """How a statement uses a table or one of its columns."""

    READ = "read"  # the table is read (column is None)
    # the table is the target of an INSERT/UPDATE/DELETE (column None), or a column of the
    # INSERT's column list (position: its place in the list)
    WRITE = "write"
    EQ = "eq"  # column = value (a parameter, a constant, an outer column)
    RANGE = "range"  # column <, <=, >, >= value, BETWEEN
    IN = "in"  # column IN (...), column = ANY(...)
    JOIN = "join"  # column = other_table.column in a join condition or the WHERE
    ORDER = "order"  # ORDER BY column (position = its place in the ORDER BY)
    IS_NULL = "is_null"  # column IS NULL: a constant predicate, the same in every call
    NOT_NULL = "not_null"  # column IS NOT NULL
    IS_TRUE = "is_true"  # a bare boolean column: WHERE is_active
    IS_FALSE = "is_false"  # NOT column


# Roles whose predicate is the same in every call (pg_stat_statements replaces every literal
# with $n, so `status = 'pending'` is `status = $1`: only these survive normalization).
CONSTANT_ROLES = frozenset({Role.IS_NULL, Role.NOT_NULL, Role.IS_TRUE, Role.IS_FALSE})


@dataclass(frozen=True)
class Fact:
    """One use of a table (column None) or of a column. `schema` is None when the statement
    names the table without one (the search path decides, in SQL). An unqualified column in
    a statement over several tables gives one fact per table: the catalog keeps the table
    that has the column."""

    schema: str | None
    table: str
    column: str | None
    role: Role
    position: int = 0  # ORDER BY or INSERT column list position, 1-based; else 0


@dataclass(frozen=True)
class Shape:
    """What the parser read in a statement's text."""

    kind: StatementKind
    facts: tuple[Fact, ...] = ()
    # a SELECT with nothing but reading: no locking clause, no data-modifying CTE, no INTO
    plain_select: bool = False
    has_limit: bool = False
    values_rows: int | None = None  # INSERT ... VALUES: the number of rows; None otherwise
    on_conflict: bool = False
    has_where: bool = False  # UPDATE/DELETE (and SELECT): whether there is a WHERE


@dataclass(frozen=True)
class Statement:
    """A normalized statement's counters (summed over its pg_stat_statements entries)."""

    queryid: int
    query: str
    calls: int
    rows: int
    total_ms: float
    shape: Shape

    @property
    def mean_ms(self) -> float:
        return self.total_ms / self.calls if self.calls else 0.0


@dataclass(frozen=True)
class Workload:
    statements: tuple[Statement, ...] = ()
    read: int = 0  # statements read from pg_stat_statements
    unparsed: int = 0  # of them, the texts the parser could not read (left out)

    def as_params(self) -> dict[str, object]:
        """The bind parameters the workload macros unnest, one array per column."""
        s = self.statements
        facts = [(st.queryid, f) for st in s for f in st.shape.facts]
        return {
            "wl_queryid": [st.queryid for st in s],
            "wl_query": [st.query for st in s],
            "wl_kind": [st.shape.kind.value for st in s],
            "wl_calls": [st.calls for st in s],
            "wl_rows": [st.rows for st in s],
            "wl_total_ms": [st.total_ms for st in s],
            "wl_plain_select": [st.shape.plain_select for st in s],
            "wl_has_limit": [st.shape.has_limit for st in s],
            "wl_values_rows": [st.shape.values_rows for st in s],
            "wl_on_conflict": [st.shape.on_conflict for st in s],
            "wl_has_where": [st.shape.has_where for st in s],
            "wlf_queryid": [q for q, _ in facts],
            "wlf_schema": [f.schema for _, f in facts],
            "wlf_table": [f.table for _, f in facts],
            "wlf_column": [f.column for _, f in facts],
            "wlf_role": [f.role.value for _, f in facts],
            "wlf_position": [f.position for _, f in facts],
            "wl_read": self.read,
            "wl_unparsed": self.unparsed,
        }


# Every check may name these parameters; a scan without statement statistics binds them empty.
EMPTY_WORKLOAD_PARAMS = Workload().as_params()
