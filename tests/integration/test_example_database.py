"""The example trading database gives exactly the findings its manifest plants.

examples/trading/EXPECTED.md lists every defect with its exact count; each expectation
here cites its row there. The database is loaded once for this module and scanned once
with the whole shipped catalog, as `dbaudit demo` does.
"""

from __future__ import annotations

import pytest

from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import Category
from dbaudit.engine.scan import scan_database
from dbaudit.findings import Finding, ScanResult
from dbaudit.report.formats import OutputFormat, render
from dbaudit.report.summary import TIER_HEADINGS
from dbaudit.settings.model import ScanSettings
from dbaudit.severity import Severity

Identity = tuple[str, tuple[str, ...]]  # table, columns

# EXPECTED.md #1: the 12 foreign keys with NO ACTION, by constraint name.
NO_ACTION_FKS = {
    "strategies_user_id_fkey",
    "orders_strategy_id_fkey",
    "trades_strategy_id_fkey",
    "trades_order_id_fkey",
    "positions_strategy_id_fkey",
    "ai_decisions_strategy_id_fkey",
    "ai_decisions_executed_trade_id_fkey",
    "ai_decision_features_decision_id_fkey",
    "ai_trade_outcomes_decision_id_fkey",
    "ai_trade_outcomes_trade_id_fkey",
    "backtest_runs_strategy_id_fkey",
    "strategy_versions_strategy_id_fkey",
}
# EXPECTED.md #2: the 9 foreign keys no index covers.
UNINDEXED_FKS: set[Identity] = {
    ("trades", ("strategy_id",)),
    ("trades", ("order_id",)),
    ("ai_decisions", ("strategy_id",)),
    ("ai_decisions", ("executed_trade_id",)),
    ("positions", ("strategy_id",)),
    ("ai_trade_outcomes", ("trade_id",)),
    ("backtest_runs", ("strategy_id",)),
    ("strategy_versions", ("strategy_id",)),
    ("strategies", ("user_id",)),
}
# EXPECTED.md #3, #4, #5: orphans with their count, rule and sample keys.
ORPHANS: dict[Identity, tuple[int, str, set[str]]] = {
    ("positions", ("strategy_id",)): (2, "fk-not-valid", {"strat-retired-1", "strat-retired-2"}),
    ("ai_trade_outcomes", ("trade_id",)): (1, "fk-triggers-disabled", {"t-0404"}),
    ("fills", ("order_id",)): (3, "implicit-reference/plural", {"o-0901", "o-0902", "o-0903"}),
    ("strategy_signals", ("strategyId",)): (1, "implicit-reference/plural", {"strat-legacy"}),
}
# EXPECTED.md #8: one bad row in each of 4 columns.
INVALID_VALUES: set[Identity] = {
    ("trades", ("quantity",)),
    ("trades", ("price",)),
    ("orders", ("quantity",)),
    ("fills", ("price",)),
}
# EXPECTED.md #11: 10 unbounded numerics; ai_decisions.confidence is neither money nor a
# quantity, so it is the one low finding.
UNBOUNDED_MONEY: set[Identity] = {
    ("trades", ("quantity",)),
    ("trades", ("price",)),
    ("trades", ("pnl",)),
    ("orders", ("quantity",)),
    ("orders", ("price",)),
    ("fills", ("quantity",)),
    ("fills", ("price",)),
    ("positions", ("quantity",)),
    ("positions", ("entry_price",)),
}

CATALOG = load_catalog()
# The operations checks judge the server's runtime state (its timeouts, logging, sessions,
# statistics), not the example: they are off here so that these findings stay exact on any
# server, and tests/integration/test_operations.py (and the demo test) cover them.
OPERATIONS = frozenset(c.id for c in CATALOG if c.category is Category.OPERATIONS)


@pytest.fixture(scope="module")
def example_scan(example_dsn: str) -> ScanResult:
    return scan_database(ScanSettings(dsn=example_dsn, disable=OPERATIONS), CATALOG)


def test_only_the_planted_checks_report_anything(example_scan: ScanResult) -> None:
    expected = (
        {"DUP001", "FK001", "FK002", "NUM001", "REF001", "VAL001"}
        | {check_id for check_id, findings in MORE.items() if findings}
        | {"TIME002"}
    )
    assert {f.check_id for f in example_scan.findings} == expected
    assert {s.check_id for s in example_scan.skipped} == OPERATIONS


def _of(result: ScanResult, check_id: str) -> list[Finding]:
    return [f for f in result.findings if f.check_id == check_id]


def _identities(findings: list[Finding]) -> set[Identity]:
    assert all(f.object.schema == "public" for f in findings)
    identities = {(f.object.table, f.object.columns) for f in findings}
    assert len(identities) == len(findings), "a finding is reported twice"
    return identities


def test_the_scan_is_complete(example_scan: ScanResult) -> None:
    assert example_scan.errors == ()
    assert example_scan.complete
    assert (example_scan.metadata.scope.tables, example_scan.metadata.scope.foreign_keys) == (
        19,
        13,
    )


def test_every_no_action_foreign_key_and_only_those(example_scan: ScanResult) -> None:
    findings = _of(example_scan, "FK001")
    assert {f.object.name for f in findings} == NO_ACTION_FKS
    assert len(findings) == 12
    assert {f.severity for f in findings} == {Severity.MEDIUM}
    policies = {f.object.name: f.rule for f in findings}
    # Ledger children keep RESTRICT; owned children (FK in their key) cascade; a strategy's
    # optional owner is no plain optional link: trades and orders (money) name the strategy.
    assert policies["trades_order_id_fkey"] == "ledger-table"
    assert policies["strategy_versions_strategy_id_fkey"] == "owned-child/key"
    assert policies["strategies_user_id_fkey"] == "accounting-link"


def test_every_unindexed_foreign_key_and_only_those(example_scan: ScanResult) -> None:
    findings = _of(example_scan, "FK002")
    assert _identities(findings) == UNINDEXED_FKS
    # Small tables: medium, not high.
    assert {f.severity for f in findings} == {Severity.MEDIUM}


def test_orphans_with_exact_counts_and_sample_keys(example_scan: ScanResult) -> None:
    findings = _of(example_scan, "REF001")
    assert _identities(findings) == set(ORPHANS)
    for finding in findings:
        count, rule, samples = ORPHANS[(finding.object.table, finding.object.columns)]
        assert finding.severity is Severity.CRITICAL
        assert finding.evidence_map["orphan_count"] == count
        assert finding.rule == rule
        assert set(finding.samples) == samples


def test_the_singleton_table_with_two_rows(example_scan: ScanResult) -> None:
    (finding,) = _of(example_scan, "DUP001")
    assert (finding.object.table, finding.severity) == ("agent_status", Severity.CRITICAL)
    assert finding.evidence_map["row_count"] == 2


def test_quantities_and_prices_at_or_below_zero(example_scan: ScanResult) -> None:
    findings = _of(example_scan, "VAL001")
    assert _identities(findings) == INVALID_VALUES
    assert {f.evidence_map["invalid_count"] for f in findings} == {1}


def test_unbounded_numerics(example_scan: ScanResult) -> None:
    findings = _of(example_scan, "NUM001")
    by_severity = {
        severity: _identities([f for f in findings if f.severity is severity])
        for severity in (Severity.MEDIUM, Severity.LOW)
    }
    assert by_severity[Severity.MEDIUM] == UNBOUNDED_MONEY
    assert by_severity[Severity.LOW] == {("ai_decisions", ("confidence",))}
    assert len(findings) == 10


def test_the_report_counts_every_finding_in_its_tier(example_scan: ScanResult) -> None:
    report = render(example_scan, OutputFormat.MD)
    for tier in (Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW):
        count = sum(1 for f in example_scan.findings if f.severity is tier)
        heading = f"[{TIER_HEADINGS[tier]}](#{tier.value})" if count else TIER_HEADINGS[tier]
        assert f"| **{heading}** | | | **{count}** |\n" in report
    assert "| **Critical Issues Found** | | | **0** |" not in report


def test_the_report_has_the_phased_migration_plan(example_scan: ScanResult) -> None:
    report = render(example_scan, OutputFormat.MD)
    plan = report.split("## Migration plan", 1)[1]
    phase_1 = plan.index("### Phase 1: data clean-up and integrity constraints")
    phase_2 = plan.index("### Phase 2: indexes")
    phase_3 = plan.index("### Phase 3: changes that rewrite a table")
    assert phase_1 < phase_2 < phase_3
    # Orphans are cleaned up before the constraint that needs them is validated.
    assert plan.index('DELETE FROM "public"."positions"') < plan.index(
        '"public"."positions" VALIDATE CONSTRAINT "positions_strategy_id_fkey"'
    )
    assert 'CREATE INDEX CONCURRENTLY IF NOT EXISTS "trades_order_id_fk_idx"' in plan[phase_2:]
    # Invalid values need a person: listed apart.
    not_fixed = plan.split("### Not fixed automatically", 1)[1]
    assert "| High | VAL001 | public.trades(quantity) |" in not_fixed


# EXPECTED.md rows for the rest of the catalog: check -> {(table, columns): severity}.
MORE: dict[str, dict[Identity, Severity]] = {
    "REF002": {  # #5, #5b: every implicit reference, orphans or not
        ("fills", ("order_id",)): Severity.HIGH,
        ("strategy_signals", ("strategyId",)): Severity.HIGH,
        ("orders", ("decision_id",)): Severity.HIGH,
        ("audit_logs", ("user_id",)): Severity.HIGH,
    },
    "KEY001": {("positions", ("symbol",)): Severity.CRITICAL},  # 6
    "KEY002": {("work_items", ("idempotency_key",)): Severity.HIGH},  # 10
    "TIME001": {("trades", ("executed_at",)): Severity.MEDIUM},  # 9
    "TBL001": {("short_interest", ()): Severity.HIGH},  # 15
    "SEC001": {("users", ("password",)): Severity.CRITICAL},  # 13
    "JSON001": {  # 12
        ("work_items", ("payload",)): Severity.LOW,
        ("ai_decisions", ("metadata",)): Severity.LOW,
        ("audit_logs", ("details",)): Severity.LOW,
        ("strategies", ("parameters",)): Severity.LOW,
    },
    "VAL002": {  # 16: every quantity and price column; the schema has no CHECK on any
        (table, (column,)): Severity.MEDIUM
        for table, column in (
            ("broker_assets", "min_order_size"),
            ("broker_assets", "price_increment"),
            ("fills", "quantity"),
            ("fills", "price"),
            ("orders", "quantity"),
            ("orders", "price"),
            ("positions", "quantity"),
            ("positions", "entry_price"),
            ("trades", "quantity"),
            ("trades", "price"),
        )
    },
    "FK003": {},
    "IDX001": {},
    "IDX002": {},
    "SEQ001": {},
}


@pytest.mark.parametrize("check_id", sorted(MORE))
def test_the_rest_of_the_catalog(example_scan: ScanResult, check_id: str) -> None:
    findings = _of(example_scan, check_id)
    assert {(f.object.table, f.object.columns): f.severity for f in findings} == MORE[check_id]


def test_counts_of_the_data_findings(example_scan: ScanResult) -> None:
    (duplicates,) = _of(example_scan, "KEY001")
    assert "AAPL" in duplicates.samples
    (nulls,) = _of(example_scan, "KEY002")
    assert set(nulls.samples) == {"w-0003", "w-0004", "w-0005"}
    (future,) = _of(example_scan, "TIME001")
    assert future.samples == ("t-0009",)
    (secret,) = _of(example_scan, "SEC001")
    assert secret.evidence_map["unhashed_count"] == 1
    assert secret.samples == ()  # a secret is never printed


def test_timestamps_without_time_zone(example_scan: ScanResult) -> None:
    findings = _of(example_scan, "TIME002")  # 14: 27 columns, one finding each
    assert len(findings) == 27
    assert ("broker_assets", ("updated_at",)) not in _identities(findings)
