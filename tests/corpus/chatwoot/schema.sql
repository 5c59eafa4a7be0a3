-- Chatwoot's db/schema.rb as `rails db:schema:load` creates it on PostgreSQL
-- (converted by a script outside the repository; see SOURCE.md for what was changed).
SET client_min_messages = warning;

-- corpus: CREATE EXTENSION pg_stat_statements left out: an operations extension; needs shared_preload_libraries
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
-- corpus: CREATE EXTENSION pgcrypto left out: gen_random_uuid() is core since PostgreSQL 13; not on the embedded server
-- corpus: CREATE EXTENSION plpgsql left out: always installed
-- corpus: CREATE EXTENSION vector left out: pgvector is not on the servers the corpus loads into (vector -> real[])

CREATE TABLE public.access_tokens (
    id bigserial NOT NULL,
    owner_type character varying,
    owner_id bigint,
    token character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT access_tokens_pkey PRIMARY KEY (id)
);
CREATE INDEX index_access_tokens_on_owner_type_and_owner_id ON public.access_tokens (owner_type, owner_id);
CREATE UNIQUE INDEX index_access_tokens_on_token ON public.access_tokens (token);

CREATE TABLE public.account_users (
    id bigserial NOT NULL,
    account_id bigint,
    user_id bigint,
    role integer DEFAULT 0,
    inviter_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    active_at timestamp without time zone,
    availability integer DEFAULT 0 NOT NULL,
    auto_offline boolean DEFAULT true NOT NULL,
    custom_role_id bigint,
    agent_capacity_policy_id bigint,
    CONSTRAINT account_users_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX uniq_user_id_per_account_id ON public.account_users (account_id, user_id);
CREATE INDEX index_account_users_on_account_id ON public.account_users (account_id);
CREATE INDEX index_account_users_on_agent_capacity_policy_id ON public.account_users (agent_capacity_policy_id);
CREATE INDEX index_account_users_on_custom_role_id ON public.account_users (custom_role_id);
CREATE INDEX index_account_users_on_user_id ON public.account_users (user_id);

CREATE TABLE public.accounts (
    id serial NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    locale integer DEFAULT 0,
    domain character varying(100),
    support_email character varying(100),
    feature_flags bigint DEFAULT 0 NOT NULL,
    auto_resolve_duration integer,
    limits jsonb DEFAULT '{}'::jsonb,
    custom_attributes jsonb DEFAULT '{}'::jsonb,
    status integer DEFAULT 0,
    internal_attributes jsonb DEFAULT '{}'::jsonb NOT NULL,
    settings jsonb DEFAULT '{}'::jsonb,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);
CREATE INDEX index_accounts_on_status ON public.accounts (status);

CREATE TABLE public.action_mailbox_inbound_emails (
    id bigserial NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    message_id character varying NOT NULL,
    message_checksum character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT action_mailbox_inbound_emails_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_action_mailbox_inbound_emails_uniqueness ON public.action_mailbox_inbound_emails (message_id, message_checksum);

CREATE TABLE public.active_storage_attachments (
    id bigserial NOT NULL,
    name character varying NOT NULL,
    record_type character varying NOT NULL,
    record_id bigint NOT NULL,
    blob_id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    CONSTRAINT active_storage_attachments_pkey PRIMARY KEY (id)
);
CREATE INDEX index_active_storage_attachments_on_blob_id ON public.active_storage_attachments (blob_id);
CREATE UNIQUE INDEX index_active_storage_attachments_uniqueness ON public.active_storage_attachments (record_type, record_id, name, blob_id);

CREATE TABLE public.active_storage_blobs (
    id bigserial NOT NULL,
    key character varying NOT NULL,
    filename character varying NOT NULL,
    content_type character varying,
    metadata text,
    byte_size bigint NOT NULL,
    checksum character varying,
    created_at timestamp without time zone NOT NULL,
    service_name character varying NOT NULL,
    CONSTRAINT active_storage_blobs_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_active_storage_blobs_on_key ON public.active_storage_blobs (key);

CREATE TABLE public.active_storage_variant_records (
    id bigserial NOT NULL,
    blob_id bigint NOT NULL,
    variation_digest character varying NOT NULL,
    CONSTRAINT active_storage_variant_records_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_active_storage_variant_records_uniqueness ON public.active_storage_variant_records (blob_id, variation_digest);

CREATE TABLE public.agent_bot_inboxes (
    id bigserial NOT NULL,
    inbox_id integer,
    agent_bot_id integer,
    status integer DEFAULT 0,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    account_id integer,
    CONSTRAINT agent_bot_inboxes_pkey PRIMARY KEY (id)
);

CREATE TABLE public.agent_bots (
    id bigserial NOT NULL,
    name character varying,
    description character varying,
    outgoing_url character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    account_id bigint,
    bot_type integer DEFAULT 0,
    bot_config jsonb DEFAULT '{}'::jsonb,
    CONSTRAINT agent_bots_pkey PRIMARY KEY (id)
);
CREATE INDEX index_agent_bots_on_account_id ON public.agent_bots (account_id);

CREATE TABLE public.agent_capacity_policies (
    id bigserial NOT NULL,
    account_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    exclusion_rules jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT agent_capacity_policies_pkey PRIMARY KEY (id)
);
CREATE INDEX index_agent_capacity_policies_on_account_id ON public.agent_capacity_policies (account_id);

CREATE TABLE public.applied_slas (
    id bigserial NOT NULL,
    account_id bigint NOT NULL,
    sla_policy_id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    sla_status integer DEFAULT 0,
    CONSTRAINT applied_slas_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_applied_slas_on_account_sla_policy_conversation ON public.applied_slas (account_id, sla_policy_id, conversation_id);
CREATE INDEX index_applied_slas_on_account_id ON public.applied_slas (account_id);
CREATE INDEX index_applied_slas_on_conversation_id ON public.applied_slas (conversation_id);
CREATE INDEX index_applied_slas_on_sla_policy_id ON public.applied_slas (sla_policy_id);

CREATE TABLE public.article_embeddings (
    id bigserial NOT NULL,
    article_id bigint NOT NULL,
    term text NOT NULL,
    embedding real[],
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT article_embeddings_pkey PRIMARY KEY (id)
);
-- corpus: index index_article_embeddings_on_embedding (USING ivfflat, pgvector) left out

CREATE TABLE public.articles (
    id bigserial NOT NULL,
    account_id integer NOT NULL,
    portal_id integer NOT NULL,
    category_id integer,
    folder_id integer,
    title character varying,
    description text,
    content text,
    status integer,
    views integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    author_id bigint,
    associated_article_id bigint,
    meta jsonb DEFAULT '{}'::jsonb,
    slug character varying NOT NULL,
    position integer,
    locale character varying DEFAULT 'en'::character varying NOT NULL,
    CONSTRAINT articles_pkey PRIMARY KEY (id)
);
CREATE INDEX index_articles_on_account_id ON public.articles (account_id);
CREATE INDEX index_articles_on_associated_article_id ON public.articles (associated_article_id);
CREATE INDEX index_articles_on_author_id ON public.articles (author_id);
CREATE INDEX index_articles_on_portal_id ON public.articles (portal_id);
CREATE UNIQUE INDEX index_articles_on_slug ON public.articles (slug);
CREATE INDEX index_articles_on_status ON public.articles (status);
CREATE INDEX index_articles_on_views ON public.articles (views);

CREATE TABLE public.assignment_policies (
    id bigserial NOT NULL,
    account_id bigint NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    assignment_order integer DEFAULT 0 NOT NULL,
    conversation_priority integer DEFAULT 0 NOT NULL,
    fair_distribution_limit integer DEFAULT 100 NOT NULL,
    fair_distribution_window integer DEFAULT 3600 NOT NULL,
    enabled boolean DEFAULT true NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT assignment_policies_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_assignment_policies_on_account_id_and_name ON public.assignment_policies (account_id, name);
CREATE INDEX index_assignment_policies_on_account_id ON public.assignment_policies (account_id);
CREATE INDEX index_assignment_policies_on_enabled ON public.assignment_policies (enabled);

CREATE TABLE public.attachments (
    id serial NOT NULL,
    file_type integer DEFAULT 0,
    external_url character varying,
    coordinates_lat double precision DEFAULT 0.0,
    coordinates_long double precision DEFAULT 0.0,
    message_id integer NOT NULL,
    account_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    fallback_title character varying,
    extension character varying,
    meta jsonb DEFAULT '{}'::jsonb,
    CONSTRAINT attachments_pkey PRIMARY KEY (id)
);
CREATE INDEX index_attachments_on_account_id ON public.attachments (account_id);
CREATE INDEX index_attachments_on_message_id ON public.attachments (message_id);

CREATE TABLE public.audits (
    id bigserial NOT NULL,
    auditable_id bigint,
    auditable_type character varying,
    associated_id bigint,
    associated_type character varying,
    user_id bigint,
    user_type character varying,
    username character varying,
    action character varying,
    audited_changes jsonb,
    version integer DEFAULT 0,
    comment character varying,
    remote_address character varying,
    request_uuid character varying,
    created_at timestamp without time zone,
    CONSTRAINT audits_pkey PRIMARY KEY (id)
);
CREATE INDEX associated_index ON public.audits (associated_type, associated_id);
CREATE INDEX auditable_index ON public.audits (auditable_type, auditable_id, version);
CREATE INDEX index_audits_on_created_at ON public.audits (created_at);
CREATE INDEX index_audits_on_request_uuid ON public.audits (request_uuid);
CREATE INDEX user_index ON public.audits (user_id, user_type);

CREATE TABLE public.automation_rules (
    id bigserial NOT NULL,
    account_id bigint NOT NULL,
    name character varying NOT NULL,
    description text,
    event_name character varying NOT NULL,
    conditions jsonb DEFAULT '"{}"'::jsonb NOT NULL,
    actions jsonb DEFAULT '"{}"'::jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    active boolean DEFAULT true NOT NULL,
    CONSTRAINT automation_rules_pkey PRIMARY KEY (id)
);
CREATE INDEX index_automation_rules_on_account_id ON public.automation_rules (account_id);

CREATE TABLE public.campaign_messages (
    id bigserial NOT NULL,
    campaign_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    message_id character varying,
    status character varying DEFAULT 'pending'::character varying NOT NULL,
    error_code character varying,
    error_description text,
    sent_at timestamp(6) without time zone,
    delivered_at timestamp(6) without time zone,
    read_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT campaign_messages_pkey PRIMARY KEY (id)
);
CREATE INDEX index_campaign_messages_on_campaign_id_and_status ON public.campaign_messages (campaign_id, status);
CREATE INDEX index_campaign_messages_on_campaign_id ON public.campaign_messages (campaign_id);
CREATE INDEX index_campaign_messages_on_contact_id ON public.campaign_messages (contact_id);
CREATE UNIQUE INDEX index_campaign_messages_on_message_id ON public.campaign_messages (message_id);
CREATE INDEX index_campaign_messages_on_status ON public.campaign_messages (status);

CREATE TABLE public.campaigns (
    id bigserial NOT NULL,
    display_id integer NOT NULL,
    title character varying NOT NULL,
    description text,
    message text NOT NULL,
    sender_id integer,
    enabled boolean DEFAULT true,
    account_id bigint NOT NULL,
    inbox_id bigint NOT NULL,
    trigger_rules jsonb DEFAULT '{}'::jsonb,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    campaign_type integer DEFAULT 0 NOT NULL,
    campaign_status integer DEFAULT 0 NOT NULL,
    audience jsonb DEFAULT '[]'::jsonb,
    scheduled_at timestamp without time zone,
    trigger_only_during_business_hours boolean DEFAULT false,
    template_params jsonb,
    CONSTRAINT campaigns_pkey PRIMARY KEY (id)
);
CREATE INDEX index_campaigns_on_account_id ON public.campaigns (account_id);
CREATE INDEX index_campaigns_on_campaign_status ON public.campaigns (campaign_status);
CREATE INDEX index_campaigns_on_campaign_type ON public.campaigns (campaign_type);
CREATE INDEX index_campaigns_on_inbox_id ON public.campaigns (inbox_id);
CREATE INDEX index_campaigns_on_scheduled_at ON public.campaigns (scheduled_at);

CREATE TABLE public.canned_responses (
    id serial NOT NULL,
    account_id integer NOT NULL,
    short_code character varying,
    content text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT canned_responses_pkey PRIMARY KEY (id)
);

CREATE TABLE public.captain_assistant_responses (
    id bigserial NOT NULL,
    question character varying NOT NULL,
    answer text NOT NULL,
    embedding real[],
    assistant_id bigint NOT NULL,
    documentable_id bigint,
    account_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    status integer DEFAULT 1 NOT NULL,
    documentable_type character varying,
    CONSTRAINT captain_assistant_responses_pkey PRIMARY KEY (id)
);
CREATE INDEX index_captain_assistant_responses_on_account_id ON public.captain_assistant_responses (account_id);
CREATE INDEX index_captain_assistant_responses_on_assistant_id ON public.captain_assistant_responses (assistant_id);
CREATE INDEX idx_cap_asst_resp_on_documentable ON public.captain_assistant_responses (documentable_id, documentable_type);
-- corpus: index vector_idx_knowledge_entries_embedding (USING ivfflat, pgvector) left out
CREATE INDEX index_captain_assistant_responses_on_status ON public.captain_assistant_responses (status);

CREATE TABLE public.captain_assistants (
    id bigserial NOT NULL,
    name character varying NOT NULL,
    account_id bigint NOT NULL,
    description character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    config jsonb DEFAULT '{}'::jsonb NOT NULL,
    response_guidelines jsonb DEFAULT '[]'::jsonb,
    guardrails jsonb DEFAULT '[]'::jsonb,
    CONSTRAINT captain_assistants_pkey PRIMARY KEY (id)
);
CREATE INDEX index_captain_assistants_on_account_id ON public.captain_assistants (account_id);

CREATE TABLE public.captain_documents (
    id bigserial NOT NULL,
    name character varying,
    external_link character varying NOT NULL,
    content text,
    assistant_id bigint NOT NULL,
    account_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    CONSTRAINT captain_documents_pkey PRIMARY KEY (id)
);
CREATE INDEX index_captain_documents_on_account_id ON public.captain_documents (account_id);
CREATE UNIQUE INDEX index_captain_documents_on_assistant_id_and_external_link ON public.captain_documents (assistant_id, external_link);
CREATE INDEX index_captain_documents_on_assistant_id ON public.captain_documents (assistant_id);
CREATE INDEX index_captain_documents_on_status ON public.captain_documents (status);

CREATE TABLE public.captain_inboxes (
    id bigserial NOT NULL,
    captain_assistant_id bigint NOT NULL,
    inbox_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT captain_inboxes_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_captain_inboxes_on_captain_assistant_id_and_inbox_id ON public.captain_inboxes (captain_assistant_id, inbox_id);
CREATE INDEX index_captain_inboxes_on_captain_assistant_id ON public.captain_inboxes (captain_assistant_id);
CREATE INDEX index_captain_inboxes_on_inbox_id ON public.captain_inboxes (inbox_id);

CREATE TABLE public.captain_scenarios (
    id bigserial NOT NULL,
    title character varying,
    description text,
    instruction text,
    tools jsonb DEFAULT '[]'::jsonb,
    enabled boolean DEFAULT true NOT NULL,
    assistant_id bigint NOT NULL,
    account_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT captain_scenarios_pkey PRIMARY KEY (id)
);
CREATE INDEX index_captain_scenarios_on_account_id ON public.captain_scenarios (account_id);
CREATE INDEX index_captain_scenarios_on_assistant_id_and_enabled ON public.captain_scenarios (assistant_id, enabled);
CREATE INDEX index_captain_scenarios_on_assistant_id ON public.captain_scenarios (assistant_id);
CREATE INDEX index_captain_scenarios_on_enabled ON public.captain_scenarios (enabled);

CREATE TABLE public.categories (
    id bigserial NOT NULL,
    account_id integer NOT NULL,
    portal_id integer NOT NULL,
    name character varying,
    description text,
    position integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    locale character varying DEFAULT 'en'::character varying,
    slug character varying NOT NULL,
    parent_category_id bigint,
    associated_category_id bigint,
    icon character varying DEFAULT ''::character varying,
    CONSTRAINT categories_pkey PRIMARY KEY (id)
);
CREATE INDEX index_categories_on_associated_category_id ON public.categories (associated_category_id);
CREATE INDEX index_categories_on_locale_and_account_id ON public.categories (locale, account_id);
CREATE INDEX index_categories_on_locale ON public.categories (locale);
CREATE INDEX index_categories_on_parent_category_id ON public.categories (parent_category_id);
CREATE UNIQUE INDEX index_categories_on_slug_and_locale_and_portal_id ON public.categories (slug, locale, portal_id);

CREATE TABLE public.channel_api (
    id bigserial NOT NULL,
    account_id integer NOT NULL,
    webhook_url character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    identifier character varying,
    hmac_token character varying,
    hmac_mandatory boolean DEFAULT false,
    additional_attributes jsonb DEFAULT '{}'::jsonb,
    CONSTRAINT channel_api_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_channel_api_on_hmac_token ON public.channel_api (hmac_token);
CREATE UNIQUE INDEX index_channel_api_on_identifier ON public.channel_api (identifier);

CREATE TABLE public.channel_email (
    id bigserial NOT NULL,
    account_id integer NOT NULL,
    email character varying NOT NULL,
    forward_to_email character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    imap_enabled boolean DEFAULT false,
    imap_address character varying DEFAULT ''::character varying,
    imap_port integer DEFAULT 0,
    imap_login character varying DEFAULT ''::character varying,
    imap_password character varying DEFAULT ''::character varying,
    imap_enable_ssl boolean DEFAULT true,
    smtp_enabled boolean DEFAULT false,
    smtp_address character varying DEFAULT ''::character varying,
    smtp_port integer DEFAULT 0,
    smtp_login character varying DEFAULT ''::character varying,
    smtp_password character varying DEFAULT ''::character varying,
    smtp_domain character varying DEFAULT ''::character varying,
    smtp_enable_starttls_auto boolean DEFAULT true,
    smtp_authentication character varying DEFAULT 'login'::character varying,
    smtp_openssl_verify_mode character varying DEFAULT 'none'::character varying,
    smtp_enable_ssl_tls boolean DEFAULT false,
    provider_config jsonb DEFAULT '{}'::jsonb,
    provider character varying,
    CONSTRAINT channel_email_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_channel_email_on_email ON public.channel_email (email);
CREATE UNIQUE INDEX index_channel_email_on_forward_to_email ON public.channel_email (forward_to_email);

CREATE TABLE public.channel_facebook_pages (
    id serial NOT NULL,
    page_id character varying NOT NULL,
    user_access_token character varying NOT NULL,
    page_access_token character varying NOT NULL,
    account_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    instagram_id character varying,
    CONSTRAINT channel_facebook_pages_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_channel_facebook_pages_on_page_id_and_account_id ON public.channel_facebook_pages (page_id, account_id);
CREATE INDEX index_channel_facebook_pages_on_page_id ON public.channel_facebook_pages (page_id);

CREATE TABLE public.channel_instagram (
    id bigserial NOT NULL,
    access_token character varying NOT NULL,
    expires_at timestamp(6) without time zone NOT NULL,
    account_id integer NOT NULL,
    instagram_id character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT channel_instagram_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_channel_instagram_on_instagram_id ON public.channel_instagram (instagram_id);

CREATE TABLE public.channel_line (
    id bigserial NOT NULL,
    account_id integer NOT NULL,
    line_channel_id character varying NOT NULL,
    line_channel_secret character varying NOT NULL,
    line_channel_token character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT channel_line_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_channel_line_on_line_channel_id ON public.channel_line (line_channel_id);

CREATE TABLE public.channel_sms (
    id bigserial NOT NULL,
    account_id integer NOT NULL,
    phone_number character varying NOT NULL,
    provider character varying DEFAULT 'default'::character varying,
    provider_config jsonb DEFAULT '{}'::jsonb,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT channel_sms_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_channel_sms_on_phone_number ON public.channel_sms (phone_number);

CREATE TABLE public.channel_telegram (
    id bigserial NOT NULL,
    bot_name character varying,
    account_id integer NOT NULL,
    bot_token character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT channel_telegram_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_channel_telegram_on_bot_token ON public.channel_telegram (bot_token);

CREATE TABLE public.channel_twilio_sms (
    id bigserial NOT NULL,
    phone_number character varying,
    auth_token character varying NOT NULL,
    account_sid character varying NOT NULL,
    account_id integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    medium integer DEFAULT 0,
    messaging_service_sid character varying,
    api_key_sid character varying,
    CONSTRAINT channel_twilio_sms_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_channel_twilio_sms_on_account_sid_and_phone_number ON public.channel_twilio_sms (account_sid, phone_number);
CREATE UNIQUE INDEX index_channel_twilio_sms_on_messaging_service_sid ON public.channel_twilio_sms (messaging_service_sid);
CREATE UNIQUE INDEX index_channel_twilio_sms_on_phone_number ON public.channel_twilio_sms (phone_number);

CREATE TABLE public.channel_twitter_profiles (
    id bigserial NOT NULL,
    profile_id character varying NOT NULL,
    twitter_access_token character varying NOT NULL,
    twitter_access_token_secret character varying NOT NULL,
    account_id integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    tweets_enabled boolean DEFAULT true,
    CONSTRAINT channel_twitter_profiles_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_channel_twitter_profiles_on_account_id_and_profile_id ON public.channel_twitter_profiles (account_id, profile_id);

CREATE TABLE public.channel_voice (
    id bigserial NOT NULL,
    phone_number character varying NOT NULL,
    provider character varying DEFAULT 'twilio'::character varying NOT NULL,
    provider_config jsonb NOT NULL,
    account_id integer NOT NULL,
    additional_attributes jsonb DEFAULT '{}'::jsonb,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT channel_voice_pkey PRIMARY KEY (id)
);
CREATE INDEX index_channel_voice_on_account_id ON public.channel_voice (account_id);
CREATE UNIQUE INDEX index_channel_voice_on_phone_number ON public.channel_voice (phone_number);

CREATE TABLE public.channel_web_widgets (
    id serial NOT NULL,
    website_url character varying,
    account_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    website_token character varying,
    widget_color character varying DEFAULT '#1f93ff'::character varying,
    welcome_title character varying,
    welcome_tagline character varying,
    feature_flags integer DEFAULT 7 NOT NULL,
    reply_time integer DEFAULT 0,
    hmac_token character varying,
    pre_chat_form_enabled boolean DEFAULT false,
    pre_chat_form_options jsonb DEFAULT '{}'::jsonb,
    hmac_mandatory boolean DEFAULT false,
    continuity_via_email boolean DEFAULT true NOT NULL,
    CONSTRAINT channel_web_widgets_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_channel_web_widgets_on_hmac_token ON public.channel_web_widgets (hmac_token);
CREATE UNIQUE INDEX index_channel_web_widgets_on_website_token ON public.channel_web_widgets (website_token);

CREATE TABLE public.channel_whatsapp (
    id bigserial NOT NULL,
    account_id integer NOT NULL,
    phone_number character varying NOT NULL,
    provider character varying DEFAULT 'default'::character varying,
    provider_config jsonb DEFAULT '{}'::jsonb,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    message_templates jsonb DEFAULT '{}'::jsonb,
    message_templates_last_updated timestamp without time zone,
    CONSTRAINT channel_whatsapp_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_channel_whatsapp_on_phone_number ON public.channel_whatsapp (phone_number);

CREATE TABLE public.contact_inboxes (
    id bigserial NOT NULL,
    contact_id bigint,
    inbox_id bigint,
    source_id character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    hmac_verified boolean DEFAULT false,
    pubsub_token character varying,
    CONSTRAINT contact_inboxes_pkey PRIMARY KEY (id)
);
CREATE INDEX index_contact_inboxes_on_contact_id ON public.contact_inboxes (contact_id);
CREATE UNIQUE INDEX index_contact_inboxes_on_inbox_id_and_source_id ON public.contact_inboxes (inbox_id, source_id);
CREATE INDEX index_contact_inboxes_on_inbox_id ON public.contact_inboxes (inbox_id);
CREATE UNIQUE INDEX index_contact_inboxes_on_pubsub_token ON public.contact_inboxes (pubsub_token);
CREATE INDEX index_contact_inboxes_on_source_id ON public.contact_inboxes (source_id);

CREATE TABLE public.contacts (
    id serial NOT NULL,
    name character varying DEFAULT ''::character varying,
    email character varying,
    phone_number character varying,
    account_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    additional_attributes jsonb DEFAULT '{}'::jsonb,
    identifier character varying,
    custom_attributes jsonb DEFAULT '{}'::jsonb,
    last_activity_at timestamp without time zone,
    contact_type integer DEFAULT 0,
    middle_name character varying DEFAULT ''::character varying,
    last_name character varying DEFAULT ''::character varying,
    location character varying DEFAULT ''::character varying,
    country_code character varying DEFAULT ''::character varying,
    blocked boolean DEFAULT false NOT NULL,
    CONSTRAINT contacts_pkey PRIMARY KEY (id)
);
CREATE INDEX index_contacts_on_lower_email_account_id ON public.contacts (lower((email)::text), account_id);
CREATE INDEX index_contacts_on_account_id_and_contact_type ON public.contacts (account_id, contact_type);
CREATE INDEX index_contacts_on_nonempty_fields ON public.contacts (account_id, email, phone_number, identifier) WHERE (((email)::text <> ''::text) OR ((phone_number)::text <> ''::text) OR ((identifier)::text <> ''::text));
CREATE INDEX index_contacts_on_account_id_and_last_activity_at ON public.contacts (account_id, last_activity_at DESC NULLS LAST);
CREATE INDEX index_contacts_on_account_id ON public.contacts (account_id);
CREATE INDEX index_resolved_contact_account_id ON public.contacts (account_id) WHERE (((email)::text <> ''::text) OR ((phone_number)::text <> ''::text) OR ((identifier)::text <> ''::text));
CREATE INDEX index_contacts_on_blocked ON public.contacts (blocked);
CREATE UNIQUE INDEX uniq_email_per_account_contact ON public.contacts (email, account_id);
CREATE UNIQUE INDEX uniq_identifier_per_account_contact ON public.contacts (identifier, account_id);
CREATE INDEX index_contacts_on_name_email_phone_number_identifier ON public.contacts USING gin (name gin_trgm_ops, email gin_trgm_ops, phone_number gin_trgm_ops, identifier gin_trgm_ops);
CREATE INDEX index_contacts_on_phone_number_and_account_id ON public.contacts (phone_number, account_id);

CREATE TABLE public.conversation_participants (
    id bigserial NOT NULL,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT conversation_participants_pkey PRIMARY KEY (id)
);
CREATE INDEX index_conversation_participants_on_account_id ON public.conversation_participants (account_id);
CREATE INDEX index_conversation_participants_on_conversation_id ON public.conversation_participants (conversation_id);
CREATE UNIQUE INDEX index_conversation_participants_on_user_id_and_conversation_id ON public.conversation_participants (user_id, conversation_id);
CREATE INDEX index_conversation_participants_on_user_id ON public.conversation_participants (user_id);

CREATE TABLE public.conversations (
    id serial NOT NULL,
    account_id integer NOT NULL,
    inbox_id integer NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    assignee_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    contact_id bigint,
    display_id integer NOT NULL,
    contact_last_seen_at timestamp without time zone,
    agent_last_seen_at timestamp without time zone,
    additional_attributes jsonb DEFAULT '{}'::jsonb,
    contact_inbox_id bigint,
    uuid uuid DEFAULT gen_random_uuid() NOT NULL,
    identifier character varying,
    last_activity_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    team_id bigint,
    campaign_id bigint,
    snoozed_until timestamp without time zone,
    custom_attributes jsonb DEFAULT '{}'::jsonb,
    assignee_last_seen_at timestamp without time zone,
    first_reply_created_at timestamp without time zone,
    priority integer,
    sla_policy_id bigint,
    waiting_since timestamp(6) without time zone,
    cached_label_list text,
    CONSTRAINT conversations_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_conversations_on_account_id_and_display_id ON public.conversations (account_id, display_id);
CREATE INDEX index_conversations_on_id_and_account_id ON public.conversations (account_id, id);
CREATE INDEX conv_acid_inbid_stat_asgnid_idx ON public.conversations (account_id, inbox_id, status, assignee_id);
CREATE INDEX index_conversations_on_account_id ON public.conversations (account_id);
CREATE INDEX index_conversations_on_assignee_id_and_account_id ON public.conversations (assignee_id, account_id);
CREATE INDEX index_conversations_on_campaign_id ON public.conversations (campaign_id);
CREATE INDEX index_conversations_on_contact_id ON public.conversations (contact_id);
CREATE INDEX index_conversations_on_contact_inbox_id ON public.conversations (contact_inbox_id);
CREATE INDEX index_conversations_on_first_reply_created_at ON public.conversations (first_reply_created_at);
CREATE INDEX index_conversations_on_inbox_id ON public.conversations (inbox_id);
CREATE INDEX index_conversations_on_priority ON public.conversations (priority);
CREATE INDEX index_conversations_on_status_and_account_id ON public.conversations (status, account_id);
CREATE INDEX index_conversations_on_status_and_priority ON public.conversations (status, priority);
CREATE INDEX index_conversations_on_team_id ON public.conversations (team_id);
CREATE UNIQUE INDEX index_conversations_on_uuid ON public.conversations (uuid);
CREATE INDEX index_conversations_on_waiting_since ON public.conversations (waiting_since);

CREATE TABLE public.copilot_messages (
    id bigserial NOT NULL,
    copilot_thread_id bigint NOT NULL,
    account_id bigint NOT NULL,
    message jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    message_type integer DEFAULT 0,
    CONSTRAINT copilot_messages_pkey PRIMARY KEY (id)
);
CREATE INDEX index_copilot_messages_on_account_id ON public.copilot_messages (account_id);
CREATE INDEX index_copilot_messages_on_copilot_thread_id ON public.copilot_messages (copilot_thread_id);

CREATE TABLE public.copilot_threads (
    id bigserial NOT NULL,
    title character varying NOT NULL,
    user_id bigint NOT NULL,
    account_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    assistant_id integer,
    CONSTRAINT copilot_threads_pkey PRIMARY KEY (id)
);
CREATE INDEX index_copilot_threads_on_account_id ON public.copilot_threads (account_id);
CREATE INDEX index_copilot_threads_on_assistant_id ON public.copilot_threads (assistant_id);
CREATE INDEX index_copilot_threads_on_user_id ON public.copilot_threads (user_id);

CREATE TABLE public.csat_survey_responses (
    id bigserial NOT NULL,
    account_id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    message_id bigint NOT NULL,
    rating integer NOT NULL,
    feedback_message text,
    contact_id bigint NOT NULL,
    assigned_agent_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT csat_survey_responses_pkey PRIMARY KEY (id)
);
CREATE INDEX index_csat_survey_responses_on_account_id ON public.csat_survey_responses (account_id);
CREATE INDEX index_csat_survey_responses_on_assigned_agent_id ON public.csat_survey_responses (assigned_agent_id);
CREATE INDEX index_csat_survey_responses_on_contact_id ON public.csat_survey_responses (contact_id);
CREATE INDEX index_csat_survey_responses_on_conversation_id ON public.csat_survey_responses (conversation_id);
CREATE UNIQUE INDEX index_csat_survey_responses_on_message_id ON public.csat_survey_responses (message_id);

CREATE TABLE public.custom_attribute_definitions (
    id bigserial NOT NULL,
    attribute_display_name character varying,
    attribute_key character varying,
    attribute_display_type integer DEFAULT 0,
    default_value integer,
    attribute_model integer DEFAULT 0,
    account_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    attribute_description text,
    attribute_values jsonb DEFAULT '[]'::jsonb,
    regex_pattern character varying,
    regex_cue character varying,
    CONSTRAINT custom_attribute_definitions_pkey PRIMARY KEY (id)
);
CREATE INDEX index_custom_attribute_definitions_on_account_id ON public.custom_attribute_definitions (account_id);
CREATE UNIQUE INDEX attribute_key_model_index ON public.custom_attribute_definitions (attribute_key, attribute_model, account_id);

CREATE TABLE public.custom_filters (
    id bigserial NOT NULL,
    name character varying NOT NULL,
    filter_type integer DEFAULT 0 NOT NULL,
    query jsonb DEFAULT '"{}"'::jsonb NOT NULL,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT custom_filters_pkey PRIMARY KEY (id)
);
CREATE INDEX index_custom_filters_on_account_id ON public.custom_filters (account_id);
CREATE INDEX index_custom_filters_on_user_id ON public.custom_filters (user_id);

CREATE TABLE public.custom_roles (
    id bigserial NOT NULL,
    name character varying,
    description character varying,
    account_id bigint NOT NULL,
    permissions text[] DEFAULT '{}'::text[],
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT custom_roles_pkey PRIMARY KEY (id)
);
CREATE INDEX index_custom_roles_on_account_id ON public.custom_roles (account_id);

CREATE TABLE public.dashboard_apps (
    id bigserial NOT NULL,
    title character varying NOT NULL,
    content jsonb DEFAULT '[]'::jsonb,
    account_id bigint NOT NULL,
    user_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT dashboard_apps_pkey PRIMARY KEY (id)
);
CREATE INDEX index_dashboard_apps_on_account_id ON public.dashboard_apps (account_id);
CREATE INDEX index_dashboard_apps_on_user_id ON public.dashboard_apps (user_id);

CREATE TABLE public.data_imports (
    id bigserial NOT NULL,
    account_id bigint NOT NULL,
    data_type character varying NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    processing_errors text,
    total_records integer,
    processed_records integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT data_imports_pkey PRIMARY KEY (id)
);
CREATE INDEX index_data_imports_on_account_id ON public.data_imports (account_id);

CREATE TABLE public.email_templates (
    id bigserial NOT NULL,
    name character varying NOT NULL,
    body text NOT NULL,
    account_id integer,
    template_type integer DEFAULT 1,
    locale integer DEFAULT 0 NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT email_templates_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_email_templates_on_name_and_account_id ON public.email_templates (name, account_id);

CREATE TABLE public.folders (
    id bigserial NOT NULL,
    account_id integer NOT NULL,
    category_id integer NOT NULL,
    name character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT folders_pkey PRIMARY KEY (id)
);

CREATE TABLE public.inbox_assignment_policies (
    id bigserial NOT NULL,
    inbox_id bigint NOT NULL,
    assignment_policy_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT inbox_assignment_policies_pkey PRIMARY KEY (id)
);
CREATE INDEX index_inbox_assignment_policies_on_assignment_policy_id ON public.inbox_assignment_policies (assignment_policy_id);
CREATE UNIQUE INDEX index_inbox_assignment_policies_on_inbox_id ON public.inbox_assignment_policies (inbox_id);

CREATE TABLE public.inbox_capacity_limits (
    id bigserial NOT NULL,
    agent_capacity_policy_id bigint NOT NULL,
    inbox_id bigint NOT NULL,
    conversation_limit integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT inbox_capacity_limits_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX idx_on_agent_capacity_policy_id_inbox_id_71c7ec4caf ON public.inbox_capacity_limits (agent_capacity_policy_id, inbox_id);
CREATE INDEX index_inbox_capacity_limits_on_agent_capacity_policy_id ON public.inbox_capacity_limits (agent_capacity_policy_id);
CREATE INDEX index_inbox_capacity_limits_on_inbox_id ON public.inbox_capacity_limits (inbox_id);

CREATE TABLE public.inbox_members (
    id serial NOT NULL,
    user_id integer NOT NULL,
    inbox_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT inbox_members_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_inbox_members_on_inbox_id_and_user_id ON public.inbox_members (inbox_id, user_id);
CREATE INDEX index_inbox_members_on_inbox_id ON public.inbox_members (inbox_id);

CREATE TABLE public.inboxes (
    id serial NOT NULL,
    channel_id integer NOT NULL,
    account_id integer NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    channel_type character varying,
    enable_auto_assignment boolean DEFAULT true,
    greeting_enabled boolean DEFAULT false,
    greeting_message character varying,
    email_address character varying,
    working_hours_enabled boolean DEFAULT false,
    out_of_office_message character varying,
    timezone character varying DEFAULT 'UTC'::character varying,
    enable_email_collect boolean DEFAULT true,
    csat_survey_enabled boolean DEFAULT false,
    allow_messages_after_resolved boolean DEFAULT true,
    auto_assignment_config jsonb DEFAULT '{}'::jsonb,
    lock_to_single_conversation boolean DEFAULT false NOT NULL,
    portal_id bigint,
    sender_name_type integer DEFAULT 0 NOT NULL,
    business_name character varying,
    csat_config jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT inboxes_pkey PRIMARY KEY (id)
);
CREATE INDEX index_inboxes_on_account_id ON public.inboxes (account_id);
CREATE INDEX index_inboxes_on_channel_id_and_channel_type ON public.inboxes (channel_id, channel_type);
CREATE INDEX index_inboxes_on_portal_id ON public.inboxes (portal_id);

CREATE TABLE public.installation_configs (
    id bigserial NOT NULL,
    name character varying NOT NULL,
    serialized_value jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    locked boolean DEFAULT true NOT NULL,
    CONSTRAINT installation_configs_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_installation_configs_on_name_and_created_at ON public.installation_configs (name, created_at);
CREATE UNIQUE INDEX index_installation_configs_on_name ON public.installation_configs (name);

CREATE TABLE public.integrations_hooks (
    id bigserial NOT NULL,
    status integer DEFAULT 1,
    inbox_id integer,
    account_id integer,
    app_id character varying,
    hook_type integer DEFAULT 0,
    reference_id character varying,
    access_token character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    settings jsonb DEFAULT '{}'::jsonb,
    CONSTRAINT integrations_hooks_pkey PRIMARY KEY (id)
);

CREATE TABLE public.labels (
    id bigserial NOT NULL,
    title character varying,
    description text,
    color character varying DEFAULT '#1f93ff'::character varying NOT NULL,
    show_on_sidebar boolean,
    account_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT labels_pkey PRIMARY KEY (id)
);
CREATE INDEX index_labels_on_account_id ON public.labels (account_id);
CREATE UNIQUE INDEX index_labels_on_title_and_account_id ON public.labels (title, account_id);

CREATE TABLE public.leaves (
    id bigserial NOT NULL,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    leave_type integer DEFAULT 0 NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    reason text,
    approved_by_id bigint,
    approved_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT leaves_pkey PRIMARY KEY (id)
);
CREATE INDEX index_leaves_on_account_id_and_status ON public.leaves (account_id, status);
CREATE INDEX index_leaves_on_account_id ON public.leaves (account_id);
CREATE INDEX index_leaves_on_approved_by_id ON public.leaves (approved_by_id);
CREATE INDEX index_leaves_on_user_id ON public.leaves (user_id);

CREATE TABLE public.macros (
    id bigserial NOT NULL,
    account_id bigint NOT NULL,
    name character varying NOT NULL,
    visibility integer DEFAULT 0,
    created_by_id bigint,
    updated_by_id bigint,
    actions jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT macros_pkey PRIMARY KEY (id)
);
CREATE INDEX index_macros_on_account_id ON public.macros (account_id);

CREATE TABLE public.mentions (
    id bigserial NOT NULL,
    user_id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    account_id bigint NOT NULL,
    mentioned_at timestamp without time zone NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT mentions_pkey PRIMARY KEY (id)
);
CREATE INDEX index_mentions_on_account_id ON public.mentions (account_id);
CREATE INDEX index_mentions_on_conversation_id ON public.mentions (conversation_id);
CREATE UNIQUE INDEX index_mentions_on_user_id_and_conversation_id ON public.mentions (user_id, conversation_id);
CREATE INDEX index_mentions_on_user_id ON public.mentions (user_id);

CREATE TABLE public.messages (
    id serial NOT NULL,
    content text,
    account_id integer NOT NULL,
    inbox_id integer NOT NULL,
    conversation_id integer NOT NULL,
    message_type integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    private boolean DEFAULT false NOT NULL,
    status integer DEFAULT 0,
    source_id character varying,
    content_type integer DEFAULT 0 NOT NULL,
    content_attributes json DEFAULT '{}'::json,
    sender_type character varying,
    sender_id bigint,
    external_source_ids jsonb DEFAULT '{}'::jsonb,
    additional_attributes jsonb DEFAULT '{}'::jsonb,
    processed_message_content text,
    sentiment jsonb DEFAULT '{}'::jsonb,
    CONSTRAINT messages_pkey PRIMARY KEY (id)
);
CREATE INDEX index_messages_on_additional_attributes_campaign_id ON public.messages USING gin (((additional_attributes -> 'campaign_id'::text)));
CREATE INDEX idx_messages_account_content_created ON public.messages (account_id, content_type, created_at);
CREATE INDEX index_messages_on_account_created_type ON public.messages (account_id, created_at, message_type);
CREATE INDEX index_messages_on_account_id_and_inbox_id ON public.messages (account_id, inbox_id);
CREATE INDEX index_messages_on_account_id ON public.messages (account_id);
CREATE INDEX index_messages_on_content ON public.messages USING gin (content gin_trgm_ops);
CREATE INDEX index_messages_on_conversation_account_type_created ON public.messages (conversation_id, account_id, message_type, created_at);
CREATE INDEX index_messages_on_conversation_id ON public.messages (conversation_id);
CREATE INDEX index_messages_on_created_at ON public.messages (created_at);
CREATE INDEX index_messages_on_inbox_id ON public.messages (inbox_id);
CREATE INDEX index_messages_on_sender_type_and_sender_id ON public.messages (sender_type, sender_id);
CREATE INDEX index_messages_on_source_id ON public.messages (source_id);

CREATE TABLE public.notes (
    id bigserial NOT NULL,
    content text NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    user_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT notes_pkey PRIMARY KEY (id)
);
CREATE INDEX index_notes_on_account_id ON public.notes (account_id);
CREATE INDEX index_notes_on_contact_id ON public.notes (contact_id);
CREATE INDEX index_notes_on_user_id ON public.notes (user_id);

CREATE TABLE public.notification_settings (
    id bigserial NOT NULL,
    account_id integer,
    user_id integer,
    email_flags integer DEFAULT 0 NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    push_flags integer DEFAULT 0 NOT NULL,
    CONSTRAINT notification_settings_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX by_account_user ON public.notification_settings (account_id, user_id);

CREATE TABLE public.notification_subscriptions (
    id bigserial NOT NULL,
    user_id bigint NOT NULL,
    subscription_type integer NOT NULL,
    subscription_attributes jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    identifier text,
    CONSTRAINT notification_subscriptions_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_notification_subscriptions_on_identifier ON public.notification_subscriptions (identifier);
CREATE INDEX index_notification_subscriptions_on_user_id ON public.notification_subscriptions (user_id);

CREATE TABLE public.notifications (
    id bigserial NOT NULL,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    notification_type integer NOT NULL,
    primary_actor_type character varying NOT NULL,
    primary_actor_id bigint NOT NULL,
    secondary_actor_type character varying,
    secondary_actor_id bigint,
    read_at timestamp without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    snoozed_until timestamp(6) without time zone,
    last_activity_at timestamp(6) without time zone DEFAULT CURRENT_TIMESTAMP,
    meta jsonb DEFAULT '{}'::jsonb,
    CONSTRAINT notifications_pkey PRIMARY KEY (id)
);
CREATE INDEX index_notifications_on_account_id ON public.notifications (account_id);
CREATE INDEX index_notifications_on_last_activity_at ON public.notifications (last_activity_at);
CREATE INDEX uniq_primary_actor_per_account_notifications ON public.notifications (primary_actor_type, primary_actor_id);
CREATE INDEX uniq_secondary_actor_per_account_notifications ON public.notifications (secondary_actor_type, secondary_actor_id);
CREATE INDEX idx_notifications_performance ON public.notifications (user_id, account_id, snoozed_until, read_at);
CREATE INDEX index_notifications_on_user_id ON public.notifications (user_id);

CREATE TABLE public.platform_app_permissibles (
    id bigserial NOT NULL,
    platform_app_id bigint NOT NULL,
    permissible_type character varying NOT NULL,
    permissible_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT platform_app_permissibles_pkey PRIMARY KEY (id)
);
CREATE INDEX index_platform_app_permissibles_on_permissibles ON public.platform_app_permissibles (permissible_type, permissible_id);
CREATE UNIQUE INDEX unique_permissibles_index ON public.platform_app_permissibles (platform_app_id, permissible_id, permissible_type);
CREATE INDEX index_platform_app_permissibles_on_platform_app_id ON public.platform_app_permissibles (platform_app_id);

CREATE TABLE public.platform_apps (
    id bigserial NOT NULL,
    name character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT platform_apps_pkey PRIMARY KEY (id)
);

CREATE TABLE public.portals (
    id bigserial NOT NULL,
    account_id integer NOT NULL,
    name character varying NOT NULL,
    slug character varying NOT NULL,
    custom_domain character varying,
    color character varying,
    homepage_link character varying,
    page_title character varying,
    header_text text,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    config jsonb DEFAULT '{"allowed_locales": ["en"]}'::jsonb,
    archived boolean DEFAULT false,
    channel_web_widget_id bigint,
    ssl_settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT portals_pkey PRIMARY KEY (id)
);
CREATE INDEX index_portals_on_channel_web_widget_id ON public.portals (channel_web_widget_id);
CREATE UNIQUE INDEX index_portals_on_custom_domain ON public.portals (custom_domain);
CREATE UNIQUE INDEX index_portals_on_slug ON public.portals (slug);

CREATE TABLE public.portals_members (
    portal_id bigint NOT NULL,
    user_id bigint NOT NULL
);
CREATE UNIQUE INDEX index_portals_members_on_portal_id_and_user_id ON public.portals_members (portal_id, user_id);
CREATE INDEX index_portals_members_on_portal_id ON public.portals_members (portal_id);
CREATE INDEX index_portals_members_on_user_id ON public.portals_members (user_id);

CREATE TABLE public.related_categories (
    id bigserial NOT NULL,
    category_id bigint,
    related_category_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT related_categories_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_related_categories_on_category_id_and_related_category_id ON public.related_categories (category_id, related_category_id);
CREATE UNIQUE INDEX index_related_categories_on_related_category_id_and_category_id ON public.related_categories (related_category_id, category_id);

CREATE TABLE public.reporting_events (
    id bigserial NOT NULL,
    name character varying,
    value double precision,
    account_id integer,
    inbox_id integer,
    user_id integer,
    conversation_id integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    value_in_business_hours double precision,
    event_start_time timestamp without time zone,
    event_end_time timestamp without time zone,
    CONSTRAINT reporting_events_pkey PRIMARY KEY (id)
);
CREATE INDEX reporting_events__account_id__name__created_at ON public.reporting_events (account_id, name, created_at);
CREATE INDEX index_reporting_events_on_account_id ON public.reporting_events (account_id);
CREATE INDEX index_reporting_events_on_conversation_id ON public.reporting_events (conversation_id);
CREATE INDEX index_reporting_events_on_created_at ON public.reporting_events (created_at);
CREATE INDEX index_reporting_events_on_inbox_id ON public.reporting_events (inbox_id);
CREATE INDEX index_reporting_events_on_name ON public.reporting_events (name);
CREATE INDEX index_reporting_events_on_user_id ON public.reporting_events (user_id);

CREATE TABLE public.sla_events (
    id bigserial NOT NULL,
    applied_sla_id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    account_id bigint NOT NULL,
    sla_policy_id bigint NOT NULL,
    inbox_id bigint NOT NULL,
    event_type integer,
    meta jsonb DEFAULT '{}'::jsonb,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT sla_events_pkey PRIMARY KEY (id)
);
CREATE INDEX index_sla_events_on_account_id ON public.sla_events (account_id);
CREATE INDEX index_sla_events_on_applied_sla_id ON public.sla_events (applied_sla_id);
CREATE INDEX index_sla_events_on_conversation_id ON public.sla_events (conversation_id);
CREATE INDEX index_sla_events_on_inbox_id ON public.sla_events (inbox_id);
CREATE INDEX index_sla_events_on_sla_policy_id ON public.sla_events (sla_policy_id);

CREATE TABLE public.sla_policies (
    id bigserial NOT NULL,
    name character varying NOT NULL,
    first_response_time_threshold double precision,
    next_response_time_threshold double precision,
    only_during_business_hours boolean DEFAULT false,
    account_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    description character varying,
    resolution_time_threshold double precision,
    CONSTRAINT sla_policies_pkey PRIMARY KEY (id)
);
CREATE INDEX index_sla_policies_on_account_id ON public.sla_policies (account_id);

CREATE TABLE public.taggings (
    id serial NOT NULL,
    tag_id integer,
    taggable_type character varying,
    taggable_id integer,
    tagger_type character varying,
    tagger_id integer,
    context character varying(128),
    created_at timestamp without time zone,
    CONSTRAINT taggings_pkey PRIMARY KEY (id)
);
CREATE INDEX index_taggings_on_context ON public.taggings (context);
CREATE UNIQUE INDEX taggings_idx ON public.taggings (tag_id, taggable_id, taggable_type, context, tagger_id, tagger_type);
CREATE INDEX index_taggings_on_tag_id ON public.taggings (tag_id);
CREATE INDEX index_taggings_on_taggable_id_and_taggable_type_and_context ON public.taggings (taggable_id, taggable_type, context);
CREATE INDEX taggings_idy ON public.taggings (taggable_id, taggable_type, tagger_id, context);
CREATE INDEX index_taggings_on_taggable_id ON public.taggings (taggable_id);
CREATE INDEX index_taggings_on_taggable_type ON public.taggings (taggable_type);
CREATE INDEX index_taggings_on_tagger_id_and_tagger_type ON public.taggings (tagger_id, tagger_type);
CREATE INDEX index_taggings_on_tagger_id ON public.taggings (tagger_id);

CREATE TABLE public.tags (
    id serial NOT NULL,
    name character varying,
    taggings_count integer DEFAULT 0,
    CONSTRAINT tags_pkey PRIMARY KEY (id)
);
CREATE INDEX tags_name_trgm_idx ON public.tags USING gin (lower((name)::text) gin_trgm_ops);
CREATE UNIQUE INDEX index_tags_on_name ON public.tags (name);

CREATE TABLE public.team_members (
    id bigserial NOT NULL,
    team_id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT team_members_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_team_members_on_team_id_and_user_id ON public.team_members (team_id, user_id);
CREATE INDEX index_team_members_on_team_id ON public.team_members (team_id);
CREATE INDEX index_team_members_on_user_id ON public.team_members (user_id);

CREATE TABLE public.teams (
    id bigserial NOT NULL,
    name character varying NOT NULL,
    description text,
    allow_auto_assign boolean DEFAULT true,
    account_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT teams_pkey PRIMARY KEY (id)
);
CREATE INDEX index_teams_on_account_id ON public.teams (account_id);
CREATE UNIQUE INDEX index_teams_on_name_and_account_id ON public.teams (name, account_id);

CREATE TABLE public.telegram_bots (
    id serial NOT NULL,
    name character varying,
    auth_key character varying,
    account_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    CONSTRAINT telegram_bots_pkey PRIMARY KEY (id)
);

CREATE TABLE public.users (
    id serial NOT NULL,
    provider character varying DEFAULT 'email'::character varying NOT NULL,
    uid character varying DEFAULT ''::character varying NOT NULL,
    encrypted_password character varying DEFAULT ''::character varying NOT NULL,
    reset_password_token character varying,
    reset_password_sent_at timestamp without time zone,
    remember_created_at timestamp without time zone,
    sign_in_count integer DEFAULT 0 NOT NULL,
    current_sign_in_at timestamp without time zone,
    last_sign_in_at timestamp without time zone,
    current_sign_in_ip character varying,
    last_sign_in_ip character varying,
    confirmation_token character varying,
    confirmed_at timestamp without time zone,
    confirmation_sent_at timestamp without time zone,
    unconfirmed_email character varying,
    name character varying NOT NULL,
    display_name character varying,
    email character varying,
    tokens json,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    pubsub_token character varying,
    availability integer DEFAULT 0,
    ui_settings jsonb DEFAULT '{}'::jsonb,
    custom_attributes jsonb DEFAULT '{}'::jsonb,
    type character varying,
    message_signature text,
    CONSTRAINT users_pkey PRIMARY KEY (id)
);
CREATE INDEX index_users_on_email ON public.users (email);
CREATE UNIQUE INDEX index_users_on_pubsub_token ON public.users (pubsub_token);
CREATE UNIQUE INDEX index_users_on_reset_password_token ON public.users (reset_password_token);
CREATE UNIQUE INDEX index_users_on_uid_and_provider ON public.users (uid, provider);

CREATE TABLE public.webhooks (
    id bigserial NOT NULL,
    account_id integer,
    inbox_id integer,
    url character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    webhook_type integer DEFAULT 0,
    subscriptions jsonb DEFAULT '["conversation_status_changed", "conversation_updated", "conversation_created", "contact_created", "contact_updated", "message_created", "message_updated", "webwidget_triggered"]'::jsonb,
    CONSTRAINT webhooks_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX index_webhooks_on_account_id_and_url ON public.webhooks (account_id, url);

CREATE TABLE public.working_hours (
    id bigserial NOT NULL,
    inbox_id bigint,
    account_id bigint,
    day_of_week integer NOT NULL,
    closed_all_day boolean DEFAULT false,
    open_hour integer,
    open_minutes integer,
    close_hour integer,
    close_minutes integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    open_all_day boolean DEFAULT false,
    CONSTRAINT working_hours_pkey PRIMARY KEY (id)
);
CREATE INDEX index_working_hours_on_account_id ON public.working_hours (account_id);
CREATE INDEX index_working_hours_on_inbox_id ON public.working_hours (inbox_id);

ALTER TABLE ONLY public.active_storage_attachments
    ADD CONSTRAINT fk_rails_c3b3935057 FOREIGN KEY (blob_id) REFERENCES public.active_storage_blobs(id);
ALTER TABLE ONLY public.active_storage_variant_records
    ADD CONSTRAINT fk_rails_993965df05 FOREIGN KEY (blob_id) REFERENCES public.active_storage_blobs(id);
ALTER TABLE ONLY public.campaign_messages
    ADD CONSTRAINT fk_rails_4502c7a5e6 FOREIGN KEY (campaign_id) REFERENCES public.campaigns(id);
ALTER TABLE ONLY public.campaign_messages
    ADD CONSTRAINT fk_rails_880fa5952c FOREIGN KEY (contact_id) REFERENCES public.contacts(id);
ALTER TABLE ONLY public.inboxes
    ADD CONSTRAINT fk_rails_a1f654bf2d FOREIGN KEY (portal_id) REFERENCES public.portals(id);

CREATE FUNCTION public.accounts_after_insert_row_tr() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    execute format('create sequence IF NOT EXISTS conv_dpid_seq_%s', NEW.id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER accounts_after_insert_row_tr AFTER INSERT ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.accounts_after_insert_row_tr();
CREATE FUNCTION public.conversations_before_insert_row_tr() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.display_id := nextval('conv_dpid_seq_' || NEW.account_id);
    RETURN NEW;
END;
$$;
CREATE TRIGGER conversations_before_insert_row_tr BEFORE INSERT ON public.conversations FOR EACH ROW EXECUTE FUNCTION public.conversations_before_insert_row_tr();
CREATE FUNCTION public.camp_dpid_before_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    execute format('create sequence IF NOT EXISTS camp_dpid_seq_%s', NEW.id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER camp_dpid_before_insert AFTER INSERT ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.camp_dpid_before_insert();
CREATE FUNCTION public.campaigns_before_insert_row_tr() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.display_id := nextval('camp_dpid_seq_' || NEW.account_id);
    RETURN NEW;
END;
$$;
CREATE TRIGGER campaigns_before_insert_row_tr BEFORE INSERT ON public.campaigns FOR EACH ROW EXECUTE FUNCTION public.campaigns_before_insert_row_tr();
