"""Which samples are redacted: by the column's name, by the check, by the value."""

from __future__ import annotations

from dataclasses import replace

from dbaudit.engine.redaction import redact_finding, sensitive_column
from dbaudit.findings import REDACTED_SAMPLE
from dbaudit.settings.model import Heuristics
from tests.unit.factories import finding

H = Heuristics()


def _samples(
    check: str, columns: tuple[str, ...], samples: tuple[str, ...], rule: str = ""
) -> tuple[str, ...]:
    f = replace(finding(check_id=check, columns=columns), samples=samples, rule=rule)
    return redact_finding(f, H).samples


def test_secret_and_personal_column_names() -> None:
    for name in ("api_key", "apiKey", "password_hash", "user_email", "EMail", "phone"):
        assert sensitive_column(name, H), name
    for name in ("symbol", "order_id", "keyboard", "emailed_at_count"):
        assert not sensitive_column(name, H), name


def test_natural_keys_are_redacted_but_position_symbols_stay() -> None:
    assert _samples("KEY001", ("username",), ("ann", "bob"), "natural-key/name:username") == (
        REDACTED_SAMPLE,
        REDACTED_SAMPLE,
    )
    assert _samples("KEY001", ("external_id",), ("x1",), "natural-key/name:external_id") == (
        REDACTED_SAMPLE,
    )
    assert _samples("KEY001", ("symbol",), ("AAPL",), "natural-key/position-table:positions") == (
        "AAPL",
    )


def test_references_of_sensitive_columns_are_redacted_others_stay() -> None:
    assert _samples("REF001", ("owner_email",), ("a@b.io",)) == (REDACTED_SAMPLE,)
    assert _samples("REF001", ("order_id",), ("o-404", "o-405")) == ("o-404", "o-405")


def test_primary_key_samples_stay_unless_the_value_is_an_email_or_a_key() -> None:
    # KEY002 and TIME001 show the primary keys of the rows, whatever the column checked
    assert _samples("KEY002", ("api_key",), ("w-0003",)) == ("w-0003",)
    assert _samples("TIME001", ("executed_at",), ("t-9", "ann@example.com")) == (
        "t-9",
        REDACTED_SAMPLE,
    )
    assert _samples("REF001", ("parent_id",), ("sk_live_51Habc", "ghp_" + "a" * 36)) == (
        REDACTED_SAMPLE,
        REDACTED_SAMPLE,
    )
