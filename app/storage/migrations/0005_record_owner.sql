-- Whether a record pulled from the server belongs to another agency (a client shared by that
-- agency's release of information). Such a record is read here, never changed: the server
-- refuses another agency's change, so the window does not offer one.

ALTER TABLE record ADD COLUMN other_agency INTEGER NOT NULL DEFAULT 0 CHECK (other_agency IN (0, 1));
