"""What one scan runs, what it skips and why: the scan's plan.

Computed from the settings and the check catalog before any connection (disabled, not
selected, ignored), narrowed by what the caller knows of the target (`scan --sql`: a scratch
server with no workload, SQL files with no rows) and by the server once connected (its
version). What only the checks' own `requires:` queries can tell (a missing extension or
privilege) the runner adds when it runs them. The runner runs `plan.checks`; the report's
"skipped" section starts with `plan.skipped`.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from dbaudit.checks.model import Category, CheckDefinition, CheckKind
from dbaudit.engine.selection import check_selectors, matches
from dbaudit.errors import ConfigError
from dbaudit.findings import SkippedCheck
from dbaudit.settings.model import ScanSettings

NO_DATA = "data checks are off (--no-data)"


@dataclass(frozen=True)
class ScanPlan:
    settings: ScanSettings
    checks: tuple[CheckDefinition, ...]  # what runs, in the catalog's order
    skipped: tuple[SkippedCheck, ...]  # what does not, in the catalog's order, and why
    # The data may be read: data checks run, and catalog checks may refine their rows from
    # it (NUM001 measures the digits a column holds). Off under --no-data, or when the
    # target holds no rows.
    read_data: bool
    catalog_ids: tuple[str, ...] = ()  # every check of the catalog, in its order

    @property
    def reads_workload(self) -> bool:
        """An operations check runs: pg_stat_statements is read (and parsed) once for all."""
        return any(c.category is Category.OPERATIONS for c in self.checks)

    def query_params(self, scan_pids: Sequence[int]) -> dict[str, object]:
        """The bind parameters of every check's SQL: the settings', and the scan's own
        server processes (its connection and the --jobs workers), which the operations
        checks leave out."""
        params = self.settings.query_params()
        params["read_data"] = self.read_data  # off too when the target holds no rows
        params["scan_pids"] = list(scan_pids)
        return params

    def without_data(self, reason: str) -> ScanPlan:
        """The target's data is not to be read (--no-data, SQL files that insert no rows)."""
        plan = self._skip(
            lambda c: f"data check, and {reason}" if c.kind is CheckKind.DATA else None
        )
        return replace(plan, read_data=False)

    def without_operations(self, reason: str) -> ScanPlan:
        """The target's runtime state is nobody's workload (the scratch server of --sql)."""
        return self._skip(
            lambda c: (
                f"operations check, and {reason}" if c.category is Category.OPERATIONS else None
            )
        )

    def on_server(self, version_num: int) -> ScanPlan:
        """The checks this server's version can run (a check's min_server_version)."""

        def too_old(check: CheckDefinition) -> str | None:
            needed = check.min_server_version
            if needed and version_num < needed:
                return f"needs PostgreSQL {needed // 10000} or newer"
            return None

        return self._skip(too_old)

    def _skip(self, reason: Callable[[CheckDefinition], str | None]) -> ScanPlan:
        """The checks `reason` gives a reason for, moved from running to skipped."""
        run, skipped = [], list(self.skipped)
        for check in self.checks:
            why = reason(check)
            if why is None:
                run.append(check)
            else:
                skipped.append(SkippedCheck(check.id, why))
        position = {check_id: index for index, check_id in enumerate(self.catalog_ids)}
        skipped.sort(key=lambda s: position.get(s.check_id, len(position)))
        return replace(self, checks=tuple(run), skipped=tuple(skipped))


def plan_scan(settings: ScanSettings, catalog: Sequence[CheckDefinition]) -> ScanPlan:
    """The checks the settings run, and why the others do not. A selector, `disable:` or
    `severity:` naming no check of the catalog is refused (a typo, never a silent no-op)."""
    ensure_known_ids(settings, catalog)
    selected, skipped = select_checks(settings, catalog)
    order = tuple(check.id for check in catalog)
    plan = ScanPlan(settings, tuple(selected), tuple(skipped), read_data=True, catalog_ids=order)
    return plan if settings.data_checks else plan.without_data(NO_DATA)


def select_checks(
    settings: ScanSettings, catalog: Sequence[CheckDefinition]
) -> tuple[list[CheckDefinition], list[SkippedCheck]]:
    """The checks disable, --select and --ignore leave in, and why the others are out."""
    ids = [check.id for check in catalog]
    check_selectors("--select", settings.select, ids)
    check_selectors("--ignore", settings.ignore, ids)
    check_selectors("disable", sorted(settings.disable), ids)
    selected, skipped = [], []
    for check in catalog:
        reason = _not_selected(check, settings)
        if reason:
            skipped.append(SkippedCheck(check.id, reason))
        else:
            selected.append(check)
    return selected, skipped


def _not_selected(check: CheckDefinition, settings: ScanSettings) -> str | None:
    ignored_by = matches(check.id, settings.ignore)
    if check.id in settings.disable:
        return "disabled in the configuration"
    if settings.select and not matches(check.id, settings.select):
        return f"not selected (--select {','.join(settings.select)})"
    if ignored_by:
        return f"ignored (--ignore {ignored_by})"
    return None


def ensure_known_ids(settings: ScanSettings, checks: Sequence[CheckDefinition]) -> None:
    """A check id in `disable:` or `severity:` that no check of the catalog has is a typo
    that would silently leave a check running (or at its default severity): refuse it."""
    known = {check.id for check in checks}
    for key, ids in (("disable", settings.disable), ("severity", settings.severity)):
        unknown = sorted(set(ids) - known)
        if unknown:
            close = difflib.get_close_matches(unknown[0], sorted(known), n=1)
            hint = f"did you mean {close[0]}? " if close else ""
            raise ConfigError(
                f"'{key}' names unknown check id(s) {', '.join(unknown)}; {hint}"
                "`dbaudit checks list` lists the ids (custom checks need --checks DIR)"
            )
