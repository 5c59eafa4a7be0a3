"""One scan: connect, read the scope once, run the checks, return plain data."""

from __future__ import annotations

import time
from collections.abc import Sequence
from contextlib import ExitStack
from datetime import UTC, datetime

import psycopg

from dbaudit.checks.model import CheckDefinition
from dbaudit.db.connect import connect
from dbaudit.db.parallel import SnapshotWorkers, snapshot_workers
from dbaudit.db.session import ConnectionLost, QueryFailed, read_only_session
from dbaudit.engine.comment_suppressions import read_comment_suppressions
from dbaudit.engine.plan import ScanPlan, plan_scan
from dbaudit.engine.redaction import redact_samples
from dbaudit.engine.runner import ProgressCallback, run_checks
from dbaudit.engine.scope import check_schemas_exist, read_scope
from dbaudit.engine.suppressions import partition
from dbaudit.engine.workload import read_workload
from dbaudit.errors import DbauditError
from dbaudit.findings import CheckInfo, ScanMetadata, ScanResult
from dbaudit.settings.dsn import describe_target
from dbaudit.settings.model import ScanSettings
from dbaudit.workload.facts import EMPTY_WORKLOAD_PARAMS


def scan_database(
    settings: ScanSettings,
    checks: Sequence[CheckDefinition],
    *,
    target_label: str | None = None,
    on_check: ProgressCallback | None = None,
) -> ScanResult:
    """Scan with the plan the settings make of these checks (see engine.plan)."""
    return scan_planned(plan_scan(settings, checks), target_label=target_label, on_check=on_check)


def scan_planned(
    plan: ScanPlan,
    *,
    target_label: str | None = None,
    on_check: ProgressCallback | None = None,
) -> ScanResult:
    """Connect, read the scope, run the plan's checks in one snapshot, return plain data."""
    settings = plan.settings
    started_at = datetime.now(UTC)
    clock = time.perf_counter()

    def open_connection() -> psycopg.Connection[tuple[object, ...]]:
        # The main connection and every --jobs worker: the same timeouts, name, read-only.
        return connect(
            settings.dsn,
            statement_timeout_ms=settings.statement_timeout,
            lock_timeout_ms=settings.lock_timeout,
            parallel_workers=settings.parallel_workers,
        )

    conn = open_connection()
    try:
        deadline = settings.statement_timeout
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
                params = plan.query_params(
                    [session.backend_pid, *(workers.backend_pids if workers else [])]
                )
                scope = read_scope(session, params)
                # a dbaudit:ignore comment may name any check of the catalog
                from_comments, warnings = read_comment_suppressions(
                    session, params, list(plan.catalog_ids)
                )
            except QueryFailed as error:
                raise _catalog_error(error, settings) from None
            selected = plan.checks  # reported as the scan's checks, run or skipped there
            plan = plan.on_server(session.server.version_num)
            params.update(EMPTY_WORKLOAD_PARAMS)
            if plan.reads_workload:
                # pg_stat_statements, read and parsed once for all the workload checks
                workload = read_workload(session, settings.heuristics.workload_max_statements)
                params.update(workload.as_params())
            outcome = run_checks(session, plan, params, on_check, workers=workers)
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
    open_findings, suppressed = partition(outcome.findings, settings.suppress, from_comments)
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
            for c in selected
        ),
        errors=tuple(outcome.errors),
        skipped=plan.skipped + tuple(outcome.skipped),
        lost=outcome.lost,
        warnings=tuple(warnings),
    )
    if settings.show_sensitive_samples:
        return result
    return redact_samples(result, settings.heuristics)


def _catalog_error(error: QueryFailed, settings: ScanSettings) -> DbauditError:
    # A timeout is not a privilege problem: say which bound to raise.
    hint = (
        f"raise --statement-timeout (now {settings.statement_timeout} ms) or "
        f"--lock-timeout (now {settings.lock_timeout} ms)"
        if error.timed_out
        else "the user needs CONNECT and USAGE on the schemas"
    )
    return DbauditError(f"could not read the catalog: {error}", hint)
