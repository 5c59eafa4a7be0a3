"""Where the shipped check catalog, templates and examples are.

The project keeps them in top-level folders (checks/, templates/, examples/) so that they read
as the project's content rather than code. A wheel carries them as package data under
dbaudit/_data (force-included at build time); a source checkout (editable install) reads the
repository's folders.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _data_dir(name: str) -> Path:
    packaged = Path(str(resources.files("dbaudit"))) / "_data" / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / name


def checks_dir() -> Path:
    """The shipped checks, one YAML file each."""
    return _data_dir("checks")


def sql_templates_dir() -> Path:
    """The engine's shared catalog macros (catalog.sql.j2)."""
    return _data_dir("templates") / "sql"


def report_templates_dir() -> Path:
    """The Markdown and HTML report templates."""
    return _data_dir("templates") / "report"


def examples_dir() -> Path:
    return _data_dir("examples")
