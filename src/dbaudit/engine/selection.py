"""Which checks a scan runs: --select and --ignore, by id or id prefix, as ruff selects rules.

`--select REF,FK002` runs REF001, REF002 and FK002; `--ignore OPS` leaves out every OPS check.
A selector that names no check is a typo, never an empty selection: it is refused with the
ids it is closest to.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence

from dbaudit.errors import ConfigError


def matches(check_id: str, selectors: Iterable[str]) -> str | None:
    """The first selector naming the check (its id, or a prefix of it), else None."""
    return next((s for s in selectors if check_id.startswith(s)), None)


def closest(word: str, candidates: Iterable[str]) -> list[str]:
    """What a user probably meant, for "did you mean ...?" (at most three, best first)."""
    return difflib.get_close_matches(word, sorted(set(candidates)), n=3, cutoff=0.7)


def did_you_mean(word: str, candidates: Iterable[str]) -> str | None:
    found = closest(word, candidates)
    if not found:
        return None
    options = found[0] if len(found) == 1 else ", ".join(found[:-1]) + " or " + found[-1]
    return f"did you mean {options}?"


def check_selectors(setting: str, selectors: Sequence[str], check_ids: Sequence[str]) -> None:
    """Each selector of a setting (`--select`, `disable`, ...) names at least one check."""
    prefixes = {re.sub(r"\d+$", "", check_id) for check_id in check_ids}
    for selector in selectors:
        if not any(check_id.startswith(selector) for check_id in check_ids):
            hint = did_you_mean(selector, [*check_ids, *prefixes])
            raise ConfigError(
                f"{setting} {selector}: no check has this id or prefix",
                hint or "dbaudit checks list shows every check",
            )
