"""JSON text as `json.dumps(obj, indent=2, ensure_ascii=False, default=...)` writes it, faster,
and in pieces.

With `indent`, the standard library drops its C encoder for a generator per container and
joins millions of tiny chunks at the end: on a report of 14,000 findings (34 MB) that list of
chunks took ~120 MB, more than the scan itself, and 0.4 s. Here a container of scalars only
(most of a report: a finding's object, evidence, fix steps) goes through the C encoder in
one call, its separators carrying the indentation; the text is handed to `write` in pieces
of about a thousand values, so the whole report is never held twice.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import lru_cache
from json.encoder import INFINITY, c_make_encoder  # type: ignore[attr-defined]
from json.encoder import encode_basestring as _quote  # the C one when available
from typing import Any

Default = Callable[[Any], Any]
_SCALARS = frozenset({str, int, float, bool, type(None)})
_FLUSH_EVERY = 1024  # pieces held before they are written


def _float(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if value == INFINITY:
        return "Infinity"
    if value == -INFINITY:
        return "-Infinity"
    return float.__repr__(value)


def _key(key: object) -> str:
    """A dict key as json turns it into a string."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float(key)
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return int.__repr__(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _scalars_only(value: object) -> Any:
    raise TypeError(f"not a JSON scalar: {type(value).__name__}")  # never reached: checked


@lru_cache(maxsize=64)
def _flat(indent: str) -> Callable[[Any], str]:
    """The C encoder, its item separator ending in the indentation of the items."""
    if c_make_encoder is None:  # a Python built without _json
        return json.JSONEncoder(ensure_ascii=False, separators=("," + indent, ": ")).encode
    # What JSONEncoder.encode builds on every call, built once: a report makes ~70,000 calls.
    # (markers None: a container of scalars holds no cycle)
    encode = c_make_encoder(
        None, _scalars_only, _quote, None, ": ", "," + indent, False, False, True
    )
    return lambda value: "".join(encode(value, 0))


class _Writer:
    def __init__(self, write: Callable[[str], object], default: Default) -> None:
        self.write = write
        self.default = default
        self.out: list[str] = []

    def flush(self) -> None:
        self.write("".join(self.out))
        self.out.clear()

    def value(self, o: Any, nl: str) -> None:  # json's own order of types
        out = self.out
        if isinstance(o, str):
            out.append(_quote(o))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float(o))
        elif isinstance(o, list | tuple):
            self.array(o, nl)
        elif isinstance(o, dict):
            self.object(o, nl)
        else:
            self.value(self.default(o), nl)

    def array(self, o: list[Any] | tuple[Any, ...], nl: str) -> None:
        if not o:
            self.out.append("[]")
            return
        inner = nl + "  "
        if all(type(v) in _SCALARS for v in o):
            self.out.append("[" + inner + _flat(inner)(o)[1:-1] + nl + "]")
            return
        sep = "[" + inner
        for v in o:
            self.out.append(sep)
            sep = "," + inner
            self.value(v, inner)
            if len(self.out) > _FLUSH_EVERY:
                self.flush()
        self.out.append(nl + "]")

    def object(self, o: dict[Any, Any], nl: str) -> None:
        if not o:
            self.out.append("{}")
            return
        inner = nl + "  "
        if all(type(k) is str for k in o) and all(type(v) in _SCALARS for v in o.values()):
            self.out.append("{" + inner + _flat(inner)(o)[1:-1] + nl + "}")
            return
        out = self.out
        sep = "{" + inner
        for k, v in o.items():
            name = _quote(k if type(k) is str else _key(k)) + ": "
            if type(v) is str:  # the common case, without a call
                out.append(sep + name + _quote(v))
            else:
                out.append(sep + name)
                self.value(v, inner)
            sep = "," + inner
        out.append(nl + "}")


def dump(obj: Any, write: Callable[[str], object], *, default: Default) -> None:
    """Write `obj` as JSON text with `write`, in pieces."""
    writer = _Writer(write, default)
    writer.value(obj, "\n")
    writer.flush()


def dumps(obj: Any, *, default: Default) -> str:
    parts: list[str] = []
    dump(obj, parts.append, default=default)
    return "".join(parts)
