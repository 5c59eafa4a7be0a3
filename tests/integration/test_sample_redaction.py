"""Sample values of columns that may hold secrets or personal data never reach a report,
unless asked for (issue 14, row 7)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.conftest import TestDatabase
from tests.integration.test_cli import dbaudit

SCHEMA = """
CREATE TABLE users (id int PRIMARY KEY, email text);
INSERT INTO users VALUES (1, 'ann@example.com'), (2, 'ann@example.com');
CREATE TABLE api_credentials (id int PRIMARY KEY, api_key text);
INSERT INTO api_credentials VALUES (1, 'sk_live_51Habc'), (2, 'sk_live_51Habc');
CREATE TABLE positions (id int PRIMARY KEY, symbol text NOT NULL);
INSERT INTO positions VALUES (1, 'AAPL'), (2, 'AAPL');
"""
SECRETS = ("ann@example.com", "sk_live_51Habc")
FORMATS = {"json": "json", "md": "md", "html": "html", "github": "github.txt", "terminal": "txt"}


def _reports(database: TestDatabase, tmp_path: Path, *extra: str, **env: str) -> dict[str, str]:
    args = ["scan", database.dsn, "--fail-on", "none", "--output-dir", str(tmp_path), *extra]
    for fmt in FORMATS:
        args += ["-f", fmt]
    summary = tmp_path / "step-summary.md"
    run = dbaudit(*args, env={**os.environ, "GITHUB_STEP_SUMMARY": str(summary), **env})
    assert run.returncode == 0, run.stderr
    texts = {fmt: (tmp_path / f"dbaudit-report.{ext}").read_text() for fmt, ext in FORMATS.items()}
    texts["step summary"] = summary.read_text()
    texts["stdout"], texts["stderr"] = run.stdout, run.stderr
    return texts


def _samples(report: str) -> dict[str, list[str]]:
    return {
        f["object"]["table"]: f["samples"]
        for f in json.loads(report)["findings"]
        if f["check_id"] == "KEY001"
    }


def test_samples_of_emails_and_api_keys_are_redacted(
    database: TestDatabase, tmp_path: Path
) -> None:
    database.load(SCHEMA)
    reports = _reports(database, tmp_path)
    for name, text in reports.items():
        for secret in SECRETS:
            assert secret not in text, f"{secret} in the {name} report"
    assert _samples(reports["json"]) == {
        "users": ["[redacted]"],
        "api_credentials": ["[redacted]"],
        "positions": ["AAPL"],  # a symbol is no one's secret
    }
    assert "Sample keys for public.users(email): \\[redacted\\]" in reports["md"]
    # The job summary lists the critical finding; its samples are in the full report only.
    assert "| public.users(email) |" in reports["step summary"]
    assert "[redacted]" in reports["html"]


def test_a_setting_shows_them(database: TestDatabase, tmp_path: Path) -> None:
    database.load(SCHEMA)
    expected = {
        "users": ["ann@example.com"],
        "api_credentials": ["sk_live_51Habc"],
        "positions": ["AAPL"],
    }
    flag = _reports(database, tmp_path / "flag", "--show-sensitive-samples")
    assert _samples(flag["json"]) == expected
    assert "ann@example.com" in flag["md"]
    env = _reports(database, tmp_path / "env", DBAUDIT_SHOW_SENSITIVE_SAMPLES="true")
    assert _samples(env["json"]) == expected
    config = tmp_path / "dbaudit.yaml"
    config.write_text("show_sensitive_samples: true\n")
    from_file = _reports(database, tmp_path / "file", "--config", str(config))
    assert _samples(from_file["json"]) == expected
