-- ==== sql/1708676327.sql (its '-- +migrate Up' sections)
CREATE SCHEMA IF NOT EXISTS blnk;


CREATE TABLE IF NOT EXISTS blnk.ledgers
(
    id         SERIAL PRIMARY KEY,
    name       TEXT,
    ledger_id  TEXT      NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    meta_data  JSONB
);


CREATE TABLE IF NOT EXISTS blnk.identity
(
    id                SERIAL PRIMARY KEY,
    identity_id       TEXT      NOT NULL UNIQUE,
    first_name        TEXT      NOT NULL,
    last_name         TEXT      NOT NULL,
    other_names       TEXT,
    gender            TEXT,
    dob               DATE,
    email_address     TEXT,
    phone_number      TEXT,
    nationality       TEXT,
    street            TEXT,
    country           TEXT,
    state             TEXT,
    organization_name TEXT,
    category          TEXT,
    identity_type     TEXT,
    post_code         TEXT,
    city              TEXT,
    created_at        TIMESTAMP NOT NULL DEFAULT NOW(),
    meta_data         JSONB
);


CREATE TABLE IF NOT EXISTS blnk.balances
(
    id                  SERIAL PRIMARY KEY,
    balance_id          TEXT      NOT NULL UNIQUE,
    indicator           TEXT,
    balance             BIGINT    NOT NULL,
    credit_balance      BIGINT    NOT NULL,
    debit_balance       BIGINT    NOT NULL,
    currency            TEXT      NOT NULL,
    currency_multiplier BIGINT    NOT NULL,
    ledger_id           TEXT      NOT NULL REFERENCES blnk.LEDGERS (ledger_id),
    identity_id         TEXT REFERENCES blnk.IDENTITY (identity_id),
    created_at          TIMESTAMP NOT NULL DEFAULT NOW(),
    modification_ref    TEXT,
    meta_data           JSONB
);


CREATE TABLE IF NOT EXISTS blnk.accounts
(
    id          SERIAL PRIMARY KEY,
    account_id  TEXT      NOT NULL UNIQUE,
    name        TEXT      NOT NULL,
    number      TEXT      NOT NULL UNIQUE,
    bank_name   TEXT      NOT NULL,
    currency    TEXT      NOT NULL,
    created_at  TIMESTAMP NOT NULL DEFAULT NOW(),
    ledger_id   TEXT      NOT NULL REFERENCES blnk.LEDGERS (ledger_id),
    identity_id TEXT      NOT NULL REFERENCES blnk.IDENTITY (identity_id),
    balance_id  TEXT      NOT NULL REFERENCES blnk.BALANCES (balance_id),
    meta_data   JSONB
);


CREATE TABLE IF NOT EXISTS blnk.balance_monitors
(
    id            SERIAL PRIMARY KEY,
    monitor_id    TEXT      NOT NULL UNIQUE,
    balance_id    TEXT      NOT NULL REFERENCES blnk.BALANCES (balance_id),
    field         TEXT      NOT NULL CHECK (field IN ('debit_balance', 'credit_balance', 'balance')),
    operator      TEXT      NOT NULL CHECK (operator IN ('>', '<', '>=', '<=', '=')),
    value         BIGINT    NOT NULL,
    description   TEXT,
    call_back_url TEXT,
    created_at    TIMESTAMP NOT NULL DEFAULT NOW()
);


CREATE TABLE IF NOT EXISTS blnk.transactions
(
    id             SERIAL PRIMARY KEY,
    transaction_id TEXT      NOT NULL UNIQUE,
    source         TEXT,
    destination    TEXT,
    description    TEXT,
    reference      TEXT,
    amount         BIGINT,
    currency       TEXT,
    status         TEXT,
    hash         TEXT,
    created_at     TIMESTAMP NOT NULL DEFAULT NOW(),
    scheduled_for  TIMESTAMP,
    meta_data      JSONB,
    CONSTRAINT fk_source_balance FOREIGN KEY (source) REFERENCES blnk.balances (balance_id),
    CONSTRAINT fk_destination_balance FOREIGN KEY (destination) REFERENCES blnk.balances (balance_id)
);


CREATE INDEX idx_transactions_reference ON blnk.transactions (reference);
CREATE INDEX idx_balances_indicator ON blnk.balances (indicator);
CREATE UNIQUE INDEX idx_unique_indicator_on_non_nulls ON blnk.balances (indicator) WHERE indicator IS NOT NULL;


INSERT INTO blnk.ledgers (name, ledger_id, created_at, meta_data)
VALUES ('General Ledger', 'general_ledger_id', NOW(), '{}')
ON CONFLICT (ledger_id) DO NOTHING;

-- ==== sql/1711640389.sql (its '-- +migrate Up' sections)
ALTER TABLE blnk.balances ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;

-- ==== sql/1712395973.sql (its '-- +migrate Up' sections)
ALTER TABLE blnk.balances ADD COLUMN inflight_balance BIGINT DEFAULT 0 NOT NULL;;
ALTER TABLE blnk.balances ADD COLUMN inflight_credit_balance BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE blnk.balances ADD COLUMN inflight_debit_balance BIGINT DEFAULT 0 NOT NULL;

-- ==== sql/1712660388.sql (its '-- +migrate Up' sections)
ALTER TABLE blnk.transactions ALTER COLUMN amount TYPE FLOAT USING amount::FLOAT;
ALTER TABLE blnk.transactions ADD COLUMN precise_amount BIGINT;
ALTER TABLE blnk.transactions ADD COLUMN precision BIGINT DEFAULT 1;
ALTER TABLE blnk.transactions ADD COLUMN rate BIGINT DEFAULT 1;



DROP INDEX IF EXISTS blnk.idx_unique_indicator_on_non_nulls;

-- ==== sql/1712749737.sql (its '-- +migrate Up' sections)
create or replace function blnk.get_balances_by_id(source_id TEXT, destination_id TEXT)
    returns table(balance_id TEXT, currency TEXT, currency_multiplier BIGINT,ledger_id TEXT, balance BIGINT, credit_balance BIGINT, debit_balance BIGINT, inflight_balance BIGINT, inflight_credit_balance BIGINT, inflight_debit_balance BIGINT, created_at TIMESTAMP, version INTEGER)
    language sql
    immutable
    strict
as
$$
select b.balance_id,b.currency,b.currency_multiplier,b.ledger_id,b.balance,b.credit_balance,b.debit_balance,b.inflight_balance,b.inflight_credit_balance,b.inflight_debit_balance,b.created_at,b.version FROM blnk.balances b WHERE b.balance_id IN (source_id, destination_id)
$$;


-- +migrate StatementBegin
create or replace FUNCTION blnk.capture_changes()
    returns TRIGGER
as
$$
declare
    payload JSON;
begin
    payload := json_build_object(
            'table', TG_TABLE_NAME,
            'data', row_to_json(NEW)
        );
    perform pg_notify('data_change', payload::text);
    return NEW;
end;
$$
language plpgsql;
-- +migrate StatementEnd


CREATE TRIGGER transaction_after_insert AFTER INSERT ON blnk.transactions  FOR EACH ROW EXECUTE FUNCTION blnk.capture_changes();
CREATE TRIGGER ledger_after_insert AFTER INSERT ON blnk.ledgers FOR EACH ROW EXECUTE FUNCTION blnk.capture_changes();
CREATE TRIGGER balance_after_insert AFTER INSERT ON blnk.balances FOR EACH ROW EXECUTE FUNCTION blnk.capture_changes();
CREATE TRIGGER balance_after_update AFTER UPDATE ON blnk.balances FOR EACH ROW EXECUTE FUNCTION blnk.capture_changes();

-- ==== sql/1713790634.sql (its '-- +migrate Up' sections)
ALTER TABLE blnk.balance_monitors DROP CONSTRAINT IF EXISTS balance_monitors_field_check;
ALTER TABLE blnk.balance_monitors ADD CONSTRAINT balance_monitors_field_check CHECK (field IN ('debit_balance', 'credit_balance', 'balance', 'inflight_debit_balance', 'inflight_credit_balance', 'inflight_balance'));
ALTER TABLE blnk.balance_monitors DROP CONSTRAINT IF EXISTS balance_monitors_operator_check;
ALTER TABLE blnk.balance_monitors ADD CONSTRAINT balance_monitors_operator_check CHECK (operator IN ('>', '<', '>=', '<=', '=', '!='));

-- ==== sql/1714213688.sql (its '-- +migrate Up' sections)
ALTER TABLE blnk.transactions ADD COLUMN parent_transaction TEXT;

-- ==== sql/1715045770.sql (its '-- +migrate Up' sections)
ALTER TABLE blnk.balance_monitors ADD COLUMN precision FLOAT;
ALTER TABLE blnk.balance_monitors ADD COLUMN precise_value BIGINT;

-- ==== sql/1721227454.sql (its '-- +migrate Up' sections)
CREATE INDEX IF NOT EXISTS idx_transactions_status ON blnk.transactions (status);
CREATE INDEX IF NOT EXISTS idx_transactions_parent_transaction ON blnk.transactions (parent_transaction);

-- ==== sql/1721922047.sql (its '-- +migrate Up' sections)
CREATE SCHEMA IF NOT EXISTS blnk;

-- Create reconciliations table
CREATE TABLE IF NOT EXISTS blnk.reconciliations (
    id SERIAL PRIMARY KEY,
    reconciliation_id TEXT NOT NULL,
    upload_id TEXT NOT NULL,
    status VARCHAR(50) NOT NULL,
    matched_transactions INT NOT NULL,
    unmatched_transactions INT NOT NULL,
    started_at TIMESTAMP NOT NULL,
    completed_at TIMESTAMP
);

-- Create matches table
CREATE TABLE IF NOT EXISTS blnk.matches (
    id SERIAL PRIMARY KEY,
    external_transaction_id TEXT NOT NULL,
    internal_transaction_id TEXT NOT NULL,
    reconciliation_id TEXT NOT NULL,
    amount NUMERIC(12, 2) NOT NULL,
    date TIMESTAMP NOT NULL
);

-- Create unmatched table
CREATE TABLE IF NOT EXISTS blnk.unmatched (
    id SERIAL PRIMARY KEY,
    external_transaction_id TEXT NOT NULL,
    reconciliation_id TEXT NOT NULL,
    date TIMESTAMP NOT NULL
);

-- Create external_transactions table
CREATE TABLE IF NOT EXISTS blnk.external_transactions (
    id TEXT PRIMARY KEY,
    amount NUMERIC(12, 2) NOT NULL,
    reference VARCHAR(255) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    description TEXT,
    date TIMESTAMP NOT NULL,
    source VARCHAR(255) NOT NULL,
    upload_id TEXT NOT NULL
);

-- Create reconciliation_progress table
CREATE TABLE IF NOT EXISTS blnk.reconciliation_progress (
    processed_count BIGINT,
    reconciliation_id TEXT UNIQUE,
    last_processed_external_txn_id TEXT
);

-- Create matching_rules table
CREATE TABLE IF NOT EXISTS blnk.matching_rules (
    id SERIAL PRIMARY KEY,
    rule_id TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    name VARCHAR(255) NOT NULL,
    description TEXT,
    criteria JSONB NOT NULL
);

-- Create indexes
CREATE INDEX idx_reconciliations_upload_id ON blnk.reconciliations (upload_id);
CREATE INDEX idx_external_transactions_upload_id ON blnk.external_transactions (upload_id);
CREATE INDEX idx_reconciliations_progress_id ON blnk.reconciliation_progress (reconciliation_id);

-- ==== sql/1723454727.sql (its '-- +migrate Up' sections)
ALTER TABLE blnk.balances
    ALTER COLUMN balance TYPE NUMERIC USING balance::NUMERIC,
    ALTER COLUMN credit_balance TYPE NUMERIC USING credit_balance::NUMERIC,
    ALTER COLUMN debit_balance TYPE NUMERIC USING debit_balance::NUMERIC,
    ALTER COLUMN currency_multiplier TYPE NUMERIC USING currency_multiplier::NUMERIC;

-- ==== sql/1736998493.sql (its '-- +migrate Up' sections)
ALTER TABLE blnk.transactions ALTER COLUMN rate TYPE FLOAT;

-- ==== sql/1740373196.sql (its '-- +migrate Up' sections)
CREATE TABLE IF NOT EXISTS blnk.balance_snapshots
(
    id                      SERIAL PRIMARY KEY,
    balance_id              TEXT      NOT NULL REFERENCES blnk.balances (balance_id),
    ledger_id              TEXT      NOT NULL REFERENCES blnk.ledgers (ledger_id),
    balance                 BIGINT    NOT NULL,
    credit_balance         BIGINT    NOT NULL,
    debit_balance          BIGINT    NOT NULL,
    inflight_balance       BIGINT    NOT NULL,
    inflight_credit_balance BIGINT    NOT NULL,
    inflight_debit_balance  BIGINT    NOT NULL,
    currency               TEXT      NOT NULL,
    snapshot_time          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at             TIMESTAMP NOT NULL,
    last_tx_id             TEXT,
    meta_data              JSONB
);


CREATE INDEX idx_balance_snapshots_balance_id ON blnk.balance_snapshots(balance_id);
CREATE INDEX idx_balance_snapshots_snapshot_time ON blnk.balance_snapshots(snapshot_time);
CREATE INDEX idx_balance_snapshots_ledger_time ON blnk.balance_snapshots(ledger_id, snapshot_time);

-- ==== sql/1740373636.sql (its '-- +migrate Up' sections)
-- +migrate StatementBegin
CREATE OR REPLACE FUNCTION blnk.take_daily_balance_snapshots_batched(batch_size INTEGER DEFAULT 1000)
    RETURNS INTEGER
    LANGUAGE plpgsql
    STRICT
AS $$
DECLARE
    v_last_processed_id BIGINT := 0;
    v_max_id BIGINT;
    v_total_processed INTEGER := 0;
    v_batch_count INTEGER;
BEGIN
    -- Get the maximum ID first to know when to stop
    SELECT MAX(id) INTO v_max_id FROM blnk.balances;
    
    LOOP
        WITH batch AS (
            SELECT 
                b.id,
                b.balance_id,
                b.ledger_id,
                b.balance,
                b.credit_balance,
                b.debit_balance,
                b.inflight_balance,
                b.inflight_credit_balance,
                b.inflight_debit_balance,
                b.currency,
                b.created_at,
                b.meta_data
            FROM blnk.balances b
            WHERE b.id > v_last_processed_id
            AND NOT EXISTS (
                SELECT 1 
                FROM blnk.balance_snapshots bs
                WHERE bs.balance_id = b.balance_id
                AND DATE_TRUNC('day', bs.snapshot_time) = DATE_TRUNC('day', NOW())
            )
            ORDER BY b.id
            LIMIT batch_size
        )
        INSERT INTO blnk.balance_snapshots (
            balance_id,
            ledger_id,
            balance,
            credit_balance,
            debit_balance,
            inflight_balance,
            inflight_credit_balance,
            inflight_debit_balance,
            currency,
            snapshot_time,
            created_at,
            last_tx_id,
            meta_data
        )
        SELECT 
            b.balance_id,
            b.ledger_id,
            b.balance,
            b.credit_balance,
            b.debit_balance,
            b.inflight_balance,
            b.inflight_credit_balance,
            b.inflight_debit_balance,
            b.currency,
            DATE_TRUNC('day', NOW()),
            b.created_at,
            COALESCE((
                SELECT t.transaction_id 
                FROM blnk.transactions t
                WHERE t.source = b.balance_id OR t.destination = b.balance_id
                ORDER BY t.created_at DESC 
                LIMIT 1
            ), NULL),
            b.meta_data
        FROM batch b;

        GET DIAGNOSTICS v_batch_count = ROW_COUNT;
        v_total_processed := v_total_processed + v_batch_count;
        
        -- Get the last ID processed in this batch
        SELECT COALESCE(MAX(id), v_max_id) INTO v_last_processed_id
        FROM blnk.balances
        WHERE id > v_last_processed_id
        ORDER BY id
        LIMIT batch_size;

        -- Exit if we've processed everything or no more records to process
        EXIT WHEN v_batch_count = 0 OR v_last_processed_id >= v_max_id;
    END LOOP;

    RETURN v_total_processed;
END;
$$;
-- +migrate StatementEnd

-- ==== sql/1740486534.sql (its '-- +migrate Up' sections)
-- +migrate StatementBegin
CREATE OR REPLACE FUNCTION blnk.take_daily_balance_snapshots_batched(batch_size INTEGER DEFAULT 1000)
    RETURNS INTEGER
    LANGUAGE plpgsql
    STRICT
AS $$
DECLARE
    v_last_processed_id BIGINT := 0;
    v_max_id BIGINT;
    v_total_processed INTEGER := 0;
    v_batch_count INTEGER;
BEGIN
    -- Get the maximum ID first to know when to stop
    SELECT MAX(id) INTO v_max_id FROM blnk.balances;
    
    LOOP
        WITH batch AS (
            SELECT 
                b.id,
                b.balance_id,
                b.ledger_id,
                b.balance,
                b.credit_balance,
                b.debit_balance,
                b.inflight_balance,
                b.inflight_credit_balance,
                b.inflight_debit_balance,
                b.currency,
                b.created_at,
                b.meta_data
            FROM blnk.balances b
            WHERE b.id > v_last_processed_id
            AND NOT EXISTS (
                SELECT 1 
                FROM blnk.balance_snapshots bs
                WHERE bs.balance_id = b.balance_id
                AND DATE_TRUNC('day', bs.snapshot_time) = DATE_TRUNC('day', NOW())
            )
            ORDER BY b.id
            LIMIT batch_size
        )
        INSERT INTO blnk.balance_snapshots (
            balance_id,
            ledger_id,
            balance,
            credit_balance,
            debit_balance,
            inflight_balance,
            inflight_credit_balance,
            inflight_debit_balance,
            currency,
            snapshot_time,
            created_at,
            last_tx_id,
            meta_data
        )
        SELECT 
            b.balance_id,
            b.ledger_id,
            b.balance,
            b.credit_balance,
            b.debit_balance,
            b.inflight_balance,
            b.inflight_credit_balance,
            b.inflight_debit_balance,
            b.currency,
            DATE_TRUNC('day', NOW()),
            b.created_at,
            (
                SELECT t.transaction_id 
                FROM blnk.transactions t
                WHERE t.source = b.balance_id OR t.destination = b.balance_id
                ORDER BY t.created_at DESC 
                LIMIT 1
            ),
            b.meta_data
        FROM batch b;

        GET DIAGNOSTICS v_batch_count = ROW_COUNT;
        v_total_processed := v_total_processed + v_batch_count;
        
        -- Get the last ID processed in this batch
        SELECT MAX(id) INTO v_last_processed_id
        FROM (
            SELECT id 
            FROM blnk.balances
            WHERE id > v_last_processed_id
            ORDER BY id
            LIMIT batch_size
        ) AS latest_batch;

        -- Exit if we've processed everything or no more records to process
        EXIT WHEN v_batch_count = 0 OR v_last_processed_id >= v_max_id;
    END LOOP;

    RETURN v_total_processed;
END;
$$;
-- +migrate StatementEnd

-- ==== sql/1740493523.sql (its '-- +migrate Up' sections)
-- +migrate StatementBegin
CREATE OR REPLACE FUNCTION blnk.take_daily_balance_snapshots_batched(batch_size INTEGER DEFAULT 1000)
    RETURNS INTEGER
    LANGUAGE plpgsql
    STRICT
AS $$
DECLARE
    v_last_processed_id BIGINT := 0;
    v_max_id BIGINT;
    v_total_processed INTEGER := 0;
    v_batch_count INTEGER;
    v_current_time TIMESTAMP;
BEGIN
    -- Store the current time to use consistently throughout the function
    v_current_time := NOW();
    
    -- Get the maximum ID first to know when to stop
    SELECT MAX(id) INTO v_max_id FROM blnk.balances;
    
    LOOP
        WITH batch AS (
            SELECT 
                b.id,
                b.balance_id,
                b.ledger_id,
                b.balance,
                b.credit_balance,
                b.debit_balance,
                b.inflight_balance,
                b.inflight_credit_balance,
                b.inflight_debit_balance,
                b.currency,
                b.created_at,
                b.meta_data
            FROM blnk.balances b
            WHERE b.id > v_last_processed_id
            AND NOT EXISTS (
                SELECT 1 
                FROM blnk.balance_snapshots bs
                WHERE bs.balance_id = b.balance_id
                AND DATE_TRUNC('day', bs.snapshot_time) = DATE_TRUNC('day', v_current_time)
            )
            ORDER BY b.id
            LIMIT batch_size
        )
        INSERT INTO blnk.balance_snapshots (
            balance_id,
            ledger_id,
            balance,
            credit_balance,
            debit_balance,
            inflight_balance,
            inflight_credit_balance,
            inflight_debit_balance,
            currency,
            snapshot_time,
            created_at,
            last_tx_id,
            meta_data
        )
        SELECT 
            b.balance_id,
            b.ledger_id,
            b.balance,
            b.credit_balance,
            b.debit_balance,
            b.inflight_balance,
            b.inflight_credit_balance,
            b.inflight_debit_balance,
            b.currency,
            v_current_time,  -- Use the actual current time, not truncated to day
            v_current_time,  -- Set created_at to the same exact timestamp
            (
                SELECT t.transaction_id 
                FROM blnk.transactions t
                WHERE t.source = b.balance_id OR t.destination = b.balance_id
                ORDER BY t.created_at DESC 
                LIMIT 1
            ),
            b.meta_data
        FROM batch b;

        GET DIAGNOSTICS v_batch_count = ROW_COUNT;
        v_total_processed := v_total_processed + v_batch_count;
        
        -- Get the last ID processed in this batch
        SELECT MAX(id) INTO v_last_processed_id
        FROM (
            SELECT id 
            FROM blnk.balances
            WHERE id > v_last_processed_id
            ORDER BY id
            LIMIT batch_size
        ) AS latest_batch;

        -- Exit if we've processed everything or no more records to process
        EXIT WHEN v_batch_count = 0 OR v_last_processed_id >= v_max_id;
    END LOOP;

    RETURN v_total_processed;
END;
$$;
-- +migrate StatementEnd

-- ==== sql/1741007609.sql (its '-- +migrate Up' sections)
ALTER TABLE blnk.transactions ADD COLUMN effective_date TIMESTAMP;

-- ==== sql/1741695343.sql (its '-- +migrate Up' sections)
CREATE TABLE IF NOT EXISTS blnk.api_keys (
   id         SERIAL PRIMARY KEY,
   api_key_id TEXT NOT NULL UNIQUE,
   key        TEXT NOT NULL UNIQUE,
   name       TEXT NOT NULL,
   owner_id   TEXT NOT NULL,
   scopes     TEXT[] NOT NULL DEFAULT '{}',
   expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
   created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
   last_used_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
   is_revoked BOOLEAN NOT NULL DEFAULT FALSE,
   revoked_at TIMESTAMP WITH TIME ZONE
);


CREATE INDEX IF NOT EXISTS idx_api_keys_owner_id ON blnk.api_keys(owner_id);
CREATE INDEX IF NOT EXISTS idx_api_keys_key ON blnk.api_keys(key);

-- ==== sql/1741885443.sql (its '-- +migrate Up' sections)
ALTER TABLE blnk.transactions ALTER COLUMN amount TYPE NUMERIC USING amount::NUMERIC;
ALTER TABLE blnk.transactions ALTER COLUMN precise_amount TYPE NUMERIC USING precise_amount::NUMERIC;

ALTER TABLE blnk.balances ALTER COLUMN balance TYPE NUMERIC;
ALTER TABLE blnk.balances ALTER COLUMN credit_balance TYPE NUMERIC;
ALTER TABLE blnk.balances ALTER COLUMN debit_balance TYPE NUMERIC;

ALTER TABLE blnk.balances ALTER COLUMN inflight_balance TYPE NUMERIC;
ALTER TABLE blnk.balances ALTER COLUMN inflight_credit_balance TYPE NUMERIC;
ALTER TABLE blnk.balances ALTER COLUMN inflight_debit_balance TYPE NUMERIC;

-- ==== sql/1742098199.sql (its '-- +migrate Up' sections)
-- +migrate StatementBegin
CREATE OR REPLACE FUNCTION blnk.prevent_transaction_update()
    RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    -- Allow updates to meta_data column
    IF (NEW.meta_data IS DISTINCT FROM OLD.meta_data) AND (
        NEW.transaction_id = OLD.transaction_id AND
        NEW.source = OLD.source AND
        NEW.destination = OLD.destination AND
        NEW.description = OLD.description AND
        NEW.reference = OLD.reference AND
        NEW.amount = OLD.amount AND
        NEW.currency = OLD.currency AND
        NEW.status = OLD.status AND
        NEW.hash = OLD.hash AND
        NEW.created_at = OLD.created_at AND
        NEW.scheduled_for = OLD.scheduled_for
    ) THEN
        RETURN NEW;
    ELSE
        RAISE EXCEPTION 'Cannot modify transaction data. Only meta_data field can be updated.';
    END IF;
END;
$$;
-- +migrate StatementEnd

-- +migrate StatementBegin
-- Drop the trigger if it exists and recreate it
DROP TRIGGER IF EXISTS prevent_transaction_update_trigger ON blnk.transactions;

CREATE TRIGGER prevent_transaction_update_trigger
    BEFORE UPDATE ON blnk.transactions
    FOR EACH ROW
    EXECUTE FUNCTION blnk.prevent_transaction_update();
-- +migrate StatementEnd

-- ==== sql/1742098787.sql (its '-- +migrate Up' sections)
ALTER TABLE blnk.balance_snapshots ALTER COLUMN balance TYPE NUMERIC USING balance::NUMERIC;
ALTER TABLE blnk.balance_snapshots ALTER COLUMN credit_balance TYPE NUMERIC USING credit_balance::NUMERIC;
ALTER TABLE blnk.balance_snapshots ALTER COLUMN debit_balance TYPE NUMERIC USING debit_balance::NUMERIC;

ALTER TABLE blnk.balance_snapshots ALTER COLUMN inflight_balance TYPE NUMERIC USING inflight_balance::NUMERIC;
ALTER TABLE blnk.balance_snapshots ALTER COLUMN inflight_credit_balance TYPE NUMERIC USING inflight_credit_balance::NUMERIC;
ALTER TABLE blnk.balance_snapshots ALTER COLUMN inflight_debit_balance TYPE NUMERIC USING inflight_debit_balance::NUMERIC;

-- ==== sql/1742099489.sql (its '-- +migrate Up' sections)
-- +migrate StatementBegin
CREATE OR REPLACE FUNCTION blnk.prevent_snapshot_update()
   RETURNS TRIGGER
   LANGUAGE plpgsql
AS $$
BEGIN
   -- Allow updates to meta_data column only
   IF (NEW.meta_data IS DISTINCT FROM OLD.meta_data) AND (
       NEW.balance_id = OLD.balance_id AND
       NEW.ledger_id = OLD.ledger_id AND
       NEW.balance = OLD.balance AND
       NEW.credit_balance = OLD.credit_balance AND
       NEW.debit_balance = OLD.debit_balance AND
       NEW.inflight_balance = OLD.inflight_balance AND
       NEW.inflight_credit_balance = OLD.inflight_credit_balance AND
       NEW.inflight_debit_balance = OLD.inflight_debit_balance AND
       NEW.currency = OLD.currency AND
       NEW.snapshot_time = OLD.snapshot_time AND
       NEW.created_at = OLD.created_at AND
       NEW.last_tx_id = OLD.last_tx_id
   ) THEN
       RETURN NEW;
   ELSE
       RAISE EXCEPTION 'Cannot modify balance snapshot data. Only meta_data field can be updated.';
   END IF;
END;
$$;
-- +migrate StatementEnd

-- +migrate StatementBegin
-- Drop the trigger if it exists and recreate it
DROP TRIGGER IF EXISTS prevent_snapshot_update_trigger ON blnk.balance_snapshots;

CREATE TRIGGER prevent_snapshot_update_trigger
   BEFORE UPDATE ON blnk.balance_snapshots
   FOR EACH ROW
   EXECUTE FUNCTION blnk.prevent_snapshot_update();
-- +migrate StatementEnd

-- ==== sql/1742100059.sql (its '-- +migrate Up' sections)
-- +migrate StatementBegin
-- Create the transaction journal table
CREATE TABLE IF NOT EXISTS blnk.transaction_journal (
    id SERIAL PRIMARY KEY,
    transaction_id TEXT NOT NULL,
    action_type TEXT NOT NULL CHECK (action_type IN ('INSERT', 'UPDATE', 'DELETE')),
    client_addr INET,
    backend_pid INTEGER,
    timestamp TIMESTAMP NOT NULL DEFAULT NOW(),
    old_data JSONB,
    new_data JSONB,
    succeeded BOOLEAN NOT NULL
);

-- Create the logging function
CREATE OR REPLACE FUNCTION blnk.log_transaction_changes()
RETURNS TRIGGER AS $$
BEGIN
    IF (TG_OP = 'UPDATE') THEN
        INSERT INTO blnk.transaction_journal (
            transaction_id, action_type, client_addr, backend_pid, timestamp, 
            old_data, new_data, succeeded
        ) VALUES (
            OLD.transaction_id, 'UPDATE', 
            CASE WHEN pg_catalog.inet_client_addr() IS NULL 
                THEN NULL 
                ELSE inet(pg_catalog.inet_client_addr()) 
            END,
            pg_backend_pid(),
            NOW(),
            row_to_json(OLD)::jsonb, row_to_json(NEW)::jsonb, TRUE
        );
    ELSIF (TG_OP = 'INSERT') THEN
        INSERT INTO blnk.transaction_journal (
            transaction_id, action_type, client_addr, backend_pid, timestamp, 
            old_data, new_data, succeeded
        ) VALUES (
            NEW.transaction_id, 'INSERT', 
            CASE WHEN pg_catalog.inet_client_addr() IS NULL 
                THEN NULL 
                ELSE inet(pg_catalog.inet_client_addr()) 
            END,
            pg_backend_pid(),
            NOW(),
            NULL, row_to_json(NEW)::jsonb, TRUE
        );
    ELSIF (TG_OP = 'DELETE') THEN
        INSERT INTO blnk.transaction_journal (
            transaction_id, action_type, client_addr, backend_pid, timestamp, 
            old_data, new_data, succeeded
        ) VALUES (
            OLD.transaction_id, 'DELETE', 
            CASE WHEN pg_catalog.inet_client_addr() IS NULL 
                THEN NULL 
                ELSE inet(pg_catalog.inet_client_addr()) 
            END,
            pg_backend_pid(),
            NOW(),
            row_to_json(OLD)::jsonb, NULL, TRUE
        );
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
-- +migrate StatementEnd

-- +migrate StatementBegin
-- Create the trigger to use the function
DROP TRIGGER IF EXISTS log_transaction_changes_trigger ON blnk.transactions;

CREATE TRIGGER log_transaction_changes_trigger
AFTER INSERT OR UPDATE OR DELETE ON blnk.transactions
FOR EACH ROW EXECUTE FUNCTION blnk.log_transaction_changes();
-- +migrate StatementEnd

-- ==== sql/1742101752.sql (its '-- +migrate Up' sections)
-- +migrate StatementBegin
CREATE OR REPLACE FUNCTION blnk.reconcile_balance_from_transactions()
RETURNS TRIGGER AS $$
DECLARE
    v_debit_balance NUMERIC := 0;
    v_credit_balance NUMERIC := 0;
    v_balance NUMERIC := 0;
    v_debug_info JSONB;
BEGIN
    -- Check if the reconciliation flag is set in the metadata
    IF NEW.meta_data IS NOT NULL AND 
       jsonb_typeof(NEW.meta_data) = 'object' AND
       NEW.meta_data ? 'BLNK_RUN_RECONCILIATION' AND 
       NEW.meta_data->>'BLNK_RUN_RECONCILIATION' = 'SOURCE' THEN
        
        -- Calculate debit balance (where this balance is the source)
        SELECT COALESCE(SUM(CASE WHEN precise_amount IS NULL THEN amount ELSE precise_amount END), 0)
        INTO v_debit_balance
        FROM blnk.transactions
        WHERE source = NEW.balance_id
        AND status = 'APPLIED';

        -- Calculate credit balance (where this balance is the destination)
        SELECT COALESCE(SUM(CASE WHEN precise_amount IS NULL THEN amount ELSE precise_amount END), 0)
        INTO v_credit_balance
        FROM blnk.transactions
        WHERE destination = NEW.balance_id
        AND status = 'APPLIED';

        -- Calculate the final balance
        v_balance := v_credit_balance - v_debit_balance;

        -- Update the balance with recalculated values
        NEW.debit_balance := v_debit_balance;
        NEW.credit_balance := v_credit_balance;
        NEW.balance := v_balance;
        
        -- Build reconciliation result info
        v_debug_info := jsonb_build_object(
            'executed_at', now()::text,
            'previous_debit', OLD.debit_balance::text,
            'previous_credit', OLD.credit_balance::text,
            'previous_balance', OLD.balance::text,
            'recalculated_debit', v_debit_balance::text,
            'recalculated_credit', v_credit_balance::text,
            'recalculated_balance', v_balance::text,
            'difference', (v_balance - OLD.balance)::text
        );
        
        -- Remove the reconciliation flag from metadata
        NEW.meta_data := NEW.meta_data - 'BLNK_RUN_RECONCILIATION';
        
        -- Add reconciliation result to metadata
        NEW.meta_data := jsonb_set(NEW.meta_data, '{BLNK_RECONCILIATION_RESULT}', v_debug_info);
    END IF;
    
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
-- +migrate StatementEnd

-- +migrate StatementBegin
DROP TRIGGER IF EXISTS reconcile_balance_trigger ON blnk.balances;

CREATE TRIGGER reconcile_balance_trigger
BEFORE UPDATE ON blnk.balances
FOR EACH ROW EXECUTE FUNCTION blnk.reconcile_balance_from_transactions();
-- +migrate StatementEnd

-- ==== sql/1742400213.sql (its '-- +migrate Up' sections)
-- +migrate StatementBegin
CREATE OR REPLACE FUNCTION blnk.prevent_transaction_update()
    RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    -- Allow updates to meta_data column regardless of whether it's changed or not
    IF (
        NEW.transaction_id = OLD.transaction_id AND
        NEW.source = OLD.source AND
        NEW.destination = OLD.destination AND
        NEW.description = OLD.description AND
        NEW.reference = OLD.reference AND
        NEW.amount = OLD.amount AND
        NEW.currency = OLD.currency AND
        NEW.status = OLD.status AND
        NEW.hash = OLD.hash AND
        NEW.created_at = OLD.created_at AND
        NEW.scheduled_for = OLD.scheduled_for
    ) THEN
        -- Only meta_data is potentially different, which is allowed
        RETURN NEW;
    ELSE
        RAISE EXCEPTION 'Cannot modify transaction data. Only meta_data field can be updated.';
    END IF;
END;
$$;
-- +migrate StatementEnd

-- +migrate StatementBegin
-- Drop the trigger if it exists and recreate it
DROP TRIGGER IF EXISTS prevent_transaction_update_trigger ON blnk.transactions;

CREATE TRIGGER prevent_transaction_update_trigger
    BEFORE UPDATE ON blnk.transactions
    FOR EACH ROW
    EXECUTE FUNCTION blnk.prevent_transaction_update();
-- +migrate StatementEnd

-- ==== sql/1748323024.sql (its '-- +migrate Up' sections)
ALTER TABLE blnk.balances ADD CONSTRAINT unique_indicator_currency UNIQUE (indicator, currency);

-- ==== sql/1765154909.sql (its '-- +migrate Up' sections)
ALTER TABLE blnk.external_transactions ALTER COLUMN currency TYPE TEXT;
ALTER TABLE blnk.external_transactions ALTER COLUMN amount TYPE NUMERIC;

-- ==== sql/1766887982.sql (its '-- +migrate Up' sections)
-- Backfill effective_date with created_at for existing transactions where it is NULL
UPDATE blnk.transactions
SET effective_date = created_at
WHERE effective_date IS NULL;

-- ==== sql/1768315575.sql (its '-- +migrate Up' sections)
-- Transactions table indexes
CREATE INDEX IF NOT EXISTS blnk_transactions_currency_created_at_idx ON blnk.transactions (currency, created_at DESC);
CREATE INDEX IF NOT EXISTS blnk_transactions_created_at_source_idx ON blnk.transactions (created_at, source);
CREATE INDEX IF NOT EXISTS blnk_transactions_created_at_destination_idx ON blnk.transactions (created_at, destination);
CREATE INDEX IF NOT EXISTS blnk_txn_created_at_not_queued_idx ON blnk.transactions (created_at DESC) WHERE status <> 'QUEUED';
CREATE INDEX IF NOT EXISTS blnk_txn_currency_created_at_desc_idx ON blnk.transactions (currency, created_at DESC) INCLUDE (precision);
CREATE INDEX IF NOT EXISTS idx_transactions_status ON blnk.transactions (status);
CREATE INDEX IF NOT EXISTS idx_transactions_currency ON blnk.transactions (currency);
CREATE INDEX IF NOT EXISTS idx_transactions_source ON blnk.transactions (source);
CREATE INDEX IF NOT EXISTS idx_transactions_destination ON blnk.transactions (destination);
CREATE INDEX IF NOT EXISTS idx_transactions_parent_transaction ON blnk.transactions (parent_transaction);
CREATE INDEX IF NOT EXISTS idx_transactions_meta_data ON blnk.transactions USING gin (meta_data);

-- Balances table indexes
CREATE INDEX IF NOT EXISTS blnk_balances_created_at_idx ON blnk.balances (created_at DESC);
CREATE INDEX IF NOT EXISTS blnk_balances_identity_id_idx ON blnk.balances (identity_id);
CREATE INDEX IF NOT EXISTS blnk_balances_ledger_id_idx ON blnk.balances (ledger_id);
CREATE INDEX IF NOT EXISTS blnk_balances_currency_identity_id_idx ON blnk.balances (currency, identity_id);

-- Identity table indexes
CREATE INDEX IF NOT EXISTS blnk_identity_created_at_idx ON blnk.identity (created_at DESC);
CREATE INDEX IF NOT EXISTS blnk_identity_country_created_at_idx ON blnk.identity (country, created_at DESC);

-- Ledgers table indexes
CREATE INDEX IF NOT EXISTS blnk_ledgers_created_at_idx ON blnk.ledgers (created_at DESC);

-- ==== sql/1768746546.sql (its '-- +migrate Up' sections)
-- Add fund lineage tracking columns to balances table
ALTER TABLE blnk.balances ADD COLUMN IF NOT EXISTS track_fund_lineage BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE blnk.balances ADD COLUMN IF NOT EXISTS allocation_strategy TEXT NOT NULL DEFAULT 'FIFO';

-- Create lineage_mappings table to track relationships between main balances and shadow balances
CREATE TABLE IF NOT EXISTS blnk.lineage_mappings (
    id SERIAL PRIMARY KEY,
    balance_id TEXT NOT NULL,
    provider TEXT NOT NULL,
    shadow_balance_id TEXT NOT NULL,
    aggregate_balance_id TEXT NOT NULL,
    identity_id TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    UNIQUE(balance_id, provider)
);

-- Create indexes for efficient lookups
CREATE INDEX IF NOT EXISTS idx_lineage_mappings_balance_id ON blnk.lineage_mappings(balance_id);
CREATE INDEX IF NOT EXISTS idx_lineage_mappings_shadow_balance_id ON blnk.lineage_mappings(shadow_balance_id);
CREATE INDEX IF NOT EXISTS idx_lineage_mappings_provider ON blnk.lineage_mappings(provider);

-- ==== sql/1769343506.sql (its '-- +migrate Up' sections)
-- Create lineage_outbox table for atomic lineage processing (if not exists)
-- This table captures lineage intent within the same transaction as the main transaction,
-- ensuring no lineage work is lost even if Redis/queue operations fail.
CREATE TABLE IF NOT EXISTS blnk.lineage_outbox (
    id BIGSERIAL PRIMARY KEY,
    transaction_id TEXT NOT NULL,
    source_balance_id TEXT,
    destination_balance_id TEXT,
    provider TEXT,
    lineage_type TEXT NOT NULL,  -- 'credit', 'debit', 'both'
    payload JSONB NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INT NOT NULL DEFAULT 0,
    max_attempts INT NOT NULL DEFAULT 5,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    processed_at TIMESTAMP,
    locked_until TIMESTAMP,
    inflight BOOLEAN NOT NULL DEFAULT FALSE
);

-- Add unique constraint on transaction_id if it doesn't exist
CREATE UNIQUE INDEX IF NOT EXISTS lineage_outbox_transaction_id_uidx
    ON blnk.lineage_outbox (transaction_id);
    
-- Partial index for efficient polling of pending entries
CREATE INDEX IF NOT EXISTS idx_lineage_outbox_pending
    ON blnk.lineage_outbox(status, created_at)
    WHERE status = 'pending';

-- Index for looking up outbox entries by transaction
CREATE INDEX IF NOT EXISTS idx_lineage_outbox_transaction
    ON blnk.lineage_outbox(transaction_id);

-- Index for looking up failed entries for monitoring
CREATE INDEX IF NOT EXISTS idx_lineage_outbox_failed
    ON blnk.lineage_outbox(status, created_at)
    WHERE status = 'failed';

-- Composite index for efficient outbox polling with retry support
CREATE INDEX IF NOT EXISTS idx_lineage_outbox_claim
    ON blnk.lineage_outbox(status, locked_until, attempts, created_at)
    WHERE status IN ('pending', 'processing');

-- Add foreign key constraints on lineage_mappings
-- Using ON DELETE CASCADE so mappings are cleaned up when balances are deleted
ALTER TABLE blnk.lineage_mappings
    ADD CONSTRAINT fk_lineage_mappings_balance_id
    FOREIGN KEY (balance_id) REFERENCES blnk.balances(balance_id) ON DELETE CASCADE;

ALTER TABLE blnk.lineage_mappings
    ADD CONSTRAINT fk_lineage_mappings_shadow_balance_id
    FOREIGN KEY (shadow_balance_id) REFERENCES blnk.balances(balance_id) ON DELETE CASCADE;

ALTER TABLE blnk.lineage_mappings
    ADD CONSTRAINT fk_lineage_mappings_aggregate_balance_id
    FOREIGN KEY (aggregate_balance_id) REFERENCES blnk.balances(balance_id) ON DELETE CASCADE;

ALTER TABLE blnk.lineage_mappings
    ADD CONSTRAINT fk_lineage_mappings_identity_id
    FOREIGN KEY (identity_id) REFERENCES blnk.identity(identity_id) ON DELETE CASCADE;

-- ==== sql/1770461873.sql (its '-- +migrate Up' sections)
-- Add key_prefix column for efficient lookup with bcrypt hashing
ALTER TABLE blnk.api_keys ADD COLUMN IF NOT EXISTS key_prefix VARCHAR(16);

-- Create index on key_prefix for efficient lookup
CREATE INDEX IF NOT EXISTS idx_api_keys_key_prefix ON blnk.api_keys(key_prefix);

-- ==== sql/1770611011.sql (its '-- +migrate Up' sections)
-- Unique index on transaction reference to enforce idempotency
CREATE UNIQUE INDEX IF NOT EXISTS idx_transactions_reference_unique
ON blnk.transactions (reference);

-- Partial index for stuck QUEUED transaction recovery
-- Covers the recovery query: WHERE status = 'QUEUED' AND created_at < threshold
-- The parent_transaction index (idx_transactions_parent_transaction) already exists for the NOT EXISTS subquery
CREATE INDEX IF NOT EXISTS idx_transactions_queued_recovery
ON blnk.transactions (created_at ASC)
WHERE status = 'QUEUED';

-- ==== sql/1780963200.sql (its '-- +migrate Up' sections)
-- Coalescing queries (pair/source scope) and GetQueuedAmounts debit branch:
-- WHERE status = 'QUEUED' AND source = $1 [AND currency = $2 AND created_at >= $3]
CREATE INDEX IF NOT EXISTS idx_txn_queued_source
ON blnk.transactions (source, currency, created_at)
WHERE status = 'QUEUED';

-- Coalescing queries (destination scope) and GetQueuedAmounts credit branch:
-- WHERE status = 'QUEUED' AND destination = $1 [AND currency = $2 AND created_at >= $3]
CREATE INDEX IF NOT EXISTS idx_txn_queued_destination
ON blnk.transactions (destination, currency, created_at)
WHERE status = 'QUEUED';

-- NOT EXISTS child-status checks in GetQueuedAmounts and inflight lookups:
-- WHERE child.parent_transaction = t.transaction_id AND child.status IN (...)
CREATE INDEX IF NOT EXISTS idx_txn_parent_status
ON blnk.transactions (parent_transaction, status);

-- GetTransactionsByParent sort elimination:
-- WHERE parent_transaction = $1 ORDER BY created_at DESC
CREATE INDEX IF NOT EXISTS idx_txn_parent_created
ON blnk.transactions (parent_transaction, created_at DESC);

-- JSONB key lookups in GetInflightTransactionsByParentID / GetRefundableTransactionsByParentID:
-- WHERE meta_data->>'QUEUED_PARENT_TRANSACTION' = $1 (the GIN index does not serve ->> equality)
CREATE INDEX IF NOT EXISTS idx_txn_meta_queued_parent
ON blnk.transactions ((meta_data->>'QUEUED_PARENT_TRANSACTION'))
WHERE meta_data->>'QUEUED_PARENT_TRANSACTION' IS NOT NULL;

-- Queued-inflight filter in GetInflightTransactionsByParentID:
-- AND status = 'QUEUED' AND meta_data->>'inflight' = 'true'
CREATE INDEX IF NOT EXISTS idx_txn_meta_inflight
ON blnk.transactions ((meta_data->>'inflight'))
WHERE meta_data->>'inflight' = 'true';

-- Shadow transaction lookups in GetTransactionsByShadowFor:
-- WHERE meta_data->>'_shadow_for' = $1 ORDER BY created_at ASC
CREATE INDEX IF NOT EXISTS idx_txn_meta_shadow_for
ON blnk.transactions ((meta_data->>'_shadow_for'), created_at)
WHERE meta_data->>'_shadow_for' IS NOT NULL;

-- Exact duplicate: blnk_txn_currency_created_at_desc_idx has identical key
-- columns (currency, created_at DESC) plus INCLUDE (precision).
-- Zero risk — pure duplicate from sql/1768315575.sql.
DROP INDEX IF EXISTS blnk.blnk_transactions_currency_created_at_idx;

-- Subsumed by idx_transactions_reference_unique (same column; the unique
-- index serves every read the non-unique one could).
DROP INDEX IF EXISTS blnk.idx_transactions_reference;

-- ==== sql/1780963300.sql (its '-- +migrate Up' sections)
DROP FUNCTION IF EXISTS blnk.get_balances_by_id(TEXT, TEXT);

-- +migrate StatementBegin
CREATE OR REPLACE FUNCTION blnk.get_balances_by_id(source_id TEXT, destination_id TEXT)
    RETURNS TABLE(balance_id TEXT, currency TEXT, ledger_id TEXT, balance BIGINT, credit_balance BIGINT, debit_balance BIGINT, inflight_balance BIGINT, inflight_credit_balance BIGINT, inflight_debit_balance BIGINT, created_at TIMESTAMP, version INTEGER)
    LANGUAGE sql
    IMMUTABLE
    STRICT
AS
$$
SELECT b.balance_id, b.currency, b.ledger_id, b.balance, b.credit_balance, b.debit_balance, b.inflight_balance, b.inflight_credit_balance, b.inflight_debit_balance, b.created_at, b.version FROM blnk.balances b WHERE b.balance_id IN (source_id, destination_id)
$$;
-- +migrate StatementEnd


ALTER TABLE blnk.transactions DROP COLUMN IF EXISTS rate;
ALTER TABLE blnk.balances DROP COLUMN IF EXISTS currency_multiplier;
ALTER TABLE blnk.balances DROP COLUMN IF EXISTS modification_ref;

-- ==== sql/1781162328.sql (its '-- +migrate Up' sections)
-- Hash-chain columns on transactions. All nullable: existing rows are simply
-- "not yet chained" and the background chainer fills them in.
ALTER TABLE blnk.transactions ADD COLUMN IF NOT EXISTS chain_seq BIGINT;
ALTER TABLE blnk.transactions ADD COLUMN IF NOT EXISTS chain_prev_hash CHAR(64);
ALTER TABLE blnk.transactions ADD COLUMN IF NOT EXISTS chain_hash CHAR(64);

-- Single-row bookmark for the global chain. head_hash/last_seq advance
-- atomically with each chained batch (same DB transaction) — that is the
-- crash-safety mechanism.
CREATE TABLE IF NOT EXISTS blnk.chain_state (
    chain_key    TEXT PRIMARY KEY,
    last_seq     BIGINT    NOT NULL DEFAULT 0,
    head_hash    CHAR(64)  NOT NULL,
    genesis_hash CHAR(64)  NOT NULL,
    genesis_at   TIMESTAMP NOT NULL DEFAULT NOW(),
    updated_at   TIMESTAMP NOT NULL DEFAULT NOW()
);

-- Seed the single 'global' chain. Genesis = 64 zeros; the head starts there.
INSERT INTO blnk.chain_state (chain_key, head_hash, genesis_hash)
VALUES ('global', repeat('0', 64), repeat('0', 64))
ON CONFLICT (chain_key) DO NOTHING;

-- Verifier walks the chain in order; also forbids two rows sharing a position.
-- This partial index is empty on existing installs (every row starts with a
-- NULL chain_seq), so it builds instantly regardless of table size.
CREATE UNIQUE INDEX IF NOT EXISTS idx_transactions_chain_seq
    ON blnk.transactions (chain_seq) WHERE chain_seq IS NOT NULL;

-- Note: the chainer's scan index (idx_transactions_unchained) covers all rows
-- initially, so it is built CONCURRENTLY in the next migration to avoid locking
-- the transactions table on large installs.

-- +migrate StatementBegin
-- Replace the immutability trigger function with a NULL-safe version. The
-- previous body used `NEW.col = OLD.col`, which is NULL-unsafe: a NULL in any
-- protected column (e.g. scheduled_for) made the whole condition NULL and raised
-- even for benign meta_data updates. This version raises only when a protected
-- column actually changes (IS DISTINCT FROM is NULL-safe), leaving meta_data and
-- the chain_* columns free to be updated.
CREATE OR REPLACE FUNCTION blnk.prevent_transaction_update()
    RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    IF (
        NEW.transaction_id IS DISTINCT FROM OLD.transaction_id OR
        NEW.source         IS DISTINCT FROM OLD.source OR
        NEW.destination    IS DISTINCT FROM OLD.destination OR
        NEW.description    IS DISTINCT FROM OLD.description OR
        NEW.reference      IS DISTINCT FROM OLD.reference OR
        NEW.amount         IS DISTINCT FROM OLD.amount OR
        NEW.precise_amount IS DISTINCT FROM OLD.precise_amount OR
        NEW.precision      IS DISTINCT FROM OLD.precision OR
        NEW.currency       IS DISTINCT FROM OLD.currency OR
        NEW.status         IS DISTINCT FROM OLD.status OR
        NEW.hash           IS DISTINCT FROM OLD.hash OR
        NEW.created_at     IS DISTINCT FROM OLD.created_at OR
        NEW.scheduled_for  IS DISTINCT FROM OLD.scheduled_for
    ) THEN
        RAISE EXCEPTION 'Cannot modify transaction data. Only meta_data and chain fields can be updated.';
    END IF;
    RETURN NEW;
END;
$$;
-- +migrate StatementEnd

-- ==== sql/1781162329.sql (its '-- +migrate Up' sections)
CREATE INDEX IF NOT EXISTS idx_transactions_unchained
    ON blnk.transactions (id) WHERE chain_seq IS NULL;
