"""Configuration layers: precedence, provenance, strict validation with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from dbaudit.errors import ConfigError
from dbaudit.settings.sources import ResolvedConfig, load_layers, resolve
from dbaudit.severity import FailOn, Severity

NO_FLAGS: dict[str, object] = {}


def resolved(
    tmp_path: Path,
    flags: dict[str, object] | None = None,
    environ: dict[str, str] | None = None,
    config_file: Path | None = None,
) -> ResolvedConfig:
    layers = load_layers(
        flags or NO_FLAGS, config_file=config_file, environ=environ or {}, cwd=tmp_path
    )
    return resolve(layers)


def test_defaults_when_nothing_is_configured(tmp_path: Path) -> None:
    config = resolved(tmp_path)
    assert config.settings.fail_on is FailOn.CRITICAL
    assert config.settings.statement_timeout == 30_000
    assert config.origins == {}


def test_precedence_flags_over_env_over_config_over_discovered(tmp_path: Path) -> None:
    (tmp_path / "dbaudit.yaml").write_text(
        "fail_on: low\nlock_timeout: 11\nstatement_timeout: 12\nschemas: [a]\n"
    )
    explicit = tmp_path / "ci.yaml"
    explicit.write_text("fail_on: medium\nlock_timeout: 21\n")
    config = resolved(
        tmp_path,
        flags={"fail_on": FailOn.HIGH, "schemas": ()},
        environ={"DBAUDIT_LOCK_TIMEOUT": "31", "DBAUDIT_FAIL_ON": "none"},
        config_file=explicit,
    )
    settings = config.settings
    assert settings.fail_on is FailOn.HIGH
    assert settings.lock_timeout == 31
    assert settings.statement_timeout == 12
    assert settings.schemas == ("a",)  # an empty flag does not override
    assert config.origins["fail_on"] == "command line"
    assert config.origins["lock_timeout"] == "environment"
    assert config.origins["statement_timeout"] == str(tmp_path / "dbaudit.yaml")


def test_pyproject_section_is_found_upward(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.dbaudit]\nfail_on = "high"\n\n'
        '[tool.dbaudit.heuristics]\nquantity_words = ["lots"]\nsample_size = 3\n'
    )
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    config = resolved(nested)
    assert config.settings.fail_on is FailOn.HIGH
    assert config.settings.heuristics.quantity_words == ("lots",)
    assert config.settings.heuristics.sample_size == 3
    assert (
        config.origins["heuristics.sample_size"] == f"{tmp_path / 'pyproject.toml'} [tool.dbaudit]"
    )


def test_pyproject_without_the_section_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert resolved(tmp_path).origins == {}


def test_unknown_key_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "dbaudit.yaml"
    path.write_text("fail_on: high\nfial_on: low\n")
    with pytest.raises(ConfigError, match=rf"^{path}:2: unknown key 'fial_on'"):
        resolved(tmp_path)


def test_unknown_heuristic_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "dbaudit.yaml"
    path.write_text("heuristics:\n  quantity_words: [qty]\n  price_wrds: [px]\n")
    with pytest.raises(ConfigError, match=rf"^{path}:3: unknown key 'heuristics.price_wrds'"):
        resolved(tmp_path)


def test_unknown_key_in_pyproject_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.dbaudit]\nfail_on = "high"\ncolour = true\n')
    with pytest.raises(ConfigError, match=rf"^{path}:3: unknown key 'colour'"):
        resolved(tmp_path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("fail_on: sometimes\n", "'fail_on' is 'sometimes'; expected one of: critical"),
        ("lock_timeout: soon\n", "'lock_timeout' must be a whole number"),
        ("severity: {FK001: urgent}\n", "severities are critical"),
        ("suppress: [{check: FK001, table: t}]\n", "needs reason"),
        ("heuristics: {sample_size: many}\n", "'heuristics.sample_size' must be a whole number"),
        ("schemas: 3\n", "'schemas' must be a list of strings"),
        ("jobs: 0\n", "'jobs' must be 1 or more"),
        ("jobs: two\n", "'jobs' must be a whole number"),
        ("parallel_workers: -1\n", "'parallel_workers' must be a whole number >= 0"),
    ],
)
def test_bad_values_are_explained(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "dbaudit.yaml").write_text(text)
    with pytest.raises(ConfigError, match=":1: ") as caught:
        resolved(tmp_path)
    assert message in caught.value.message


@pytest.mark.parametrize("percent", ["500", "0", "-1"])
def test_tablesample_percent_out_of_range_names_file_and_line(tmp_path: Path, percent: str) -> None:
    path = tmp_path / "dbaudit.yaml"
    path.write_text(f"fail_on: high\nheuristics:\n  tablesample_percent: {percent}\n")
    with pytest.raises(ConfigError) as caught:
        resolved(tmp_path)
    assert caught.value.message == (
        f"{path}:3: 'tablesample_percent' is {percent}; a TABLESAMPLE percentage is above 0 "
        "and at most 100"
    )


def test_tablesample_percent_of_100_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "dbaudit.yaml").write_text("heuristics: {tablesample_percent: 100}\n")
    assert resolved(tmp_path).settings.heuristics.tablesample_percent == 100


def test_bad_environment_value_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="DBAUDIT_FAIL_ON is 'loud'"):
        resolved(tmp_path, environ={"DBAUDIT_FAIL_ON": "loud"})


def test_jobs_from_file_environment_and_flag(tmp_path: Path) -> None:
    assert resolved(tmp_path).settings.jobs == 1
    (tmp_path / "dbaudit.yaml").write_text("jobs: 2\n")
    assert resolved(tmp_path).settings.jobs == 2
    assert resolved(tmp_path, environ={"DBAUDIT_JOBS": "3"}).settings.jobs == 3
    config = resolved(tmp_path, flags={"jobs": 4}, environ={"DBAUDIT_JOBS": "3"})
    assert config.settings.jobs == 4
    assert config.origins["jobs"] == "command line"


def test_parallel_workers_from_file_environment_and_flag(tmp_path: Path) -> None:
    assert resolved(tmp_path).settings.parallel_workers is None  # the server's setting
    (tmp_path / "dbaudit.yaml").write_text("parallel_workers: 0\n")
    assert resolved(tmp_path).settings.parallel_workers == 0
    environ = {"DBAUDIT_PARALLEL_WORKERS": "1"}
    assert resolved(tmp_path, environ=environ).settings.parallel_workers == 1
    config = resolved(tmp_path, flags={"parallel_workers": 2}, environ=environ)
    assert config.settings.parallel_workers == 2
    assert config.origins["parallel_workers"] == "command line"


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such configuration file"):
        resolved(tmp_path, config_file=tmp_path / "nope.yaml")


def test_overrides_disable_suppressions_and_check_paths(tmp_path: Path) -> None:
    (tmp_path / "dbaudit.yaml").write_text(
        "severity: {fk001: low}\n"
        "disable: [num001]\n"
        "checks: [team-checks]\n"
        "suppress:\n"
        "  - {check: REF001, table: public.audit_logs, columns: [user_id],\n"
        "     reason: audit rows outlive users}\n"
    )
    settings = resolved(tmp_path).settings
    assert settings.severity == {"FK001": Severity.LOW}
    assert settings.disable == frozenset({"NUM001"})
    assert settings.checks == (tmp_path / "team-checks",)
    (rule,) = settings.suppress
    assert (rule.check, rule.table, rule.columns) == ("REF001", "public.audit_logs", ("user_id",))


def test_each_variable_sets_the_key_it_is_named_after(tmp_path: Path) -> None:
    """The environment layer is derived from the declarations: DBAUDIT_<KEY> sets <key>."""
    values = {
        "dsn": "dbname=app",
        "schemas": "a,b",
        "fail_on": "high",
        "statement_timeout": "7",
        "lock_timeout": "8",
        "jobs": "2",
        "parallel_workers": "0",
        "checks": "team",
        "select": "ref,fk",
        "ignore": "ops",
        "data_checks": "off",
        "check_validated_fks": "yes",
        "show_sensitive_samples": "1",
    }
    environ = {f"DBAUDIT_{key.upper()}": value for key, value in values.items()}
    config = resolved(tmp_path, environ=environ)
    assert config.origins == dict.fromkeys(values, "environment")
    settings = config.settings
    assert (settings.schemas, settings.fail_on, settings.jobs) == (("a", "b"), FailOn.HIGH, 2)
    assert (settings.statement_timeout, settings.lock_timeout) == (7, 8)
    assert (settings.select, settings.ignore) == (("REF", "FK"), ("OPS",))
    assert (settings.data_checks, settings.check_validated_fks) == (False, True)
    assert settings.show_sensitive_samples and settings.parallel_workers == 0
    assert settings.checks == (Path("team"),)
