-- Unfinished forms (a household intake half typed, an outreach contact) kept per user inside the
-- encrypted vault, so a closed window, a screen lock or a crash loses nothing typed. A draft is
-- not a record: it never enters the outbox or the audit chain and never syncs.

CREATE TABLE draft (
    username   TEXT NOT NULL,
    kind       TEXT NOT NULL,
    id         TEXT NOT NULL,
    data       TEXT NOT NULL CHECK (json_valid(data)),
    summary    TEXT NOT NULL,
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (username, kind, id)
);
