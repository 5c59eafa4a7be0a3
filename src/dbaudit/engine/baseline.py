"""Baselines: accept today's findings so that CI fails only on new or worsened ones.

A baseline records each finding by fingerprint (check + object identity, never OIDs or
message text) with its counts: evidence named `*_count` is a number of bad rows, and a
finding whose count grew since the baseline counts as open again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dbaudit import __version__
from dbaudit.errors import ConfigError
from dbaudit.findings import Finding, ScanResult

BASELINE_VERSION = 1
_HINT = "write a new one with: dbaudit scan --write-baseline FILE"


def counts(finding: Finding) -> dict[str, int]:
    """The numbers of bad rows a finding carries (empty for schema findings)."""
    return {
        name: value
        for name, value in finding.evidence
        if name.endswith("_count") and isinstance(value, int) and not isinstance(value, bool)
    }


@dataclass(frozen=True)
class Baseline:
    source: Path
    entries: dict[str, dict[str, int]]  # fingerprint -> counts
    database: str | None = None  # the database it was recorded on

    def recorded_elsewhere(self, result: ScanResult) -> str | None:
        """A warning when the baseline was recorded on another database than this scan's."""
        if self.database is None or self.database == result.metadata.database:
            return None
        return (
            f"warning: the baseline {self.source} was recorded on database {self.database}, "
            f"this scan is of {result.metadata.database}: findings are matched by name only"
        )

    def covers(self, finding: Finding) -> bool:
        """True if the finding was already there, with no count larger than then."""
        recorded = self.entries.get(finding.fingerprint)
        if recorded is None:
            return False
        return all(value <= recorded.get(name, 0) for name, value in counts(finding).items())


def write_baseline(result: ScanResult, path: Path) -> None:
    entries = [
        {
            "fingerprint": f.fingerprint,
            "check_id": f.check_id,
            "object": f.object.display(),
            "counts": counts(f),
        }
        for f in (*result.findings, *result.baselined)
    ]
    document = {
        "baseline_version": BASELINE_VERSION,
        "tool": f"dbaudit {__version__}",
        "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": result.metadata.database,
        "findings": sorted(entries, key=lambda e: (str(e["check_id"]), str(e["object"]))),
    }
    try:
        path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")
    except OSError as error:
        raise ConfigError(
            f"cannot write the baseline {path}: {error.strerror}", "check the path"
        ) from None


def _entry(item: Any, path: Path, index: int) -> tuple[str, dict[str, int]]:
    if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str):
        raise ConfigError(f"{path}: findings[{index}] has no fingerprint", _HINT)
    raw_counts = item.get("counts", {})
    if not isinstance(raw_counts, dict) or not all(isinstance(v, int) for v in raw_counts.values()):
        raise ConfigError(f"{path}: findings[{index}].counts must map names to integers", _HINT)
    return item["fingerprint"], {str(k): int(v) for k, v in raw_counts.items()}


def load_baseline(path: Path) -> Baseline:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"baseline file {path} does not exist", _HINT) from None
    except OSError as error:
        raise ConfigError(f"cannot read the baseline {path}: {error.strerror}", _HINT) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path} is not a dbaudit baseline (not JSON: {error})", _HINT) from None
    if not isinstance(document, dict) or document.get("baseline_version") != BASELINE_VERSION:
        raise ConfigError(f"{path} is not a dbaudit baseline of version {BASELINE_VERSION}", _HINT)
    findings = document.get("findings")
    if not isinstance(findings, list):
        raise ConfigError(f"{path}: 'findings' must be a list", _HINT)
    database = document.get("database")
    return Baseline(
        path,
        dict(_entry(item, path, i) for i, item in enumerate(findings)),
        database if isinstance(database, str) else None,
    )


def apply_baseline(result: ScanResult, baseline: Baseline) -> ScanResult:
    """Move findings the baseline covers out of the open findings, into `baselined`."""
    known = tuple(f for f in result.findings if baseline.covers(f))
    still_open = tuple(f for f in result.findings if not baseline.covers(f))
    return replace(result, findings=still_open, baselined=result.baselined + known)
