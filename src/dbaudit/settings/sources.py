"""Configuration layers and their merge.

Precedence, highest first: command-line flags, DBAUDIT_* environment variables, --config FILE,
the nearest dbaudit.yaml or [tool.dbaudit] in pyproject.toml (searched upward from the current
directory), defaults. Every value remembers the layer it came from (`dbaudit config show`).
Unknown keys and bad values are errors naming the file and the line.

Nothing here names a setting: the keys, their converters and environment variables come
from the declarations in settings.model (`ScanSettings`, `Heuristics`).
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from dbaudit.errors import ConfigError, not_utf8
from dbaudit.settings.model import (
    ScanSettings,
    heuristics_declared,
    settings_declared,
)
from dbaudit.settings.values import Converter, Where

CONFIG_FILE_NAMES = ("dbaudit.yaml", "dbaudit.yml")
DEFAULTS = "defaults"
ENVIRONMENT_LAYER = "environment"  # the names of the layers that are not files
FLAGS = "command line"
HEURISTICS = "heuristics"  # the one key that holds a mapping of keys: "heuristics.<name>"


@dataclass(frozen=True)
class Layer:
    source: str
    values: Mapping[str, Any]  # flat keys: "fail_on", "heuristics.sample_size", ...


@dataclass(frozen=True)
class ResolvedConfig:
    settings: ScanSettings
    origins: Mapping[str, str]  # flat key -> the layer that set it


def converters() -> dict[str, Converter]:
    """Every flat key a configuration may set, with its converter."""
    found = {key: how.parse for key, how in settings_declared().items()}
    found.update({f"{HEURISTICS}.{k}": how.parse for k, how in heuristics_declared().items()})
    return found


def environment_variables() -> dict[str, str]:
    """DBAUDIT_* variable -> the key it sets."""
    found = {}
    for key, how in settings_declared().items():
        name = how.env_var(key)
        if name:
            found[name] = key
    return found


def _flatten(data: Mapping[str, Any], where: Where) -> dict[str, Any]:
    flat = {k: v for k, v in data.items() if k != HEURISTICS}
    heuristics = data.get(HEURISTICS, {})
    if not isinstance(heuristics, dict):
        raise where.error(HEURISTICS, "'heuristics' must be a mapping of names to values")
    flat.update({f"{HEURISTICS}.{k}": v for k, v in heuristics.items()})
    return flat


def _unknown_key(key: str, known_keys: Sequence[str], where: Where) -> ConfigError:
    # The likely typo first ("did you mean 'fail_on'?"), then everything there is.
    near = difflib.get_close_matches(key.replace("-", "_"), sorted(known_keys), n=1, cutoff=0.6)
    guess = f" (did you mean '{near[0]}'?)" if near else ""
    known = ", ".join(sorted(k for k in known_keys if not k.startswith(f"{HEURISTICS}.")))
    hint = "heuristics: " + ", ".join(heuristics_declared())
    return where.error(key, f"unknown key '{key}'{guess}; known keys: {known}, heuristics ({hint})")


def _validate(raw: Mapping[str, Any], where: Where) -> dict[str, Any]:
    parsers = converters()
    values = {}
    for key, value in raw.items():
        if key not in parsers:
            raise _unknown_key(key, list(parsers), where)
        values[key] = parsers[key](value, key, where)
    return values


# ---- the layers -----------------------------------------------------------------------


def _yaml_lines(text: str) -> dict[str, int]:
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            lines[str(key.value)] = key.start_mark.line + 1
            if key.value == HEURISTICS and isinstance(value, yaml.MappingNode):
                for sub, _ in value.value:
                    lines[f"{HEURISTICS}.{sub.value}"] = sub.start_mark.line + 1
    return lines


def mapping_layer(data: Mapping[str, Any], source: str) -> Layer:
    """Configuration given as data (a check case's `config`), validated like a file's."""
    where = Where(source)
    return Layer(source, _validate(_flatten(data, where), where))


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
    where = Where(str(path), lines, path.parent)
    return Layer(str(path), _validate(_flatten(data, where), where))


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
        elif key and section == f"tool.dbaudit.{HEURISTICS}":
            lines.setdefault(f"{HEURISTICS}.{key.group(1)}", number)
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
    where = Where(str(path), _toml_lines(text), path.parent)
    return Layer(source, _validate(_flatten(section, where), where))


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


def environment_layer(environ: Mapping[str, str]) -> Layer:
    where = Where(ENVIRONMENT_LAYER)
    parsers = converters()
    values = {}
    for name, key in environment_variables().items():
        if not environ.get(name):
            continue
        try:
            values[key] = parsers[key](environ[name], key, where)
        except ConfigError as error:
            raise ConfigError(error.message.replace(f"'{key}'", name, 1)) from None
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
    prefix = f"{HEURISTICS}."
    heuristics = dataclasses.replace(
        ScanSettings().heuristics,
        **{k.removeprefix(prefix): v for k, v in merged.items() if k.startswith(prefix)},
    )
    given = {}
    for key, how in settings_declared().items():
        if key in merged:
            given[key] = merged[key]
        if how.on_merge is not None:
            given[key] = how.on_merge(given.get(key, _default(key)))
    return ResolvedConfig(ScanSettings(**given, heuristics=heuristics), origins)


def _default(key: str) -> Any:
    return getattr(ScanSettings(), key)
