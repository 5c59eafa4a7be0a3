"""Heading anchors as GitHub makes them, so the Markdown report's links work where it is read
(a PR comment, a job summary, a file in the repository).

GitHub (github-slugger) lower-cases the heading's text, drops every character that is not a
letter, mark, number, connector (`_`), hyphen or space, turns each space into a hyphen, and
numbers repeats: the second `#x` heading is `#x-1`. The text is the heading as shown: no
Markdown escapes, no backticks of code spans.
"""

from __future__ import annotations

import unicodedata

_KEPT_CATEGORIES = ("L", "M", "N")


def _kept(char: str) -> bool:
    if char in "- ":
        return True
    category = unicodedata.category(char)
    return category.startswith(_KEPT_CATEGORIES) or category == "Pc"


def github_slug(text: str) -> str:
    return "".join(c for c in text.lower() if _kept(c)).replace(" ", "-")


class Slugger:
    """Anchors for one document's headings, in document order (repeats get -1, -2, ...)."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def anchor(self, heading: str) -> str:
        base = slug = github_slug(heading)
        while slug in self._seen:
            self._seen[base] += 1
            slug = f"{base}-{self._seen[base]}"
        self._seen[slug] = 0
        return slug
