"""Text for Markdown (the report, and GitHub's step summary): it renders as itself.

A value is always inline: every character some reader breaks lines at (not only \\n: a bare
\\r ends a CommonMark line, and \\v, \\x85, U+2028, ... end lines elsewhere) becomes a space,
so a name cannot end a table row or start a heading; other control characters are shown as
their escapes. SQL goes into fenced blocks, which show their content literally.
"""

from __future__ import annotations

import re

from markupsafe import Markup

from dbaudit.text.controls import LINE_BREAKS, no_workflow_commands, visible

# Characters that change rendering anywhere in a line; `_` only at a word's edge (GFM does
# not emphasise inside words, so strategy_id stays readable in the raw file).
_SPECIAL = re.compile(r"([\\`*\[\]|~])|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
_BREAK_RUN = re.compile(rf"\s*[{LINE_BREAKS}]\s*")


def inline(text: str) -> str:
    """The text on one line, as a Markdown reader shows it (before escaping)."""
    return visible(_BREAK_RUN.sub(" ", text), keep="\t")


def md_escape(text: str) -> str:
    """Text that renders as itself: Markdown punctuation escaped, HTML neutralised, one line."""
    text = inline(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(lambda m: "\\" + m.group(0), text)


def code_span(text: str) -> str:
    """Text shown literally, inline; the caller makes sure it holds no backtick."""
    return "`" + inline(text) + "`"


def code_block(text: str, language: str = "sql") -> Markup:
    """A fenced block: its lines kept, control characters (\\r too) escaped, no line a
    workflow command (a zero-width space between its colons)."""
    text = no_workflow_commands(visible(text, keep="\n\t"))
    # A fence longer than any backtick run inside, so identifiers with ``` cannot end it.
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return Markup(f"{fence}{language}\n{text.rstrip()}\n{fence}")
