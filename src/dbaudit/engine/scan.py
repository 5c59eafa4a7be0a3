"""One scan: connect, read the scope once, run the checks, return plain data."""

from __future__ import annotations

import difflib
import time
from collections.abc import Sequence
from contextlib import ExitStack
from datetime import UTC, datetime

import psycopg

from dbaudit.checks.model import Category, CheckDefinition, CheckKind
from dbaudit.db.connect import connect
from dbaudit.db.parallel import SnapshotWorkers, snapshot_workers
from dbaudit.db.session import ConnectionLost, QueryFailed, read_only_session
from dbaudit.engine.comment_suppressions import read_comment_suppressions
from dbaudit.engine.redaction import redact_samples
from dbaudit.engine.runner import ProgressCallback, run_checks
from dbaudit.engine.scope import check_schemas_exist, read_scope
from dbaudit.engine.selection import check_selectors, matches
from dbaudit.engine.suppressions import partition
from dbaudit.engine.workload import read_workload
from dbaudit.errors import ConfigError, DbauditError
from dbaudit.findings import CheckInfo, ScanMetadata, ScanResult, SkippedCheck
from dbaudit.settings.dsn import describe_target
from dbaudit.settings.model import ScanSettings
from dbaudit.workload.facts import EMPTY_WORKLOAD_PARAMS


def select_checks(
    settings: ScanSettings, checks: Sequence[CheckDefinition]
) -> tuple[list[CheckDefinition], list[SkippedCheck]]:
    """The checks this scan runs, and why the others do not."""
    ids = [check.id for check in checks]
    check_selectors("--select", settings.selected_checks, ids)
    check_selectors("--ignore", settings.ignored_checks, ids)
    check_selectors("disable", sorted(settings.disabled_checks), ids)
    selected, skipped = [], []
    for check in checks:
        ignored_by = matches(check.id, settings.ignored_checks)
        if check.id in settings.disabled_checks:
            skipped.append(SkippedCheck(check.id, "disabled in the configuration"))
        elif settings.selected_checks and not matches(check.id, settings.selected_checks):
            selection = ",".join(settings.selected_checks)
            skipped.append(SkippedCheck(check.id, f"not selected (--select {selection})"))
        elif ignored_by:
            skipped.append(SkippedCheck(check.id, f"ignored (--ignore {ignored_by})"))
        elif check.kind is CheckKind.DATA and not settings.run_data_checks:
            skipped.append(SkippedCheck(check.id, f"data check, and {settings.why_no_data}"))
        elif check.category is Category.OPERATIONS and not settings.run_operations_checks:
            skipped.append(
                SkippedCheck(check.id, f"operations check, and {settings.why_no_operations}")
            )
        else:
            selected.append(check)
    return selected, skipped


def ensure_known_ids(settings: ScanSettings, checks: Sequence[CheckDefinition]) -> None:
    """A check id in `disable:` or `severity:` that no check of the catalog has is a typo
    that would silently leave a check running (or at its default severity): refuse it."""
    known = {check.id for check in checks}
    for key, ids in (
        ("disable", settings.disabled_checks),
        ("severity", settings.severity_overrides),
    ):
        unknown = sorted(set(ids) - known)
        if unknown:
            close = difflib.get_close_matches(unknown[0], sorted(known), n=1)
            hint = f"did you mean {close[0]}? " if close else ""
            raise ConfigError(
                f"'{key}' names unknown check id(s) {', '.join(unknown)}; {hint}"
                "`dbaudit checks list` lists the ids (custom checks need --checks DIR)"
            )


def scan_database(
    settings: ScanSettings,
    checks: Sequence[CheckDefinition],
    *,
    target_label: str | None = None,
    on_check: ProgressCallback | None = None,
) -> ScanResult:
    catalog_ids = [check.id for check in checks]  # what a dbaudit:ignore comment may name
    checks, not_selected = select_checks(settings, checks)
    started_at = datetime.now(UTC)
    clock = time.perf_counter()

    def open_connection() -> psycopg.Connection[tuple[object, ...]]:
        # The main connection and every --jobs worker: the same timeouts, name, read-only.
        return connect(
            settings.dsn,
            statement_timeout_ms=settings.statement_timeout_ms,
            lock_timeout_ms=settings.lock_timeout_ms,
            parallel_workers=settings.parallel_workers,
        )

    conn = open_connection()
    try:
        deadline = settings.statement_timeout_ms
        with (
            read_only_session(conn, statement_timeout_ms=deadline) as session,
            ExitStack() as stack,
        ):
            try:
                check_schemas_exist(session, settings.schemas)  # a typo fails before any worker
                workers: SnapshotWorkers | None = None
                if settings.jobs > 1:
                    workers = stack.enter_context(
                        snapshot_workers(
                            session, settings.jobs, open_connection, statement_timeout_ms=deadline
                        )
                    )
                params = settings.query_params()
                params["scan_pids"] = [
                    session.backend_pid,
                    *(workers.backend_pids if workers else []),
                ]
                scope = read_scope(session, params)
                from_comments, warnings = read_comment_suppressions(session, params, catalog_ids)
            except QueryFailed as error:
                raise _catalog_error(error, settings) from None
            params.update(EMPTY_WORKLOAD_PARAMS)
            if any(c.category is Category.OPERATIONS for c in checks):
                # pg_stat_statements, read and parsed once for all the workload checks
                workload = read_workload(session, settings.heuristics.workload_max_statements)
                params.update(workload.as_params())
            outcome = run_checks(
                session,
                checks,
                params,
                on_check,
                severity_overrides=settings.severity_overrides,
                workers=workers,
            )
            server = session.server
            superuser = conn.info.parameter_status("is_superuser") == "on"
    except QueryFailed as error:  # the session's own set-up statements
        raise _catalog_error(error, settings) from None
    except ConnectionLost as error:
        # Lost before the checks ran (they report their own losses): nothing to report.
        raise DbauditError(
            f"lost the connection to the server before any check ran ({error})",
            "check that the server is up, then scan again",
        ) from None
    finally:
        conn.close()
    open_findings, suppressed = partition(outcome.findings, settings.suppressions, from_comments)
    result = ScanResult(
        metadata=ScanMetadata(
            database=server.database,
            server_version=server.version,
            target=target_label or describe_target(settings.dsn),
            started_at=started_at,
            duration_seconds=time.perf_counter() - clock,
            checks_run=outcome.checks_run,
            scope=scope,
            superuser=superuser,
        ),
        findings=tuple(open_findings),
        suppressed=tuple(suppressed),
        checks=tuple(
            CheckInfo(
                c.id,
                c.title,
                c.severity,
                c.category.value,
                c.description.strip(),
                c.rationale.strip(),
                str(c.source),
                c.no_fix,
            )
            for c in checks
        ),
        errors=tuple(outcome.errors),
        skipped=tuple(not_selected + outcome.skipped),
        lost=outcome.lost,
        warnings=tuple(warnings),
    )
    if settings.show_sensitive_samples:
        return result
    return redact_samples(result, settings.heuristics)


def _catalog_error(error: QueryFailed, settings: ScanSettings) -> DbauditError:
    # A timeout is not a privilege problem: say which bound to raise.
    hint = (
        f"raise --statement-timeout (now {settings.statement_timeout_ms} ms) or "
        f"--lock-timeout (now {settings.lock_timeout_ms} ms)"
        if error.timed_out
        else "the user needs CONNECT and USAGE on the schemas"
    )
    return DbauditError(f"could not read the catalog: {error}", hint)
