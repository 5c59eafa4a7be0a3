"""Where reports go: each requested format to its file, or to standard output."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dbaudit.errors import ConfigError, DbauditError
from dbaudit.findings import ScanResult
from dbaudit.report import terminal
from dbaudit.report.consoles import stderr_console, stdout_console
from dbaudit.report.escape.terminal import terminal_text
from dbaudit.report.formats import OutputFormat, render, write

EXTENSIONS = {
    OutputFormat.TERMINAL: "txt",
    OutputFormat.MD: "md",
    OutputFormat.JSON: "json",
    OutputFormat.SARIF: "sarif",
    OutputFormat.JUNIT: "xml",
    OutputFormat.GITHUB: "txt",
    OutputFormat.HTML: "html",
}
STDOUT = Path("-")


@dataclass(frozen=True)
class ReportRequest:
    """Each format with its destination (None: standard output)."""

    outputs: tuple[tuple[OutputFormat, Path | None], ...] = ((OutputFormat.TERMINAL, None),)
    quiet: bool = False

    @classmethod
    def from_flags(
        cls,
        formats: Sequence[OutputFormat],
        files: Sequence[Path],
        output_dir: Path | None,
        *,
        quiet: bool = False,
        default_format: OutputFormat = OutputFormat.TERMINAL,
    ) -> ReportRequest:
        """`-f` pairs with `-o` by position (`-o -` is stdout); --output-dir takes the rest."""
        formats = list(formats) or [default_format]
        if len(files) > len(formats):
            raise ConfigError(
                f"{len(files)} output files for {len(formats)} format(s)",
                "give one -o per -f, in the same order, or use --output-dir",
            )
        if len(formats) > len(files) + 1 and output_dir is None:
            raise ConfigError(
                f"{len(formats)} formats but only {len(files)} output file(s)",
                "give one -o per -f, in the same order, or use --output-dir",
            )
        outputs: list[tuple[OutputFormat, Path | None]] = []
        for index, fmt in enumerate(formats):
            if index < len(files):
                outputs.append((fmt, None if files[index] == STDOUT else files[index]))
            elif output_dir is not None:
                outputs.append((fmt, output_dir / f"dbaudit-report.{EXTENSIONS[fmt]}"))
            else:
                outputs.append((fmt, None))
        if sum(1 for _, path in outputs if path is None) > 1:
            raise ConfigError(
                "only one format can go to standard output",
                "give the others a file with -o or --output-dir",
            )
        return cls(tuple(outputs), quiet)


def write_reports(result: ScanResult, request: ReportRequest) -> None:
    to_stdout = [fmt for fmt, path in request.outputs if path is None]
    for fmt, path in request.outputs:
        if path is None:
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("w", encoding="utf-8") as out:
                write(result, fmt, out)
        except OSError as error:
            raise DbauditError(
                f"cannot write the {fmt.value} report to {path}: {error.strerror}",
                "choose a writable path with -o or --output-dir",
            ) from None
        if not request.quiet:
            stderr_console().print(
                f"{fmt.value} report written to {terminal_text(str(path))}", markup=False
            )
    if to_stdout and to_stdout[0] is not OutputFormat.TERMINAL:
        sys.stdout.write(render(result, to_stdout[0]))
    elif to_stdout or not request.quiet:
        # The terminal summary: asked for, or shown beside reports written to files.
        terminal.write(result, stdout_console())
