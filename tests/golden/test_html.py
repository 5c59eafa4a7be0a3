"""The HTML report: escaping of hostile names, readable counts, and a page that needs no network.

The page is parsed with the standard library's HTML parser, so the assertions are about the
elements a browser would build, not about substrings that happen to look safe.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from html.parser import HTMLParser

from dbaudit.findings import (
    CheckError,
    CheckInfo,
    KnownRemedy,
    ObjectRef,
    ScanResult,
    SkippedCheck,
    SuppressedFinding,
)
from dbaudit.report.formats import OutputFormat, render
from dbaudit.report.html import inline_code, sql_block
from dbaudit.report.summary import TIER_HEADINGS
from dbaudit.severity import Severity
from tests.golden.test_formats import FIXED
from tests.unit.factories import finding, result

PAYLOAD = '"><script>alert(1)</script><img src=x onerror=alert(2)>'


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]  # a bare attribute (checked, hidden) has the value ""
    text: str = ""


class Page(HTMLParser):
    """Every element with its attributes and all the text inside it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.open_elements: list[Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.elements.append(element)
        if tag not in {"meta", "input", "br", "img", "link"}:  # void elements never close
            self.open_elements.append(element)

    def handle_endtag(self, tag: str) -> None:
        while self.open_elements and self.open_elements.pop().tag != tag:
            pass

    def handle_data(self, data: str) -> None:
        for element in self.open_elements:
            element.text += data

    def all(self, tag: str | None = None, **attrs: str) -> list[Element]:
        return [
            e
            for e in self.elements
            if (tag is None or e.tag == tag)
            and all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]


def parse(text: str) -> Page:
    page = Page()
    page.feed(text)
    page.close()
    return page


def _hostile_result() -> ScanResult:
    hostile = replace(
        finding(Severity.CRITICAL, check_id="REF001"),
        object=ObjectRef("public", "t" + PAYLOAD, (PAYLOAD,), PAYLOAD),
        message="orphans in " + PAYLOAD,
        rule=PAYLOAD,
        evidence=((PAYLOAD, PAYLOAD),),
        samples=(PAYLOAD,),
        remedy=KnownRemedy(text=f'DELETE FROM "{PAYLOAD}";'),
    )
    base = result(hostile)
    return replace(
        base,
        metadata=replace(base.metadata, database=PAYLOAD, target=PAYLOAD),
        checks=(CheckInfo("REF001", PAYLOAD, Severity.CRITICAL, "x", PAYLOAD, PAYLOAD, "x.yaml"),),
        suppressed=(SuppressedFinding(hostile, PAYLOAD),),
        baselined=(hostile,),
        errors=(CheckError("REF001", PAYLOAD, False, PAYLOAD),),
        skipped=(SkippedCheck(PAYLOAD, PAYLOAD),),
    )


def test_hostile_names_render_as_text_everywhere() -> None:
    text = render(_hostile_result(), OutputFormat.HTML)
    page = parse(text)
    assert PAYLOAD not in text
    assert "<script>alert" not in text and "<img" not in text
    assert page.all("img") == []
    assert not [e for e in page.elements if any(k.startswith("on") for k in e.attrs)]
    (script,) = page.all("script")  # only the report's own filter script
    assert "alert" not in script.text
    # The payload is still there, as text a reader can see.
    (title,) = page.all("h1")
    assert title.text == "Database Integrity Audit: " + PAYLOAD
    (summary,) = page.all("summary")
    assert "orphans in " + PAYLOAD in summary.text
    assert PAYLOAD in next(e.text for e in page.all("th", scope="row"))


def test_tier_counts_are_readable_and_match_the_json_report() -> None:
    text = render(FIXED, OutputFormat.HTML)
    page = parse(text)
    summary = json.loads(render(FIXED, OutputFormat.JSON))["summary"]
    cards = {e.attrs["data-tier"]: e for e in page.all("div") if "data-tier" in e.attrs}
    # Info is shown only when there is some, as in the Markdown report.
    assert list(cards) == ["critical", "high", "medium", "low"]
    for tier, card in cards.items():
        assert card.attrs["data-count"] == str(summary[tier])
        assert card.text.split()[0] == str(summary[tier])
        assert TIER_HEADINGS[Severity(tier)] in card.text
    # One collapsible finding per open finding, tagged with its tier for the filter.
    findings = [e for e in page.all("details") if "finding" in e.attrs["class"].split()]
    assert [e.attrs["data-severity"] for e in findings] == ["critical", "medium"]
    # The table of all findings, a row each, tagged the same way.
    rows = [e for e in page.all("tr") if "data-severity" in e.attrs]
    assert [e.attrs["data-severity"] for e in rows] == ["critical", "medium"]
    assert {e.attrs["value"] for e in page.all("input")} == {"critical", "medium"}


def test_info_findings_get_a_card_when_there_are_some() -> None:
    page = parse(render(result(finding(Severity.INFO)), OutputFormat.HTML))
    counts = {
        e.attrs["data-tier"]: e.attrs["data-count"]
        for e in page.all("div")
        if "data-tier" in e.attrs
    }
    assert counts == {"critical": "0", "high": "0", "medium": "0", "low": "0", "info": "1"}


def test_the_page_is_self_contained() -> None:
    text = render(FIXED, OutputFormat.HTML)
    page = parse(text)
    assert "http://" not in text and "https://" not in text
    assert page.all("link") == [] and page.all("iframe") == [] and page.all("img") == []
    assert all("src" not in e.attrs for e in page.elements)
    # Links only move within the page, to anchors that exist.
    ids = {e.attrs["id"] for e in page.elements if "id" in e.attrs}
    hrefs = [e.attrs["href"] for e in page.all("a")]
    assert hrefs and all(h.startswith("#") and h[1:] in ids for h in hrefs)
    assert len(page.all("style")) == 1 and len(page.all("script")) == 1
    assert "@media print" in text


def test_the_content_of_the_markdown_report_is_all_there() -> None:
    page = parse(render(FIXED, OutputFormat.HTML))
    headings = [e.text for e in page.all("h2")]
    assert headings[:3] == ["Executive summary", "All findings", "Findings"]
    assert {
        "Suppressed findings (1)",
        "Incomplete: checks that failed or timed out",
        "Skipped checks",
    } <= set(headings)
    assert [e.attrs["id"] for e in page.all("section") if "data-severity" in e.attrs] == [
        "tier-critical",
        "tier-medium",
    ]
    (assessment,) = page.all("p", **{"class": "assessment is-incomplete"})
    assert "The scan is incomplete" in assessment.text
    orphan = page.all("details")[0]
    assert "public.fills(order_id)" in orphan.text
    assert "implicit-reference/plural" in orphan.text  # the rule
    assert "orphan_count" in orphan.text  # the evidence
    assert "o-404" in orphan.text and "o-405" in orphan.text  # the sample keys
    assert "ALTER TABLE" in orphan.text  # the fix
    why = [e.text for e in page.all("p", **{"class": "why"})]
    assert why == ["Why it matters: Joins drop them.", "Why it matters: Deletes scan the child."]
    skipped = page.all("section", id="skipped")[0]
    assert "NUM001" in skipped.text and "disabled in the configuration" in skipped.text
    errors = page.all("section", id="errors")[0]
    assert "timed out: canceling statement due to statement timeout" in errors.text


def test_no_findings_says_so() -> None:
    page = parse(render(result(), OutputFormat.HTML))
    assert page.all("details") == [] and page.all("input") == []
    assert [e.text for e in page.all("p", **{"class": "empty"})] == ["No findings."]


def test_check_prose_and_sql_are_escaped_before_they_are_marked_up() -> None:
    assert inline_code("use `<b>` or `x") == "use <code>&lt;b&gt;</code> or `x"
    assert sql_block(["-- destructive: <x>", "DELETE 1;"]) == (
        '<span class="sql-comment destructive">-- destructive: &lt;x&gt;</span>\n\nDELETE 1;'
    )
