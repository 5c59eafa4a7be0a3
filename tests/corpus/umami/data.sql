-- A small analytics dataset: two websites, their sessions, events, event data and revenue.
-- Planted defects and traps are listed in expected.yaml; times are relative to now().
insert into "user" (user_id, username, password, role, created_at) values
  ('11111111-0000-4000-8000-000000000002', 'marta', '$2b$10$Zr3kq1mT0bI5o0U8m1Yy0OQ3hW8p7QkR0lJ9eX5uYc2vN1sD4aF6G', 'user', now() - interval '90 days'),
  ('11111111-0000-4000-8000-000000000003', 'viewer', '$2b$10$u7Lr9wPq2cXn4Vb6Mz8Ty.Q1sD3fG5hJ7kL9zX1cV3bN5mQ7wE9rK', 'view-only', now() - interval '30 days');

insert into team (team_id, name, access_code, created_at) values
  ('22222222-0000-4000-8000-000000000001', 'Growth', 'team_8Kq2Lx', now() - interval '80 days');
insert into team_user (team_user_id, team_id, user_id, role, created_at) values
  ('23232323-0000-4000-8000-000000000001', '22222222-0000-4000-8000-000000000001', '11111111-0000-4000-8000-000000000002', 'team-owner', now() - interval '80 days'),
  -- defect: a member whose user row was hard-deleted
  ('23232323-0000-4000-8000-000000000002', '22222222-0000-4000-8000-000000000001', '11111111-0000-4000-8000-0000000000ff', 'team-member', now() - interval '70 days');

insert into website (website_id, name, domain, user_id, team_id, created_by, created_at) values
  ('33333333-0000-4000-8000-000000000001', 'Shop', 'shop.example.com', null, '22222222-0000-4000-8000-000000000001', '11111111-0000-4000-8000-000000000002', now() - interval '80 days'),
  -- defect: created_by names a user that does not exist
  ('33333333-0000-4000-8000-000000000002', 'Blog', 'blog.example.com', '11111111-0000-4000-8000-000000000002', null, '11111111-0000-4000-8000-0000000000ee', now() - interval '60 days');

insert into session (session_id, website_id, browser, os, device, screen, language, country, city, created_at, distinct_id) values
  ('44444444-0000-4000-8000-000000000001', '33333333-0000-4000-8000-000000000001', 'chrome', 'Mac OS', 'laptop', '1440x900', 'en-US', 'US', 'Austin', now() - interval '5 days', 'cust-1001'),
  -- trap: one visitor's distinct_id (the site's own customer id) on several sessions
  ('44444444-0000-4000-8000-000000000002', '33333333-0000-4000-8000-000000000001', 'safari', 'iOS', 'mobile', '390x844', 'en-US', 'US', 'Austin', now() - interval '2 days', 'cust-1001'),
  ('44444444-0000-4000-8000-000000000003', '33333333-0000-4000-8000-000000000002', 'firefox', 'Linux', 'desktop', '1920x1080', 'de-DE', 'DE', 'Berlin', now() - interval '1 day', null);

insert into website_event (event_id, website_id, session_id, visit_id, created_at, url_path, event_type, event_name, page_title) values
  ('55555555-0000-4000-8000-000000000001', '33333333-0000-4000-8000-000000000001', '44444444-0000-4000-8000-000000000001', '66666666-0000-4000-8000-000000000001', now() - interval '5 days', '/', 1, null, 'Home'),
  ('55555555-0000-4000-8000-000000000002', '33333333-0000-4000-8000-000000000001', '44444444-0000-4000-8000-000000000001', '66666666-0000-4000-8000-000000000001', now() - interval '5 days' + interval '2 minutes', '/checkout', 2, 'checkout', 'Checkout'),
  ('55555555-0000-4000-8000-000000000003', '33333333-0000-4000-8000-000000000001', '44444444-0000-4000-8000-000000000002', '66666666-0000-4000-8000-000000000002', now() - interval '2 days', '/checkout', 2, 'checkout', 'Checkout'),
  ('55555555-0000-4000-8000-000000000004', '33333333-0000-4000-8000-000000000002', '44444444-0000-4000-8000-000000000003', '66666666-0000-4000-8000-000000000003', now() - interval '1 day', '/posts/1', 1, null, 'Post'),
  -- defect: two events of a session that was deleted (session purge without its events)
  ('55555555-0000-4000-8000-000000000005', '33333333-0000-4000-8000-000000000002', '44444444-0000-4000-8000-0000000000dd', '66666666-0000-4000-8000-000000000004', now() - interval '3 days', '/', 1, null, 'Blog'),
  ('55555555-0000-4000-8000-000000000006', '33333333-0000-4000-8000-000000000002', '44444444-0000-4000-8000-0000000000dd', '66666666-0000-4000-8000-000000000004', now() - interval '3 days', '/about', 1, null, 'About'),
  -- defect: an event from a tracker whose clock is a month ahead
  ('55555555-0000-4000-8000-000000000007', '33333333-0000-4000-8000-000000000002', '44444444-0000-4000-8000-000000000003', '66666666-0000-4000-8000-000000000003', now() + interval '30 days', '/posts/2', 1, null, 'Post');

insert into event_data (event_data_id, website_id, website_event_id, data_key, string_value, number_value, date_value, data_type, created_at) values
  ('77777777-0000-4000-8000-000000000001', '33333333-0000-4000-8000-000000000001', '55555555-0000-4000-8000-000000000002', 'plan', 'annual', null, null, 1, now() - interval '5 days'),
  -- trap: a date property the site sends (the renewal date it sold): future by nature
  ('77777777-0000-4000-8000-000000000002', '33333333-0000-4000-8000-000000000001', '55555555-0000-4000-8000-000000000002', 'renews_on', null, null, now() + interval '360 days', 4, now() - interval '5 days'),
  ('77777777-0000-4000-8000-000000000003', '33333333-0000-4000-8000-000000000001', '55555555-0000-4000-8000-000000000003', 'plan', 'monthly', null, null, 1, now() - interval '2 days');

insert into revenue (revenue_id, website_id, session_id, event_id, event_name, currency, revenue, created_at) values
  ('88888888-0000-4000-8000-000000000001', '33333333-0000-4000-8000-000000000001', '44444444-0000-4000-8000-000000000001', '55555555-0000-4000-8000-000000000002', 'checkout', 'USD', 120.0000, now() - interval '5 days'),
  -- trap: a checkout with a 100% coupon earns 0
  ('88888888-0000-4000-8000-000000000002', '33333333-0000-4000-8000-000000000001', '44444444-0000-4000-8000-000000000002', '55555555-0000-4000-8000-000000000003', 'checkout', 'USD', 0, now() - interval '2 days'),
  -- defect: revenue of a website that was deleted
  ('88888888-0000-4000-8000-000000000003', '33333333-0000-4000-8000-0000000000cc', '44444444-0000-4000-8000-000000000001', '55555555-0000-4000-8000-000000000001', 'checkout', 'USD', 35.5000, now() - interval '4 days');

insert into share (share_id, entity_id, name, share_type, slug, parameters, created_at) values
  -- trap: entity_id is polymorphic (share_type 1: a website, 2: a board)
  ('99999999-0000-4000-8000-000000000001', '33333333-0000-4000-8000-000000000001', 'Shop stats', 1, 'shop-stats', '{}', now() - interval '10 days');
