"""NUM001 measures what an unbounded numeric holds and proposes a type from it."""

from __future__ import annotations

from dataclasses import replace

import psycopg

from dbaudit.checks.loader import load_catalog
from dbaudit.engine.scan import scan_database
from dbaudit.findings import Finding
from dbaudit.settings.model import ScanSettings
from tests.conftest import TestDatabase

NUM001 = [c for c in load_catalog() if c.id == "NUM001"]
SCHEMA = """
CREATE TABLE "Fills" (id int PRIMARY KEY, price numeric, "Qty" numeric, score numeric,
                      fee numeric);
INSERT INTO "Fills" VALUES
  (1, 123456789012345.5, 0.0000000001, 0.25, NULL),
  (2, -7.25, 3, 'NaN', NULL);
"""


def _findings(database: TestDatabase, *, read_data: bool) -> dict[str, Finding]:
    settings = replace(ScanSettings(dsn=database.dsn), data_checks=read_data)
    result = scan_database(settings, NUM001)
    assert result.errors == ()
    return {f.object.columns[0]: f for f in result.findings}


def test_the_proposal_leaves_room_above_what_the_data_holds(database: TestDatabase) -> None:
    database.load(SCHEMA)
    found = _findings(database, read_data=True)
    assert sorted(found) == ["Qty", "fee", "price", "score"]
    price, qty, fee, score = found["price"], found["Qty"], found["fee"], found["score"]
    # 15 integer digits + 4 of room, and at least 8 decimals (the data has 2: -7.25).
    assert dict(price.evidence) == {"max_scale": 2, "max_integer_digits": 15}
    assert "Proposed: numeric(27, 8)." in price.message
    assert "TYPE numeric(27, 8);" in price.fix[0].sql
    # 10 decimals in the data: the scale follows it, never rounding a stored value.
    assert dict(qty.evidence) == {"max_scale": 10, "max_integer_digits": 1}
    assert "Proposed: numeric(22, 10)." in qty.message
    # No value yet: the default.
    assert "It holds no value yet." in fee.message
    assert "Proposed: numeric(20, 8)." in fee.message
    # Unknown unit: what it holds, no type (NaN is left out of the digits).
    assert score.severity.value == "low"
    assert dict(score.evidence) == {"max_scale": 2, "max_integer_digits": 1}
    assert "Its values have at most 2 decimal(s) and 1 integer digit(s)." in score.message
    assert score.fix == ()


def test_with_no_data_reading_the_proposal_is_the_default(database: TestDatabase) -> None:
    database.load(SCHEMA)
    price = _findings(database, read_data=False)["price"]
    assert dict(price.evidence) == {"max_scale": None, "max_integer_digits": None}
    assert "Proposed: numeric(20, 8), a default (not measured: --no-data)." in price.message


def test_the_proposed_type_applies_without_rounding(database: TestDatabase) -> None:
    database.load(SCHEMA)
    found = _findings(database, read_data=True)
    with psycopg.connect(database.dsn, autocommit=True) as conn:
        for column in ("price", "Qty"):
            conn.execute(found[column].fix[0].sql.encode())
        rows = conn.execute('SELECT price::text, "Qty"::text FROM "Fills" ORDER BY id').fetchall()
    assert rows == [
        ("123456789012345.50000000", "0.0000000001"),
        ("-7.25000000", "3.0000000000"),
    ]
    assert _findings(database, read_data=True).keys() == {"fee", "score"}


def test_the_fix_note_gives_a_partitioned_tables_size_from_its_partitions(
    database: TestDatabase,
) -> None:
    database.load(
        """
        CREATE TABLE ledger (id int, amount numeric) PARTITION BY RANGE (id);
        CREATE TABLE ledger_1 PARTITION OF ledger FOR VALUES FROM (0) TO (50000);
        CREATE TABLE ledger_2 PARTITION OF ledger FOR VALUES FROM (50000) TO (100000);
        INSERT INTO ledger SELECT g, g / 100.0 FROM generate_series(1, 99999) g;
        CREATE TABLE plain (id int, amount numeric);
        INSERT INTO plain SELECT g, g FROM generate_series(1, 99999) g;
        """
    )
    ledger = database.query(
        "SELECT pg_size_pretty(sum(pg_total_relation_size(relid))::bigint)"
        " FROM pg_partition_tree('ledger')"
    )[0][0]
    plain = database.query("SELECT pg_size_pretty(pg_total_relation_size('plain'))")[0][0]
    result = scan_database(replace(ScanSettings(dsn=database.dsn), data_checks=False), NUM001)
    notes = {f.object.table: f.fix[0].note for f in result.findings}
    assert ledger not in ("0 bytes", plain)
    assert f"Rewrites the table ({ledger})" in notes["ledger"]
    assert f"Rewrites the table ({plain})" in notes["plain"]
