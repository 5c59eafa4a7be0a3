"""Configuration and SQL files that are not UTF-8: one line saying so, exit 2 (row 13)."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_cli import dbaudit


def test_a_latin1_config_file(tmp_path: Path) -> None:
    config = tmp_path / "dbaudit.yaml"
    config.write_bytes("fail_on: high\n# réglages\n".encode("latin-1"))
    run = dbaudit("config", "show", "--config", str(config))
    assert run.returncode == 2
    assert run.stderr.splitlines() == [
        f"dbaudit: error: {config}:2: not UTF-8 text (byte 0xe9)",
        "  hint: save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)",
    ]


def test_a_latin1_pyproject(tmp_path: Path) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_bytes('[tool.dbaudit]\nfail_on = "high" # é\n'.encode("latin-1"))
    run = dbaudit("config", "show", "--config", str(config))
    assert (run.returncode, run.stderr.splitlines()[0]) == (
        2,
        f"dbaudit: error: {config}:2: not UTF-8 text (byte 0xe9)",
    )


def test_a_latin1_sql_file(tmp_path: Path) -> None:
    schema = tmp_path / "schema.sql"
    schema.write_bytes("CREATE TABLE t (id int PRIMARY KEY);\n-- créée\n".encode("latin-1"))
    run = dbaudit("scan", "--sql", str(schema))
    assert run.returncode == 2
    assert run.stderr.splitlines()[0] == f"dbaudit: error: {schema}:2: not UTF-8 text (byte 0xe9)"
    assert "Traceback" not in run.stderr
