"""The SQL idioms the checks' `fix:` steps share, called as `fix.<name>(...)` in their templates
(one place for each idiom). Every argument is a raw name or a list of names; quoting happens
here, and each returns Markup, which the SQL templates print as SQL.

Python functions, not Jinja macros: a scan of a large catalog calls them ~70,000 times, and a
Jinja macro call cost ~10 µs of argument binding before its body ran (a third of the time
spent building that scan's findings); these cost about one.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace

from markupsafe import Markup

from dbaudit.sql.quote import (
    derived_name,
    derived_raw_name,
    escaped_literal,
    idents,
    keyword,
    literal,
    qualified,
    quote_ident,
)


def constraint_exists(schema: str, table: str, name: str, and_where: str = "") -> Markup:
    """True when table.constraint exists (and, if given, satisfies `and_where`, a condition
    on pg_constraint written in a shipped check file)."""
    condition = f" AND {and_where}" if and_where else ""
    return Markup(
        f"EXISTS (SELECT FROM pg_constraint WHERE conrelid = "
        f"{literal(qualified(schema, table))}::regclass AND conname = {literal(name)}{condition})"
    )


def orphans_where(
    schema: str,
    table: str,
    columns: Sequence[str],
    ref_schema: str,
    ref_table: str,
    ref_columns: Sequence[str],
) -> Markup:
    """Rows of the child (aliased `child`) whose non-NULL key has no parent row."""
    not_null = "".join(f"child.{quote_ident(c)} IS NOT NULL AND " for c in columns)
    match = " AND ".join(
        f"parent.{quote_ident(ref_columns[i])} = child.{quote_ident(c)}"
        for i, c in enumerate(columns)
    )
    return Markup(
        f"{not_null}NOT EXISTS (SELECT FROM {qualified(ref_schema, ref_table)} AS parent "
        f"WHERE {match})"
    )


def orphans_exist(
    schema: str,
    table: str,
    columns: Sequence[str],
    ref_schema: str,
    ref_table: str,
    ref_columns: Sequence[str],
) -> Markup:
    where = orphans_where(schema, table, columns, ref_schema, ref_table, ref_columns)
    return Markup(f"EXISTS (SELECT FROM {qualified(schema, table)} AS child WHERE {where})")


def rows_remain(schema: str, table: str, where: str, what: str, see: str) -> Markup:
    """Why a step waits, as SQL text or NULL: `3 <what> remain, see <see>` while rows of the
    table match `where` (a condition written in a shipped check file, or by a fragment)."""
    return Markup(
        f"(SELECT count(*) || {escaped_literal(f' {what} remain, see {see}')} "
        f"FROM {qualified(schema, table)} AS child WHERE {where} HAVING count(*) > 0)"
    )


def orphans_remain(
    schema: str,
    table: str,
    columns: Sequence[str],
    ref_schema: str,
    ref_table: str,
    ref_columns: Sequence[str],
) -> Markup:
    where = orphans_where(schema, table, columns, ref_schema, ref_table, ref_columns)
    return rows_remain(schema, table, where, "orphan row(s)", "REF001")


def add_foreign_key(
    schema: str,
    table: str,
    name: str,
    columns: Sequence[str],
    ref_schema: str,
    ref_table: str,
    ref_columns: Sequence[str],
    on_delete: str = "",
) -> Markup:
    """Add a foreign key NOT VALID: instant, enforced for new rows at once; validated later."""
    policy = f" ON DELETE {keyword(on_delete)}" if on_delete else ""
    return Markup(
        f"ALTER TABLE {qualified(schema, table)}\n"
        f"  ADD CONSTRAINT {quote_ident(name)} FOREIGN KEY ({idents(columns)})\n"
        f"  REFERENCES {qualified(ref_schema, ref_table)} ({idents(ref_columns)}){policy} "
        "NOT VALID;"
    )


def add_positive_check(schema: str, table: str, column: str, allow_zero: bool = False) -> Markup:
    """The CHECK of a quantity or price column: VAL001 and VAL002 propose the same. > 0, or
    >= 0 where zero is a legitimate value (a fee, a discount, a free plan's price)."""
    name, bound = ("non_negative", ">= 0") if allow_zero else ("positive", "> 0")
    return Markup(
        f"ALTER TABLE {qualified(schema, table)}\n"
        f"  ADD CONSTRAINT {derived_name(table, [column], name)} "
        f"CHECK ({quote_ident(column)} {bound}) NOT VALID;"
    )


def positive_check_exists(schema: str, table: str, column: str, allow_zero: bool = False) -> Markup:
    name = "non_negative" if allow_zero else "positive"
    return constraint_exists(schema, table, derived_raw_name(table, [column], name))


FIX_FRAGMENTS = SimpleNamespace(
    constraint_exists=constraint_exists,
    orphans_where=orphans_where,
    orphans_exist=orphans_exist,
    rows_remain=rows_remain,
    orphans_remain=orphans_remain,
    add_foreign_key=add_foreign_key,
    add_positive_check=add_positive_check,
    positive_check_exists=positive_check_exists,
)
