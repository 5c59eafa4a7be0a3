-- dbaudit example: "AI Active Trader" trading platform (Drizzle ORM schema, rebuilt as SQL).
--
-- The tables, columns and indexes follow the hand-written audit this project started from
-- (see examples/trading/EXPECTED.md). The schema's defects are planted on purpose and listed
-- in EXPECTED.md; do not "fix" them here.
--
-- Load: this file, then data.sql, each executed whole in one transaction, as a superuser,
-- into a fresh empty database (schema public). PostgreSQL 13 to 18. No extensions.
--
-- Note: positions.strategy_id has no foreign key in this file on purpose. data.sql adds it
-- NOT VALID after inserting orphan rows (constraint positions_strategy_id_fkey).

-- ---------------------------------------------------------------------------------------
-- users, strategies
-- ---------------------------------------------------------------------------------------

CREATE TABLE users (
    id          varchar PRIMARY KEY,
    username    text NOT NULL,
    password    text NOT NULL,
    is_admin    boolean NOT NULL DEFAULT false,
    created_at  timestamp NOT NULL DEFAULT now(),
    CONSTRAINT users_username_unique UNIQUE (username)
);
COMMENT ON TABLE users IS 'Application users (authentication).';
COMMENT ON COLUMN users.password IS 'Password hash (bcrypt); one row holds plain text.';

CREATE TABLE strategies (
    id           varchar PRIMARY KEY,
    user_id      varchar REFERENCES users (id),
    name         text NOT NULL,
    type         text NOT NULL,
    description  text,
    is_active    boolean NOT NULL DEFAULT false,
    parameters   jsonb,
    created_at   timestamp NOT NULL DEFAULT now(),
    updated_at   timestamp NOT NULL DEFAULT now()
);
COMMENT ON TABLE strategies IS 'Trading strategies configured by users.';

-- ---------------------------------------------------------------------------------------
-- orders, trades, fills, positions
-- ---------------------------------------------------------------------------------------

CREATE TABLE orders (
    id               varchar PRIMARY KEY,
    broker_order_id  text NOT NULL,
    client_order_id  text,
    strategy_id      varchar REFERENCES strategies (id),
    decision_id      varchar,            -- points at ai_decisions.id, no foreign key
    symbol           text NOT NULL,
    side             text NOT NULL,
    type             text NOT NULL,
    status           text NOT NULL,
    quantity         numeric NOT NULL,
    price            numeric NOT NULL,
    submitted_at     timestamp NOT NULL DEFAULT now(),
    filled_at        timestamp,
    created_at       timestamp NOT NULL DEFAULT now(),
    updated_at       timestamp NOT NULL DEFAULT now(),
    CONSTRAINT orders_broker_order_id_unique UNIQUE (broker_order_id)
);
CREATE INDEX orders_strategy_id_created_at_idx ON orders (strategy_id, created_at);
CREATE INDEX orders_client_order_id_idx ON orders (client_order_id);
CREATE INDEX orders_symbol_idx ON orders (symbol);
CREATE INDEX orders_status_idx ON orders (status);
COMMENT ON TABLE orders IS 'Orders sent to the broker (Alpaca).';

CREATE TABLE trades (
    id           varchar PRIMARY KEY,
    strategy_id  varchar REFERENCES strategies (id),
    order_id     varchar REFERENCES orders (id),
    symbol       text NOT NULL,
    side         text NOT NULL,
    quantity     numeric NOT NULL,
    price        numeric NOT NULL,
    pnl          numeric,
    status       text NOT NULL DEFAULT 'filled',
    notes        text,
    executed_at  timestamp NOT NULL DEFAULT now()
);
COMMENT ON TABLE trades IS 'Executed trades. No indexes at all (as in the audited schema).';

CREATE TABLE fills (
    id          varchar PRIMARY KEY,
    order_id    varchar NOT NULL,        -- points at orders.id, no foreign key
    symbol      text NOT NULL,
    side        text NOT NULL,
    quantity    numeric NOT NULL,
    price       numeric NOT NULL,
    filled_at   timestamp NOT NULL,
    created_at  timestamp NOT NULL DEFAULT now()
);
CREATE INDEX fills_order_id_idx ON fills (order_id);
COMMENT ON TABLE fills IS 'Fill events received from the broker.';

CREATE TABLE positions (
    id           varchar PRIMARY KEY,
    strategy_id  varchar,                -- foreign key added NOT VALID by data.sql
    symbol       text NOT NULL,
    side         text NOT NULL,
    quantity     numeric NOT NULL,
    entry_price  numeric NOT NULL,
    opened_at    timestamp NOT NULL DEFAULT now(),
    updated_at   timestamp NOT NULL DEFAULT now()
);
COMMENT ON TABLE positions IS 'Current positions, re-synced from the broker. No unique key on symbol.';

-- ---------------------------------------------------------------------------------------
-- AI decisions
-- ---------------------------------------------------------------------------------------

CREATE TABLE ai_decisions (
    id                 varchar PRIMARY KEY,
    strategy_id        varchar REFERENCES strategies (id),
    symbol             text NOT NULL,
    action             text NOT NULL,
    confidence         numeric,
    reasoning          text,
    status             text NOT NULL DEFAULT 'pending',
    executed_trade_id  varchar REFERENCES trades (id),
    metadata           jsonb,
    created_at         timestamp NOT NULL DEFAULT now()
);
COMMENT ON TABLE ai_decisions IS 'Decisions produced by the AI engine.';

CREATE TABLE ai_decision_features (
    id             varchar PRIMARY KEY,
    decision_id    varchar NOT NULL REFERENCES ai_decisions (id),
    feature_name   text NOT NULL,
    feature_value  numeric(20, 8) NOT NULL,
    created_at     timestamp NOT NULL DEFAULT now(),
    CONSTRAINT ai_decision_features_decision_feature_unique UNIQUE (decision_id, feature_name)
);
COMMENT ON TABLE ai_decision_features IS 'Input features of each AI decision.';

CREATE TABLE ai_trade_outcomes (
    id                varchar PRIMARY KEY,
    decision_id       varchar NOT NULL REFERENCES ai_decisions (id),
    trade_id          varchar REFERENCES trades (id),
    symbol            text NOT NULL,
    outcome           text NOT NULL,
    realized_pnl      numeric(18, 8),
    holding_minutes   integer,
    created_at        timestamp NOT NULL DEFAULT now()
);
CREATE INDEX ai_trade_outcomes_decision_id_idx ON ai_trade_outcomes (decision_id);
COMMENT ON TABLE ai_trade_outcomes IS 'Realized outcome of the trades an AI decision led to.';

-- ---------------------------------------------------------------------------------------
-- work queue, agent state
-- ---------------------------------------------------------------------------------------

CREATE TABLE work_items (
    id               varchar PRIMARY KEY,
    type             text NOT NULL,
    status           text NOT NULL DEFAULT 'pending',
    payload          jsonb,
    idempotency_key  text,
    attempts         integer NOT NULL DEFAULT 0,
    max_attempts     integer NOT NULL DEFAULT 3,
    last_error       text,
    next_run_at      timestamp,
    created_at       timestamp NOT NULL DEFAULT now(),
    updated_at       timestamp NOT NULL DEFAULT now(),
    CONSTRAINT work_items_idempotency_key_unique UNIQUE (idempotency_key)
);
COMMENT ON TABLE work_items IS 'Background work queue. idempotency_key is UNIQUE but nullable.';

CREATE TABLE agent_status (
    id                  serial PRIMARY KEY,
    is_running          boolean NOT NULL DEFAULT false,
    kill_switch_active  boolean NOT NULL DEFAULT false,
    last_heartbeat      timestamp,
    updated_at          timestamp NOT NULL DEFAULT now()
);
COMMENT ON TABLE agent_status IS 'Singleton: the state of the trading agent (meant to hold one row).';

-- ---------------------------------------------------------------------------------------
-- broker reference data, market data
-- ---------------------------------------------------------------------------------------

CREATE TABLE broker_assets (
    id               varchar PRIMARY KEY,
    symbol           text NOT NULL,
    name             text NOT NULL,
    exchange         text NOT NULL,
    asset_class      text NOT NULL DEFAULT 'us_equity',
    tradable         boolean NOT NULL DEFAULT true,
    fractionable     boolean NOT NULL DEFAULT false,
    min_order_size   numeric(18, 8),
    price_increment  numeric(18, 8),
    updated_at       timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT broker_assets_symbol_unique UNIQUE (symbol)
);
COMMENT ON TABLE broker_assets IS 'Tradable assets synced from the broker.';

CREATE TABLE short_interest (
    symbol          text NOT NULL,
    analysis_date   date NOT NULL,
    short_interest  bigint NOT NULL,
    short_ratio     numeric(10, 4),
    days_to_cover   numeric(10, 2),
    created_at      timestamp NOT NULL DEFAULT now(),
    CONSTRAINT short_interest_symbol_date_unique UNIQUE (symbol, analysis_date)
);
COMMENT ON TABLE short_interest IS 'Short interest per symbol and day. Has a UNIQUE key but no primary key.';

-- ---------------------------------------------------------------------------------------
-- chat
-- ---------------------------------------------------------------------------------------

CREATE TABLE conversations (
    id          serial PRIMARY KEY,
    title       text NOT NULL,
    created_at  timestamp NOT NULL DEFAULT now()
);

CREATE TABLE messages (
    id               serial PRIMARY KEY,
    conversation_id  integer NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    role             text NOT NULL,
    content          text NOT NULL,
    created_at       timestamp NOT NULL DEFAULT now()
);
CREATE INDEX messages_conversation_id_idx ON messages (conversation_id);
COMMENT ON TABLE messages IS 'Chat messages; the one foreign key with an ON DELETE rule.';

-- ---------------------------------------------------------------------------------------
-- backtests, strategy history, signals, audit log
-- ---------------------------------------------------------------------------------------

CREATE TABLE backtest_runs (
    id                varchar PRIMARY KEY,
    strategy_id       varchar REFERENCES strategies (id),
    status            text NOT NULL,
    start_date        date NOT NULL,
    end_date          date NOT NULL,
    initial_capital   numeric(18, 2) NOT NULL,
    final_equity      numeric(18, 2),
    total_return_pct  numeric(10, 4),
    trade_count       integer,
    metrics           jsonb,
    created_at        timestamp NOT NULL DEFAULT now(),
    CONSTRAINT backtest_runs_metrics_is_object CHECK (jsonb_typeof(metrics) = 'object')
);
COMMENT ON TABLE backtest_runs IS 'Backtests of a strategy over a date range.';

CREATE TABLE strategy_versions (
    id           varchar PRIMARY KEY,
    strategy_id  varchar NOT NULL REFERENCES strategies (id),
    version      integer NOT NULL,
    change_note  text,
    created_at   timestamp NOT NULL DEFAULT now(),
    -- strategy_id is the second key column: this index does not cover the foreign key.
    CONSTRAINT strategy_versions_version_strategy_unique UNIQUE (version, strategy_id)
);
COMMENT ON TABLE strategy_versions IS 'History of strategy changes.';

CREATE TABLE strategy_signals (
    id            varchar PRIMARY KEY,
    "strategyId"  varchar NOT NULL,      -- camelCase, points at strategies.id, no foreign key
    symbol        text NOT NULL,
    signal        text NOT NULL,
    strength      numeric(5, 4),
    created_at    timestamp NOT NULL DEFAULT now()
);
COMMENT ON TABLE strategy_signals IS 'Signals emitted by strategies (camelCase column from an older migration).';

CREATE TABLE audit_logs (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     varchar,                 -- points at users.id, no foreign key
    action      text NOT NULL,
    resource    text NOT NULL,
    details     jsonb,
    ip_address  text,
    created_at  timestamp NOT NULL DEFAULT now()
);
COMMENT ON TABLE audit_logs IS 'Audit trail of user actions.';
