-- Version 3 of the SecureBase result store on PostgreSQL: the tables of ../V3__grading.sql with
-- BIGINT ids, as in version 1 here (PostgreSQL's INTEGER holds 32 bits).
-- Times are UTC text as in version 1.
-- Every statement ends with ';' at the end of a line.

CREATE TABLE rating (
    attempt_id   BIGINT NOT NULL REFERENCES attempt (id),
    question_ref VARCHAR(401) NOT NULL,
    role         VARCHAR(10) NOT NULL CHECK (role IN ('first', 'second', 'third')),
    grader       VARCHAR(500) NOT NULL,
    levels       TEXT NOT NULL,
    comment      TEXT,
    rated_at     VARCHAR(30) NOT NULL,
    PRIMARY KEY (attempt_id, question_ref, role)
);

CREATE TABLE rating_audit (
    id           BIGINT NOT NULL PRIMARY KEY,
    attempt_id   BIGINT NOT NULL REFERENCES attempt (id),
    question_ref VARCHAR(401) NOT NULL,
    role         VARCHAR(10) NOT NULL CHECK (role IN ('first', 'second', 'third')),
    grader       VARCHAR(500) NOT NULL,
    action       VARCHAR(10) NOT NULL CHECK (action IN ('rated', 'changed', 'imported')),
    levels       TEXT NOT NULL,
    comment      TEXT,
    at           VARCHAR(30) NOT NULL
);
