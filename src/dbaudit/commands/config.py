"""`dbaudit config show`."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dbaudit.checks.contract import checks_using_settings
from dbaudit.checks.loader import load_catalog
from dbaudit.commands.scanning import resolve_settings
from dbaudit.engine.exitcodes import ExitCode
from dbaudit.settings.show import render_config


def show_config(flags: Mapping[str, Any], config_file: Path | None) -> ExitCode:
    resolved = resolve_settings(flags, config_file)
    # the configured folders' checks too: which of the user's checks read a setting
    used_by = checks_using_settings(load_catalog(resolved.settings.checks))
    # Plain print: the YAML must reach stdout exactly, with no markup or wrapping.
    print(render_config(resolved, used_by), end="")
    return ExitCode.OK
