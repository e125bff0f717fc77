-- The few fields a CAN's prioritization list reads (services.prioritization), of every live client,
-- enrollment, exit, assessment and event: a narrow copy of the record bodies, so the list reads
-- about a seventh of the pages it read when it decrypted every record body on the laptop.
--
-- Kept right by storage.prioritization_fields.refresh, which the two writers of record (records,
-- remote_records) call after every write in the same transaction, as they keep client_search. Not
-- by triggers on record: with the vault's wiped memory, any trigger on an insert makes SQLite keep
-- a statement journal whose every allocation is locked and wiped, some 0.25 ms a record, which a
-- household intake cannot spare. The one trigger below covers the one field no writer changes.
--
-- A deleted record (date_deleted set) has no row here. Each table is keyed by what the list looks
-- it up by (an enrollment by its project; an exit, assessment or event by its enrollment), so the
-- list's reads are range scans of adjacent rows; the (id) indexes are for refresh. A key that is
-- NULL in the record is kept as '' (a key column cannot be NULL), which matches no record id (ids
-- are 32 characters). Value columns have no declared type, so each value is kept exactly as
-- json_extract gives it (text, integer or NULL): no affinity turns a code into text.

CREATE TABLE prioritization_client (
    id TEXT NOT NULL PRIMARY KEY,
    first_name,
    last_name,
    dob
) WITHOUT ROWID;

CREATE TABLE prioritization_enrollment (
    project_id NOT NULL,
    id TEXT NOT NULL,
    personal_id,
    entry_date,
    PRIMARY KEY (project_id, id)
) WITHOUT ROWID;
CREATE INDEX prioritization_enrollment_by_id ON prioritization_enrollment (id);

CREATE TABLE prioritization_exit (
    enrollment_id TEXT NOT NULL,
    id TEXT NOT NULL,
    PRIMARY KEY (enrollment_id, id)
) WITHOUT ROWID;
CREATE INDEX prioritization_exit_by_id ON prioritization_exit (id);

-- Keyed in the order the list ranks a stay's assessments (by date, a missing one as ''; then the
-- later saved; then the greater id), so the latest is the last of its enrollment's rows.
CREATE TABLE prioritization_assessment (
    enrollment_id TEXT NOT NULL,
    assessment_date NOT NULL,
    date_created NOT NULL,
    id TEXT NOT NULL,
    assessment_type,
    assessment_level,
    prioritization_status,
    PRIMARY KEY (enrollment_id, assessment_date, date_created, id)
) WITHOUT ROWID;
CREATE INDEX prioritization_assessment_by_id ON prioritization_assessment (id);

CREATE TABLE prioritization_event (
    enrollment_id TEXT NOT NULL,
    id TEXT NOT NULL,
    event,
    referral_result,
    PRIMARY KEY (enrollment_id, id)
) WITHOUT ROWID;
CREATE INDEX prioritization_event_by_id ON prioritization_event (id);

-- When a record was made is set once by its writer and never changed by one; should anything
-- else change it, an assessment's copy (the only one holding it) follows. An UPDATE that does not
-- set date_created (every writer's) does not see this trigger at all, so costs nothing more.
CREATE TRIGGER prioritization_assessment_created AFTER UPDATE OF date_created ON record
WHEN NEW.kind = 'assessment'
BEGIN
    UPDATE prioritization_assessment SET date_created = NEW.date_created WHERE id = NEW.id;
END;

-- A vault made before this step gets its copy now, from the live records it already holds.
INSERT INTO prioritization_client
SELECT id, json_extract(body, '$.first_name'), json_extract(body, '$.last_name'), json_extract(body, '$.dob')
FROM record WHERE kind = 'client' AND date_deleted IS NULL;
INSERT INTO prioritization_enrollment
SELECT coalesce(json_extract(body, '$.project_id'), ''), id, personal_id, json_extract(body, '$.entry_date')
FROM record WHERE kind = 'enrollment' AND date_deleted IS NULL;
INSERT INTO prioritization_exit
SELECT coalesce(enrollment_id, ''), id
FROM record WHERE kind = 'exit' AND date_deleted IS NULL;
INSERT INTO prioritization_assessment
SELECT coalesce(enrollment_id, ''), coalesce(json_extract(body, '$.assessment_date'), ''), date_created, id,
       json_extract(body, '$.assessment_type'), json_extract(body, '$.assessment_level'),
       json_extract(body, '$.prioritization_status')
FROM record WHERE kind = 'assessment' AND date_deleted IS NULL;
INSERT INTO prioritization_event
SELECT coalesce(enrollment_id, ''), id, json_extract(body, '$.event'), json_extract(body, '$.referral_result')
FROM record WHERE kind = 'event' AND date_deleted IS NULL;
