"""A check's texts per rule: `message:` and `remediation:` keyed by the row's rule, fix steps
that name the rules they are for. What a user writing a check sees in the report and the
script, through the CLI, on a real database."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import TestDatabase
from tests.integration.test_cli import dbaudit

CHECK = """\
id: CUS002
title: Tables named tmp or old
severity: low
category: design
kind: catalog
description: Tables whose name says they are leftovers.
rationale: Leftovers.
query: |
  SELECT t.schema_name, t.table_name,
         CASE WHEN t.table_name LIKE 'tmp%%' THEN 'leftover/tmp' ELSE 'leftover/old' END AS rule
    FROM ({{ catalog.audited_tables() }}) t
   WHERE t.table_name LIKE 'tmp%%' OR t.table_name LIKE 'old%%'
message:
  leftover/tmp: "{{ table_name }} looks temporary"
  default: "{{ table_name }} looks old ({{ rule }})"
fix:
  - kind: cleanup
    rules: [leftover/tmp]
    destructive: true
    sql: DROP TABLE {{ schema_name|qualified(table_name) }};
  - kind: constraint
    rules: [leftover/old]
    sql: COMMENT ON TABLE {{ schema_name|qualified(table_name) }} IS 'old';
"""


def _scan(database: TestDatabase, checks: Path) -> dict[str, object]:
    run = dbaudit("scan", database.dsn, "--checks", str(checks), "--select", "CUS", "-f", "json")
    assert run.returncode == 0, run.stderr
    report: dict[str, object] = json.loads(run.stdout)
    return report


def test_each_rule_gets_its_message_and_only_its_fix_steps(
    database: TestDatabase, tmp_path: Path
) -> None:
    database.load("CREATE TABLE tmp_load (id int); CREATE TABLE old_orders (id int);")
    (tmp_path / "CUS002.yaml").write_text(CHECK)
    report = _scan(database, tmp_path)
    findings = {f["object"]["table"]: f for f in report["findings"]}  # type: ignore[attr-defined]
    assert findings["tmp_load"]["message"] == "tmp_load looks temporary"
    assert findings["old_orders"]["message"] == "old_orders looks old (leftover/old)"
    assert [s["sql"] for s in findings["tmp_load"]["fix"]] == ['DROP TABLE "public"."tmp_load";']
    assert [s["sql"] for s in findings["old_orders"]["fix"]] == [
        'COMMENT ON TABLE "public"."old_orders" IS \'old\';'
    ]


def test_a_rule_without_a_message_is_a_check_error_naming_it(
    database: TestDatabase, tmp_path: Path
) -> None:
    database.load("CREATE TABLE old_orders (id int);")
    text = CHECK.replace('  default: "{{ table_name }} looks old ({{ rule }})"\n', "")
    (tmp_path / "CUS002.yaml").write_text(text)
    run = dbaudit("scan", database.dsn, "--checks", str(tmp_path), "--select", "CUS")
    assert run.returncode == 2
    assert (
        f"! CUS002 failed: {tmp_path / 'CUS002.yaml'}: no message for rule 'leftover/old' "
        "(message keys: leftover/tmp; add one or default)" in run.stdout.replace("\n", " ")
    )
    assert "Traceback" not in run.stderr


def test_a_message_key_that_is_no_rule_name_is_refused_at_its_file(tmp_path: Path) -> None:
    (tmp_path / "CUS002.yaml").write_text(CHECK.replace("  leftover/tmp:", "  Leftover Tmp:"))
    run = dbaudit("checks", "list", "--checks", str(tmp_path))
    assert run.returncode == 2
    assert (
        f"{tmp_path / 'CUS002.yaml'}:14: message key 'Leftover Tmp' must be a rule name like "
        "fk-not-valid" in run.stderr.replace("\n", " ")
    )


def test_a_row_without_a_declared_column_is_a_check_error(
    database: TestDatabase, tmp_path: Path
) -> None:
    database.load("CREATE TABLE old_orders (id int);")
    text = CHECK.replace(
        "query: |", "result_columns: [schema_name, table_name, rule, owner]\nquery: |"
    )
    (tmp_path / "CUS002.yaml").write_text(text)
    run = dbaudit("scan", database.dsn, "--checks", str(tmp_path), "--select", "CUS")
    assert run.returncode == 2
    assert (
        f"! CUS002 failed: {tmp_path / 'CUS002.yaml'}: the query returns no column owner "
        "(see result_columns)" in run.stdout.replace("\n", " ")
    )
