"""The two consoles: reports on stdout, status lines on stderr (never wrapped, so a path
or a message stays on one line for whoever greps it)."""

from __future__ import annotations

from rich.console import Console


def stdout_console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)
