"""`dbaudit config show`: the merged configuration as YAML, each value with where it came from.

The output is valid dbaudit.yaml (origins are comments), so it can be copied and edited.
Every declared setting is shown, in declaration order, as its declaration writes it.
"""

from __future__ import annotations

from typing import Any

import yaml

from dbaudit.settings.declare import plain
from dbaudit.settings.model import heuristics_declared, settings_declared
from dbaudit.settings.sources import HEURISTICS, ResolvedConfig


def _line(key: str, value: Any, origin: str, indent: str = "") -> str:
    text = yaml.safe_dump({key: value}, default_flow_style=True, width=10_000, sort_keys=False)
    return f"{indent}{text.strip()[1:-1]}  # {origin}"


def render_config(resolved: ResolvedConfig) -> str:
    origins = resolved.origins
    settings = resolved.settings
    lines = [
        "# dbaudit configuration, merged: command line > DBAUDIT_* environment > --config",
        "# file > dbaudit.yaml or [tool.dbaudit] found from the current folder > defaults",
    ]
    for key, how in settings_declared().items():
        if how.show is not None:
            value = how.show(getattr(settings, key))
            lines.append(_line(key, value, origins.get(key, "default")))
    lines.append(f"{HEURISTICS}:")
    for name in heuristics_declared():
        value = plain(getattr(settings.heuristics, name))
        origin = origins.get(f"{HEURISTICS}.{name}", "default")
        lines.append(_line(name, value, origin, indent="  "))
    return "\n".join(lines) + "\n"
