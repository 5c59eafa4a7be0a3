"""Reads a normalized statement (pg_stat_statements' text, literals replaced by $n) with
sqlglot: which tables it reads or writes, and how it uses their columns.

Names are resolved as PostgreSQL does: an unquoted identifier folds to lower case, a quoted
one is kept as written. Aliases are resolved per query level (CTEs and subqueries are their
own levels); an unqualified column in a level over several tables yields a fact for each of
them, and the catalog keeps the one that has it. Only conjuncts (AND) of a WHERE or a join
condition are read: an OR between predicates is left out, since no single btree index
serves both of its sides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.optimizer.scope import Scope, traverse_scope

from dbaudit.workload.facts import Fact, Role, Shape, StatementKind

# sqlglot reads `$1,$2` as the start of a dollar-quoted string: a space after each parameter
# number keeps them apart. A dollar-quote tag cannot start with a digit, so `$<digits>` is
# always a parameter outside a string, and the normalized text has no string literals left.
_PARAMETER = re.compile(r"\$([0-9]+)(?![0-9])")

_TableRef = tuple[str | None, str]  # (schema as written, or None; table)
# Statements that can read or write tables; the rest (SET, SAVEPOINT, BEGIN, utility
# commands) are not parsed: sqlglot reads many of them only as an opaque Command, warning.
_DATA_STATEMENT = re.compile(r"^\s*(?:\(|select\b|with\b|insert\b|update\b|delete\b)", re.I)


def parse_statement(text: str) -> Shape | None:
    """The statement's shape, or None when sqlglot cannot read it (never an error)."""
    if not _DATA_STATEMENT.match(text):
        return Shape(kind=StatementKind.OTHER)
    try:
        tree = sqlglot.parse_one(_PARAMETER.sub(r" $\1 ", text), read="postgres")
    except (SqlglotError, RecursionError, ValueError, TypeError, AttributeError):
        return None
    try:
        return _shape(tree)
    except (SqlglotError, RecursionError, ValueError, TypeError, AttributeError, KeyError):
        return None


def _shape(tree: exp.Expr) -> Shape:
    if isinstance(tree, exp.Select | exp.SetOperation):
        return Shape(
            kind=StatementKind.SELECT,
            facts=_unique(_query_facts(tree)),
            plain_select=not _writes_or_locks(tree),
            has_limit=tree.args.get("limit") is not None or tree.args.get("fetch") is not None,
            has_where=tree.args.get("where") is not None,
        )
    if isinstance(tree, exp.Insert):
        return _insert_shape(tree)
    if isinstance(tree, exp.Update | exp.Delete):
        target = _table_ref(tree.this) if isinstance(tree.this, exp.Table) else None
        facts: list[Fact] = []
        where = tree.args.get("where")
        if target is not None:
            facts.append(Fact(target[0], target[1], None, Role.WRITE))
            sources = {_alias_key(tree.this): target}
            if where is not None:
                facts.extend(_predicates(_conjuncts(where.this), sources))
        return Shape(
            kind=StatementKind.UPDATE if isinstance(tree, exp.Update) else StatementKind.DELETE,
            facts=_unique(facts),
            has_where=where is not None,
        )
    return Shape(kind=StatementKind.OTHER)


def _insert_shape(tree: exp.Insert) -> Shape:
    table = tree.this.this if isinstance(tree.this, exp.Schema) else tree.this
    facts: list[Fact] = []
    if isinstance(table, exp.Table) and (ref := _table_ref(table)) is not None:
        facts.append(Fact(ref[0], ref[1], None, Role.WRITE))
        if isinstance(tree.this, exp.Schema):  # INSERT INTO t (a, b): the columns written
            for position, column in enumerate(tree.this.expressions, start=1):
                if isinstance(column, exp.Identifier):
                    facts.append(Fact(ref[0], ref[1], _name(column), Role.WRITE, position))
    source = tree.expression
    values_rows = None
    if isinstance(source, exp.Values):
        values_rows = len(source.expressions)
    elif isinstance(source, exp.Select | exp.SetOperation):
        facts.extend(_query_facts(source))  # INSERT ... SELECT reads its sources
    return Shape(
        kind=StatementKind.INSERT,
        facts=_unique(facts),
        values_rows=values_rows,
        on_conflict=tree.args.get("conflict") is not None,
    )


def _writes_or_locks(tree: exp.Expr) -> bool:
    """A data-modifying CTE, SELECT ... FOR UPDATE/SHARE or SELECT INTO: not a plain read."""
    if any(True for _ in tree.find_all(exp.Insert, exp.Update, exp.Delete, exp.Merge)):
        return True
    return any(s.args.get("locks") or s.args.get("into") for s in tree.find_all(exp.Select))


def _query_facts(tree: exp.Expr) -> Iterator[Fact]:
    for scope in traverse_scope(tree):
        if isinstance(scope.expression, exp.Select):
            yield from _select_facts(scope)


def _select_facts(scope: Scope) -> Iterator[Fact]:
    select = scope.expression
    sources: dict[str, _TableRef] = {}
    for alias, source in scope.sources.items():
        if isinstance(source, exp.Table) and (ref := _table_ref(source)) is not None:
            sources[alias] = ref
    for ref in dict.fromkeys(sources.values()):
        yield Fact(ref[0], ref[1], None, Role.READ)
    where = select.args.get("where")
    if where is not None:
        yield from _predicates(_conjuncts(where.this), sources)
    for join in select.args.get("joins") or ():
        yield from _join_facts(join, sources)
    order = select.args.get("order")
    if order is not None:
        for position, ordered in enumerate(order.expressions, start=1):
            column = ordered.this if isinstance(ordered, exp.Ordered) else ordered
            if isinstance(column, exp.Column):
                for ref, name in _owners(column, sources):
                    yield Fact(ref[0], ref[1], name, Role.ORDER, position)


def _join_facts(join: exp.Expr, sources: dict[str, _TableRef]) -> Iterator[Fact]:
    on = join.args.get("on")
    if on is not None:
        yield from _predicates(_conjuncts(on), sources)
    for name in join.args.get("using") or ():
        # USING (col): a join key of every table at this level that has it
        if isinstance(name, exp.Identifier):
            for ref in dict.fromkeys(sources.values()):
                yield Fact(ref[0], ref[1], _name(name), Role.JOIN)


def _predicates(conditions: Iterable[exp.Expr], sources: dict[str, _TableRef]) -> Iterator[Fact]:
    for condition in conditions:
        node = condition.unnest()
        if isinstance(node, exp.EQ | exp.GT | exp.GTE | exp.LT | exp.LTE | exp.Between | exp.In):
            yield from _comparison(node, sources)
        else:
            yield from _constant(node, sources)


def _constant(node: exp.Expr, sources: dict[str, _TableRef]) -> Iterator[Fact]:
    """Predicates pg_stat_statements keeps as written: a bare boolean, IS [NOT] NULL."""
    negated = isinstance(node, exp.Not)
    if negated:
        node = node.this.unnest()
    if isinstance(node, exp.Column):
        yield from _facts(node, sources, Role.IS_FALSE if negated else Role.IS_TRUE)
    elif isinstance(node, exp.Is) and isinstance(node.expression, exp.Null):
        column = _column(node.this)
        if column is not None:
            not_null = negated != bool(node.args.get("negate"))
            yield from _facts(column, sources, Role.NOT_NULL if not_null else Role.IS_NULL)


def _comparison(node: exp.Expr, sources: dict[str, _TableRef]) -> Iterator[Fact]:
    if isinstance(node, exp.Between):
        column = _column(node.this)
        if column is not None and _is_value(node.args["low"]) and _is_value(node.args["high"]):
            yield from _facts(column, sources, Role.RANGE)
        return
    if isinstance(node, exp.In):
        column = _column(node.this)
        if column is not None:
            yield from _facts(column, sources, Role.IN)
        return
    left, right = _column(node.this), _column(node.expression)
    if left is not None and right is not None:
        if isinstance(node, exp.EQ):
            yield from _facts(left, sources, Role.JOIN)
            yield from _facts(right, sources, Role.JOIN)
        return
    column, value = (left, node.expression) if left is not None else (right, node.this)
    if column is None or not _is_value(value):
        return
    role = _eq_role(value) if isinstance(node, exp.EQ) else Role.RANGE
    yield from _facts(column, sources, role)


def _eq_role(value: exp.Expr) -> Role:
    return Role.IN if isinstance(value.unnest(), exp.Any) else Role.EQ


def _is_value(node: exp.Expr) -> bool:
    """Parameters, constants and expressions of them: no column of the query."""
    if isinstance(node.unnest(), exp.Subquery):
        return True
    return not any(True for _ in node.find_all(exp.Column))


def _column(node: exp.Expr) -> exp.Column | None:
    """The column itself, or under a cast (`col::text = $1` still filters on col)."""
    node = node.unnest()
    while isinstance(node, exp.Cast):
        node = node.this.unnest()
    return node if isinstance(node, exp.Column) and isinstance(node.this, exp.Identifier) else None


def _facts(column: exp.Column, sources: dict[str, _TableRef], role: Role) -> Iterator[Fact]:
    for ref, name in _owners(column, sources):
        yield Fact(ref[0], ref[1], name, role)


def _owners(column: exp.Column, sources: dict[str, _TableRef]) -> list[tuple[_TableRef, str]]:
    name = _name(column.this)
    qualifier = column.args.get("table")
    if isinstance(qualifier, exp.Identifier):
        ref = sources.get(qualifier.this)
        if ref is None and not qualifier.quoted:
            ref = sources.get(qualifier.this.lower())
        # a CTE, a subquery or an outer level's alias: not a table of this level
        return [(ref, name)] if ref is not None else []
    return [(ref, name) for ref in dict.fromkeys(sources.values())]


def _conjuncts(node: exp.Expr) -> list[exp.Expr]:
    node = node.unnest()
    if isinstance(node, exp.And):
        return _conjuncts(node.this) + _conjuncts(node.expression)
    return [node]


def _table_ref(table: exp.Table) -> _TableRef | None:
    if not isinstance(table.this, exp.Identifier):  # a function in FROM: generate_series(...)
        return None
    schema = table.args.get("db")
    return (_name(schema) if isinstance(schema, exp.Identifier) else None, _name(table.this))


def _alias_key(table: exp.Table) -> str:
    return table.alias_or_name


def _name(identifier: exp.Identifier) -> str:
    text = str(identifier.this)
    return text if identifier.quoted else text.lower()


def _unique(facts: Iterable[Fact]) -> tuple[Fact, ...]:
    return tuple(dict.fromkeys(facts))
