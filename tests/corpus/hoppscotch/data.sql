-- A small dataset: users, a team, members, a team collection, tokens and a mock server.
-- Planted defects and traps are listed in expected.yaml; times are relative to now().
insert into "User" (uid, "displayName", email, "isAdmin", "createdOn", "lastLoggedOn") values
  ('usr_ana', 'Ana', 'ana@devshop.test', true, now() - interval '300 days', now() - interval '1 day'),
  ('usr_bo', 'Bo', 'bo@devshop.test', false, now() - interval '200 days', now() - interval '2 days'),
  -- trap: two GitHub sign-ins without a public email
  ('usr_gh1', 'octo-one', null, false, now() - interval '50 days', now() - interval '3 days'),
  ('usr_gh2', 'octo-two', null, false, now() - interval '40 days', now() - interval '4 days');

insert into "Team" (id, name) values ('team_api', 'API squad');
insert into "TeamMember" (id, role, "userUid", "teamID") values
  ('tm_1', 'OWNER', 'usr_ana', 'team_api'),
  ('tm_2', 'EDITOR', 'usr_bo', 'team_api'),
  -- defect: a member whose user was deleted (no FK on userUid removed the membership)
  ('tm_3', 'VIEWER', 'usr_gone', 'team_api');

insert into "TeamInvitation" (id, "teamID", "creatorUid", "inviteeEmail", "inviteeRole") values
  ('inv_1', 'team_api', 'usr_ana', 'cy@devshop.test', 'VIEWER'),
  -- defect: an invitation created by a user who no longer exists
  ('inv_2', 'team_api', 'usr_left', 'dee@devshop.test', 'EDITOR');

insert into "TeamCollection" (id, "parentID", "teamID", title, "orderIndex", "createdOn", "updatedOn") values
  ('col_1', null, 'team_api', 'Payments API', 1, now() - interval '100 days', now() - interval '1 day');

insert into "InfraToken" (id, "creatorUid", label, token, "expiresOn", "createdOn", "updatedOn") values
  -- trap: a token that expires next year
  ('it_1', 'usr_ana', 'CI', 'hp_inf_8Kq2Lx9Zr4Tv7Wm1Yb3Nc6Qs', now() + interval '1 year', now() - interval '10 days', now() - interval '10 days');

insert into "MockServer" (id, name, subdomain, "creatorUid", "collectionID", "workspaceType", "workspaceID", "delayInMs", "hitCount", "lastHitAt", "createdOn", "updatedOn") values
  -- trap: a new mock server, never hit, no delay (zeros are its defaults)
  ('ms_1', 'payments-mock', 'payments-7f3a', 'usr_ana', 'col_1', 'TEAM', 'team_api', 0, 0, null, now() - interval '2 days', now() - interval '2 days'),
  -- defect: "last hit" tomorrow
  ('ms_2', 'orders-mock', 'orders-1b2c', 'usr_bo', 'col_1', 'TEAM', 'team_api', 250, 41, now() + interval '1 day', now() - interval '30 days', now() - interval '1 day');
