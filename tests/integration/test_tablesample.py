"""heuristics.tablesample_above_rows: counting checks read a sample of large tables, and say so."""

from __future__ import annotations

from dataclasses import replace

from dbaudit.checks.loader import load_catalog
from dbaudit.engine.scan import scan_database
from dbaudit.findings import Finding
from dbaudit.settings.model import Heuristics, ScanSettings
from tests.conftest import TestDatabase

CHECKS = [c for c in load_catalog() if c.id in {"REF001", "VAL001", "TIME001"}]
SCHEMA = """
CREATE TABLE orders (id int PRIMARY KEY);
INSERT INTO orders SELECT g FROM generate_series(1, 100) g;
-- 20,000 fills: every 10th references a missing order, every 20th has quantity 0,
-- every 40th was filled in the future
CREATE TABLE fills (id int PRIMARY KEY, order_id int, quantity numeric(12, 2),
                    filled_at timestamptz);
INSERT INTO fills
SELECT g, CASE WHEN g % 10 = 0 THEN 1000 + g ELSE 1 + g % 100 END,
       CASE WHEN g % 20 = 0 THEN 0 ELSE 1 END,
       now() - interval '1 day' + CASE WHEN g % 40 = 0 THEN interval '3 days' ELSE '0' END
  FROM generate_series(1, 20000) g;
ANALYZE orders, fills;
"""


def _scan(database: TestDatabase, above_rows: int) -> dict[str, Finding]:
    heuristics = replace(Heuristics(), tablesample_above_rows=above_rows, tablesample_percent=50)
    result = scan_database(replace(ScanSettings(dsn=database.dsn), heuristics=heuristics), CHECKS)
    assert result.errors == ()
    return {f.check_id: f for f in result.findings}


def test_counts_are_exact_unless_asked(database: TestDatabase) -> None:
    database.load(SCHEMA)
    found = _scan(database, above_rows=0)
    assert dict(found["REF001"].evidence)["orphan_count"] == 2000
    assert dict(found["VAL001"].evidence)["invalid_count"] == 1000
    assert dict(found["TIME001"].evidence)["future_count"] == 500
    assert all("TABLESAMPLE" not in f.message for f in found.values())
    assert all("sampled_percent" not in dict(f.evidence) for f in found.values())


def test_a_large_table_is_sampled_and_the_finding_says_so(database: TestDatabase) -> None:
    database.load(SCHEMA)
    found = _scan(database, above_rows=10_000)
    for check, name, exact in (
        ("REF001", "orphan_count", 2000),
        ("VAL001", "invalid_count", 1000),
        ("TIME001", "future_count", 500),
    ):
        evidence = dict(found[check].evidence)
        assert evidence["sampled_percent"] == 50
        counted = evidence[name]
        assert isinstance(counted, int)
        assert 0 < counted < exact  # about half the pages, not all of them
        assert "Counted in a 50% TABLESAMPLE of its ~20,000 rows" in found[check].message
    # REPEATABLE: the same pages each scan, so a baseline compares like with like.
    again = _scan(database, above_rows=10_000)
    assert [f.evidence for f in again.values()] == [f.evidence for f in found.values()]


def test_a_table_below_the_threshold_is_counted_whole(database: TestDatabase) -> None:
    database.load(SCHEMA)
    found = _scan(database, above_rows=50_000)
    assert dict(found["REF001"].evidence)["orphan_count"] == 2000
    assert "TABLESAMPLE" not in found["REF001"].message
