"""What a scan produces: findings, checks that could not run, and the scan's metadata."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cached_property
from typing import Any, Protocol

from dbaudit.severity import Severity

EvidenceValue = int | float | str | bool | None
# What a report shows instead of a sample value that may be a secret or personal data.
REDACTED_SAMPLE = "[redacted]"


@dataclass(frozen=True)
class ObjectRef:
    """The database object a finding is about, by name (never by OID)."""

    schema: str
    table: str
    columns: tuple[str, ...] = ()
    name: str | None = None  # constraint or index, when the finding is about one

    @property
    def qualified_table(self) -> str:
        return f"{self.schema}.{self.table}"

    def display(self) -> str:
        text = self.qualified_table
        if self.columns:
            text += "(" + ", ".join(self.columns) + ")"
        if self.name:
            text += f" [{self.name}]"
        return text


class FixKind(StrEnum):
    """What a remediation step does; the fix script runs them in this order."""

    CLEANUP = "cleanup"  # DELETE / UPDATE of bad rows: before the constraint that needs it
    CONSTRAINT = "constraint"  # a constraint added NOT VALID, or a policy change
    VALIDATE = "validate"  # VALIDATE CONSTRAINT, once the rows are clean
    INDEX = "index"  # CREATE INDEX CONCURRENTLY: outside any transaction
    REWRITE = "rewrite"  # a change that rewrites the table under ACCESS EXCLUSIVE

    @property
    def phase(self) -> int:
        """Phase of the migration plan: 1 data and constraints, 2 indexes, 3 rewrites."""
        return {"index": 2, "rewrite": 3}.get(self.value, 1)


class FixLevel(StrEnum):
    """How much a step may change beyond the defect: what `dbaudit fix` needs to include it."""

    SAFE = "safe"  # CREATE INDEX CONCURRENTLY, NOT VALID constraints, validations
    UNSAFE = "unsafe"  # policy changes, table rewrites: --unsafe
    DESTRUCTIVE = "destructive"  # deletes or overwrites rows: --include-destructive

    @property
    def flag(self) -> str | None:
        return {"unsafe": "--unsafe", "destructive": "--include-destructive"}.get(self.value)


@dataclass(frozen=True)
class FixStep:
    """One step of a finding's fix, rendered for its object."""

    kind: FixKind
    sql: str
    note: str = ""  # what it touches: rows changed and kept, size and lock of a rewrite
    destructive: bool = False  # deletes or overwrites data: off unless asked for
    # A SQL condition, true when the step has nothing to do (done already, or a clean-up it
    # needs was not run): the script then skips it, so it can be run twice.
    skip_if: str | None = None
    # Changes behaviour the application relies on (an existing foreign key's ON DELETE
    # policy): left out of the script unless --unsafe, like every rewrite.
    unsafe: bool = False
    # A SQL expression: why the step cannot run yet (rows a clean-up left), NULL when it can.
    blocked_if: str | None = None

    @property
    def level(self) -> FixLevel:
        if self.destructive:
            return FixLevel.DESTRUCTIVE
        if self.unsafe or self.kind is FixKind.REWRITE:
            return FixLevel.UNSAFE
        return FixLevel.SAFE


class RemedySource(Protocol):
    """Where a finding's fix steps and remediation text come from: rendered from its check's
    templates when a report or the fix script first asks (engine.remedies), or known already
    (a saved report's: KnownRemedy)."""

    def fix(self, finding: Finding, /) -> tuple[FixStep, ...]: ...

    def remediation(self, finding: Finding, /) -> str | None: ...


@dataclass(frozen=True)
class KnownRemedy:
    """A fix and a remediation text given as they are: read from a report, or made by hand."""

    steps: tuple[FixStep, ...] = ()
    text: str | None = None

    def fix(self, finding: Finding, /) -> tuple[FixStep, ...]:
        return self.steps

    def remediation(self, finding: Finding, /) -> str | None:
        return self.text


NO_REMEDY = KnownRemedy()


@dataclass(frozen=True)
class Finding:
    """What a check found: the object's identity, the rule and the evidence. Its fix and
    remediation text are rendered from those when first asked for, once (`remedy`): a scan
    whose reports show neither renders neither."""

    check_id: str
    severity: Severity
    title: str
    category: str
    object: ObjectRef
    message: str
    rule: str  # the heuristic or catalog fact that produced the finding
    evidence: tuple[tuple[str, EvidenceValue], ...] = ()
    samples: tuple[str, ...] = ()
    # The row values the check's fix templates read (beyond object, rule and evidence): what
    # `fix --from` a saved report renders the fix from. Not part of a finding's identity.
    fix_inputs: tuple[tuple[str, Any], ...] = field(default=(), compare=False)
    # The row values its free-form remediation text reads: in memory only (a saved report
    # carries the text itself).
    remediation_inputs: tuple[tuple[str, Any], ...] = field(default=(), compare=False, repr=False)
    remedy: RemedySource = field(default=NO_REMEDY, compare=False, repr=False)

    @cached_property
    def fix(self) -> tuple[FixStep, ...]:
        """The steps that fix it (none: no automatic fix), rendered on first use."""
        return self.remedy.fix(self)

    @cached_property
    def remediation(self) -> str | None:
        """What the reports show under it: the check's remediation text, or its fix."""
        return self.remedy.remediation(self)

    @property
    def evidence_map(self) -> Mapping[str, EvidenceValue]:
        return dict(self.evidence)

    @property
    def fingerprint(self) -> str:
        """Stable across scans: check id plus object identity, never OIDs or message text.

        The identity's parts are joined with \x1f and its columns with ",": unambiguous
        while no name holds either character (PostgreSQL names are never empty), and kept so
        that baselines written before stay valid. A name that holds one is encoded as JSON
        instead, behind a NUL no check id starts with: `("a,b",)` and `("a", "b")` once had
        one fingerprint.
        """
        o = self.object
        names = (o.schema, o.table, *o.columns, o.name or "")
        if any("," in n or "\x1f" in n for n in names):
            parts = [self.check_id, o.schema, o.table, list(o.columns), o.name]
            identity = "\x00" + json.dumps(parts, ensure_ascii=False)
        else:
            identity = "\x1f".join(
                [self.check_id, o.schema, o.table, ",".join(o.columns), o.name or ""]
            )
        return hashlib.sha256(identity.encode()).hexdigest()[:16]


# Where a suppression came from, when not from a comment in the database.
CONFIG_SOURCE = "configuration"


@dataclass(frozen=True)
class SuppressedFinding:
    """A finding the configuration or a `dbaudit:ignore` comment in the database accepts, with
    the reason it gives; never counts as open."""

    finding: Finding
    reason: str
    source: str = CONFIG_SOURCE  # or "comment on column public.fills.order_id"


@dataclass(frozen=True)
class CheckError:
    """A check (or one of its targets) that failed or timed out: the scan is incomplete."""

    check_id: str
    message: str
    timed_out: bool = False
    target: str | None = None


@dataclass(frozen=True)
class LostConnection:
    """The scan lost its connection (a backend terminated, the server stopped or stopped
    answering): the checks it had not finished are errors, each with `error_message`."""

    reason: str
    not_run: tuple[str, ...]

    @property
    def error_message(self) -> str:
        return f"not run: lost the connection to the server ({self.reason})"

    def describe(self) -> str:
        """One line: what was lost, and which checks had not run."""
        checks = ", ".join(self.not_run) or "none"
        return f"lost the connection to the server ({self.reason}); checks not run: {checks}"


@dataclass(frozen=True)
class SkippedCheck:
    check_id: str
    reason: str


@dataclass(frozen=True)
class CheckInfo:
    """What a report says about a check that ran (renderers never see check definitions)."""

    id: str
    title: str
    severity: Severity
    category: str
    description: str
    rationale: str
    source: str  # path of the check's YAML file
    no_fix: str | None = None  # why the check has no automatic fix


@dataclass(frozen=True)
class ScanScope:
    """What the scan looked at, from the introspection snapshot."""

    schemas: tuple[str, ...]
    tables: int
    foreign_keys: int
    indexes: int


@dataclass(frozen=True)
class ScanMetadata:
    database: str
    server_version: str
    target: str  # the DSN with its password masked
    started_at: datetime
    duration_seconds: float
    checks_run: int
    scope: ScanScope
    superuser: bool = False  # the scan's role is a superuser (a dedicated role is safer)


@dataclass(frozen=True)
class ScanResult:
    metadata: ScanMetadata
    findings: tuple[Finding, ...]
    checks: tuple[CheckInfo, ...] = ()
    suppressed: tuple[SuppressedFinding, ...] = ()
    errors: tuple[CheckError, ...] = ()
    skipped: tuple[SkippedCheck, ...] = field(default_factory=tuple)
    # Findings a baseline already accepted: shown apart, never counted as open.
    baselined: tuple[Finding, ...] = ()
    lost: LostConnection | None = None  # the scan stopped early: its connection was lost
    # What the user should know that is no finding (a malformed dbaudit:ignore comment).
    warnings: tuple[str, ...] = ()

    def check(self, check_id: str) -> CheckInfo | None:
        return next((c for c in self.checks if c.id == check_id), None)

    @property
    def complete(self) -> bool:
        return not self.errors

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)


def one_line(text: str) -> str:
    """Text made safe for a `--` comment: a newline in a name must not end the comment."""
    return " ".join(text.split())


def describe_steps(steps: Iterable[FixStep]) -> str:
    """The fix as the report shows it under a finding."""
    parts = []
    for step in steps:
        lines = []
        if step.destructive:
            lines.append("-- destructive: " + (one_line(step.note) or "changes data"))
        elif step.note:
            lines.append("-- " + one_line(step.note))
        lines.append(step.sql)
        parts.append("\n".join(lines))
    return "\n".join(parts)
