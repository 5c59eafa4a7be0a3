"""check.schema.json is the check file's contract: every shipped check follows it, its enums
are the code's, and a user's check that breaks it is refused with the file, line and path."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
import yaml

from dbaudit.checks.loader import CHECK_SCHEMA, load_check
from dbaudit.checks.model import Category, CheckKind
from dbaudit.errors import CheckFileError
from dbaudit.findings import FixKind
from dbaudit.resources import checks_dir
from dbaudit.severity import Severity
from tests.unit.test_loader import VALID

SHIPPED = sorted(checks_dir().glob("*.yaml"))


def test_the_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(CHECK_SCHEMA)
    assert len(SHIPPED) >= 20


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_every_shipped_check_follows_the_schema(path: Path) -> None:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    errors = [
        e.message for e in jsonschema.Draft202012Validator(CHECK_SCHEMA).iter_errors(document)
    ]
    assert errors == []


def test_the_schemas_enums_are_the_codes() -> None:
    properties = CHECK_SCHEMA["properties"]
    assert properties["severity"]["enum"] == [s.value for s in Severity]
    assert properties["category"]["enum"] == [c.value for c in Category]
    assert properties["kind"]["enum"] == [k.value for k in CheckKind]
    assert properties["fix"]["items"]["properties"]["kind"]["enum"] == [k.value for k in FixKind]


def test_a_users_check_is_validated_against_the_schema(tmp_path: Path) -> None:
    # `columns: orders` would have been read as the columns o, r, d, e, r, s.
    text = VALID + (
        "examples:\n"
        "  bad: CREATE TABLE tmp_x (id int);\n"
        "  good: CREATE TABLE x (id int);\n"
        "  expect:\n"
        "    - {table: tmp_x, columns: orders}\n"
    )
    path = tmp_path / "CUS001.yaml"
    path.write_text(text)
    with pytest.raises(CheckFileError) as caught:
        load_check(path, shipped=False)
    line = text.splitlines().index("examples:") + 1
    assert caught.value.message == (
        f"{path}:{line}: examples/expect/0/columns: 'orders' is not of type 'array' "
        "(see check.schema.json)"
    )
