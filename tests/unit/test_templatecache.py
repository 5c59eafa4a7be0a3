"""The shipped checks' compiled templates are kept between runs: a second load compiles
nothing, renders the same, and a damaged or unwritable cache is the same as none."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import Environment

from dbaudit.checks.loader import load_catalog, load_check
from dbaudit.checks.model import CheckDefinition
from dbaudit.errors import CheckFileError
from dbaudit.sql.template import render_sql
from dbaudit.sql.templatecache import CACHE_DIR_VARIABLE
from tests.unit.test_loader import VALID

ROW = {
    "schema_name": "Sales Ops",
    "table_name": 'fills "x"',
    "column_names": ["order_id"],
    "constraint_name": "fills_order_fk",
    "object_name": "fills_order_fk",
    "ref_schema_name": "public",
    "ref_table_name": "orders",
    "ref_column_names": ["id"],
    "proposed_policy": "CASCADE",
    "rule": "owned-child/key",
    "on_update": "NO ACTION",
    "is_deferrable": False,
    "is_initially_deferred": False,
    "is_partitioned": False,
}


def _fix_sql(checks: tuple[CheckDefinition, ...]) -> list[str]:
    fk001 = next(c for c in checks if c.id == "FK001")
    return [
        render_sql(template, server_version=150000, **ROW)
        for step in fk001.fix
        for template in (step.sql, step.skip_if)
        if template is not None
    ]


def _count_compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    compiled: list[str] = []
    compile_ = Environment.compile

    def counting(self: Environment, source: object, *args: object, **kwargs: object) -> object:
        compiled.append(type(source).__name__)
        return compile_(self, source, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Environment, "compile", counting)
    return compiled


def test_a_second_load_compiles_nothing_and_renders_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path / "cache"))
    compiled = _count_compiles(monkeypatch)
    first = load_catalog()
    assert len(compiled) > 100  # every template of every shipped check
    entries = sorted((tmp_path / "cache").rglob("*.cache"))  # Jinja's bytecode cache files
    assert len(entries) == len(compiled)  # one per template, by its name
    compiled.clear()
    second = load_catalog()
    assert compiled == []
    assert _fix_sql(second) == _fix_sql(first)
    assert '"Sales Ops"."fills ""x"""' in _fix_sql(second)[0]


def test_a_damaged_entry_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path))
    expected = _fix_sql(load_catalog())
    for entry in tmp_path.rglob("*.cache"):
        entry.write_bytes(b"not marshal data")
    compiled = _count_compiles(monkeypatch)
    assert _fix_sql(load_catalog()) == expected
    assert len(compiled) > 100


def test_an_unwritable_cache_is_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(blocker / "cache"))  # cannot be created
    assert _fix_sql(load_catalog())
    monkeypatch.setenv(CACHE_DIR_VARIABLE, "")  # off
    assert _fix_sql(load_catalog())
    assert list(tmp_path.iterdir()) == [blocker]


def test_a_users_check_is_not_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(cache))
    (tmp_path / "CUS001.yaml").write_text(
        "id: CUS001\ntitle: t\nseverity: low\ncategory: design\nkind: catalog\n"
        "description: d\nrationale: r\n"
        "query: SELECT t.schema_name, t.table_name FROM ({{ catalog.audited_tables() }}) t\n"
        "message: m\n"
    )
    assert load_check(tmp_path / "CUS001.yaml", shipped=False).id == "CUS001"
    assert not cache.exists()


def test_a_cached_template_serves_only_the_source_that_passed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path / "cache"))
    path = tmp_path / "CUS001.yaml"
    path.write_text(VALID)
    assert load_check(path, shipped=True).id == "CUS001"  # cached, as dbaudit's own are
    # the same file and template name, a source that bypasses quoting: checked, refused
    bypass = "SELECT t.schema_name, t.table_name, {{ 'x'|safe }} AS y"
    path.write_text(VALID.replace("SELECT t.schema_name, t.table_name", bypass))
    with pytest.raises(CheckFileError, match=r"'query' uses \|safe, which bypasses quoting"):
        load_check(path, shipped=True)
