-- A small Healthchecks instance: three accounts, two projects, checks, pings and flips.
-- Planted defects and traps are listed in expected.yaml; times are relative to now().
insert into public.auth_user (id, password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined) values
  -- trap: Django's password hashes (pbkdf2, argon2) and an unusable password ('!...')
  (1, 'pbkdf2_sha256$870000$gq1sQ2Xh0vZ9$9bJm3cFq3yq1oQ0r3J2Rr1m7bV4Yx1yX3v2V0q9w8eE=', now() - interval '1 day', true, 'a8f3e1c2d4', '', '', 'alice@acme.io', true, true, now() - interval '400 days'),
  (2, 'argon2$argon2id$v=19$m=102400,t=2,p=8$c2FsdHNhbHQ$3i1Q6x3yq1oQ0r3J2Rr1mw', now() - interval '3 days', false, 'b91c7d0e2f', '', '', 'bob@acme.io', false, true, now() - interval '200 days'),
  -- defect: a second account with alice's address (two sign-ups raced; she logs in by email)
  (3, '!Kx9d2Lq0vP7mN3bV8cX1zR5tY6uW4eAbCdEfGhIj', null, false, 'c0d2e4f6a8', '', '', 'alice@acme.io', false, true, now() - interval '10 days');

insert into public.accounts_project (id, code, name, api_key, api_key_readonly, owner_id, badge_key, ping_key, show_slugs) values
  (1, '0d9c1c50-1f0e-4c39-8d5e-1b0b7a1f2a01', 'Acme production', '', '', 1, 'acme-prod-badge', 'pk_acme_prod_2b7f', true),
  (2, '6a1f3e77-52b8-4f2c-9a5e-7c3d2b1a0f02', 'Bob''s servers', '', '', 2, 'bob-badge', null, false);

insert into public.accounts_profile (id, next_report_date, user_id, ping_log_limit, token, check_limit, last_sms_date, sms_limit, sms_sent, team_limit, sort, nag_period, next_nag_date, deletion_notice_date, last_active_date, call_limit, calls_sent, last_call_date, reports, tz, theme, totp, totp_created, deletion_scheduled_date, over_limit_date) values
  -- trap: the next monthly report, the next nag and a scheduled deletion are in the future by nature
  (1, now() + interval '12 days', 1, 1000, 'pbkdf2_sha256$870000$Zk3o8Q$5y7hQm2v1bX9c0dLr4tS8uW6eA3fG1hJ2kL7mN9pQ0=', 500, null, 50, 0, 9, 'created', interval '1 hour', now() + interval '40 minutes', null, now() - interval '1 day', 20, 0, null, 'monthly', 'UTC', null, null, null, null, null),
  (2, now() + interval '12 days', 2, 100, '', 20, now() - interval '30 days', 5, 1, 2, 'name', interval '0', null, null, now() - interval '3 days', 0, 0, null, 'off', 'Europe/Riga', 'dark', null, null, now() + interval '25 days', null),
  (3, null, 3, 100, '', 20, null, 5, 0, 2, 'created', interval '0', null, null, null, 0, 0, null, 'monthly', 'UTC', null, null, null, null, null);

insert into public.accounts_member (id, user_id, project_id, transfer_request_date, role) values
  (1, 2, 1, null, 'w'),
  (2, 3, 1, null, 'r');

insert into public.api_check (id, code, last_ping, alert_after, status, timeout, name, created, grace, tags, n_pings, kind, schedule, tz, has_confirmation_link, "desc", last_start, project_id, last_duration, methods, manual_resume, slug, failure_kw, filter_body, filter_subject, success_kw, last_start_rid, start_kw, badge_key, filter_default_fail, filter_http_body) values
  -- trap: alert_after is when the check will be due, in the future by nature
  (1, 'f3a1e9c2-7b4d-4e8a-9c1f-2d3e4f5a6b01', now() - interval '20 minutes', now() + interval '50 minutes', 'up', interval '1 hour', 'nightly backup', now() - interval '300 days', interval '10 minutes', 'prod backup', 412, 'simple', '* * * * *', 'UTC', false, '', null, 1, interval '3 minutes', '', false, 'nightly-backup', '', false, false, '', null, '', 'a1b2c3d4-0000-4000-8000-000000000001', false, false),
  -- trap: two checks of one project share a slug (allowed; a ping by slug then answers 409)
  (2, 'f3a1e9c2-7b4d-4e8a-9c1f-2d3e4f5a6b02', now() - interval '2 hours', now() + interval '22 hours', 'up', interval '1 day', 'db vacuum (eu)', now() - interval '120 days', interval '1 hour', 'prod', 120, 'cron', '0 3 * * *', 'Europe/Riga', false, '', null, 1, null, '', false, 'db-vacuum', '', false, false, '', null, '', 'a1b2c3d4-0000-4000-8000-000000000002', false, false),
  (3, 'f3a1e9c2-7b4d-4e8a-9c1f-2d3e4f5a6b03', null, null, 'new', interval '1 day', 'db vacuum (us)', now() - interval '5 days', interval '1 hour', 'prod', 0, 'cron', '0 3 * * *', 'America/New_York', false, '', null, 1, null, '', false, 'db-vacuum', '', false, false, '', null, '', 'a1b2c3d4-0000-4000-8000-000000000003', false, false),
  (4, 'f3a1e9c2-7b4d-4e8a-9c1f-2d3e4f5a6b04', now() - interval '1 day', now() - interval '23 hours', 'down', interval '1 hour', 'web heartbeat', now() - interval '60 days', interval '5 minutes', '', 77, 'simple', '* * * * *', 'UTC', false, '', null, 2, null, '', false, 'web-heartbeat', '', false, false, '', null, '', 'a1b2c3d4-0000-4000-8000-000000000004', false, false);

insert into public.api_ping (id, created, remote_addr, method, ua, owner_id, scheme, n, kind, exitstatus, body_raw, object_size, rid) values
  (1, now() - interval '20 minutes', '203.0.113.7', 'POST', 'curl/8.5', 1, 'https', 412, null, 0, null, null, null),
  -- trap: an empty body has size 0
  (2, now() - interval '2 hours', '203.0.113.8', 'GET', 'curl/8.5', 2, 'https', 120, null, null, null, 0, null),
  (3, now() - interval '1 day', '198.51.100.4', 'HEAD', 'Go-http-client/1.1', 4, 'http', 77, 'fail', 1, null, null, null),
  -- defect: a ping stamped 3 days ahead (a client clock written into created by an import)
  (4, now() + interval '3 days', '203.0.113.7', 'POST', 'curl/8.5', 1, 'https', 413, null, 0, null, null, null);

insert into public.api_flip (id, created, processed, old_status, new_status, owner_id, reason) values
  (1, now() - interval '23 hours', now() - interval '23 hours', 'up', 'down', 4, 'timeout'),
  (2, now() - interval '299 days', now() - interval '299 days', 'new', 'up', 1, '');
