"""Per-check precision and recall of the shipped catalog over the corpus of real schemas.

    python tests/corpus/score.py                 # on the embedded server
    python tests/corpus/score.py --dsn "host=127.0.0.1 user=postgres dbname=postgres"
    python tests/corpus/score.py --details       # every wrong judgment and unjudged finding

Precision: of the reported findings that carry a judgment, the share judged true. Recall: of
the `finding` judgments, the share reported. A FK001, FK004 or REF002 finding makes a second
claim, the ON DELETE its fix proposes; it is scored apart: the share of judged policies the
scan proposes, and the harmful proposals (CASCADE where the judge keeps the rows, SET NULL
where the link must stay; see judging.harmful_policy). Planted defects (`data: defect`) are
counted apart, and every trap (`data: trap`) that is flagged is listed. Findings without a
judgment are counted as unjudged, never in precision.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: import tests.*

from dbaudit.findings import Finding
from dbaudit.sandbox.embedded import EmbeddedPostgres
from dbaudit.sandbox.scratch import create_database, drop_database
from tests.corpus.judging import (
    CorpusSchema,
    Judgment,
    corpus_schemas,
    finding_for,
    harmful_policy,
    load_and_scan,
    proposed_policy,
    reported_as_judged,
    unjudged,
)


@dataclass
class CheckScore:
    reported_judged: int = 0  # reported findings that have a judgment
    reported_true: int = 0  # of those, judged true
    expected: int = 0  # `finding` judgments
    found: int = 0  # of those, reported
    unjudged: int = 0
    policies_judged: int = 0  # reported findings whose judgment names an ON DELETE policy
    policies_agreed: int = 0  # of those, proposing it
    harmful: int = 0  # of those, proposing a harmful one

    def policy(self) -> str:
        return _share(self.policies_agreed, self.policies_judged)

    def precision(self) -> str:
        return _share(self.reported_true, self.reported_judged)

    def recall(self) -> str:
        return _share(self.found, self.expected)


@dataclass
class Score:
    checks: dict[str, CheckScore] = field(default_factory=dict)
    defects: int = 0
    defects_found: int = 0
    traps: int = 0
    traps_flagged: list[str] = field(default_factory=list)
    missed_defects: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    harmful: list[str] = field(default_factory=list)
    unjudged_findings: list[str] = field(default_factory=list)
    schemas: int = 0

    def of(self, check_id: str) -> CheckScore:
        return self.checks.setdefault(check_id, CheckScore())


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}% ({part}/{whole})" if whole else "-"


_POLICY_CHECKS = ("FK001", "FK004", "REF002")  # their fixes set an ON DELETE policy


def _verdicts(judgment: Judgment, finding: Finding | None) -> str:
    """The judged verdict and, for a delete-policy check, the judged and proposed ON DELETE."""
    judged = f"judged {judgment.verdict}"
    if judgment.policy:
        judged += f" {judgment.policy}"
    if finding is None or judgment.check not in _POLICY_CHECKS:
        return judged
    return f"{judged}, proposed {proposed_policy(finding)} ({finding.rule})"


def add_schema(score: Score, schema: CorpusSchema, findings: tuple[Finding, ...]) -> None:
    score.schemas += 1
    for judgment in schema.judgments:
        check = score.of(judgment.check)
        finding = finding_for(judgment, findings)
        right = reported_as_judged(judgment, findings)
        where = f"{schema.name}: {judgment.describe()}"
        if finding is not None:
            check.reported_judged += 1
            check.reported_true += int(judgment.expects_finding)
        if judgment.expects_finding:
            check.expected += 1
            check.found += int(finding is not None)
        if finding is not None and judgment.expects_finding and judgment.policy:
            proposed = proposed_policy(finding)
            check.policies_judged += 1
            check.policies_agreed += int(proposed == judgment.policy)
            if harmful_policy(judgment.policy, proposed):
                check.harmful += 1
                score.harmful.append(
                    f"{where}: {_verdicts(judgment, finding)} -- {judgment.reason}"
                )
        if not right:
            score.wrong.append(f"{where}: {_verdicts(judgment, finding)} -- {judgment.reason}")
        if judgment.data == "defect":
            score.defects += 1
            score.defects_found += int(right)
            if not right:
                score.missed_defects.append(f"{where} -- {judgment.reason}")
        elif judgment.data == "trap":
            score.traps += 1
            if finding is not None:
                score.traps_flagged.append(f"{where} -- {judgment.reason}")
    for finding in unjudged(schema, findings):
        score.of(finding.check_id).unjudged += 1
        score.unjudged_findings.append(
            f"{schema.name}: {finding.check_id} {finding.object.display()} ({finding.rule})"
        )


def render(score: Score, *, details: bool) -> str:
    lines = [
        f"Corpus: {score.schemas} schemas, {sum(c.expected for c in score.checks.values())}"
        " `finding` judgments.",
        "",
        "| check | precision | recall | unjudged findings | ON DELETE as judged | harmful |",
        "|---|---|---|---|---|---|",
    ]
    for check_id in sorted(score.checks):
        c = score.checks[check_id]
        agreed, harmful = (c.policy(), str(c.harmful)) if c.policies_judged else ("", "")
        lines.append(
            f"| {check_id} | {c.precision()} | {c.recall()} | {c.unjudged} | {agreed} | {harmful} |"
        )
    total = CheckScore(
        reported_judged=sum(c.reported_judged for c in score.checks.values()),
        reported_true=sum(c.reported_true for c in score.checks.values()),
        expected=sum(c.expected for c in score.checks.values()),
        found=sum(c.found for c in score.checks.values()),
        unjudged=sum(c.unjudged for c in score.checks.values()),
        policies_judged=sum(c.policies_judged for c in score.checks.values()),
        policies_agreed=sum(c.policies_agreed for c in score.checks.values()),
        harmful=sum(c.harmful for c in score.checks.values()),
    )
    lines.append(
        f"| **all** | {total.precision()} | {total.recall()} | {total.unjudged}"
        f" | {total.policy()} | {total.harmful} |"
    )
    lines += [
        "",
        "Harmful ON DELETE proposals:",
        *(f"- {h}" for h in score.harmful),
        "",
        f"Planted data defects found: {_share(score.defects_found, score.defects)}",
        f"Traps flagged: {len(score.traps_flagged)} of {score.traps}",
        *(f"- {t}" for t in score.traps_flagged),
    ]
    if details:
        lines += ["", "Missed planted defects:", *(f"- {m}" for m in score.missed_defects)]
        lines += ["", "Judged otherwise:", *(f"- {w}" for w in score.wrong)]
        lines += ["", "Unjudged findings:", *(f"- {u}" for u in score.unjudged_findings)]
    return "\n".join(lines)


@contextmanager
def _server(dsn: str | None) -> Iterator[str]:
    if dsn:
        yield dsn
        return
    with EmbeddedPostgres() as server:
        yield server.conninfo()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dsn", help="a superuser DSN (databases are created and dropped)")
    parser.add_argument("--details", action="store_true", help="list every miss and unjudged")
    parser.add_argument("--only", action="append", default=[], help="corpus schema name")
    args = parser.parse_args(argv)
    score = Score()
    schemas = [s for s in corpus_schemas() if not args.only or s.name in args.only]
    with _server(args.dsn) as server_dsn:
        for i, schema in enumerate(schemas):
            name = f"dbaudit_score_{i}_{schema.name.replace('-', '_')}"
            drop_database(server_dsn, name)
            dsn = create_database(server_dsn, name)
            try:
                result = load_and_scan(schema, dsn)
            finally:
                drop_database(server_dsn, name)
            if result.errors:
                print(f"{schema.name}: checks failed: {result.errors}", file=sys.stderr)
            add_schema(score, schema, result.findings)
    print(render(score, details=args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
