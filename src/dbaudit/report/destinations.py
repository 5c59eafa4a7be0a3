"""Where reports go: each requested format to its file, or to standard output, and what a
format adds where it runs (GitHub's job summary). The only module of report/ with side
effects: the renderers it calls are pure.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dbaudit.errors import ConfigError, DbauditError
from dbaudit.findings import ScanResult
from dbaudit.report import markdown
from dbaudit.report.consoles import stderr_console, stdout_console
from dbaudit.report.formats import (
    FORMAT_OF_EXTENSION,
    FORMATS,
    OutputFormat,
    RenderOptions,
    render,
    write,
)
from dbaudit.text.terminal import terminal_text

STDOUT = Path("-")
# Formats for a person reading stdout: the scan's exit line may follow them there.
TEXT_FORMATS = frozenset(f.name for f in FORMATS.values() if f.for_people)


@dataclass(frozen=True)
class ReportRequest:
    """Each format with its destination (None: standard output)."""

    outputs: tuple[tuple[OutputFormat, Path | None], ...] = ((OutputFormat.TERMINAL, None),)
    quiet: bool = False
    options: RenderOptions = field(default_factory=RenderOptions)
    # GitHub Actions' job summary file ($GITHUB_STEP_SUMMARY), for the formats that add to it.
    job_summary: Path | None = None

    @classmethod
    def from_flags(
        cls,
        formats: Sequence[OutputFormat],
        files: Sequence[Path],
        output_dir: Path | None,
        *,
        quiet: bool = False,
        default_format: OutputFormat = OutputFormat.TERMINAL,
        writes_other_file: bool = False,
        summary: bool = False,
    ) -> ReportRequest:
        """`-f` pairs with `-o` by position (`-o -` is stdout); an `-o` without its `-f` takes
        the format its extension names; --output-dir takes the formats without an `-o`."""
        if len(formats) > len(files) + 1 and output_dir is None:
            raise ConfigError(
                f"{len(formats)} formats but only {len(files)} output file(s)",
                "give one -o per -f, in the same order, or use --output-dir",
            )
        chosen = list(formats)
        # An -o without its -f: the file's extension says the format (`-o report.json`).
        chosen += [_format_of(path, default_format) for path in files[len(formats) :]]
        chosen = chosen or [default_format]
        outputs: list[tuple[OutputFormat, Path | None]] = []
        for index, fmt in enumerate(chosen):
            if index < len(files):
                outputs.append((fmt, None if files[index] == STDOUT else files[index]))
            elif output_dir is not None:
                outputs.append((fmt, output_dir / f"dbaudit-report.{FORMATS[fmt].extension}"))
            else:
                outputs.append((fmt, None))
        if sum(1 for _, path in outputs if path is None) > 1:
            raise ConfigError(
                "only one format can go to standard output",
                "give the others a file with -o or --output-dir",
            )
        paths = [path for _, path in outputs if path is not None]
        twice = next((path for path in paths if paths.count(path) > 1), None)
        if twice is not None:
            raise ConfigError(
                f"two reports would be written to {twice}", "give each -f its own -o file"
            )
        # -q is for runs whose result is a file; without one it would hide the only output.
        if quiet and not paths and not writes_other_file:
            raise ConfigError(
                "-q hides the terminal summary, but no report goes to a file",
                "add -o FILE or --output-dir DIR, or drop -q",
            )
        if summary and OutputFormat.MD not in chosen:
            raise ConfigError(
                "--summary shortens the Markdown report, and none is written",
                "add -f md (e.g. -f md -o summary.md --summary)",
            )
        return cls(tuple(outputs), quiet, _options(summary), _job_summary())

    @property
    def summary_on_stdout(self) -> bool:
        """Whether stdout gets text for a person (the summary), not a machine's document."""
        to_stdout = [fmt for fmt, path in self.outputs if path is None]
        if to_stdout:
            return to_stdout[0] in TEXT_FORMATS
        return not self.quiet


def _options(summary: bool) -> RenderOptions:
    """What the renderers need to know of this run: read here, so that they read nothing."""
    return RenderOptions(
        summary=summary,
        working_dir=Path.cwd(),
        github_workspace=bool(os.environ.get("GITHUB_WORKSPACE")),
    )


def _job_summary() -> Path | None:
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    return Path(path) if path else None


def _format_of(path: Path, default: OutputFormat) -> OutputFormat:
    if path == STDOUT:
        return default
    fmt = FORMAT_OF_EXTENSION.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(FORMAT_OF_EXTENSION)
        raise ConfigError(
            f"cannot tell the report format of {path} from its extension",
            f"give -f before -o (e.g. -f json -o {path}), or end the name in one of: {known}",
        )
    return fmt


def write_reports(result: ScanResult, request: ReportRequest) -> None:
    to_stdout = [fmt for fmt, path in request.outputs if path is None]
    for fmt, path in request.outputs:
        if path is not None:
            _write_file(result, fmt, path, request)
    for fmt, _ in request.outputs:
        if FORMATS[fmt].job_summary and request.job_summary is not None:
            _append_job_summary(result, request.job_summary)
    if to_stdout and FORMATS[to_stdout[0]].to_console is None:
        sys.stdout.write(render(result, to_stdout[0], request.options))
    elif to_stdout or not request.quiet:
        # The terminal summary: asked for, or shown beside reports written to files.
        shown = FORMATS[to_stdout[0] if to_stdout else OutputFormat.TERMINAL].to_console
        if shown is not None:
            shown(result, stdout_console())


def _write_file(result: ScanResult, fmt: OutputFormat, path: Path, request: ReportRequest) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as out:
            write(result, fmt, out, request.options)
    except DbauditError:
        # A fix that cannot be rendered (a user's check template, read only now): no report
        # is better than half of one.
        path.unlink(missing_ok=True)
        raise
    except OSError as error:
        raise DbauditError(
            f"cannot write the {fmt.value} report to {path}: {error.strerror}",
            "choose a writable path with -o or --output-dir",
        ) from None
    if not request.quiet:
        stderr_console().print(
            f"{fmt.value} report written to {terminal_text(str(path))}", markup=False
        )


def _append_job_summary(result: ScanResult, path: Path) -> None:
    """GitHub's job summary holds 1 MiB per step and is read in the browser: the summary
    report, not the full one (which the Markdown format writes on its own)."""
    try:
        with path.open("a", encoding="utf-8") as summary:
            summary.write(markdown.render_summary(result))
    except OSError as error:
        raise DbauditError(
            f"cannot append the job summary to {path}: {error.strerror}",
            "GITHUB_STEP_SUMMARY names a file the job can write; unset it outside Actions",
        ) from None
