-- Version 5 of the SecureBase result store: more time for one trainee's attempt, granted by an
-- instructor while it is open (decision 0120, docs/delivery-web.md). Each grant is a row of
-- time_extension (who, when, how many minutes); attempt.extra_minutes is their sum, written in
-- the same transaction, so every read of an attempt knows its deadline without a second query.
-- Portable SQL only. Times are UTC text as in version 1.
-- Every statement ends with ';' at the end of a line.

ALTER TABLE attempt ADD COLUMN extra_minutes INTEGER NOT NULL DEFAULT 0 CHECK (extra_minutes >= 0);

CREATE TABLE time_extension (
    attempt_id INTEGER NOT NULL REFERENCES attempt (id),
    number     INTEGER NOT NULL CHECK (number >= 1),
    minutes    INTEGER NOT NULL CHECK (minutes >= 1),
    granted_by VARCHAR(200) NOT NULL,
    granted_at VARCHAR(30) NOT NULL,
    PRIMARY KEY (attempt_id, number)
);
