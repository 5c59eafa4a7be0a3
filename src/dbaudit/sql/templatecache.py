"""Check templates' compiled code, kept on disk from one run to the next.

Jinja turns a template into Python code (parse, generate, compile) every time it loads one:
the ~150 templates of the shipped checks took 0.17 s of every scan's start-up, about a
tenth of a scan of a 2,000-table catalog; their code objects load in 0.003 s. An entry is
keyed by all its code depends on (the Python and Jinja versions, dbaudit's, the
environment's syntax options and filters, the loader's rules, the source), and is only
ever written for a template that passed the loader's checks. The cache is never needed:
one that cannot be read or written is one that is empty.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from types import CodeType

import jinja2
from jinja2 import Environment, Template

import dbaudit
from dbaudit.sql.template import template_from_code

CACHE_DIR_VARIABLE = "DBAUDIT_CACHE_DIR"  # a folder; empty: no cache


def cache_dir() -> Path | None:
    configured = os.environ.get(CACHE_DIR_VARIABLE)
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home directory (a bare container user): no cache
            return None
    return Path(base) / "dbaudit" / "templates"


def _environment_options(env: Environment) -> str:
    options = (
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.autoescape,
        env.finalize is not None,
        env.optimized,
        sorted(env.filters),
        sorted(env.tests),
    )
    return repr(options)


def cache_key(env: Environment, source: str, rules: str) -> str:
    parts = (sys.version, jinja2.__version__, dbaudit.__version__, _environment_options(env))
    text = "\0".join((*parts, rules, source))
    return hashlib.sha256(text.encode()).hexdigest()


def load(env: Environment, key: str) -> Template | None:
    directory = cache_dir()
    if directory is None:
        return None
    try:
        code = marshal.loads((directory / key).read_bytes())  # noqa: S302 - our own entries
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(code, CodeType):
        return None
    return template_from_code(env, code)


def store(key: str, code: CodeType) -> None:
    directory = cache_dir()
    if directory is None:
        return
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, aside = tempfile.mkstemp(dir=directory, prefix=".")
    except OSError:
        return
    try:
        # Written aside, then renamed: a concurrent scan reads a whole entry or none.
        with os.fdopen(handle, "wb") as entry:
            entry.write(marshal.dumps(code))
        Path(aside).replace(directory / key)
    except OSError:
        with contextlib.suppress(OSError):
            Path(aside).unlink()
