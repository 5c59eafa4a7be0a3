"""Check templates loaded by name (`<check file>:<key>`), vetted, their compiled code kept
on disk from one run to the next in Jinja's own FileSystemBytecodeCache.

Jinja turns a template into Python code (parse, generate, compile) every time it loads one:
the ~150 templates of the shipped checks took 0.17 s of every scan's start-up, about a
tenth of a scan of a 2,000-table catalog; their code objects load in a few ms. A cache
folder holds the code of one set of everything the code depends on besides the source (the
Python and Jinja versions, dbaudit's, the environment's syntax options and filters, the
loader's rules); Jinja's bucket holds the source's hash and is used for that exact source
only. An entry is only ever written for a template that passed the loader's checks. The
cache is never needed: one that cannot be read or written is one that is empty.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from collections.abc import Callable, MutableMapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import (
    BaseLoader,
    Environment,
    FileSystemBytecodeCache,
    Template,
    TemplateNotFound,
    nodes,
)

import dbaudit
from dbaudit.sql.template import template_from_code

CACHE_DIR_VARIABLE = "DBAUDIT_CACHE_DIR"  # a folder; empty: no cache

# The loader's safety checks of a template's tree: raise to refuse it.
Vet = Callable[[nodes.Template], None]


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


def bytecode_cache(env: Environment, rules: str) -> FileSystemBytecodeCache | None:
    """The cache of `env`'s templates vetted by `rules`; None when there is none."""
    directory = cache_dir()
    return None if directory is None else _cache_in(directory, env, rules)


@lru_cache(maxsize=8)  # every template of a load asks: one folder made, once
def _cache_in(directory: Path, env: Environment, rules: str) -> FileSystemBytecodeCache | None:
    parts = (sys.version, jinja2.__version__, dbaudit.__version__, _environment_options(env))
    folder = directory / hashlib.sha256("\0".join((*parts, rules)).encode()).hexdigest()[:32]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(folder))


class VettedLoader(BaseLoader):
    """Templates by name, each from the source it was added with, parsed and vetted before
    it is compiled; with a cache, code compiled once is loaded again without either (an
    entry exists only for a source that passed). Jinja's BaseLoader.load, but with the
    checks between parse and compile and the cache chosen per template (a user's check is
    not cached: edited at will, it would leave an entry for each version)."""

    def __init__(self) -> None:
        self._sources: dict[str, tuple[str, str, Vet | None, FileSystemBytecodeCache | None]] = {}

    def add(
        self,
        name: str,
        source: str,
        filename: str,
        vet: Vet | None = None,
        cache: FileSystemBytecodeCache | None = None,
    ) -> None:
        self._sources[name] = (source, filename, vet, cache)

    def _entry(self, name: str) -> tuple[str, str, Vet | None, FileSystemBytecodeCache | None]:
        try:
            return self._sources[name]
        except KeyError:
            raise TemplateNotFound(name) from None

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        # For a loader that wraps this one (they call get_source, never load): vetted too.
        source, filename, vet, _ = self._entry(template)
        if vet is not None:
            vet(environment.parse(source, template, filename))
        return source, filename, lambda: True

    def load(
        self,
        environment: Environment,
        name: str,
        globals: MutableMapping[str, Any] | None = None,
    ) -> Template:
        source, filename, vet, cache = self._entry(name)
        bucket = cache.get_bucket(environment, name, filename, source) if cache else None
        code = bucket.code if bucket is not None else None
        if code is None:
            tree = environment.parse(source, name, filename)
            if vet is not None:
                vet(tree)  # before compiling: Jinja's optimizer folds constant expressions
            code = environment.compile(tree, name, filename)  # from the tree: parsed once
            if cache is not None and bucket is not None:
                bucket.code = code
                with contextlib.suppress(OSError):  # unwritable: no cache
                    cache.set_bucket(bucket)
        # Not Jinja's ChainMap of globals: see template_from_code (measured, per render).
        return template_from_code(environment, code)
