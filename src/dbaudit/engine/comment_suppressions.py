"""Suppressions written in the database itself: `dbaudit:ignore` markers in object comments.

    COMMENT ON COLUMN public.fills.order_id IS 'Broker ids. dbaudit:ignore REF002 not ours';

suppresses REF002's finding on that column, as `# noqa: E501` does for a line in ruff. A
marker names check ids or id prefixes (`REF`, `FK001,FK002`), then optionally a reason (after
`:` or `--` when it starts with a capital word). It may sit on a table (every finding on the
table), a column (the findings that name the column), a constraint or an index (the findings
about that constraint or index). The scan reads every marked comment of the tables in scope in
one query; a marker naming no known check is a warning that names the object, never an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from dbaudit.db.session import ReadOnlySession
from dbaudit.engine.selection import did_you_mean
from dbaudit.findings import Finding
from dbaudit.sql.template import compile_sql, render_sql

MARKER = "dbaudit:ignore"
NO_REASON = "no reason given in the comment"

# The marked comments of the audited tables, their columns, constraints and indexes: the
# catalog's comments filtered first (few carry a marker), then resolved to their table. Both
# sides MATERIALIZED: estimated at one row, the marked comments made a nested loop that ran
# the audited tables' subquery once per comment (0.5 s on 2,300 tables and 216 markers).
_MARKED_COMMENTS = (
    "WITH m AS MATERIALIZED ("
    "       SELECT CASE WHEN d.classoid = 'pg_catalog.pg_constraint'::regclass THEN 'constraint'"
    "                   WHEN c.relkind IN ('i', 'I') THEN 'index'"
    "                   WHEN d.objsubid > 0 THEN 'column' ELSE 'table' END AS kind,"
    "              coalesce(con.conrelid, i.indrelid, c.oid) AS table_oid,"
    "              a.attname::text AS column_name,"
    "              coalesce(con.conname::text,"
    "                       CASE WHEN c.relkind IN ('i', 'I') THEN c.relname::text END)"
    "                AS object_name,"
    "              d.description"
    "         FROM pg_catalog.pg_description d"
    "         LEFT JOIN pg_catalog.pg_constraint con"
    "           ON d.classoid = 'pg_catalog.pg_constraint'::regclass AND con.oid = d.objoid"
    "         LEFT JOIN pg_catalog.pg_class c"
    "           ON d.classoid = 'pg_catalog.pg_class'::regclass AND c.oid = d.objoid"
    "         LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid"
    "         LEFT JOIN pg_catalog.pg_attribute a"
    "           ON d.objsubid > 0 AND a.attrelid = c.oid AND a.attnum = d.objsubid"
    "        WHERE d.classoid IN ('pg_catalog.pg_class'::regclass,"
    "                             'pg_catalog.pg_constraint'::regclass)"
    "          AND strpos(lower(d.description), %(comment_marker)s) > 0),"
    " t AS MATERIALIZED ({{ catalog.audited_tables() }})"
    " SELECT t.schema_name, t.table_name, m.kind, m.column_name, m.object_name, m.description"
    " FROM m JOIN t ON t.table_oid = m.table_oid"
    " WHERE m.kind <> 'column' OR m.column_name IS NOT NULL"
    " ORDER BY 1, 2, 3, 4, 5"
)

_MARKER_AT = re.compile(re.escape(MARKER), re.IGNORECASE)
_TOKEN = re.compile(r"[\s,]*([A-Za-z]+[0-9]*)(?=[\s,:]|$)")
# A prefix must be in capitals (a reason's first word is not); a whole id may be in any case.
_SELECTOR = re.compile(r"[A-Z]{2,8}[0-9]{0,3}|[A-Za-z]{2,8}[0-9]{3}")
_REASON_LEAD = re.compile("^[\\s:\u2014\u2013-]+")  # spaces, colons, dashes


@dataclass(frozen=True)
class Marker:
    """One `dbaudit:ignore` of a comment: the ids or prefixes it names, and its reason."""

    selectors: tuple[str, ...]
    reason: str | None


def parse_markers(comment: str) -> list[Marker]:
    """Every marker of a comment; each one's reason runs to the end of its line."""
    markers = []
    for found in _MARKER_AT.finditer(comment):
        rest = comment[found.end() :].split("\n", 1)[0]
        following = _MARKER_AT.search(rest)
        rest = rest[: following.start()] if following else rest
        selectors, position = [], 0
        while (token := _TOKEN.match(rest, position)) and _SELECTOR.fullmatch(token[1]):
            selectors.append(token[1].upper())
            position = token.end()
        reason = _REASON_LEAD.sub("", rest[position:]).strip()
        markers.append(Marker(tuple(dict.fromkeys(selectors)), reason or None))
    return markers


@dataclass(frozen=True)
class CommentedObject:
    """The object a comment is on: a table, or a column, constraint or index of one."""

    kind: str  # table, column, constraint, index
    schema: str
    table: str
    column: str | None = None
    name: str | None = None  # the constraint's or the index's

    def describe(self) -> str:
        """As COMMENT ON names it: `column public.fills.order_id`."""
        table = f"{self.schema}.{self.table}"
        if self.kind == "column":
            return f"column {table}.{self.column}"
        if self.kind == "constraint":
            return f"constraint {self.name} on {table}"
        if self.kind == "index":
            return f"index {self.schema}.{self.name} (on {table})"
        return f"table {table}"

    def covers(self, finding: Finding) -> bool:
        target = finding.object
        if (target.schema, target.table) != (self.schema, self.table):
            return False
        if self.kind == "column":
            return self.column in target.columns
        if self.kind in ("constraint", "index"):
            return target.name == self.name
        return True


@dataclass(frozen=True)
class CommentSuppression:
    """A marker's suppression of the findings of some checks on one object."""

    selectors: tuple[str, ...]  # check ids and id prefixes, each naming a known check
    on: CommentedObject
    given_reason: str | None

    @property
    def reason(self) -> str:
        return self.given_reason or NO_REASON

    @property
    def source(self) -> str:
        return f"comment on {self.on.describe()}"

    def matches(self, finding: Finding) -> bool:
        return finding.check_id.startswith(self.selectors) and self.on.covers(finding)


def suppressions_from_comments(
    rows: Iterable[Mapping[str, str | None]], check_ids: Sequence[str]
) -> tuple[list[CommentSuppression], list[str]]:
    """The suppressions the marked comments give, and a warning per marker part that names
    no check of the catalog (that part suppresses nothing; the rest of the marker does)."""
    rules: list[CommentSuppression] = []
    warnings: list[str] = []
    prefixes = {re.sub(r"[0-9]+$", "", check_id) for check_id in check_ids}
    for row in rows:
        on = CommentedObject(
            kind=str(row["kind"]),
            schema=str(row["schema_name"]),
            table=str(row["table_name"]),
            column=row["column_name"],
            name=row["object_name"],
        )
        for marker in parse_markers(str(row["description"])):
            known = [s for s in marker.selectors if any(c.startswith(s) for c in check_ids)]
            for unknown in (s for s in marker.selectors if s not in known):
                hint = did_you_mean(unknown, [*check_ids, *prefixes])
                warnings.append(
                    f"the comment on {on.describe()} names {unknown} after {MARKER}, "
                    f"which is no check id or prefix{f' ({hint})' if hint else ''}: "
                    "it suppresses nothing"
                )
            if not marker.selectors:
                warnings.append(
                    f"the comment on {on.describe()} has {MARKER} with no check id after it "
                    f"(write `{MARKER} REF002 the reason`): it suppresses nothing"
                )
            if known:
                rules.append(CommentSuppression(tuple(known), on, marker.reason))
    return rules, warnings


def read_comment_suppressions(
    session: ReadOnlySession, params: Mapping[str, object], check_ids: Sequence[str]
) -> tuple[list[CommentSuppression], list[str]]:
    """The suppressions of the audited tables' comments, in one query (the scope's params)."""
    query = render_sql(compile_sql(_MARKED_COMMENTS), server_version=session.server.version_num)
    rows = session.fetch(query, {**params, "comment_marker": MARKER})
    return suppressions_from_comments(rows, check_ids)
