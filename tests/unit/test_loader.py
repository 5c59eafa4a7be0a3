"""A malformed check file is an error naming the file and the line, never a traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dbaudit.checks.loader import load_catalog, load_check
from dbaudit.checks.model import Category, CheckKind, HeldSession
from dbaudit.errors import CheckFileError
from dbaudit.severity import Severity

VALID = """\
id: CUS001
title: Tables named tmp
severity: low
category: design
kind: catalog
description: Tables whose name starts with tmp.
rationale: Leftovers.
query: |
  SELECT t.schema_name, t.table_name
    FROM ({{ catalog.audited_tables() }}) t
   WHERE t.table_name LIKE 'tmp%%'
message: "{{ table_name }} looks temporary"
"""


def write(tmp_path: Path, text: str, name: str = "CUS001.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def error_for(tmp_path: Path, text: str) -> str:
    with pytest.raises(CheckFileError) as caught:
        load_check(write(tmp_path, text), shipped=False)
    return caught.value.message


def test_a_valid_file_loads(tmp_path: Path) -> None:
    check = load_check(write(tmp_path, VALID), shipped=False)
    assert (check.id, check.severity, check.kind) == ("CUS001", Severity.LOW, CheckKind.CATALOG)
    assert not check.shipped


def test_unknown_key_names_the_line(tmp_path: Path) -> None:
    text = VALID.replace("kind: catalog", "kind: catalog\nsevrity: high")
    message = error_for(tmp_path, text)
    assert message.startswith(f"{tmp_path / 'CUS001.yaml'}:6: unknown key 'sevrity'")


def test_missing_field(tmp_path: Path) -> None:
    text = VALID.replace("rationale: Leftovers.\n", "")
    assert "missing required key 'rationale'" in error_for(tmp_path, text)


def test_bad_severity_names_the_line_and_the_choices(tmp_path: Path) -> None:
    message = error_for(tmp_path, VALID.replace("severity: low", "severity: urgent"))
    assert (
        ":3: 'severity' is 'urgent'; expected one of: critical, high, medium, low, info" in message
    )


def test_template_that_does_not_compile_names_the_line_in_the_file(tmp_path: Path) -> None:
    text = VALID.replace("   WHERE t.table_name", "   WHERE {{ t.table_name")
    message = error_for(tmp_path, text)
    assert ":11: template 'query' does not compile" in message


def test_quoting_bypass_is_refused(tmp_path: Path) -> None:
    text = VALID.replace("t.table_name LIKE", "{{ 'x'|safe }} LIKE")
    assert "bypasses quoting" in error_for(tmp_path, text)


def test_unknown_bind_parameter_is_refused(tmp_path: Path) -> None:
    text = VALID.replace("'tmp%%'", "%(prefix)s")
    assert "unknown bind parameter(s) prefix" in error_for(tmp_path, text)


def test_data_check_needs_targets(tmp_path: Path) -> None:
    assert "needs 'targets'" in error_for(tmp_path, VALID.replace("kind: catalog", "kind: data"))


def test_measure_is_only_for_catalog_checks(tmp_path: Path) -> None:
    text = VALID.replace("kind: catalog", "kind: data") + "targets: SELECT 1\nmeasure: SELECT 1\n"
    assert "'measure' is only for kind: catalog" in error_for(tmp_path, text)


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    message = error_for(tmp_path, VALID.replace("title: Tables named tmp", "title: [unclosed"))
    assert "invalid YAML" in message


def test_not_a_mapping(tmp_path: Path) -> None:
    assert ":1: a check file must be a mapping" in error_for(tmp_path, "- just\n- a list\n")


def test_bad_id(tmp_path: Path) -> None:
    assert "must look like FK001" in error_for(tmp_path, VALID.replace("CUS001", "custom-1"))


def test_duplicate_ids_across_folders_are_refused(tmp_path: Path) -> None:
    write(tmp_path, VALID.replace("CUS001", "FK001"))
    with pytest.raises(CheckFileError, match="check id FK001 is already used"):
        load_catalog([tmp_path])


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(CheckFileError, match="not a directory"):
        load_catalog([tmp_path / "nope"])


def test_every_shipped_check_has_examples_and_a_fix_or_says_why_not() -> None:
    for check in load_catalog():
        assert check.shipped
        # operations checks read runtime statistics; tests/integration/test_operations.py
        assert check.examples is not None or check.category is Category.OPERATIONS, check.id
        # Both where the fix covers only some findings (NUM001: money and quantity columns).
        assert check.fix or check.no_fix, check.id
        assert check.fix or check.remediations, check.id
        assert check.source.name == f"{check.id}.yaml"


@pytest.mark.parametrize(
    ("fix", "message"),
    [
        ("fix: []", "'fix' must be a list of steps"),
        ("fix:\n  - {kind: cleanup}", "fix step 1: a mapping of kind, sql"),
        ("fix:\n  - {kind: tidy, sql: SELECT 1}", "fix step 1: kind must be one of: cleanup"),
        (
            "fix:\n  - {kind: index, sql: 'DROP {{ x|fragment }}'}",
            "fix step 1: 'sql' uses |fragment",
        ),
        (
            "fix:\n  - {kind: cleanup, sql: DELETE, destructive: maybe}",
            "fix step 1: destructive must be true or false",
        ),
    ],
    ids=["empty", "no-sql", "bad-kind", "quoting-bypass", "bad-flag"],
)
def test_malformed_fix_steps_name_the_file_line_and_step(
    tmp_path: Path, fix: str, message: str
) -> None:
    path = write(tmp_path, VALID + fix + "\n")
    line = (VALID + fix).splitlines().index(fix.splitlines()[0]) + 1
    with pytest.raises(CheckFileError, match=re.escape(f"{path}:{line}: {message}")):
        load_catalog([tmp_path])


CASES = """\
cases:
  - name: small-table
    config: {heuristics: {large_table_rows: 10}}
    sql: CREATE TABLE tmp_x (id int);
    expect:
      - {table: tmp_x, message: tmp_x looks temporary}
  - name: none
    sql: CREATE TABLE x (id int);
    sessions:
      - {application: worker, sql: SELECT 1}
    expect: []
"""


def test_cases_are_read_with_their_configuration(tmp_path: Path) -> None:
    check = load_check(write(tmp_path, VALID + CASES), shipped=False)
    assert [c.name for c in check.all_cases()] == ["small-table", "none"]
    first = check.cases[0]
    assert first.config is not None
    assert dict(first.config.values) == {"heuristics.large_table_rows": 10}
    assert first.expect[0].message == "tmp_x looks temporary"
    assert (first.sessions, check.cases[1].expect) == ((), ())
    assert check.cases[1].sessions == (HeldSession("worker", "SELECT 1"),)


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (
            ("large_table_rows: 10", "large_table_row: 10"),
            "unknown key 'heuristics.large_table_row'",
        ),
        (("large_table_rows: 10", "large_table_rows: ten"), "must be a whole number, not 'ten'"),
        (("name: none", "name: small-table"), "case 'small-table': the name is already used"),
        (("name: none", "name: good"), "case 'good': the name is already used"),
        (("name: none", "name: Big Table"), "case 2: 'name' must be like small-table"),
        (("    expect: []", "    expect: nothing"), "case 'none': needs 'sql' (text) and 'expect'"),
        (
            ("{application: worker, sql: SELECT 1}", "{application: worker}"),
            "case 'none': 'sessions' is a list of {application: ..., sql: ...}",
        ),
    ],
)
def test_a_bad_case_is_an_error_at_its_line(
    tmp_path: Path, change: tuple[str, str], error: str
) -> None:
    text = VALID + CASES.replace(*change)
    message = error_for(tmp_path, text)
    line = text.splitlines().index("cases:") + 1
    assert message.startswith(f"{tmp_path / 'CUS001.yaml'}:{line}: "), message
    assert error in message


def test_a_query_with_side_effects_is_refused_at_load_with_its_line(tmp_path: Path) -> None:
    text = VALID.replace(
        "   WHERE t.table_name LIKE 'tmp%%'",
        "   WHERE t.table_name LIKE 'tmp%%'\n     AND dblink_exec('dbname=x', 'DELETE') = ''",
    )
    message = error_for(tmp_path, text)
    assert message == (
        f"{tmp_path / 'CUS001.yaml'}:12: 'query' calls dblink_exec(), which has side effects; "
        "a check may only read (list it in allow_functions to run it anyway)"
    )


def test_allow_functions_opts_a_check_in(tmp_path: Path) -> None:
    text = VALID.replace("'tmp%%'", "'tmp%%' AND pg_sleep(0) IS NOT NULL")
    assert "calls pg_sleep()" in error_for(tmp_path, text)
    check = load_check(write(tmp_path, text + "allow_functions: [pg_sleep]\n"), shipped=False)
    assert check.allow_functions == ("pg_sleep",)


def test_a_tokenizer_error_is_a_file_line_error(tmp_path: Path) -> None:
    text = VALID.replace("'tmp%%'", "'tmp%%")
    message = error_for(tmp_path, text)
    assert message.startswith(f"{tmp_path / 'CUS001.yaml'}:11: 'query' SQL does not tokenize")


def test_a_requires_query_is_guarded_too(tmp_path: Path) -> None:
    text = VALID + "requires: SELECT set_config('a.b', 'c', false) IS NOT NULL AS available\n"
    message = error_for(tmp_path, text)
    assert message.startswith(f"{tmp_path / 'CUS001.yaml'}:13: 'requires' calls set_config()")


def test_a_heuristic_the_query_binds_must_be_declared(tmp_path: Path) -> None:
    text = VALID.replace("LIKE 'tmp%%'", "LIKE 'tmp%%' AND t.estimated_rows > %(large_table_rows)s")
    assert error_for(tmp_path, text) == (
        f"{tmp_path / 'CUS001.yaml'}:8: the queries bind large_table_rows (directly or through "
        "a catalog macro): list it under 'parameters'"
    )
    declared = text.replace("query: |", "parameters: [large_table_rows]\nquery: |")
    assert load_check(write(tmp_path, declared), shipped=False).parameters == ("large_table_rows",)


def test_a_macro_s_heuristic_counts_as_bound_and_unknown_ones_are_refused(tmp_path: Path) -> None:
    text = VALID.replace("catalog.audited_tables()", "catalog.value_columns()").replace(
        "query: |", "parameters: [price_wrods]\nquery: |"
    )
    assert "'parameters' names unknown setting(s) price_wrods; known: " in error_for(tmp_path, text)
    text = text.replace("[price_wrods]", "[price_words]")
    message = error_for(tmp_path, text)  # the macro's other heuristics, which change
    assert ": the queries bind " in message and " quantity_words, " in message
    assert message.endswith("(directly or through a catalog macro): list it under 'parameters'")


def test_a_message_reading_an_undeclared_column_is_refused(tmp_path: Path) -> None:
    text = VALID.replace("query: |", "result_columns: [schema_name, table_name]\nquery: |")
    assert load_check(write(tmp_path, text), shipped=False).result_columns == (
        "schema_name",
        "table_name",
    )
    text = text.replace("looks temporary", "looks temporary ({{ estimated_rows }} rows)")
    assert error_for(tmp_path, text) == (
        f"{tmp_path / 'CUS001.yaml'}:8: message reads estimated_rows, which 'result_columns' "
        "does not declare (add the column to the query and to result_columns)"
    )
