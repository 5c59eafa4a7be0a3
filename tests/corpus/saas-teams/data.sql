-- A small multi-tenant dataset (teams, members, invitations, audit log). Planted defects and
-- traps are listed in expected.yaml; times are relative to now().
insert into users (id, name, email, password_hash, role, created_at, updated_at, deleted_at) values
  (1, 'Ana Owner', 'ana@acme.test', '$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy', 'owner', now() - interval '400 days', now() - interval '2 days', null),
  (2, 'Bo Member', 'bo@acme.test', '$2b$10$CwTycUXWue0Thq9StjUM0uJ8.4vZf0r7Vh1iqKZ8qE5m9Y0v1o6pS', 'member', now() - interval '300 days', now() - interval '30 days', null),
  (3, 'Chen', 'chen@globex.test', '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG', 'owner', now() - interval '200 days', now() - interval '200 days', null),
  (4, 'Dee', 'dee@globex.test', '$2b$12$KIXQJ6bM7xYvGQm2xg5H0eZ8nN0hE8Yk7y2bq3r3G1wz8pZ6kqE5W', 'member', now() - interval '100 days', now() - interval '40 days', now() - interval '40 days'),
  (5, 'Eli', 'eli@initech.test', '$2b$10$7EqJtq98hPqEX7fNZaFWoO5Ujy5pN6Y0pQ9lJk1xK3zG8d4tN2aYq', 'owner', now() - interval '50 days', now() - interval '1 day', null);
select setval('users_id_seq', 5);

insert into teams (id, name, created_at, updated_at, stripe_customer_id, stripe_subscription_id, stripe_product_id, plan_name, subscription_status) values
  (1, 'Acme', now() - interval '400 days', now() - interval '3 days', 'cus_Acme01', 'sub_Acme01', 'prod_Base', 'Base', 'active'),
  (2, 'Globex', now() - interval '200 days', now() - interval '10 days', 'cus_Globex1', 'sub_Globex1', 'prod_Plus', 'Plus', 'trialing'),
  (3, 'Initech', now() - interval '50 days', now() - interval '50 days', null, null, null, null, null);
select setval('teams_id_seq', 3);

insert into team_members (user_id, team_id, role, joined_at) values
  (1, 1, 'owner', now() - interval '400 days'),
  (2, 1, 'member', now() - interval '300 days'),
  -- defect: Bo is a member of Acme twice (a double-submitted invitation acceptance)
  (2, 1, 'member', now() - interval '299 days'),
  (3, 2, 'owner', now() - interval '200 days'),
  (4, 2, 'member', now() - interval '100 days'),
  (5, 3, 'owner', now() - interval '50 days'),
  -- not a defect: Ana also belongs to Globex
  (1, 2, 'member', now() - interval '20 days');

insert into invitations (team_id, email, role, invited_by, invited_at, status) values
  (1, 'bo@acme.test', 'member', 1, now() - interval '301 days', 'accepted'),
  -- trap: the same address invited by two teams, and re-invited after expiry
  (1, 'fay@contractor.test', 'member', 1, now() - interval '60 days', 'expired'),
  (1, 'fay@contractor.test', 'member', 1, now() - interval '5 days', 'pending'),
  (2, 'fay@contractor.test', 'member', 3, now() - interval '4 days', 'pending');

insert into activity_logs (team_id, user_id, action, "timestamp", ip_address) values
  (1, 1, 'SIGN_UP', now() - interval '400 days', '203.0.113.7'),
  (1, 2, 'ACCEPT_INVITATION', now() - interval '300 days', '198.51.100.23'),
  (2, 3, 'CREATE_TEAM', now() - interval '200 days', '2001:db8::5'),
  (2, 4, 'DELETE_ACCOUNT', now() - interval '40 days', '192.0.2.44'),
  -- defect: a log line from a client whose clock is a year ahead
  (3, 5, 'SIGN_IN', now() + interval '1 year', '203.0.113.99'),
  (3, null, 'SIGN_IN_FAILED', now() - interval '2 hours', '203.0.113.200');
