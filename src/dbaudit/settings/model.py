"""Settings for one run: what to scan, how to report, and the naming heuristics checks use.

Heuristics are application knowledge (which columns hold quantities, which tables must
hold one row); the defaults follow common naming conventions and every finding names the
rule that matched, so a user can see why and override it.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from dbaudit.settings import values
from dbaudit.settings.declare import Declared, Flag, bind_params, declared, plain, setting
from dbaudit.settings.patterns import table_regexes
from dbaudit.settings.suppression import Suppression
from dbaudit.severity import FailOn, Severity

DEFAULT_STATEMENT_TIMEOUT_MS = 30_000
DEFAULT_LOCK_TIMEOUT_MS = 1_000

# Migration bookkeeping written by ORMs and migration tools: not application data.
MIGRATION_TABLES = (
    "__drizzle_migrations",
    "_prisma_migrations",
    "schema_migrations",
    "ar_internal_metadata",
    "flyway_schema_history",
    "alembic_version",
    "databasechangelog",
    "databasechangeloglock",
    "knex_migrations",
    "knex_migrations_lock",
    "goose_db_version",
    "__EFMigrationsHistory",
    "django_migrations",
    "migrations",
    "typeorm_metadata",
)


def heuristic(
    default: Any,
    *,
    parse: values.Converter | None = None,
    params: typing.Callable[[Any], Mapping[str, object]] | None = None,
    read_by: str | None = None,
) -> Any:
    """A heuristic whose converter or bind parameters are not the ones its type gives, or
    that the engine reads (`read_by`: what for, as `config show` names its users)."""
    return field(default=default, metadata={"parse": parse, "params": params, "read_by": read_by})


# A heuristic's converter, from its annotation: adding a field of another type fails here,
# at import, not on the first configuration that sets it.
_CONVERTERS: dict[object, values.Converter] = {
    tuple[str, ...]: values.str_list,
    int: values.whole_number,
    float: values.number,
    str: values.text,
}


def _pairs(plurals: tuple[str, ...]) -> dict[str, object]:
    """ "singular:plural" entries as the two parallel arrays the SQL macros unnest."""
    return {
        "irregular_singulars": [p.split(":", 1)[0] for p in plurals],
        "irregular_plurals": [p.split(":", 1)[-1] for p in plurals],
    }


# the engine reads these too: a sample of such a column is redacted in every report
_REDACTION = "the redaction of samples in every report"
# Tenant columns whose rows belong to the tenant (both tenant lists start with them).
_OWNING_TENANTS = (
    "organization_id",
    "organisation_id",
    "org_id",
    "tenant_id",
    "account_id",
    "workspace_id",
)


@dataclass(frozen=True)
class Heuristics:
    """Naming rules, matched against words of a name (snake_case or camelCase split on '_').

    Adding one is a one-line change: a field here with its type and default (and a comment
    saying what it matches). Its key in `heuristics:`, its converter (from the type:
    `tuple[str, ...]` words, `int` a whole number >= 0, `float` a number, `str` text), its
    bind parameter `%(name)s` for the checks' SQL and its line in `config show` follow from
    it. A field needing another converter or other bind parameters says so in its metadata
    (`heuristic(...)`, as irregular_plurals and tablesample_percent do).
    """

    quantity_words: tuple[str, ...] = ("quantity", "qty", "size", "volume", "shares", "units")
    price_words: tuple[str, ...] = (
        "price",
        "amount",
        "cost",
        "fee",
        "fees",
        "notional",
        "total",
        "subtotal",
        "tax",
        "discount",
        "rate",
        "cents",
        "funds",
        "commission",
        "charge",
        "tip",
        "shipping",
        "freight",
    )
    # Tables of one-sided movements (a bank statement's lines, ledger entries): without a
    # pair of columns naming both ends (source and destination, ...) their amounts are
    # signed, a debit negative, and are not checked as prices.
    movement_table_words: tuple[str, ...] = (
        "transactions",
        "transaction",
        "entries",
        "entry",
        "statements",
        "statement",
        "postings",
        "posting",
        "movements",
        "movement",
    )
    # ... or whose name, after a movement word, says its rows are imported as they came (a
    # bank statement's rows: TransactionsImportsRows): signed too.
    import_table_words: tuple[str, ...] = (
        "import",
        "imports",
        "imported",
        "raw",
        "row",
        "rows",
        "staging",
        "upload",
        "uploads",
    )
    # Words of stored content: its size is in bytes, not a quantity sold (file_size,
    # object_size), and its `*_key` is where it is stored, not a key of the row (payload_key).
    data_words: tuple[str, ...] = (
        "file",
        "bytes",
        "byte",
        "storage",
        "disk",
        "content",
        "object",
        "blob",
        "body",
        "payload",
        "attachment",
        "upload",
        "message",
        "request",
        "response",
        "image",
    )
    # A stock level (stock_words) in a table that allows backorders (a column named with a
    # backorder_words word: allow_backorder) goes below zero: signed, not checked for < 0.
    stock_words: tuple[str, ...] = ("inventory", "stock", "available", "onhand")
    backorder_words: tuple[str, ...] = (
        "backorder",
        "backorders",
        "backordered",
        "oversell",
        "oversold",
        "negative",
    )
    # Last words of a jsonb column that holds whatever JSON was sent (a request's body, a
    # task's input or output): any value is valid, no CHECK is expected (JSON001).
    any_json_words: tuple[str, ...] = ("body", "input", "output")
    # Last words of a history table's name (CollectiveHistories, post_versions): one that has
    # every column of the table it is named for holds copies of its rows.
    history_table_words: tuple[str, ...] = (
        "histories",
        "history",
        "versions",
        "version",
        "revisions",
        "archive",
        "archives",
        "snapshots",
        "audits",
    )
    # Zero is a legitimate value of these (a commission-free fee, no discount, a total that
    # starts at 0), and of any value column whose DEFAULT is 0: checked for < 0 only.
    zero_allowed_words: tuple[str, ...] = (
        "fee",
        "fees",
        "discount",
        "tax",
        "total",
        "subtotal",
        "rate",
        "commission",
        "tip",
        "shipping",
        "funds",
        "charge",
    )
    # Tables of executions, whose prices and quantities must be > 0 (elsewhere a zero price
    # is a free plan, a zero quantity an empty stock: >= 0).
    execution_table_words: tuple[str, ...] = (
        "trades",
        "trade",
        "fills",
        "fill",
        "executions",
        "execution",
        "orders",
        "order",
        "items",
        "lines",
    )
    # A last word that makes a numeric column a code or a counter, not a value (fee_type,
    # price_id, charge_count).
    enum_like_words: tuple[str, ...] = (
        "count",
        "number",
        "attempts",
        "retries",
        "type",
        "kind",
        "status",
        "state",
        "mode",
        "code",
        "id",
        "model",
        "category",
        "class",
        "level",
        "tier",
        "currency",
        "precision",
        "scale",
        "decimals",
        "index",
        "idx",
        "rank",
        "position",
        "version",
        "flag",
        "option",
        "method",
        "policy",
    )
    # Money that may legitimately be negative: never checked for <= 0.
    signed_words: tuple[str, ...] = (
        "pnl",
        "balance",
        "delta",
        "change",
        "adjustment",
        "offset",
        "diff",
        "profit",
        "loss",
        "return",
        "returns",
    )
    # Tables that must hold at most one row, by the last word(s) of their name.
    singleton_suffixes: tuple[str, ...] = (
        "status",
        "settings",
        "config",
        "state",
        "control",
        "singleton",
        "globals",
    )
    singleton_tables: tuple[str, ...] = ()  # "schema.table" named explicitly
    # Children that record history: deleting a parent must not delete them.
    ledger_words: tuple[str, ...] = (
        "trades",
        "fills",
        "orders",
        "audit",
        "log",
        "logs",
        "history",
        "event",
        "events",
        "ledger",
        "transactions",
        "payments",
        "payment",
        "refunds",
        "settlements",
        "payouts",
        "charges",
        "invoices",
        "receipts",
        "transfers",
        "journal",
        "journals",
        "audits",
    )
    # An order's or invoice's lines (a word of each list: order_items, invoice_lines,
    # line_items) record money: never deleted with a parent.
    money_document_words: tuple[str, ...] = (
        "order",
        "orders",
        "invoice",
        "invoices",
        "bill",
        "bills",
        "receipt",
        "receipts",
        "purchase",
        "purchases",
        "sale",
        "sales",
        "quote",
        "quotes",
        "credit",
        "line",
    )
    line_words: tuple[str, ...] = ("items", "item", "lines", "line", "entries", "entry")
    # Last words of a share of a whole (commission_pct, discount_percent): no unit an exact
    # unbounded numeric could outgrow, so NUM001 skips it (not in floating point). A rate
    # is not here: a pay rate or a cost rate is money.
    share_words: tuple[str, ...] = ("pct", "percent", "percentage", "ratio")
    # ... and a `rate` beside one of these words in its column's or table's name: a tax, an
    # exchange or an interest rate is a ratio too (shipping_rates.rate is money).
    ratio_rate_words: tuple[str, ...] = (
        "tax",
        "vat",
        "exchange",
        "fx",
        "currency",
        "conversion",
        "interest",
        "commission",
    )
    # Numeric columns that hold money for the delete policy besides price_words: balances,
    # revenue, what is due and pay (signed or summed, so not price_words, which VAL002 expects
    # non-negative).
    money_words: tuple[str, ...] = (
        "balance",
        "balances",
        "revenue",
        "due",
        "bonus",
        "salary",
        "wage",
        "wages",
    )
    # Last words of a reference column (before `id`) that name the row's owner: the delete
    # policy cascades from it.
    owner_words: tuple[str, ...] = ("owner",)
    # A row that records a change (the delete policy's change-record: RESTRICT): a column
    # whose first word is one of former_value_words (old_status, previous_name) or whose last
    # is one of reason_words (ban_reason), a column naming who decided (decision_role_stems:
    # approver_id), or a table named for changes or decisions (decision_table_words, any word of its
    # name: post_approvals, user_name_change_requests).
    former_value_words: tuple[str, ...] = ("old", "previous")
    reason_words: tuple[str, ...] = ("reason",)
    decision_role_stems: tuple[str, ...] = ("approver", "approved_by", "reviewer", "reviewed_by")
    decision_table_words: tuple[str, ...] = (
        "change",
        "changes",
        "approvals",
        "approval",
        "disapprovals",
        "rejections",
        "appeals",
        "bans",
    )
    # Tenant columns whose rows belong to the tenant: the delete policy's owned-child/tenant,
    # CASCADE when no money is near, never SET NULL (a row of no tenant reads as everyone's).
    # Not team_id or company_id: a team within an account, a contact's company, own nothing.
    owning_tenant_columns: tuple[str, ...] = _OWNING_TENANTS
    # Last words of a table of types (address_types, PhoneNumberType): a required reference
    # to one is the delete policy's lookup-type, RESTRICT, even from a row it keys.
    type_table_words: tuple[str, ...] = ("type", "types", "kind", "kinds")
    # Stems of an optional reference that records who acted on the row (updater_id,
    # approved_by): the delete policy's attribution, RESTRICT, since SET NULL would erase the
    # fact. A creator or author is not here: content may outlive its author's account.
    actor_role_stems: tuple[str, ...] = (
        "updater",
        "editor",
        "modifier",
        "deleter",
        "approver",
        "reviewer",
        "inviter",
        "redeemer",
        "verifier",
        "moderator",
        "resolver",
        "updated_by",
        "modified_by",
        "deleted_by",
        "approved_by",
        "reviewed_by",
        "invited_by",
        "changed_by",
        "edited_by",
        "verified_by",
        "redeemed_by",
        "resolved_by",
        "closed_by",
        "cancelled_by",
        "canceled_by",
        "banned_by",
    )
    # Implicit references (REF002, REF001). Plurals a trailing -s, -es or -ies does not make,
    # as "singular:plural".
    irregular_plurals: tuple[str, ...] = heuristic(
        (
            "person:people",
            "child:children",
            "man:men",
            "woman:women",
            "mouse:mice",
            "goose:geese",
            "foot:feet",
            "tooth:teeth",
            "analysis:analyses",
            "axis:axes",
            "criterion:criteria",
            "datum:data",
            "medium:media",
            "index:indices",
            "matrix:matrices",
            "vertex:vertices",
            "leaf:leaves",
            "life:lives",
            "half:halves",
            "shelf:shelves",
            "wife:wives",
            "knife:knives",
            "thief:thieves",
            "wolf:wolves",
            "cactus:cacti",
            "syllabus:syllabi",
            "alumnus:alumni",
            "focus:foci",
            "radius:radii",
            "thesis:theses",
            "crisis:crises",
            "phenomenon:phenomena",
            "ox:oxen",
        ),
        params=_pairs,
    )
    # A qualifier that makes a reference to its own table a self-reference (parent_id,
    # replaced_by_id, parent_invoice_id in invoices).
    self_reference_words: tuple[str, ...] = (
        "parent",
        "replaced",
        "superseded",
        "previous",
        "prev",
        "next",
        "original",
        "root",
        "ancestor",
        "predecessor",
        "successor",
        "duplicate",
        "merged",
        "forked",
        "copied",
        "cloned",
        "reply",
        "related",
        "linked",
        "master",
        "reverted",
        "reversed",
        "refunded",
    )
    # A qualifier naming another system: `stripe_customer_id` is Stripe's id, not a row here.
    external_id_words: tuple[str, ...] = (
        "external",
        "ext",
        "provider",
        "broker",
        "client",
        "exchange",
        "venue",
        "gateway",
        "vendor",
        "remote",
        "upstream",
        "partner",
        "third",
        "legacy",
        "import",
        "imported",
        "stripe",
        "paypal",
        "braintree",
        "adyen",
        "square",
        "plaid",
        "shopify",
        "twilio",
        "sendgrid",
        "mailchimp",
        "hubspot",
        "salesforce",
        "zendesk",
        "intercom",
        "slack",
        "github",
        "gitlab",
        "google",
        "apple",
        "facebook",
        "twitter",
        "microsoft",
        "azure",
        "aws",
        "auth0",
        "okta",
        "cognito",
        "firebase",
        "oauth",
        "sso",
        "saml",
        "ldap",
        "alpaca",
        "ibkr",
    )
    # Stems of a user's role that reference the users table when it has no other match.
    user_role_stems: tuple[str, ...] = (
        "creator",
        "author",
        "owner",
        "updater",
        "editor",
        "modifier",
        "deleter",
        "approver",
        "reviewer",
        "assignee",
        "reporter",
        "requester",
        "created_by",
        "updated_by",
        "modified_by",
        "deleted_by",
        "approved_by",
        "reviewed_by",
        "assigned_by",
        "invited_by",
        "changed_by",
        "edited_by",
    )
    # Share of a reference column's non-NULL values found in its parent below which, when
    # the data may be read, it is an external id and not a reference with orphans.
    reference_min_present_share: float = 0.5
    # ... measured on at least this many values (fewer prove nothing either way)
    reference_dismiss_min_values: int = 5
    # Columns expected to be unique (a natural or idempotency key), by exact name or last word.
    natural_key_columns: tuple[str, ...] = (
        "idempotency_key",
        "external_id",
        "slug",
        "email",
        "username",
        "sku",
    )
    natural_key_last_words: tuple[str, ...] = ("key",)
    # Keys that are labels made from a name for URLs (a slug): expected unique only where
    # they are how rows are found, not beside a public uuid that addresses the row, nor
    # where the team indexed them non-unique, nor optional with no index at all.
    label_key_columns: tuple[str, ...] = ("slug",)
    # ... nor after these: cryptographic key material (a DKIM domain's public_key, a
    # passkey's credentialPublicKey) is no identifier the application looks rows up by.
    key_material_words: tuple[str, ...] = (
        "public",
        "private",
        "signing",
        "encryption",
        "encrypted",
        "ssh",
        "gpg",
        "pgp",
        "rsa",
        "auth",
        "secret",
        "hmac",
    )
    # ... but not after these words: a key that groups rows repeats by design.
    shared_key_words: tuple[str, ...] = (
        "concurrency",
        "cron",
        "group",
        "grouping",
        "partition",
        "sort",
        "routing",
        "shard",
        "batch",
        "lock",
        "cache",
        "queue",
        "throttle",
        "bucket",
    )
    # A NULL in these key columns is a row without one (a user who signs in through a
    # provider has no email), not a key that escapes its unique index (KEY002).
    optional_key_columns: tuple[str, ...] = (
        "email",
        "email_address",
        "phone",
        "phone_number",
        "sku",
        "barcode",
    )
    # A document's number or code: the whole name (`number`, `code`, not in a required child
    # table), or its table's singular before the last word (`invoice_number` in invoices).
    document_key_columns: tuple[str, ...] = ("number", "code")
    document_key_last_words: tuple[str, ...] = ("number", "no", "code")
    # An email or a username is a key only in a table of logins (or beside a password column).
    login_table_words: tuple[str, ...] = (
        "users",
        "user",
        "accounts",
        "account",
        "members",
        "member",
        "admins",
        "admin",
        "logins",
        "identities",
        "credentials",
    )
    # Columns of prose a person wrote: a row with two references that carries one is a
    # message or a report by one about the other (a comment on an issue), which may repeat,
    # not a link row.
    message_words: tuple[str, ...] = (
        "body",
        "content",
        "text",
        "message",
        "comment",
        "details",
        "description",
        "note",
        "notes",
        "reason",
        "reply",
    )
    # Multi-tenant columns: a named key is unique within its tenant, (tenant_id, email).
    tenant_columns: tuple[str, ...] = (*_OWNING_TENANTS, "team_id", "company_id")
    # A provider's id for the row is its key (`stripe_customer_id` in customers, `github_id`).
    provider_key_words: tuple[str, ...] = (
        "external",
        "ext",
        "provider",
        "stripe",
        "paypal",
        "braintree",
        "adyen",
        "plaid",
        "shopify",
        "github",
        "gitlab",
        "google",
        "apple",
        "facebook",
        "twitter",
        "microsoft",
        "auth0",
        "okta",
        "cognito",
        "firebase",
        "slack",
        "hubspot",
        "salesforce",
        "zendesk",
        "intercom",
    )
    # Tables holding one row per instrument: `symbol` is their key, within a scope column
    # (strategy_id, account_id, ...) when the table has one.
    position_table_words: tuple[str, ...] = ("positions", "holdings")
    position_scope_columns: tuple[str, ...] = (
        "strategy_id",
        "account_id",
        "portfolio_id",
        "user_id",
    )
    # Columns that record when something already happened: never in the future.
    past_time_columns: tuple[str, ...] = (
        "created_at",
        "updated_at",
        "executed_at",
        "filled_at",
        "opened_at",
        "closed_at",
        "occurred_at",
        "recorded_at",
        "submitted_at",
        "cancelled_at",
        "inserted_at",
        "completed_at",
        "processed_at",
        "created",
        "modified",
        "updated",
        "inserted",
        "last_modified",
        "last_update",
        "last_updated",
    )
    # Other event times, by pattern: the last word says it is a time (`*_at`, `*At`,
    # `*_on`, `*_date`, `*_time`) and the word before is a past participle (-ed, or one of
    # past_participles: `sent_at`, `paid_at`), or the first word is `last` (`last_login`).
    time_last_words: tuple[str, ...] = (
        "at",
        "on",
        "date",
        "time",
        "timestamp",
        "ts",
        "datetime",
    )
    # ... or the word before is a record taken at that moment (`snapshot_time`, `ping_at`):
    # the time a snapshot, a sample or a log line was taken has passed.
    record_time_words: tuple[str, ...] = (
        "snapshot",
        "sample",
        "reading",
        "measurement",
        "observation",
        "capture",
        "log",
        "ping",
        "heartbeat",
    )
    past_participles: tuple[str, ...] = (
        "sent",
        "paid",
        "made",
        "done",
        "seen",
        "read",
        "taken",
        "given",
        "won",
        "lost",
        "built",
        "bought",
        "sold",
        "held",
        "left",
        "met",
        "spent",
        "written",
        "drawn",
        "frozen",
        "chosen",
        "spoken",
        "broken",
        "hidden",
        "shown",
        "known",
        "thrown",
        "withdrawn",
        "overridden",
        "undone",
        "got",
        "gotten",
        "found",
        "begun",
        "struck",
        "hung",
        "fed",
        "led",
        "quit",
        "hit",
        "shut",
        "split",
    )
    # Times that are in the future by nature: never checked, whatever else says past.
    future_time_words: tuple[str, ...] = (
        "expire",
        "expires",
        "expiry",
        "expiration",
        "expiring",
        "expired",
        "due",
        "deadline",
        "scheduled",
        "schedule",
        "next",
        "until",
        "till",
        "end",
        "ends",
        "ending",
        "start",
        "starts",
        "starting",
        "begin",
        "begins",
        "retry",
        "run",
        "runs",
        "valid",
        "effective",
        "eta",
        "estimated",
        "expected",
        "planned",
        "target",
        "remind",
        "reminder",
        "renew",
        "renews",
        "renewal",
        "trial",
        "cancel",
        "publish",
        "release",
        "available",
        "embargo",
        "lock",
        "snooze",
        "resume",
        "send",
        "deliver",
        "delivery",
        "notify",
        "fire",
        "trigger",
        "maturity",
        "settle",
        "settlement",
        "period",
        "future",
        "upcoming",
        "opens",
        "closes",
        "to",
        "from",
    )
    future_tolerance: str = "5 minutes"
    # Columns holding credentials, by the words of their name; `api` + `key` (and two
    # neighbouring words generally: hmac_key, private_key) counts as one.
    secret_words: tuple[str, ...] = heuristic(
        (
            "password",
            "passwd",
            "passwords",
            "secret",
            "secrets",
            "token",
            "tokens",
            "apikey",
            "hmackey",
            "privatekey",
            "secretkey",
        ),
        read_by=_REDACTION,
    )
    # Columns holding personal data, by the words of their name: their samples are redacted.
    personal_data_words: tuple[str, ...] = heuristic(
        ("email", "mail", "phone", "ssn", "iban"), read_by=_REDACTION
    )
    # Sequence and identity columns: fraction of the type's range used.
    headroom_high: float = 0.75
    headroom_critical: float = 0.90
    large_table_rows: int = 10_000
    sample_size: int = 5
    # Data checks that count rows read a TABLESAMPLE of a table with at least this many
    # estimated rows (0: never; every count is exact), and say so in their findings.
    tablesample_above_rows: int = heuristic(0, read_by="every data check that counts rows")
    tablesample_percent: float = heuristic(1.0, parse=values.percentage)
    excluded_tables: tuple[str, ...] = heuristic(MIGRATION_TABLES, read_by="every check")
    # Operations checks, from the server's statistics. N+1: a lookup by key called at least
    # n_plus_one_min_calls times, n_plus_one_ratio times per call of the statement that
    # lists the rows it is keyed by.
    n_plus_one_min_calls: int = 100
    n_plus_one_ratio: float = 5.0
    connections_high: float = 0.8  # fraction of max_connections in use
    idle_in_transaction_max: str = "1 minute"  # a PostgreSQL interval
    long_transaction_max: str = "5 minutes"
    seq_scan_min: int = 100  # sequential scans of a large table since the statistics reset
    dead_tuple_ratio: float = 0.2  # dead / (live + dead)
    vacuum_min_rows: int = 1000  # smaller tables are left out of the vacuum signals
    # Transaction ID (and multixact) age as a fraction of the 2^31 wraparound limit.
    wraparound_high: float = 0.5
    wraparound_critical: float = 0.75
    # The workload checks, from pg_stat_statements (parsed once per scan): the heaviest
    # statements read, by total time; an index is proposed for statements called at least
    # index_min_calls times on a table of large_table_rows or more.
    workload_max_statements: int = heuristic(
        5000, read_by="the workload read from pg_stat_statements"
    )
    index_min_calls: int = 100
    # An index of equality columns only (no sort or range column, not partial) is proposed
    # when they select at most this fraction of the table's rows (pg_stats.n_distinct).
    index_max_selectivity: float = 0.25
    # A SELECT without LIMIT returning this many rows per call on average, called this often.
    unbounded_rows_per_call: int = 100
    unbounded_min_calls: int = 20
    # A one-row INSERT (or upsert) called this many times, about one row per call.
    row_at_a_time_min_calls: int = 500
    # Check-then-insert: a plain INSERT called this often, and a lookup of the same table by
    # one column called at least race_lookup_ratio times as often.
    race_min_calls: int = 50
    race_lookup_ratio: float = 0.5

    def as_params(self) -> dict[str, object]:
        """The bind parameters every check template may use: one per field, by its name."""
        params: dict[str, object] = {}
        for f in dataclasses.fields(self):
            params.update(bind_params(f.name, getattr(self, f.name), heuristic_declared(f.name)))
        return params


@cache
def heuristics_declared() -> dict[str, Declared]:
    """Each heuristic by name: how it is read (from its type) and bound (its name)."""
    hints = typing.get_type_hints(Heuristics)
    found = {}
    for f in dataclasses.fields(Heuristics):
        parse = f.metadata.get("parse") or _CONVERTERS.get(hints[f.name])
        if parse is None:
            raise TypeError(f"Heuristics.{f.name}: no converter for {hints[f.name]}")
        found[f.name] = Declared(
            parse, params=f.metadata.get("params"), read_by=f.metadata.get("read_by")
        )
    return found


def heuristic_declared(name: str) -> Declared:
    return heuristics_declared()[name]


# dsn's functions need psycopg, imported when a DSN is read or shown: the CLI imports this
# module to build its flags, and `dbaudit --help` should not pay for a database driver.
def _expand_dsn(dsn: str) -> str:
    from dbaudit.settings.dsn import expand_dsn

    return expand_dsn(dsn)


def _mask_dsn(dsn: str) -> str | None:
    from dbaudit.settings.dsn import mask_dsn

    return mask_dsn(dsn) if dsn else None


def _param(name: str) -> typing.Callable[[Any], Mapping[str, object]]:
    """A setting the checks' SQL reads as %(name)s (tuples as arrays)."""
    return lambda value: {name: list(value) if isinstance(value, tuple) else value}


def _suppressions_shown(rules: tuple[Suppression, ...]) -> list[dict[str, object]]:
    return [
        {"check": s.check, "table": s.table, "columns": list(s.columns), "reason": s.reason}
        for s in rules
    ]


@dataclass(frozen=True, kw_only=True)
class ScanSettings:
    """What to scan and how: each field one setting, declared once.

    The field's name is its key (dbaudit.yaml, [tool.dbaudit], a case's `config:`, the
    flags layer), `setting(...)` says the rest: its converter, whether DBAUDIT_<KEY> sets it,
    how `config show` writes it (in field order), the flag of `scan`/`fix` and its help, and
    the bind parameters the checks' SQL gets from it. Adding a setting is this one field
    (plus the flag's parameter in cli.py, if it has one); the sources and `config show`
    follow. Heuristics (naming rules for the checks) are fields of `Heuristics`.
    """

    dsn: str = setting(
        "",  # empty: libpq's PG* environment variables decide
        parse=values.text,
        env=True,
        show=_mask_dsn,
        on_merge=_expand_dsn,  # `app` alone: dbname=app
        flag=Flag(
            ("--dsn",), "Same as the DSN argument. Else DBAUDIT_DSN, else PG* vars.", "DSN", ""
        ),
    )
    schemas: tuple[str, ...] = setting(
        (),  # empty: every non-system schema
        parse=values.str_list,
        env=True,
        flag=Flag(("--schema", "-s"), "Schema to audit; repeatable.", "NAME", "all"),
        params=_param("schemas"),
    )
    fail_on: FailOn = setting(
        FailOn.CRITICAL,
        parse=values.fail_on,
        env=True,
        flag=Flag(("--fail-on",), "Exit 1 if a finding is this severe or more."),
    )
    statement_timeout: int = setting(  # milliseconds
        DEFAULT_STATEMENT_TIMEOUT_MS,
        parse=values.whole_number,
        env=True,
        flag=Flag(("--statement-timeout",), "Per-statement timeout, ms.", "MS", minimum=0),
    )
    lock_timeout: int = setting(  # milliseconds
        DEFAULT_LOCK_TIMEOUT_MS,
        parse=values.whole_number,
        env=True,
        flag=Flag(("--lock-timeout",), "Lock wait timeout, ms.", "MS", minimum=0),
    )
    # Connections running the checks' queries side by side, in the scan's snapshot; 1: the
    # scan's own connection runs them one after another.
    jobs: int = setting(
        1,
        parse=values.connections,
        env=True,
        flag=Flag(
            ("--jobs", "-j"),
            "Connections running the checks' queries in parallel, in one snapshot.",
            "N",
            minimum=1,
        ),
    )
    # The server's parallel workers per query (max_parallel_workers_per_gather) for the scan;
    # None: the server's setting. 0 spares a live primary's cores (bench/results.md).
    parallel_workers: int | None = setting(
        None,
        parse=values.optional_whole_number,
        env=True,
        flag=Flag(
            ("--parallel-workers",),
            "The server's parallel workers per query; 0 spares a live primary.",
            "N",
            "the server's",
            minimum=0,
        ),
    )
    # Folders of extra check files (relative to the configuration file that names them).
    checks: tuple[Path, ...] = setting(
        (),
        parse=values.paths,
        env=True,
        flag=Flag(("--checks",), "Folder of extra check files (*.yaml); repeatable.", "DIR", ""),
    )
    data_checks: bool = setting(
        True,
        parse=values.boolean,
        env=True,
        flag=Flag(("--no-data",), "Catalog checks only: read no table data.", None, "", False),
        # a catalog check may refine its finding from the data (NUM001 measures the digits a
        # column holds), but only when the scan may read table data
        params=_param("read_data"),
    )
    # REF001 counts orphans behind validated, enforced foreign keys too: rows loaded while the
    # RI triggers did not fire (session_replication_role = replica, a restore or COPY with
    # triggers disabled, then re-enabled) are never checked again by PostgreSQL.
    check_validated_fks: bool = setting(
        False,
        parse=values.boolean,
        env=True,
        flag=Flag(
            ("--check-validated-fks",),
            "Count orphans behind validated foreign keys too (after a load with triggers off).",
            None,
            "",
            True,
        ),
        params=_param("check_validated_fks"),
    )
    # Sample values of columns that may hold secrets or personal data, shown as they are
    # (default: redacted in every report).
    show_sensitive_samples: bool = setting(
        False,
        parse=values.boolean,
        env=True,
        flag=Flag(
            ("--show-sensitive-samples",),
            "Show sample values of secret or personal-data columns (default: redacted).",
            None,
            "",
            True,
        ),
    )
    # A scan that finds no table is refused (an empty DSN falls back to libpq's defaults and
    # scans some empty database, which would pass); True scans it anyway.
    allow_empty: bool = setting(
        False,
        parse=values.boolean,
        flag=Flag(
            ("--allow-empty",),
            "Scan even when no table is in scope (else exit 2).",
            None,
            "",
            True,
        ),
    )
    severity: Mapping[str, Severity] = setting(parse=values.severities, factory=dict)
    disable: frozenset[str] = setting(frozenset(), parse=values.upper_ids)
    # --select / --ignore: check ids or id prefixes (REF, FK002); empty select: every check.
    select: tuple[str, ...] = setting(
        (),
        parse=values.selectors,
        env=True,
        flag=Flag(
            ("--select",),
            "Run only these checks: ids or prefixes, comma-separated (REF,FK002).",
            "IDS",
            "",
            parse_values=True,
        ),
    )
    ignore: tuple[str, ...] = setting(
        (),
        parse=values.selectors,
        env=True,
        flag=Flag(
            ("--ignore",),
            "Leave out these checks: ids or prefixes (OPS,NUM001).",
            "IDS",
            "",
            parse_values=True,
        ),
    )
    # --table / --exclude-table: pg_dump-style patterns (`public.trade*`); empty: every table.
    tables: tuple[str, ...] = setting(
        (),
        parse=values.str_list,
        flag=Flag(
            ("--table", "-t"),
            "Only tables matching schema.table globs, as pg_dump -t; repeatable.",
            "PATTERN",
            "",
        ),
        params=lambda patterns: _pattern_params("table", patterns),
    )
    exclude_tables: tuple[str, ...] = setting(
        (),
        parse=values.str_list,
        flag=Flag(
            ("--exclude-table", "-T"),
            "Leave out tables matching schema.table globs, as pg_dump -T; repeatable.",
            "PATTERN",
            "",
        ),
        params=lambda patterns: _pattern_params("exclude", patterns),
    )
    suppress: tuple[Suppression, ...] = setting(
        (), parse=values.suppressions, show=_suppressions_shown
    )
    heuristics: Heuristics = field(default_factory=Heuristics)  # `heuristics:`, a mapping

    def __post_init__(self) -> None:
        for pattern in (*self.tables, *self.exclude_tables):
            table_regexes(pattern)  # a malformed pattern fails here, before any connection

    def query_params(self) -> dict[str, object]:
        """The bind parameters of the checks' SQL: the settings that declare some, and the
        heuristics."""
        params: dict[str, object] = {}
        for f in dataclasses.fields(self):
            how = declared(f)
            if how is not None and how.params is not None:
                params.update(how.params(getattr(self, f.name)))
        params.update(self.heuristics.as_params())
        return params


@cache
def settings_declared() -> dict[str, Declared]:
    """Every setting of ScanSettings by key, in `config show`'s order (heuristics apart)."""
    found = {}
    for f in dataclasses.fields(ScanSettings):
        how = declared(f)
        if how is not None:
            found[f.name] = how
    return found


@cache
def setting_parameters() -> dict[str, frozenset[str]]:
    """The bind parameters each setting gives the checks' SQL, by its key (a heuristic's is
    `heuristics.<name>`, as in `config show`'s origins); settings that bind none left out."""
    found: dict[str, frozenset[str]] = {}
    defaults = ScanSettings()
    for key, how in settings_declared().items():
        if how.params is not None:
            found[key] = frozenset(how.params(getattr(defaults, key)))
    for name, how in heuristics_declared().items():
        value = getattr(defaults.heuristics, name)
        found[f"heuristics.{name}"] = frozenset(bind_params(name, value, how))
    return found


def flag_help(key: str) -> str:
    """The help of the setting's flag, with its default ("(default: 30000)")."""
    flag = settings_declared()[key].flag
    assert flag is not None, key
    if flag.default_text == "":
        return flag.help
    default = flag.default_text
    if default is None:
        value = next(f for f in dataclasses.fields(ScanSettings) if f.name == key).default
        default = str(plain(value))
    return f"{flag.help.rstrip('.')} (default: {default})."


def _pattern_params(prefix: str, patterns: tuple[str, ...]) -> dict[str, list[str]]:
    """Patterns as two parallel arrays of regexes, for `unnest(schemas, names)` in SQL."""
    pairs = [table_regexes(pattern) for pattern in patterns]
    return {
        f"{prefix}_schema_patterns": [schema for schema, _ in pairs],
        f"{prefix}_name_patterns": [name for _, name in pairs],
    }
