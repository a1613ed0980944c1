-- Version 2: an index for the key in force. Every submission, import and read of a quiz's
-- results replays the quiz's rescore records (the key in force, decision 0040); without this
-- index that read scanned every quiz's records. Attempts are read per trainee on the index of
-- the UNIQUE (quiz_id, trainee_id, number) constraint of version 1.
-- Every statement ends with ';' at the end of a line.

CREATE INDEX rescore_by_quiz ON rescore (quiz_id, id);
