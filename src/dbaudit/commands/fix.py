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
from dbaudit.text.terminal import terminal_text


def run_fix(
    flags: Mapping[str, Any],
    config_file: Path | None,
    *,
    output: Path | None,
    include_destructive: bool,
    unsafe: bool = False,
    from_report: Path | None = None,
    list_unfixable: bool = False,
    allow_incomplete: bool = False,
) -> ExitCode:
    """Write the remediation script for the open findings (or list what it cannot fix)."""
    if from_report:
        result = _from_report(from_report, flags, config_file)
        if not result.complete and not allow_incomplete:
            stderr_console().print(
                f"{from_report} is the report of an incomplete scan (some checks failed), so "
                "a script from it may miss findings; scan again, or pass --allow-incomplete",
                markup=False,
                highlight=False,
            )
            return ExitCode.ERROR
    else:
        result = scan_with_progress(resolve_settings(flags, config_file).settings)
    if list_unfixable:
        return _print_unfixable(result)
    script = build_script(result, include_destructive=include_destructive, unsafe=unsafe)
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
        # Asked for with --allow-incomplete: the script is what was wanted.
        return ExitCode.OK if from_report else ExitCode.ERROR
    return ExitCode.OK


def _from_report(path: Path, flags: Mapping[str, Any], config_file: Path | None) -> ScanResult:
    """A saved report's findings, their fixes rendered again by the check definitions (the
    shipped ones, and those of --checks / the config's `checks`)."""
    from dbaudit.checks.loader import load_catalog
    from dbaudit.remediation.rebuild import with_rebuilt_fixes
    from dbaudit.report.json_reader import read_json_report

    result = read_json_report(path)
    checks = load_catalog(resolve_settings(flags, config_file).settings.checks)
    return with_rebuilt_fixes(result, checks, str(path))


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
