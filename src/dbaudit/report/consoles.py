"""The two consoles: reports on stdout, status lines on stderr (never wrapped, so a path
or a message stays on one line for whoever greps it).

Output that is not a terminal (a pipe, a file, a CI log) is never wrapped and has no
trailing spaces: a line that rich padded or folded at 80 columns split identifiers and SQL
for `grep`, `diff` and `| tee` alike.
"""

from __future__ import annotations

import io
import sys
from typing import TextIO, cast

from rich.console import Console

# Wide enough that nothing a report prints wraps; rich needs a number.
UNWRAPPED_WIDTH = 100_000


class TrailingSpaceStripper(io.TextIOBase):
    """Writes whole lines to `out`, each without the spaces rich pads table cells with."""

    def __init__(self, out: TextIO) -> None:
        super().__init__()
        self._out = out
        self._partial = ""

    def write(self, text: str) -> int:
        lines = (self._partial + text).split("\n")
        self._partial = lines.pop()
        if lines:
            self._out.write("".join(line.rstrip(" ") + "\n" for line in lines))
        return len(text)

    def flush(self) -> None:
        self._out.flush()

    def isatty(self) -> bool:
        return False

    def close(self) -> None:
        # A last line without its newline is written as it is: nothing may be lost.
        if self._partial:
            self._out.write(self._partial.rstrip(" "))
            self._partial = ""
        self.flush()


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich exits 1 here, the code of "findings": the CLI ends a broken pipe its own way.
        self.quiet = True
        raise BrokenPipeError


def plain_console(out: TextIO) -> Console:
    """A console for a pipe or a file: no colour, no wrapping, no trailing spaces."""
    return _Console(
        file=cast(TextIO, TrailingSpaceStripper(out)),
        width=UNWRAPPED_WIDTH,
        no_color=True,
        highlight=False,
        soft_wrap=False,
    )


def stdout_console() -> Console:
    if not sys.stdout.isatty():
        return plain_console(sys.stdout)
    return _Console(highlight=False, soft_wrap=False)


def stderr_console() -> Console:
    return _Console(stderr=True, highlight=False, soft_wrap=True)


def print_ending(line: str, *, to_stdout: bool) -> None:
    """The scan's last line: after the summary on stdout, else on stderr, so that a JSON or
    SARIF report on stdout stays a valid document. Plain print: never wrapped."""
    print(line, file=sys.stdout if to_stdout else sys.stderr, flush=True)
