"""Shared check SQL lives in the catalog macros, once: every macro has a caller, and a
heuristic that a macro owns (its bind parameter) is used by no check directly, since a check
that does re-implements the macro and the two drift (FK001 and REF002 proposed ON DELETE
policies from two copies). The copies not yet folded into their macro are listed, strictly:
folding one in makes this test ask for its line to go."""

from __future__ import annotations

import re

from dbaudit.checks.contract import macro_bodies
from dbaudit.resources import checks_dir, sql_templates_dir

MACROS = (sql_templates_dir() / "catalog.sql.j2").read_text(encoding="utf-8")
CHECKS = {p.stem: p.read_text(encoding="utf-8") for p in sorted(checks_dir().glob("*.yaml"))}
PARAMETER = re.compile(r"%\((\w+)\)s")

# Check -> the macro-owned parameters it still uses itself.
NOT_YET_FOLDED = {
    # catalog.value_columns (NUM001 names money in floating point and unbounded numerics,
    # which value_columns() leaves out or does not select)
    "NUM001": {"quantity_words", "price_words", "signed_words", "enum_like_words"},
}


def test_every_macro_has_a_caller() -> None:
    bodies = macro_bodies()
    callers = "\n".join(CHECKS.values())
    uncalled = [
        name
        for name in bodies
        if not re.search(rf"\bcatalog\.{name}\(", callers)
        and not any(
            re.search(rf"\b{name}\(", body) for other, body in bodies.items() if other != name
        )
    ]
    assert len(bodies) >= 15
    assert uncalled == []


def test_no_check_uses_a_parameter_a_macro_owns() -> None:
    owned = set(PARAMETER.findall(MACROS)) - {"schemas", "excluded_tables"}  # scope: every check's
    used = {
        check_id: owned & set(PARAMETER.findall(text))
        for check_id, text in CHECKS.items()
        if owned & set(PARAMETER.findall(text))
    }
    assert "ledger_words" in owned
    assert used == NOT_YET_FOLDED
