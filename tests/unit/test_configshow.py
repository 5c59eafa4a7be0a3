"""`dbaudit config show`: every value with its origin, the password masked, valid YAML."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dbaudit.checks.contract import checks_using_settings
from dbaudit.checks.loader import load_catalog
from dbaudit.commands.authoring import SKELETON
from dbaudit.commands.config import show_config
from dbaudit.engine.exitcodes import ExitCode
from dbaudit.settings.model import heuristics_declared
from dbaudit.settings.show import render_config
from dbaudit.settings.sources import load_layers, read_config_file, resolve


def test_each_value_says_where_it_came_from_and_the_output_is_a_valid_config(
    tmp_path: Path,
) -> None:
    (tmp_path / "dbaudit.yaml").write_text(
        "fail_on: high\nheuristics:\n  sample_size: 3\n"
        "suppress:\n  - {check: NUM001, table: trades, reason: legacy}\n"
    )
    layers = load_layers(
        {"lock_timeout": 250},
        config_file=None,
        environ={"DBAUDIT_DSN": "postgresql://app:hunter2@db/trading"},
        cwd=tmp_path,
    )
    resolved = resolve(layers)
    text = render_config(resolved)
    lines = text.splitlines()
    found = str(tmp_path / "dbaudit.yaml")
    assert "dsn: 'postgresql://app:***@db/trading'  # environment" in lines
    assert f"fail_on: high  # {found}" in lines
    assert "lock_timeout: 250  # command line" in lines
    assert "statement_timeout: 30000  # default" in lines
    assert f"  sample_size: 3  # {found}" in lines
    assert "hunter2" not in text
    # Written back as a config file, it gives the same settings (but for the masked DSN).
    again = tmp_path / "again.yaml"
    again.write_text(text.replace("dsn: 'postgresql://app:***@db/trading'", "dsn: null"))
    document = yaml.safe_load(again.read_text())
    document.pop("dsn")
    again.write_text(yaml.safe_dump(document))
    reread = resolve([read_config_file(again)]).settings
    assert reread.heuristics == resolved.settings.heuristics
    assert reread.suppress == resolved.settings.suppress
    assert (reread.fail_on, reread.lock_timeout) == (resolved.settings.fail_on, 250)


def test_each_setting_names_the_checks_that_read_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a user's check in the configured folder that binds seq_scan_min counts too
    folder = tmp_path / "checks"
    folder.mkdir()
    check = SKELETON.format(id="ACME001").replace(
        "WHERE t.table_name ~ '^(tmp|temp)_'",
        "WHERE t.table_name ~ '^(tmp|temp)_' AND t.estimated_rows < %(seq_scan_min)s",
    )
    (folder / "ACME001.yaml").write_text(check + "parameters: [seq_scan_min]\n")
    config = tmp_path / "dbaudit.yaml"
    config.write_text("checks: [checks]\nheuristics:\n  connections_high: 0.9\n")
    assert show_config({}, config) == ExitCode.OK
    lines = capsys.readouterr().out.splitlines()
    assert "check_validated_fks: false  # default; used by REF001" in lines
    assert "jobs: 1  # default" in lines  # the scan's own: no check's query reads it
    assert f"  connections_high: 0.9  # {config}; used by OPS004" in lines
    assert "  seq_scan_min: 100  # default; used by ACME001, OPS006" in lines
    assert "  idle_in_transaction_max: 1 minute  # default; used by OPS005" in lines
    # read by the engine, not by a check's query
    assert (
        "  tablesample_above_rows: 0  # default; used by every data check that counts rows" in lines
    )
    redaction = "; used by the redaction of samples in every report"
    assert f"  personal_data_words: [email, mail, phone, ssn, iban]  # default{redaction}" in lines
    secret = next(line for line in lines if line.startswith("  secret_words: "))
    assert secret.endswith("; used by SEC001, the redaction of samples in every report")


def test_every_heuristic_has_a_user() -> None:
    # a heuristic no shipped check binds and the engine does not read changes nothing: a
    # setting left behind by a rewritten check, which config show would still offer
    used = checks_using_settings(load_catalog(()))
    unused = [
        name
        for name, how in heuristics_declared().items()
        if f"heuristics.{name}" not in used and how.read_by is None
    ]
    assert unused == []
