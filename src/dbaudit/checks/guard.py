"""Custom checks run only if their SQL is a query: no DML, DDL or locking clauses."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%\((\w+)\)s")


class NotAQuery(Exception):
    pass


def ensure_query(sql: str) -> None:
    """Raise NotAQuery unless `sql` is exactly one SELECT (possibly WITH ... SELECT)."""
    # Imported here: only custom checks come through, and sqlglot is a tenth of start-up.
    import sqlglot
    from sqlglot import exp

    writes = (
        exp.Insert,
        exp.Update,
        exp.Delete,
        exp.Merge,
        exp.Create,
        exp.Drop,
        exp.Alter,
        exp.Command,
        exp.Set,
        exp.TruncateTable,
    )
    text = _PLACEHOLDER.sub(r":\1", sql).replace("%%", "%")
    try:
        statements = [s for s in sqlglot.parse(text, read="postgres") if s is not None]
    except sqlglot.errors.ParseError as error:
        raise NotAQuery(f"SQL does not parse as a PostgreSQL query: {error}") from None
    if len(statements) != 1:
        raise NotAQuery(f"expected one SELECT statement, found {len(statements)} statements")
    statement = statements[0]
    if not isinstance(statement, exp.Query):
        raise NotAQuery(f"expected a SELECT, found {statement.key.upper()}")
    for node in statement.walk():
        if isinstance(node, writes):
            raise NotAQuery(f"a query may not contain {node.key.upper()}")
        if isinstance(node, exp.Lock):
            raise NotAQuery("a query may not take row locks (FOR UPDATE/SHARE)")
