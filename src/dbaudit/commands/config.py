"""`dbaudit config show`."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dbaudit.commands.scanning import resolve_settings
from dbaudit.engine.exitcodes import ExitCode
from dbaudit.settings.show import render_config


def show_config(flags: Mapping[str, Any], config_file: Path | None) -> ExitCode:
    # Plain print: the YAML must reach stdout exactly, with no markup or wrapping.
    print(render_config(resolve_settings(flags, config_file)), end="")
    return ExitCode.OK
