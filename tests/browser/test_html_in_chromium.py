"""The HTML report of a real scan, opened in headless chromium (Debian's, via chromedriver).

The counts the page shows must be the JSON report's, the severity filter must hide and show
a tier's findings, the page must load nothing, and printing must show every finding without
the filter. Screenshots (and a PDF print) go to test-artifacts/ for a reviewer to look at.
Without chromium the tests skip, except under CI, where a missing browser is a failure.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement

from dbaudit.checks.loader import load_catalog
from dbaudit.engine.scan import scan_database
from dbaudit.findings import ScanResult
from dbaudit.report.formats import OutputFormat, render
from dbaudit.resources import examples_dir
from dbaudit.settings.model import ScanSettings
from dbaudit.severity import Severity
from tests.conftest import TestDatabase

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SHOWN_TIERS = ("critical", "high", "medium", "low")  # info only when there is some


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not os.access(p, os.X_OK)]
    if missing:
        message = f"no {' or '.join(missing)}: apt-get install chromium chromium-driver"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    options = Options()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The Debian driver and browser as they are: Selenium Manager must not download others.
    os.environ.setdefault("SE_OFFLINE", "true")
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def example_result(database: TestDatabase) -> ScanResult:
    trading = examples_dir() / "trading"
    for name in ("schema.sql", "data.sql"):
        database.load((trading / name).read_text(), str(trading / name))
    return scan_database(ScanSettings(dsn=database.dsn), load_catalog())


def _open(browser: webdriver.Chrome, result: ScanResult, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render(result, OutputFormat.HTML), encoding="utf-8")
    browser.get(page.as_uri())
    # Jumps, not smooth scrolling, so a screenshot shows where the page was sent.
    browser.execute_script("document.documentElement.style.scrollBehavior = 'auto'")


def _findings(browser: webdriver.Chrome, tier: str) -> list[WebElement]:
    return browser.find_elements(By.CSS_SELECTOR, f'details.finding[data-severity="{tier}"]')


def _toggle(browser: webdriver.Chrome, tier: str) -> None:
    browser.find_element(By.CSS_SELECTOR, f'input[data-filter-tier="{tier}"]').click()


def _height(browser: webdriver.Chrome, element: WebElement) -> float:
    return float(
        browser.execute_script("return arguments[0].getBoundingClientRect().height", element)
    )


def test_counts_filter_and_screenshots(
    browser: webdriver.Chrome, example_result: ScanResult, tmp_path: Path
) -> None:
    summary = json.loads(render(example_result, OutputFormat.JSON))["summary"]
    tiers = [t for t in (*SHOWN_TIERS, "info") if summary[t]]
    assert len(tiers) >= 2, "the example database has findings in several tiers"
    _open(browser, example_result, tmp_path)

    # The counts as a reader sees them, and as the data attributes give them, are the JSON's.
    cards = browser.find_elements(By.CSS_SELECTOR, "[data-tier]")
    shown = {
        c.get_attribute("data-tier"): c.find_element(By.CLASS_NAME, "tier-count").text
        for c in cards
    }
    assert shown == {
        t: str(summary[t]) for t in summary if t in SHOWN_TIERS or (t == "info" and summary[t])
    }
    assert all(c.get_attribute("data-count") == shown[c.get_attribute("data-tier")] for c in cards)
    for tier in tiers:
        assert len(_findings(browser, tier)) == summary[tier]

    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "html-report.png"))

    # The filter: unchecking a tier hides its findings, and only those; checking shows them.
    target, others = tiers[0], tiers[1:]
    assert all(f.is_displayed() for f in _findings(browser, target))
    _toggle(browser, target)
    assert not any(f.is_displayed() for f in _findings(browser, target))
    assert all(f.is_displayed() for tier in others for f in _findings(browser, tier))
    status = browser.find_element(By.CLASS_NAME, "filter-status").text
    assert status == f"{summary[target]} finding(s) hidden by the filter."
    browser.execute_script("document.getElementById('findings').scrollIntoView()")
    browser.save_screenshot(str(ARTIFACTS / "html-report-filtered.png"))
    _toggle(browser, target)
    assert all(f.is_displayed() for f in _findings(browser, target))
    assert browser.find_element(By.CLASS_NAME, "filter-status").text == ""

    # Expand all opens every finding.
    browser.find_element(By.CSS_SELECTOR, 'button[data-action="expand"]').click()
    assert all(f.get_attribute("open") is not None for t in tiers for f in _findings(browser, t))

    # Nothing was fetched, and the page's script ran without errors.
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    log = browser.get_log("browser")  # type: ignore[no-untyped-call]  # selenium leaves it untyped
    assert [e for e in log if e["level"] == "SEVERE"] == []

    # The whole page as a reader opens it (every finding closed): opened, with each fix as
    # `dbaudit fix` writes it, it is longer than chromium captures in one image.
    browser.find_element(By.CSS_SELECTOR, 'button[data-action="collapse"]').click()
    full = browser.execute_cdp_cmd(
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}
    )
    (ARTIFACTS / "html-report-full.png").write_bytes(base64.b64decode(full["data"]))


def test_print_shows_every_finding_and_no_filter(
    browser: webdriver.Chrome, example_result: ScanResult, tmp_path: Path
) -> None:
    _open(browser, example_result, tmp_path)
    tier = example_result.findings[0].severity.value
    closed = _findings(browser, tier)[0]
    summary = closed.find_element(By.TAG_NAME, "summary")
    # A closed finding is its summary line (plus borders); its body does not take room.
    assert closed.get_attribute("open") is None
    assert _height(browser, closed) - _height(browser, summary) < 5
    _toggle(browser, tier)  # filtered out on screen: the print must still show the tier
    assert not closed.is_displayed()
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not browser.find_element(By.ID, "filter").is_displayed()
        assert not browser.find_element(By.CSS_SELECTOR, "nav.toc").is_displayed()
        assert closed.is_displayed() and closed.get_attribute("open") is None
        assert _height(browser, closed) - _height(browser, summary) > 50, "it prints open"
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    pdf = browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "html-report.pdf").write_bytes(base64.b64decode(pdf["data"]))


def _table_rows(browser: webdriver.Chrome) -> list[tuple[str, str, str]]:
    """The findings table's rows as shown: severity, check, object."""
    rows = browser.find_elements(By.CSS_SELECTOR, "table.all-findings tbody tr")
    return [
        tuple(cell.text for cell in row.find_elements(By.TAG_NAME, "td")[:3])  # type: ignore[misc]
        for row in rows
    ]


def _sort_by(browser: webdriver.Chrome, header: str) -> None:
    button = browser.find_element(
        By.XPATH, f"//table[contains(@class, 'all-findings')]//th/button[text()='{header}']"
    )
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()


def _in_order(browser: webdriver.Chrome, texts: list[str], *, ascending: bool) -> bool:
    """Whether the texts are in order as the page compares them (String.localeCompare)."""
    return bool(
        browser.execute_script(
            "var sign = arguments[1] ? 1 : -1;"
            "return arguments[0].every(function (text, i, all) {"
            "  return i === 0 || sign * all[i - 1].localeCompare(text) <= 0; });",
            texts,
            ascending,
        )
    )


def test_the_findings_table_sorts_by_the_header_clicked(
    browser: webdriver.Chrome, example_result: ScanResult, tmp_path: Path
) -> None:
    _open(browser, example_result, tmp_path)
    rank = {s.label.upper(): s.rank for s in Severity}
    initial = _table_rows(browser)
    assert len(initial) == len(example_result.findings)
    # As the report lists them: most severe first.
    assert [rank[r[0]] for r in initial] == sorted((rank[r[0]] for r in initial), reverse=True)

    _sort_by(browser, "Object")
    by_object = _table_rows(browser)
    assert by_object != initial and sorted(by_object) == sorted(initial)  # reordered, same rows
    objects = [r[2] for r in by_object]
    assert _in_order(browser, objects, ascending=True)
    header = browser.find_element(By.XPATH, "//th[button[text()='Object']]")
    assert header.get_attribute("aria-sort") == "ascending"

    _sort_by(browser, "Object")  # again: the other way
    assert _in_order(browser, [r[2] for r in _table_rows(browser)], ascending=False)
    assert header.get_attribute("aria-sort") == "descending"

    _sort_by(browser, "Severity")  # was sorted most severe first: now least severe first
    ranks = [rank[r[0]] for r in _table_rows(browser)]
    assert ranks == sorted(ranks) and ranks != sorted(ranks, reverse=True)

    # The filter hides the rows of a tier it hides, as it hides their cards.
    tier = example_result.findings[0].severity
    _toggle(browser, tier.value)
    rows = browser.find_elements(By.CSS_SELECTOR, "table.all-findings tbody tr")
    hidden = [r for r in rows if not r.is_displayed()]
    assert len(hidden) == example_result.count(tier)
