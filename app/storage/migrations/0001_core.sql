-- The core of the vault: device facts, records, the outbox that sync drains, and the audit chain.

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Every HUD record and our own (consent, ...) as the domain serialises it. One table keeps the
-- repository generic across record kinds; the parent links are columns so households and
-- enrollments can be found without reading bodies.
CREATE TABLE record (
    kind           TEXT NOT NULL,
    id             TEXT NOT NULL CHECK (length(id) = 32),
    personal_id    TEXT,
    enrollment_id  TEXT,
    household_id   TEXT,
    body           TEXT NOT NULL CHECK (json_valid(body)),
    version        INTEGER NOT NULL CHECK (version >= 1),
    server_version INTEGER,
    date_created   TEXT NOT NULL,
    date_updated   TEXT NOT NULL,
    date_deleted   TEXT,
    user_id        TEXT NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX record_by_person ON record (personal_id, kind);
CREATE INDEX record_by_enrollment ON record (enrollment_id, kind);
CREATE INDEX record_by_household ON record (household_id) WHERE household_id IS NOT NULL;

-- One row per local change, written in the same transaction as the change. The operation id on
-- the wire is the device id and this sequence number, which AUTOINCREMENT never reuses.
CREATE TABLE outbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    op           TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    base_version INTEGER,
    fields       TEXT NOT NULL CHECK (json_valid(fields)),
    hlc          TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'pending'
                 CHECK (state IN ('pending', 'applied', 'merged', 'conflict', 'rejected')),
    result       TEXT
);
CREATE INDEX outbox_pending ON outbox (state, seq);

-- Append-only and hash-chained; the triggers refuse any change to a written entry.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    kind      TEXT,
    record_id TEXT,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
-- Only the next number may be added: INSERT OR REPLACE cannot overwrite an entry in place.
CREATE TRIGGER audit_log_append_only BEFORE INSERT ON audit_log
WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_log)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
