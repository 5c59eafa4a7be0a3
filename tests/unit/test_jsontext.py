"""jsontext writes exactly what json.dumps(indent=2, ensure_ascii=False) writes."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from dbaudit.render import jsontext

CASES: list[Any] = [
    {},
    [],
    "text",
    None,
    {"a": [1, 2.5, True, False, None, (1, "x")], "b": {}, "c": [], "d": [[]]},
    {3: "int key", 2.5: "float key", True: "bool key", False: "no", None: "null key"},
    {"nested": {"deeper": {"list": [{"x": 1}, {"y": [1, {"z": None}]}]}}},
    {'é\n"\\': "\u2028\x00 ünïcode \t", "emoji": "🦆"},
    [float("nan"), float("inf"), float("-inf"), -0.0, 1e300, 0.1],
    {"when": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "n": Decimal("1.50")},
    {"mixed": ["a", {"k": "v"}, ["b"]], "flat": {"x": "y", "n": 1}},
    {"findings": [{"fix": [{"sql": "SELECT 1;\n", "skip_if": None}]} for _ in range(3000)]},
]


@pytest.mark.parametrize("value", CASES)
def test_same_text_as_the_standard_library(value: Any) -> None:
    expected = json.dumps(value, indent=2, ensure_ascii=False, default=str)
    assert jsontext.dumps(value, default=str) == expected


def test_written_in_pieces() -> None:
    pieces: list[str] = []
    value = {"rows": [{"n": n, "k": [n]} for n in range(5000)]}
    jsontext.dump(value, pieces.append, default=str)
    assert len(pieces) > 1
    assert "".join(pieces) == json.dumps(value, indent=2, ensure_ascii=False)


def test_unknown_type_goes_to_default() -> None:
    assert jsontext.dumps({"x": object}, default=lambda o: "obj") == '{\n  "x": "obj"\n}'


def test_bad_key_refused_like_json() -> None:
    with pytest.raises(TypeError):
        jsontext.dumps({(1, 2): "tuple key"}, default=str)
