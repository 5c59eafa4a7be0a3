"""Text for XML 1.0 attributes and element content (the JUnit report).

XML 1.0 allows no C0 control other than tab, line feed and carriage return, no surrogate and
not U+FFFE or U+FFFF, even as a character reference: one such character in a name makes the
whole document not well-formed. They are written as their visible escape (`\\x1b`), as are
DEL and the C1 controls (allowed but discouraged) and \\r (a parser turns it into \\n).
"""

from __future__ import annotations

import re

from dbaudit.text.controls import visible

_NOT_XML_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    return visible(text, pattern=_NOT_XML_TEXT)
