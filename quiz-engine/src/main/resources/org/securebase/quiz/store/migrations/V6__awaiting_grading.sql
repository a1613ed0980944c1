-- Version 6 of the SecureBase result store: an attempt whose open answers are not all graded is
-- awaiting grading (decision 0140, docs/grading.md). Its score is provisional and it is neither
-- passed nor failed: awaiting_grading is TRUE and passed, which version 1 requires of every
-- submitted attempt, is FALSE and means nothing until the last open answer is marked. Rescore
-- records keep the state before and after, as they keep the pass.
-- Portable SQL only: a column added with a default fills every existing row, so no table is
-- rebuilt (attempts stored before this version had no open answers and are not awaiting).
-- Every statement ends with ';' at the end of a line.

ALTER TABLE attempt ADD COLUMN awaiting_grading BOOLEAN DEFAULT FALSE NOT NULL
    CHECK (awaiting_grading = FALSE OR passed = FALSE);
ALTER TABLE rescore_attempt ADD COLUMN old_awaiting_grading BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE rescore_attempt ADD COLUMN new_awaiting_grading BOOLEAN DEFAULT FALSE NOT NULL;
