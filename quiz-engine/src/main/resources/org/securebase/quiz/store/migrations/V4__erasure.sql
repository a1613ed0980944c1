-- Version 4 of the SecureBase result store: the audit record of each trainee erased at their
-- request (trainee erase, retention). An erased trainee keeps a row in trainee under a random
-- pseudonym with no name, e-mail, licence or jurisdiction; their attempts and certificates name
-- the pseudonym, and this row says when and why they were erased. The erased id is kept nowhere.
-- Portable SQL only. Times are UTC text as in version 1.
-- Every statement ends with ';' at the end of a line.

CREATE TABLE erasure (
    pseudonym    VARCHAR(200) NOT NULL PRIMARY KEY REFERENCES trainee (id),
    erased_at    VARCHAR(30) NOT NULL,
    reason       TEXT NOT NULL,
    attempts     INTEGER NOT NULL CHECK (attempts >= 0),
    certificates INTEGER NOT NULL CHECK (certificates >= 0)
);
