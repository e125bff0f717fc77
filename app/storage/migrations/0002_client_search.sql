-- Local client search: names in FTS5 for type-ahead, phonetic keys for sound-alike names, and
-- date of birth and SSN fragments for exact lookups. All inside the encrypted database.

CREATE TABLE client_search (
    rowid      INTEGER PRIMARY KEY,
    client_id  TEXT NOT NULL UNIQUE,
    first_name TEXT,
    last_name  TEXT,
    alias      TEXT,
    dob        TEXT,
    ssn_last4  TEXT,
    ssn        TEXT
);
CREATE INDEX client_search_dob ON client_search (dob) WHERE dob IS NOT NULL;
CREATE INDEX client_search_ssn4 ON client_search (ssn_last4) WHERE ssn_last4 IS NOT NULL;

CREATE VIRTUAL TABLE client_name_fts USING fts5(
    names,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TABLE client_name_key (
    key          TEXT NOT NULL,
    client_rowid INTEGER NOT NULL REFERENCES client_search (rowid) ON DELETE CASCADE,
    PRIMARY KEY (key, client_rowid)
) WITHOUT ROWID;
CREATE INDEX client_name_key_by_client ON client_name_key (client_rowid);
