-- A small SaaS billing dataset in the shape Stripe's webhooks sync. Planted defects and traps
-- are listed in expected.yaml (data: defect / data: trap); times are relative to now() so
-- that "future" stays future.
insert into auth.users (id, email) values
  ('00000000-0000-4000-8000-000000000001', 'ana@example.com'),
  ('00000000-0000-4000-8000-000000000002', 'bo@example.com'),
  ('00000000-0000-4000-8000-000000000003', 'chen@example.com'),
  ('00000000-0000-4000-8000-000000000004', 'dee@example.com'),
  ('00000000-0000-4000-8000-000000000005', 'eli@example.com'),
  ('00000000-0000-4000-8000-000000000006', 'fay@example.com');
-- the on_auth_user_created trigger has created public.users rows; give them names
update public.users set full_name = initcap(split_part(u.email, '@', 1))
  from auth.users u where u.id = public.users.id;

insert into customers (id, stripe_customer_id) values
  ('00000000-0000-4000-8000-000000000001', 'cus_P9aX01'),
  ('00000000-0000-4000-8000-000000000002', 'cus_P9aX02'),
  -- defect: two users mapped to the same Stripe customer (a webhook race)
  ('00000000-0000-4000-8000-000000000003', 'cus_P9aX03'),
  ('00000000-0000-4000-8000-000000000004', 'cus_P9aX03'),
  ('00000000-0000-4000-8000-000000000005', 'cus_P9aX05'),
  ('00000000-0000-4000-8000-000000000006', null);

insert into products (id, active, name, description) values
  ('prod_Free', true, 'Hobby', 'Free forever'),
  ('prod_Pro', true, 'Pro', 'For professionals'),
  ('prod_Team', true, 'Team', 'Per seat');

insert into prices (id, product_id, active, unit_amount, currency, type, interval, interval_count, trial_period_days) values
  -- trap: the free plan's price is 0, and it has no trial (0 days)
  ('price_free_m', 'prod_Free', true, 0, 'usd', 'recurring', 'month', 1, 0),
  ('price_pro_m', 'prod_Pro', true, 1500, 'usd', 'recurring', 'month', 1, 14),
  ('price_pro_y', 'prod_Pro', true, 15000, 'usd', 'recurring', 'year', 1, 14),
  ('price_team_m', 'prod_Team', true, 4900, 'usd', 'recurring', 'month', 1, 0),
  ('price_team_setup', 'prod_Team', false, 9900, 'usd', 'one_time', null, null, null);

insert into subscriptions (id, user_id, status, price_id, quantity, cancel_at_period_end, created,
                           current_period_start, current_period_end, ended_at, cancel_at,
                           canceled_at, trial_start, trial_end) values
  ('sub_01', '00000000-0000-4000-8000-000000000001', 'active', 'price_free_m', 1, false,
   now() - interval '300 days', now() - interval '10 days', now() + interval '20 days',
   null, null, null, null, null),
  -- trap: a trial ends in the future, and its period too
  ('sub_02', '00000000-0000-4000-8000-000000000002', 'trialing', 'price_pro_m', 1, false,
   now() - interval '3 days', now() - interval '3 days', now() + interval '11 days',
   null, null, null, now() - interval '3 days', now() + interval '11 days'),
  -- trap: cancel_at is the scheduled cancellation, in the future by nature
  ('sub_03', '00000000-0000-4000-8000-000000000003', 'active', 'price_team_m', 5, true,
   now() - interval '200 days', now() - interval '5 days', now() + interval '25 days',
   null, now() + interval '25 days', now() - interval '1 day', null, null),
  -- defect: a negative seat count
  ('sub_04', '00000000-0000-4000-8000-000000000004', 'active', 'price_team_m', -1, false,
   now() - interval '90 days', now() - interval '2 days', now() + interval '28 days',
   null, null, null, null, null),
  -- defect: created in the future (a clock in milliseconds read as seconds)
  ('sub_05', '00000000-0000-4000-8000-000000000005', 'active', 'price_pro_y', 1, false,
   now() + interval '3 years', now() - interval '40 days', now() + interval '325 days',
   null, null, null, null, null),
  -- defect: canceled (and ended) "in the future"
  ('sub_06', '00000000-0000-4000-8000-000000000006', 'canceled', 'price_pro_m', 1, false,
   now() - interval '400 days', now() - interval '60 days', now() - interval '30 days',
   now() - interval '30 days', null, now() + interval '2 years', null, null);
