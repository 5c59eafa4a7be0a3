"""Sample values that may be secrets or personal data, replaced before any report sees them.

A sample is redacted when the column it comes from is named as a secret (the words SEC001
reads, heuristics.secret_words) or as personal data (heuristics.personal_data_words: email,
phone, ...), when it is a natural key of KEY001 (emails, user names, API keys, external ids;
the symbol of a positions table stays), or when the value itself looks like an email address
or a well-known API key. Samples of primary keys (the rows KEY002 and TIME001 point at) stay,
unless the value looks like one of those. `show_sensitive_samples` turns this off.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from dbaudit.findings import REDACTED_SAMPLE, Finding, ScanResult
from dbaudit.settings.model import Heuristics

# Checks whose samples are the primary keys of the offending rows, not the checked column.
_PRIMARY_KEY_SAMPLES = frozenset({"KEY002", "TIME001"})
# KEY001 targets by name (email, username, api_key, ...); position tables' symbols are not.
_NATURAL_KEY_BY_NAME = ("natural-key/name:", "natural-key/last-word:")

_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
# Key formats whose prefix says what they are: Stripe, GitHub, Slack, AWS, OpenAI, GitLab.
_KNOWN_KEY = re.compile(
    r"(?:sk|rk|pk)_(?:live|test)_|gh[pousr]_[A-Za-z0-9]{20}|xox[abposr]-|AKIA[0-9A-Z]{16}"
    r"|sk-[A-Za-z0-9_-]{20}|glpat-"
)
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def _words(name: str) -> list[str]:
    """A name's words as the catalog macros split them: snake_case and camelCase."""
    return [w.lower() for w in _WORD.findall(name)]


def sensitive_column(name: str, heuristics: Heuristics) -> bool:
    words = _words(name)
    joined = words + [a + b for a, b in pairwise(words)]  # api_key -> apikey
    sensitive = set(heuristics.secret_words) | set(heuristics.personal_data_words)
    return any(word in sensitive for word in joined)


def sensitive_value(value: str) -> bool:
    return bool(_EMAIL.search(value) or _KNOWN_KEY.search(value))


def _columns_sensitive(finding: Finding, heuristics: Heuristics) -> bool:
    if finding.check_id in _PRIMARY_KEY_SAMPLES:
        return False
    if finding.check_id == "KEY001" and finding.rule.startswith(_NATURAL_KEY_BY_NAME):
        return True
    return any(sensitive_column(c, heuristics) for c in finding.object.columns)


def redact_finding(finding: Finding, heuristics: Heuristics) -> Finding:
    if not finding.samples:
        return finding
    whole = _columns_sensitive(finding, heuristics)
    samples = tuple(REDACTED_SAMPLE if whole or sensitive_value(s) else s for s in finding.samples)
    return finding if samples == finding.samples else replace(finding, samples=samples)


def redact_samples(result: ScanResult, heuristics: Heuristics) -> ScanResult:
    """The result with every sample that may be a secret or personal data redacted."""
    return replace(
        result,
        findings=tuple(redact_finding(f, heuristics) for f in result.findings),
        suppressed=tuple(
            replace(s, finding=redact_finding(s.finding, heuristics)) for s in result.suppressed
        ),
        baselined=tuple(redact_finding(f, heuristics) for f in result.baselined),
    )
