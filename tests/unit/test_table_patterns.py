from __future__ import annotations

import pytest

from dbaudit.errors import ConfigError
from dbaudit.settings.model import ScanSettings
from dbaudit.settings.patterns import table_regexes


@pytest.mark.parametrize(
    ("pattern", "regexes"),
    [
        ("public.trade*", ("^(?:public)$", "^(?:trade.*)$")),
        ("audit_?", ("^(?:.*)$", "^(?:audit_.)$")),
        ("Trades", ("^(?:.*)$", "^(?:trades)$")),  # folded, as pg_dump folds
        ('"Market Data"."Quotes*"', ("^(?:Market\\ Data)$", "^(?:Quotes\\*)$")),  # literal
        ("*.fills", ("^(?:.*)$", "^(?:fills)$")),
    ],
)
def test_patterns_become_a_schema_and_a_table_regex(pattern: str, regexes: tuple[str, str]) -> None:
    assert table_regexes(pattern) == regexes


@pytest.mark.parametrize("pattern", ["a.b.c", "public.", '"open'])
def test_malformed_patterns_fail_when_the_settings_are_made(pattern: str) -> None:
    with pytest.raises(ConfigError):
        ScanSettings(tables=(pattern,))


def test_patterns_reach_the_queries_as_parallel_arrays() -> None:
    params = ScanSettings(tables=("public.t*",), exclude_tables=("x",)).query_params()
    assert (params["table_schema_patterns"], params["table_name_patterns"]) == (
        ["^(?:public)$"],
        ["^(?:t.*)$"],
    )
    assert (params["exclude_schema_patterns"], params["exclude_name_patterns"]) == (
        ["^(?:.*)$"],
        ["^(?:x)$"],
    )
