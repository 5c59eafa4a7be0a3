"""Custom checks run only if their SQL is a query: no DML, DDL or locking clauses, and no call
to a function with side effects (a read-only transaction does not stop `dblink_exec`, which
writes over its own connection, `pg_terminate_backend`, `set_config`, advisory locks, large
objects or file reads). A check may name the functions it needs in `allow_functions:`.

The guard runs twice: when a check file is loaded (on its templates, with the Jinja parts
blanked out, so `checks list` and `checks explain` refuse a bad file and name its line), and
on each query as rendered, just before it is sent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlglot.tokenizer_core import Token

_PLACEHOLDER = re.compile(r"%\((\w+)\)s")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)

# Functions with side effects, as glob patterns over their lower-case names: what a query of
# a read-only scan must not call. Schemas other than pg_catalog are refused altogether.
DENIED_FUNCTIONS = (
    "dblink*",  # writes and reads over a connection of its own: outside the read-only scan
    "pg_terminate_backend",
    "pg_cancel_backend",
    "pg_signal_backend",
    "pg_reload_conf",
    "pg_rotate_logfile*",
    "pg_log_backend_memory_contexts",
    "set_config",
    "pg_advisory*",
    "pg_try_advisory*",
    "lo_*",
    "loread",
    "lowrite",
    "pg_read_file",
    "pg_read_binary_file",
    "pg_ls_*",
    "pg_stat_file",
    "pg_file_*",
    "pg_logdir_ls",
    "txid_current*",  # assigns a transaction ID
    "pg_current_xact_id*",
    "nextval",
    "setval",
    "pg_notify",
    "pg_switch_wal",
    "pg_switch_xlog",
    "pg_create_restore_point",
    "pg_start_backup",
    "pg_stop_backup",
    "pg_backup_start",
    "pg_backup_stop",
    "pg_promote",
    "pg_wal_replay_*",
    "pg_xlog_replay_*",
    "pg_sleep*",
    "pg_logical_emit_message",
    "pg_logical_slot_*",
    "pg_replication_*",
    "pg_create_*replication_slot",
    "pg_copy_*replication_slot",
    "pg_drop_replication_slot",
    "pg_sync_replication_slots",
    "pg_log_standby_snapshot",
    "pg_stat_reset*",
    "pg_stat_statements_reset",
    "pg_import_system_collations",
    "pg_extension_config_dump",
    "pg_truncate_visibility_map",
    "pg_prewarm",
    "query_to_xml*",  # runs the SQL text it is given, past this guard
    "query_to_xmlschema",
    "cursor_to_xml*",
)
_ALLOWED_SCHEMAS = frozenset({"pg_catalog", "information_schema"})


class NotAQuery(Exception):
    pass


@dataclass(frozen=True)
class Refusal:
    """Why a check's SQL is refused, and on which of its lines (1-based)."""

    reason: str
    line: int = 1


def _denied(name: str) -> bool:
    return any(fnmatchcase(name, pattern) for pattern in DENIED_FUNCTIONS)


class _Unreadable(Exception):
    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.reason)
        self.refusal = refusal


def _tokens(text: str) -> list[Token]:
    from sqlglot.dialects.postgres import Postgres
    from sqlglot.errors import SqlglotError

    try:
        return list(Postgres().tokenizer().tokenize(text))
    except SqlglotError as error:
        line = _token_error_line(text, str(error))
        reason = f"SQL does not tokenize (an unclosed quote or comment?): {_plain(str(error))}"
        raise _Unreadable(Refusal(reason, line)) from None


def _plain(text: str) -> str:
    """sqlglot's message as one line, without the terminal escapes it highlights with."""
    return " ".join(_ANSI.sub("", text).split())


def _token_error_line(text: str, error: str) -> int:
    """sqlglot says what it read up to a tokenizer error, not where: find that text."""
    context = error.removeprefix("Error tokenizing '").removesuffix("'")
    at = text.find(context) if context else -1
    return text[: at + len(context)].count("\n") + 1 if at >= 0 else 1


def _refused_calls(text: str, allowed: Iterable[str] = ()) -> Refusal | None:
    """The first call to a function with side effects, or outside pg_catalog, in `text`."""
    from sqlglot.tokenizer_core import TokenType

    allow = {a.lower() for a in allowed}
    tokens = _tokens(text)
    for index, token in enumerate(tokens[:-1]):
        if tokens[index + 1].token_type is not TokenType.L_PAREN:
            continue
        if token.token_type not in (TokenType.VAR, TokenType.IDENTIFIER):
            continue
        name = token.text.lower()
        schema = None
        if index >= 2 and tokens[index - 1].token_type is TokenType.DOT:
            schema = tokens[index - 2].text.lower()
        qualified = f"{schema}.{name}" if schema else name
        if name in allow or qualified in allow:
            continue
        if schema is not None and schema not in _ALLOWED_SCHEMAS:
            return Refusal(
                f"calls {qualified}(), outside pg_catalog; list it in allow_functions "
                "if it has no side effects",
                token.line,
            )
        if _denied(name):
            return Refusal(
                f"calls {name}(), which has side effects; a check may only read "
                f"(list it in allow_functions to run it anyway)",
                token.line,
            )
    return None


def ensure_query(sql: str, allowed_functions: Iterable[str] = ()) -> None:
    """Raise NotAQuery unless `sql` is exactly one SELECT (possibly WITH ... SELECT) that
    calls no function with side effects."""
    refusal = check_query(sql, allowed_functions)
    if refusal is not None:
        raise NotAQuery(refusal.reason)


def check_query(sql: str, allowed_functions: Iterable[str] = ()) -> Refusal | None:
    """Why `sql` may not run as a check's query (and on which line), or None."""
    text = _PLACEHOLDER.sub(r":\1", sql).replace("%%", "%")
    try:
        refusal = _refused_calls(text, allowed_functions)
    except _Unreadable as error:
        return error.refusal
    return refusal or _refused_statement(text)


def _refused_statement(text: str) -> Refusal | None:
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
        exp.Into,
    )
    try:
        statements = [s for s in sqlglot.parse(text, read="postgres") if s is not None]
    except sqlglot.errors.SqlglotError as error:
        first = (getattr(error, "errors", None) or [{}])[0]
        what = first.get("description") or str(error)
        return Refusal(
            f"SQL does not parse as a PostgreSQL query: {_plain(what)}", first.get("line") or 1
        )
    if len(statements) != 1:
        return Refusal(f"expected one SELECT statement, found {len(statements)} statements")
    statement = statements[0]
    if not isinstance(statement, exp.Query):
        return Refusal(f"expected a SELECT, found {statement.key.upper()}")
    for node in statement.walk():
        if isinstance(node, writes):
            return Refusal(f"a query may not contain {node.key.upper()}")
        if isinstance(node, exp.Lock):
            return Refusal("a query may not take row locks (FOR UPDATE/SHARE)")
    return None


def check_template_source(source: str, allowed_functions: Iterable[str] = ()) -> Refusal | None:
    """The guard on a template before it is rendered: each `{{ ... }}` read as one name and
    each `{% ... %}` as nothing, line breaks kept. A template with `{% %}` blocks has
    branches that only rendering resolves: its function calls are checked now, the rest on
    every rendered query."""
    has_blocks = "{%" in source

    def blank(match: re.Match[str]) -> str:
        text = match.group(0)
        filler = "dbaudit_value" if text.startswith("{{") else ""
        return filler + "\n" * text.count("\n")

    text = _JINJA.sub(blank, source)
    if not has_blocks:
        return check_query(text, allowed_functions)
    text = _PLACEHOLDER.sub(r":\1", text).replace("%%", "%")
    try:
        return _refused_calls(text, allowed_functions)
    except _Unreadable as error:
        return error.refusal
