-- Version 3 of the SecureBase result store: ratings of open answers by named graders, and an
-- audit row for every rating given, changed or imported (decision 0110, docs/grading.md).
-- Portable SQL only. Times are UTC text as in version 1.
-- Every statement ends with ';' at the end of a line.

CREATE TABLE rating (
    attempt_id   INTEGER NOT NULL REFERENCES attempt (id),
    question_ref VARCHAR(401) NOT NULL,
    role         VARCHAR(10) NOT NULL CHECK (role IN ('first', 'second', 'third')),
    grader       VARCHAR(500) NOT NULL,
    levels       TEXT NOT NULL,
    comment      TEXT,
    rated_at     VARCHAR(30) NOT NULL,
    PRIMARY KEY (attempt_id, question_ref, role)
);

CREATE TABLE rating_audit (
    id           INTEGER NOT NULL PRIMARY KEY,
    attempt_id   INTEGER NOT NULL REFERENCES attempt (id),
    question_ref VARCHAR(401) NOT NULL,
    role         VARCHAR(10) NOT NULL CHECK (role IN ('first', 'second', 'third')),
    grader       VARCHAR(500) NOT NULL,
    action       VARCHAR(10) NOT NULL CHECK (action IN ('rated', 'changed', 'imported')),
    levels       TEXT NOT NULL,
    comment      TEXT,
    at           VARCHAR(30) NOT NULL
);
