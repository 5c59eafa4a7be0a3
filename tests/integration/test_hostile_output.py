"""What a hostile database's names do to dbaudit's own stderr lines: nothing."""

from __future__ import annotations

from psycopg import sql

from tests.conftest import TestDatabase
from tests.integration.test_cli import dbaudit

SCHEMA = "s\x1b]52;c;ZXZpbA==\x07\x1b[2J\n::error::pwned\u2028x"


def test_the_schema_hint_shows_names_with_escapes(database: TestDatabase) -> None:
    database.load(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(SCHEMA)).as_string())
    run = dbaudit("scan", database.dsn, "--schema", "nope")
    assert run.returncode == 2
    assert run.stderr.splitlines() == [
        f"dbaudit: error: no schema named nope in database {database.name}",
        # the zero-width spaces: no `::` a CI log could fold onto the start of a line
        "  hint: schemas here: public, "
        "s\\x1b]52;c;ZXZpbA==\\x07\\x1b[2J\\n:\u200b:error:\u200b:pwned\\u2028x",
    ]
