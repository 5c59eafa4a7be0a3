"""The corpus of real schemas: load one, scan it, and compare the findings with its judgments.

Each `tests/corpus/<name>/` holds `schema.sql`, optionally `data.sql`, `SOURCE.md` and
`expected.yaml`. A judgment says, for one check and one object (as `ObjectRef.display()`
prints it), whether a DBA reading the schema expects a finding there. `open: true` marks a
judgment the current heuristics get wrong; `data: defect` a row planted to be found and
`data: trap` a row that looks wrong and is not. Both the test and `score.py` read this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import Category, CheckDefinition
from dbaudit.engine.scan import scan_database
from dbaudit.findings import Finding, ScanResult
from dbaudit.sandbox.scratch import apply_sql_files
from dbaudit.settings.model import ScanSettings

CORPUS_DIR = Path(__file__).parent
Verdict = Literal["finding", "no_finding"]
DataKind = Literal["defect", "trap"]
_KEYS = {"check", "object", "verdict", "reason", "open", "data", "policy"}


@dataclass(frozen=True)
class Judgment:
    check: str
    object: str  # ObjectRef.display(): schema.table(columns) [constraint]
    verdict: Verdict
    reason: str
    open: bool = False  # the current heuristics get it wrong
    data: DataKind | None = None  # a planted defect or a trap in data.sql
    # FK001 and REF002: the ON DELETE policy a DBA would propose; a finding proposing another
    # one does not count as right.
    policy: str | None = None

    @property
    def expects_finding(self) -> bool:
        return self.verdict == "finding"

    def describe(self) -> str:
        return f"{self.check} {self.object}"


@dataclass(frozen=True)
class CorpusSchema:
    name: str
    directory: Path
    schemas: tuple[str, ...]  # the schemas to audit (empty: every non-system schema)
    judgments: tuple[Judgment, ...]

    @property
    def sql_files(self) -> list[Path]:
        files = [self.directory / "schema.sql"]
        if (self.directory / "data.sql").exists():
            files.append(self.directory / "data.sql")
        return files

    @property
    def has_data(self) -> bool:
        return (self.directory / "data.sql").exists()


def _judgment(raw: dict[str, Any], where: str) -> Judgment:
    unknown = set(raw) - _KEYS
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    if raw.get("verdict") not in ("finding", "no_finding"):
        raise ValueError(f"{where}: verdict must be finding or no_finding")
    if not str(raw.get("reason", "")).strip():
        raise ValueError(f"{where}: every judgment needs a reason")
    if raw.get("data") not in (None, "defect", "trap"):
        raise ValueError(f"{where}: data must be defect or trap")
    return Judgment(
        check=str(raw["check"]),
        object=str(raw["object"]),
        verdict=raw["verdict"],
        reason=str(raw["reason"]).strip(),
        open=bool(raw.get("open", False)),
        data=raw.get("data"),
        policy=raw.get("policy"),
    )


def load_corpus_schema(directory: Path) -> CorpusSchema:
    doc = yaml.safe_load((directory / "expected.yaml").read_text()) or {}
    judgments = tuple(
        _judgment(raw, f"{directory.name}/expected.yaml judgment {i + 1}")
        for i, raw in enumerate(doc.get("judgments") or [])
    )
    seen: set[tuple[str, str]] = set()
    for j in judgments:
        if (j.check, j.object) in seen:
            raise ValueError(f"{directory.name}: {j.describe()} is judged twice")
        seen.add((j.check, j.object))
    return CorpusSchema(directory.name, directory, tuple(doc.get("schemas") or ()), judgments)


def corpus_schemas() -> list[CorpusSchema]:
    return [
        load_corpus_schema(d)
        for d in sorted(CORPUS_DIR.iterdir())
        if d.is_dir() and (d / "expected.yaml").exists()
    ]


def audited_checks() -> list[CheckDefinition]:
    """The shipped catalog without the operations checks, which judge the server, not a schema."""
    return [c for c in load_catalog() if c.category is not Category.OPERATIONS]


def load_and_scan(schema: CorpusSchema, dsn: str) -> ScanResult:
    """Load the schema (and its data) into the empty database at `dsn` and scan it."""
    apply_sql_files(dsn, schema.sql_files)
    catalog = load_catalog()
    operations = frozenset(c.id for c in catalog if c.category is Category.OPERATIONS)
    settings = ScanSettings(dsn=dsn, schemas=schema.schemas, disable=operations)
    return scan_database(settings, catalog)


def finding_for(judgment: Judgment, findings: Iterable[Finding]) -> Finding | None:
    return next(
        (
            f
            for f in findings
            if f.check_id == judgment.check and f.object.display() == judgment.object
        ),
        None,
    )


_POLICY = re.compile(r"ON DELETE (CASCADE|RESTRICT|SET NULL|SET DEFAULT|NO ACTION)", re.I)


def proposed_policy(finding: Finding) -> str | None:
    """The ON DELETE policy the finding's fix sets (else the one its message proposes)."""
    for text in [*(step.sql for step in finding.fix), finding.message]:
        match = _POLICY.search(text)
        if match:
            return match.group(1).upper()
    return None


def harmful_policy(judged: str, proposed: str | None) -> bool:
    """A proposal that destroys or detaches what the judge would keep: CASCADE where the
    rows must stay (RESTRICT) or lose only their link (SET NULL), SET NULL where the link
    must stay. RESTRICT is never harmful (the delete is refused and someone decides), nor
    SET NULL where the judge would CASCADE (the rows are kept, ownerless)."""
    if proposed == judged:
        return False
    return proposed == "CASCADE" or (proposed == "SET NULL" and judged == "RESTRICT")


def reported_as_judged(judgment: Judgment, findings: Sequence[Finding]) -> bool:
    """True when the scan agrees with the judgment (policy included, when it names one)."""
    finding = finding_for(judgment, findings)
    if not judgment.expects_finding:
        return finding is None
    if finding is None:
        return False
    return judgment.policy is None or proposed_policy(finding) == judgment.policy


def unjudged(schema: CorpusSchema, findings: Sequence[Finding]) -> list[Finding]:
    judged = {(j.check, j.object) for j in schema.judgments}
    return [f for f in findings if (f.check_id, f.object.display()) not in judged]
