"""`dbaudit config show`: the merged configuration as YAML, each value with where it came from.

The output is valid dbaudit.yaml (origins are comments), so it can be copied and edited.
Every declared setting is shown, in declaration order, as its declaration writes it; the
comment also names the checks whose queries read it (their `parameters:`), so that one line
of `config show | grep KEY` says what a knob changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import yaml

from dbaudit.settings.declare import plain
from dbaudit.settings.model import heuristics_declared, settings_declared
from dbaudit.settings.sources import HEURISTICS, ResolvedConfig


def _line(key: str, value: Any, origin: str, users: Sequence[str], indent: str = "") -> str:
    text = yaml.safe_dump({key: value}, default_flow_style=True, width=10_000, sort_keys=False)
    used = f"; used by {', '.join(users)}" if users else ""
    return f"{indent}{text.strip()[1:-1]}  # {origin}{used}"


def _users(checks: Sequence[str], read_by: str | None) -> Sequence[str]:
    return (*checks, read_by) if read_by else checks


def render_config(
    resolved: ResolvedConfig, used_by: Mapping[str, Sequence[str]] | None = None
) -> str:
    """`used_by`: the checks reading each setting, by key (heuristics.<name> for one)."""
    used_by = used_by or {}
    origins = resolved.origins
    settings = resolved.settings
    lines = [
        "# dbaudit configuration, merged: command line > DBAUDIT_* environment > --config",
        "# file > dbaudit.yaml or [tool.dbaudit] found from the current folder > defaults",
    ]
    for key, how in settings_declared().items():
        if how.show is not None:
            value = how.show(getattr(settings, key))
            users = _users(used_by.get(key, ()), how.read_by)
            lines.append(_line(key, value, origins.get(key, "default"), users))
    lines.append(f"{HEURISTICS}:")
    for name, how in heuristics_declared().items():
        value = plain(getattr(settings.heuristics, name))
        key = f"{HEURISTICS}.{name}"
        origin = origins.get(key, "default")
        users = _users(used_by.get(key, ()), how.read_by)
        lines.append(_line(name, value, origin, users, indent="  "))
    return "\n".join(lines) + "\n"
