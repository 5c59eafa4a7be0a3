"""`scan --sql`: the schema files or migration folders a scratch database is built from."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from dbaudit.errors import ConfigError, not_utf8


def collect_sql_files(paths: Sequence[Path]) -> list[Path]:
    """The files to apply, in order: files as given; a folder's *.sql files (recursively,
    as Prisma keeps `<timestamp>_<name>/migration.sql`) in name order, as migration tools
    apply them."""
    files: list[Path] = []
    for path in paths:
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            found = sorted(path.rglob("*.sql"), key=lambda p: p.relative_to(path).as_posix())
            if not found:
                raise ConfigError(f"{path}: no .sql files in this folder", "give --sql FILE")
            files.extend(found)
        else:
            raise ConfigError(
                f"{path}: no such file or folder", "--sql takes a .sql file or a folder of them"
            )
    for file in files:  # before any server starts: the files are read as UTF-8
        try:
            file.read_bytes().decode("utf-8")
        except UnicodeDecodeError as error:
            raise not_utf8(file, error) from None
    return files
