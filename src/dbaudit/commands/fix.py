"""`dbaudit fix`: the remediation script for the open findings, or what has no fix."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dbaudit.commands.scanning import resolve_settings, scan_with_progress
from dbaudit.engine.exitcodes import ExitCode
from dbaudit.findings import ScanResult
from dbaudit.remediation.script import build_script, unfixable
from dbaudit.report.consoles import stderr_console, stdout_console
from dbaudit.report.escape.terminal import terminal_text


def run_fix(
    flags: Mapping[str, Any],
    config_file: Path | None,
    *,
    output: Path | None,
    include_destructive: bool,
    from_report: Path | None = None,
    list_unfixable: bool = False,
) -> ExitCode:
    """Write the remediation script for the open findings (or list what it cannot fix)."""
    if from_report:
        from dbaudit.report.json_reader import read_json_report

        result = read_json_report(from_report)
    else:
        result = scan_with_progress(resolve_settings(flags, config_file).settings)
    if list_unfixable:
        return _print_unfixable(result)
    script = build_script(result, include_destructive=include_destructive)
    if output is None:
        print(script, end="")
    else:
        output.write_text(script, encoding="utf-8")
        fixed = sum(1 for f in result.findings if f.fix)
        stderr_console().print(
            f"remediation for {fixed} of {len(result.findings)} finding(s) written to {output}"
        )
    if not result.complete:
        stderr_console().print(
            "the scan was incomplete: some checks failed, so the script may miss findings"
        )
        return ExitCode.ERROR
    return ExitCode.OK


def _print_unfixable(result: ScanResult) -> ExitCode:
    missing = unfixable(result)
    out = stdout_console()
    for finding in missing:
        info = result.check(finding.check_id)
        why = (info.no_fix if info else None) or "this check has no automatic fix"
        line = f"{finding.check_id} {finding.object.display()}: {why}"
        out.print(terminal_text(line), markup=False)
    fixable = len(result.findings) - len(missing)
    out.print(f"{fixable} of {len(result.findings)} finding(s) have an automatic fix", markup=False)
    return ExitCode.FINDINGS if missing else ExitCode.OK
