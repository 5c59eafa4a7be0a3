"""The introspection snapshot: what the catalog says about the audited tables, read once."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Table:
    schema: str
    name: str
    is_partitioned: bool
    estimated_rows: int
    total_bytes: int


@dataclass(frozen=True)
class Column:
    schema: str
    table: str
    name: str
    data_type: str  # as format_type() prints it, e.g. "numeric(18,8)"
    base_type: str  # the underlying type's name, domains resolved, e.g. "numeric"
    type_modifier: int  # -1 when unbounded
    is_not_null: bool
    default_expression: str | None
    is_identity: bool


@dataclass(frozen=True)
class ForeignKey:
    schema: str
    table: str
    name: str
    columns: tuple[str, ...]
    ref_schema: str
    ref_table: str
    ref_columns: tuple[str, ...]
    on_delete: str
    on_update: str
    is_deferrable: bool
    is_initially_deferred: bool
    is_validated: bool
    is_enforced: bool
    triggers_enabled: bool
    is_nullable: bool


@dataclass(frozen=True)
class Index:
    schema: str
    table: str
    name: str
    key_columns: tuple[str | None, ...]  # None for an expression
    include_columns: tuple[str, ...]
    method: str
    is_unique: bool
    is_primary: bool
    is_valid: bool
    predicate: str | None
    nulls_not_distinct: bool


@dataclass(frozen=True)
class Constraint:
    schema: str
    table: str
    name: str
    type: str  # PRIMARY KEY, UNIQUE, CHECK, EXCLUDE
    columns: tuple[str, ...]
    is_validated: bool
    definition: str


@dataclass(frozen=True)
class Snapshot:
    server_version_num: int
    tables: tuple[Table, ...]
    columns: tuple[Column, ...]
    foreign_keys: tuple[ForeignKey, ...]
    indexes: tuple[Index, ...]
    constraints: tuple[Constraint, ...]

    @property
    def schemas(self) -> tuple[str, ...]:
        return tuple(sorted({t.schema for t in self.tables}))

    def table(self, schema: str, name: str) -> Table | None:
        return next((t for t in self.tables if t.schema == schema and t.name == name), None)
