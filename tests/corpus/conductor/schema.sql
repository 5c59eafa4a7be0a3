-- ==== postgres-persistence/src/main/resources/db/migration_postgres/V1__initial_schema.sql

-- --------------------------------------------------------------------------------------------------------------
-- SCHEMA FOR METADATA DAO
-- --------------------------------------------------------------------------------------------------------------

CREATE TABLE meta_event_handler (
  id SERIAL,
  created_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  modified_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  name varchar(255) NOT NULL,
  event varchar(255) NOT NULL,
  active boolean NOT NULL,
  json_data TEXT NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX event_handler_name_index ON meta_event_handler (name);
CREATE INDEX event_handler_event_index ON meta_event_handler (event);

CREATE TABLE meta_task_def (
  id SERIAL,
  created_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  modified_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  name varchar(255) NOT NULL,
  json_data TEXT NOT NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX unique_task_def_name ON meta_task_def (name);

CREATE TABLE meta_workflow_def (
  id SERIAL,
  created_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  modified_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  name varchar(255) NOT NULL,
  version int NOT NULL,
  latest_version int NOT NULL DEFAULT 0,
  json_data TEXT NOT NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX unique_name_version ON meta_workflow_def (name,version);
CREATE INDEX workflow_def_name_index ON meta_workflow_def (name);

-- --------------------------------------------------------------------------------------------------------------
-- SCHEMA FOR EXECUTION DAO
-- --------------------------------------------------------------------------------------------------------------

CREATE TABLE event_execution (
  id SERIAL,
  created_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  modified_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  event_handler_name varchar(255) NOT NULL,
  event_name varchar(255) NOT NULL,
  message_id varchar(255) NOT NULL,
  execution_id varchar(255) NOT NULL,
  json_data TEXT NOT NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX unique_event_execution ON event_execution (event_handler_name,event_name,message_id);

CREATE TABLE poll_data (
  id SERIAL,
  created_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  modified_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  queue_name varchar(255) NOT NULL,
  domain varchar(255) NOT NULL,
  json_data TEXT NOT NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX unique_poll_data ON poll_data (queue_name,domain);
CREATE INDEX ON poll_data (queue_name);

CREATE TABLE task_scheduled (
  id SERIAL,
  created_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  modified_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  workflow_id varchar(255) NOT NULL,
  task_key varchar(255) NOT NULL,
  task_id varchar(255) NOT NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX unique_workflow_id_task_key ON task_scheduled (workflow_id,task_key);

CREATE TABLE task_in_progress (
  id SERIAL,
  created_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  modified_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  task_def_name varchar(255) NOT NULL,
  task_id varchar(255) NOT NULL,
  workflow_id varchar(255) NOT NULL,
  in_progress_status boolean NOT NULL DEFAULT false,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX unique_task_def_task_id1 ON task_in_progress (task_def_name,task_id);

CREATE TABLE task (
  id SERIAL,
  created_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  modified_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  task_id varchar(255) NOT NULL,
  json_data TEXT NOT NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX unique_task_id ON task (task_id);

CREATE TABLE workflow (
  id SERIAL,
  created_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  modified_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  workflow_id varchar(255) NOT NULL,
  correlation_id varchar(255),
  json_data TEXT NOT NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX unique_workflow_id ON workflow (workflow_id);

CREATE TABLE workflow_def_to_workflow (
  id SERIAL,
  created_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  modified_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  workflow_def varchar(255) NOT NULL,
  date_str varchar(60),
  workflow_id varchar(255) NOT NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX unique_workflow_def_date_str ON workflow_def_to_workflow (workflow_def,date_str,workflow_id);

CREATE TABLE workflow_pending (
  id SERIAL,
  created_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  modified_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  workflow_type varchar(255) NOT NULL,
  workflow_id varchar(255) NOT NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX unique_workflow_type_workflow_id ON workflow_pending (workflow_type,workflow_id);
CREATE INDEX workflow_type_index ON workflow_pending (workflow_type);

CREATE TABLE workflow_to_task (
  id SERIAL,
  created_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  modified_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  workflow_id varchar(255) NOT NULL,
  task_id varchar(255) NOT NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX unique_workflow_to_task_id ON workflow_to_task (workflow_id,task_id);
CREATE INDEX workflow_id_index ON workflow_to_task (workflow_id);

-- --------------------------------------------------------------------------------------------------------------
-- SCHEMA FOR QUEUE DAO
-- --------------------------------------------------------------------------------------------------------------

CREATE TABLE queue (
  id SERIAL,
  created_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  queue_name varchar(255) NOT NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX unique_queue_name ON queue (queue_name);

CREATE TABLE queue_message (
  id SERIAL,
  created_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  deliver_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  queue_name varchar(255) NOT NULL,
  message_id varchar(255) NOT NULL,
  priority integer DEFAULT 0,
  popped boolean DEFAULT false,
  offset_time_seconds BIGINT,
  payload TEXT,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX unique_queue_name_message_id ON queue_message (queue_name,message_id);
CREATE INDEX combo_queue_message ON queue_message (queue_name,popped,deliver_on,created_on);

-- ==== postgres-persistence/src/main/resources/db/migration_postgres/V2__1009_Fix_PostgresExecutionDAO_Index.sql
DROP INDEX IF EXISTS unique_event_execution;

CREATE UNIQUE INDEX unique_event_execution ON event_execution (event_handler_name,event_name,execution_id);

-- ==== postgres-persistence/src/main/resources/db/migration_postgres/V3__correlation_id_index.sql
DROP INDEX IF EXISTS workflow_corr_id_index;

CREATE INDEX workflow_corr_id_index ON workflow (correlation_id);

-- ==== postgres-persistence/src/main/resources/db/migration_postgres/V4__new_qm_index_with_priority.sql
DROP INDEX IF EXISTS combo_queue_message;

CREATE INDEX combo_queue_message ON queue_message (queue_name,priority,popped,deliver_on,created_on);

-- ==== postgres-persistence/src/main/resources/db/migration_postgres/V5__new_queue_message_pk.sql
-- no longer need separate index if pk is queue_name, message_id
DROP INDEX IF EXISTS unique_queue_name_message_id;

-- remove id primary key
ALTER TABLE queue_message DROP CONSTRAINT IF EXISTS queue_message_pkey;

-- remove id column
ALTER TABLE queue_message DROP COLUMN IF EXISTS id;

-- set primary key to queue_name, message_id
ALTER TABLE queue_message ADD PRIMARY KEY (queue_name, message_id);

-- ==== postgres-persistence/src/main/resources/db/migration_postgres/V6__update_pk.sql
-- 1) queue_message
DROP INDEX IF EXISTS unique_queue_name_message_id;
ALTER TABLE queue_message DROP CONSTRAINT IF EXISTS queue_message_pkey;
ALTER TABLE queue_message DROP COLUMN IF EXISTS id;
ALTER TABLE queue_message ADD PRIMARY KEY (queue_name, message_id);

-- 2) queue
DROP INDEX IF EXISTS unique_queue_name;
ALTER TABLE queue DROP CONSTRAINT IF EXISTS queue_pkey;
ALTER TABLE queue DROP COLUMN IF EXISTS id;
ALTER TABLE queue ADD PRIMARY KEY (queue_name);

-- 3) workflow_to_task
DROP INDEX IF EXISTS unique_workflow_to_task_id;
ALTER TABLE workflow_to_task DROP CONSTRAINT IF EXISTS workflow_to_task_pkey;
ALTER TABLE workflow_to_task DROP COLUMN IF EXISTS id;
ALTER TABLE workflow_to_task ADD PRIMARY KEY (workflow_id, task_id);

-- 4) workflow_pending
DROP INDEX IF EXISTS unique_workflow_type_workflow_id;
ALTER TABLE workflow_pending DROP CONSTRAINT IF EXISTS workflow_pending_pkey;
ALTER TABLE workflow_pending DROP COLUMN IF EXISTS id;
ALTER TABLE workflow_pending ADD PRIMARY KEY (workflow_type, workflow_id);

-- 5) workflow_def_to_workflow
DROP INDEX IF EXISTS unique_workflow_def_date_str;
ALTER TABLE workflow_def_to_workflow DROP CONSTRAINT IF EXISTS workflow_def_to_workflow_pkey;
ALTER TABLE workflow_def_to_workflow DROP COLUMN IF EXISTS id;
ALTER TABLE workflow_def_to_workflow ADD PRIMARY KEY (workflow_def, date_str, workflow_id);

-- 6) workflow
DROP INDEX IF EXISTS unique_workflow_id;
ALTER TABLE workflow DROP CONSTRAINT IF EXISTS workflow_pkey;
ALTER TABLE workflow DROP COLUMN IF EXISTS id;
ALTER TABLE workflow ADD PRIMARY KEY (workflow_id);

-- 7) task
DROP INDEX IF EXISTS unique_task_id;
ALTER TABLE task DROP CONSTRAINT IF EXISTS task_pkey;
ALTER TABLE task DROP COLUMN IF EXISTS id;
ALTER TABLE task ADD PRIMARY KEY (task_id);

-- 8) task_in_progress
DROP INDEX IF EXISTS unique_task_def_task_id1;
ALTER TABLE task_in_progress DROP CONSTRAINT IF EXISTS task_in_progress_pkey;
ALTER TABLE task_in_progress DROP COLUMN IF EXISTS id;
ALTER TABLE task_in_progress ADD PRIMARY KEY (task_def_name, task_id);

-- 9) task_scheduled
DROP INDEX IF EXISTS unique_workflow_id_task_key;
ALTER TABLE task_scheduled DROP CONSTRAINT IF EXISTS task_scheduled_pkey;
ALTER TABLE task_scheduled DROP COLUMN IF EXISTS id;
ALTER TABLE task_scheduled ADD PRIMARY KEY (workflow_id, task_key);

-- 10) poll_data
DROP INDEX IF EXISTS unique_poll_data;
ALTER TABLE poll_data DROP CONSTRAINT IF EXISTS poll_data_pkey;
ALTER TABLE poll_data DROP COLUMN IF EXISTS id;
ALTER TABLE poll_data ADD PRIMARY KEY (queue_name, domain);

-- 11) event_execution
DROP INDEX IF EXISTS unique_event_execution;
ALTER TABLE event_execution DROP CONSTRAINT IF EXISTS event_execution_pkey;
ALTER TABLE event_execution DROP COLUMN IF EXISTS id;
ALTER TABLE event_execution ADD PRIMARY KEY (event_handler_name, event_name, execution_id);

-- 12) meta_workflow_def
DROP INDEX IF EXISTS unique_name_version;
ALTER TABLE meta_workflow_def DROP CONSTRAINT IF EXISTS meta_workflow_def_pkey;
ALTER TABLE meta_workflow_def DROP COLUMN IF EXISTS id;
ALTER TABLE meta_workflow_def ADD PRIMARY KEY (name, version);

-- 13) meta_task_def
DROP INDEX IF EXISTS unique_task_def_name;
ALTER TABLE meta_task_def DROP CONSTRAINT IF EXISTS meta_task_def_pkey;
ALTER TABLE meta_task_def DROP COLUMN IF EXISTS id;
ALTER TABLE meta_task_def ADD PRIMARY KEY (name);

-- ==== postgres-persistence/src/main/resources/db/migration_postgres/V7__new_qm_index_desc_priority.sql
DROP INDEX IF EXISTS combo_queue_message;

CREATE INDEX combo_queue_message ON queue_message USING btree (queue_name , priority desc, popped, deliver_on, created_on);  -- (corpus: Flyway runs each file alone; the file ends without a ';')

-- ==== postgres-persistence/src/main/resources/db/migration_postgres/V8__indexing.sql
CREATE TABLE workflow_index (
  workflow_id VARCHAR(255) NOT NULL,
  correlation_id VARCHAR(128) NULL,
  workflow_type VARCHAR(128) NOT NULL,
  start_time TIMESTAMP WITH TIME ZONE NOT NULL,
  status VARCHAR(32) NOT NULL,
  json_data JSONB NOT NULL,
  PRIMARY KEY (workflow_id)
);

CREATE INDEX workflow_index_correlation_id_idx ON workflow_index (correlation_id);
CREATE INDEX workflow_index_workflow_type_idx ON workflow_index (workflow_type);
CREATE INDEX workflow_index_start_time_idx ON workflow_index (start_time);
CREATE INDEX workflow_index_status_idx ON workflow_index (status);
CREATE INDEX workflow_index_json_data_json_idx ON workflow_index USING gin(jsonb_to_tsvector('english', json_data, '["all"]'));
CREATE INDEX workflow_index_json_data_text_idx ON workflow_index USING gin(to_tsvector('english', json_data::text));

CREATE TABLE task_index (
  task_id VARCHAR(255) NOT NULL,
  task_type VARCHAR(32) NOT NULL,
  task_def_name VARCHAR(255) NOT NULL,
  status VARCHAR(32) NOT NULL,
  start_time TIMESTAMP WITH TIME ZONE NOT NULL,
  update_time TIMESTAMP WITH TIME ZONE NOT NULL,
  workflow_type VARCHAR(128) NOT NULL,
  json_data JSONB NOT NULL,
  PRIMARY KEY (task_id)
);

CREATE INDEX task_index_task_id_idx ON task_index (task_id);
CREATE INDEX task_index_task_type_idx ON task_index (task_type);
CREATE INDEX task_index_task_def_name_idx ON task_index (task_def_name);
CREATE INDEX task_index_status_idx ON task_index (status);
CREATE INDEX task_index_update_time_idx ON task_index (update_time);
CREATE INDEX task_index_workflow_type_idx ON task_index (workflow_type);
CREATE INDEX task_index_json_data_json_idx ON workflow_index USING gin(jsonb_to_tsvector('english', json_data, '["all"]'));
CREATE INDEX task_index_json_data_text_idx ON workflow_index USING gin(to_tsvector('english', json_data::text));

CREATE TABLE task_execution_logs (
    log_id SERIAL,
    task_id varchar(255) NOT NULL,
    log TEXT NOT NULL,
    created_time TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (log_id)
);

CREATE INDEX task_execution_logs_task_id_idx ON task_execution_logs (task_id);

-- ==== postgres-persistence/src/main/resources/db/migration_postgres/V9__indexing_index_fix.sql
-- Drop the unused text index on the json_data column
DROP INDEX IF EXISTS workflow_index_json_data_text_idx;
-- Create a new index to enable querying the json by attribute and value
CREATE INDEX IF NOT EXISTS workflow_index_json_data_gin_idx ON workflow_index USING GIN (json_data jsonb_path_ops);

-- Drop the incorrectly created indices on the workflow_index that should be on the task_index table
DROP INDEX IF EXISTS task_index_json_data_json_idx;
DROP INDEX IF EXISTS task_index_json_data_text_idx;
-- Create the full text index on the json_data column of the task_index table
CREATE INDEX IF NOT EXISTS task_index_json_data_fulltext_idx ON task_index USING GIN (jsonb_to_tsvector('english', json_data, '["all"]'));
-- Create a new index to enable querying the json by attribute and value
CREATE INDEX IF NOT EXISTS task_index_json_data_gin_idx ON task_index USING GIN (json_data jsonb_path_ops);

-- ==== postgres-persistence/src/main/resources/db/migration_postgres/V10__poll_data_check.sql
CREATE OR REPLACE FUNCTION poll_data_update_check ()
    RETURNS TRIGGER
    AS $$
BEGIN
    IF(NEW.json_data::json ->> 'lastPollTime')::BIGINT < (OLD.json_data::json ->> 'lastPollTime')::BIGINT THEN
        RAISE EXCEPTION 'lastPollTime cannot be set to a lower value';
    END IF;
    RETURN NEW;
END;
$$
LANGUAGE plpgsql;

CREATE TRIGGER poll_data_update_check_trigger BEFORE UPDATE ON poll_data FOR EACH ROW EXECUTE FUNCTION poll_data_update_check ();

-- ==== postgres-persistence/src/main/resources/db/migration_postgres/V11__locking.sql
CREATE TABLE IF NOT EXISTS locks (
     lock_id VARCHAR PRIMARY KEY,
     lease_expiration TIMESTAMP WITH TIME ZONE NOT NULL
);

-- ==== postgres-persistence/src/main/resources/db/migration_postgres/V12__task_index_columns.sql
ALTER TABLE task_index
ALTER COLUMN task_type TYPE TEXT;

ALTER TABLE task_index
ALTER COLUMN task_def_name TYPE TEXT;

-- ==== postgres-persistence/src/main/resources/db/migration_postgres/V13.1__workflow_index_columns.sql
ALTER TABLE workflow_index
    ADD COLUMN IF NOT EXISTS update_time TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT TIMESTAMP WITH TIME ZONE 'epoch';

-- SET DEFAULT AGAIN IN CASE COLUMN ALREADY EXISTED from deleted V13 migration
ALTER TABLE workflow_index
    ALTER COLUMN update_time SET DEFAULT TIMESTAMP WITH TIME ZONE 'epoch';

-- ==== postgres-persistence/src/main/resources/db/migration_postgres/V14__parent_workflow_id.sql
ALTER TABLE workflow_index ADD COLUMN parent_workflow_id VARCHAR(255) NOT NULL DEFAULT '';
CREATE INDEX workflow_index_parent_workflow_id_idx ON workflow_index (parent_workflow_id);

-- ==== postgres-persistence/src/main/resources/db/migration_postgres/V15__file_metadata.sql
CREATE TABLE IF NOT EXISTS file_metadata (
    file_id                 VARCHAR(255)  NOT NULL PRIMARY KEY,
    file_name               VARCHAR(1024) NOT NULL,
    content_type            VARCHAR(255)  NOT NULL,
    storage_content_hash    VARCHAR(255),
    storage_content_size    BIGINT,
    storage_type            VARCHAR(50)   NOT NULL,
    storage_path            VARCHAR(2048) NOT NULL,
    upload_status           VARCHAR(50)   NOT NULL DEFAULT 'UPLOADING',
    workflow_id             VARCHAR(255)  NOT NULL,
    task_id                 VARCHAR(255),
    created_at              TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at              TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX IF NOT EXISTS idx_file_metadata_workflow_id   ON file_metadata (workflow_id);
CREATE INDEX IF NOT EXISTS idx_file_metadata_task_id       ON file_metadata (task_id);
CREATE INDEX IF NOT EXISTS idx_file_metadata_upload_status ON file_metadata (upload_status);

-- ==== postgres-persistence/src/main/resources/db/migration_postgres/V16__agentspan_skills.sql
-- AgentSpan skill storage (conductor.integrations.ai.enabled). Metadata + package bytes.
CREATE TABLE IF NOT EXISTS skill_metadata (
    name        VARCHAR(255)  NOT NULL,
    version     VARCHAR(255)  NOT NULL,
    is_latest   BOOLEAN       NOT NULL DEFAULT FALSE,
    detail_json TEXT          NOT NULL,
    created_at  BIGINT,
    updated_at  BIGINT,
    PRIMARY KEY (name, version)
);

-- Package bytes are stored Base64-encoded so the value binds uniformly across backends.
CREATE TABLE IF NOT EXISTS skill_package (
    handle     VARCHAR(255) NOT NULL PRIMARY KEY,
    data       TEXT         NOT NULL,
    size_bytes BIGINT,
    created_at BIGINT
);

-- ==== postgres-persistence/src/main/resources/db/migration_postgres/V17__workflow_index_classifier.sql
-- Classifier of the workflow definition an execution was started from (e.g. 'workflow' for a
-- plain workflow, 'agent' for AgentSpan agents). Derived from WorkflowDef.metadata at index time.
-- Rows indexed before this migration keep a NULL classifier and are treated as untagged
-- ('workflow') by the search query builder.
ALTER TABLE workflow_index ADD COLUMN classifier VARCHAR(255);
CREATE INDEX workflow_index_classifier_idx ON workflow_index (classifier, start_time);

-- ==== postgres-persistence/src/main/resources/db/migration_postgres/V18__index_end_time.sql
-- The End Time column on the executions and task search pages was sortable, but end_time was
-- never an indexed column, so the query builder dropped the sort and returned an unordered page.
--
-- Defaulting to the epoch rather than allowing NULL keeps ordering identical across engines:
-- SQLite sorts NULL lowest and Postgres sorts it highest, so a nullable column would place
-- still-running executions at opposite ends of an endTime:DESC page depending on the backend.
-- Unfinished rows carry the epoch and land last on DESC, first on ASC, on both. This mirrors the
-- update_time sentinel in V13.1.
--
-- Rows indexed before this migration take the epoch default; V18.1 back-fills them from json_data.
ALTER TABLE workflow_index
    ADD COLUMN IF NOT EXISTS end_time TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT TIMESTAMP WITH TIME ZONE 'epoch';

ALTER TABLE task_index
    ADD COLUMN IF NOT EXISTS end_time TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT TIMESTAMP WITH TIME ZONE 'epoch';

CREATE INDEX IF NOT EXISTS workflow_index_end_time_idx ON workflow_index (end_time);
CREATE INDEX IF NOT EXISTS task_index_end_time_idx ON task_index (end_time);
