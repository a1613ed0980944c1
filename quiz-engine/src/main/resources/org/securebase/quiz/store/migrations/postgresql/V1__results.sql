-- Version 1 of the SecureBase result store on PostgreSQL: the tables of ../V1__results.sql
-- with one difference. SQLite's INTEGER holds 64 bits; PostgreSQL's holds 32, so the ids
-- (which the store hands out as the largest so far plus one) are BIGINT here.
-- Times are UTC text 'yyyy-MM-ddTHH:mm:ss.SSSZ' (sorts in time order); booleans are BOOLEAN.
-- Every statement ends with ';' at the end of a line.

CREATE TABLE trainee (
    id             VARCHAR(200) NOT NULL PRIMARY KEY,
    name           VARCHAR(500) NOT NULL,
    email          VARCHAR(500),
    licence_number VARCHAR(200),
    jurisdiction   VARCHAR(200)
);

CREATE TABLE quiz (
    id                  VARCHAR(200) NOT NULL PRIMARY KEY,
    blueprint_id        VARCHAR(200) NOT NULL,
    blueprint_version   INTEGER NOT NULL CHECK (blueprint_version >= 1),
    seed                BIGINT NOT NULL,
    library_fingerprint VARCHAR(200) NOT NULL,
    content             TEXT NOT NULL,
    saved_at            VARCHAR(30) NOT NULL
);

CREATE TABLE attempt (
    id           BIGINT NOT NULL PRIMARY KEY,
    quiz_id      VARCHAR(200) NOT NULL REFERENCES quiz (id),
    trainee_id   VARCHAR(200) NOT NULL REFERENCES trainee (id),
    number       INTEGER NOT NULL CHECK (number >= 1),
    variant_code VARCHAR(50) NOT NULL,
    source       VARCHAR(20) NOT NULL CHECK (source IN ('terminal', 'import', 'simulated')),
    started_at   VARCHAR(30) NOT NULL,
    submitted_at VARCHAR(30),
    score        DOUBLE PRECISION,
    max_score    DOUBLE PRECISION,
    percent      DOUBLE PRECISION,
    passed       BOOLEAN,
    counted      BOOLEAN,
    UNIQUE (quiz_id, trainee_id, number),
    CHECK ((submitted_at IS NULL AND score IS NULL AND max_score IS NULL AND percent IS NULL
            AND passed IS NULL AND counted IS NULL)
        OR (submitted_at IS NOT NULL AND score IS NOT NULL AND max_score IS NOT NULL
            AND percent IS NOT NULL AND passed IS NOT NULL AND counted IS NOT NULL))
);

CREATE INDEX attempt_by_trainee ON attempt (trainee_id, quiz_id);

CREATE TABLE response (
    attempt_id   BIGINT NOT NULL REFERENCES attempt (id),
    question_ref VARCHAR(401) NOT NULL,
    position     INTEGER NOT NULL CHECK (position >= 1),
    answer       TEXT NOT NULL,
    answered_at  VARCHAR(30) NOT NULL,
    late         BOOLEAN NOT NULL,
    mark         DOUBLE PRECISION,
    PRIMARY KEY (attempt_id, question_ref)
);

CREATE TABLE rescore (
    id           BIGINT NOT NULL PRIMARY KEY,
    applied_at   VARCHAR(30) NOT NULL,
    kind         VARCHAR(10) NOT NULL CHECK (kind IN ('void', 'rekey')),
    quiz_id      VARCHAR(200) NOT NULL REFERENCES quiz (id),
    question_ref VARCHAR(401) NOT NULL,
    old_key      TEXT NOT NULL,
    new_key      TEXT,
    reason       TEXT NOT NULL
);

CREATE TABLE rescore_attempt (
    rescore_id  BIGINT NOT NULL REFERENCES rescore (id),
    attempt_id  BIGINT NOT NULL REFERENCES attempt (id),
    old_score   DOUBLE PRECISION NOT NULL,
    new_score   DOUBLE PRECISION NOT NULL,
    old_max     DOUBLE PRECISION NOT NULL,
    new_max     DOUBLE PRECISION NOT NULL,
    old_percent DOUBLE PRECISION NOT NULL,
    new_percent DOUBLE PRECISION NOT NULL,
    old_passed  BOOLEAN NOT NULL,
    new_passed  BOOLEAN NOT NULL,
    PRIMARY KEY (rescore_id, attempt_id)
);

CREATE TABLE certificate (
    number         VARCHAR(100) NOT NULL PRIMARY KEY,
    lookup_code    VARCHAR(50) NOT NULL UNIQUE,
    trainee_id     VARCHAR(200) NOT NULL REFERENCES trainee (id),
    course_id      VARCHAR(200) NOT NULL,
    quiz_id        VARCHAR(200) NOT NULL REFERENCES quiz (id),
    attempt_id     BIGINT NOT NULL REFERENCES attempt (id),
    issued_at      VARCHAR(30) NOT NULL,
    fields         TEXT NOT NULL,
    signature      TEXT NOT NULL,
    revoked        BOOLEAN NOT NULL,
    revoked_reason TEXT,
    revoked_at     VARCHAR(30),
    CHECK ((revoked = FALSE AND revoked_reason IS NULL AND revoked_at IS NULL)
        OR (revoked = TRUE AND revoked_reason IS NOT NULL AND revoked_at IS NOT NULL))
);
