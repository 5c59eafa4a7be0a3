"""The shipped checks keep the check format's contract beyond what its schema can say."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from dbaudit.checks.contract import QUERY_KEYS, column_problem, parameter_problem
from dbaudit.checks.loader import finding_texts
from dbaudit.resources import checks_dir

CHECK_FILES = sorted(checks_dir().glob("*.yaml"))
# A text that decides by the finding's rule: what `message:`/`remediation:` keyed by rule and
# a fix step's `rules:` say, one text per rule.
BRANCH_ON_RULE = re.compile(r"\brule\s*(==|!=|\bin\b|\bnot\s+in\b|\.startswith)")


def _texts(data: dict[str, Any]) -> dict[str, str]:
    """Every text of a finding (messages, remediation, fix steps), by where it is."""
    texts: dict[str, str] = {}
    for key in ("message", "remediation"):
        value = data.get(key)
        if isinstance(value, dict):
            texts.update({f"{key}[{rule}]": str(text) for rule, text in value.items()})
        elif value is not None:
            texts[key] = str(value)
    for index, step in enumerate(data.get("fix") or [], 1):
        for part in ("sql", "note", "skip_if", "blocked_if"):
            if part in step:
                texts[f"fix step {index} {part}"] = str(step[part])
    return texts


@pytest.mark.parametrize("path", CHECK_FILES, ids=lambda p: p.stem)
def test_no_text_branches_on_the_rule(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    branching = [where for where, text in _texts(data).items() if BRANCH_ON_RULE.search(text)]
    assert branching == []


def test_the_rule_pattern_sees_the_branches_it_forbids() -> None:
    for text in ("{% if rule == 'a' %}", "{{ 'x' if rule in ('a',) }}", "rule.startswith('a')"):
        assert BRANCH_ON_RULE.search(text), text
    assert not BRANCH_ON_RULE.search("({{ rule }}: {{ why }})")


@pytest.mark.parametrize("path", CHECK_FILES, ids=lambda p: p.stem)
def test_a_shipped_check_declares_the_settings_its_queries_bind(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    sources = [str(data[key]) for key in QUERY_KEYS if key in data]
    assert parameter_problem(data.get("parameters", []), sources) is None


@pytest.mark.parametrize("path", CHECK_FILES, ids=lambda p: p.stem)
def test_a_shipped_check_declares_the_columns_its_texts_read(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    columns = data.get("result_columns")
    assert columns, "every shipped check declares result_columns"
    assert {"schema_name", "table_name", *data.get("evidence", [])} <= set(columns)
    assert column_problem(columns, finding_texts(data)) is None
