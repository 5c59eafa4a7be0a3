"""The `dbaudit:ignore` marker of a database comment: ids, prefixes, reason."""

from __future__ import annotations

from dbaudit.engine.comment_suppressions import Marker, parse_markers, suppressions_from_comments
from tests.unit.factories import finding


def test_ids_prefixes_and_reason() -> None:
    assert parse_markers("dbaudit:ignore REF002 ids of the broker") == [
        Marker(("REF002",), "ids of the broker")
    ]
    assert parse_markers("Legacy. DBAUDIT:IGNORE REF, fk001,FK002: CRM ids") == [
        Marker(("REF", "FK001", "FK002"), "CRM ids")
    ]
    assert parse_markers("dbaudit:ignore NUM001 -- zero is a valid quantity here") == [
        Marker(("NUM001",), "zero is a valid quantity here")
    ]
    assert parse_markers("dbaudit:ignore VAL001") == [Marker(("VAL001",), None)]
    assert parse_markers("no marker here") == []


def test_a_reason_ends_at_its_line_or_the_next_marker() -> None:
    text = "dbaudit:ignore REF002 first\nsecond line dbaudit:ignore FK002 other dbaudit:ignore"
    assert parse_markers(text) == [
        Marker(("REF002",), "first"),
        Marker(("FK002",), "other"),
        Marker((), None),
    ]


def test_a_column_comment_covers_the_findings_naming_the_column() -> None:
    row = {
        "kind": "column",
        "schema_name": "public",
        "table_name": "fills",
        "column_name": "order_id",
        "object_name": None,
        "description": "dbaudit:ignore REF legacy",
    }
    (rule,), warnings = suppressions_from_comments([row], ["REF001", "REF002", "FK001"])
    assert warnings == []
    assert rule.matches(finding(check_id="REF002", table="fills", columns=("order_id",)))
    assert rule.matches(finding(check_id="REF001", table="fills", columns=("x", "order_id")))
    assert not rule.matches(finding(check_id="FK001", table="fills", columns=("order_id",)))
    assert not rule.matches(finding(check_id="REF002", table="fills", columns=("other",)))
    assert not rule.matches(finding(check_id="REF002", table="runs", columns=("order_id",)))
