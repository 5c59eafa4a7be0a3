"""A check as loaded from its YAML file."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from jinja2 import Template

from dbaudit.findings import FixKind
from dbaudit.settings.sources import Layer
from dbaudit.severity import Severity

# The key of `message:` that serves every rule without a message of its own (and the only
# key of a check whose message is one text).
DEFAULT_RULE = "default"


class CheckKind(StrEnum):
    CATALOG = "catalog"  # one query over the catalog; each row is a finding
    DATA = "data"  # a catalog query yields targets; a query per target, each row a finding


class Category(StrEnum):
    INTEGRITY = "integrity"
    PERFORMANCE = "performance"
    SECURITY = "security"
    DESIGN = "design"
    OPERATIONS = "operations"


@dataclass(frozen=True)
class ExpectedFinding:
    """A finding a check's bad example must produce, by object identity."""

    table: str
    schema: str = "public"
    columns: tuple[str, ...] = ()
    name: str | None = None
    severity: Severity | None = None
    rule: str | None = None
    message: str | None = None  # the whole message, compared with whitespace collapsed


@dataclass(frozen=True)
class WorkloadStatement:
    """A statement a case's application runs `calls` times; its `%(i)s` is the call's number."""

    sql: str
    calls: int = 1


@dataclass(frozen=True)
class HeldSession:
    """A client of a case's database, held idle inside a transaction while the scan runs:
    it connects as `application`, runs `sql` after BEGIN and leaves the transaction open."""

    application: str
    sql: str


@dataclass(frozen=True)
class Case:
    """One named test of a check: SQL loaded into a fresh database, the configuration the
    scan runs with, and exactly the findings it must give (none: the case is a good one).

    An expected finding's text fields may name `${database}` (the case's scratch database)
    and `${user}` (the role that loaded it): the server-wide checks name their findings so."""

    name: str
    sql: str
    expect: tuple[ExpectedFinding, ...]
    config: Layer | None = None
    # run after `sql`, into pg_stat_statements (the operations checks read the workload)
    workload: tuple[WorkloadStatement, ...] = ()
    sessions: tuple[HeldSession, ...] = ()


@dataclass(frozen=True)
class Examples:
    bad: str
    good: str
    expect: tuple[ExpectedFinding, ...]


@dataclass(frozen=True)
class FixStepTemplate:
    """A step of a check's fix, rendered per finding with the finding's row."""

    kind: FixKind
    sql: Template
    note: Template | None = None
    destructive: bool = False
    skip_if: Template | None = None
    unsafe: bool = False
    blocked_if: Template | None = None
    # The rules whose findings this step is for; empty: every rule of the check.
    rules: frozenset[str] = frozenset()

    def applies_to(self, rule: str) -> bool:
        return not self.rules or rule in self.rules


@dataclass(frozen=True)
class CheckDefinition:
    id: str
    title: str
    severity: Severity
    category: Category
    kind: CheckKind
    description: str
    rationale: str
    query: Template
    # The finding's text per rule (the row's `rule` column); DEFAULT_RULE: every other rule.
    messages: tuple[tuple[str, Template], ...]
    source: Path
    shipped: bool  # from the project's own catalog (custom checks are parsed before running)
    targets: Template | None = None
    # Free-form remediation SQL shown under a finding, per rule like `messages`.
    remediations: tuple[tuple[str, Template], ...] = ()
    evidence: tuple[str, ...] = ()  # result columns shown as evidence numbers
    min_server_version: int | None = None
    # A query returning one row (available boolean, reason text, ...) run before the check:
    # when not available the check is skipped with the reason (statistics or privileges it
    # needs are missing); the row's other columns reach the check's SQL as `requires`.
    requires: Template | None = None
    # Catalog checks only: a data query run once per table the check's rows name, when the
    # scan may read data. It sees `target` (schema_name, table_name, rows) and returns rows
    # with a `position` (1-based, into target.rows) whose other columns refine that row:
    # one pass over a table for all its findings (NUM001 measures the digits stored). A row
    # the measurement sets `dismissed` on is no finding (the data refuted the heuristic).
    measure: Template | None = None
    # Catalog checks only: "hypothetical_index" has the engine verify each row's proposed
    # index with hypopg (engine/hypothetical.py) before it becomes a finding.
    verify: str | None = None
    examples: Examples | None = None
    cases: tuple[Case, ...] = ()  # more named cases, each with its own configuration
    fix: tuple[FixStepTemplate, ...] = ()
    no_fix: str | None = None  # why this check has no automatic fix
    # Every name the fix templates may read from a finding's row (a superset: each word of
    # their source), sorted. A finding keeps those values, so that `fix --from` a saved
    # report renders the fix again from the check's own templates, never from SQL text.
    fix_variables: tuple[str, ...] = ()
    # Likewise for the free-form `remediation:` texts: what a finding keeps (in memory only)
    # to render its remediation when a report asks for it.
    remediation_variables: tuple[str, ...] = ()
    # Custom checks: functions their queries may call despite the read-only guard.
    allow_functions: tuple[str, ...] = ()
    # The settings its queries bind (heuristics, check_validated_fks): see checks.contract.
    parameters: tuple[str, ...] = ()
    # The columns every row carries (empty: not declared, a user's check may leave it out);
    # a row without one is a check error, not a blank in a message.
    result_columns: tuple[str, ...] = ()

    def message_for(self, rule: str) -> Template | None:
        """The message template of a finding of `rule`: its own, else the default one."""
        return _for_rule(self.messages, rule)

    def remediation_for(self, rule: str) -> Template | None:
        return _for_rule(self.remediations, rule)

    def all_cases(self) -> tuple[Case, ...]:
        """The examples as two cases (bad, good), then the named cases."""
        if self.examples is None:
            return self.cases
        return (
            Case("bad", self.examples.bad, self.examples.expect),
            Case("good", self.examples.good, ()),
            *self.cases,
        )


def _for_rule(texts: tuple[tuple[str, Template], ...], rule: str) -> Template | None:
    by_rule = dict(texts)
    return by_rule.get(rule, by_rule.get(DEFAULT_RULE))
