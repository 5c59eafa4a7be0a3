--
-- PostgreSQL database dump
--


-- Dumped from database version 16.6 (Debian 16.6-1.pgdg120+1)
-- Dumped by pg_dump version 16.9 (Ubuntu 16.9-0ubuntu0.24.04.1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: enum_AccountingCategories_appliesTo; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_AccountingCategories_appliesTo" AS ENUM (
    'HOST',
    'HOSTED_COLLECTIVES'
);


--
-- Name: enum_AccountingCategories_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_AccountingCategories_kind" AS ENUM (
    'ADDED_FUNDS',
    'CONTRIBUTION',
    'EXPENSE'
);


--
-- Name: enum_Applications_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_Applications_type" AS ENUM (
    'apiKey',
    'oAuth'
);


--
-- Name: enum_CommentHistories_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_CommentHistories_type" AS ENUM (
    'COMMENT',
    'PRIVATE_NOTE'
);


--
-- Name: enum_Comments_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_Comments_type" AS ENUM (
    'COMMENT',
    'PRIVATE_NOTE'
);


--
-- Name: enum_ExpenseHistories_feesPayer; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_ExpenseHistories_feesPayer" AS ENUM (
    'COLLECTIVE',
    'PAYEE'
);


--
-- Name: enum_ExpenseHistories_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_ExpenseHistories_type" AS ENUM (
    'RECEIPT',
    'INVOICE',
    'FUNDING_REQUEST',
    'GRANT',
    'UNCLASSIFIED',
    'CHARGE',
    'SETTLEMENT'
);


--
-- Name: enum_ExpenseItems_expenseCurrencyFxRateSource; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_ExpenseItems_expenseCurrencyFxRateSource" AS ENUM (
    'OPENCOLLECTIVE',
    'PAYPAL',
    'WISE',
    'USER'
);


--
-- Name: enum_Expenses_feesPayer; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_Expenses_feesPayer" AS ENUM (
    'COLLECTIVE',
    'PAYEE'
);


--
-- Name: enum_Expenses_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_Expenses_type" AS ENUM (
    'RECEIPT',
    'INVOICE',
    'FUNDING_REQUEST',
    'GRANT',
    'UNCLASSIFIED',
    'CHARGE',
    'SETTLEMENT'
);


--
-- Name: enum_Groups_membership_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_Groups_membership_type" AS ENUM (
    'donation',
    'monthlyfee',
    'yearlyfee'
);


--
-- Name: enum_HostApplications_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_HostApplications_status" AS ENUM (
    'PENDING',
    'APPROVED',
    'REJECTED',
    'EXPIRED'
);


--
-- Name: enum_LegalDocuments_documentType; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_LegalDocuments_documentType" AS ENUM (
    'US_TAX_FORM'
);


--
-- Name: enum_LegalDocuments_requestStatus; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_LegalDocuments_requestStatus" AS ENUM (
    'NOT_REQUESTED',
    'REQUESTED',
    'RECEIVED',
    'ERROR',
    'INVALID'
);


--
-- Name: enum_LegalDocuments_service; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_LegalDocuments_service" AS ENUM (
    'DROPBOX_FORMS',
    'OPENCOLLECTIVE'
);


--
-- Name: enum_MemberInvitations_role; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_MemberInvitations_role" AS ENUM (
    'ADMIN',
    'MEMBER',
    'CONTRIBUTOR',
    'HOST',
    'BACKER',
    'ATTENDEE',
    'FOLLOWER',
    'ACCOUNTANT'
);


--
-- Name: enum_MigrationLogs_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_MigrationLogs_type" AS ENUM (
    'MIGRATION',
    'MANUAL',
    'MERGE_ACCOUNTS',
    'MOVE_ORDERS',
    'BAN_ACCOUNTS',
    'MOVE_EXPENSES',
    'MODEL_FIX'
);


--
-- Name: enum_OAuthAuthorizationCodes_scope; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_OAuthAuthorizationCodes_scope" AS ENUM (
    'email',
    'incognito',
    'account',
    'expenses',
    'orders',
    'transactions',
    'virtualCards',
    'host',
    'root',
    'conversations',
    'updates',
    'webhooks',
    'applications',
    'connectedAccounts',
    'activities'
);


--
-- Name: enum_PayoutMethods_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_PayoutMethods_type" AS ENUM (
    'PAYPAL',
    'BANK_ACCOUNT',
    'CREDIT_CARD',
    'ACCOUNT_BALANCE',
    'OTHER'
);


--
-- Name: enum_PaypalPlans_interval; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_PaypalPlans_interval" AS ENUM (
    'day',
    'week',
    'month',
    'year'
);


--
-- Name: enum_PersonalTokens_scope; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_PersonalTokens_scope" AS ENUM (
    'email',
    'incognito',
    'account',
    'expenses',
    'orders',
    'transactions',
    'virtualCards',
    'host',
    'root',
    'conversations',
    'updates',
    'webhooks',
    'applications',
    'connectedAccounts',
    'activities'
);


--
-- Name: enum_RecurringExpenses_interval; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_RecurringExpenses_interval" AS ENUM (
    'day',
    'week',
    'month',
    'quarter',
    'year'
);


--
-- Name: enum_RequiredLegalDocuments_documentType; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_RequiredLegalDocuments_documentType" AS ENUM (
    'US_TAX_FORM'
);


--
-- Name: enum_SuspendedAssets_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_SuspendedAssets_type" AS ENUM (
    'USER',
    'CREDIT_CARD',
    'IP',
    'EMAIL_ADDRESS',
    'EMAIL_DOMAIN'
);


--
-- Name: enum_TierHistories_amountType; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_TierHistories_amountType" AS ENUM (
    'FLEXIBLE',
    'FIXED'
);


--
-- Name: enum_Tiers_amountType; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_Tiers_amountType" AS ENUM (
    'FLEXIBLE',
    'FIXED'
);


--
-- Name: enum_TransactionSettlements_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_TransactionSettlements_status" AS ENUM (
    'OWED',
    'INVOICED',
    'SETTLED'
);


--
-- Name: enum_TransactionsImports_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_TransactionsImports_type" AS ENUM (
    'CSV',
    'MANUAL',
    'PLAID'
);


--
-- Name: enum_Transactions_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_Transactions_kind" AS ENUM (
    'ADDED_FUNDS',
    'BALANCE_TRANSFER',
    'CONTRIBUTION',
    'EXPENSE',
    'HOST_FEE',
    'HOST_FEE_SHARE',
    'HOST_FEE_SHARE_DEBT',
    'PAYMENT_PROCESSOR_COVER',
    'PAYMENT_PROCESSOR_DISPUTE_FEE',
    'PAYMENT_PROCESSOR_FEE',
    'PLATFORM_FEE',
    'PLATFORM_TIP',
    'PLATFORM_TIP_DEBT',
    'PREPAID_PAYMENT_METHOD',
    'TAX'
);


--
-- Name: enum_UserGroups_role; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_UserGroups_role" AS ENUM (
    'admin',
    'writer',
    'viewer'
);


--
-- Name: enum_UserTokens_scope; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_UserTokens_scope" AS ENUM (
    'email',
    'incognito',
    'account',
    'expenses',
    'orders',
    'transactions',
    'virtualCards',
    'host',
    'root',
    'conversations',
    'updates',
    'webhooks',
    'applications',
    'connectedAccounts',
    'activities'
);


--
-- Name: enum_UserTokens_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_UserTokens_type" AS ENUM (
    'OAUTH'
);


--
-- Name: enum_VirtualCardRequests_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_VirtualCardRequests_status" AS ENUM (
    'APPROVED',
    'PENDING',
    'REJECTED'
);


--
-- Name: enum_VirtualCards_provider; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public."enum_VirtualCards_provider" AS ENUM (
    'STRIPE',
    'PRIVACY'
);


--
-- Name: array_to_string_immutable(text[], text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.array_to_string_immutable(textarray text[], text text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    AS $$  BEGIN RETURN array_to_string(textArray, text); END; $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: AccountingCategories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AccountingCategories" (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    "friendlyName" character varying(255),
    "CollectiveId" integer,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "expensesTypes" public."enum_Expenses_type"[],
    kind public."enum_AccountingCategories_kind",
    "hostOnly" boolean DEFAULT false NOT NULL,
    instructions text,
    "appliesTo" public."enum_AccountingCategories_appliesTo" DEFAULT 'HOSTED_COLLECTIVES'::public."enum_AccountingCategories_appliesTo" NOT NULL
);


--
-- Name: AccountingCategories_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."AccountingCategories_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: AccountingCategories_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."AccountingCategories_id_seq" OWNED BY public."AccountingCategories".id;


--
-- Name: Activities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Activities" (
    id integer NOT NULL,
    type character varying(255),
    data jsonb,
    "createdAt" timestamp with time zone NOT NULL,
    "CollectiveId" integer,
    "UserId" integer,
    "TransactionId" integer,
    "ExpenseId" integer,
    "UserTokenId" integer,
    "OrderId" integer,
    "FromCollectiveId" integer,
    "HostCollectiveId" integer
);


--
-- Name: Activities_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Activities_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Activities_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Activities_id_seq" OWNED BY public."Activities".id;


--
-- Name: Agreements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Agreements" (
    id integer NOT NULL,
    title character varying(255) NOT NULL,
    "expiresAt" timestamp with time zone,
    "UserId" integer,
    "HostCollectiveId" integer,
    "CollectiveId" integer,
    "UploadedFileId" integer,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    "deletedAt" timestamp with time zone,
    notes text
);


--
-- Name: Agreements_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Agreements_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Agreements_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Agreements_id_seq" OWNED BY public."Agreements".id;


--
-- Name: Applications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Applications" (
    id integer NOT NULL,
    "CreatedByUserId" integer,
    "clientId" character varying(255),
    "clientSecret" character varying(255),
    "callbackUrl" character varying(255),
    name character varying(255),
    description character varying(255),
    disabled boolean DEFAULT false,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    "CollectiveId" integer NOT NULL,
    type public."enum_Applications_type",
    "apiKey" character varying(255),
    data json,
    "preAuthorize2FA" boolean DEFAULT false NOT NULL
);


--
-- Name: Applications_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Applications_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Applications_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Applications_id_seq" OWNED BY public."Applications".id;


--
-- Name: PaymentMethods; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."PaymentMethods" (
    id integer NOT NULL,
    name character varying(255),
    token character varying(255),
    "customerId" character varying(255),
    service character varying(255) DEFAULT 'stripe'::character varying,
    data jsonb,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "confirmedAt" timestamp with time zone,
    "deletedAt" timestamp with time zone,
    "CreatedByUserId" integer,
    "expiryDate" timestamp with time zone,
    uuid uuid,
    "CollectiveId" integer,
    "archivedAt" timestamp with time zone,
    "monthlyLimitPerMember" integer,
    "primary" boolean DEFAULT false,
    currency character varying(3),
    "initialBalance" integer,
    description character varying(255),
    "limitedToTags" character varying(255)[],
    type character varying(255),
    "SourcePaymentMethodId" integer,
    "limitedToHostCollectiveIds" integer[],
    saved boolean DEFAULT false,
    batch character varying(255)
);


--
-- Name: Cards_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Cards_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Cards_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Cards_id_seq" OWNED BY public."PaymentMethods".id;


--
-- Name: CollectiveHistories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."CollectiveHistories" (
    id integer,
    name character varying(255),
    description character varying(255),
    currency character varying(255),
    "createdAt" timestamp with time zone,
    "updatedAt" timestamp with time zone,
    "deletedAt" timestamp with time zone,
    "isActive" boolean,
    "longDescription" text,
    image character varying(1200),
    slug character varying(255),
    website character varying(255),
    "twitterHandle" character varying(255),
    "backgroundImage" character varying(1200),
    "hostFeePercent" double precision,
    settings jsonb,
    data jsonb,
    tags character varying(255)[],
    "LastEditedByUserId" integer,
    hid bigint NOT NULL,
    "archivedAt" timestamp with time zone NOT NULL,
    "CreatedByUserId" integer,
    "HostCollectiveId" integer,
    "ParentCollectiveId" integer,
    type character varying(255) DEFAULT 'COLLECTIVE'::character varying,
    "startsAt" timestamp with time zone,
    "endsAt" timestamp with time zone,
    "locationName" character varying(255),
    address character varying(255),
    timezone character varying(255),
    "geoLocationLatLong" jsonb,
    company character varying(255),
    "expensePolicy" text,
    "githubHandle" character varying(255),
    "countryISO" character varying(2),
    "deactivatedAt" timestamp with time zone,
    "isPledged" boolean DEFAULT false,
    "isAnonymous" boolean DEFAULT false,
    "isIncognito" boolean DEFAULT false,
    "approvedAt" timestamp with time zone,
    "isHostAccount" boolean DEFAULT false,
    plan character varying(255),
    "platformFeePercent" double precision,
    "contributionPolicy" text,
    "legalName" character varying(255),
    "repositoryUrl" character varying(255) DEFAULT NULL::character varying,
    "searchTsVector" tsvector
);


--
-- Name: Collectives; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Collectives" (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    currency character varying(255) DEFAULT 'USD'::character varying,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    "deletedAt" timestamp with time zone,
    "isActive" boolean DEFAULT false,
    "longDescription" text,
    image character varying(1200),
    slug character varying(255),
    website character varying(255),
    "twitterHandle" character varying(255),
    "backgroundImage" character varying(1200),
    "hostFeePercent" double precision,
    settings jsonb,
    data jsonb,
    tags character varying(255)[],
    "LastEditedByUserId" integer,
    "CreatedByUserId" integer,
    "HostCollectiveId" integer,
    "ParentCollectiveId" integer,
    type character varying(255) DEFAULT 'COLLECTIVE'::character varying,
    "startsAt" timestamp with time zone,
    "endsAt" timestamp with time zone,
    "locationName" character varying(255),
    address character varying(255),
    timezone character varying(255),
    "geoLocationLatLong" jsonb,
    company character varying(255),
    "githubHandle" character varying(255),
    "countryISO" character varying(2),
    "deactivatedAt" timestamp with time zone,
    "isIncognito" boolean DEFAULT false,
    "approvedAt" timestamp with time zone,
    "isHostAccount" boolean DEFAULT false NOT NULL,
    plan character varying(255),
    "platformFeePercent" double precision,
    "contributionPolicy" text,
    "legalName" character varying(255),
    "searchTsVector" tsvector GENERATED ALWAYS AS ((((((setweight(to_tsvector('simple'::regconfig, (slug)::text), 'A'::"char") || setweight(to_tsvector('simple'::regconfig, (name)::text), 'B'::"char")) || setweight(to_tsvector('english'::regconfig, (name)::text), 'B'::"char")) || setweight(to_tsvector('english'::regconfig, (COALESCE(description, ''::character varying))::text), 'C'::"char")) || setweight(to_tsvector('english'::regconfig, COALESCE("longDescription", ''::text)), 'C'::"char")) || setweight(to_tsvector('simple'::regconfig, public.array_to_string_immutable((COALESCE(tags, ARRAY[]::character varying[]))::text[], ' '::text)), 'C'::"char"))) STORED,
    "repositoryUrl" character varying(255) DEFAULT NULL::character varying
);


--
-- Name: Orders; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Orders" (
    id integer NOT NULL,
    "CreatedByUserId" integer,
    "CollectiveId" integer,
    currency character varying(255) DEFAULT 'USD'::character varying,
    "totalAmount" integer,
    description character varying(255),
    "SubscriptionId" integer,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    "deletedAt" timestamp with time zone,
    "PaymentMethodId" integer,
    "processedAt" timestamp with time zone,
    "privateMessage" text,
    "TierId" integer,
    "FromCollectiveId" integer,
    "publicMessage" character varying(255),
    quantity integer,
    status character varying(255) DEFAULT 'PENDING'::character varying NOT NULL,
    data jsonb,
    "taxAmount" integer,
    "interval" character varying(255),
    tags character varying(255)[],
    "platformTipAmount" integer,
    "platformTipEligible" boolean,
    "AccountingCategoryId" integer
);


--
-- Name: CollectiveOrderStats; Type: MATERIALIZED VIEW; Schema: public; Owner: -
--

CREATE MATERIALIZED VIEW public."CollectiveOrderStats" AS
 WITH ma AS (
         SELECT o."CollectiveId",
            date_trunc('month'::text, o."createdAt") AS month,
            (round(COALESCE(avg(
                CASE
                    WHEN ((o.status)::text = 'ERROR'::text) THEN 1
                    ELSE 0
                END), (0)::numeric), 5))::double precision AS "errorRate",
            (round(COALESCE(avg(
                CASE
                    WHEN ((o.status)::text = ANY (ARRAY[('PAID'::character varying)::text, ('ACTIVE'::character varying)::text])) THEN 1
                    ELSE 0
                END), (0)::numeric), 5))::double precision AS "successRate",
            count(*) AS "numberOfOrders"
           FROM (public."Orders" o
             LEFT JOIN public."Collectives" c ON ((c.id = o."CollectiveId")))
          WHERE ((o."deletedAt" IS NULL) AND (o."createdAt" > (now() - '1 year'::interval)) AND (c."deletedAt" IS NULL) AND (c."isActive" IS TRUE))
          GROUP BY o."CollectiveId", (date_trunc('month'::text, o."createdAt"))
          ORDER BY (date_trunc('month'::text, o."createdAt"))
        ), acc AS (
         SELECT ma."CollectiveId",
            ma.month,
            rank() OVER w AS months,
            ma."errorRate",
            avg(ma."errorRate") OVER w AS "accErrorRate",
            ma."successRate",
            avg(ma."successRate") OVER w AS "accSuccessRate",
            sum(ma."numberOfOrders") OVER w AS "accNumberOfOrders"
           FROM ma
          WINDOW w AS (PARTITION BY ma."CollectiveId" ORDER BY ma.month DESC)
        )
 SELECT "CollectiveId",
    max("accErrorRate") FILTER (WHERE (months = 1)) AS "errorRate1M",
    max("accErrorRate") FILTER (WHERE (months = 3)) AS "errorRate3M",
    max("accErrorRate") FILTER (WHERE (months = 12)) AS "errorRate12M",
    max("accSuccessRate") FILTER (WHERE (months = 3)) AS "successRate1M",
    max("accSuccessRate") FILTER (WHERE (months = 3)) AS "successRate3M",
    max("accSuccessRate") FILTER (WHERE (months = 12)) AS "successRate12M",
    max("accNumberOfOrders") FILTER (WHERE (months = 1)) AS "numOrders1M",
    max("accNumberOfOrders") FILTER (WHERE (months = 3)) AS "numOrders3M",
    max("accNumberOfOrders") FILTER (WHERE (months = 12)) AS "numOrders12M"
   FROM acc
  GROUP BY "CollectiveId"
  WITH NO DATA;


--
-- Name: CollectiveTagStats; Type: MATERIALIZED VIEW; Schema: public; Owner: -
--

CREATE MATERIALIZED VIEW public."CollectiveTagStats" AS
 SELECT alltags.tag,
    alltags.count,
    NULL::integer AS "HostCollectiveId"
   FROM ( SELECT DISTINCT unnest("Collectives".tags) AS tag,
            count(*) AS count
           FROM public."Collectives"
          WHERE (("Collectives"."deletedAt" IS NULL) AND ("Collectives"."isIncognito" IS NOT TRUE) AND ((("Collectives".data ->> 'isGuest'::text))::boolean IS NOT TRUE) AND ((COALESCE((("Collectives".data #>> '{spamReport,score}'::text[]))::double precision, (0)::double precision) <= (0.2)::double precision) OR ("Collectives"."createdAt" < (now() - '2 days'::interval))) AND ((("Collectives".data ->> 'hideFromSearch'::text))::boolean IS NOT TRUE))
          GROUP BY (unnest("Collectives".tags))) alltags
UNION
 SELECT hosttags.tag,
    hosttags.count,
    hosttags."HostCollectiveId"
   FROM ( SELECT DISTINCT unnest("Collectives".tags) AS tag,
            count(*) AS count,
            "Collectives"."HostCollectiveId"
           FROM public."Collectives"
          WHERE (("Collectives"."HostCollectiveId" IS NOT NULL) AND ("Collectives"."deletedAt" IS NULL) AND ("Collectives"."isIncognito" IS NOT TRUE) AND ((("Collectives".data ->> 'isGuest'::text))::boolean IS NOT TRUE) AND ((COALESCE((("Collectives".data #>> '{spamReport,score}'::text[]))::double precision, (0)::double precision) <= (0.2)::double precision) OR ("Collectives"."createdAt" < (now() - '2 days'::interval))) AND ((("Collectives".data ->> 'hideFromSearch'::text))::boolean IS NOT TRUE))
          GROUP BY (unnest("Collectives".tags)), "Collectives"."HostCollectiveId") hosttags
  ORDER BY 2 DESC
  WITH NO DATA;


--
-- Name: Transactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Transactions" (
    id integer NOT NULL,
    type character varying(255),
    description character varying(255),
    amount integer,
    currency character varying(255) DEFAULT 'USD'::character varying,
    "createdAt" timestamp with time zone,
    "updatedAt" timestamp with time zone NOT NULL,
    "CollectiveId" integer,
    "CreatedByUserId" integer,
    "PaymentMethodId" integer,
    "deletedAt" timestamp with time zone,
    data jsonb,
    "OrderId" integer,
    "platformFeeInHostCurrency" integer,
    "hostFeeInHostCurrency" integer,
    "paymentProcessorFeeInHostCurrency" integer,
    "hostCurrency" character varying(255),
    "hostCurrencyFxRate" double precision,
    "amountInHostCurrency" integer,
    "netAmountInCollectiveCurrency" integer,
    "ExpenseId" integer,
    uuid uuid,
    "FromCollectiveId" integer,
    "HostCollectiveId" integer,
    "TransactionGroup" uuid,
    "RefundTransactionId" integer,
    "UsingGiftCardFromCollectiveId" integer,
    "taxAmount" integer,
    "isRefund" boolean DEFAULT false NOT NULL,
    kind public."enum_Transactions_kind",
    "isDebt" boolean DEFAULT false NOT NULL,
    "PayoutMethodId" integer,
    "isDisputed" boolean DEFAULT false,
    "isInReview" boolean DEFAULT false,
    "isInternal" boolean DEFAULT false NOT NULL,
    "clearedAt" timestamp with time zone
);


--
-- Name: CollectiveTransactionStats; Type: MATERIALIZED VIEW; Schema: public; Owner: -
--

CREATE MATERIALIZED VIEW public."CollectiveTransactionStats" AS
 WITH "ActiveCollectives" AS (
         SELECT c.id AS "CollectiveId"
           FROM (public."Transactions" t_1
             LEFT JOIN public."Collectives" c ON (((c.id = t_1."CollectiveId") AND (c."deletedAt" IS NULL))))
          WHERE ((t_1."deletedAt" IS NULL) AND (t_1."hostCurrency" IS NOT NULL) AND (c."deactivatedAt" IS NULL) AND (((c.data ->> 'isGuest'::text))::boolean IS NOT TRUE) AND ((c.name)::text <> 'incognito'::text) AND ((c.name)::text <> 'anonymous'::text) AND (c."isIncognito" = false))
          GROUP BY c.id
         HAVING (count(DISTINCT t_1."hostCurrency") = 1)
        )
 SELECT ac."CollectiveId" AS id,
    max(t."createdAt") AS "LatestTransactionCreatedAt",
    count(DISTINCT t.id) AS count,
    sum(t."amountInHostCurrency") FILTER (WHERE (((t.type)::text = 'CREDIT'::text) AND (NOT (t.kind = 'PAYMENT_PROCESSOR_COVER'::public."enum_Transactions_kind")))) AS "totalAmountReceivedInHostCurrency",
    sum((((((COALESCE(t."amountInHostCurrency", 0) + COALESCE(t."platformFeeInHostCurrency", 0)) + COALESCE(t."hostFeeInHostCurrency", 0)) + COALESCE(t."paymentProcessorFeeInHostCurrency", 0)))::double precision + COALESCE(((t."taxAmount")::double precision * t."hostCurrencyFxRate"), (0)::double precision))) FILTER (WHERE ((((t.type)::text = 'CREDIT'::text) AND (NOT ((t.kind = 'PAYMENT_PROCESSOR_COVER'::public."enum_Transactions_kind") AND ((t."OrderId" IS NULL) OR (t."createdAt" < '2024-01-01 00:00:00+00'::timestamp with time zone))))) OR (((t.type)::text = 'DEBIT'::text) AND ((t.kind = ANY (ARRAY['HOST_FEE'::public."enum_Transactions_kind", 'PAYMENT_PROCESSOR_FEE'::public."enum_Transactions_kind"])) AND (t."OrderId" IS NOT NULL))))) AS "totalNetAmountReceivedInHostCurrency",
    sum(t."amountInHostCurrency") FILTER (WHERE (((t.type)::text = 'DEBIT'::text) AND (NOT (t.kind = ANY (ARRAY['HOST_FEE'::public."enum_Transactions_kind", 'PAYMENT_PROCESSOR_FEE'::public."enum_Transactions_kind"]))))) AS "totalAmountSpentInHostCurrency",
    sum((((((COALESCE(t."amountInHostCurrency", 0) + COALESCE(t."platformFeeInHostCurrency", 0)) + COALESCE(t."hostFeeInHostCurrency", 0)) + COALESCE(t."paymentProcessorFeeInHostCurrency", 0)))::double precision + COALESCE(((t."taxAmount")::double precision * t."hostCurrencyFxRate"), (0)::double precision))) FILTER (WHERE ((((t.type)::text = 'DEBIT'::text) AND (NOT ((t.kind = ANY (ARRAY['HOST_FEE'::public."enum_Transactions_kind", 'PAYMENT_PROCESSOR_FEE'::public."enum_Transactions_kind"])) AND (t."OrderId" IS NOT NULL)))) OR (((t.type)::text = 'CREDIT'::text) AND (t.kind = 'PAYMENT_PROCESSOR_COVER'::public."enum_Transactions_kind") AND (t."OrderId" IS NULL)))) AS "totalNetAmountSpentInHostCurrency",
    max((t."hostCurrency")::text) AS "hostCurrency"
   FROM ("ActiveCollectives" ac
     JOIN public."Transactions" t ON (((t."CollectiveId" = ac."CollectiveId") AND (t."deletedAt" IS NULL) AND (t."RefundTransactionId" IS NULL) AND ((t."isRefund" IS NOT TRUE) OR (t.kind = 'PAYMENT_PROCESSOR_COVER'::public."enum_Transactions_kind")) AND (t."isInternal" IS NOT TRUE))))
  GROUP BY ac."CollectiveId"
  WITH NO DATA;


--
-- Name: CommentHistories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."CommentHistories" (
    id integer,
    "CollectiveId" integer,
    "FromCollectiveId" integer,
    "CreatedByUserId" integer,
    "ExpenseId" integer,
    "UpdateId" integer,
    markdown text,
    html text,
    "createdAt" timestamp with time zone,
    "updatedAt" timestamp with time zone,
    "deletedAt" timestamp with time zone,
    hid bigint NOT NULL,
    "archivedAt" timestamp with time zone NOT NULL,
    "ConversationId" integer,
    type public."enum_CommentHistories_type" DEFAULT 'COMMENT'::public."enum_CommentHistories_type",
    "OrderId" integer,
    "HostApplicationId" integer
);


--
-- Name: CommentHistories_hid_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."CommentHistories_hid_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: CommentHistories_hid_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."CommentHistories_hid_seq" OWNED BY public."CommentHistories".hid;


--
-- Name: EmojiReactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."EmojiReactions" (
    id integer NOT NULL,
    "FromCollectiveId" integer NOT NULL,
    "UserId" integer NOT NULL,
    "CommentId" integer,
    emoji character varying(255) NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "UpdateId" integer
);


--
-- Name: CommentReactions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."CommentReactions_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: CommentReactions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."CommentReactions_id_seq" OWNED BY public."EmojiReactions".id;


--
-- Name: Comments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Comments" (
    id integer NOT NULL,
    "CollectiveId" integer NOT NULL,
    "FromCollectiveId" integer NOT NULL,
    "CreatedByUserId" integer,
    "ExpenseId" integer,
    "UpdateId" integer,
    html text,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    "ConversationId" integer,
    type public."enum_Comments_type" DEFAULT 'COMMENT'::public."enum_Comments_type" NOT NULL,
    "OrderId" integer,
    "HostApplicationId" integer
);


--
-- Name: Comments_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Comments_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Comments_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Comments_id_seq" OWNED BY public."Comments".id;


--
-- Name: ConnectedAccounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ConnectedAccounts" (
    id integer NOT NULL,
    service character varying(255),
    username character varying(255),
    "clientId" character varying(255),
    token character varying(255),
    data jsonb,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    "CreatedByUserId" integer,
    "CollectiveId" integer,
    "refreshToken" character varying(255),
    settings jsonb,
    hash character varying(255)
);


--
-- Name: ConnectedAccounts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."ConnectedAccounts_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ConnectedAccounts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."ConnectedAccounts_id_seq" OWNED BY public."ConnectedAccounts".id;


--
-- Name: ConversationFollowers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ConversationFollowers" (
    id integer NOT NULL,
    "UserId" integer NOT NULL,
    "ConversationId" integer NOT NULL,
    "isActive" boolean DEFAULT true NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);


--
-- Name: ConversationFollowers_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."ConversationFollowers_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ConversationFollowers_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."ConversationFollowers_id_seq" OWNED BY public."ConversationFollowers".id;


--
-- Name: Conversations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Conversations" (
    id integer NOT NULL,
    title character varying(255) NOT NULL,
    summary character varying(255) NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    tags character varying(255)[],
    "CollectiveId" integer NOT NULL,
    "CreatedByUserId" integer NOT NULL,
    "FromCollectiveId" integer NOT NULL,
    "RootCommentId" integer
);


--
-- Name: Conversations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Conversations_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Conversations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Conversations_id_seq" OWNED BY public."Conversations".id;


--
-- Name: CurrencyExchangeRates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."CurrencyExchangeRates" (
    id integer NOT NULL,
    rate double precision NOT NULL,
    "from" character varying(255) NOT NULL,
    "to" character varying(255) NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone
);


--
-- Name: CurrencyExchangeRates_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."CurrencyExchangeRates_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: CurrencyExchangeRates_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."CurrencyExchangeRates_id_seq" OWNED BY public."CurrencyExchangeRates".id;


--
-- Name: CurrentCollectiveBalance; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public."CurrentCollectiveBalance" AS
SELECT
    NULL::integer AS "CollectiveId",
    NULL::double precision AS "netAmountInHostCurrency",
    NULL::double precision AS "disputedNetAmountInHostCurrency",
    NULL::character varying(255) AS "hostCurrency";


--
-- Name: CurrentCollectiveTransactionStats; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public."CurrentCollectiveTransactionStats" AS
 SELECT cts.id AS "CollectiveId",
    (COALESCE(cts."totalAmountReceivedInHostCurrency", (0)::bigint) + COALESCE(t."totalAmountReceivedInHostCurrency", (0)::bigint)) AS "totalAmountReceivedInHostCurrency",
    (COALESCE(cts."totalNetAmountReceivedInHostCurrency", (0)::double precision) + COALESCE(t."totalNetAmountReceivedInHostCurrency", (0)::double precision)) AS "totalNetAmountReceivedInHostCurrency",
    (COALESCE(cts."totalAmountSpentInHostCurrency", (0)::bigint) + COALESCE(t."totalAmountSpentInHostCurrency", (0)::bigint)) AS "totalAmountSpentInHostCurrency",
    (COALESCE(cts."totalNetAmountSpentInHostCurrency", (0)::double precision) + COALESCE(t."totalNetAmountSpentInHostCurrency", (0)::double precision)) AS "totalNetAmountSpentInHostCurrency",
    cts."hostCurrency"
   FROM (public."CollectiveTransactionStats" cts
     LEFT JOIN LATERAL ( SELECT sum(t_1."amountInHostCurrency") FILTER (WHERE (((t_1.type)::text = 'CREDIT'::text) AND (NOT (t_1.kind = 'PAYMENT_PROCESSOR_COVER'::public."enum_Transactions_kind")))) AS "totalAmountReceivedInHostCurrency",
            sum((((((COALESCE(t_1."amountInHostCurrency", 0) + COALESCE(t_1."platformFeeInHostCurrency", 0)) + COALESCE(t_1."hostFeeInHostCurrency", 0)) + COALESCE(t_1."paymentProcessorFeeInHostCurrency", 0)))::double precision + COALESCE(((t_1."taxAmount")::double precision * t_1."hostCurrencyFxRate"), (0)::double precision))) FILTER (WHERE ((((t_1.type)::text = 'CREDIT'::text) AND (NOT ((t_1.kind = 'PAYMENT_PROCESSOR_COVER'::public."enum_Transactions_kind") AND ((t_1."OrderId" IS NULL) OR (t_1."createdAt" < '2024-01-01 00:00:00+00'::timestamp with time zone))))) OR (((t_1.type)::text = 'DEBIT'::text) AND ((t_1.kind = ANY (ARRAY['HOST_FEE'::public."enum_Transactions_kind", 'PAYMENT_PROCESSOR_FEE'::public."enum_Transactions_kind"])) AND (t_1."OrderId" IS NOT NULL))))) AS "totalNetAmountReceivedInHostCurrency",
            sum(t_1."amountInHostCurrency") FILTER (WHERE (((t_1.type)::text = 'DEBIT'::text) AND (NOT (t_1.kind = ANY (ARRAY['HOST_FEE'::public."enum_Transactions_kind", 'PAYMENT_PROCESSOR_FEE'::public."enum_Transactions_kind"]))))) AS "totalAmountSpentInHostCurrency",
            sum((((((COALESCE(t_1."amountInHostCurrency", 0) + COALESCE(t_1."platformFeeInHostCurrency", 0)) + COALESCE(t_1."hostFeeInHostCurrency", 0)) + COALESCE(t_1."paymentProcessorFeeInHostCurrency", 0)))::double precision + COALESCE(((t_1."taxAmount")::double precision * t_1."hostCurrencyFxRate"), (0)::double precision))) FILTER (WHERE ((((t_1.type)::text = 'DEBIT'::text) AND (NOT ((t_1.kind = ANY (ARRAY['HOST_FEE'::public."enum_Transactions_kind", 'PAYMENT_PROCESSOR_FEE'::public."enum_Transactions_kind"])) AND (t_1."OrderId" IS NOT NULL)))) OR (((t_1.type)::text = 'CREDIT'::text) AND (t_1.kind = 'PAYMENT_PROCESSOR_COVER'::public."enum_Transactions_kind") AND (t_1."OrderId" IS NULL)))) AS "totalNetAmountSpentInHostCurrency"
           FROM public."Transactions" t_1
          WHERE ((t_1."CollectiveId" = cts.id) AND (round((date_part('epoch'::text, timezone('UTC'::text, t_1."createdAt")) / (10)::double precision)) > round((date_part('epoch'::text, timezone('UTC'::text, cts."LatestTransactionCreatedAt")) / (10)::double precision))) AND (t_1."deletedAt" IS NULL) AND (t_1."RefundTransactionId" IS NULL) AND ((t_1."isRefund" IS NOT TRUE) OR (t_1.kind = 'PAYMENT_PROCESSOR_COVER'::public."enum_Transactions_kind")) AND (t_1."isInternal" IS NOT TRUE))
          GROUP BY t_1."CollectiveId") t ON (true));


--
-- Name: Donations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Donations_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Donations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Donations_id_seq" OWNED BY public."Orders".id;


--
-- Name: ExpenseAttachedFiles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ExpenseAttachedFiles" (
    id integer NOT NULL,
    "ExpenseId" integer NOT NULL,
    "CreatedByUserId" integer,
    url character varying(1200) NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);


--
-- Name: ExpenseAttachedFiles_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."ExpenseAttachedFiles_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ExpenseAttachedFiles_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."ExpenseAttachedFiles_id_seq" OWNED BY public."ExpenseAttachedFiles".id;


--
-- Name: ExpenseItems; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ExpenseItems" (
    id integer NOT NULL,
    amount integer NOT NULL,
    url character varying(1200),
    description text,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    "incurredAt" timestamp with time zone NOT NULL,
    "ExpenseId" integer NOT NULL,
    "CreatedByUserId" integer,
    currency character varying(3) DEFAULT '___'::character varying NOT NULL,
    "expenseCurrencyFxRate" double precision DEFAULT '1'::double precision NOT NULL,
    "expenseCurrencyFxRateSource" public."enum_ExpenseItems_expenseCurrencyFxRateSource"
);


--
-- Name: ExpenseAttachments_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."ExpenseAttachments_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ExpenseAttachments_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."ExpenseAttachments_id_seq" OWNED BY public."ExpenseItems".id;


--
-- Name: ExpenseHistories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ExpenseHistories" (
    id integer,
    "UserId" integer,
    "CollectiveId" integer,
    currency character varying(255),
    amount integer,
    description character varying(255),
    "legacyPayoutMethod" character varying(255),
    "privateMessage" text,
    attachment character varying(255),
    "lastEditedById" integer,
    status character varying(255),
    "incurredAt" timestamp with time zone,
    "createdAt" timestamp with time zone,
    "updatedAt" timestamp with time zone,
    "deletedAt" timestamp with time zone,
    hid bigint NOT NULL,
    "archivedAt" timestamp with time zone NOT NULL,
    type public."enum_ExpenseHistories_type" DEFAULT 'UNCLASSIFIED'::public."enum_ExpenseHistories_type",
    "FromCollectiveId" integer,
    "PayoutMethodId" integer,
    "invoiceInfo" text,
    tags character varying(255)[],
    "payeeLocation" jsonb,
    data jsonb,
    "longDescription" text,
    "VirtualCardId" character varying(255),
    "HostCollectiveId" integer,
    "feesPayer" public."enum_ExpenseHistories_feesPayer" DEFAULT 'COLLECTIVE'::public."enum_ExpenseHistories_feesPayer",
    "RecurringExpenseId" integer,
    "onHold" boolean DEFAULT false,
    "AccountingCategoryId" integer,
    "PaymentMethodId" integer,
    reference character varying(255)
);


--
-- Name: ExpenseHistories_hid_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."ExpenseHistories_hid_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ExpenseHistories_hid_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."ExpenseHistories_hid_seq" OWNED BY public."ExpenseHistories".hid;


--
-- Name: Expenses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Expenses" (
    id integer NOT NULL,
    "UserId" integer,
    "CollectiveId" integer,
    currency character varying(255) NOT NULL,
    amount integer NOT NULL,
    description character varying(255) NOT NULL,
    "privateMessage" text,
    "lastEditedById" integer,
    status character varying(255) DEFAULT 'PENDING'::character varying NOT NULL,
    "incurredAt" timestamp with time zone NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    "legacyPayoutMethod" character varying(255) NOT NULL,
    type public."enum_Expenses_type" DEFAULT 'UNCLASSIFIED'::public."enum_Expenses_type",
    "FromCollectiveId" integer NOT NULL,
    "PayoutMethodId" integer,
    "invoiceInfo" text,
    tags character varying(255)[],
    "payeeLocation" jsonb,
    data jsonb,
    "longDescription" text,
    "VirtualCardId" character varying(255),
    "HostCollectiveId" integer,
    "feesPayer" public."enum_Expenses_feesPayer" DEFAULT 'COLLECTIVE'::public."enum_Expenses_feesPayer" NOT NULL,
    "RecurringExpenseId" integer,
    "onHold" boolean DEFAULT false NOT NULL,
    "AccountingCategoryId" integer,
    "PaymentMethodId" integer,
    reference character varying(255)
);


--
-- Name: ExpenseTagStats; Type: MATERIALIZED VIEW; Schema: public; Owner: -
--

CREATE MATERIALIZED VIEW public."ExpenseTagStats" AS
 SELECT hosttags.tag,
    hosttags.count,
    hosttags."HostCollectiveId",
    NULL::integer AS "CollectiveId"
   FROM ( SELECT unnest("Expenses".tags) AS tag,
            count(*) AS count,
            "Collectives"."HostCollectiveId"
           FROM (public."Expenses"
             JOIN public."Collectives" ON ((("Expenses"."CollectiveId" = "Collectives".id) AND ("Collectives"."approvedAt" IS NOT NULL))))
          WHERE (("Collectives"."HostCollectiveId" IS NOT NULL) AND ("Expenses"."deletedAt" IS NULL) AND (("Expenses".status)::text <> ALL (ARRAY[('SPAM'::character varying)::text, ('DRAFT'::character varying)::text, ('UNVERIFIED'::character varying)::text])))
          GROUP BY (unnest("Expenses".tags)), "Collectives"."HostCollectiveId") hosttags
UNION
 SELECT collectivetags.tag,
    collectivetags.count,
    NULL::integer AS "HostCollectiveId",
    collectivetags."CollectiveId"
   FROM ( SELECT unnest("Expenses".tags) AS tag,
            count(*) AS count,
            "Expenses"."CollectiveId"
           FROM public."Expenses"
          WHERE (("Expenses"."CollectiveId" IS NOT NULL) AND ("Expenses"."deletedAt" IS NULL) AND (("Expenses".status)::text <> ALL (ARRAY[('SPAM'::character varying)::text, ('DRAFT'::character varying)::text, ('UNVERIFIED'::character varying)::text])))
          GROUP BY (unnest("Expenses".tags)), "Expenses"."CollectiveId") collectivetags
  WITH NO DATA;


--
-- Name: Expenses_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Expenses_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Expenses_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Expenses_id_seq" OWNED BY public."Expenses".id;


--
-- Name: GroupHistories_hid_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."GroupHistories_hid_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: GroupHistories_hid_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."GroupHistories_hid_seq" OWNED BY public."CollectiveHistories".hid;


--
-- Name: Groups_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Groups_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Groups_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Groups_id_seq" OWNED BY public."Collectives".id;


--
-- Name: HostApplications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."HostApplications" (
    id integer NOT NULL,
    "CollectiveId" integer NOT NULL,
    "HostCollectiveId" integer NOT NULL,
    status public."enum_HostApplications_status" NOT NULL,
    message text,
    "customData" jsonb,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    "CreatedByUserId" integer
);


--
-- Name: HostApplications_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."HostApplications_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: HostApplications_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."HostApplications_id_seq" OWNED BY public."HostApplications".id;


--
-- Name: HostMonthlyTransactions; Type: MATERIALIZED VIEW; Schema: public; Owner: -
--

CREATE MATERIALIZED VIEW public."HostMonthlyTransactions" AS
 SELECT date_trunc('month'::text, timezone('UTC'::text, t."createdAt")) AS date,
    t."HostCollectiveId",
    sum(t."amountInHostCurrency") AS "amountInHostCurrency",
    sum(COALESCE(t."platformFeeInHostCurrency", 0)) AS "platformFeeInHostCurrency",
    sum(COALESCE(t."hostFeeInHostCurrency", 0)) AS "hostFeeInHostCurrency",
    sum(COALESCE(t."paymentProcessorFeeInHostCurrency", 0)) AS "paymentProcessorFeeInHostCurrency",
    sum(COALESCE(((t."taxAmount")::double precision * COALESCE(t."hostCurrencyFxRate", (1)::double precision)), (0)::double precision)) AS "taxAmountInHostCurrency",
    COALESCE((((((sum(COALESCE(t."amountInHostCurrency", 0)) + sum(COALESCE(t."platformFeeInHostCurrency", 0))) + sum(COALESCE(t."hostFeeInHostCurrency", 0))) + sum(COALESCE(t."paymentProcessorFeeInHostCurrency", 0))))::double precision + sum(COALESCE(((t."taxAmount")::double precision * COALESCE(t."hostCurrencyFxRate", (1)::double precision)), (0)::double precision))), (0)::double precision) AS "netAmountInHostCurrency",
    t.kind,
    t."isRefund",
    t."hostCurrency",
    t.type,
        CASE
            WHEN (t."CollectiveId" = t."HostCollectiveId") THEN true
            WHEN (EXISTS ( SELECT 1
               FROM public."Collectives" c
              WHERE ((c.id = t."CollectiveId") AND (c."ParentCollectiveId" = t."HostCollectiveId") AND ((c.type)::text <> 'VENDOR'::text)))) THEN true
            ELSE false
        END AS "isHost",
    e.type AS "expenseType",
    now() AS "refreshedAt"
   FROM (public."Transactions" t
     LEFT JOIN LATERAL ( SELECT e2.type
           FROM public."Expenses" e2
          WHERE (e2.id = t."ExpenseId")) e ON ((t."ExpenseId" IS NOT NULL)))
  WHERE ((t."deletedAt" IS NULL) AND (t."HostCollectiveId" IS NOT NULL))
  GROUP BY (date_trunc('month'::text, timezone('UTC'::text, t."createdAt"))), t."HostCollectiveId", t.kind, t."hostCurrency", t."isRefund", t.type,
        CASE
            WHEN (t."CollectiveId" = t."HostCollectiveId") THEN true
            WHEN (EXISTS ( SELECT 1
               FROM public."Collectives" c
              WHERE ((c.id = t."CollectiveId") AND (c."ParentCollectiveId" = t."HostCollectiveId") AND ((c.type)::text <> 'VENDOR'::text)))) THEN true
            ELSE false
        END, e.type
  ORDER BY (date_trunc('month'::text, timezone('UTC'::text, t."createdAt"))), t."HostCollectiveId", t.kind
  WITH NO DATA;


--
-- Name: LegalDocuments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."LegalDocuments" (
    id integer NOT NULL,
    "requestStatus" public."enum_LegalDocuments_requestStatus",
    "documentType" public."enum_LegalDocuments_documentType",
    year integer NOT NULL,
    "documentLink" character varying(255),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    "CollectiveId" integer,
    data jsonb,
    service public."enum_LegalDocuments_service" DEFAULT 'DROPBOX_FORMS'::public."enum_LegalDocuments_service" NOT NULL
);


--
-- Name: LegalDocuments_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."LegalDocuments_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: LegalDocuments_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."LegalDocuments_id_seq" OWNED BY public."LegalDocuments".id;


--
-- Name: Locations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Locations" (
    id integer NOT NULL,
    name character varying(255),
    address character varying(255),
    country character varying(255),
    structured jsonb,
    "geoLocationLatLong" jsonb,
    "CollectiveId" integer,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    "deletedAt" timestamp with time zone
);


--
-- Name: Locations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Locations_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Locations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Locations_id_seq" OWNED BY public."Locations".id;


--
-- Name: MemberInvitations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."MemberInvitations" (
    id integer NOT NULL,
    description character varying(255),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    since timestamp with time zone NOT NULL,
    role public."enum_MemberInvitations_role" NOT NULL,
    "CollectiveId" integer NOT NULL,
    "TierId" integer,
    "MemberCollectiveId" integer NOT NULL,
    "CreatedByUserId" integer NOT NULL
);


--
-- Name: MemberInvitations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."MemberInvitations_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: MemberInvitations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."MemberInvitations_id_seq" OWNED BY public."MemberInvitations".id;


--
-- Name: Members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Members" (
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    "CreatedByUserId" integer NOT NULL,
    "CollectiveId" integer,
    role character varying(255) DEFAULT 'MEMBER'::character varying NOT NULL,
    id integer NOT NULL,
    description character varying(255),
    "MemberCollectiveId" integer,
    "TierId" integer,
    since timestamp with time zone NOT NULL,
    "publicMessage" character varying(255)
);


--
-- Name: MigrationLogs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."MigrationLogs" (
    id integer NOT NULL,
    type public."enum_MigrationLogs_type" NOT NULL,
    description character varying(255) NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    data jsonb DEFAULT '"{}"'::jsonb NOT NULL,
    "CreatedByUserId" integer
);


--
-- Name: MigrationLogs_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."MigrationLogs_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: MigrationLogs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."MigrationLogs_id_seq" OWNED BY public."MigrationLogs".id;


--
-- Name: Notifications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Notifications" (
    id integer NOT NULL,
    channel character varying(255) DEFAULT 'email'::character varying,
    type character varying(255),
    active boolean DEFAULT true,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "UserId" integer,
    "CollectiveId" integer,
    "webhookUrl" character varying(255),
    "lastSuccessAt" date
);


--
-- Name: OAuthAuthorizationCodes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."OAuthAuthorizationCodes" (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    "redirectUri" character varying(255) NOT NULL,
    "expiresAt" timestamp with time zone NOT NULL,
    "ApplicationId" integer NOT NULL,
    "UserId" integer NOT NULL,
    data jsonb,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    scope public."enum_OAuthAuthorizationCodes_scope"[]
);


--
-- Name: OAuthAuthorizationCodes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."OAuthAuthorizationCodes_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: OAuthAuthorizationCodes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."OAuthAuthorizationCodes_id_seq" OWNED BY public."OAuthAuthorizationCodes".id;


--
-- Name: OrderHistories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."OrderHistories" (
    id integer,
    "CreatedByUserId" integer,
    "FromCollectiveId" integer,
    "CollectiveId" integer,
    "TierId" integer,
    quantity integer,
    currency character varying(3),
    "totalAmount" integer,
    description character varying(255),
    "publicMessage" character varying(255),
    "privateMessage" character varying(255),
    "SubscriptionId" integer,
    "PaymentMethodId" integer,
    "MatchingPaymentMethodId" integer,
    "ReferralCollectiveId" integer,
    "processedAt" timestamp with time zone,
    "createdAt" timestamp with time zone,
    "updatedAt" timestamp with time zone,
    "deletedAt" timestamp with time zone,
    hid bigint NOT NULL,
    "archivedAt" timestamp with time zone NOT NULL,
    status character varying(255) DEFAULT 'PENDING'::character varying,
    data jsonb,
    "taxAmount" integer,
    "interval" character varying(255),
    tags character varying(255)[],
    "platformTipAmount" integer,
    "platformTipEligible" boolean,
    "AccountingCategoryId" integer
);


--
-- Name: OrderHistories_hid_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."OrderHistories_hid_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: OrderHistories_hid_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."OrderHistories_hid_seq" OWNED BY public."OrderHistories".hid;


--
-- Name: PayoutMethods; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."PayoutMethods" (
    id integer NOT NULL,
    type public."enum_PayoutMethods_type" NOT NULL,
    data jsonb,
    "isSaved" boolean DEFAULT true NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    name character varying(255),
    "CollectiveId" integer NOT NULL,
    "CreatedByUserId" integer
);


--
-- Name: PayoutMethods_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."PayoutMethods_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: PayoutMethods_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."PayoutMethods_id_seq" OWNED BY public."PayoutMethods".id;


--
-- Name: PaypalPlans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."PaypalPlans" (
    id character varying(255) NOT NULL,
    amount integer NOT NULL,
    currency character varying(255) NOT NULL,
    "interval" public."enum_PaypalPlans_interval" NOT NULL,
    "ProductId" character varying(255) NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone
);


--
-- Name: PaypalProducts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."PaypalProducts" (
    id character varying(255) NOT NULL,
    "CollectiveId" integer NOT NULL,
    "TierId" integer,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    "HostCollectiveId" integer
);


--
-- Name: PersonalTokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."PersonalTokens" (
    id integer NOT NULL,
    name character varying(255),
    token character varying(255) NOT NULL,
    "expiresAt" timestamp with time zone,
    "CollectiveId" integer NOT NULL,
    "UserId" integer NOT NULL,
    data jsonb,
    scope public."enum_PersonalTokens_scope"[],
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    "lastUsedAt" timestamp with time zone,
    "preAuthorize2FA" boolean DEFAULT false NOT NULL
);


--
-- Name: PersonalTokens_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."PersonalTokens_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: PersonalTokens_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."PersonalTokens_id_seq" OWNED BY public."PersonalTokens".id;


--
-- Name: RecurringExpenses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."RecurringExpenses" (
    id integer NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    "CollectiveId" integer NOT NULL,
    "FromCollectiveId" integer NOT NULL,
    "interval" public."enum_RecurringExpenses_interval" NOT NULL,
    "lastDraftedAt" timestamp with time zone,
    "endsAt" timestamp with time zone
);


--
-- Name: RecurringExpenses_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."RecurringExpenses_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: RecurringExpenses_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."RecurringExpenses_id_seq" OWNED BY public."RecurringExpenses".id;


--
-- Name: RequiredLegalDocuments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."RequiredLegalDocuments" (
    id integer NOT NULL,
    "documentType" public."enum_RequiredLegalDocuments_documentType",
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    "HostCollectiveId" integer
);


--
-- Name: RequiredLegalDocuments_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."RequiredLegalDocuments_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: RequiredLegalDocuments_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."RequiredLegalDocuments_id_seq" OWNED BY public."RequiredLegalDocuments".id;


--
-- Name: SequelizeMeta; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."SequelizeMeta" (
    name character varying(255) NOT NULL
);


--
-- Name: SocialLinks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."SocialLinks" (
    "CollectiveId" integer NOT NULL,
    type character varying(255) DEFAULT 'WEBSITE'::character varying NOT NULL,
    url character varying(255) NOT NULL,
    "order" integer NOT NULL,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: SubscriptionHistories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."SubscriptionHistories" (
    id integer,
    amount integer,
    currency character varying(3),
    "interval" character varying(8),
    "isActive" boolean,
    data jsonb,
    "stripeSubscriptionId" character varying(255),
    "nextChargeDate" timestamp with time zone,
    "nextPeriodStart" timestamp with time zone,
    "chargeRetryCount" integer,
    "activatedAt" timestamp with time zone,
    "deactivatedAt" timestamp with time zone,
    "createdAt" timestamp with time zone,
    "updatedAt" timestamp with time zone,
    "deletedAt" timestamp with time zone,
    hid bigint NOT NULL,
    "archivedAt" timestamp with time zone NOT NULL,
    quantity integer,
    "chargeNumber" integer,
    "isManagedExternally" boolean DEFAULT false,
    "paypalSubscriptionId" character varying(255),
    "lastChargedAt" timestamp with time zone
);


--
-- Name: SubscriptionHistories_hid_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."SubscriptionHistories_hid_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: SubscriptionHistories_hid_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."SubscriptionHistories_hid_seq" OWNED BY public."SubscriptionHistories".hid;


--
-- Name: Subscriptions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Subscriptions" (
    id integer NOT NULL,
    amount integer,
    currency character varying(255) DEFAULT 'USD'::character varying,
    "interval" character varying(8) DEFAULT NULL::character varying,
    "isActive" boolean DEFAULT false,
    data jsonb,
    "stripeSubscriptionId" character varying(255),
    "activatedAt" timestamp with time zone,
    "deactivatedAt" timestamp with time zone,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    "nextChargeDate" timestamp with time zone,
    "nextPeriodStart" timestamp with time zone,
    "chargeRetryCount" integer DEFAULT 0,
    quantity integer,
    "chargeNumber" integer,
    "isManagedExternally" boolean DEFAULT false,
    "paypalSubscriptionId" character varying(255),
    "lastChargedAt" timestamp with time zone
);


--
-- Name: Subscriptions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Subscriptions_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Subscriptions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Subscriptions_id_seq" OWNED BY public."Notifications".id;


--
-- Name: Subscriptions_id_seq1; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Subscriptions_id_seq1"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Subscriptions_id_seq1; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Subscriptions_id_seq1" OWNED BY public."Subscriptions".id;


--
-- Name: SuspendedAssets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."SuspendedAssets" (
    id integer NOT NULL,
    type public."enum_SuspendedAssets_type" NOT NULL,
    reason character varying(255) NOT NULL,
    fingerprint character varying(255) NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone
);


--
-- Name: SuspendedAssets_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."SuspendedAssets_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: SuspendedAssets_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."SuspendedAssets_id_seq" OWNED BY public."SuspendedAssets".id;


--
-- Name: TierHistories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."TierHistories" (
    id integer,
    name character varying(255),
    description character varying(510),
    amount integer,
    currency character varying(255),
    "maxQuantity" integer,
    "startsAt" timestamp with time zone,
    "endsAt" timestamp with time zone,
    "createdAt" timestamp with time zone,
    "updatedAt" timestamp with time zone,
    "deletedAt" timestamp with time zone,
    slug character varying(255),
    goal integer,
    type character varying(255),
    "CollectiveId" integer,
    "interval" character varying(8),
    button character varying(255),
    presets integer[],
    "minimumAmount" integer,
    "longDescription" text,
    "amountType" public."enum_TierHistories_amountType",
    "videoUrl" character varying(255),
    "customFields" jsonb,
    data jsonb,
    hid bigint NOT NULL,
    "archivedAt" timestamp with time zone NOT NULL,
    "useStandalonePage" boolean DEFAULT false
);


--
-- Name: TierHistories_hid_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."TierHistories_hid_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: TierHistories_hid_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."TierHistories_hid_seq" OWNED BY public."TierHistories".hid;


--
-- Name: Tiers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Tiers" (
    id integer NOT NULL,
    name character varying(255),
    description character varying(510),
    amount integer,
    currency character varying(255) DEFAULT 'USD'::character varying,
    "maxQuantity" integer,
    "startsAt" timestamp with time zone,
    "endsAt" timestamp with time zone,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    slug character varying(255),
    goal integer,
    type character varying(255) DEFAULT 'TICKET'::character varying,
    "CollectiveId" integer,
    "interval" character varying(8) DEFAULT NULL::character varying,
    button character varying(255),
    presets integer[],
    "minimumAmount" integer,
    "amountType" public."enum_Tiers_amountType",
    "longDescription" text,
    "videoUrl" character varying(255),
    "customFields" jsonb,
    data jsonb,
    "useStandalonePage" boolean DEFAULT false NOT NULL
);


--
-- Name: Tiers_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Tiers_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Tiers_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Tiers_id_seq" OWNED BY public."Tiers".id;


--
-- Name: TransactionSettlements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."TransactionSettlements" (
    "TransactionGroup" uuid NOT NULL,
    kind public."enum_Transactions_kind" NOT NULL,
    status public."enum_TransactionSettlements_status" NOT NULL,
    "ExpenseId" integer,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone
);


--
-- Name: TransactionsImports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."TransactionsImports" (
    id integer NOT NULL,
    "CollectiveId" integer NOT NULL,
    "UploadedFileId" integer,
    source character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    type public."enum_TransactionsImports_type" NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    data jsonb,
    settings jsonb,
    "lastSyncAt" timestamp with time zone,
    "ConnectedAccountId" integer
);


--
-- Name: TransactionsImportsRows; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."TransactionsImportsRows" (
    id integer NOT NULL,
    "TransactionsImportId" integer NOT NULL,
    "ExpenseId" integer,
    "OrderId" integer,
    "sourceId" character varying(255),
    "isDismissed" boolean DEFAULT false NOT NULL,
    description character varying(255) DEFAULT ''::character varying NOT NULL,
    date timestamp with time zone NOT NULL,
    amount integer NOT NULL,
    currency character varying(3) DEFAULT 'USD'::character varying NOT NULL,
    "rawValue" jsonb,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    "isUnique" boolean DEFAULT false NOT NULL
);


--
-- Name: TransactionsImportsRows_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."TransactionsImportsRows_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: TransactionsImportsRows_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."TransactionsImportsRows_id_seq" OWNED BY public."TransactionsImportsRows".id;


--
-- Name: TransactionsImports_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."TransactionsImports_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: TransactionsImports_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."TransactionsImports_id_seq" OWNED BY public."TransactionsImports".id;


--
-- Name: Transactions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Transactions_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Transactions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Transactions_id_seq" OWNED BY public."Transactions".id;


--
-- Name: UpdateHistories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."UpdateHistories" (
    id integer,
    "CollectiveId" integer,
    "TierId" integer,
    slug character varying(255),
    "FromCollectiveId" integer,
    "CreatedByUserId" integer,
    "LastEditedByUserId" integer,
    title character varying(255),
    html text,
    image character varying(255),
    tags character varying(255)[],
    "createdAt" timestamp with time zone,
    "updatedAt" timestamp with time zone,
    "publishedAt" timestamp with time zone,
    "deletedAt" timestamp with time zone,
    hid bigint NOT NULL,
    "archivedAt" timestamp with time zone NOT NULL,
    "isPrivate" boolean DEFAULT false,
    "makePublicOn" timestamp with time zone,
    summary character varying(255),
    "notificationAudience" character varying(255) DEFAULT NULL::character varying,
    "isChangelog" boolean DEFAULT false
);


--
-- Name: UpdateHistories_hid_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."UpdateHistories_hid_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: UpdateHistories_hid_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."UpdateHistories_hid_seq" OWNED BY public."UpdateHistories".hid;


--
-- Name: Updates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Updates" (
    id integer NOT NULL,
    "CollectiveId" integer NOT NULL,
    "TierId" integer,
    slug character varying(255),
    "FromCollectiveId" integer NOT NULL,
    "CreatedByUserId" integer NOT NULL,
    "LastEditedByUserId" integer,
    title character varying(255),
    html text,
    image character varying(255),
    tags character varying(255)[],
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "publishedAt" timestamp with time zone,
    "deletedAt" timestamp with time zone,
    "isPrivate" boolean DEFAULT false,
    "makePublicOn" timestamp with time zone,
    summary character varying(255),
    "notificationAudience" character varying(255) DEFAULT NULL::character varying,
    "isChangelog" boolean DEFAULT false NOT NULL
);


--
-- Name: Updates_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Updates_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Updates_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Updates_id_seq" OWNED BY public."Updates".id;


--
-- Name: UploadedFiles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."UploadedFiles" (
    id integer NOT NULL,
    kind character varying(255) NOT NULL,
    "fileName" character varying(1024),
    "fileSize" integer,
    "fileType" character varying(255) NOT NULL,
    url character varying(1200) NOT NULL,
    data jsonb,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    "CreatedByUserId" integer
);


--
-- Name: UploadedFiles_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."UploadedFiles_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: UploadedFiles_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."UploadedFiles_id_seq" OWNED BY public."UploadedFiles".id;


--
-- Name: UserGroups_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."UserGroups_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: UserGroups_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."UserGroups_id_seq" OWNED BY public."Members".id;


--
-- Name: UserHistories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."UserHistories" (
    id integer,
    email character varying(255),
    "createdAt" timestamp with time zone,
    "updatedAt" timestamp with time zone,
    "deletedAt" timestamp with time zone,
    "firstName" character varying(255),
    "lastName" character varying(255),
    "CollectiveId" integer,
    "newsletterOptIn" boolean,
    "emailWaitingForValidation" character varying(255),
    "emailConfirmationToken" character varying(255),
    "lastLoginAt" timestamp with time zone,
    data json,
    "twoFactorAuthToken" character varying(255),
    "confirmedAt" timestamp with time zone,
    hid bigint NOT NULL,
    "archivedAt" timestamp with time zone NOT NULL,
    "twoFactorAuthRecoveryCodes" character varying(255)[] DEFAULT NULL::character varying[],
    "changelogViewDate" timestamp with time zone,
    "passwordHash" character varying(255),
    "passwordUpdatedAt" timestamp with time zone,
    "yubikeyDeviceId" character varying(255) DEFAULT NULL::character varying
);


--
-- Name: UserHistories_hid_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."UserHistories_hid_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: UserHistories_hid_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."UserHistories_hid_seq" OWNED BY public."UserHistories".hid;


--
-- Name: UserTokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."UserTokens" (
    id integer NOT NULL,
    type public."enum_UserTokens_type" NOT NULL,
    "accessToken" character varying(255) NOT NULL,
    "accessTokenExpiresAt" timestamp with time zone NOT NULL,
    "refreshToken" character varying(255),
    "refreshTokenExpiresAt" timestamp with time zone,
    "ApplicationId" integer NOT NULL,
    "UserId" integer NOT NULL,
    data jsonb,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    scope public."enum_UserTokens_scope"[],
    "lastUsedAt" timestamp with time zone,
    "preAuthorize2FA" boolean DEFAULT false NOT NULL
);


--
-- Name: UserTokens_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."UserTokens_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: UserTokens_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."UserTokens_id_seq" OWNED BY public."UserTokens".id;


--
-- Name: UserTwoFactorMethods; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."UserTwoFactorMethods" (
    id integer NOT NULL,
    method character varying(255) NOT NULL,
    data jsonb,
    "UserId" integer,
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    "deletedAt" timestamp with time zone,
    name text DEFAULT '2FA method'::text NOT NULL
);


--
-- Name: UserTwoFactorMethods_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."UserTwoFactorMethods_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: UserTwoFactorMethods_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."UserTwoFactorMethods_id_seq" OWNED BY public."UserTwoFactorMethods".id;


--
-- Name: Users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Users" (
    id integer NOT NULL,
    email character varying(255) NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    "CollectiveId" integer,
    "newsletterOptIn" boolean DEFAULT true NOT NULL,
    "emailWaitingForValidation" character varying(255),
    "emailConfirmationToken" character varying(255),
    "lastLoginAt" timestamp with time zone,
    data jsonb,
    "twoFactorAuthToken" character varying(255),
    "confirmedAt" timestamp with time zone,
    "twoFactorAuthRecoveryCodes" character varying(255)[] DEFAULT NULL::character varying[],
    "changelogViewDate" timestamp with time zone,
    "passwordHash" character varying(255),
    "passwordUpdatedAt" timestamp with time zone,
    "yubikeyDeviceId" character varying(255) DEFAULT NULL::character varying
);


--
-- Name: Users_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."Users_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: Users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."Users_id_seq" OWNED BY public."Users".id;


--
-- Name: VirtualCardRequests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."VirtualCardRequests" (
    id integer NOT NULL,
    purpose character varying(255) NOT NULL,
    notes text NOT NULL,
    status public."enum_VirtualCardRequests_status" DEFAULT 'PENDING'::public."enum_VirtualCardRequests_status" NOT NULL,
    currency character varying(255) NOT NULL,
    "spendingLimitAmount" integer NOT NULL,
    "spendingLimitInterval" character varying(255) NOT NULL,
    "UserId" integer,
    "HostCollectiveId" integer,
    "CollectiveId" integer,
    "VirtualCardId" character varying(255),
    "createdAt" timestamp with time zone DEFAULT now() NOT NULL,
    "updatedAt" timestamp with time zone DEFAULT now() NOT NULL,
    "deletedAt" timestamp with time zone
);


--
-- Name: VirtualCardRequests_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public."VirtualCardRequests_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: VirtualCardRequests_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public."VirtualCardRequests_id_seq" OWNED BY public."VirtualCardRequests".id;


--
-- Name: VirtualCards; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."VirtualCards" (
    id character varying(255) NOT NULL,
    "CollectiveId" integer NOT NULL,
    "HostCollectiveId" integer NOT NULL,
    name character varying(255),
    last4 character varying(255),
    data jsonb,
    "privateData" text,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone,
    "UserId" integer,
    provider public."enum_VirtualCards_provider",
    "spendingLimitAmount" integer,
    "spendingLimitInterval" character varying(255),
    currency character varying(255),
    "VirtualCardRequestId" integer,
    "resumedAt" timestamp with time zone
);


--
-- Name: AccountingCategories id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AccountingCategories" ALTER COLUMN id SET DEFAULT nextval('public."AccountingCategories_id_seq"'::regclass);


--
-- Name: Activities id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Activities" ALTER COLUMN id SET DEFAULT nextval('public."Activities_id_seq"'::regclass);


--
-- Name: Agreements id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Agreements" ALTER COLUMN id SET DEFAULT nextval('public."Agreements_id_seq"'::regclass);


--
-- Name: Applications id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Applications" ALTER COLUMN id SET DEFAULT nextval('public."Applications_id_seq"'::regclass);


--
-- Name: CollectiveHistories hid; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CollectiveHistories" ALTER COLUMN hid SET DEFAULT nextval('public."GroupHistories_hid_seq"'::regclass);


--
-- Name: Collectives id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Collectives" ALTER COLUMN id SET DEFAULT nextval('public."Groups_id_seq"'::regclass);


--
-- Name: CommentHistories hid; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CommentHistories" ALTER COLUMN hid SET DEFAULT nextval('public."CommentHistories_hid_seq"'::regclass);


--
-- Name: Comments id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Comments" ALTER COLUMN id SET DEFAULT nextval('public."Comments_id_seq"'::regclass);


--
-- Name: ConnectedAccounts id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ConnectedAccounts" ALTER COLUMN id SET DEFAULT nextval('public."ConnectedAccounts_id_seq"'::regclass);


--
-- Name: ConversationFollowers id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ConversationFollowers" ALTER COLUMN id SET DEFAULT nextval('public."ConversationFollowers_id_seq"'::regclass);


--
-- Name: Conversations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Conversations" ALTER COLUMN id SET DEFAULT nextval('public."Conversations_id_seq"'::regclass);


--
-- Name: CurrencyExchangeRates id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CurrencyExchangeRates" ALTER COLUMN id SET DEFAULT nextval('public."CurrencyExchangeRates_id_seq"'::regclass);


--
-- Name: EmojiReactions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."EmojiReactions" ALTER COLUMN id SET DEFAULT nextval('public."CommentReactions_id_seq"'::regclass);


--
-- Name: ExpenseAttachedFiles id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ExpenseAttachedFiles" ALTER COLUMN id SET DEFAULT nextval('public."ExpenseAttachedFiles_id_seq"'::regclass);


--
-- Name: ExpenseHistories hid; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ExpenseHistories" ALTER COLUMN hid SET DEFAULT nextval('public."ExpenseHistories_hid_seq"'::regclass);


--
-- Name: ExpenseItems id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ExpenseItems" ALTER COLUMN id SET DEFAULT nextval('public."ExpenseAttachments_id_seq"'::regclass);


--
-- Name: Expenses id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Expenses" ALTER COLUMN id SET DEFAULT nextval('public."Expenses_id_seq"'::regclass);


--
-- Name: HostApplications id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."HostApplications" ALTER COLUMN id SET DEFAULT nextval('public."HostApplications_id_seq"'::regclass);


--
-- Name: LegalDocuments id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LegalDocuments" ALTER COLUMN id SET DEFAULT nextval('public."LegalDocuments_id_seq"'::regclass);


--
-- Name: Locations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Locations" ALTER COLUMN id SET DEFAULT nextval('public."Locations_id_seq"'::regclass);


--
-- Name: MemberInvitations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."MemberInvitations" ALTER COLUMN id SET DEFAULT nextval('public."MemberInvitations_id_seq"'::regclass);


--
-- Name: Members id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Members" ALTER COLUMN id SET DEFAULT nextval('public."UserGroups_id_seq"'::regclass);


--
-- Name: MigrationLogs id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."MigrationLogs" ALTER COLUMN id SET DEFAULT nextval('public."MigrationLogs_id_seq"'::regclass);


--
-- Name: Notifications id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Notifications" ALTER COLUMN id SET DEFAULT nextval('public."Subscriptions_id_seq"'::regclass);


--
-- Name: OAuthAuthorizationCodes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."OAuthAuthorizationCodes" ALTER COLUMN id SET DEFAULT nextval('public."OAuthAuthorizationCodes_id_seq"'::regclass);


--
-- Name: OrderHistories hid; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."OrderHistories" ALTER COLUMN hid SET DEFAULT nextval('public."OrderHistories_hid_seq"'::regclass);


--
-- Name: Orders id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Orders" ALTER COLUMN id SET DEFAULT nextval('public."Donations_id_seq"'::regclass);


--
-- Name: PaymentMethods id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PaymentMethods" ALTER COLUMN id SET DEFAULT nextval('public."Cards_id_seq"'::regclass);


--
-- Name: PayoutMethods id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PayoutMethods" ALTER COLUMN id SET DEFAULT nextval('public."PayoutMethods_id_seq"'::regclass);


--
-- Name: PersonalTokens id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PersonalTokens" ALTER COLUMN id SET DEFAULT nextval('public."PersonalTokens_id_seq"'::regclass);


--
-- Name: RecurringExpenses id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RecurringExpenses" ALTER COLUMN id SET DEFAULT nextval('public."RecurringExpenses_id_seq"'::regclass);


--
-- Name: RequiredLegalDocuments id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RequiredLegalDocuments" ALTER COLUMN id SET DEFAULT nextval('public."RequiredLegalDocuments_id_seq"'::regclass);


--
-- Name: SubscriptionHistories hid; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SubscriptionHistories" ALTER COLUMN hid SET DEFAULT nextval('public."SubscriptionHistories_hid_seq"'::regclass);


--
-- Name: Subscriptions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Subscriptions" ALTER COLUMN id SET DEFAULT nextval('public."Subscriptions_id_seq1"'::regclass);


--
-- Name: SuspendedAssets id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SuspendedAssets" ALTER COLUMN id SET DEFAULT nextval('public."SuspendedAssets_id_seq"'::regclass);


--
-- Name: TierHistories hid; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TierHistories" ALTER COLUMN hid SET DEFAULT nextval('public."TierHistories_hid_seq"'::regclass);


--
-- Name: Tiers id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Tiers" ALTER COLUMN id SET DEFAULT nextval('public."Tiers_id_seq"'::regclass);


--
-- Name: Transactions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Transactions" ALTER COLUMN id SET DEFAULT nextval('public."Transactions_id_seq"'::regclass);


--
-- Name: TransactionsImports id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TransactionsImports" ALTER COLUMN id SET DEFAULT nextval('public."TransactionsImports_id_seq"'::regclass);


--
-- Name: TransactionsImportsRows id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TransactionsImportsRows" ALTER COLUMN id SET DEFAULT nextval('public."TransactionsImportsRows_id_seq"'::regclass);


--
-- Name: UpdateHistories hid; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UpdateHistories" ALTER COLUMN hid SET DEFAULT nextval('public."UpdateHistories_hid_seq"'::regclass);


--
-- Name: Updates id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Updates" ALTER COLUMN id SET DEFAULT nextval('public."Updates_id_seq"'::regclass);


--
-- Name: UploadedFiles id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UploadedFiles" ALTER COLUMN id SET DEFAULT nextval('public."UploadedFiles_id_seq"'::regclass);


--
-- Name: UserHistories hid; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UserHistories" ALTER COLUMN hid SET DEFAULT nextval('public."UserHistories_hid_seq"'::regclass);


--
-- Name: UserTokens id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UserTokens" ALTER COLUMN id SET DEFAULT nextval('public."UserTokens_id_seq"'::regclass);


--
-- Name: UserTwoFactorMethods id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UserTwoFactorMethods" ALTER COLUMN id SET DEFAULT nextval('public."UserTwoFactorMethods_id_seq"'::regclass);


--
-- Name: Users id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Users" ALTER COLUMN id SET DEFAULT nextval('public."Users_id_seq"'::regclass);


--
-- Name: VirtualCardRequests id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."VirtualCardRequests" ALTER COLUMN id SET DEFAULT nextval('public."VirtualCardRequests_id_seq"'::regclass);


--
-- Name: Collectives Groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Collectives"
    ADD CONSTRAINT "Groups_pkey" PRIMARY KEY (id);


--
-- Name: TransactionBalances; Type: MATERIALIZED VIEW; Schema: public; Owner: -
--

CREATE MATERIALIZED VIEW public."TransactionBalances" AS
 WITH "ActiveCollectives" AS (
         SELECT count(DISTINCT t."hostCurrency") AS count,
            c.id AS "ActiveCollectiveId",
            c."HostCollectiveId",
            COALESCE(btrim((((c.settings -> 'budget'::text) -> 'version'::text))::text, '"'::text), 'v2'::text) AS "budgetVersion"
           FROM (public."Collectives" c
             JOIN public."Transactions" t ON (((c.id = t."CollectiveId") AND (t."deletedAt" IS NULL) AND (t."hostCurrency" IS NOT NULL) AND ((COALESCE(btrim((((c.settings -> 'budget'::text) -> 'version'::text))::text, '"'::text), 'v2'::text) <> 'v3'::text) OR (t."HostCollectiveId" = c."HostCollectiveId")))))
          WHERE ((c."deletedAt" IS NULL) AND ((c.type)::text <> 'USER'::text) AND (c."isActive" IS TRUE) AND (c."HostCollectiveId" IS NOT NULL) AND (COALESCE(btrim((((c.settings -> 'budget'::text) -> 'version'::text))::text, '"'::text), 'v2'::text) <> 'v1'::text))
          GROUP BY c.id
         HAVING (count(DISTINCT t."hostCurrency") = 1)
        )
 SELECT "Transactions".id,
    "Transactions"."CollectiveId",
    "Transactions"."createdAt",
    "Transactions"."hostCurrency",
    rank() OVER (PARTITION BY "Transactions"."CollectiveId", "Transactions"."hostCurrency" ORDER BY (round((date_part('epoch'::text, "Transactions"."createdAt") / (10)::double precision))), "Transactions"."TransactionGroup",
        CASE
            WHEN ("Transactions".kind = ANY (ARRAY['CONTRIBUTION'::public."enum_Transactions_kind", 'EXPENSE'::public."enum_Transactions_kind", 'ADDED_FUNDS'::public."enum_Transactions_kind", 'BALANCE_TRANSFER'::public."enum_Transactions_kind", 'PREPAID_PAYMENT_METHOD'::public."enum_Transactions_kind"])) THEN 1
            WHEN ("Transactions".kind = 'PLATFORM_TIP'::public."enum_Transactions_kind") THEN 2
            WHEN ("Transactions".kind = 'PLATFORM_TIP_DEBT'::public."enum_Transactions_kind") THEN 3
            WHEN ("Transactions".kind = 'PAYMENT_PROCESSOR_FEE'::public."enum_Transactions_kind") THEN 4
            WHEN ("Transactions".kind = 'PAYMENT_PROCESSOR_COVER'::public."enum_Transactions_kind") THEN 5
            WHEN ("Transactions".kind = 'HOST_FEE'::public."enum_Transactions_kind") THEN 6
            WHEN ("Transactions".kind = 'HOST_FEE_SHARE'::public."enum_Transactions_kind") THEN 7
            WHEN ("Transactions".kind = 'HOST_FEE_SHARE_DEBT'::public."enum_Transactions_kind") THEN 8
            ELSE 9
        END,
        CASE
            WHEN (("Transactions".type)::text = 'DEBIT'::text) THEN 1
            ELSE 2
        END) AS rank,
    sum((((((COALESCE("Transactions"."amountInHostCurrency", 0) + COALESCE("Transactions"."platformFeeInHostCurrency", 0)) + COALESCE("Transactions"."hostFeeInHostCurrency", 0)) + COALESCE("Transactions"."paymentProcessorFeeInHostCurrency", 0)))::double precision + COALESCE((("Transactions"."taxAmount")::double precision * "Transactions"."hostCurrencyFxRate"), (0)::double precision))) OVER (PARTITION BY "Transactions"."CollectiveId", "Transactions"."hostCurrency" ORDER BY (round((date_part('epoch'::text, "Transactions"."createdAt") / (10)::double precision))), "Transactions"."TransactionGroup",
        CASE
            WHEN ("Transactions".kind = ANY (ARRAY['CONTRIBUTION'::public."enum_Transactions_kind", 'EXPENSE'::public."enum_Transactions_kind", 'ADDED_FUNDS'::public."enum_Transactions_kind", 'BALANCE_TRANSFER'::public."enum_Transactions_kind", 'PREPAID_PAYMENT_METHOD'::public."enum_Transactions_kind"])) THEN 1
            WHEN ("Transactions".kind = 'PLATFORM_TIP'::public."enum_Transactions_kind") THEN 2
            WHEN ("Transactions".kind = 'PLATFORM_TIP_DEBT'::public."enum_Transactions_kind") THEN 3
            WHEN ("Transactions".kind = 'PAYMENT_PROCESSOR_FEE'::public."enum_Transactions_kind") THEN 4
            WHEN ("Transactions".kind = 'PAYMENT_PROCESSOR_COVER'::public."enum_Transactions_kind") THEN 5
            WHEN ("Transactions".kind = 'HOST_FEE'::public."enum_Transactions_kind") THEN 6
            WHEN ("Transactions".kind = 'HOST_FEE_SHARE'::public."enum_Transactions_kind") THEN 7
            WHEN ("Transactions".kind = 'HOST_FEE_SHARE_DEBT'::public."enum_Transactions_kind") THEN 8
            ELSE 9
        END,
        CASE
            WHEN (("Transactions".type)::text = 'DEBIT'::text) THEN 1
            ELSE 2
        END) AS balance
   FROM public."Transactions",
    "ActiveCollectives"
  WHERE (("Transactions"."CollectiveId" = "ActiveCollectives"."ActiveCollectiveId") AND (("ActiveCollectives"."budgetVersion" <> 'v3'::text) OR ("Transactions"."HostCollectiveId" = "ActiveCollectives"."HostCollectiveId")) AND ("Transactions"."deletedAt" IS NULL))
  WITH NO DATA;


--
-- Name: CollectiveBalanceCheckpoint; Type: MATERIALIZED VIEW; Schema: public; Owner: -
--

CREATE MATERIALIZED VIEW public."CollectiveBalanceCheckpoint" AS
 WITH "LatestTransactionBalances" AS (
         SELECT "TransactionBalances"."CollectiveId",
            max("TransactionBalances".rank) AS rank,
            max("TransactionBalances"."createdAt") AS "lastCreatedAt"
           FROM public."TransactionBalances"
          GROUP BY "TransactionBalances"."CollectiveId"
        )
 SELECT tb.id,
    tb."CollectiveId",
    tb.balance,
    tb."hostCurrency",
    ltb."lastCreatedAt" AS "createdAt",
    COALESCE(btrim((((c.settings -> 'budget'::text) -> 'version'::text))::text, '"'::text), 'v2'::text) AS "budgetVersion",
    c."HostCollectiveId"
   FROM ((public."TransactionBalances" tb
     JOIN "LatestTransactionBalances" ltb ON (((tb.rank = ltb.rank) AND (tb."CollectiveId" = ltb."CollectiveId"))))
     JOIN public."Collectives" c ON ((c.id = ltb."CollectiveId")))
  WITH NO DATA;


--
-- Name: AccountingCategories AccountingCategories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AccountingCategories"
    ADD CONSTRAINT "AccountingCategories_pkey" PRIMARY KEY (id);


--
-- Name: Activities Activities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Activities"
    ADD CONSTRAINT "Activities_pkey" PRIMARY KEY (id);


--
-- Name: Agreements Agreements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Agreements"
    ADD CONSTRAINT "Agreements_pkey" PRIMARY KEY (id);


--
-- Name: Applications Applications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Applications"
    ADD CONSTRAINT "Applications_pkey" PRIMARY KEY (id);


--
-- Name: PaymentMethods Cards_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PaymentMethods"
    ADD CONSTRAINT "Cards_pkey" PRIMARY KEY (id);


--
-- Name: CommentHistories CommentHistories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CommentHistories"
    ADD CONSTRAINT "CommentHistories_pkey" PRIMARY KEY (hid);


--
-- Name: Comments Comments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Comments"
    ADD CONSTRAINT "Comments_pkey" PRIMARY KEY (id);


--
-- Name: ConnectedAccounts ConnectedAccounts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ConnectedAccounts"
    ADD CONSTRAINT "ConnectedAccounts_pkey" PRIMARY KEY (id);


--
-- Name: ConversationFollowers ConversationFollowers_UserId_ConversationId_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ConversationFollowers"
    ADD CONSTRAINT "ConversationFollowers_UserId_ConversationId_key" UNIQUE ("UserId", "ConversationId");


--
-- Name: ConversationFollowers ConversationFollowers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ConversationFollowers"
    ADD CONSTRAINT "ConversationFollowers_pkey" PRIMARY KEY (id);


--
-- Name: Conversations Conversations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Conversations"
    ADD CONSTRAINT "Conversations_pkey" PRIMARY KEY (id);


--
-- Name: CurrencyExchangeRates CurrencyExchangeRates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CurrencyExchangeRates"
    ADD CONSTRAINT "CurrencyExchangeRates_pkey" PRIMARY KEY (id);


--
-- Name: Orders Donations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Orders"
    ADD CONSTRAINT "Donations_pkey" PRIMARY KEY (id);


--
-- Name: EmojiReactions EmojiReactions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."EmojiReactions"
    ADD CONSTRAINT "EmojiReactions_pkey" PRIMARY KEY (id);


--
-- Name: ExpenseAttachedFiles ExpenseAttachedFiles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ExpenseAttachedFiles"
    ADD CONSTRAINT "ExpenseAttachedFiles_pkey" PRIMARY KEY (id);


--
-- Name: ExpenseItems ExpenseAttachments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ExpenseItems"
    ADD CONSTRAINT "ExpenseAttachments_pkey" PRIMARY KEY (id);


--
-- Name: ExpenseHistories ExpenseHistories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ExpenseHistories"
    ADD CONSTRAINT "ExpenseHistories_pkey" PRIMARY KEY (hid);


--
-- Name: Expenses Expenses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Expenses"
    ADD CONSTRAINT "Expenses_pkey" PRIMARY KEY (id);


--
-- Name: CollectiveHistories GroupHistories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CollectiveHistories"
    ADD CONSTRAINT "GroupHistories_pkey" PRIMARY KEY (hid);


--
-- Name: HostApplications HostApplications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."HostApplications"
    ADD CONSTRAINT "HostApplications_pkey" PRIMARY KEY (id);


--
-- Name: LegalDocuments LegalDocuments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LegalDocuments"
    ADD CONSTRAINT "LegalDocuments_pkey" PRIMARY KEY (id);


--
-- Name: Locations Locations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Locations"
    ADD CONSTRAINT "Locations_pkey" PRIMARY KEY (id);


--
-- Name: MemberInvitations MemberInvitations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."MemberInvitations"
    ADD CONSTRAINT "MemberInvitations_pkey" PRIMARY KEY (id);


--
-- Name: MigrationLogs MigrationLogs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."MigrationLogs"
    ADD CONSTRAINT "MigrationLogs_pkey" PRIMARY KEY (id);


--
-- Name: OAuthAuthorizationCodes OAuthAuthorizationCodes_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."OAuthAuthorizationCodes"
    ADD CONSTRAINT "OAuthAuthorizationCodes_code_key" UNIQUE (code);


--
-- Name: OAuthAuthorizationCodes OAuthAuthorizationCodes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."OAuthAuthorizationCodes"
    ADD CONSTRAINT "OAuthAuthorizationCodes_pkey" PRIMARY KEY (id);


--
-- Name: OrderHistories OrderHistories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."OrderHistories"
    ADD CONSTRAINT "OrderHistories_pkey" PRIMARY KEY (hid);


--
-- Name: PayoutMethods PayoutMethods_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PayoutMethods"
    ADD CONSTRAINT "PayoutMethods_pkey" PRIMARY KEY (id);


--
-- Name: PaypalPlans PaypalPlans_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PaypalPlans"
    ADD CONSTRAINT "PaypalPlans_pkey" PRIMARY KEY (id);


--
-- Name: PaypalProducts PaypalProducts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PaypalProducts"
    ADD CONSTRAINT "PaypalProducts_pkey" PRIMARY KEY (id);


--
-- Name: PersonalTokens PersonalTokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PersonalTokens"
    ADD CONSTRAINT "PersonalTokens_pkey" PRIMARY KEY (id);


--
-- Name: PersonalTokens PersonalTokens_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PersonalTokens"
    ADD CONSTRAINT "PersonalTokens_token_key" UNIQUE (token);


--
-- Name: RecurringExpenses RecurringExpenses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RecurringExpenses"
    ADD CONSTRAINT "RecurringExpenses_pkey" PRIMARY KEY (id);


--
-- Name: RequiredLegalDocuments RequiredLegalDocuments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RequiredLegalDocuments"
    ADD CONSTRAINT "RequiredLegalDocuments_pkey" PRIMARY KEY (id);


--
-- Name: SequelizeMeta SequelizeMeta_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SequelizeMeta"
    ADD CONSTRAINT "SequelizeMeta_pkey" PRIMARY KEY (name);


--
-- Name: SocialLinks SocialLinks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SocialLinks"
    ADD CONSTRAINT "SocialLinks_pkey" PRIMARY KEY ("CollectiveId", type, url);


--
-- Name: SubscriptionHistories SubscriptionHistories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SubscriptionHistories"
    ADD CONSTRAINT "SubscriptionHistories_pkey" PRIMARY KEY (hid);


--
-- Name: Notifications Subscriptions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Notifications"
    ADD CONSTRAINT "Subscriptions_pkey" PRIMARY KEY (id);


--
-- Name: Subscriptions Subscriptions_pkey1; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Subscriptions"
    ADD CONSTRAINT "Subscriptions_pkey1" PRIMARY KEY (id);


--
-- Name: SuspendedAssets SuspendedAssets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SuspendedAssets"
    ADD CONSTRAINT "SuspendedAssets_pkey" PRIMARY KEY (id);


--
-- Name: TierHistories TierHistories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TierHistories"
    ADD CONSTRAINT "TierHistories_pkey" PRIMARY KEY (hid);


--
-- Name: Tiers Tiers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Tiers"
    ADD CONSTRAINT "Tiers_pkey" PRIMARY KEY (id);


--
-- Name: TransactionsImportsRows TransactionsImportsRows_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TransactionsImportsRows"
    ADD CONSTRAINT "TransactionsImportsRows_pkey" PRIMARY KEY (id);


--
-- Name: TransactionsImports TransactionsImports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TransactionsImports"
    ADD CONSTRAINT "TransactionsImports_pkey" PRIMARY KEY (id);


--
-- Name: Transactions Transactions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Transactions"
    ADD CONSTRAINT "Transactions_pkey" PRIMARY KEY (id);


--
-- Name: UpdateHistories UpdateHistories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UpdateHistories"
    ADD CONSTRAINT "UpdateHistories_pkey" PRIMARY KEY (hid);


--
-- Name: Updates Updates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Updates"
    ADD CONSTRAINT "Updates_pkey" PRIMARY KEY (id);


--
-- Name: UploadedFiles UploadedFiles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UploadedFiles"
    ADD CONSTRAINT "UploadedFiles_pkey" PRIMARY KEY (id);


--
-- Name: Members UserGroups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Members"
    ADD CONSTRAINT "UserGroups_pkey" PRIMARY KEY (id);


--
-- Name: UserHistories UserHistories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UserHistories"
    ADD CONSTRAINT "UserHistories_pkey" PRIMARY KEY (hid);


--
-- Name: UserTokens UserTokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UserTokens"
    ADD CONSTRAINT "UserTokens_pkey" PRIMARY KEY (id);


--
-- Name: UserTokens UserTokens_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UserTokens"
    ADD CONSTRAINT "UserTokens_token_key" UNIQUE ("accessToken");


--
-- Name: UserTwoFactorMethods UserTwoFactorMethods_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UserTwoFactorMethods"
    ADD CONSTRAINT "UserTwoFactorMethods_pkey" PRIMARY KEY (id);


--
-- Name: Users Users_email_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Users"
    ADD CONSTRAINT "Users_email_key" UNIQUE (email);


--
-- Name: Users Users_email_key1; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Users"
    ADD CONSTRAINT "Users_email_key1" UNIQUE (email);


--
-- Name: Users Users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Users"
    ADD CONSTRAINT "Users_pkey" PRIMARY KEY (id);


--
-- Name: VirtualCardRequests VirtualCardRequests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."VirtualCardRequests"
    ADD CONSTRAINT "VirtualCardRequests_pkey" PRIMARY KEY (id);


--
-- Name: VirtualCards VirtualCards_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."VirtualCards"
    ADD CONSTRAINT "VirtualCards_pkey" PRIMARY KEY (id);


--
-- Name: Users email_unique_idx; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Users"
    ADD CONSTRAINT email_unique_idx UNIQUE (email);


--
-- Name: Users unique_user_pending_email; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Users"
    ADD CONSTRAINT unique_user_pending_email UNIQUE ("emailWaitingForValidation");


--
-- Name: CollectiveId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "CollectiveId" ON public."Users" USING btree ("CollectiveId");


--
-- Name: CollectiveId-FromCollectiveId-type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "CollectiveId-FromCollectiveId-type" ON public."Transactions" USING btree ("CollectiveId", "FromCollectiveId", "deletedAt");


--
-- Name: CollectiveId-deletedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "CollectiveId-deletedAt" ON public."Tiers" USING btree ("CollectiveId", "deletedAt");


--
-- Name: CollectiveId-type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "CollectiveId-type" ON public."Transactions" USING btree ("CollectiveId", type);


--
-- Name: Comments_ExpenseId_createdAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "Comments_ExpenseId_createdAt" ON public."Comments" USING btree ("ExpenseId", "createdAt");


--
-- Name: Comments_UpdateId_createdAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "Comments_UpdateId_createdAt" ON public."Comments" USING btree ("UpdateId", "createdAt");


--
-- Name: ParentCollectiveId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "ParentCollectiveId" ON public."Collectives" USING btree ("ParentCollectiveId");


--
-- Name: PaymentMethodId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "PaymentMethodId" ON public."Orders" USING btree ("PaymentMethodId");


--
-- Name: PaymentMethods__stripePaymentMethodId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "PaymentMethods__stripePaymentMethodId" ON public."PaymentMethods" USING btree (((data #>> '{stripePaymentMethodId}'::text[]))) WHERE (((data #>> '{stripePaymentMethodId}'::text[]) IS NOT NULL) AND ("deletedAt" IS NULL));


--
-- Name: Subscriptions_lastChargedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "Subscriptions_lastChargedAt" ON public."Subscriptions" USING btree ("lastChargedAt" DESC) WHERE ("deletedAt" IS NOT NULL);


--
-- Name: TransactionBalances_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "TransactionBalances_id_idx" ON public."TransactionBalances" USING btree (id);


--
-- Name: UniqueSlugIndex; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "UniqueSlugIndex" ON public."Collectives" USING btree (slug);


--
-- Name: Updates_CollectiveId_publishedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "Updates_CollectiveId_publishedAt" ON public."Updates" USING btree ("CollectiveId", "publishedAt");


--
-- Name: Updates_CollectiveId_slug; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "Updates_CollectiveId_slug" ON public."Updates" USING btree ("CollectiveId", slug);


--
-- Name: Updates_changelog_publishedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "Updates_changelog_publishedAt" ON public."Updates" USING btree ("publishedAt" DESC) WHERE (("publishedAt" IS NOT NULL) AND ("isChangelog" = true));


--
-- Name: UploadedFiles_s3_hash; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "UploadedFiles_s3_hash" ON public."UploadedFiles" USING btree (((data ->> 's3SHA256'::text))) WHERE ((data ->> 's3SHA256'::text) IS NOT NULL);


--
-- Name: accounting_categories__collective_id_code; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX accounting_categories__collective_id_code ON public."AccountingCategories" USING btree ("CollectiveId", code);


--
-- Name: activities__collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities__collective_id ON public."Activities" USING btree ("CollectiveId");


--
-- Name: activities__collective_id_simple; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities__collective_id_simple ON public."Activities" USING btree ("CollectiveId") WHERE (("CollectiveId" IS NOT NULL) AND ((type)::text <> 'collective.transaction.created'::text));


--
-- Name: activities__expense_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities__expense_id ON public."Activities" USING btree ("ExpenseId");


--
-- Name: activities__from_collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities__from_collective_id ON public."Activities" USING btree ("FromCollectiveId");


--
-- Name: activities__from_collective_id_simple; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities__from_collective_id_simple ON public."Activities" USING btree ("FromCollectiveId") WHERE (("FromCollectiveId" IS NOT NULL) AND ((type)::text <> 'collective.transaction.created'::text));


--
-- Name: activities__host_collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities__host_collective_id ON public."Activities" USING btree ("HostCollectiveId");


--
-- Name: activities__host_collective_id_simple; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities__host_collective_id_simple ON public."Activities" USING btree ("HostCollectiveId") WHERE (("HostCollectiveId" IS NOT NULL) AND ((type)::text <> 'collective.transaction.created'::text));


--
-- Name: activities__order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities__order_id ON public."Activities" USING btree ("OrderId") WHERE ("OrderId" IS NOT NULL);


--
-- Name: activities__payee_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities__payee_id ON public."Activities" USING btree (((data #>> '{payee,id}'::text[])) DESC) WHERE ((data #>> '{payee,id}'::text[]) IS NOT NULL);


--
-- Name: activities__user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities__user_id ON public."Activities" USING btree ("UserId");


--
-- Name: activities_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities_type ON public."Activities" USING btree (type);


--
-- Name: agreements__host_collective_id__collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX agreements__host_collective_id__collective_id ON public."Agreements" USING btree ("HostCollectiveId", "CollectiveId") WHERE ("deletedAt" IS NULL);


--
-- Name: collective_balance_checkpoint__collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX collective_balance_checkpoint__collective_id ON public."CollectiveBalanceCheckpoint" USING btree ("CollectiveId");


--
-- Name: collective_order_stats__collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX collective_order_stats__collective_id ON public."CollectiveOrderStats" USING btree ("CollectiveId");


--
-- Name: collective_search_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX collective_search_index ON public."Collectives" USING gin ("searchTsVector") WHERE (("deletedAt" IS NULL) AND ("deactivatedAt" IS NULL) AND (((data ->> 'isGuest'::text))::boolean IS NOT TRUE) AND (((data ->> 'hideFromSearch'::text))::boolean IS NOT TRUE) AND ((name)::text <> 'incognito'::text) AND ((name)::text <> 'anonymous'::text) AND ("isIncognito" = false));


--
-- Name: collective_transaction_stats__id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX collective_transaction_stats__id ON public."CollectiveTransactionStats" USING btree (id);


--
-- Name: collectives__host_collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX collectives__host_collective_id ON public."Collectives" USING btree ("HostCollectiveId") WHERE ("deletedAt" IS NULL);


--
-- Name: collectives__host_collective_id_approved; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX collectives__host_collective_id_approved ON public."Collectives" USING btree ("HostCollectiveId") WHERE (("HostCollectiveId" IS NOT NULL) AND ("deletedAt" IS NULL) AND ("approvedAt" IS NOT NULL));


--
-- Name: comments__conversation_id_created_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comments__conversation_id_created_at ON public."Comments" USING btree ("ConversationId", "createdAt");


--
-- Name: comments__host_application_id_created_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comments__host_application_id_created_at ON public."Comments" USING btree ("HostApplicationId", "createdAt") WHERE ("HostApplicationId" IS NOT NULL);


--
-- Name: comments__order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comments__order_id ON public."Comments" USING btree ("OrderId") WHERE ("OrderId" IS NOT NULL);


--
-- Name: connected_accounts__collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX connected_accounts__collective_id ON public."ConnectedAccounts" USING btree ("CollectiveId") WHERE ("deletedAt" IS NULL);


--
-- Name: connected_accounts__hash; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX connected_accounts__hash ON public."ConnectedAccounts" USING btree (hash) WHERE ("deletedAt" IS NULL);


--
-- Name: connected_accounts__service_username; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX connected_accounts__service_username ON public."ConnectedAccounts" USING btree (service, username) WHERE ("deletedAt" IS NULL);


--
-- Name: conversations__collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX conversations__collective_id ON public."Conversations" USING btree ("CollectiveId") WHERE ("deletedAt" IS NULL);


--
-- Name: createdbyuserid; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX createdbyuserid ON public."Collectives" USING btree ("CreatedByUserId");


--
-- Name: currency_exchange_rates_from_to_created_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX currency_exchange_rates_from_to_created_at ON public."CurrencyExchangeRates" USING btree ("from", "to", "createdAt");


--
-- Name: emoji_reactions__comment_id__from_collective_id_emoji; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX emoji_reactions__comment_id__from_collective_id_emoji ON public."EmojiReactions" USING btree ("CommentId", "FromCollectiveId", emoji) WHERE ("UpdateId" IS NULL);


--
-- Name: emoji_reactions__update_id__from_collective_id_emoji; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX emoji_reactions__update_id__from_collective_id_emoji ON public."EmojiReactions" USING btree ("UpdateId", "FromCollectiveId", emoji) WHERE ("CommentId" IS NULL);


--
-- Name: expense__reference; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX expense__reference ON public."Expenses" USING btree (reference) WHERE ("deletedAt" IS NULL);


--
-- Name: expense_attached_files__expense_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX expense_attached_files__expense_id ON public."ExpenseAttachedFiles" USING btree ("ExpenseId");


--
-- Name: expense_items__expense_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX expense_items__expense_id ON public."ExpenseItems" USING btree ("ExpenseId") WHERE ("deletedAt" IS NULL);


--
-- Name: expense_tag_stats__collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX expense_tag_stats__collective_id ON public."ExpenseTagStats" USING btree ("CollectiveId");


--
-- Name: expense_tag_stats__host_collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX expense_tag_stats__host_collective_id ON public."ExpenseTagStats" USING btree ("HostCollectiveId");


--
-- Name: expense_tag_stats__host_collective_id__collective_id_tag; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX expense_tag_stats__host_collective_id__collective_id_tag ON public."ExpenseTagStats" USING btree ("HostCollectiveId", "CollectiveId", tag);


--
-- Name: expense_tag_stats_tag; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX expense_tag_stats_tag ON public."ExpenseTagStats" USING btree (tag);


--
-- Name: expenses__collective_id_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX expenses__collective_id_status ON public."Expenses" USING btree ("CollectiveId", status) WHERE ("deletedAt" IS NULL);


--
-- Name: expenses__payout_method_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX expenses__payout_method_id ON public."Expenses" USING btree ("PayoutMethodId") WHERE ("deletedAt" IS NULL);


--
-- Name: expenses__user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX expenses__user_id ON public."Expenses" USING btree ("UserId") WHERE ("deletedAt" IS NULL);


--
-- Name: expenses__virtual_card_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX expenses__virtual_card_id ON public."Expenses" USING btree ("VirtualCardId") WHERE ("deletedAt" IS NULL);


--
-- Name: expenses__wise_transfer_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX expenses__wise_transfer_id ON public."Expenses" USING btree (((data #>> '{transfer,id}'::text[])) DESC) WHERE ((data #>> '{transfer,id}'::text[]) IS NOT NULL);


--
-- Name: expenses_collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX expenses_collective_id ON public."Expenses" USING btree ("CollectiveId") WHERE ("deletedAt" IS NULL);


--
-- Name: expenses_data_paypal_transaction_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX expenses_data_paypal_transaction_id ON public."Expenses" USING btree (((data #>> '{transaction_id}'::text[]))) WHERE (((data #>> '{transaction_id}'::text[]) IS NOT NULL) AND ("deletedAt" IS NULL));


--
-- Name: expenses_data_stripe_virtual_card_transaction_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX expenses_data_stripe_virtual_card_transaction_id ON public."Expenses" USING btree (((data #>> '{transactionId}'::text[]))) WHERE (((data #>> '{transactionId}'::text[]) IS NOT NULL) AND ("deletedAt" IS NULL));


--
-- Name: expenses_from_collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX expenses_from_collective_id ON public."Expenses" USING btree ("FromCollectiveId") WHERE ("deletedAt" IS NULL);


--
-- Name: expenses_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX expenses_status ON public."Expenses" USING btree (status);


--
-- Name: host_applications__host_collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX host_applications__host_collective_id ON public."HostApplications" USING btree ("HostCollectiveId");


--
-- Name: host_monthly_transactions__host_collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX host_monthly_transactions__host_collective_id ON public."HostMonthlyTransactions" USING btree ("HostCollectiveId");


--
-- Name: legal_documents__collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX legal_documents__collective_id ON public."LegalDocuments" USING btree ("CollectiveId");


--
-- Name: locations__collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX locations__collective_id ON public."Locations" USING btree ("CollectiveId") WHERE ("deletedAt" IS NULL);


--
-- Name: members__collective_id_role; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX members__collective_id_role ON public."Members" USING btree ("CollectiveId", role) WHERE ("deletedAt" IS NULL);


--
-- Name: members__member_collective_id__collective_id_role; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX members__member_collective_id__collective_id_role ON public."Members" USING btree ("MemberCollectiveId", "CollectiveId", role) WHERE ("deletedAt" IS NULL);


--
-- Name: members__tier_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX members__tier_id ON public."Members" USING btree ("TierId") WHERE ("deletedAt" IS NULL);


--
-- Name: notifications__collective_id_type_channel; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications__collective_id_type_channel ON public."Notifications" USING btree ("CollectiveId", type, channel);


--
-- Name: notifications_channel_type_webhook_url__collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_channel_type_webhook_url__collective_id ON public."Notifications" USING btree (channel, type, "webhookUrl", "CollectiveId");


--
-- Name: o_auth_authorization_codes_code; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX o_auth_authorization_codes_code ON public."OAuthAuthorizationCodes" USING btree (code) WHERE ("deletedAt" IS NULL);


--
-- Name: orders__created_by_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orders__created_by_user_id ON public."Orders" USING btree ("CreatedByUserId") WHERE ("deletedAt" IS NULL);


--
-- Name: orders__data__payment_intent_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orders__data__payment_intent_id ON public."Orders" USING hash (((data #>> '{paymentIntent,id}'::text[]))) WHERE (((data #>> '{paymentIntent,id}'::text[]) IS NOT NULL) AND ("deletedAt" IS NULL));


--
-- Name: orders__req_ip; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orders__req_ip ON public."Orders" USING hash (((data #>> '{reqIp}'::text[]))) WHERE (((data #>> '{reqIp}'::text[]) IS NOT NULL) AND ("deletedAt" IS NULL));


--
-- Name: orders__subscription_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orders__subscription_id ON public."Orders" USING btree ("SubscriptionId") WHERE (("deletedAt" IS NULL) AND ("SubscriptionId" IS NOT NULL));


--
-- Name: orders_collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orders_collective_id ON public."Orders" USING btree ("CollectiveId") WHERE ("deletedAt" IS NULL);


--
-- Name: orders_created_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orders_created_at ON public."Orders" USING btree ("createdAt" DESC) WHERE ("deletedAt" IS NULL);


--
-- Name: orders_from_collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orders_from_collective_id ON public."Orders" USING btree ("FromCollectiveId") WHERE ("deletedAt" IS NULL);


--
-- Name: orders_isManualContribution; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "orders_isManualContribution" ON public."Orders" USING btree (((data #>> '{isManualContribution}'::text[]))) WHERE ((data #>> '{isManualContribution}'::text[]) = 'true'::text);


--
-- Name: orders_isPendingContribution; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "orders_isPendingContribution" ON public."Orders" USING btree (((data #>> '{isPendingContribution}'::text[]))) WHERE ((data #>> '{isPendingContribution}'::text[]) = 'true'::text);


--
-- Name: orders_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orders_status ON public."Orders" USING btree (status) WHERE ("deletedAt" IS NULL);


--
-- Name: orders_tier_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orders_tier_id ON public."Orders" USING btree ("TierId") WHERE ("deletedAt" IS NULL);


--
-- Name: payment_methods__collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX payment_methods__collective_id ON public."PaymentMethods" USING btree ("CollectiveId") WHERE ("deletedAt" IS NULL);


--
-- Name: payment_methods__fingerprint; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX payment_methods__fingerprint ON public."PaymentMethods" USING hash (((data #>> '{fingerprint}'::text[]))) WHERE (((data #>> '{fingerprint}'::text[]) IS NOT NULL) AND ("deletedAt" IS NULL));


--
-- Name: payment_methods__source_payment_method_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX payment_methods__source_payment_method_id ON public."PaymentMethods" USING btree ("SourcePaymentMethodId") WHERE ("deletedAt" IS NULL);


--
-- Name: payment_methods_uuid; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX payment_methods_uuid ON public."PaymentMethods" USING btree (uuid) WHERE ("deletedAt" IS NULL);


--
-- Name: payout_methods__account_number; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX payout_methods__account_number ON public."PayoutMethods" USING btree (((data #>> '{details,accountNumber}'::text[]))) WHERE (((data #>> '{details,accountNumber}'::text[]) IS NOT NULL) AND ("deletedAt" IS NULL));


--
-- Name: payout_methods__collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX payout_methods__collective_id ON public."PayoutMethods" USING btree ("CollectiveId");


--
-- Name: paypal_plans__product_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX paypal_plans__product_id ON public."PaypalPlans" USING btree ("ProductId");


--
-- Name: paypal_products__collective_id__tier_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX paypal_products__collective_id__tier_id ON public."PaypalProducts" USING btree ("CollectiveId", "TierId");


--
-- Name: personal_tokens_token; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX personal_tokens_token ON public."PersonalTokens" USING btree (token);


--
-- Name: privacy_transfer_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX privacy_transfer_id ON public."Transactions" USING btree (((data ->> 'token'::text))) WHERE ((data ->> 'token'::text) IS NOT NULL);


--
-- Name: social_links__collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX social_links__collective_id ON public."SocialLinks" USING btree ("CollectiveId");


--
-- Name: subscriptions_paypal_subscription_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX subscriptions_paypal_subscription_id ON public."Subscriptions" USING btree ("paypalSubscriptionId");


--
-- Name: subscriptions_type__group_id__user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX subscriptions_type__group_id__user_id ON public."Notifications" USING btree (type, "CollectiveId", "UserId");


--
-- Name: suspended_assets_type_fingerprint; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX suspended_assets_type_fingerprint ON public."SuspendedAssets" USING btree (type, fingerprint) WHERE ("deletedAt" IS NULL);


--
-- Name: transaction_host_collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transaction_host_collective_id ON public."Transactions" USING btree ("HostCollectiveId") WHERE ("deletedAt" IS NULL);


--
-- Name: transaction_settlements__transaction_group_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX transaction_settlements__transaction_group_kind ON public."TransactionSettlements" USING btree ("TransactionGroup", kind);


--
-- Name: transaction_wise_transfer_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transaction_wise_transfer_id ON public."Transactions" USING btree (((data #>> '{transfer,id}'::text[])) DESC) WHERE ((data #>> '{transfer,id}'::text[]) IS NOT NULL);


--
-- Name: transactions__collective_clearedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "transactions__collective_clearedAt" ON public."Transactions" USING btree ("CollectiveId", "clearedAt" DESC) WHERE ("deletedAt" IS NULL);


--
-- Name: transactions__collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions__collective_id ON public."Transactions" USING btree ("CollectiveId") WHERE ("deletedAt" IS NULL);


--
-- Name: transactions__collective_id_createdAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "transactions__collective_id_createdAt" ON public."Transactions" USING btree ("CollectiveId", round((date_part('epoch'::text, timezone('UTC'::text, "createdAt")) / (10)::double precision)) DESC) WHERE ("deletedAt" IS NULL);


--
-- Name: transactions__collective_id_created_at_regular; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions__collective_id_created_at_regular ON public."Transactions" USING btree ("CollectiveId", "createdAt" DESC) WHERE ("deletedAt" IS NULL);


--
-- Name: transactions__created_by_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions__created_by_user_id ON public."Transactions" USING btree ("CreatedByUserId");


--
-- Name: transactions__data__dispute_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions__data__dispute_id ON public."Transactions" USING hash (((data #>> '{dispute,id}'::text[]))) WHERE (((data #>> '{dispute,id}'::text[]) IS NOT NULL) AND ("deletedAt" IS NULL));


--
-- Name: transactions__data_paypal_capture_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions__data_paypal_capture_id ON public."Transactions" USING btree (((data #>> '{paypalCaptureId}'::text[]))) WHERE (((data #>> '{paypalCaptureId}'::text[]) IS NOT NULL) AND ("deletedAt" IS NULL));


--
-- Name: transactions__hostCollective_clearedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "transactions__hostCollective_clearedAt" ON public."Transactions" USING btree ("HostCollectiveId", "clearedAt" DESC) WHERE ("deletedAt" IS NULL);


--
-- Name: transactions__host_collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions__host_collective_id ON public."Transactions" USING btree ("HostCollectiveId") WHERE (("deletedAt" IS NULL) AND ("HostCollectiveId" IS NOT NULL));


--
-- Name: transactions__host_collective_id_createdAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "transactions__host_collective_id_createdAt" ON public."Transactions" USING btree ("HostCollectiveId", round((date_part('epoch'::text, timezone('UTC'::text, "createdAt")) / (10)::double precision)) DESC) WHERE (("deletedAt" IS NULL) AND ("HostCollectiveId" IS NOT NULL));


--
-- Name: transactions__host_collective_id_created_at_regular; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions__host_collective_id_created_at_regular ON public."Transactions" USING btree ("HostCollectiveId", "createdAt" DESC) WHERE ("deletedAt" IS NULL);


--
-- Name: transactions__is_disputed; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions__is_disputed ON public."Transactions" USING btree ("CollectiveId") WHERE (("deletedAt" IS NULL) AND ("isDisputed" = true) AND ("RefundTransactionId" IS NULL));


--
-- Name: transactions__order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions__order_id ON public."Transactions" USING btree ("OrderId") WHERE (("deletedAt" IS NULL) AND ("OrderId" IS NOT NULL));


--
-- Name: transactions__payment_method_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions__payment_method_id ON public."Transactions" USING btree ("PaymentMethodId") WHERE (("deletedAt" IS NULL) AND ("PaymentMethodId" IS NOT NULL));


--
-- Name: transactions__stripe_charge_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions__stripe_charge_id ON public."Transactions" USING btree (((data #>> '{charge,id}'::text[])) DESC) WHERE ((data #>> '{charge,id}'::text[]) IS NOT NULL);


--
-- Name: transactions__stripe_charge_payment_intent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions__stripe_charge_payment_intent ON public."Transactions" USING btree (((data #>> '{charge,payment_intent}'::text[])) DESC) WHERE ((data #>> '{charge,payment_intent}'::text[]) IS NOT NULL);


--
-- Name: transactions__transaction_group; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions__transaction_group ON public."Transactions" USING btree ("TransactionGroup");


--
-- Name: transactions__using_gift_card_from_collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions__using_gift_card_from_collective_id ON public."Transactions" USING btree ("UsingGiftCardFromCollectiveId");


--
-- Name: transactions_expense_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_expense_id ON public."Transactions" USING btree ("ExpenseId") WHERE (("deletedAt" IS NULL) AND ("ExpenseId" IS NOT NULL));


--
-- Name: transactions_imports__collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_imports__collective_id ON public."TransactionsImports" USING btree ("CollectiveId");


--
-- Name: transactions_imports_rows__transactions_import_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_imports_rows__transactions_import_id ON public."TransactionsImportsRows" USING btree ("TransactionsImportId");


--
-- Name: transactions_imports_rows__transactions_import_id_source_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX transactions_imports_rows__transactions_import_id_source_id ON public."TransactionsImportsRows" USING btree ("TransactionsImportId", "sourceId") WHERE ("isUnique" = true);


--
-- Name: transactions_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_kind ON public."Transactions" USING btree (kind) WHERE ("deletedAt" IS NULL);


--
-- Name: transactions_uuid; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX transactions_uuid ON public."Transactions" USING btree (uuid, "deletedAt");


--
-- Name: type-tags; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "type-tags" ON public."Collectives" USING btree (type, tags);


--
-- Name: uploaded_files__created_by_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX uploaded_files__created_by_user_id ON public."UploadedFiles" USING btree ("CreatedByUserId");


--
-- Name: uploaded_files_url; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX uploaded_files_url ON public."UploadedFiles" USING btree (url);


--
-- Name: user_tokens__user_id__application_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_tokens__user_id__application_id ON public."UserTokens" USING btree ("UserId", "ApplicationId") WHERE ("deletedAt" IS NULL);


--
-- Name: user_tokens_refresh_token; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_tokens_refresh_token ON public."UserTokens" USING btree ("refreshToken");


--
-- Name: user_tokens_token; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_tokens_token ON public."UserTokens" USING btree ("accessToken");


--
-- Name: user_two_factor_methods__user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_two_factor_methods__user_id ON public."UserTwoFactorMethods" USING btree ("UserId");


--
-- Name: users__creation_request_ip; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users__creation_request_ip ON public."Users" USING hash (((data #>> '{creationRequest,ip}'::text[]))) WHERE (((data #>> '{creationRequest,ip}'::text[]) IS NOT NULL) AND ("deletedAt" IS NULL));


--
-- Name: users__last_sign_in_ip; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users__last_sign_in_ip ON public."Users" USING hash (((data #>> '{lastSignInRequest,ip}'::text[]))) WHERE (((data #>> '{lastSignInRequest,ip}'::text[]) IS NOT NULL) AND ("deletedAt" IS NULL));


--
-- Name: virtual_card_requests__host_collective_id__collective_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX virtual_card_requests__host_collective_id__collective_id ON public."VirtualCardRequests" USING btree ("HostCollectiveId", "CollectiveId") WHERE ("deletedAt" IS NULL);


--
-- Name: wise_batchgroup_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wise_batchgroup_id ON public."Expenses" USING btree (((data #>> '{batchGroup,id}'::text[]))) WHERE ((data #>> '{batchGroup,id}'::text[]) IS NOT NULL);


--
-- Name: wise_batchgroup_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wise_batchgroup_status ON public."Expenses" USING btree (((data #>> '{batchGroup,status}'::text[]))) WHERE ((data #>> '{batchGroup,status}'::text[]) IS NOT NULL);


--
-- Name: CurrentCollectiveBalance _RETURN; Type: RULE; Schema: public; Owner: -
--

CREATE OR REPLACE VIEW public."CurrentCollectiveBalance" AS
 SELECT cbc."CollectiveId",
    (cbc.balance + COALESCE(t."netAmountInHostCurrency", (0)::double precision)) AS "netAmountInHostCurrency",
    COALESCE(disputed."netAmountInHostCurrency", (0)::double precision) AS "disputedNetAmountInHostCurrency",
    cbc."hostCurrency"
   FROM ((public."CollectiveBalanceCheckpoint" cbc
     LEFT JOIN LATERAL ( SELECT (((((sum(t_1."amountInHostCurrency") + sum(COALESCE(t_1."platformFeeInHostCurrency", 0))) + sum(COALESCE(t_1."hostFeeInHostCurrency", 0))) + sum(COALESCE(t_1."paymentProcessorFeeInHostCurrency", 0))))::double precision + sum(COALESCE(((t_1."taxAmount")::double precision * t_1."hostCurrencyFxRate"), (0)::double precision))) AS "netAmountInHostCurrency"
           FROM public."Transactions" t_1
          WHERE ((t_1."CollectiveId" = cbc."CollectiveId") AND (t_1."createdAt" > cbc."createdAt") AND (t_1."deletedAt" IS NULL) AND ((cbc."budgetVersion" <> 'v3'::text) OR (t_1."HostCollectiveId" = cbc."HostCollectiveId")))
          GROUP BY t_1."CollectiveId") t ON (true))
     LEFT JOIN LATERAL ( SELECT (((((sum(t_1."amountInHostCurrency") + sum(COALESCE(t_1."platformFeeInHostCurrency", 0))) + sum(COALESCE(t_1."hostFeeInHostCurrency", 0))) + sum(COALESCE(t_1."paymentProcessorFeeInHostCurrency", 0))))::double precision + sum(COALESCE(((t_1."taxAmount")::double precision * t_1."hostCurrencyFxRate"), (0)::double precision))) AS "netAmountInHostCurrency"
           FROM public."Transactions" t_1
          WHERE ((t_1."CollectiveId" = cbc."CollectiveId") AND (t_1."deletedAt" IS NULL) AND t_1."isDisputed" AND (t_1."RefundTransactionId" IS NULL))
          GROUP BY t_1."CollectiveId") disputed ON (true));


--
-- Name: AccountingCategories AccountingCategories_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AccountingCategories"
    ADD CONSTRAINT "AccountingCategories_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Activities Activities_ExpenseId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Activities"
    ADD CONSTRAINT "Activities_ExpenseId_fkey" FOREIGN KEY ("ExpenseId") REFERENCES public."Expenses"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Activities Activities_FromCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Activities"
    ADD CONSTRAINT "Activities_FromCollectiveId_fkey" FOREIGN KEY ("FromCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Activities Activities_GroupId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Activities"
    ADD CONSTRAINT "Activities_GroupId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Activities Activities_HostCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Activities"
    ADD CONSTRAINT "Activities_HostCollectiveId_fkey" FOREIGN KEY ("HostCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Activities Activities_OrderId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Activities"
    ADD CONSTRAINT "Activities_OrderId_fkey" FOREIGN KEY ("OrderId") REFERENCES public."Orders"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Activities Activities_TransactionId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Activities"
    ADD CONSTRAINT "Activities_TransactionId_fkey" FOREIGN KEY ("TransactionId") REFERENCES public."Transactions"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Activities Activities_UserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Activities"
    ADD CONSTRAINT "Activities_UserId_fkey" FOREIGN KEY ("UserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Activities Activities_UserTokenId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Activities"
    ADD CONSTRAINT "Activities_UserTokenId_fkey" FOREIGN KEY ("UserTokenId") REFERENCES public."UserTokens"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Agreements Agreements_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Agreements"
    ADD CONSTRAINT "Agreements_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Agreements Agreements_HostCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Agreements"
    ADD CONSTRAINT "Agreements_HostCollectiveId_fkey" FOREIGN KEY ("HostCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Agreements Agreements_UploadedFileId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Agreements"
    ADD CONSTRAINT "Agreements_UploadedFileId_fkey" FOREIGN KEY ("UploadedFileId") REFERENCES public."UploadedFiles"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Agreements Agreements_UserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Agreements"
    ADD CONSTRAINT "Agreements_UserId_fkey" FOREIGN KEY ("UserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Applications Applications_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Applications"
    ADD CONSTRAINT "Applications_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Applications Applications_CreatedByUserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Applications"
    ADD CONSTRAINT "Applications_CreatedByUserId_fkey" FOREIGN KEY ("CreatedByUserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: PaymentMethods Cards_UserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PaymentMethods"
    ADD CONSTRAINT "Cards_UserId_fkey" FOREIGN KEY ("CreatedByUserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Collectives Collectives_CreatedByUserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Collectives"
    ADD CONSTRAINT "Collectives_CreatedByUserId_fkey" FOREIGN KEY ("CreatedByUserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Collectives Collectives_HostCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Collectives"
    ADD CONSTRAINT "Collectives_HostCollectiveId_fkey" FOREIGN KEY ("HostCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Collectives Collectives_ParentCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Collectives"
    ADD CONSTRAINT "Collectives_ParentCollectiveId_fkey" FOREIGN KEY ("ParentCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Comments Comments_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Comments"
    ADD CONSTRAINT "Comments_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Comments Comments_ConversationId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Comments"
    ADD CONSTRAINT "Comments_ConversationId_fkey" FOREIGN KEY ("ConversationId") REFERENCES public."Conversations"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Comments Comments_CreatedByUserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Comments"
    ADD CONSTRAINT "Comments_CreatedByUserId_fkey" FOREIGN KEY ("CreatedByUserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Comments Comments_ExpenseId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Comments"
    ADD CONSTRAINT "Comments_ExpenseId_fkey" FOREIGN KEY ("ExpenseId") REFERENCES public."Expenses"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Comments Comments_FromCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Comments"
    ADD CONSTRAINT "Comments_FromCollectiveId_fkey" FOREIGN KEY ("FromCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Comments Comments_HostApplicationId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Comments"
    ADD CONSTRAINT "Comments_HostApplicationId_fkey" FOREIGN KEY ("HostApplicationId") REFERENCES public."HostApplications"(id);


--
-- Name: Comments Comments_OrderId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Comments"
    ADD CONSTRAINT "Comments_OrderId_fkey" FOREIGN KEY ("OrderId") REFERENCES public."Orders"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Comments Comments_UpdateId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Comments"
    ADD CONSTRAINT "Comments_UpdateId_fkey" FOREIGN KEY ("UpdateId") REFERENCES public."Updates"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: ConnectedAccounts ConnectedAccounts_GroupId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ConnectedAccounts"
    ADD CONSTRAINT "ConnectedAccounts_GroupId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: ConnectedAccounts ConnectedAccounts_UserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ConnectedAccounts"
    ADD CONSTRAINT "ConnectedAccounts_UserId_fkey" FOREIGN KEY ("CreatedByUserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: ConversationFollowers ConversationFollowers_ConversationId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ConversationFollowers"
    ADD CONSTRAINT "ConversationFollowers_ConversationId_fkey" FOREIGN KEY ("ConversationId") REFERENCES public."Conversations"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: ConversationFollowers ConversationFollowers_UserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ConversationFollowers"
    ADD CONSTRAINT "ConversationFollowers_UserId_fkey" FOREIGN KEY ("UserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Conversations Conversations_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Conversations"
    ADD CONSTRAINT "Conversations_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Conversations Conversations_CreatedByUserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Conversations"
    ADD CONSTRAINT "Conversations_CreatedByUserId_fkey" FOREIGN KEY ("CreatedByUserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Conversations Conversations_FromCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Conversations"
    ADD CONSTRAINT "Conversations_FromCollectiveId_fkey" FOREIGN KEY ("FromCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Conversations Conversations_RootCommentId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Conversations"
    ADD CONSTRAINT "Conversations_RootCommentId_fkey" FOREIGN KEY ("RootCommentId") REFERENCES public."Comments"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Comments CreatedByUserId_foreign_idx; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Comments"
    ADD CONSTRAINT "CreatedByUserId_foreign_idx" FOREIGN KEY ("CreatedByUserId") REFERENCES public."Users"(id);


--
-- Name: Orders Donations_GroupId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Orders"
    ADD CONSTRAINT "Donations_GroupId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Orders Donations_PaymentMethodId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Orders"
    ADD CONSTRAINT "Donations_PaymentMethodId_fkey" FOREIGN KEY ("PaymentMethodId") REFERENCES public."PaymentMethods"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Orders Donations_SubscriptionId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Orders"
    ADD CONSTRAINT "Donations_SubscriptionId_fkey" FOREIGN KEY ("SubscriptionId") REFERENCES public."Subscriptions"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Orders Donations_UserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Orders"
    ADD CONSTRAINT "Donations_UserId_fkey" FOREIGN KEY ("CreatedByUserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: EmojiReactions EmojiReactions_CommentId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."EmojiReactions"
    ADD CONSTRAINT "EmojiReactions_CommentId_fkey" FOREIGN KEY ("CommentId") REFERENCES public."Comments"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: EmojiReactions EmojiReactions_FromCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."EmojiReactions"
    ADD CONSTRAINT "EmojiReactions_FromCollectiveId_fkey" FOREIGN KEY ("FromCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: EmojiReactions EmojiReactions_UserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."EmojiReactions"
    ADD CONSTRAINT "EmojiReactions_UserId_fkey" FOREIGN KEY ("UserId") REFERENCES public."Users"(id) ON UPDATE CASCADE;


--
-- Name: ExpenseAttachedFiles ExpenseAttachedFiles_CreatedByUserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ExpenseAttachedFiles"
    ADD CONSTRAINT "ExpenseAttachedFiles_CreatedByUserId_fkey" FOREIGN KEY ("CreatedByUserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: ExpenseAttachedFiles ExpenseAttachedFiles_ExpenseId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ExpenseAttachedFiles"
    ADD CONSTRAINT "ExpenseAttachedFiles_ExpenseId_fkey" FOREIGN KEY ("ExpenseId") REFERENCES public."Expenses"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: ExpenseItems ExpenseAttachments_CreatedByUserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ExpenseItems"
    ADD CONSTRAINT "ExpenseAttachments_CreatedByUserId_fkey" FOREIGN KEY ("CreatedByUserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: ExpenseItems ExpenseAttachments_ExpenseId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ExpenseItems"
    ADD CONSTRAINT "ExpenseAttachments_ExpenseId_fkey" FOREIGN KEY ("ExpenseId") REFERENCES public."Expenses"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Expenses Expenses_AccountingCategoryId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Expenses"
    ADD CONSTRAINT "Expenses_AccountingCategoryId_fkey" FOREIGN KEY ("AccountingCategoryId") REFERENCES public."AccountingCategories"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Expenses Expenses_FromCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Expenses"
    ADD CONSTRAINT "Expenses_FromCollectiveId_fkey" FOREIGN KEY ("FromCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Expenses Expenses_GroupId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Expenses"
    ADD CONSTRAINT "Expenses_GroupId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Expenses Expenses_HostCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Expenses"
    ADD CONSTRAINT "Expenses_HostCollectiveId_fkey" FOREIGN KEY ("HostCollectiveId") REFERENCES public."Collectives"(id);


--
-- Name: Expenses Expenses_PaymentMethodId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Expenses"
    ADD CONSTRAINT "Expenses_PaymentMethodId_fkey" FOREIGN KEY ("PaymentMethodId") REFERENCES public."PaymentMethods"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Expenses Expenses_PayoutMethodId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Expenses"
    ADD CONSTRAINT "Expenses_PayoutMethodId_fkey" FOREIGN KEY ("PayoutMethodId") REFERENCES public."PayoutMethods"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Expenses Expenses_RecurringExpenseId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Expenses"
    ADD CONSTRAINT "Expenses_RecurringExpenseId_fkey" FOREIGN KEY ("RecurringExpenseId") REFERENCES public."RecurringExpenses"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Expenses Expenses_UserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Expenses"
    ADD CONSTRAINT "Expenses_UserId_fkey" FOREIGN KEY ("UserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Expenses Expenses_VirtualCardId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Expenses"
    ADD CONSTRAINT "Expenses_VirtualCardId_fkey" FOREIGN KEY ("VirtualCardId") REFERENCES public."VirtualCards"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Expenses Expenses_lastEditedById_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Expenses"
    ADD CONSTRAINT "Expenses_lastEditedById_fkey" FOREIGN KEY ("lastEditedById") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Collectives Groups_lastEditedByUserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Collectives"
    ADD CONSTRAINT "Groups_lastEditedByUserId_fkey" FOREIGN KEY ("LastEditedByUserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: HostApplications HostApplications_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."HostApplications"
    ADD CONSTRAINT "HostApplications_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: HostApplications HostApplications_CreatedByUserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."HostApplications"
    ADD CONSTRAINT "HostApplications_CreatedByUserId_fkey" FOREIGN KEY ("CreatedByUserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: HostApplications HostApplications_HostCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."HostApplications"
    ADD CONSTRAINT "HostApplications_HostCollectiveId_fkey" FOREIGN KEY ("HostCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: LegalDocuments LegalDocuments_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LegalDocuments"
    ADD CONSTRAINT "LegalDocuments_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Locations Locations_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Locations"
    ADD CONSTRAINT "Locations_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: MemberInvitations MemberInvitations_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."MemberInvitations"
    ADD CONSTRAINT "MemberInvitations_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: MemberInvitations MemberInvitations_CreatedByUserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."MemberInvitations"
    ADD CONSTRAINT "MemberInvitations_CreatedByUserId_fkey" FOREIGN KEY ("CreatedByUserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: MemberInvitations MemberInvitations_MemberCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."MemberInvitations"
    ADD CONSTRAINT "MemberInvitations_MemberCollectiveId_fkey" FOREIGN KEY ("MemberCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: MemberInvitations MemberInvitations_TierId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."MemberInvitations"
    ADD CONSTRAINT "MemberInvitations_TierId_fkey" FOREIGN KEY ("TierId") REFERENCES public."Tiers"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Members Members_MemberCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Members"
    ADD CONSTRAINT "Members_MemberCollectiveId_fkey" FOREIGN KEY ("MemberCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Members Members_TierId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Members"
    ADD CONSTRAINT "Members_TierId_fkey" FOREIGN KEY ("TierId") REFERENCES public."Tiers"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: MigrationLogs MigrationLogs_CreatedByUserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."MigrationLogs"
    ADD CONSTRAINT "MigrationLogs_CreatedByUserId_fkey" FOREIGN KEY ("CreatedByUserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: OAuthAuthorizationCodes OAuthAuthorizationCodes_ApplicationId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."OAuthAuthorizationCodes"
    ADD CONSTRAINT "OAuthAuthorizationCodes_ApplicationId_fkey" FOREIGN KEY ("ApplicationId") REFERENCES public."Applications"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: OAuthAuthorizationCodes OAuthAuthorizationCodes_UserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."OAuthAuthorizationCodes"
    ADD CONSTRAINT "OAuthAuthorizationCodes_UserId_fkey" FOREIGN KEY ("UserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Orders Orders_AccountingCategoryId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Orders"
    ADD CONSTRAINT "Orders_AccountingCategoryId_fkey" FOREIGN KEY ("AccountingCategoryId") REFERENCES public."AccountingCategories"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Orders Orders_FromCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Orders"
    ADD CONSTRAINT "Orders_FromCollectiveId_fkey" FOREIGN KEY ("FromCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Orders Orders_TierId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Orders"
    ADD CONSTRAINT "Orders_TierId_fkey" FOREIGN KEY ("TierId") REFERENCES public."Tiers"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: PaymentMethods PaymentMethods_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PaymentMethods"
    ADD CONSTRAINT "PaymentMethods_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: PaymentMethods PaymentMethods_SourcePaymentMethodId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PaymentMethods"
    ADD CONSTRAINT "PaymentMethods_SourcePaymentMethodId_fkey" FOREIGN KEY ("SourcePaymentMethodId") REFERENCES public."PaymentMethods"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: PayoutMethods PayoutMethods_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PayoutMethods"
    ADD CONSTRAINT "PayoutMethods_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: PayoutMethods PayoutMethods_CreatedByUserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PayoutMethods"
    ADD CONSTRAINT "PayoutMethods_CreatedByUserId_fkey" FOREIGN KEY ("CreatedByUserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: PaypalPlans PaypalPlans_ProductId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PaypalPlans"
    ADD CONSTRAINT "PaypalPlans_ProductId_fkey" FOREIGN KEY ("ProductId") REFERENCES public."PaypalProducts"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: PaypalProducts PaypalProducts_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PaypalProducts"
    ADD CONSTRAINT "PaypalProducts_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: PaypalProducts PaypalProducts_HostCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PaypalProducts"
    ADD CONSTRAINT "PaypalProducts_HostCollectiveId_fkey" FOREIGN KEY ("HostCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: PaypalProducts PaypalProducts_TierId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PaypalProducts"
    ADD CONSTRAINT "PaypalProducts_TierId_fkey" FOREIGN KEY ("TierId") REFERENCES public."Tiers"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: PersonalTokens PersonalTokens_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PersonalTokens"
    ADD CONSTRAINT "PersonalTokens_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: PersonalTokens PersonalTokens_UserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PersonalTokens"
    ADD CONSTRAINT "PersonalTokens_UserId_fkey" FOREIGN KEY ("UserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: RecurringExpenses RecurringExpenses_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RecurringExpenses"
    ADD CONSTRAINT "RecurringExpenses_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: RecurringExpenses RecurringExpenses_FromCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RecurringExpenses"
    ADD CONSTRAINT "RecurringExpenses_FromCollectiveId_fkey" FOREIGN KEY ("FromCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: RequiredLegalDocuments RequiredLegalDocuments_HostCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RequiredLegalDocuments"
    ADD CONSTRAINT "RequiredLegalDocuments_HostCollectiveId_fkey" FOREIGN KEY ("HostCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: SocialLinks SocialLinks_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."SocialLinks"
    ADD CONSTRAINT "SocialLinks_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Notifications Subscriptions_GroupId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Notifications"
    ADD CONSTRAINT "Subscriptions_GroupId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Notifications Subscriptions_UserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Notifications"
    ADD CONSTRAINT "Subscriptions_UserId_fkey" FOREIGN KEY ("UserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Tiers Tiers_GroupId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Tiers"
    ADD CONSTRAINT "Tiers_GroupId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: TransactionSettlements TransactionSettlements_ExpenseId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TransactionSettlements"
    ADD CONSTRAINT "TransactionSettlements_ExpenseId_fkey" FOREIGN KEY ("ExpenseId") REFERENCES public."Expenses"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: TransactionsImportsRows TransactionsImportsRows_ExpenseId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TransactionsImportsRows"
    ADD CONSTRAINT "TransactionsImportsRows_ExpenseId_fkey" FOREIGN KEY ("ExpenseId") REFERENCES public."Expenses"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: TransactionsImportsRows TransactionsImportsRows_OrderId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TransactionsImportsRows"
    ADD CONSTRAINT "TransactionsImportsRows_OrderId_fkey" FOREIGN KEY ("OrderId") REFERENCES public."Orders"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: TransactionsImportsRows TransactionsImportsRows_TransactionsImportId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TransactionsImportsRows"
    ADD CONSTRAINT "TransactionsImportsRows_TransactionsImportId_fkey" FOREIGN KEY ("TransactionsImportId") REFERENCES public."TransactionsImports"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: TransactionsImports TransactionsImports_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TransactionsImports"
    ADD CONSTRAINT "TransactionsImports_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: TransactionsImports TransactionsImports_ConnectedAccountId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TransactionsImports"
    ADD CONSTRAINT "TransactionsImports_ConnectedAccountId_fkey" FOREIGN KEY ("ConnectedAccountId") REFERENCES public."ConnectedAccounts"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: TransactionsImports TransactionsImports_UploadedFileId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."TransactionsImports"
    ADD CONSTRAINT "TransactionsImports_UploadedFileId_fkey" FOREIGN KEY ("UploadedFileId") REFERENCES public."UploadedFiles"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Transactions Transactions_CardId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Transactions"
    ADD CONSTRAINT "Transactions_CardId_fkey" FOREIGN KEY ("PaymentMethodId") REFERENCES public."PaymentMethods"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Transactions Transactions_DonationId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Transactions"
    ADD CONSTRAINT "Transactions_DonationId_fkey" FOREIGN KEY ("OrderId") REFERENCES public."Orders"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Transactions Transactions_ExpenseId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Transactions"
    ADD CONSTRAINT "Transactions_ExpenseId_fkey" FOREIGN KEY ("ExpenseId") REFERENCES public."Expenses"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Transactions Transactions_FromCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Transactions"
    ADD CONSTRAINT "Transactions_FromCollectiveId_fkey" FOREIGN KEY ("FromCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Transactions Transactions_GroupId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Transactions"
    ADD CONSTRAINT "Transactions_GroupId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Transactions Transactions_HostCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Transactions"
    ADD CONSTRAINT "Transactions_HostCollectiveId_fkey" FOREIGN KEY ("HostCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Transactions Transactions_PayoutMethodId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Transactions"
    ADD CONSTRAINT "Transactions_PayoutMethodId_fkey" FOREIGN KEY ("PayoutMethodId") REFERENCES public."PayoutMethods"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Transactions Transactions_RefundTransactionId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Transactions"
    ADD CONSTRAINT "Transactions_RefundTransactionId_fkey" FOREIGN KEY ("RefundTransactionId") REFERENCES public."Transactions"(id);


--
-- Name: Transactions Transactions_UserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Transactions"
    ADD CONSTRAINT "Transactions_UserId_fkey" FOREIGN KEY ("CreatedByUserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Transactions Transactions_UsingVirtualCardFromCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Transactions"
    ADD CONSTRAINT "Transactions_UsingVirtualCardFromCollectiveId_fkey" FOREIGN KEY ("UsingGiftCardFromCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Updates Updates_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Updates"
    ADD CONSTRAINT "Updates_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Updates Updates_CreatedByUserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Updates"
    ADD CONSTRAINT "Updates_CreatedByUserId_fkey" FOREIGN KEY ("CreatedByUserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Updates Updates_FromCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Updates"
    ADD CONSTRAINT "Updates_FromCollectiveId_fkey" FOREIGN KEY ("FromCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Updates Updates_LastEditedByUserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Updates"
    ADD CONSTRAINT "Updates_LastEditedByUserId_fkey" FOREIGN KEY ("LastEditedByUserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: Updates Updates_TierId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Updates"
    ADD CONSTRAINT "Updates_TierId_fkey" FOREIGN KEY ("TierId") REFERENCES public."Tiers"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: UploadedFiles UploadedFiles_CreatedByUserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UploadedFiles"
    ADD CONSTRAINT "UploadedFiles_CreatedByUserId_fkey" FOREIGN KEY ("CreatedByUserId") REFERENCES public."Users"(id) ON UPDATE SET NULL ON DELETE SET NULL;


--
-- Name: Members UserGroups_UserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Members"
    ADD CONSTRAINT "UserGroups_UserId_fkey" FOREIGN KEY ("CreatedByUserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: UserTokens UserTokens_ApplicationId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UserTokens"
    ADD CONSTRAINT "UserTokens_ApplicationId_fkey" FOREIGN KEY ("ApplicationId") REFERENCES public."Applications"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: UserTokens UserTokens_UserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UserTokens"
    ADD CONSTRAINT "UserTokens_UserId_fkey" FOREIGN KEY ("UserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: UserTwoFactorMethods UserTwoFactorMethods_UserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UserTwoFactorMethods"
    ADD CONSTRAINT "UserTwoFactorMethods_UserId_fkey" FOREIGN KEY ("UserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: Users Users_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Users"
    ADD CONSTRAINT "Users_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: VirtualCardRequests VirtualCardRequests_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."VirtualCardRequests"
    ADD CONSTRAINT "VirtualCardRequests_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: VirtualCardRequests VirtualCardRequests_HostCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."VirtualCardRequests"
    ADD CONSTRAINT "VirtualCardRequests_HostCollectiveId_fkey" FOREIGN KEY ("HostCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: VirtualCardRequests VirtualCardRequests_UserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."VirtualCardRequests"
    ADD CONSTRAINT "VirtualCardRequests_UserId_fkey" FOREIGN KEY ("UserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: VirtualCardRequests VirtualCardRequests_VirtualCardId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."VirtualCardRequests"
    ADD CONSTRAINT "VirtualCardRequests_VirtualCardId_fkey" FOREIGN KEY ("VirtualCardId") REFERENCES public."VirtualCards"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: VirtualCards VirtualCards_CollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."VirtualCards"
    ADD CONSTRAINT "VirtualCards_CollectiveId_fkey" FOREIGN KEY ("CollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: VirtualCards VirtualCards_HostCollectiveId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."VirtualCards"
    ADD CONSTRAINT "VirtualCards_HostCollectiveId_fkey" FOREIGN KEY ("HostCollectiveId") REFERENCES public."Collectives"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: VirtualCards VirtualCards_UserId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."VirtualCards"
    ADD CONSTRAINT "VirtualCards_UserId_fkey" FOREIGN KEY ("UserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: VirtualCards VirtualCards_VirtualCardRequestId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."VirtualCards"
    ADD CONSTRAINT "VirtualCards_VirtualCardRequestId_fkey" FOREIGN KEY ("VirtualCardRequestId") REFERENCES public."VirtualCardRequests"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: TransactionBalances; Type: MATERIALIZED VIEW DATA; Schema: public; Owner: -
--

REFRESH MATERIALIZED VIEW public."TransactionBalances";


--
-- Name: CollectiveBalanceCheckpoint; Type: MATERIALIZED VIEW DATA; Schema: public; Owner: -
--

REFRESH MATERIALIZED VIEW public."CollectiveBalanceCheckpoint";


--
-- Name: CollectiveOrderStats; Type: MATERIALIZED VIEW DATA; Schema: public; Owner: -
--

REFRESH MATERIALIZED VIEW public."CollectiveOrderStats";


--
-- Name: CollectiveTagStats; Type: MATERIALIZED VIEW DATA; Schema: public; Owner: -
--

REFRESH MATERIALIZED VIEW public."CollectiveTagStats";


--
-- Name: CollectiveTransactionStats; Type: MATERIALIZED VIEW DATA; Schema: public; Owner: -
--

REFRESH MATERIALIZED VIEW public."CollectiveTransactionStats";


--
-- Name: ExpenseTagStats; Type: MATERIALIZED VIEW DATA; Schema: public; Owner: -
--

REFRESH MATERIALIZED VIEW public."ExpenseTagStats";


--
-- Name: HostMonthlyTransactions; Type: MATERIALIZED VIEW DATA; Schema: public; Owner: -
--

REFRESH MATERIALIZED VIEW public."HostMonthlyTransactions";


--
-- PostgreSQL database dump complete
--


