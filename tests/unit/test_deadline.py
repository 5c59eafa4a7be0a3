"""The client deadline's margin past statement_timeout: at least 5 s, a quarter of long ones."""

from __future__ import annotations

import pytest

from dbaudit.db.deadline import cancel_margin_s


@pytest.mark.parametrize(
    ("timeout_s", "margin_s"),
    [(0.001, 5.0), (1.0, 5.0), (8.0, 5.0), (20.0, 5.0), (30.0, 7.5), (300.0, 75.0), (3600, 900)],
)
def test_the_margin_is_five_seconds_or_a_quarter_of_the_timeout(
    timeout_s: float, margin_s: float
) -> None:
    assert cancel_margin_s(timeout_s) == margin_s


def test_a_longer_timeout_never_cancels_sooner() -> None:
    timeouts = [t / 10 for t in range(1, 20_000)]
    cancels = [t + cancel_margin_s(t) for t in timeouts]
    assert cancels == sorted(cancels)
    assert len(set(cancels)) == len(cancels)
