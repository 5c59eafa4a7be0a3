from __future__ import annotations

from dataclasses import replace

from dbaudit.findings import ObjectRef
from dbaudit.severity import Severity
from tests.unit.factories import finding


def test_fingerprint_ignores_message_severity_and_evidence() -> None:
    a = finding(message="2 rows")
    b = replace(a, message="5 rows", severity=Severity.LOW, evidence=(("invalid_count", 5),))
    assert a.fingerprint == b.fingerprint


def test_fingerprint_changes_with_object_identity() -> None:
    a = finding()
    assert a.fingerprint != finding(columns=("price",)).fingerprint
    assert a.fingerprint != finding(table="fills").fingerprint
    assert a.fingerprint != finding(check_id="NUM001").fingerprint
    named = replace(a, object=ObjectRef("public", "trades", ("quantity",), "c1"))
    assert a.fingerprint != named.fingerprint


def test_fingerprint_is_not_fooled_by_separators_in_names() -> None:
    a = replace(finding(), object=ObjectRef("a", "b,c", ()))
    b = replace(finding(), object=ObjectRef("a", "b", ("c",)))
    assert a.fingerprint != b.fingerprint


def test_fingerprint_tells_a_comma_in_a_column_from_two_columns() -> None:
    one = replace(finding(), object=ObjectRef("public", "t", ("a,b",)))
    two = replace(finding(), object=ObjectRef("public", "t", ("a", "b")))
    assert one.fingerprint != two.fingerprint
    unit = replace(finding(), object=ObjectRef("public", "t", ("a\x1fb",)))
    name = replace(finding(), object=ObjectRef("public", "t", ("a",), "b"))
    assert unit.fingerprint != name.fingerprint


def test_fingerprint_of_plain_names_is_the_one_baselines_recorded() -> None:
    # sha256 of "VAL001\x1fpublic\x1ftrades\x1fquantity\x1f", as dbaudit 0.1 wrote it.
    assert finding().fingerprint == "f5ebc94711c1538a"


def test_severities_order_from_info_to_critical() -> None:
    assert Severity.INFO < Severity.LOW < Severity.MEDIUM < Severity.HIGH < Severity.CRITICAL
    assert max([Severity.LOW, Severity.CRITICAL, Severity.HIGH]) is Severity.CRITICAL
