-- The floor for the data checks on dbaudit_bench_data: the bare SQL a DBA would write by hand
-- to answer the same questions, one statement per question, counts only (no samples).
-- bench/run runs, in one psql session, the sections for the data checks dbaudit ran (and for
-- a catalog check's `measure`, its data part); a section starts with "-- check: ID" (the
-- dbaudit check answering the same question).

-- check: REF001
-- orphans: one anti-join per reference (NOT VALID FK, FKs with disabled triggers, and the
-- implicit references with no FK)
SELECT count(*) FROM ai_trade_outcomes c
 WHERE c.decision_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ai_decisions p WHERE p.id = c.decision_id);
SELECT count(*) FROM ai_trade_outcomes c
 WHERE c.trade_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM trades p WHERE p.id = c.trade_id);
SELECT count(*) FROM audit_logs c
 WHERE c.user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users p WHERE p.id = c.user_id);
SELECT count(*) FROM fills c
 WHERE c.order_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM orders p WHERE p.id = c.order_id);
SELECT count(*) FROM orders c
 WHERE c.decision_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ai_decisions p WHERE p.id = c.decision_id);
SELECT count(*) FROM positions c
 WHERE c.strategy_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM strategies p WHERE p.id = c.strategy_id);
SELECT count(*) FROM strategy_signals c
 WHERE c."strategyId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM strategies p WHERE p.id = c."strategyId");

-- check: VAL001
-- quantities and prices <= 0: one pass per table, every column counted in it
SELECT count(*) FILTER (WHERE min_order_size <= 0), count(*) FILTER (WHERE price_increment <= 0) FROM broker_assets;
SELECT count(*) FILTER (WHERE quantity <= 0), count(*) FILTER (WHERE price <= 0) FROM fills;
SELECT count(*) FILTER (WHERE quantity <= 0), count(*) FILTER (WHERE price <= 0) FROM orders;
SELECT count(*) FILTER (WHERE quantity <= 0), count(*) FILTER (WHERE entry_price <= 0) FROM positions;
SELECT count(*) FILTER (WHERE quantity <= 0), count(*) FILTER (WHERE price <= 0) FROM trades;

-- check: NUM001
-- the digits each unbounded numeric holds (for the type it proposes): one pass per table
SELECT max(scale(confidence)), max(abs(confidence)) FILTER (WHERE confidence <> 'NaN') FROM ai_decisions;
SELECT max(scale(quantity)), max(abs(quantity)) FILTER (WHERE quantity <> 'NaN'),
       max(scale(price)), max(abs(price)) FILTER (WHERE price <> 'NaN') FROM fills;
SELECT max(scale(quantity)), max(abs(quantity)) FILTER (WHERE quantity <> 'NaN'),
       max(scale(price)), max(abs(price)) FILTER (WHERE price <> 'NaN') FROM orders;
SELECT max(scale(quantity)), max(abs(quantity)) FILTER (WHERE quantity <> 'NaN'),
       max(scale(entry_price)), max(abs(entry_price)) FILTER (WHERE entry_price <> 'NaN') FROM positions;
SELECT max(scale(quantity)), max(abs(quantity)) FILTER (WHERE quantity <> 'NaN'),
       max(scale(price)), max(abs(price)) FILTER (WHERE price <> 'NaN'),
       max(scale(pnl)), max(abs(pnl)) FILTER (WHERE pnl <> 'NaN') FROM trades;

-- check: DUP001
-- singleton table: more than one row?
SELECT count(*) FROM (SELECT FROM agent_status LIMIT 1001) t;

-- question: duplicates
-- natural key with duplicates: positions(symbol), what Soda's duplicate_count asks. Not run
-- by default: dbaudit's natural-key check (KEY001) also checks other keys, so its floor is
-- its own SQL; key this section by its id once it covers the same keys.
SELECT count(*) FROM (SELECT symbol FROM positions GROUP BY symbol HAVING count(*) > 1) d;
