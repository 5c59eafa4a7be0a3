"""The scan's plan: what runs, what is skipped and why, from settings, catalog and target."""

from __future__ import annotations

from dataclasses import replace

from dbaudit.checks.loader import load_catalog
from dbaudit.checks.model import Category, CheckKind
from dbaudit.engine.plan import plan_scan
from dbaudit.settings.model import ScanSettings

CATALOG = load_catalog()
DATA = [c.id for c in CATALOG if c.kind is CheckKind.DATA]
OPERATIONS = [c.id for c in CATALOG if c.category is Category.OPERATIONS]


def test_every_check_runs_by_default_and_the_data_may_be_read() -> None:
    plan = plan_scan(ScanSettings(), CATALOG)
    assert [c.id for c in plan.checks] == [c.id for c in CATALOG]
    assert plan.skipped == ()
    assert plan.read_data
    assert plan.query_params([42])["read_data"] is True


def test_no_data_skips_the_data_checks_and_tells_the_catalog_checks() -> None:
    plan = plan_scan(ScanSettings(data_checks=False), CATALOG)
    assert DATA and [s.check_id for s in plan.skipped] == DATA
    assert {s.reason for s in plan.skipped} == {"data check, and data checks are off (--no-data)"}
    assert not plan.read_data
    assert plan.query_params([])["read_data"] is False


def test_the_first_reason_wins_and_the_skipped_keep_the_catalogs_order() -> None:
    disabled = DATA[0]
    plan = plan_scan(ScanSettings(disable=frozenset({disabled}), select=("OPS", *DATA)), CATALOG)
    plan = plan.without_operations("the scratch server runs no workload").without_data("no rows")
    reasons = {s.check_id: s.reason for s in plan.skipped}
    assert reasons[disabled] == "disabled in the configuration"
    assert reasons[DATA[1]] == "data check, and no rows"
    ops = next(i for i in OPERATIONS if i.startswith("OPS"))
    assert reasons[ops] == "operations check, and the scratch server runs no workload"
    assert reasons["FK001"] == f"not selected (--select OPS,{','.join(DATA)})"
    assert plan.checks == ()
    order = [c.id for c in CATALOG]
    assert [s.check_id for s in plan.skipped] == order


def test_a_check_newer_than_the_server_is_skipped_with_the_version_it_needs() -> None:
    newer = replace(CATALOG[0], min_server_version=990000)
    plan = plan_scan(ScanSettings(), [newer, *CATALOG[1:]]).on_server(150004)
    assert plan.skipped[0].check_id == newer.id
    assert plan.skipped[0].reason == "needs PostgreSQL 99 or newer"
    assert newer not in plan.checks and len(plan.checks) == len(CATALOG) - 1


def test_the_scans_own_processes_are_bound_for_the_checks() -> None:
    assert plan_scan(ScanSettings(), CATALOG).query_params([7, 8])["scan_pids"] == [7, 8]
