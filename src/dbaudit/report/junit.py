"""JUnit XML: one testsuite per check, one testcase per object, a failure per finding.

CI systems that show test reports (GitLab, Jenkins, Azure) then list database findings next to
test failures. A check that errored is a testcase with an <error>. Every value goes through
xml_text: a control character in a name must not make the document not well-formed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

from dbaudit.findings import Finding, ScanResult
from dbaudit.report.escape.xml import xml_text


def render(result: ScanResult) -> str:
    suites = ET.Element("testsuites", name="dbaudit", tests="0", failures="0", errors="0")
    by_check: dict[str, list[Finding]] = defaultdict(list)
    for finding in result.findings:
        by_check[finding.check_id].append(finding)
    errors_by_check = defaultdict(list)
    for error in result.errors:
        errors_by_check[error.check_id].append(error)
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for check in result.checks:
        findings = by_check.get(check.id, [])
        errors = errors_by_check.get(check.id, [])
        suite = ET.SubElement(
            suites,
            "testsuite",
            name=xml_text(f"{check.id} {check.title}"),
            tests=str(max(1, len(findings) + len(errors))),
            failures=str(len(findings)),
            errors=str(len(errors)),
        )
        for f in findings:
            case = ET.SubElement(
                suite, "testcase", classname=xml_text(check.id), name=xml_text(f.object.display())
            )
            failure = ET.SubElement(
                case,
                "failure",
                type=f.severity.value,
                message=xml_text(f"[{f.severity.label}] {f.message}"),
            )
            failure.text = xml_text(f.remediation or f.message)
        for e in errors:
            case = ET.SubElement(
                suite, "testcase", classname=xml_text(check.id), name=xml_text(e.target or check.id)
            )
            ET.SubElement(
                case,
                "error",
                type="timeout" if e.timed_out else "error",
                message=xml_text(e.message),
            )
        if not findings and not errors:
            ET.SubElement(suite, "testcase", classname=xml_text(check.id), name="no findings")
        totals["tests"] += max(1, len(findings) + len(errors))
        totals["failures"] += len(findings)
        totals["errors"] += len(errors)
    for key, value in totals.items():
        suites.set(key, str(value))
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
