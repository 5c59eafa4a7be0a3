"""Each real schema of the corpus, scanned, gives the findings its expected.yaml judges.

A judgment marked `open: true` is one the current heuristics get wrong: it is a strict
expected failure, so the test fails when a change makes it right, and says to flip the flag.
`python tests/corpus/score.py` prints per-check precision and recall over the whole corpus.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from dbaudit.findings import ScanResult
from dbaudit.sandbox.scratch import create_database, drop_database
from tests.corpus.judging import (
    CorpusSchema,
    Judgment,
    corpus_schemas,
    finding_for,
    load_and_scan,
    proposed_policy,
    reported_as_judged,
)

# The corpus judges the rules, not the server: CI runs the suite on the embedded server and
# again on the local PostgreSQL (DBAUDIT_TEST_DSN), and the corpus once is enough.
pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DBAUDIT_TEST_DSN")) and os.environ.get("DBAUDIT_CORPUS") != "1",
    reason="the corpus is server-independent and runs on the embedded server; "
    "DBAUDIT_CORPUS=1 runs it on DBAUDIT_TEST_DSN too",
)

SCHEMAS = corpus_schemas()
_counter = itertools.count()


@pytest.fixture(scope="module", params=SCHEMAS, ids=[s.name for s in SCHEMAS])
def corpus_scan(
    request: pytest.FixtureRequest, server_dsn: str
) -> Iterator[tuple[CorpusSchema, ScanResult]]:
    schema: CorpusSchema = request.param
    name = f"dbaudit_corpus_{os.getpid()}_{next(_counter)}"
    dsn = create_database(server_dsn, name)
    try:
        yield schema, load_and_scan(schema, dsn)
    finally:
        drop_database(server_dsn, name)


def _what_it_did(judgment: Judgment, result: ScanResult) -> str:
    finding = finding_for(judgment, result.findings)
    if finding is None:
        return "not reported"
    policy = proposed_policy(finding) if judgment.policy else None
    return f"reported ({finding.rule}{', ON DELETE ' + policy if policy else ''})"


def test_the_corpus_is_big_enough() -> None:
    assert len(SCHEMAS) >= 12
    assert sum(1 for s in SCHEMAS if s.has_data) >= 5
    for schema in SCHEMAS:
        assert (schema.directory / "SOURCE.md").exists(), schema.name
        assert schema.judgments, schema.name


@pytest.mark.slow  # a scan of a real schema with the whole catalog: a few seconds each
def test_findings_as_judged(corpus_scan: tuple[CorpusSchema, ScanResult]) -> None:
    schema, result = corpus_scan
    assert result.errors == (), f"{schema.name}: checks failed: {result.errors}"
    wrong, now_right = [], []
    for judgment in schema.judgments:
        right = reported_as_judged(judgment, result.findings)
        line = (
            f"{judgment.describe()}: judged {judgment.verdict}"
            f"{' (ON DELETE ' + judgment.policy + ')' if judgment.policy else ''},"
            f" {_what_it_did(judgment, result)} -- {judgment.reason}"
        )
        if right and judgment.open:
            now_right.append(line)
        elif not right and not judgment.open:
            wrong.append(line)
    message = []
    if wrong:
        message.append(f"{schema.name}/expected.yaml, judged otherwise:\n  " + "\n  ".join(wrong))
    if now_right:
        message.append(
            f"{schema.name}/expected.yaml, now right: remove `open: true` from\n  "
            + "\n  ".join(now_right)
        )
    assert not message, "\n".join(message)
