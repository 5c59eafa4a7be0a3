"""Which of the application's statements IDX003 may plan: those that call no function of the
database's own.

Planning runs code. The planner folds a call whose arguments are constants (an immutable
`f()` in a WHERE clause, or one inside an inlined SQL function or an expanded view), and the
estimator folds stable ones, so planning a statement runs such a function as the scanning
role (often a superuser) with the database's search_path in force. A statement is planned
only if every name it calls as a function, every view it names (and the views those read),
and the operators and casts of the database are a superuser's: pg_catalog's, and those of
extensions (a trusted extension's objects belong to the bootstrap superuser). Anything
else could be anyone's code, so its statements are not planned. A name that merely
resembles a function's (a table called like one) errs on the side of not planning.
"""

from __future__ import annotations

from itertools import pairwise

from sqlglot import TokenType
from sqlglot.dialects.postgres import Postgres
from sqlglot.errors import TokenError

from dbaudit.db.session import ReadOnlySession

# Operators and casts apply without being named: one the database defines anywhere makes
# every statement suspect (rare outside extensions).
_UNTRUSTED_OPERATORS_OR_CASTS = """
SELECT EXISTS (
         SELECT FROM pg_catalog.pg_operator o
           JOIN pg_catalog.pg_proc p ON p.oid = o.oprcode
           JOIN pg_catalog.pg_roles r ON r.oid = p.proowner
          WHERE NOT r.rolsuper)
    OR EXISTS (
         SELECT FROM pg_catalog.pg_cast c
           JOIN pg_catalog.pg_proc p ON p.oid = c.castfunc
           JOIN pg_catalog.pg_roles r ON r.oid = p.proowner
          WHERE NOT r.rolsuper) AS untrusted
"""

# Functions named in the statement (any schema, any overload, any case), and the functions
# and operators the views it may name depend on, through views of views.
_UNTRUSTED_CALLS = """
WITH RECURSIVE views AS (
    SELECT c.oid FROM pg_catalog.pg_class c
     WHERE c.relkind = 'v' AND pg_catalog.lower(c.relname) = ANY (%(words)s)
  UNION
    SELECT d.refobjid FROM views v
      JOIN pg_catalog.pg_rewrite w ON w.ev_class = v.oid
      JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
       AND d.objid = w.oid AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
      JOIN pg_catalog.pg_class c ON c.oid = d.refobjid AND c.relkind = 'v'
), called AS (
    SELECT p.proowner FROM pg_catalog.pg_proc p
     WHERE pg_catalog.lower(p.proname) = ANY (%(names)s)
  UNION ALL
    SELECT p.proowner FROM views v
      JOIN pg_catalog.pg_rewrite w ON w.ev_class = v.oid
      JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
       AND d.objid = w.oid
      LEFT JOIN pg_catalog.pg_operator o
        ON d.refclassid = 'pg_catalog.pg_operator'::pg_catalog.regclass AND o.oid = d.refobjid
      JOIN pg_catalog.pg_proc p
        ON (d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.oid = d.refobjid)
        OR p.oid = o.oprcode
)
SELECT EXISTS (
  SELECT FROM called JOIN pg_catalog.pg_roles r ON r.oid = called.proowner
   WHERE NOT r.rolsuper) AS untrusted
"""


def _words(text: str) -> tuple[list[str], list[str]] | None:
    """(names called as functions, every word), lower case; None if it cannot be read."""
    try:
        tokens = Postgres().tokenize(text)
    except TokenError:
        return None
    names = {t.text.lower() for t, n in pairwise(tokens) if n.token_type == TokenType.L_PAREN}
    words = {t.text.lower() for t in tokens if t.token_type not in _NOT_WORDS}
    return sorted(names), sorted(words)


_NOT_WORDS = frozenset({TokenType.NUMBER, TokenType.STRING, TokenType.PARAMETER})


class PlanningTrust:
    """Asks, with the scan's pinned session, whether a statement may be planned."""

    def __init__(self, session: ReadOnlySession) -> None:
        self._session = session
        rows = session.fetch(_UNTRUSTED_OPERATORS_OR_CASTS, {})
        self.operators_or_casts_untrusted = bool(rows[0]["untrusted"])

    def may_plan(self, text: str) -> bool:
        if self.operators_or_casts_untrusted:
            return False
        words = _words(text)
        if words is None:
            return False
        names, everything = words
        rows = self._session.fetch(_UNTRUSTED_CALLS, {"names": names, "words": everything})
        return not rows[0]["untrusted"]
