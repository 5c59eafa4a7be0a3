"""The shipped checks' texts speak of the user's database, in paragraphs a reader can take in.

Reports print a check's description and rationale next to findings on someone else's schema:
a reference to one particular application ("the seed audit's upsert race", "a kill switch",
a trading desk's words where the check is generic) reads as a mistake there, and a single
1,500-character paragraph is not read at all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import pytest
import yaml

from dbaudit.resources import checks_dir

MAX_PARAGRAPH = 600
# Words of the application the catalog was first written for, not of a generic check. The
# default heuristic word lists (ledger_words: trades, fills, ...) may still be named.
# Whole words, except the stems that also hide inside identifiers (`upsertBrokerAsset`).
APPLICATION_WORDS = re.compile(
    r"\b(?:seed|kill[ -]switch|upsert race|trading|traders?|satoshi|agents?)\b|P&L|broker|strateg",
    re.IGNORECASE,
)
PROSE_FIELDS = ("title", "description", "rationale", "no_fix")
CHECK_FILES = sorted(checks_dir().glob("*.yaml"))


def _paragraphs(check: Mapping[str, object]) -> list[tuple[str, str]]:
    """(field, paragraph) pairs. Folded YAML (`>`) gives one line per paragraph; in the
    remediation template the paragraphs are its runs of `--` comment lines."""
    found = []
    for field in PROSE_FIELDS:
        text = str(check.get(field) or "")
        found += [(field, line) for line in text.splitlines() if line.strip()]
    runs: list[list[str]] = [[]]
    for line in str(check.get("remediation") or "").splitlines():
        if line.lstrip().startswith("--"):
            runs[-1].append(line.lstrip().removeprefix("--").strip())
        elif runs[-1]:
            runs.append([])
    found += [("remediation", " ".join(run)) for run in runs if run]
    return found


def test_the_catalog_is_there() -> None:
    assert len(CHECK_FILES) >= 30


@pytest.mark.parametrize("path", CHECK_FILES, ids=lambda p: p.stem)
def test_paragraphs_are_short(path: Path) -> None:
    check = yaml.safe_load(path.read_text())
    long = [
        f"{field}: {len(text)} characters: {text[:60]}..."
        for field, text in _paragraphs(check)
        if len(text) > MAX_PARAGRAPH
    ]
    assert long == [], f"split these paragraphs (a blank line in the YAML) in {path.name}"


@pytest.mark.parametrize("path", CHECK_FILES, ids=lambda p: p.stem)
def test_texts_name_no_particular_application(path: Path) -> None:
    check = yaml.safe_load(path.read_text())
    named = [
        f"{field}: {match[0]!r}"
        for field, text in _paragraphs(check)
        for match in APPLICATION_WORDS.finditer(text)
    ]
    assert named == [], f"{path.name} speaks of one application, not the user's database"


def test_the_rules_catch_what_they_are_for() -> None:
    """The two rules above would fail on the texts this test was written against."""
    old: dict[str, object] = {
        "rationale": "x " * 400 + "\nsecond paragraph, short\n",
        "description": "both insert (the seed audit's upsert race); a kill switch reads off",
        "no_fix": "`getStrategies()` looping over `upsertBrokerAsset`",
    }
    assert [len(t) for f, t in _paragraphs(old) if len(t) > MAX_PARAGRAPH] == [800]
    words = [m[0] for _, t in _paragraphs(old) for m in APPLICATION_WORDS.finditer(t)]
    assert words == ["seed", "upsert race", "kill switch", "Strateg", "Broker"]
