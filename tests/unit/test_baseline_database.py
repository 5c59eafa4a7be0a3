from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from dbaudit.engine.baseline import load_baseline, write_baseline
from tests.unit.factories import finding, result


def test_a_baseline_from_another_database_is_named_in_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(result(finding()), path)  # recorded on database "app"
    baseline = load_baseline(path)
    assert baseline.database == "app"
    assert baseline.recorded_elsewhere(result()) is None
    scan = result()
    other = replace(scan, metadata=replace(scan.metadata, database="app_prod"))
    assert baseline.recorded_elsewhere(other) == (
        f"warning: the baseline {path} was recorded on database app, "
        "this scan is of app_prod: findings are matched by name only"
    )
