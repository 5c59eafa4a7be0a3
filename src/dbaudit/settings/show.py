"""`dbaudit config show`: the merged configuration as YAML, each value with where it came from.

The output is valid dbaudit.yaml (origins are comments), so it can be copied and edited.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import yaml

from dbaudit.settings.dsn import mask_dsn
from dbaudit.settings.model import Heuristics, ScanSettings
from dbaudit.settings.sources import ResolvedConfig


def _top_level(settings: ScanSettings) -> dict[str, Any]:
    """Each configuration key (as written in dbaudit.yaml) with its effective value."""
    return {
        "dsn": mask_dsn(settings.dsn) if settings.dsn else None,
        "schemas": list(settings.schemas),
        "fail_on": settings.fail_on.value,
        "statement_timeout": settings.statement_timeout_ms,
        "lock_timeout": settings.lock_timeout_ms,
        "jobs": settings.jobs,
        "parallel_workers": settings.parallel_workers,
        "checks": [str(p) for p in settings.extra_check_dirs],
        "data_checks": settings.run_data_checks,
        "check_validated_fks": settings.check_validated_fks,
        "show_sensitive_samples": settings.show_sensitive_samples,
        "severity": {k: v.value for k, v in sorted(settings.severity_overrides.items())},
        "disable": sorted(settings.disabled_checks),
        "suppress": [
            {"check": s.check, "table": s.table, "columns": list(s.columns), "reason": s.reason}
            for s in settings.suppressions
        ],
    }


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
    lines += [
        _line(key, value, origins.get(key, "default"))
        for key, value in _top_level(settings).items()
    ]
    lines.append("heuristics:")
    for field in dataclasses.fields(Heuristics):
        value = getattr(settings.heuristics, field.name)
        shown = list(value) if isinstance(value, tuple) else value
        origin = origins.get(f"heuristics.{field.name}", "default")
        lines.append(_line(field.name, shown, origin, indent="  "))
    return "\n".join(lines) + "\n"
