"""The README's table of check-file keys is generated from check.schema.json, so the two never
disagree. Regenerate after a schema change with `DBAUDIT_REGENERATE_README=1 pytest
tests/unit/test_readme_check_keys.py` and review the diff."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from dbaudit.checks.loader import CHECK_SCHEMA

README = Path(__file__).parents[2] / "README.md"
SECTION = re.compile(r"(<!-- check-keys:begin -->\n)(.*?)(<!-- check-keys:end -->)", re.DOTALL)


def _kind(spec: dict[str, Any]) -> str:
    if "enum" in spec:
        return " \\| ".join(f"`{v}`" for v in spec["enum"])
    if "oneOf" in spec:
        return " or ".join(_kind(choice) for choice in spec["oneOf"])
    return {"string": "text", "integer": "number", "array": "list", "object": "mapping"}.get(
        str(spec.get("type")), str(spec.get("type"))
    )


def check_keys_table(schema: dict[str, Any]) -> str:
    required = set(schema["required"])
    rows = ["| key | required | value | what |", "|---|---|---|---|"]
    for key, spec in schema["properties"].items():
        need = "yes" if key in required else ""
        what = spec.get("description", "").replace("|", "\\|")
        rows.append(f"| `{key}` | {need} | {_kind(spec)} | {what} |")
    return "\n".join(rows) + "\n"


def test_the_readme_lists_the_schemas_keys() -> None:
    text = README.read_text(encoding="utf-8")
    match = SECTION.search(text)
    assert match, "README.md lost its <!-- check-keys:begin/end --> markers"
    table = check_keys_table(CHECK_SCHEMA)
    if os.environ.get("DBAUDIT_REGENERATE_README"):
        README.write_text(SECTION.sub(lambda m: m[1] + table + m[3], text), encoding="utf-8")
    assert match[2] == table
