"""The characters that are not text, and their visible form: what every output escapes.

Names come from the audited database, where anyone who can create a table chooses them. A
terminal executes ESC and the C1 controls (cursor moves, OSC 52 clipboard writes); Markdown,
the GitHub runner and editors each break lines at their own set of characters; bidirectional
overrides reorder what a reader sees. Each medium's module decides which of these it keeps.
"""

from __future__ import annotations

import re

# Every character some reader takes for a line break: CommonMark's \n and \r, and those
# Python's str.splitlines, Unicode and some editors and terminals also break at.
LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"

# C0 controls, DEL, C1 controls, the line and paragraph separators, and the bidirectional
# marks, embeddings, overrides and isolates ("Trojan Source": text shown in another order).
CONTROLS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]"
)

_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def escape_of(char: str) -> str:
    """A character as Python writes it in a string literal: \\x1b, \\u202e, \\n."""
    code = ord(char)
    if char in _SHORT:
        return _SHORT[char]
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def visible(text: str, keep: str = "", pattern: re.Pattern[str] = CONTROLS) -> str:
    """`text` with each character `pattern` matches, except those in `keep`, as its escape."""
    if not pattern.search(text):
        return text
    return pattern.sub(lambda m: m.group() if m.group() in keep else escape_of(m.group()), text)


# The GitHub runner takes a line of a step's output for a workflow command when it starts,
# after any leading white space, with `::`. Where a line break inside a name can start a
# line (a code block, HTML), a zero-width space goes between the two colons.
_COMMAND_START = re.compile(r"(?m)^([ \t]*):(?=:)")


def no_workflow_commands(text: str) -> str:
    """`text` with no line that a GitHub runner would take for a workflow command."""
    return _COMMAND_START.sub("\\1:\u200b", text)
