"""Where the shipped check catalog, templates and examples are.

In a wheel they are package data under dbaudit/_data (force-included at build time); in a
source checkout (editable install) they are the repository's top-level folders.
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
    return _data_dir("checks")


def templates_dir() -> Path:
    return _data_dir("templates")


def examples_dir() -> Path:
    return _data_dir("examples")
