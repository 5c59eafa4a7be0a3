"""How a setting is declared: once, as a dataclass field, with everything the sources need.

`setting(...)` is a `dataclasses.field` whose metadata (a `Declared`) tells the config-file
parser how to read the value, the environment layer whether DBAUDIT_<KEY> sets it, `config
show` how to write it back, and the CLI which flag sets it and the flag's help. The field's
name is the key a user writes in dbaudit.yaml, [tool.dbaudit], a check case's `config:` and
the flags layer: there is no other spelling.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dbaudit.settings.values import Converter

_DECLARED = "dbaudit.setting"
ENV_PREFIX = "DBAUDIT_"


def plain(value: Any) -> Any:
    """A value as YAML writes it: tuples and sets as lists, enums and paths as text."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, frozenset):
        return sorted(plain(v) for v in value)
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in sorted(value.items())}
    return value


@dataclass(frozen=True)
class Flag:
    """The command-line option that sets a setting (`scan`, `fix`)."""

    names: tuple[str, ...]  # "--jobs", "-j"
    help: str  # the option's help; "(default: ...)" is added from the setting's default
    metavar: str | None = None
    default_text: str | None = None  # what "(default: ...)" says, when not the value itself
    switch: bool | None = None  # a flag without a value sets the setting to this (--no-data)
    minimum: int | None = None
    # the flag's values go through the setting's converter, joined by commas (`--select
    # REF,FK002 --select ops`); else a repeatable flag's values are taken as they are
    parse_values: bool = False


@dataclass(frozen=True)
class Declared:
    parse: Converter  # reads a file's, a case's or a variable's value (never the flags')
    env: bool = False  # DBAUDIT_<KEY> sets it
    show: Callable[[Any], Any] | None = plain  # the value as `config show` writes it
    on_merge: Callable[[Any], Any] | None = None  # applied to the merged value (dsn)
    flag: Flag | None = None
    # the bind parameters a check's SQL gets from it; None: the value itself, as `key`
    params: Callable[[Any], Mapping[str, object]] | None = None
    # what reads it besides the checks' SQL (their `parameters:`), as `config show` says it
    read_by: str | None = None

    def env_var(self, key: str) -> str | None:
        return ENV_PREFIX + key.upper() if self.env else None


def setting(
    default: Any = dataclasses.MISSING,
    *,
    parse: Converter,
    factory: Callable[[], Any] | None = None,
    env: bool = False,
    show: Callable[[Any], Any] | None = plain,
    on_merge: Callable[[Any], Any] | None = None,
    flag: Flag | None = None,
    params: Callable[[Any], Mapping[str, object]] | None = None,
) -> Any:
    """One setting: a dataclass field that says how every source reads and writes it."""
    declared = Declared(parse, env, show, on_merge, flag, params)
    metadata = {_DECLARED: declared}
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


def declared(field: dataclasses.Field[Any]) -> Declared | None:
    found = field.metadata.get(_DECLARED)
    return found if isinstance(found, Declared) else None


def bind_params(key: str, value: Any, how: Declared | None) -> Mapping[str, object]:
    """A setting's bind parameters: `key` with the value (tuples as lists) unless declared."""
    if how is not None and how.params is not None:
        return how.params(value)
    return {key: list(value) if isinstance(value, tuple) else value}
