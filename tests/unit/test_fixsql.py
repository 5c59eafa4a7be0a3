"""The fix fragments quote every name they are given, whatever it holds."""

from __future__ import annotations

import pytest

from dbaudit.sql import fragments as fixsql
from dbaudit.sql.quote import UnsafeValueError


def test_constraint_exists_quotes_names_and_literals() -> None:
    assert fixsql.constraint_exists('Sales "Ops"', "o'rders", "it's_fk", "convalidated") == (
        "EXISTS (SELECT FROM pg_constraint WHERE conrelid = "
        + '\'"Sales ""Ops"""."o\'\'rders"\'::regclass'
        + " AND conname = 'it''s_fk' AND convalidated)"
    )


def test_orphans_exist_pairs_each_column_with_its_parent_column() -> None:
    sql = fixsql.orphans_exist("s", "fills", ["a", "B"], "p", "Orders", ["x", "y"])
    assert sql == (
        'EXISTS (SELECT FROM "s"."fills" AS child WHERE child."a" IS NOT NULL AND '
        'child."B" IS NOT NULL AND NOT EXISTS (SELECT FROM "p"."Orders" AS parent '
        'WHERE parent."x" = child."a" AND parent."y" = child."B"))'
    )


def test_add_foreign_key_takes_only_vetted_keywords() -> None:
    assert fixsql.add_foreign_key("s", "t", "t_fk", ["a"], "s", "p", ["id"], "set null") == (
        'ALTER TABLE "s"."t"\n'
        '  ADD CONSTRAINT "t_fk" FOREIGN KEY ("a")\n'
        '  REFERENCES "s"."p" ("id") ON DELETE SET NULL NOT VALID;'
    )
    with pytest.raises(UnsafeValueError):
        fixsql.add_foreign_key("s", "t", "t_fk", ["a"], "s", "p", ["id"], "CASCADE; DROP")


def test_positive_check_names_fit_postgres_limits() -> None:
    table = "t" * 70
    sql = fixsql.add_positive_check("s", table, "qty")
    name = sql.split("ADD CONSTRAINT ")[1].split(" CHECK")[0]
    assert len(name.strip('"').encode()) <= 63
    assert name.strip('"') in fixsql.positive_check_exists("s", table, "qty")
