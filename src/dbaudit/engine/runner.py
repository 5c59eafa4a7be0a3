"""Runs checks inside the scan transaction and turns result rows into findings."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Template, TemplateError

from dbaudit.checks.guard import NotAQuery, ensure_query
from dbaudit.checks.model import Category, CheckDefinition, CheckKind
from dbaudit.db.parallel import Rows, SnapshotWorkers
from dbaudit.db.session import ConnectionLost, QueryFailed, ReadOnlySession
from dbaudit.engine.fixes import fix_inputs
from dbaudit.engine.hypothetical import verify_index_proposals
from dbaudit.engine.plan import ScanPlan
from dbaudit.engine.remedies import CheckRemedies
from dbaudit.findings import (
    CheckError,
    Finding,
    LostConnection,
    ObjectRef,
    RemedySource,
    SkippedCheck,
)
from dbaudit.severity import Severity
from dbaudit.sql.template import render_sql, render_with, text_variables

ProgressCallback = Callable[[CheckDefinition], None]
_STOP_WAIT_S = 10.0  # an interrupted scan waits this long at most for its queries to stop
_IDENTITY_COLUMNS = ("schema_name", "table_name")


@dataclass
class RunOutcome:
    findings: list[Finding] = field(default_factory=list)
    errors: list[CheckError] = field(default_factory=list)
    skipped: list[SkippedCheck] = field(default_factory=list)
    checks_run: int = 0
    lost: LostConnection | None = None


class _BadRow(Exception):
    pass


def _bind(query: str, params: Mapping[str, object]) -> dict[str, object]:
    # Only the parameters a query names: psycopg needs every %(name)s it sees, no more.
    return {k: v for k, v in params.items() if f"%({k})s" in query}


def _finding(
    check: CheckDefinition,
    row: Mapping[str, Any],
    server_version: int,
    severity_override: Severity | None,
    remedy: RemedySource,
) -> Finding:
    missing = [c for c in _IDENTITY_COLUMNS if row.get(c) is None]
    if missing:
        raise _BadRow(f"result rows must have {', '.join(_IDENTITY_COLUMNS)}; missing {missing}")
    undelivered = [c for c in check.result_columns if c not in row]
    if undelivered:
        raise _BadRow(f"the query returns no column {', '.join(undelivered)} (see result_columns)")
    severity = severity_override or (
        Severity(row["severity"]) if row.get("severity") else check.severity
    )
    rule = str(row.get("rule") or "catalog")
    message = check.message_for(rule)
    if message is None:
        keys = ", ".join(key for key, _ in check.messages)
        raise _BadRow(f"no message for rule {rule!r} (message keys: {keys}; add one or default)")
    return Finding(
        check_id=check.id,
        severity=severity,
        title=check.title,
        category=check.category.value,
        object=ObjectRef(
            schema=row["schema_name"],
            table=row["table_name"],
            columns=tuple(row.get("column_names") or ()),
            name=row.get("object_name"),
        ),
        message=_sampled(render_with(message, text_variables(server_version, row)).strip(), row),
        rule=rule,
        evidence=tuple((name, row.get(name)) for name in check.evidence)
        + ((("sampled_percent", row["sampled_percent"]),) if row.get("sampled_percent") else ()),
        samples=tuple(str(s) for s in row.get("sample_keys") or ()),
        # The fix and remediation are rendered from these when a report asks for them.
        fix_inputs=fix_inputs(check, row, server_version) if check.fix else (),
        remediation_inputs=tuple(
            (name, row[name]) for name in check.remediation_variables if name in row
        ),
        remedy=remedy,
    )


def measure_targets(rows: Rows) -> list[dict[str, Any]]:
    """A catalog check's rows grouped by table: what its `measure` query runs for, once each."""
    tables: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in rows:
        tables.setdefault((row["schema_name"], row["table_name"]), []).append(row)
    return [
        {"schema_name": schema, "table_name": table, "rows": members}
        for (schema, table), members in tables.items()
    ]


def _sampled(message: str, row: Mapping[str, Any]) -> str:
    percent = row.get("sampled_percent")
    if not percent:
        return message
    rows = row.get("estimated_rows")
    of = f" of its ~{rows:,} rows" if isinstance(rows, int) else ""
    return (
        f"{message} Counted in a {percent:g}% TABLESAMPLE{of}: the count is the sample's, "
        "and a sample can miss rare rows (heuristics.tablesample_above_rows)."
    )


@dataclass
class _Part:
    """Rows of a catalog check, or of one data-check target (rows still on their way when
    a --jobs worker runs the query)."""

    rows: Rows | Future[Rows]
    target: dict[str, Any] | None = None


@dataclass
class _Fetched:
    """What the database answered for one check, before any finding is built."""

    ran: bool = False
    parts: list[_Part] = field(default_factory=list)
    skipped: SkippedCheck | None = None
    error: CheckError | None = None  # the check failed (after the parts it got)
    # tables a catalog check's `measure` could not read: their findings stand unrefined
    measure_errors: list[CheckError] = field(default_factory=list)


class CheckRunner:
    """Runs each check in two stages: fetch (the database's work: its queries, on the scan's
    connection, or a target's query on a --jobs worker) and build (findings from the rows,
    Python's work). Fetches run ahead on their own thread, so the server answers the next
    queries while findings of the last are built: on a large catalog the two took about as
    long as each other. Only that thread touches the scan's connection."""

    def __init__(
        self,
        session: ReadOnlySession,
        plan: ScanPlan,
        params: Mapping[str, object],
        workers: SnapshotWorkers | None = None,
    ) -> None:
        self._session = session
        self._overrides = plan.settings.severity
        self._heuristics = plan.settings.heuristics
        self._params = params
        self._version = session.server.version_num
        self._workers = workers
        self._stopping = threading.Event()
        self._read_data = plan.read_data  # false under --no-data
        self._remedies = CheckRemedies(plan.checks, self._version)

    def stop(self) -> None:
        """The scan is being abandoned (Ctrl-C): send no more queries, cancel the running one."""
        self._stopping.set()
        self._session.cancel()
        if self._workers is not None:
            self._workers.stop()

    def _sql(self, check: CheckDefinition, template: Template, **context: Any) -> str:
        sql = render_sql(template, server_version=self._version, **context)
        if not check.shipped:
            ensure_query(sql, check.allow_functions)
        return sql

    def _params_for(self, sql: str, target: Mapping[str, Any] | None = None) -> dict[str, object]:
        params = {**self._params, **target} if target else self._params
        return _bind(sql, params)

    def _samples(self, target: Mapping[str, Any]) -> bool:
        """Whether a data check reads a TABLESAMPLE of this target's table (large tables,
        when heuristics.tablesample_above_rows is set)."""
        above = self._heuristics.tablesample_above_rows
        rows = target.get("estimated_rows")
        return above > 0 and isinstance(rows, int) and rows >= above

    def _read(self, sql: str, params: Mapping[str, object]) -> Rows | Future[Rows]:
        """A check's query: on a --jobs worker when there are some (its rows arrive later),
        else on the scan's connection. A failure is kept, not raised."""
        if self._workers is not None:
            return self._workers.submit(sql, params)
        try:
            return self._session.fetch(sql, params)
        except QueryFailed as error:
            return _failed(error)

    def fetch(self, check: CheckDefinition) -> _Fetched:
        """The check's queries, in the order the serial scan has always sent them."""
        if self._stopping.is_set():
            return _Fetched()
        requires: dict[str, Any] = {}
        if check.requires is not None:
            available = self._available(check)
            if not isinstance(available, dict):
                return available
            requires = available
        fetched = _Fetched(ran=True)
        try:
            if check.kind is CheckKind.CATALOG:
                self._fetch_catalog(check, requires, fetched)
                return fetched
            assert check.targets is not None
            sql = self._sql(check, check.targets, requires=requires)
            for target in self._session.fetch(sql, self._params_for(sql)):
                if self._stopping.is_set():
                    break
                sample = self._samples(target)
                sql = self._sql(check, check.query, target=target, requires=requires, sample=sample)
                rows = self._read(sql, self._params_for(sql, target))
                if sample and "TABLESAMPLE" in sql:  # the check's query took the sample
                    percent = self._heuristics.tablesample_percent
                    fetched.parts.append(_Part(rows, {**target, "sampled_percent": percent}))
                else:
                    fetched.parts.append(_Part(rows, target))
        except QueryFailed as error:
            fetched.error = CheckError(check.id, str(error), error.timed_out)
        except (NotAQuery, TemplateError) as error:
            fetched.error = CheckError(check.id, f"{check.source}: {error}")
        return fetched

    def _fetch_catalog(
        self, check: CheckDefinition, requires: dict[str, Any], fetched: _Fetched
    ) -> None:
        sql = self._sql(check, check.query, requires=requires)
        if check.verify == "hypothetical_index":
            # The proposals are planned on the scan's connection (hypopg's indexes are the
            # session's own): the rows are needed now, here.
            rows = self._session.fetch(sql, self._params_for(sql))
            fetched.parts.append(_Part(verify_index_proposals(self._session, rows)))
            return
        if check.measure is not None and self._read_data:  # it needs the rows now
            rows = self._session.fetch(sql, self._params_for(sql))
            fetched.measure_errors = self._measure(check, rows)
            # the data refuted the row (REF002: values mostly absent from the parent)
            fetched.parts.append(_Part([row for row in rows if not row.get("dismissed")]))
        else:
            fetched.parts.append(_Part(self._read(sql, self._params_for(sql))))

    def _measure(self, check: CheckDefinition, rows: Rows) -> list[CheckError]:
        """Refine a catalog check's rows from the data: one query per table they name, on the
        --jobs workers when there are some. Returns the tables that could not be read."""
        assert check.measure is not None
        pending: list[tuple[str, list[dict[str, Any]], Rows | Future[Rows]]] = []
        for target in measure_targets(rows):
            sql = self._sql(check, check.measure, target=target)
            name = f"{target['schema_name']}.{target['table_name']}"
            pending.append((name, target["rows"], self._read(sql, self._params_for(sql))))
        errors = []
        for name, members, measured in pending:
            try:
                refinements = measured.result() if isinstance(measured, Future) else measured
            except QueryFailed as error:
                errors.append(CheckError(check.id, str(error), error.timed_out, name))
                continue
            for refinement in refinements:
                position = refinement.pop("position")
                members[position - 1].update(refinement)
        return errors

    def _available(self, check: CheckDefinition) -> dict[str, Any] | _Fetched:
        """Run the check's `requires` query: false (and why) skips the check, not an error;
        true gives its row, which reaches the check's SQL as `requires`."""
        assert check.requires is not None
        try:
            sql = self._sql(check, check.requires)
            rows = self._session.fetch(sql, self._params_for(sql))
        except QueryFailed as error:
            return _Fetched(error=CheckError(check.id, f"requires: {error}", error.timed_out))
        except (NotAQuery, TemplateError) as error:
            return _Fetched(error=CheckError(check.id, f"{check.source}: requires: {error}"))
        row = rows[0] if rows else {}
        if not row.get("available"):
            reason = str(row.get("reason") or "not available on this server")
            return _Fetched(skipped=SkippedCheck(check.id, reason))
        return row

    def build(self, check: CheckDefinition, fetched: _Fetched, outcome: RunOutcome) -> None:
        """Findings from the fetched rows, and what went wrong, in the serial scan's order."""
        if fetched.skipped:
            outcome.skipped.append(fetched.skipped)
        if fetched.ran:
            outcome.checks_run += 1
        outcome.errors.extend(fetched.measure_errors)
        override = self._overrides.get(check.id)
        try:
            for part in fetched.parts:
                try:
                    rows = part.rows.result() if isinstance(part.rows, Future) else part.rows
                except QueryFailed as error:
                    # One table failing (a timeout on a huge table) must not hide the others.
                    where = _target_name(part.target) if part.target is not None else None
                    outcome.errors.append(CheckError(check.id, str(error), error.timed_out, where))
                    continue
                target = part.target
                for row in rows:
                    merged = {**target, **row} if target is not None else row
                    outcome.findings.append(
                        _finding(check, merged, self._version, override, self._remedies)
                    )
        except (_BadRow, TemplateError) as error:
            outcome.errors.append(CheckError(check.id, f"{check.source}: {error}"))
            return
        if fetched.error:
            outcome.errors.append(fetched.error)


def _failed(error: QueryFailed) -> Future[Rows]:
    """A target's failure, kept for the build stage to report in its place."""
    failed: Future[Rows] = Future()
    failed.set_exception(error)
    return failed


def _target_name(target: Mapping[str, Any]) -> str:
    name = f"{target.get('schema_name')}.{target.get('table_name')}"
    columns = target.get("column_names")
    return f"{name}({', '.join(columns)})" if columns else name


def run_checks(
    session: ReadOnlySession,
    plan: ScanPlan,
    params: Mapping[str, object],
    on_check: ProgressCallback | None = None,
    *,
    workers: SnapshotWorkers | None = None,
) -> RunOutcome:
    """Run the plan's checks; what their `requires:` queries rule out is skipped, and why."""
    checks = plan.checks
    runner = CheckRunner(session, plan, params, workers)
    outcome = RunOutcome()
    fetcher = ThreadPoolExecutor(1, thread_name_prefix="dbaudit-fetch")
    pending: list[Future[_Fetched]] = []
    # What is built after the last fetch is time nobody overlaps: the checks with many
    # findings go first, the operations checks (a few findings each) last.
    order = sorted(checks, key=lambda c: c.category is Category.OPERATIONS)
    lost: ConnectionLost | None = None
    not_run: list[str] = []
    try:
        # All submitted at once: one thread runs them in order; rows wait to be built.
        pending = [fetcher.submit(runner.fetch, check) for check in order]
        for check, fetched in zip(order, pending, strict=True):
            if lost is not None:
                # Without the connection nothing after it is known to be whole: the checks
                # not built yet are reported as not run, never as clean.
                not_run.append(check.id)
                continue
            if on_check:
                on_check(check)
            try:
                runner.build(check, fetched.result(), outcome)
            except ConnectionLost as error:
                lost = error
                not_run.append(check.id)
                runner.stop()  # no more queries; the other connections' running ones cancelled
    except BaseException:
        # e.g. Ctrl-C: do not wait the queries out. The fetch thread may be between its
        # last look at the stop flag and sending a query, so a single cancel can miss it:
        # cancel until it has returned (a cancel with no query running does nothing).
        runner.stop()
        deadline = time.monotonic() + _STOP_WAIT_S
        while not all(f.done() or f.cancel() for f in pending) and time.monotonic() < deadline:
            wait(pending, timeout=0.1)
            runner.stop()
        raise
    finally:
        fetcher.shutdown(wait=True, cancel_futures=True)
    if lost is not None:
        outcome.lost = LostConnection(str(lost), tuple(not_run))
        outcome.errors.extend(CheckError(c, outcome.lost.error_message) for c in not_run)
    outcome.findings.sort(key=lambda f: (-f.severity.rank, f.check_id, f.object.display()))
    position = {check.id: index for index, check in enumerate(checks)}
    outcome.errors.sort(key=lambda e: position[e.check_id])  # the checks' order, as before
    outcome.skipped.sort(key=lambda s: position[s.check_id])
    return outcome
