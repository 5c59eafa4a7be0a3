"""Text for a terminal (stdout and stderr): no control character reaches it raw.

An ESC or C1 byte starts a terminal sequence, a line break in a name starts a new line (in a
CI log, one that begins `::error` is a GitHub workflow command): every one is shown as its
escape, `\\x1b`, so the name is still recognisable and nothing is executed.
"""

from __future__ import annotations

from dbaudit.text.controls import visible


def terminal_text(text: str) -> str:
    """One line for a terminal: every control character, line breaks included, escaped.

    A table folds a long name at any character, so `::` anywhere in it could start a line
    (a workflow command in a CI log): a zero-width space goes between the colons.
    """
    return visible(text).replace("::", ":\u200b:")
