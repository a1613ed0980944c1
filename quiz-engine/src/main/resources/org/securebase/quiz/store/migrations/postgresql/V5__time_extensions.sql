-- Version 5 of the SecureBase result store on PostgreSQL: the column and table of
-- ../V5__time_extensions.sql with a BIGINT attempt id, as in version 1 here (PostgreSQL's
-- INTEGER holds 32 bits). Times are UTC text as in version 1.
-- Every statement ends with ';' at the end of a line.

ALTER TABLE attempt ADD COLUMN extra_minutes INTEGER NOT NULL DEFAULT 0 CHECK (extra_minutes >= 0);

CREATE TABLE time_extension (
    attempt_id BIGINT NOT NULL REFERENCES attempt (id),
    number     INTEGER NOT NULL CHECK (number >= 1),
    minutes    INTEGER NOT NULL CHECK (minutes >= 1),
    granted_by VARCHAR(200) NOT NULL,
    granted_at VARCHAR(30) NOT NULL,
    PRIMARY KEY (attempt_id, number)
);
