"""A custom check with side effects is refused when its file is loaded, by every command."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.test_cli import dbaudit
from tests.unit.test_loader import VALID


@pytest.mark.parametrize(
    "command", [("checks", "list"), ("checks", "explain", "CUS001"), ("scan", "host=/nowhere")]
)
def test_every_command_refuses_a_check_that_terminates_backends(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    folder = tmp_path / "checks"
    folder.mkdir()
    text = VALID.replace("'tmp%%'", "'tmp%%'\n     AND pg_terminate_backend(42)")
    (folder / "CUS001.yaml").write_text(text)
    run = dbaudit(*command, "--checks", str(folder))
    assert run.returncode == 2
    assert (
        f"{folder / 'CUS001.yaml'}:12: 'query' calls pg_terminate_backend(), which has side "
        "effects" in run.stderr.replace("\n", " ")
    )
    assert "Traceback" not in run.stderr


def test_an_unknown_check_id_in_disable_is_refused_before_connecting(tmp_path: Path) -> None:
    config = tmp_path / "dbaudit.yaml"
    config.write_text("disable: [TIME002, TIM001]\n")
    run = dbaudit("scan", "host=/nowhere", "--config", str(config))
    assert run.returncode == 2
    assert run.stderr.replace("\n", " ").split("  hint")[0].strip() == (
        "dbaudit: error: 'disable' names unknown check id(s) TIM001; did you mean TIME001? "
        "`dbaudit checks list` lists the ids (custom checks need --checks DIR)"
    )
