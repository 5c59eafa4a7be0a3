from __future__ import annotations

from pathlib import Path

import pytest

from dbaudit.checks.loader import load_catalog
from dbaudit.engine.plan import select_checks
from dbaudit.errors import ConfigError
from dbaudit.settings.model import ScanSettings
from dbaudit.settings.sources import read_yaml_file, resolve

CATALOG = load_catalog()


def _run(**settings: object) -> list[str]:
    selected, _ = select_checks(ScanSettings(**settings), CATALOG)  # type: ignore[arg-type]
    return [check.id for check in selected]


def test_select_takes_ids_and_prefixes() -> None:
    assert _run(select=("REF", "FK002")) == ["FK002", "REF001", "REF002"]


def test_ignore_leaves_out_ids_and_prefixes_and_says_why() -> None:
    ran = _run(select=("OPS", "TBL"), ignore=("OPS0",))
    assert ran == ["TBL001"]
    _, skipped = select_checks(ScanSettings(select=("OPS", "TBL"), ignore=("OPS0",)), CATALOG)
    reasons = {s.check_id: s.reason for s in skipped}
    assert reasons["OPS001"] == "ignored (--ignore OPS0)"
    assert reasons["FK001"] == "not selected (--select OPS,TBL)"


@pytest.mark.parametrize(
    ("settings", "message", "hint"),
    [
        (
            {"select": ("REFF",)},
            "--select REFF: no check has this id or prefix",
            "did you mean REF?",
        ),
        (
            {"ignore": ("FK02",)},
            "--ignore FK02: no check has this id or prefix",
            "did you mean FK002?",
        ),
        (
            {"disable": frozenset({"XYZ999"})},
            "disable XYZ999: no check has this id or prefix",
            "dbaudit checks list shows every check",
        ),
    ],
)
def test_a_selector_naming_no_check_is_refused_with_the_closest_ids(
    settings: dict[str, object], message: str, hint: str
) -> None:
    with pytest.raises(ConfigError) as error:
        select_checks(ScanSettings(**settings), CATALOG)  # type: ignore[arg-type]
    assert (error.value.message, error.value.hint) == (message, hint)


def test_an_unknown_config_key_suggests_the_one_meant(tmp_path: Path) -> None:
    path = tmp_path / "dbaudit.yaml"
    path.write_text("fail-on: high\nheuristics:\n  price_wrds: [px]\n")
    with pytest.raises(ConfigError) as error:
        read_yaml_file(path)
    assert error.value.message.startswith(
        f"{path}:1: unknown key 'fail-on' (did you mean 'fail_on'?); known keys: allow_empty, "
    )
    path.write_text("heuristics:\n  price_wrds: [px]\n")
    with pytest.raises(ConfigError) as error:
        read_yaml_file(path)
    assert error.value.message.startswith(
        f"{path}:2: unknown key 'heuristics.price_wrds' (did you mean 'heuristics.price_words'?)"
    )


def test_select_and_ignore_from_a_config_file(tmp_path: Path) -> None:
    path = tmp_path / "dbaudit.yaml"
    path.write_text("select: [ref, FK002]\nignore: REF002\n")
    settings = resolve([read_yaml_file(path)]).settings
    assert (settings.select, settings.ignore) == (("REF", "FK002"), ("REF002",))
    assert _run(select=settings.select, ignore=settings.ignore) == [
        "FK002",
        "REF001",
    ]
