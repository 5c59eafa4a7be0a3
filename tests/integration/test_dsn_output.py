"""Passwords in DSNs libpq misreads or rejects: never in an error line or `config show`."""

from __future__ import annotations

import os

import pytest

from tests.integration.test_cli import dbaudit

DSNS = {
    "raw @ in the password": "postgresql://postgres:hunter@two@127.0.0.1:1/db",
    "raw / in the password": "postgresql://postgres:hunter/two@127.0.0.1:1/db",
    "leading space": " postgresql://postgres:huntertwo@127.0.0.1:1/db",
    "quoted with spaces": "host=127.0.0.1 port=1 password='hunter two' dbname=db",
    "in the middle, bad syntax": "host=127.0.0.1 password=huntertwo port=1 dbname",
}


@pytest.mark.parametrize("dsn", list(DSNS.values()), ids=list(DSNS))
def test_errors_and_config_show_mask_the_password(dsn: str) -> None:
    run = dbaudit("scan", dsn)
    assert run.returncode == 2
    assert run.stderr.startswith("dbaudit: error: ")
    assert "Traceback" not in run.stderr
    shown = dbaudit("config", "show", env={**os.environ, "DBAUDIT_DSN": dsn})
    assert shown.returncode == 0, shown.stderr
    assert "dsn: " in shown.stdout
    for piece in ("hunter", "two@", "two'"):
        assert piece not in run.stderr
        assert piece not in shown.stdout
