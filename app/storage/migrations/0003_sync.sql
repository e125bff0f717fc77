-- Sync state kept in the vault: what the server asks a person to settle, and what they decided.
-- The cursor, tokens and device key are rows of meta.

-- Conflicts and possible duplicates as the server last listed them, so they can be read offline.
CREATE TABLE review_item (
    id        TEXT PRIMARY KEY,
    type      TEXT NOT NULL CHECK (type IN ('conflict', 'duplicate')),
    body      TEXT NOT NULL CHECK (json_valid(body)),
    status    TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'settling', 'settled')),
    seen_at   TEXT NOT NULL
);

-- A person's decision on a review item, queued like any other change until the server has it.
CREATE TABLE review_action (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id    TEXT NOT NULL,
    type       TEXT NOT NULL CHECK (type IN ('conflict', 'duplicate')),
    action     TEXT NOT NULL CHECK (action IN ('resolve', 'merge', 'dismiss')),
    value      TEXT NOT NULL CHECK (json_valid(value)),
    state      TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'rejected')),
    result     TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX review_action_pending ON review_action (state, seq);
