"""The two consoles: reports on stdout, status lines on stderr (never wrapped, so a path
or a message stays on one line for whoever greps it)."""

from __future__ import annotations

import sys

from rich.console import Console


def stdout_console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def print_ending(line: str, *, to_stdout: bool) -> None:
    """The scan's last line: after the summary on stdout, else on stderr, so that a JSON or
    SARIF report on stdout stays a valid document. Plain print: never wrapped."""
    print(line, file=sys.stdout if to_stdout else sys.stderr, flush=True)
