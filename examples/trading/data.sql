-- dbaudit example: data for the trading platform (run after schema.sql, as a superuser).
--
-- Deterministic: no random(). Ordinary times are at least 2 days in the past, so that no
-- row looks "in the future" even if the scanning session's TimeZone differs from the
-- loading session's (timestamp without time zone stores the loader's wall-clock time).
-- The one planted future timestamp is trades t-0009 (now() + 3 days).
--
-- Defects planted here (see EXPECTED.md for the full manifest):
--   * positions: 2 rows whose strategy_id does not exist, then the foreign key is added
--     NOT VALID (positions_strategy_id_fkey); AAPL held twice.
--   * ai_trade_outcomes: DISABLE TRIGGER ALL, then 1 row whose trade_id does not exist;
--     the triggers are left disabled (a botched restore).
--   * fills.order_id: 3 rows whose order does not exist (no foreign key).
--   * strategy_signals."strategyId": 1 row whose strategy does not exist (no foreign key).
--   * quantities/prices <= 0, a future executed_at, 3 NULL idempotency keys, 2 rows in the
--     singleton agent_status, 1 plain-text password.

-- ---------------------------------------------------------------------------------------
-- users (1 plain-text password: u-carol)
-- ---------------------------------------------------------------------------------------
INSERT INTO users (id, username, password, is_admin, created_at) VALUES
  ('u-admin', 'admin', '$2b$12$FrCJr0obeiQ3mS7/eljo2/dhxovWJRbSwhL4FaRM6zPo15IOGdVPR', true,  now() - interval '120 days'),
  ('u-alice', 'alice', '$2b$12$.JlRH8oYE9o0B4wyh7cHT5Rq4KqeMYRFQwHKLxDS8cSelng4r/7dI', false, now() - interval '90 days'),
  ('u-bob',   'bob',   '$2b$12$CUgpjSxAEvTHWqr5kBzzyb3T9xlzM1qX5dJBk0k5lxh/TBVda/BTb', false, now() - interval '60 days'),
  ('u-carol', 'carol', 'hunter2',                                                       false, now() - interval '30 days');

-- ---------------------------------------------------------------------------------------
-- strategies
-- ---------------------------------------------------------------------------------------
INSERT INTO strategies (id, user_id, name, type, description, is_active, parameters, created_at, updated_at) VALUES
  ('strat-momentum', 'u-alice', 'Momentum 20/50',      'momentum',       'Buy when the 20-day SMA crosses above the 50-day SMA.', true,
   '{"fast": 20, "slow": 50, "universe": ["AAPL", "MSFT", "NVDA"]}', now() - interval '85 days', now() - interval '10 days'),
  ('strat-meanrev',  'u-alice', 'Mean reversion RSI',  'mean_reversion', 'Buy oversold names (RSI < 30), sell at RSI > 70.',    true,
   '{"rsi_period": 14, "buy_below": 30, "sell_above": 70}',        now() - interval '80 days', now() - interval '12 days'),
  ('strat-breakout', 'u-bob',   'Opening range breakout', 'breakout',    'Trade the break of the first 30 minutes range.',      true,
   '{"range_minutes": 30, "stop_pct": 1.5}',                       now() - interval '55 days', now() - interval '20 days'),
  ('strat-pairs',    'u-admin', 'Pairs KO/PEP',        'pairs',          'Market-neutral pair trade, paused.',                  false,
   '{"long": "KO", "short": "PEP", "z_entry": 2.0}',               now() - interval '110 days', now() - interval '40 days'),
  ('strat-earnings', 'u-carol', 'Earnings drift',      'event',          'Post-earnings announcement drift.',                   true,
   '{"hold_days": 5}',                                              now() - interval '25 days', now() - interval '5 days');

-- ---------------------------------------------------------------------------------------
-- ai_decisions (executed_trade_id is set further down, once trades exist)
-- ---------------------------------------------------------------------------------------
INSERT INTO ai_decisions (id, strategy_id, symbol, action, confidence, reasoning, status, metadata, created_at) VALUES
  ('d-0001', 'strat-momentum', 'AAPL', 'buy',  0.82, 'SMA20 crossed above SMA50 on rising volume.',   'executed', '{"model": "gpt-4o", "latency_ms": 840}',  now() - interval '20 days 2 hours'),
  ('d-0002', 'strat-momentum', 'MSFT', 'buy',  0.74, 'Trend intact, pullback to SMA20.',              'executed', '{"model": "gpt-4o", "latency_ms": 910}',  now() - interval '18 days 3 hours'),
  ('d-0003', 'strat-meanrev',  'NVDA', 'buy',  0.66, 'RSI 27 after three down days.',                 'executed', '{"model": "gpt-4o", "latency_ms": 770}',  now() - interval '15 days 1 hour'),
  ('d-0004', 'strat-meanrev',  'NVDA', 'sell', 0.71, 'RSI back above 70.',                            'executed', '{"model": "gpt-4o", "latency_ms": 650}',  now() - interval '9 days 5 hours'),
  ('d-0005', 'strat-breakout', 'TSLA', 'buy',  0.58, 'Broke the opening range high.',                 'executed', '{"model": "gpt-4o-mini"}',                now() - interval '7 days 4 hours'),
  ('d-0006', 'strat-breakout', 'AMD',  'hold', 0.41, 'No breakout, range too narrow.',                'skipped',  '{"model": "gpt-4o-mini"}',                now() - interval '6 days 2 hours'),
  ('d-0007', NULL,             'META', 'sell', 0.63, 'Manual review request: trim position.',         'pending',  NULL,                                      now() - interval '4 days 6 hours'),
  ('d-0008', 'strat-earnings', 'AAPL', 'buy',  0.77, 'Positive surprise, drift expected.',            'executed', '{"model": "gpt-4o", "earnings": true}',   now() - interval '3 days 8 hours');

-- ---------------------------------------------------------------------------------------
-- orders (o-0007: quantity -1; decision_id points at ai_decisions without a foreign key)
-- ---------------------------------------------------------------------------------------
INSERT INTO orders (id, broker_order_id, client_order_id, strategy_id, decision_id, symbol, side, type, status,
                    quantity, price, submitted_at, filled_at, created_at, updated_at) VALUES
  ('o-0001', 'alp-7f3a9c01', 'cli-0001', 'strat-momentum', 'd-0001', 'AAPL', 'buy',  'market', 'filled',    10,  189.25, now() - interval '20 days 2 hours', now() - interval '20 days 2 hours', now() - interval '20 days 2 hours', now() - interval '20 days 2 hours'),
  ('o-0002', 'alp-7f3a9c02', 'cli-0002', 'strat-momentum', 'd-0002', 'MSFT', 'buy',  'limit',  'filled',    5,   412.10, now() - interval '18 days 3 hours', now() - interval '18 days 2 hours', now() - interval '18 days 3 hours', now() - interval '18 days 2 hours'),
  ('o-0003', 'alp-7f3a9c03', 'cli-0003', 'strat-meanrev',  'd-0003', 'NVDA', 'buy',  'limit',  'filled',    8,   121.40, now() - interval '15 days 1 hour',  now() - interval '15 days 1 hour',  now() - interval '15 days 1 hour',  now() - interval '15 days 1 hour'),
  ('o-0004', 'alp-7f3a9c04', 'cli-0004', 'strat-meanrev',  'd-0004', 'NVDA', 'sell', 'market', 'filled',    8,   129.95, now() - interval '9 days 5 hours',  now() - interval '9 days 5 hours',  now() - interval '9 days 5 hours',  now() - interval '9 days 5 hours'),
  ('o-0005', 'alp-7f3a9c05', 'cli-0005', 'strat-breakout', 'd-0005', 'TSLA', 'buy',  'stop',   'filled',    3,   248.70, now() - interval '7 days 4 hours',  now() - interval '7 days 3 hours',  now() - interval '7 days 4 hours',  now() - interval '7 days 3 hours'),
  ('o-0006', 'alp-7f3a9c06', 'cli-0006', 'strat-breakout', NULL,     'AMD',  'buy',  'limit',  'canceled',  12,  155.00, now() - interval '6 days 2 hours',  NULL,                               now() - interval '6 days 2 hours',  now() - interval '6 days 1 hour'),
  ('o-0007', 'alp-7f3a9c07', 'cli-0007', 'strat-momentum', NULL,     'MSFT', 'sell', 'limit',  'rejected',  -1,  415.00, now() - interval '5 days 7 hours',  NULL,                               now() - interval '5 days 7 hours',  now() - interval '5 days 7 hours'),
  ('o-0008', 'alp-7f3a9c08', NULL,       NULL,             'd-0007', 'META', 'sell', 'limit',  'filled',    4,   498.30, now() - interval '4 days 5 hours',  now() - interval '4 days 5 hours',  now() - interval '4 days 5 hours',  now() - interval '4 days 5 hours'),
  ('o-0009', 'alp-7f3a9c09', 'cli-0009', 'strat-earnings', 'd-0008', 'AAPL', 'buy',  'market', 'filled',    6,   192.80, now() - interval '3 days 8 hours',  now() - interval '3 days 8 hours',  now() - interval '3 days 8 hours',  now() - interval '3 days 8 hours'),
  ('o-0010', 'alp-7f3a9c10', 'cli-0010', 'strat-pairs',    NULL,     'KO',   'buy',  'limit',  'filled',    20,  61.15,  now() - interval '40 days',         now() - interval '40 days',         now() - interval '40 days',         now() - interval '40 days');

-- ---------------------------------------------------------------------------------------
-- trades (t-0003: quantity 0; t-0006: price -5; t-0009: executed_at in the future;
-- pnl is signed: negative values are normal)
-- ---------------------------------------------------------------------------------------
INSERT INTO trades (id, strategy_id, order_id, symbol, side, quantity, price, pnl, status, notes, executed_at) VALUES
  ('t-0001', 'strat-momentum', 'o-0001', 'AAPL', 'buy',  10, 189.25, NULL,    'filled', NULL,                          now() - interval '20 days 2 hours'),
  ('t-0002', 'strat-momentum', 'o-0002', 'MSFT', 'buy',  5,  412.10, NULL,    'filled', NULL,                          now() - interval '18 days 2 hours'),
  ('t-0003', 'strat-meanrev',  'o-0003', 'NVDA', 'buy',  0,  121.40, NULL,    'filled', 'quantity lost in broker sync', now() - interval '15 days 1 hour'),
  ('t-0004', 'strat-meanrev',  'o-0004', 'NVDA', 'sell', 8,  129.95, 68.40,   'filled', NULL,                          now() - interval '9 days 5 hours'),
  ('t-0005', 'strat-breakout', 'o-0005', 'TSLA', 'buy',  3,  248.70, NULL,    'filled', NULL,                          now() - interval '7 days 3 hours'),
  ('t-0006', 'strat-breakout', NULL,     'TSLA', 'sell', 3,  -5,     -231.15, 'filled', 'price from a bad tick',       now() - interval '6 days 6 hours'),
  ('t-0007', NULL,             'o-0008', 'META', 'sell', 4,  498.30, -12.60,  'filled', 'manual trade',                now() - interval '4 days 5 hours'),
  ('t-0008', 'strat-earnings', 'o-0009', 'AAPL', 'buy',  6,  192.80, NULL,    'filled', NULL,                          now() - interval '3 days 8 hours'),
  ('t-0009', 'strat-momentum', NULL,     'AAPL', 'sell', 2,  195.10, 11.70,   'filled', 'clock skew on the worker',    now() + interval '3 days'),
  ('t-0010', 'strat-pairs',    'o-0010', 'KO',   'buy',  20, 61.15,  -8.20,   'filled', NULL,                          now() - interval '40 days');

UPDATE ai_decisions SET executed_trade_id = 't-0001' WHERE id = 'd-0001';
UPDATE ai_decisions SET executed_trade_id = 't-0002' WHERE id = 'd-0002';
UPDATE ai_decisions SET executed_trade_id = 't-0003' WHERE id = 'd-0003';
UPDATE ai_decisions SET executed_trade_id = 't-0004' WHERE id = 'd-0004';
UPDATE ai_decisions SET executed_trade_id = 't-0005' WHERE id = 'd-0005';
UPDATE ai_decisions SET executed_trade_id = 't-0008' WHERE id = 'd-0008';

-- ---------------------------------------------------------------------------------------
-- fills (order_id has no foreign key: f-0006, f-0007, f-0008 point at orders that do not
-- exist; f-0004: price 0)
-- ---------------------------------------------------------------------------------------
INSERT INTO fills (id, order_id, symbol, side, quantity, price, filled_at, created_at) VALUES
  ('f-0001', 'o-0001', 'AAPL', 'buy',  10, 189.25, now() - interval '20 days 2 hours', now() - interval '20 days 2 hours'),
  ('f-0002', 'o-0002', 'MSFT', 'buy',  3,  412.05, now() - interval '18 days 2 hours', now() - interval '18 days 2 hours'),
  ('f-0003', 'o-0002', 'MSFT', 'buy',  2,  412.18, now() - interval '18 days 2 hours', now() - interval '18 days 2 hours'),
  ('f-0004', 'o-0003', 'NVDA', 'buy',  8,  0,      now() - interval '15 days 1 hour',  now() - interval '15 days 1 hour'),
  ('f-0005', 'o-0004', 'NVDA', 'sell', 8,  129.95, now() - interval '9 days 5 hours',  now() - interval '9 days 5 hours'),
  ('f-0006', 'o-0901', 'AMZN', 'buy',  4,  178.40, now() - interval '30 days',         now() - interval '30 days'),
  ('f-0007', 'o-0902', 'AMZN', 'sell', 4,  183.10, now() - interval '28 days',         now() - interval '28 days'),
  ('f-0008', 'o-0903', 'GOOG', 'buy',  7,  141.65, now() - interval '26 days',         now() - interval '26 days'),
  ('f-0009', 'o-0005', 'TSLA', 'buy',  3,  248.70, now() - interval '7 days 3 hours',  now() - interval '7 days 3 hours'),
  ('f-0010', 'o-0008', 'META', 'sell', 4,  498.30, now() - interval '4 days 5 hours',  now() - interval '4 days 5 hours'),
  ('f-0011', 'o-0009', 'AAPL', 'buy',  6,  192.80, now() - interval '3 days 8 hours',  now() - interval '3 days 8 hours'),
  ('f-0012', 'o-0010', 'KO',   'buy',  20, 61.15,  now() - interval '40 days',         now() - interval '40 days');

-- ---------------------------------------------------------------------------------------
-- positions (AAPL twice; p-0006 and p-0007 belong to strategies that no longer exist),
-- then the foreign key, added NOT VALID so the orphans stay
-- ---------------------------------------------------------------------------------------
INSERT INTO positions (id, strategy_id, symbol, side, quantity, entry_price, opened_at, updated_at) VALUES
  ('p-0001', 'strat-momentum',  'AAPL', 'long', 10, 189.25, now() - interval '20 days 2 hours', now() - interval '2 days'),
  ('p-0002', 'strat-earnings',  'AAPL', 'long', 6,  192.80, now() - interval '3 days 8 hours',  now() - interval '2 days'),
  ('p-0003', 'strat-momentum',  'MSFT', 'long', 5,  412.10, now() - interval '18 days 2 hours', now() - interval '2 days'),
  ('p-0004', 'strat-breakout',  'TSLA', 'long', 3,  248.70, now() - interval '7 days 3 hours',  now() - interval '2 days'),
  ('p-0005', NULL,              'META', 'short', 4, 498.30, now() - interval '4 days 5 hours',  now() - interval '2 days'),
  ('p-0006', 'strat-retired-1', 'AMZN', 'long', 4,  178.40, now() - interval '30 days',         now() - interval '2 days'),
  ('p-0007', 'strat-retired-2', 'GOOG', 'long', 7,  141.65, now() - interval '26 days',         now() - interval '2 days'),
  ('p-0008', 'strat-pairs',     'KO',   'long', 20, 61.15,  now() - interval '40 days',         now() - interval '2 days');

ALTER TABLE positions ADD CONSTRAINT positions_strategy_id_fkey
    FOREIGN KEY (strategy_id) REFERENCES strategies (id) NOT VALID;

-- ---------------------------------------------------------------------------------------
-- ai_decision_features
-- ---------------------------------------------------------------------------------------
INSERT INTO ai_decision_features (id, decision_id, feature_name, feature_value, created_at) VALUES
  ('feat-0001', 'd-0001', 'sma_20',      187.40,    now() - interval '20 days 2 hours'),
  ('feat-0002', 'd-0001', 'sma_50',      183.95,    now() - interval '20 days 2 hours'),
  ('feat-0003', 'd-0001', 'volume_ratio', 1.84,     now() - interval '20 days 2 hours'),
  ('feat-0004', 'd-0002', 'sma_20',      409.80,    now() - interval '18 days 3 hours'),
  ('feat-0005', 'd-0002', 'sma_50',      401.12,    now() - interval '18 days 3 hours'),
  ('feat-0006', 'd-0003', 'rsi_14',      27.30,     now() - interval '15 days 1 hour'),
  ('feat-0007', 'd-0004', 'rsi_14',      71.60,     now() - interval '9 days 5 hours'),
  ('feat-0008', 'd-0005', 'range_high',  247.90,    now() - interval '7 days 4 hours'),
  ('feat-0009', 'd-0005', 'range_low',   243.10,    now() - interval '7 days 4 hours'),
  ('feat-0010', 'd-0008', 'eps_surprise_pct', 6.25, now() - interval '3 days 8 hours');

-- ---------------------------------------------------------------------------------------
-- ai_trade_outcomes: valid rows first, then the "restore" with triggers disabled and one
-- row whose trade does not exist. The triggers stay disabled.
-- ---------------------------------------------------------------------------------------
INSERT INTO ai_trade_outcomes (id, decision_id, trade_id, symbol, outcome, realized_pnl, holding_minutes, created_at) VALUES
  ('out-0001', 'd-0003', 't-0003', 'NVDA', 'open', NULL,    NULL, now() - interval '15 days'),
  ('out-0002', 'd-0004', 't-0004', 'NVDA', 'win',  68.40,   8640, now() - interval '9 days 5 hours'),
  ('out-0003', 'd-0005', 't-0005', 'TSLA', 'loss', -231.15, 1290, now() - interval '6 days 6 hours'),
  ('out-0004', 'd-0006', NULL,     'AMD',  'skipped', NULL, NULL, now() - interval '6 days');

ALTER TABLE ai_trade_outcomes DISABLE TRIGGER ALL;

INSERT INTO ai_trade_outcomes (id, decision_id, trade_id, symbol, outcome, realized_pnl, holding_minutes, created_at) VALUES
  ('out-0005', 'd-0002', 't-0404', 'MSFT', 'win', 14.75, 2880, now() - interval '12 days');

-- ---------------------------------------------------------------------------------------
-- work_items (3 rows with a NULL idempotency_key)
-- ---------------------------------------------------------------------------------------
INSERT INTO work_items (id, type, status, payload, idempotency_key, attempts, max_attempts, last_error, next_run_at, created_at, updated_at) VALUES
  ('w-0001', 'ORDER_SUBMIT',   'succeeded', '{"orderId": "o-0001"}',              'order-submit:o-0001', 1, 3, NULL,                 now() - interval '20 days 2 hours', now() - interval '20 days 2 hours', now() - interval '20 days 2 hours'),
  ('w-0002', 'ORDER_SUBMIT',   'succeeded', '{"orderId": "o-0002"}',              'order-submit:o-0002', 1, 3, NULL,                 now() - interval '18 days 3 hours', now() - interval '18 days 3 hours', now() - interval '18 days 3 hours'),
  ('w-0003', 'POSITION_SYNC',  'succeeded', '{"full": true}',                     NULL,                  1, 3, NULL,                 now() - interval '5 days',          now() - interval '5 days',          now() - interval '5 days'),
  ('w-0004', 'POSITION_SYNC',  'failed',    '{"full": true}',                     NULL,                  3, 3, 'broker timeout',     now() - interval '4 days',          now() - interval '4 days',          now() - interval '4 days'),
  ('w-0005', 'ASSET_UNIVERSE', 'succeeded', '{"assetClass": "us_equity"}',        NULL,                  2, 3, NULL,                 now() - interval '3 days',          now() - interval '3 days',          now() - interval '3 days'),
  ('w-0006', 'ORDER_CANCEL',   'succeeded', '{"orderId": "o-0006"}',              'order-cancel:o-0006', 1, 3, NULL,                 now() - interval '6 days 1 hour',   now() - interval '6 days 2 hours',  now() - interval '6 days 1 hour');

-- ---------------------------------------------------------------------------------------
-- agent_status: meant to be a singleton, holds 2 rows
-- ---------------------------------------------------------------------------------------
INSERT INTO agent_status (is_running, kill_switch_active, last_heartbeat, updated_at) VALUES
  (true,  false, now() - interval '2 days',  now() - interval '2 days'),
  (false, false, now() - interval '45 days', now() - interval '45 days');

-- ---------------------------------------------------------------------------------------
-- broker_assets
-- ---------------------------------------------------------------------------------------
INSERT INTO broker_assets (id, symbol, name, exchange, asset_class, tradable, fractionable, min_order_size, price_increment, updated_at) VALUES
  ('asset-aapl', 'AAPL', 'Apple Inc.',            'NASDAQ', 'us_equity', true, true,  0.0001, 0.01, now() - interval '2 days'),
  ('asset-msft', 'MSFT', 'Microsoft Corporation', 'NASDAQ', 'us_equity', true, true,  0.0001, 0.01, now() - interval '2 days'),
  ('asset-nvda', 'NVDA', 'NVIDIA Corporation',    'NASDAQ', 'us_equity', true, true,  0.0001, 0.01, now() - interval '2 days'),
  ('asset-tsla', 'TSLA', 'Tesla, Inc.',           'NASDAQ', 'us_equity', true, true,  0.0001, 0.01, now() - interval '2 days'),
  ('asset-ko',   'KO',   'The Coca-Cola Company', 'NYSE',   'us_equity', true, false, 1,      0.01, now() - interval '2 days'),
  ('asset-btc',  'BTC/USD', 'Bitcoin',            'CRYPTO', 'crypto',    true, true,  0.0001, 1,    now() - interval '2 days');

-- ---------------------------------------------------------------------------------------
-- short_interest (no primary key, UNIQUE (symbol, analysis_date))
-- ---------------------------------------------------------------------------------------
INSERT INTO short_interest (symbol, analysis_date, short_interest, short_ratio, days_to_cover, created_at) VALUES
  ('AAPL', current_date - 16, 98500000,  0.0065, 1.52, now() - interval '16 days'),
  ('AAPL', current_date - 2,  101200000, 0.0067, 1.61, now() - interval '2 days'),
  ('TSLA', current_date - 16, 86100000,  0.0271, 0.92, now() - interval '16 days'),
  ('TSLA', current_date - 2,  83400000,  0.0262, 0.88, now() - interval '2 days');

-- ---------------------------------------------------------------------------------------
-- conversations, messages (serial keys, generated)
-- ---------------------------------------------------------------------------------------
INSERT INTO conversations (title, created_at) VALUES
  ('Why did the agent buy NVDA?', now() - interval '15 days'),
  ('Pause the pairs strategy',    now() - interval '40 days');

INSERT INTO messages (conversation_id, role, content, created_at)
SELECT c.id, m.role, m.content, m.created_at
  FROM (VALUES
          ('Why did the agent buy NVDA?', 'user',      'Why did you buy NVDA today?',                    now() - interval '15 days'),
          ('Why did the agent buy NVDA?', 'assistant', 'RSI(14) was 27.3 after three down days.',        now() - interval '15 days' + interval '5 seconds'),
          ('Why did the agent buy NVDA?', 'user',      'What is the exit rule?',                         now() - interval '15 days' + interval '1 minute'),
          ('Pause the pairs strategy',    'user',      'Please pause the KO/PEP pair.',                   now() - interval '40 days'),
          ('Pause the pairs strategy',    'assistant', 'Done: strategy "Pairs KO/PEP" is now inactive.', now() - interval '40 days' + interval '4 seconds')
       ) AS m (title, role, content, created_at)
  JOIN conversations c ON c.title = m.title;

-- ---------------------------------------------------------------------------------------
-- backtest_runs, strategy_versions
-- ---------------------------------------------------------------------------------------
INSERT INTO backtest_runs (id, strategy_id, status, start_date, end_date, initial_capital, final_equity, total_return_pct, trade_count, metrics, created_at) VALUES
  ('bt-0001', 'strat-momentum', 'completed', current_date - 400, current_date - 35, 100000.00, 112430.55, 12.4306, 48, '{"sharpe": 1.21, "max_drawdown_pct": -8.4}',  now() - interval '35 days'),
  ('bt-0002', 'strat-meanrev',  'completed', current_date - 400, current_date - 35, 100000.00, 96210.10,  -3.7899, 77, '{"sharpe": -0.18, "max_drawdown_pct": -11.2}', now() - interval '34 days'),
  ('bt-0003', 'strat-breakout', 'failed',    current_date - 200, current_date - 20, 50000.00,  NULL,      NULL,    NULL, NULL,                                          now() - interval '20 days');

INSERT INTO strategy_versions (id, strategy_id, version, change_note, created_at) VALUES
  ('sv-0001', 'strat-momentum', 1, 'initial',                   now() - interval '85 days'),
  ('sv-0002', 'strat-momentum', 2, 'slow SMA 60 -> 50',         now() - interval '10 days'),
  ('sv-0003', 'strat-meanrev',  1, 'initial',                   now() - interval '80 days'),
  ('sv-0004', 'strat-breakout', 1, 'initial',                   now() - interval '55 days'),
  ('sv-0005', 'strat-pairs',    1, 'initial',                   now() - interval '110 days'),
  ('sv-0006', 'strat-pairs',    2, 'paused from chat',          now() - interval '40 days');

-- ---------------------------------------------------------------------------------------
-- strategy_signals ("strategyId" has no foreign key: sig-0005 points at a deleted strategy)
-- ---------------------------------------------------------------------------------------
INSERT INTO strategy_signals (id, "strategyId", symbol, signal, strength, created_at) VALUES
  ('sig-0001', 'strat-momentum', 'AAPL', 'buy',  0.8200, now() - interval '20 days 2 hours'),
  ('sig-0002', 'strat-momentum', 'MSFT', 'buy',  0.7400, now() - interval '18 days 3 hours'),
  ('sig-0003', 'strat-meanrev',  'NVDA', 'buy',  0.6600, now() - interval '15 days 1 hour'),
  ('sig-0004', 'strat-earnings', 'AAPL', 'buy',  0.7700, now() - interval '3 days 8 hours'),
  ('sig-0005', 'strat-legacy',   'AMZN', 'sell', 0.5100, now() - interval '29 days');

-- ---------------------------------------------------------------------------------------
-- audit_logs (identity key, generated; user_id has no foreign key, every value exists)
-- ---------------------------------------------------------------------------------------
INSERT INTO audit_logs (user_id, action, resource, details, ip_address, created_at) VALUES
  ('u-admin', 'login',           'session',    '{"method": "password"}',                   '10.0.0.5',  now() - interval '41 days'),
  ('u-admin', 'strategy.pause',  'strategies', '{"strategyId": "strat-pairs"}',            '10.0.0.5',  now() - interval '40 days'),
  ('u-alice', 'strategy.update', 'strategies', '{"strategyId": "strat-momentum", "v": 2}', '10.0.0.17', now() - interval '10 days'),
  ('u-bob',   'login',           'session',    '{"method": "password"}',                   '10.0.0.23', now() - interval '8 days'),
  ('u-carol', 'strategy.create', 'strategies', '{"strategyId": "strat-earnings"}',         '10.0.0.31', now() - interval '25 days');
