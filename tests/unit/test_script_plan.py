"""The fix plan: each distinct statement once, and never two distinct statements as one."""

from __future__ import annotations

from dataclasses import replace

from dbaudit.findings import Finding, FixKind, FixStep, KnownRemedy, ObjectRef
from dbaudit.remediation.script import plan
from tests.unit.factories import finding


def _with_step(table: str, sql: str) -> Finding:
    return replace(
        finding(table=table),
        object=ObjectRef("public", table, ("quantity",)),
        remedy=KnownRemedy(steps=(FixStep(FixKind.CONSTRAINT, sql),)),
    )


def test_names_that_differ_only_in_spaces_get_a_step_each() -> None:
    one = _with_step("a b", 'ALTER TABLE "public"."a b" ADD CHECK ("q" > 0) NOT VALID;')
    two = _with_step("a  b", 'ALTER TABLE "public"."a  b" ADD CHECK ("q" > 0) NOT VALID;')
    steps = plan([one, two])
    assert [s.step.sql for s in steps] == [one.fix[0].sql, two.fix[0].sql]


def test_one_statement_laid_out_twice_is_one_step() -> None:
    one = _with_step("t", 'ALTER TABLE "public"."t"\n  ADD CHECK ("q" > 0) NOT VALID;')
    two = _with_step("t", 'ALTER TABLE "public"."t" ADD CHECK ("q" > 0)  NOT VALID;')
    steps = plan([one, two])
    assert len(steps) == 1
    assert len(steps[0].labels) == 2
