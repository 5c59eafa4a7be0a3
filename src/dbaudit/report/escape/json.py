"""JSON text (the JSON and SARIF reports) that is also safe to print on a terminal.

A JSON encoder escapes C0 controls but writes DEL, the C1 controls (a terminal may take
U+009B for CSI), the line separators U+2028/U+2029 and the bidirectional controls raw. They
can only occur inside strings, where `\\u009b` means the same character: the data is kept
exactly, only its spelling changes.
"""

from __future__ import annotations

import re

# In UTF-8: DEL; C1 (c2 80-9f); U+200E/F, U+2028-202E (e2 80 8e-8f, a8-ae); U+2066-2069.
_RAW = re.compile(b"\x7f|\xc2[\x80-\x9f]|\xe2\x80[\x8e\x8f\xa8-\xae]|\xe2\x81[\xa6-\xa9]")


def _escape(match: re.Match[bytes]) -> bytes:
    return b"\\u%04x" % ord(match.group().decode())


def json_safe(text: bytes) -> bytes:
    """Serialised JSON with those characters written as \\u escapes."""
    return _RAW.sub(_escape, text)
