"""Configuration layers and their merge.

Precedence, highest first: command-line flags, DBAUDIT_* environment variables, --config FILE,
the nearest dbaudit.yaml or [tool.dbaudit] in pyproject.toml (searched upward from the current
directory), defaults. Every value remembers the layer it came from (`dbaudit config show`).
Unknown keys and bad values are errors naming the file and the line.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from dbaudit.errors import ConfigError, not_utf8
from dbaudit.settings.dsn import expand_dsn
from dbaudit.settings.model import Heuristics, ScanSettings
from dbaudit.settings.suppression import Suppression
from dbaudit.severity import FailOn, Severity

CONFIG_FILE_NAMES = ("dbaudit.yaml", "dbaudit.yml")
DEFAULTS = "defaults"
ENVIRONMENT_LAYER = "environment"  # the names of the layers that are not files
FLAGS = "command line"


@dataclass(frozen=True)
class Layer:
    source: str
    values: Mapping[str, Any]  # flat keys: "fail_on", "heuristics.sample_size", ...


@dataclass(frozen=True)
class ResolvedConfig:
    settings: ScanSettings
    origins: Mapping[str, str]  # flat key -> the layer that set it


class _Where:
    """Says where a key is, for error messages."""

    def __init__(self, source: str, lines: Mapping[str, int] | None = None) -> None:
        self.source = source
        self.lines = lines or {}

    def error(self, key: str, text: str) -> ConfigError:
        line = self.lines.get(key)
        place = f"{self.source}:{line}" if line else self.source
        return ConfigError(f"{place}: {text}")


# ---- value converters: (value, key, where) -> validated value ---------------------------


def _str_list(value: Any, key: str, where: _Where) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise where.error(key, f"'{key}' must be a list of strings")
    return tuple(value)


def _int(value: Any, key: str, where: _Where) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise where.error(key, f"'{key}' must be a whole number, not {value!r}") from None
    if number < 0 or isinstance(value, bool):
        raise where.error(key, f"'{key}' must be a whole number >= 0, not {value!r}")
    return number


def _optional_int(value: Any, key: str, where: _Where) -> int | None:
    """A whole number, or null: leave it to the server."""
    return None if value is None else _int(value, key, where)


def _jobs(value: Any, key: str, where: _Where) -> int:
    number = _int(value, key, where)
    if number < 1:
        raise where.error(key, f"'{key}' must be 1 or more (connections), not {value!r}")
    return number


def _float(value: Any, key: str, where: _Where) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        raise where.error(key, f"'{key}' must be a number, not {value!r}") from None


def _text(value: Any, key: str, where: _Where) -> str:
    if not isinstance(value, str):
        raise where.error(key, f"'{key}' must be text")
    return value


def _bool(value: Any, key: str, where: _Where) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in (
        "1",
        "true",
        "yes",
        "on",
        "0",
        "false",
        "no",
        "off",
    ):
        return value.lower() in ("1", "true", "yes", "on")
    raise where.error(key, f"'{key}' must be true or false, not {value!r}")


def _fail_on(value: Any, key: str, where: _Where) -> FailOn:
    try:
        return FailOn(str(value).lower())
    except ValueError:
        choices = ", ".join(f.value for f in FailOn)
        raise where.error(key, f"'{key}' is {value!r}; expected one of: {choices}") from None


def _paths(base: Path | None) -> Callable[[Any, str, _Where], tuple[Path, ...]]:
    def convert(value: Any, key: str, where: _Where) -> tuple[Path, ...]:
        if isinstance(value, str):
            value = [v for v in value.split(os.pathsep) if v]
        names = _str_list(value, key, where)
        # Paths in a file are relative to that file's folder, not to where dbaudit runs.
        return tuple((base / n) if base and not Path(n).is_absolute() else Path(n) for n in names)

    return convert


def _severities(value: Any, key: str, where: _Where) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise where.error(key, f"'{key}' maps check ids to severities, e.g. {{FK001: low}}")
    try:
        return {str(k).upper(): Severity(str(v).lower()) for k, v in value.items()}
    except ValueError as error:
        choices = ", ".join(s.value for s in Severity)
        raise where.error(key, f"'{key}': {error}; severities are {choices}") from None


def _upper_ids(value: Any, key: str, where: _Where) -> frozenset[str]:
    return frozenset(v.upper() for v in _str_list(value, key, where))


def _selectors(value: Any, key: str, where: _Where) -> tuple[str, ...]:
    """Check ids or prefixes, in order: `REF,FK002` or a list."""
    return tuple(dict.fromkeys(v.upper() for v in _str_list(value, key, where)))


_SUPPRESSION_KEYS = {"check", "table", "columns", "reason"}


def _suppressions(value: Any, key: str, where: _Where) -> tuple[Suppression, ...]:
    if not isinstance(value, list):
        raise where.error(key, f"'{key}' must be a list of {{check, table, reason}} entries")
    rules = []
    for item in value:
        if not isinstance(item, dict) or set(item) - _SUPPRESSION_KEYS:
            raise where.error(
                key, f"each '{key}' entry has keys {sorted(_SUPPRESSION_KEYS)}; got {item!r}"
            )
        missing = {"check", "table", "reason"} - {k for k, v in item.items() if v}
        if missing:
            raise where.error(
                key,
                f"'{key}' entry {item!r} needs {', '.join(sorted(missing))}"
                " (a suppression always says why)",
            )
        rules.append(
            Suppression(
                check=str(item["check"]),
                table=str(item["table"]),
                reason=str(item["reason"]),
                columns=_str_list(item.get("columns", []), key, where),
            )
        )
    return tuple(rules)


def _heuristic_converter(field: dataclasses.Field[Any]) -> Callable[[Any, str, _Where], Any]:
    kind = str(field.type)
    if kind.startswith("tuple"):
        return _str_list
    return {"int": _int, "float": _float, "str": _text}[kind]


def _converters(base: Path | None) -> dict[str, Callable[[Any, str, _Where], Any]]:
    converters: dict[str, Callable[[Any, str, _Where], Any]] = {
        "dsn": _text,
        "schemas": _str_list,
        "fail_on": _fail_on,
        "statement_timeout": _int,
        "lock_timeout": _int,
        "jobs": _jobs,
        "parallel_workers": _optional_int,
        "checks": _paths(base),
        "data_checks": _bool,
        "check_validated_fks": _bool,
        "allow_empty": _bool,
        "show_sensitive_samples": _bool,
        "severity": _severities,
        "disable": _upper_ids,
        "select": _selectors,
        "tables": _str_list,
        "exclude_tables": _str_list,
        "ignore": _selectors,
        "suppress": _suppressions,
    }
    for f in dataclasses.fields(Heuristics):
        converters[f"heuristics.{f.name}"] = _heuristic_converter(f)
    return converters


def _flatten(data: Mapping[str, Any], where: _Where) -> dict[str, Any]:
    flat = {k: v for k, v in data.items() if k != "heuristics"}
    heuristics = data.get("heuristics", {})
    if not isinstance(heuristics, dict):
        raise where.error("heuristics", "'heuristics' must be a mapping of names to values")
    flat.update({f"heuristics.{k}": v for k, v in heuristics.items()})
    return flat


def _unknown_key(key: str, converters: Mapping[str, object], where: _Where) -> ConfigError:
    # The likely typo first ("did you mean 'fail_on'?"), then everything there is.
    near = difflib.get_close_matches(key.replace("-", "_"), sorted(converters), n=1, cutoff=0.6)
    guess = f" (did you mean '{near[0]}'?)" if near else ""
    known = ", ".join(sorted(k for k in converters if not k.startswith("heuristics.")))
    hint = "heuristics: " + ", ".join(f.name for f in dataclasses.fields(Heuristics))
    return where.error(key, f"unknown key '{key}'{guess}; known keys: {known}, heuristics ({hint})")


def _validate(raw: Mapping[str, Any], where: _Where, base: Path | None) -> dict[str, Any]:
    converters = _converters(base)
    values = {}
    for key, value in raw.items():
        if key not in converters:
            raise _unknown_key(key, converters, where)
        values[key] = converters[key](value, key, where)
    percent = values.get("heuristics.tablesample_percent")
    if percent is not None and not 0 < percent <= 100:
        raise where.error(
            "heuristics.tablesample_percent",
            f"'tablesample_percent' is {percent:g}; a TABLESAMPLE percentage is above 0 and at "
            "most 100",
        )
    return values


# ---- the layers -----------------------------------------------------------------------


def _yaml_lines(text: str) -> dict[str, int]:
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            lines[str(key.value)] = key.start_mark.line + 1
            if key.value == "heuristics" and isinstance(value, yaml.MappingNode):
                for sub, _ in value.value:
                    lines[f"heuristics.{sub.value}"] = sub.start_mark.line + 1
    return lines


def mapping_layer(data: Mapping[str, Any], source: str) -> Layer:
    """Configuration given as data (a check case's `config`), validated like a file's."""
    where = _Where(source)
    return Layer(source, _validate(_flatten(data, where), where, None))


def read_yaml_file(path: Path) -> Layer:
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text) or {}
        lines = _yaml_lines(text)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror}") from None
    except UnicodeDecodeError as error:
        raise not_utf8(path, error) from None
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else 1
        raise ConfigError(f"{path}:{line}: invalid YAML: {error.problem}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: the configuration must be a mapping of keys to values")
    where = _Where(str(path), lines)
    return Layer(str(path), _validate(_flatten(data, where), where, path.parent))


def _toml_lines(text: str) -> dict[str, int]:
    """Lines of keys inside [tool.dbaudit] and [tool.dbaudit.heuristics] (tomllib has none)."""
    lines: dict[str, int] = {}
    section = None
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(r"^\s*\[([^\]]+)\]", line)
        if header:
            section = header.group(1).strip()
            continue
        key = re.match(r"^\s*([A-Za-z0-9_\-]+)\s*=", line)
        if key and section == "tool.dbaudit":
            lines.setdefault(key.group(1), number)
        elif key and section == "tool.dbaudit.heuristics":
            lines.setdefault(f"heuristics.{key.group(1)}", number)
    return lines


def read_pyproject(path: Path) -> Layer | None:
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror}") from None
    except UnicodeDecodeError as error:
        raise not_utf8(path, error) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    section = data.get("tool", {}).get("dbaudit")
    if section is None:
        return None
    source = f"{path} [tool.dbaudit]"
    where = _Where(str(path), _toml_lines(text))
    return Layer(source, _validate(_flatten(section, where), where, path.parent))


def read_config_file(path: Path) -> Layer:
    if path.name == "pyproject.toml":
        layer = read_pyproject(path)
        if layer is None:
            raise ConfigError(f"{path}: has no [tool.dbaudit] section")
        return layer
    return read_yaml_file(path)


def discover(start: Path) -> Layer | None:
    """The nearest dbaudit.yaml, or pyproject.toml with [tool.dbaudit], from start upward."""
    for folder in [start, *start.parents]:
        for name in CONFIG_FILE_NAMES:
            if (folder / name).is_file():
                return read_yaml_file(folder / name)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            layer = read_pyproject(pyproject)
            if layer is not None:
                return layer
    return None


ENVIRONMENT = {
    "DBAUDIT_DSN": "dsn",
    "DBAUDIT_SCHEMAS": "schemas",
    "DBAUDIT_FAIL_ON": "fail_on",
    "DBAUDIT_STATEMENT_TIMEOUT": "statement_timeout",
    "DBAUDIT_LOCK_TIMEOUT": "lock_timeout",
    "DBAUDIT_JOBS": "jobs",
    "DBAUDIT_PARALLEL_WORKERS": "parallel_workers",
    "DBAUDIT_CHECKS": "checks",
    "DBAUDIT_SELECT": "select",
    "DBAUDIT_IGNORE": "ignore",
    "DBAUDIT_DATA_CHECKS": "data_checks",
    "DBAUDIT_CHECK_VALIDATED_FKS": "check_validated_fks",
    "DBAUDIT_SHOW_SENSITIVE_SAMPLES": "show_sensitive_samples",
}


def environment_layer(environ: Mapping[str, str]) -> Layer:
    raw = {key: environ[name] for name, key in ENVIRONMENT.items() if environ.get(name)}
    names = {key: name for name, key in ENVIRONMENT.items()}
    where = _Where(ENVIRONMENT_LAYER)
    values = {}
    converters = _converters(None)
    for key, value in raw.items():
        try:
            values[key] = converters[key](value, key, where)
        except ConfigError as error:
            raise ConfigError(error.message.replace(f"'{key}'", names[key], 1)) from None
    return Layer(ENVIRONMENT_LAYER, values)


def flags_layer(flags: Mapping[str, Any]) -> Layer:
    """Flags the user gave (None: not given); already typed by the CLI parser."""
    return Layer(FLAGS, {k: v for k, v in flags.items() if v not in (None, ())})


# ---- the merge --------------------------------------------------------------------------


def load_layers(
    flags: Mapping[str, Any],
    *,
    config_file: Path | None,
    environ: Mapping[str, str],
    cwd: Path,
) -> list[Layer]:
    """Every layer, lowest precedence first."""
    layers = []
    discovered = discover(cwd)
    if discovered:
        layers.append(discovered)
    if config_file:
        if not config_file.is_file():
            raise ConfigError(f"{config_file}: no such configuration file")
        layers.append(read_config_file(config_file))
    layers.append(environment_layer(environ))
    layers.append(flags_layer(flags))
    return layers


def resolve(layers: Sequence[Layer]) -> ResolvedConfig:
    merged: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for layer in layers:
        for key, value in layer.values.items():
            merged[key] = value
            origins[key] = layer.source
    defaults = ScanSettings()
    heuristics = dataclasses.replace(
        defaults.heuristics,
        **{k.split(".", 1)[1]: v for k, v in merged.items() if k.startswith("heuristics.")},
    )
    settings = ScanSettings(
        dsn=expand_dsn(merged.get("dsn", defaults.dsn)),  # `app` alone: dbname=app
        schemas=merged.get("schemas", defaults.schemas),
        fail_on=merged.get("fail_on", defaults.fail_on),
        extra_check_dirs=merged.get("checks", defaults.extra_check_dirs),
        statement_timeout_ms=merged.get("statement_timeout", defaults.statement_timeout_ms),
        lock_timeout_ms=merged.get("lock_timeout", defaults.lock_timeout_ms),
        jobs=merged.get("jobs", defaults.jobs),
        parallel_workers=merged.get("parallel_workers", defaults.parallel_workers),
        heuristics=heuristics,
        severity_overrides=merged.get("severity", defaults.severity_overrides),
        disabled_checks=merged.get("disable", defaults.disabled_checks),
        selected_checks=merged.get("select", defaults.selected_checks),
        table_patterns=merged.get("tables", defaults.table_patterns),
        exclude_table_patterns=merged.get("exclude_tables", defaults.exclude_table_patterns),
        ignored_checks=merged.get("ignore", defaults.ignored_checks),
        suppressions=merged.get("suppress", defaults.suppressions),
        run_data_checks=merged.get("data_checks", defaults.run_data_checks),
        check_validated_fks=merged.get("check_validated_fks", defaults.check_validated_fks),
        allow_empty=merged.get("allow_empty", defaults.allow_empty),
        show_sensitive_samples=merged.get(
            "show_sensitive_samples", defaults.show_sensitive_samples
        ),
    )
    return ResolvedConfig(settings, origins)
