"""How a configuration value is read: one function per kind of value, shared by every layer.

A converter takes the raw value (YAML, TOML or an environment variable's text), the key as
the user wrote it, and where it came from; it returns the typed value or raises the error
that names the file and the line.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from dbaudit.errors import ConfigError
from dbaudit.settings.suppression import Suppression
from dbaudit.severity import FailOn, Severity


class Where:
    """Where a layer's values come from: for error messages, and for relative paths."""

    def __init__(
        self, source: str, lines: Mapping[str, int] | None = None, base: Path | None = None
    ) -> None:
        self.source = source
        self.lines = lines or {}
        self.base = base  # the folder of the file: its paths are relative to it

    def error(self, key: str, text: str) -> ConfigError:
        line = self.lines.get(key)
        place = f"{self.source}:{line}" if line else self.source
        return ConfigError(f"{place}: {text}")


Converter = Callable[[Any, str, Where], Any]


def str_list(value: Any, key: str, where: Where) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise where.error(key, f"'{key}' must be a list of strings")
    return tuple(value)


def whole_number(value: Any, key: str, where: Where) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise where.error(key, f"'{key}' must be a whole number, not {value!r}") from None
    if number < 0 or isinstance(value, bool):
        raise where.error(key, f"'{key}' must be a whole number >= 0, not {value!r}")
    return number


def optional_whole_number(value: Any, key: str, where: Where) -> int | None:
    """A whole number, or null: leave it to the server."""
    return None if value is None else whole_number(value, key, where)


def connections(value: Any, key: str, where: Where) -> int:
    number = whole_number(value, key, where)
    if number < 1:
        raise where.error(key, f"'{key}' must be 1 or more (connections), not {value!r}")
    return number


def number(value: Any, key: str, where: Where) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        raise where.error(key, f"'{key}' must be a number, not {value!r}") from None


def percentage(value: Any, key: str, where: Where) -> float:
    """A TABLESAMPLE percentage: above 0, at most 100."""
    percent = number(value, key, where)
    if not 0 < percent <= 100:
        name = key.rsplit(".", 1)[-1]
        raise where.error(
            key,
            f"'{name}' is {percent:g}; a TABLESAMPLE percentage is above 0 and at most 100",
        )
    return percent


def text(value: Any, key: str, where: Where) -> str:
    if not isinstance(value, str):
        raise where.error(key, f"'{key}' must be text")
    return value


_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


def boolean(value: Any, key: str, where: Where) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in (*_TRUE, *_FALSE):
        return value.lower() in _TRUE
    raise where.error(key, f"'{key}' must be true or false, not {value!r}")


def fail_on(value: Any, key: str, where: Where) -> FailOn:
    try:
        return FailOn(str(value).lower())
    except ValueError:
        choices = ", ".join(f.value for f in FailOn)
        raise where.error(key, f"'{key}' is {value!r}; expected one of: {choices}") from None


def paths(value: Any, key: str, where: Where) -> tuple[Path, ...]:
    if isinstance(value, str):
        value = [v for v in value.split(os.pathsep) if v]
    names = str_list(value, key, where)
    # Paths in a file are relative to that file's folder, not to where dbaudit runs.
    base = where.base
    return tuple((base / n) if base and not Path(n).is_absolute() else Path(n) for n in names)


def severities(value: Any, key: str, where: Where) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise where.error(key, f"'{key}' maps check ids to severities, e.g. {{FK001: low}}")
    try:
        return {str(k).upper(): Severity(str(v).lower()) for k, v in value.items()}
    except ValueError as error:
        choices = ", ".join(s.value for s in Severity)
        raise where.error(key, f"'{key}': {error}; severities are {choices}") from None


def upper_ids(value: Any, key: str, where: Where) -> frozenset[str]:
    return frozenset(v.upper() for v in str_list(value, key, where))


def selectors(value: Any, key: str, where: Where) -> tuple[str, ...]:
    """Check ids or prefixes, in order: `REF,FK002` or a list."""
    return tuple(dict.fromkeys(v.upper() for v in str_list(value, key, where)))


_SUPPRESSION_KEYS = {"check", "table", "columns", "reason"}


def suppressions(value: Any, key: str, where: Where) -> tuple[Suppression, ...]:
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
                columns=str_list(item.get("columns", []), key, where),
            )
        )
    return tuple(rules)
