-- A small ledger: two ledgers, customer identities, balances, transactions, snapshots, a
-- bank-statement reconciliation, API keys. Amounts are in minor units (precise_amount) and
-- major units (amount), as Blnk writes them. Planted defects and traps are listed in
-- expected.yaml; times are relative to now() (the columns are timestamp without time zone).
insert into blnk.ledgers (name, ledger_id, created_at) values
  ('General Ledger', 'ldg_general', now() - interval '300 days'),
  ('Wallets', 'ldg_wallets', now() - interval '200 days');

insert into blnk.identity (identity_id, first_name, last_name, email_address, identity_type, category, country, created_at) values
  ('idt_ada', 'Ada', 'Obi', 'ada@example.ng', 'individual', 'customer', 'NG', now() - interval '190 days'),
  -- trap: the same person's business identity shares her email
  ('idt_ada_biz', 'Ada', 'Obi', 'ada@example.ng', 'organization', 'merchant', 'NG', now() - interval '100 days'),
  ('idt_ben', 'Ben', 'Kim', 'ben@example.kr', 'individual', 'customer', 'KR', now() - interval '150 days');

insert into blnk.balances (balance_id, indicator, balance, credit_balance, debit_balance, currency, ledger_id, identity_id, created_at) values
  -- the world balance of the general ledger: its balance is negative by nature
  ('bln_world', '@World', -1000000, 0, 1000000, 'NGN', 'ldg_general', null, now() - interval '300 days'),
  ('bln_ada', null, 750000, 800000, 50000, 'NGN', 'ldg_wallets', 'idt_ada', now() - interval '190 days'),
  -- trap: an overdrawn wallet (the ledger allows overdraft) and a new, empty one
  ('bln_ben', null, -25000, 225000, 250000, 'NGN', 'ldg_wallets', 'idt_ben', now() - interval '150 days'),
  ('bln_ada_biz', null, 0, 0, 0, 'NGN', 'ldg_wallets', 'idt_ada_biz', now() - interval '100 days');

insert into blnk.balance_monitors (monitor_id, balance_id, field, operator, value, description, created_at, precise_value) values
  -- trap: alert when the balance drops below 0
  ('mon_ben', 'bln_ben', 'balance', '<', 0, 'overdraft alert', now() - interval '149 days', 0);

insert into blnk.transactions (transaction_id, source, destination, reference, amount, precise_amount, precision, currency, status, description, created_at, scheduled_for, effective_date, parent_transaction, meta_data) values
  ('txn_001', 'bln_world', 'bln_ada', 'ref-001', 8000.00, 800000, 100, 'NGN', 'APPLIED', 'card top-up', now() - interval '180 days', null, now() - interval '180 days', null, '{"channel": "card"}'),
  ('txn_002', 'bln_ada', 'bln_world', 'ref-002', 500.00, 50000, 100, 'NGN', 'APPLIED', 'withdrawal', now() - interval '120 days', null, now() - interval '120 days', null, '{}'),
  ('txn_003', 'bln_world', 'bln_ben', 'ref-003', 2250.00, 225000, 100, 'NGN', 'APPLIED', 'top-up', now() - interval '140 days', null, now() - interval '140 days', null, '{}'),
  ('txn_004', 'bln_ben', 'bln_world', 'ref-004', 2500.00, 250000, 100, 'NGN', 'APPLIED', 'bill payment', now() - interval '20 days', null, now() - interval '20 days', null, '{}'),
  -- trap: a scheduled transfer, due next week
  ('txn_005', 'bln_ada', 'bln_ada_biz', 'ref-005', 1000.00, 100000, 100, 'NGN', 'SCHEDULED', 'monthly sweep', now() - interval '1 day', now() + interval '7 days', now() + interval '7 days', null, '{}'),
  -- defect: a negative amount (the direction is source -> destination; amounts are positive)
  ('txn_006', 'bln_ada', 'bln_ben', 'ref-006', -150.00, -15000, 100, 'NGN', 'APPLIED', 'refund', now() - interval '10 days', null, now() - interval '10 days', null, '{}'),
  -- defect: a split child of a parent transaction that does not exist
  ('txn_007', 'bln_world', 'bln_ada', 'ref-007', 120.00, 12000, 100, 'NGN', 'APPLIED', 'split part 1', now() - interval '5 days', null, now() - interval '5 days', 'txn_missing_parent', '{}'),
  -- defect: created two years from now (an importer that read the year wrong)
  ('txn_008', 'bln_world', 'bln_ben', 'ref-008', 40.00, 4000, 100, 'NGN', 'APPLIED', 'import', now() + interval '2 years', null, now() - interval '3 days', null, '{}');

insert into blnk.balance_snapshots (balance_id, ledger_id, balance, credit_balance, debit_balance, inflight_balance, inflight_credit_balance, inflight_debit_balance, currency, snapshot_time, created_at, last_tx_id) values
  ('bln_ada', 'ldg_wallets', 750000, 800000, 50000, 0, 0, 0, 'NGN', now() - interval '30 days', now() - interval '30 days', 'txn_002'),
  ('bln_ben', 'ldg_wallets', -25000, 225000, 250000, 0, 0, 0, 'NGN', now() - interval '1 day', now() - interval '1 day', 'txn_004'),
  -- defect: a snapshot "taken" tomorrow
  ('bln_ada', 'ldg_wallets', 750000, 800000, 50000, 0, 0, 0, 'NGN', now() + interval '1 day', now() - interval '1 hour', 'txn_002');

insert into blnk.external_transactions (id, amount, reference, currency, description, date, source, upload_id) values
  ('ext_1', 8000.00, 'ref-001', 'NGN', 'CARD TOPUP', now() - interval '180 days', 'bank_statement.csv', 'upl_1'),
  -- trap: a bank statement shows debits as negative amounts
  ('ext_2', -500.00, 'ref-002', 'NGN', 'ATM WDL', now() - interval '120 days', 'bank_statement.csv', 'upl_1');

insert into blnk.reconciliations (reconciliation_id, upload_id, status, matched_transactions, unmatched_transactions, started_at, completed_at) values
  -- trap: a reconciliation that has matched nothing yet (counters at 0)
  ('rec_1', 'upl_1', 'in_progress', 0, 0, now() - interval '1 hour', null);
insert into blnk.matches (external_transaction_id, internal_transaction_id, reconciliation_id, amount, date) values
  ('ext_1', 'txn_001', 'rec_1', 8000.00, now() - interval '50 minutes'),
  -- defect: a match whose statement line was deleted by a re-upload
  ('ext_9', 'txn_003', 'rec_1', 2250.00, now() - interval '40 minutes');
insert into blnk.unmatched (external_transaction_id, reconciliation_id, date) values
  ('ext_2', 'rec_1', now() - interval '30 minutes');

insert into blnk.api_keys (api_key_id, key, name, owner_id, scopes, expires_at, created_at, last_used_at, key_prefix) values
  -- trap: keys are stored as bcrypt hashes; they expire in the future
  ('api_1', '$2a$10$wq7P9bW1mS0Yk8Y3oQ1aUeC0vG6x2r4jH5tL7nB9dF1gK3mN5pQ7S', 'backend', 'usr_ops', '{"transactions:write"}', now() + interval '300 days', now() - interval '60 days', now() - interval '2 hours', 'blnk_3f9a'),
  -- defect: a key created before keys were hashed, still in clear
  ('api_2', 'blnk_live_8Fq2mZ7xR1vT9kW3', 'legacy cron', 'usr_ops', '{"balances:read"}', now() + interval '30 days', now() - interval '400 days', now() - interval '1 day', null);

insert into blnk.lineage_outbox (transaction_id, source_balance_id, destination_balance_id, provider, lineage_type, payload, status, attempts, created_at, locked_until) values
  -- trap: a claimed job, locked until a minute from now
  ('txn_001', 'bln_world', 'bln_ada', 'card', 'credit', '{"amount": 800000}', 'processing', 1, now() - interval '1 minute', now() + interval '1 minute');
