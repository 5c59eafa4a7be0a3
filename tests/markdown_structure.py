"""Reading a Markdown report back as GitHub shows it: its headings' anchors, its links, its
code blocks. Shared by the report tests on fixed findings and on the example database."""

from __future__ import annotations

import re

from dbaudit.report.anchors import Slugger

_FENCE = re.compile(r"^(`{3,})")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: a backslash before ASCII punctuation
_LINK = re.compile(r"\]\(#([^)]*)\)")


def outside_code(markdown: str) -> list[str]:
    """The lines that are not inside a fenced code block."""
    lines, fence = [], None
    for line in markdown.split("\n"):
        match = _FENCE.match(line)
        if fence is None and match:
            fence = match.group(1)
        elif fence is not None and line.startswith(fence) and not line.strip("`"):
            fence = None
        elif fence is None:
            lines.append(line)
    return lines


def shown(markdown_text: str) -> str:
    """Inline Markdown as a reader sees it: escapes resolved, entities decoded."""
    text = _ESCAPED.sub(r"\1", markdown_text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def heading_anchors(markdown: str) -> list[str]:
    """Every heading's anchor, as GitHub names them, in document order."""
    slugger = Slugger()
    return [
        slugger.anchor(shown(line.lstrip("#").strip()))
        for line in outside_code(markdown)
        if re.match(r"#{1,6} ", line)
    ]


def link_targets(markdown: str) -> list[str]:
    return [target for line in outside_code(markdown) for target in _LINK.findall(line)]


def code_blocks_after(markdown: str, marker: str) -> dict[str, str]:
    """Each fenced block whose preceding non-blank line starts with marker, by that line."""
    blocks: dict[str, str] = {}
    lines = markdown.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith(marker) and index + 2 < len(lines):
            opening = _FENCE.match(lines[index + 2])
            if opening:
                end = index + 3
                while lines[end] != opening.group(1):
                    end += 1
                blocks[line] = "\n".join(lines[index + 3 : end])
                index = end
        index += 1
    return blocks
