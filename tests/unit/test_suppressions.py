from __future__ import annotations

from dbaudit.engine.suppressions import partition
from dbaudit.settings.suppression import Suppression
from tests.unit.factories import finding


def test_suppression_matches_check_table_and_columns() -> None:
    target = finding(table="trades", columns=("quantity",), check_id="VAL001")
    assert Suppression("VAL001", "public.trades", "r").matches(target)
    assert Suppression("val*", "trades", "r").matches(target)  # any schema, glob on id
    assert Suppression("VAL001", "public.trades", "r", ("quantity",)).matches(target)
    assert not Suppression("VAL001", "public.trades", "r", ("price",)).matches(target)
    assert not Suppression("VAL001", "other.trades", "r").matches(target)
    assert not Suppression("REF001", "public.trades", "r").matches(target)


def test_partition_keeps_the_reason() -> None:
    kept, accepted = finding(table="fills"), finding(table="trades")
    open_findings, suppressed = partition(
        [kept, accepted], [Suppression("*", "public.trades", "known, ticket 42")]
    )
    assert open_findings == [kept]
    assert [(s.finding, s.reason) for s in suppressed] == [(accepted, "known, ticket 42")]
