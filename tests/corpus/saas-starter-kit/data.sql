-- A small multi-tenant dataset (NextAuth accounts, teams, invitations, API keys, Stripe
-- mirror). Planted defects and traps are listed in expected.yaml; times relative to now().
-- Prisma writes timestamp(3) in UTC: so does this file.
insert into "User" (id, name, email, "emailVerified", password, "createdAt", "updatedAt", invalid_login_attempts, "lockedAt") values
  ('usr_ana', 'Ana', 'ana@acme.test', now() at time zone 'utc' - interval '300 days', '$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW', now() at time zone 'utc' - interval '300 days', now() at time zone 'utc' - interval '1 day', 0, null),
  ('usr_bo', 'Bo', 'bo@acme.test', null, '$2a$12$Xk1zvq0R5gVh3mJ8s7YtUeJ2f8kQ4wL9pN6cB1dR3sT5uV7xZ9a2C', now() at time zone 'utc' - interval '200 days', now() at time zone 'utc' - interval '2 days', 2, null),
  -- defect: a password saved in clear by an old import script
  ('usr_chen', 'Chen', 'chen@globex.test', null, 'Welcome2024!', now() at time zone 'utc' - interval '100 days', now() at time zone 'utc' - interval '100 days', 0, null),
  -- trap: an OAuth-only user has no password; a locked account has 5 attempts
  ('usr_dee', 'Dee', 'dee@globex.test', now() at time zone 'utc' - interval '90 days', null, now() at time zone 'utc' - interval '90 days', now() at time zone 'utc' - interval '3 days', 5, now() at time zone 'utc' - interval '3 days');

insert into "Account" (id, "userId", type, provider, "providerAccountId", access_token, token_type, scope) values
  ('acc_1', 'usr_dee', 'oauth', 'github', '8812734', 'gho_16C7e42F292c6912E7710c838347Ae178B4a', 'bearer', 'read:user,user:email');

insert into "Team" (id, name, slug, domain, "createdAt", "updatedAt", "billingId", "billingProvider") values
  ('team_acme', 'Acme', 'acme', 'acme.test', now() at time zone 'utc' - interval '300 days', now() at time zone 'utc' - interval '5 days', 'cus_AcmeX1', 'stripe'),
  ('team_globex', 'Globex', 'globex', null, now() at time zone 'utc' - interval '100 days', now() at time zone 'utc' - interval '100 days', null, null);

insert into "TeamMember" (id, "teamId", "userId", role, "createdAt", "updatedAt") values
  ('tm_1', 'team_acme', 'usr_ana', 'OWNER', now() at time zone 'utc' - interval '300 days', now() at time zone 'utc' - interval '300 days'),
  ('tm_2', 'team_acme', 'usr_bo', 'MEMBER', now() at time zone 'utc' - interval '200 days', now() at time zone 'utc' - interval '200 days'),
  ('tm_3', 'team_globex', 'usr_chen', 'OWNER', now() at time zone 'utc' - interval '100 days', now() at time zone 'utc' - interval '100 days'),
  -- defect: a membership "created" next year (a local-time clock read as UTC, plus a bad year)
  ('tm_4', 'team_globex', 'usr_dee', 'MEMBER', now() at time zone 'utc' + interval '1 year', now() at time zone 'utc' - interval '90 days');

insert into "Invitation" (id, "teamId", email, role, token, expires, "invitedBy", "createdAt", "updatedAt", "sentViaEmail") values
  -- trap: the same address invited by two teams (unique per team); expiry in the future
  ('inv_1', 'team_acme', 'fay@contractor.test', 'MEMBER', 'b3a0c8f2-6a1e-4c55-9d0e-2f3b1a7c9e11', now() at time zone 'utc' + interval '6 days', 'usr_ana', now() at time zone 'utc' - interval '1 day', now() at time zone 'utc' - interval '1 day', true),
  ('inv_2', 'team_globex', 'fay@contractor.test', 'MEMBER', '0f6e7d21-93b4-4f8a-8c2d-5e1b7a9c3d22', now() at time zone 'utc' + interval '5 days', 'usr_chen', now() at time zone 'utc' - interval '2 days', now() at time zone 'utc' - interval '2 days', true),
  -- trap: two shareable invitation links (no email) for one team
  ('inv_3', 'team_acme', null, 'MEMBER', '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e33', now() at time zone 'utc' + interval '7 days', 'usr_ana', now() at time zone 'utc', now() at time zone 'utc', false),
  ('inv_4', 'team_acme', null, 'ADMIN', '7d2e3f4a-5b6c-4d7e-9f8a-0b1c2d3e4f44', now() at time zone 'utc' + interval '7 days', 'usr_ana', now() at time zone 'utc', now() at time zone 'utc', false);

insert into "PasswordReset" (email, token, "createdAt", "updatedAt", "expiresAt") values
  -- trap: a user who asked twice
  ('bo@acme.test', 'a1b2c3d4e5f60718293a4b5c6d7e8f90', now() at time zone 'utc' - interval '2 hours', now() at time zone 'utc' - interval '2 hours', now() at time zone 'utc' - interval '1 hour'),
  ('bo@acme.test', 'f0e9d8c7b6a5948372615a4b3c2d1e0f', now() at time zone 'utc' - interval '10 minutes', now() at time zone 'utc' - interval '10 minutes', now() at time zone 'utc' + interval '50 minutes');

insert into "ApiKey" (id, name, "teamId", "hashedKey", "createdAt", "updatedAt", "expiresAt", "lastUsedAt") values
  -- trap: the key is stored as a SHA-256 hex digest; it expires next year
  ('key_1', 'CI', 'team_acme', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', now() at time zone 'utc' - interval '30 days', now() at time zone 'utc' - interval '30 days', now() at time zone 'utc' + interval '335 days', now() at time zone 'utc' - interval '1 hour'),
  -- defect: "last used" tomorrow
  ('key_2', 'Zapier', 'team_globex', '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae', now() at time zone 'utc' - interval '20 days', now() at time zone 'utc' - interval '20 days', null, now() at time zone 'utc' + interval '1 day');

insert into "Session" (id, "sessionToken", "userId", expires) values
  ('ses_1', '3c4d5e6f-7081-4293-a4b5-c6d7e8f90a1b', 'usr_dee', now() at time zone 'utc' + interval '30 days');

insert into "VerificationToken" (identifier, token, expires) values
  ('bo@acme.test', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', now() at time zone 'utc' + interval '1 day');

insert into "Service" (id, description, features, image, name, created, "createdAt", "updatedAt") values
  ('prod_Free', 'Starter', '{"1 team"}', '', 'Free', now() at time zone 'utc' - interval '400 days', now() at time zone 'utc' - interval '400 days', now() at time zone 'utc' - interval '400 days'),
  ('prod_Pro', 'Pro', '{"10 teams","SSO"}', '', 'Pro', now() at time zone 'utc' - interval '400 days', now() at time zone 'utc' - interval '400 days', now() at time zone 'utc' - interval '400 days');

insert into "Price" (id, "billingScheme", currency, "serviceId", amount, metadata, type, created) values
  -- trap: the free tier's price is 0
  ('price_free', 'per_unit', 'usd', 'prod_Free', 0, '{}', 'recurring', now() at time zone 'utc' - interval '400 days'),
  ('price_pro', 'per_unit', 'usd', 'prod_Pro', 2900, '{}', 'recurring', now() at time zone 'utc' - interval '400 days');

insert into "Subscription" (id, "customerId", "priceId", active, "startDate", "endDate", "cancelAt", "createdAt", "updatedAt") values
  -- trap: the current period ends in the future; cancelAt is scheduled
  ('sub_1', 'cus_AcmeX1', 'price_pro', true, now() at time zone 'utc' - interval '20 days', now() at time zone 'utc' + interval '10 days', now() at time zone 'utc' + interval '10 days', now() at time zone 'utc' - interval '200 days', now() at time zone 'utc' - interval '20 days'),
  -- defect: a subscription on a price deleted from the mirror
  ('sub_2', 'cus_Legacy9', 'price_pro_2019', false, now() at time zone 'utc' - interval '800 days', now() at time zone 'utc' - interval '770 days', null, now() at time zone 'utc' - interval '800 days', now() at time zone 'utc' - interval '770 days');
