"""GitHub Actions workflow commands (`::error title=...::message`): their data and properties.

The runner reads its commands from lines of the step's output, so a value must never hold a
line break: the runner's own escapes (%25, %0D, %0A, and %3A, %2C in properties) for the
ones it unescapes, and the visible escape (`\\x0b`) for every other control character, which
it would keep raw (other readers of the log break lines at \\v, \\x85, U+2028, ...).
"""

from __future__ import annotations

from dbaudit.text.controls import visible


def _percent(text: str) -> str:
    # As the runner unescapes: % first, then line breaks.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def command_data(text: str) -> str:
    """A command's message; a \\n in it is a line of a multi-line annotation."""
    return _percent(visible(text, keep="\n"))


def command_property(text: str) -> str:
    """A property value (title=...): one line."""
    return _percent(visible(text)).replace(":", "%3A").replace(",", "%2C")
