"""Builds the benchmark databases, deterministically from a seed.

    catalog  dbaudit_bench_catalog: ~2,000 empty tables in 8 schemas, ~3,500 foreign keys
             (single and composite), covering / reordered / partial / INCLUDE / hash /
             second-column indexes, partitioned tables, NOT VALID keys, disabled RI triggers,
             implicit references, mixed-case and reserved-word names.
    data     dbaudit_bench_data: examples/trading/schema.sql with 1M-row orders, trades and
             positions, a 10M-row fills table (--fills-rows), and a known number of orphans,
             duplicates and invalid quantities planted.

Each build writes bench/.build/<database>.json: what was built, and the planted counts,
verified against the loaded data. Data is made by the server (INSERT ... SELECT FROM
generate_series) with arithmetic on the row number instead of random(), so every build holds
exactly the same rows; the catalog's shape comes from random.Random(seed).

Usage: .venv/bin/python bench/generate.py {catalog|data|all} [--seed N] [--fills-rows N]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "bench" / ".build"
SERVER_DSN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
CATALOG_DB = "dbaudit_bench_catalog"
DATA_DB = "dbaudit_bench_data"


def qi(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def recreate(server_dsn: str, dbname: str) -> str:
    assert dbname.startswith("dbaudit_bench_"), "the bench only ever drops its own databases"
    with psycopg.connect(server_dsn, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(dbname))
        )
        conn.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(dbname))
        )
    return psycopg.conninfo.make_conninfo(server_dsn, dbname=dbname)


def write_manifest(name: str, manifest: dict[str, object]) -> Path:
    BUILD.mkdir(parents=True, exist_ok=True)
    path = BUILD / f"{name}.json"
    path.write_text(json.dumps(manifest, indent=2) + "\n")
    return path


# ---------------------------------------------------------------------------------------------
# catalog-heavy
# ---------------------------------------------------------------------------------------------

SCHEMAS = ["core", "billing", "trading", "ops", "analytics", "Sales Ops", "archive", "ref"]
NOUNS = [
    ("order", "orders"),
    ("user", "users"),
    ("account", "accounts"),
    ("invoice", "invoices"),
    ("payment", "payments"),
    ("product", "products"),
    ("category", "categories"),
    ("shipment", "shipments"),
    ("customer", "customers"),
    ("strategy", "strategies"),
    ("trade", "trades"),
    ("fill", "fills"),
    ("position", "positions"),
    ("signal", "signals"),
    ("ticket", "tickets"),
    ("event", "events"),
    ("session", "sessions"),
    ("device", "devices"),
    ("warehouse", "warehouses"),
    ("supplier", "suppliers"),
    ("contract", "contracts"),
    ("address", "addresses"),
    ("campaign", "campaigns"),
    ("report", "reports"),
    ("batch", "batches"),
    ("job", "jobs"),
    ("team", "teams"),
    ("project", "projects"),
    ("task", "tasks"),
    ("comment", "comments"),
    ("tag", "tags"),
    ("region", "regions"),
]
BARE_TABLES = 12  # per schema, tables named by a bare plural (orders): implicit references hit them
PREFIXES = ["", "daily", "archived", "pending", "external", "legacy", "shadow", "staged"]
# How a foreign key's columns are indexed (weights); FK002 must tell covering from not.
INDEX_KINDS = [
    ("none", 30),
    ("plain", 22),
    ("led_composite", 10),
    ("second_column", 8),
    ("partial_not_null", 5),
    ("partial_other", 4),
    ("include_only", 4),
    ("include", 5),
    ("unique_led", 3),
    ("hash", 2),
    ("reordered", 7),
]
FK_PER_TABLE = [(0, 12), (1, 30), (2, 33), (3, 17), (4, 8)]
EXTRA_COLUMNS = [
    "quantity numeric",
    "price numeric(18, 8)",
    "amount numeric",
    "pnl numeric",
    "notes text",
    "payload jsonb",
    "updated_at timestamp",
    "is_active boolean",
    '"fillQty" integer',
    "fee real",
    "balance numeric",
    "score double precision",
]


@dataclass
class Table:
    schema: str
    name: str
    composite_pk: bool = False
    partitioned: bool = False

    @property
    def qname(self) -> str:
        return f"{qi(self.schema)}.{qi(self.name)}"


@dataclass
class CatalogPlan:
    batches: list[str] = field(default_factory=list)
    tables: int = 0
    partitioned_tables: int = 0
    partitions: int = 0
    foreign_keys: int = 0
    composite_foreign_keys: int = 0
    not_valid_foreign_keys: int = 0
    tables_with_disabled_triggers: int = 0
    fk_index_kinds: dict[str, int] = field(default_factory=dict)
    implicit_reference_columns: int = 0


def _weighted(rng: random.Random, choices: list[tuple[object, int]]) -> object:
    return rng.choices([c for c, _ in choices], [w for _, w in choices])[0]


def _schema_tables(schema: str, per_schema: int) -> list[Table]:
    tables = [Table(schema, plural) for _, plural in NOUNS[:BARE_TABLES]]
    for i in range(per_schema - BARE_TABLES):
        _, plural = NOUNS[i % len(NOUNS)]
        prefix = PREFIXES[(i // len(NOUNS)) % len(PREFIXES)]
        name = f"{prefix}_{plural}_{i}" if prefix else f"{plural}_{i}"
        if i % 97 == 5:
            name = f"Mixed{plural.title()}{i}"  # must be quoted
        elif i % 211 == 7:
            name = f"select {i}"  # a reserved word and a space
        partitioned = i % 25 == 3
        tables.append(
            Table(
                schema, name, composite_pk=i % 9 == 4 and not partitioned, partitioned=partitioned
            )
        )
    return tables


def _create_table(rng: random.Random, t: Table, plan: CatalogPlan) -> list[str]:
    cols = [
        "id bigint NOT NULL",
        "name text",
        "status text NOT NULL DEFAULT 'new'",
        "created_at timestamptz NOT NULL DEFAULT now()",
    ]
    if t.composite_pk:
        cols.insert(0, "region int NOT NULL")
    cols += rng.sample(EXTRA_COLUMNS, rng.randint(2, 8))
    # implicit references: a *_id column with no foreign key that names a bare table
    for singular, _ in rng.sample(NOUNS[:BARE_TABLES], rng.choices([0, 1, 2], [70, 25, 5])[0]):
        cols.append(f"{singular}_id bigint")
        plan.implicit_reference_columns += 1
    if t.partitioned:
        pk, tail = "PRIMARY KEY (id, created_at)", " PARTITION BY RANGE (created_at)"
    else:
        pk, tail = ("PRIMARY KEY (region, id)" if t.composite_pk else "PRIMARY KEY (id)"), ""
    out = [f"CREATE TABLE {t.qname} ({', '.join(cols)}, {pk}){tail};"]
    plan.tables += 1
    if t.partitioned:
        plan.partitioned_tables += 1
        for p in range(3):
            out.append(
                f"CREATE TABLE {qi(t.schema)}.{qi(f'{t.name}_p{p}')} PARTITION OF {t.qname}"
                f" FOR VALUES FROM ('202{p}-01-01') TO ('202{p + 1}-01-01');"
            )
            plan.partitions += 1
    return out


def _index(kind: str, t: Table, cols: list[str], name: str) -> str | None:
    c = ", ".join(map(qi, cols))
    head = f"CREATE {'UNIQUE ' if kind == 'unique_led' else ''}INDEX {qi(name)} ON {t.qname}"
    body = {
        "none": None,
        "plain": f"({c})",  # covers
        "led_composite": f"({c}, created_at)",  # covers
        "second_column": f"(status, {c})",  # does not
        "partial_not_null": f"({c}) WHERE " + " AND ".join(f"{qi(x)} IS NOT NULL" for x in cols),
        "partial_other": f"({c}) WHERE status = 'live'",  # does not
        "include_only": f"(created_at) INCLUDE ({c})",  # does not
        "include": f"({c}) INCLUDE (name)",  # covers
        "unique_led": f"({c}, id{', created_at' if t.partitioned else ''})",  # covers
        "hash": f"USING hash ({qi(cols[0])})",  # covers a one-column key only
        "reordered": f"({', '.join(map(qi, reversed(cols)))})",  # covers
    }[kind]
    return f"{head} {body};" if body else None


def _add_foreign_keys(
    rng: random.Random,
    child: Table,
    parents: dict[str, list[Table]],
    plan: CatalogPlan,
    counter: list[int],
) -> list[str]:
    out: list[str] = []
    everything = [t for ts in parents.values() for t in ts]
    for k in range(int(_weighted(rng, FK_PER_TABLE))):  # type: ignore[call-overload]
        pool = parents[child.schema] if rng.random() < 0.8 else everything
        parent = rng.choice(pool)
        if parent is child:
            continue
        stem = "".join(ch if ch.isalnum() else "_" for ch in parent.name.lower())[:30]
        if parent.composite_pk:
            cols, ref = [f"ref{k}_{stem}_region", f"ref{k}_{stem}_id"], "region, id"
            adds = f"ADD COLUMN {qi(cols[0])} int, ADD COLUMN {qi(cols[1])} bigint"
            plan.composite_foreign_keys += 1
        else:
            cols, ref = [f"ref{k}_{stem}_id"], "id"
            adds = f"ADD COLUMN {qi(cols[0])} bigint{'' if rng.random() < 0.6 else ' NOT NULL'}"
        action = rng.choices(["", " ON DELETE CASCADE", " ON DELETE SET NULL"], [80, 12, 8])[0]
        # NOT VALID is refused on a partitioned table before PostgreSQL 18
        not_valid = not child.partitioned and rng.random() < 0.03
        out.append(
            f"ALTER TABLE {child.qname} {adds}, ADD CONSTRAINT {qi(f'fk{k}_{stem}')} FOREIGN KEY"
            f" ({', '.join(map(qi, cols))}) REFERENCES {parent.qname} ({ref}){action}"
            f"{' NOT VALID' if not_valid else ''};"
        )
        plan.foreign_keys += 1
        plan.not_valid_foreign_keys += not_valid
        kind = str(_weighted(rng, INDEX_KINDS))  # type: ignore[arg-type]
        plan.fk_index_kinds[kind] = plan.fk_index_kinds.get(kind, 0) + 1
        counter[0] += 1
        statement = _index(kind, child, cols, f"bx_{counter[0]}")
        if statement:
            out.append(statement)
    if not child.partitioned and rng.random() < 0.01:
        out.append(f"ALTER TABLE {child.qname} DISABLE TRIGGER ALL;")
        plan.tables_with_disabled_triggers += 1
    for expression, chance in (("(created_at)", 0.5), ("(lower(name))", 0.2)):
        if rng.random() < chance:
            counter[0] += 1
            out.append(f"CREATE INDEX {qi(f'bx_{counter[0]}')} ON {child.qname} {expression};")
    return out


def catalog_plan(seed: int, per_schema: int) -> CatalogPlan:
    """The DDL, in batches run one transaction each: creating everything in one transaction
    would need more lock slots than max_locks_per_transaction gives."""
    rng = random.Random(seed)
    plan = CatalogPlan()
    all_tables: list[Table] = []
    for schema in SCHEMAS:
        plan.batches.append(f"CREATE SCHEMA {qi(schema)};")
        statements: list[str] = []
        for t in _schema_tables(schema, per_schema):
            statements += _create_table(rng, t, plan)
            all_tables.append(t)
        plan.batches += _chunks(statements, 300)
    # Partitioned tables reference others but are never referenced (that would need the
    # partition key in the referenced key).
    parents: dict[str, list[Table]] = {}
    for t in all_tables:
        if not t.partitioned:
            parents.setdefault(t.schema, []).append(t)
    counter = [0]
    statements = []
    for t in all_tables:
        statements += _add_foreign_keys(rng, t, parents, plan, counter)
    plan.batches += _chunks(statements, 300)
    return plan


def _chunks(statements: list[str], size: int) -> list[str]:
    return ["\n".join(statements[i : i + size]) for i in range(0, len(statements), size)]


CATALOG_COUNTS = """
SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (%(s)s)) AS relations_incl_partitions,
       (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY (%(s)s))
         AS tables,
       (SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
         WHERE c.contype = 'f' AND c.conparentid = 0 AND n.nspname = ANY (%(s)s)) AS foreign_keys,
       (SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
         WHERE c.contype = 'f' AND c.conparentid = 0 AND cardinality(c.conkey) > 1
           AND n.nspname = ANY (%(s)s)) AS composite_foreign_keys,
       (SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ANY (%(s)s))
         AS indexes_incl_partitions,
       (SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0
           AND NOT a.attisdropped AND n.nspname = ANY (%(s)s)) AS columns
"""


def build_catalog(server_dsn: str, seed: int, per_schema: int) -> dict[str, object]:
    started = time.perf_counter()
    dsn = recreate(server_dsn, CATALOG_DB)
    plan = catalog_plan(seed, per_schema)
    with psycopg.connect(dsn, autocommit=True) as conn:
        for batch in plan.batches:
            with conn.transaction():
                conn.execute(batch.encode())
        conn.execute("VACUUM ANALYZE")
        cur = conn.cursor(row_factory=psycopg.rows.dict_row)
        counts = cur.execute(CATALOG_COUNTS, {"s": SCHEMAS}).fetchone()
    plan_stats = {k: v for k, v in asdict(plan).items() if k != "batches"}
    return {
        "database": CATALOG_DB,
        "seed": seed,
        "build_seconds": round(time.perf_counter() - started, 1),
        "schemas": len(SCHEMAS),
        **(counts or {}),
        "generator": plan_stats,
    }


# ---------------------------------------------------------------------------------------------
# data-heavy: the trading example at scale
# ---------------------------------------------------------------------------------------------

# Sizes, and the planted defects as "row n is bad when n % every == at". Counts follow.
SIZES = {
    "users": 1_000,
    "strategies": 10_000,
    "ai_decisions": 100_000,
    "orders": 1_000_000,
    "trades": 1_000_000,
    "fills": 10_000_000,
    "positions": 1_000_000,
    "ai_trade_outcomes": 100_000,
    "strategy_signals": 100_000,
    "audit_logs": 100_000,
}


def _data_sql(n: dict[str, int]) -> list[tuple[str, str]]:
    """(label, SQL) steps; every value is a function of the row number g."""
    ts = "now() - interval '3 days' - (g % 100000) * interval '1 minute'"
    return [
        (
            "users",
            f"""
INSERT INTO users (id, username, password, is_admin, created_at)
SELECT 'u-' || lpad(g::text, 7, '0'), 'user' || g,
       CASE WHEN g % 500 = 7 THEN 'hunter' || g
            ELSE '$2b$12$' || rpad(md5(g::text) || md5((g + 1)::text), 53, 'x') END,
       g = 1, {ts}
  FROM generate_series(1, {n["users"]}) g""",
        ),
        (
            "strategies",
            f"""
INSERT INTO strategies (id, user_id, name, type, is_active, parameters, created_at, updated_at)
SELECT 's-' || lpad(g::text, 7, '0'), 'u-' || lpad((1 + g % {n["users"]})::text, 7, '0'),
       'Strategy ' || g, (ARRAY['momentum','mean_reversion','breakout','pairs'])[1 + g % 4],
       g % 3 <> 0, jsonb_build_object('k', g % 50), {ts}, {ts}
  FROM generate_series(1, {n["strategies"]}) g""",
        ),
        (
            "ai_decisions",
            f"""
INSERT INTO ai_decisions (id, strategy_id, symbol, action, confidence, status, created_at)
SELECT 'd-' || lpad(g::text, 8, '0'), 's-' || lpad((1 + g % {n["strategies"]})::text, 7, '0'),
       'SYM' || (g % 5000), (ARRAY['buy','sell','hold'])[1 + g % 3], (1 + g % 99) / 100.0,
       'executed', {ts}
  FROM generate_series(1, {n["ai_decisions"]}) g""",
        ),
        # orders.decision_id: implicit reference (no FK) with orphans
        (
            "orders",
            f"""
INSERT INTO orders (id, broker_order_id, client_order_id, strategy_id, decision_id, symbol, side,
                    type, status, quantity, price, submitted_at, created_at, updated_at)
SELECT 'o-' || lpad(g::text, 8, '0'), 'b-' || g, 'c-' || g,
       's-' || lpad((1 + g % {n["strategies"]})::text, 7, '0'),
       CASE WHEN g % 10 = 0 THEN NULL
            WHEN g % 40000 = 7 THEN 'd-missing-' || g
            ELSE 'd-' || lpad((1 + g % {n["ai_decisions"]})::text, 8, '0') END,
       'SYM' || (g % 5000), CASE WHEN g % 2 = 0 THEN 'buy' ELSE 'sell' END, 'market', 'filled',
       CASE WHEN g % 50000 = 11 THEN -1 ELSE 1 + g % 100 END,
       CASE WHEN g % 100000 = 13 THEN 0 ELSE 10 + (g % 1000) / 10.0 END,
       {ts}, {ts}, {ts}
  FROM generate_series(1, {n["orders"]}) g""",
        ),
        (
            "trades",
            f"""
INSERT INTO trades (id, strategy_id, order_id, symbol, side, quantity, price, pnl, executed_at)
SELECT 't-' || lpad(g::text, 8, '0'), 's-' || lpad((1 + g % {n["strategies"]})::text, 7, '0'),
       'o-' || lpad((1 + g % {n["orders"]})::text, 8, '0'), 'SYM' || (g % 5000),
       CASE WHEN g % 2 = 0 THEN 'buy' ELSE 'sell' END,
       CASE WHEN g % 50000 = 17 THEN 0 ELSE 1 + g % 100 END,
       CASE WHEN g % 100000 = 19 THEN -5 ELSE 10 + (g % 1000) / 10.0 END,
       (g % 200) - 100,
       CASE WHEN g % 500000 = 61 THEN now() + interval '3 days' ELSE {ts} END
  FROM generate_series(1, {n["trades"]}) g""",
        ),
        # fills.order_id: implicit reference (no FK) with orphans
        (
            "fills",
            f"""
INSERT INTO fills (id, order_id, symbol, side, quantity, price, filled_at, created_at)
SELECT 'f-' || lpad(g::text, 9, '0'),
       CASE WHEN g % 10000 = 23 THEN 'o-missing-' || g
            ELSE 'o-' || lpad((1 + g % {n["orders"]})::text, 8, '0') END,
       'SYM' || (g % 5000), CASE WHEN g % 2 = 0 THEN 'buy' ELSE 'sell' END,
       CASE WHEN g % 100000 = 29 THEN 0 ELSE 1 + g % 100 END,
       CASE WHEN g % 200000 = 31 THEN -1 ELSE 10 + (g % 1000) / 10.0 END,
       {ts}, {ts}
  FROM generate_series(1, {n["fills"]}) g""",
        ),
        # positions: orphans, then the FK NOT VALID; duplicate symbols
        (
            "positions",
            f"""
INSERT INTO positions (id, strategy_id, symbol, side, quantity, entry_price, opened_at, updated_at)
SELECT 'p-' || lpad(g::text, 8, '0'),
       CASE WHEN g % 20 = 0 THEN NULL
            WHEN g % 50000 = 37 THEN 'retired-' || g
            ELSE 's-' || lpad((1 + g % {n["strategies"]})::text, 7, '0') END,
       'SYM' || CASE WHEN g % 10000 = 41 THEN g - 1 ELSE g END,
       'long', CASE WHEN g % 100000 = 43 THEN -2 ELSE 1 + g % 100 END, 10 + (g % 1000) / 10.0,
       {ts}, {ts}
  FROM generate_series(1, {n["positions"]}) g;
ALTER TABLE positions ADD CONSTRAINT positions_strategy_id_fkey
  FOREIGN KEY (strategy_id) REFERENCES strategies (id) NOT VALID""",
        ),
        # ai_trade_outcomes: RI triggers disabled, then orphans
        (
            "ai_trade_outcomes",
            f"""
ALTER TABLE ai_trade_outcomes DISABLE TRIGGER ALL;
INSERT INTO ai_trade_outcomes (id, decision_id, trade_id, symbol, outcome, realized_pnl, created_at)
SELECT 'out-' || lpad(g::text, 8, '0'), 'd-' || lpad((1 + g % {n["ai_decisions"]})::text, 8, '0'),
       CASE WHEN g % 10000 = 47 THEN 't-missing-' || g
            ELSE 't-' || lpad((1 + g % {n["trades"]})::text, 8, '0') END,
       'SYM' || (g % 5000), 'win', (g % 200) - 100, {ts}
  FROM generate_series(1, {n["ai_trade_outcomes"]}) g""",
        ),
        (
            "strategy_signals",
            f"""
INSERT INTO strategy_signals (id, "strategyId", symbol, signal, strength, created_at)
SELECT 'sig-' || lpad(g::text, 8, '0'),
       CASE WHEN g % 20000 = 53 THEN 'gone-' || g
            ELSE 's-' || lpad((1 + g % {n["strategies"]})::text, 7, '0') END,
       'SYM' || (g % 5000), 'buy', 0.5, {ts}
  FROM generate_series(1, {n["strategy_signals"]}) g""",
        ),
        (
            "audit_logs",
            f"""
INSERT INTO audit_logs (user_id, action, resource, created_at)
SELECT CASE WHEN g % 50000 = 59 THEN 'u-gone-' || g
            ELSE 'u-' || lpad((1 + g % {n["users"]})::text, 7, '0') END,
       'login', 'session', {ts}
  FROM generate_series(1, {n["audit_logs"]}) g""",
        ),
        (
            "small tables",
            f"""
INSERT INTO agent_status (is_running, kill_switch_active, last_heartbeat, updated_at)
VALUES (true, false, now() - interval '3 days', now() - interval '3 days'),
       (false, true, now() - interval '4 days', now() - interval '4 days');
INSERT INTO work_items (id, type, status, idempotency_key, created_at, updated_at)
SELECT 'w-' || g, 'sync', 'done', CASE WHEN g % 100 = 0 THEN NULL ELSE 'k-' || g END, {ts}, {ts}
  FROM generate_series(1, 10000) g;
INSERT INTO broker_assets (id, symbol, name, exchange, min_order_size, price_increment)
SELECT 'a-' || g, 'SYM' || g, 'Asset ' || g, 'NYSE', 1, 0.01 FROM generate_series(0, 4999) g;
INSERT INTO short_interest (symbol, analysis_date, short_interest, created_at)
SELECT 'SYM' || (g % 5000), date '2024-01-01' + g / 5000, g, {ts} FROM generate_series(0, 49999) g;
INSERT INTO conversations (title, created_at) SELECT 'c' || g, {ts} FROM generate_series(1, 1000) g;
INSERT INTO messages (conversation_id, role, content, created_at)
SELECT 1 + g % 1000, 'user', 'hello', {ts} FROM generate_series(1, 10000) g;
INSERT INTO backtest_runs (id, strategy_id, status, start_date, end_date, initial_capital, created_at)
SELECT 'bt-' || g, 's-' || lpad((1 + g % {n["strategies"]})::text, 7, '0'), 'done',
       date '2024-01-01', date '2024-06-01', 10000, {ts} FROM generate_series(1, 1000) g;
INSERT INTO strategy_versions (id, strategy_id, version, created_at)
SELECT 'sv-' || g, 's-' || lpad((1 + g % {n["strategies"]})::text, 7, '0'), g / {n["strategies"]}, {ts}
  FROM generate_series(1, 20000) g;
INSERT INTO ai_decision_features (id, decision_id, feature_name, feature_value, created_at)
SELECT 'df-' || g, 'd-' || lpad((1 + g % {n["ai_decisions"]})::text, 8, '0'), 'f' || (g / {n["ai_decisions"]}), 1, {ts}
  FROM generate_series(1, 200000) g""",
        ),
    ]


def _every(n: int, every: int, at: int, *, excluded: int | None = None) -> int:
    """How many g in 1..n have g % every == at (and g % excluded != 0)."""
    return sum(1 for g in range(at, n + 1, every) if not (excluded and g % excluded == 0))


def planted(n: dict[str, int]) -> dict[str, dict[str, int]]:
    """What the data holds, by formula (checked against the database after the build)."""
    return {
        "orphans": {
            "orders.decision_id": _every(n["orders"], 40000, 7, excluded=10),
            "fills.order_id": _every(n["fills"], 10000, 23),
            "positions.strategy_id": _every(n["positions"], 50000, 37, excluded=20),
            "ai_trade_outcomes.trade_id": _every(n["ai_trade_outcomes"], 10000, 47),
            "ai_trade_outcomes.decision_id": 0,
            'strategy_signals."strategyId"': _every(n["strategy_signals"], 20000, 53),
            "audit_logs.user_id": _every(n["audit_logs"], 50000, 59),
        },
        "duplicates": {"positions.symbol": _every(n["positions"], 10000, 41)},
        "invalid": {
            "orders.quantity": _every(n["orders"], 50000, 11),
            "orders.price": _every(n["orders"], 100000, 13),
            "trades.quantity": _every(n["trades"], 50000, 17),
            "trades.price": _every(n["trades"], 100000, 19),
            "fills.quantity": _every(n["fills"], 100000, 29),
            "fills.price": _every(n["fills"], 200000, 31),
            "positions.quantity": _every(n["positions"], 100000, 43),
            "positions.entry_price": 0,
        },
        "singleton_rows": {"agent_status": 2},
        "future_rows": {"trades.executed_at": _every(n["trades"], 500000, 61)},
    }


def build_data(server_dsn: str, fills_rows: int) -> dict[str, object]:
    started = time.perf_counter()
    sizes = {**SIZES, "fills": fills_rows}
    dsn = recreate(server_dsn, DATA_DB)
    steps: dict[str, float] = {}
    with psycopg.connect(dsn, autocommit=True) as conn:
        # unlogged-like speed for the load: the bench database is throwaway
        conn.execute("SET synchronous_commit = off")
        conn.execute("SET maintenance_work_mem = '512MB'")
        with conn.transaction():
            conn.execute((ROOT / "examples/trading/schema.sql").read_text().encode())
        for label, text in _data_sql(sizes):
            t0 = time.perf_counter()
            with conn.transaction():
                conn.execute(text.encode())
            steps[label] = round(time.perf_counter() - t0, 1)
            print(f"  {label}: {steps[label]} s", flush=True)
        t0 = time.perf_counter()
        # hint bits and visibility map set now, so the first timed scan does not write
        conn.execute("VACUUM (FREEZE, ANALYZE)")
        conn.execute("CHECKPOINT")
        steps["vacuum"] = round(time.perf_counter() - t0, 1)
        verified = _verify(conn)
    expected = planted(sizes)
    if verified != expected:
        raise SystemExit(f"planted counts differ:\nformula  {expected}\ndatabase {verified}")
    return {
        "database": DATA_DB,
        "build_seconds": round(time.perf_counter() - started, 1),
        "step_seconds": steps,
        "rows": sizes,
        "planted": expected,
    }


def _verify(conn: psycopg.Connection[tuple[object, ...]]) -> dict[str, dict[str, int]]:
    def one(query: str) -> int:
        row = conn.execute(query.encode()).fetchone()
        return int(row[0]) if row else 0

    def orphans(child: str, col: str, parent: str) -> int:
        return one(
            f"SELECT count(*) FROM {child} c WHERE c.{col} IS NOT NULL AND NOT EXISTS"
            f" (SELECT 1 FROM {parent} p WHERE p.id = c.{col})"
        )

    def invalid(table: str, col: str) -> int:
        return one(f"SELECT count(*) FROM {table} WHERE {col} <= 0")

    return {
        "orphans": {
            "orders.decision_id": orphans("orders", "decision_id", "ai_decisions"),
            "fills.order_id": orphans("fills", "order_id", "orders"),
            "positions.strategy_id": orphans("positions", "strategy_id", "strategies"),
            "ai_trade_outcomes.trade_id": orphans("ai_trade_outcomes", "trade_id", "trades"),
            "ai_trade_outcomes.decision_id": orphans(
                "ai_trade_outcomes", "decision_id", "ai_decisions"
            ),
            'strategy_signals."strategyId"': orphans(
                "strategy_signals", '"strategyId"', "strategies"
            ),
            "audit_logs.user_id": orphans("audit_logs", "user_id", "users"),
        },
        "duplicates": {
            "positions.symbol": one(
                "SELECT count(*) FROM (SELECT symbol FROM positions GROUP BY symbol HAVING count(*) > 1) d"
            )
        },
        "invalid": {
            f"{t}.{c}": invalid(t, c)
            for t, c in [
                ("orders", "quantity"),
                ("orders", "price"),
                ("trades", "quantity"),
                ("trades", "price"),
                ("fills", "quantity"),
                ("fills", "price"),
                ("positions", "quantity"),
                ("positions", "entry_price"),
            ]
        },
        "singleton_rows": {"agent_status": one("SELECT count(*) FROM agent_status")},
        "future_rows": {
            "trades.executed_at": one("SELECT count(*) FROM trades WHERE executed_at > now()")
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("what", choices=["catalog", "data", "all"])
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--tables-per-schema", type=int, default=250)
    parser.add_argument("--fills-rows", type=int, default=SIZES["fills"])
    parser.add_argument("--dsn", default=SERVER_DSN, help="a superuser DSN of the server")
    args = parser.parse_args()
    if args.what in ("catalog", "all"):
        print(f"building {CATALOG_DB} (seed {args.seed}) ...", flush=True)
        manifest = build_catalog(args.dsn, args.seed, args.tables_per_schema)
        print(json.dumps(manifest, indent=2), "\n->", write_manifest(CATALOG_DB, manifest))
    if args.what in ("data", "all"):
        print(f"building {DATA_DB} ({args.fills_rows:,} fills) ...", flush=True)
        manifest = build_data(args.dsn, args.fills_rows)
        print(json.dumps(manifest, indent=2), "\n->", write_manifest(DATA_DB, manifest))


if __name__ == "__main__":
    main()
