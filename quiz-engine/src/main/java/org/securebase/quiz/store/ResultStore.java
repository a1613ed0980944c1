package org.securebase.quiz.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.securebase.model.Checks;
import org.securebase.model.question.QuestionRef;

/**
 * The result store: trainees, frozen quizzes, attempts with their responses and marks,
 * rescoring audit records and issued certificates, in one SQLite file or in one database on a
 * PostgreSQL server ({@link StoreLocation}); both behave alike, down to the messages' advice.
 *
 * <p>Every change is one transaction that takes the write lock at its start: after a crash
 * at any point a change is whole or absent, never half. Several processes may write the same
 * file at once (a workshop submitting together); a writer waits for the others and retries,
 * so nothing is lost and nobody fails on a locked database (on PostgreSQL, the same holds
 * for several processes on several machines). Bad input is refused with a
 * {@link StoreException} and changes nothing. One instance holds one connection; its methods
 * are safe to call from several threads, one at a time. While an {@link AttemptCursor} is open
 * it holds that connection, and every other call is refused until it is closed.
 *
 * @since 0.1
 */
public final class ResultStore implements AutoCloseable {
    /** The largest store every open reads whole to find damaged pages: 64 MiB, one linear read. */
    static final long QUICK_CHECK_LIMIT = 64L << 20;

    private final StoreLocation location;
    private final Path file;
    private final Connections connections;
    private final Dialect dialect;
    private final Transactions tx;
    private final Probe probe;
    private final int schemaVersion;
    private boolean closed;
    private AttemptCursor cursor;

    private ResultStore(StoreLocation location, Connections connections, Dialect dialect, Probe probe) {
        this.location = location;
        this.file = location instanceof StoreLocation.Embedded e ? e.file() : null;
        this.connections = connections;
        this.dialect = dialect;
        this.tx = new Transactions(connections, dialect, location.describe());
        this.probe = probe;
        if (file != null) {
            tx.outside("switch the store to write-ahead logging", c -> {
                Sqlite.useWriteAheadLog(c);
                return null;
            });
        }
        this.schemaVersion = Migrations.migrate(tx, dialect, location.describe());
    }

    /**
     * Opens the store file, creating it (owner-only permissions) and its tables when absent and
     * upgrading older tables.
     *
     * @param file the store file
     * @return the open store
     * @throws StoreException if the file is not a result store, is newer than this code, or cannot be opened
     */
    public static ResultStore open(Path file) {
        return open(file, Probe.NONE);
    }

    static ResultStore open(Path file, Probe probe) {
        return open(new StoreLocation.Embedded(file), System.getenv(), probe);
    }

    /**
     * Opens the store where {@code --db} names it: an SQLite file as {@link #open(Path)} does, or
     * a database on a PostgreSQL server, creating its tables when absent and upgrading older
     * ones. The password comes from {@code PGPASSWORD} or the pgpass file, as libpq finds it.
     *
     * @param location the file or server
     * @param environment the environment ({@code PGPASSWORD}, {@code PGPASSFILE}, {@code HOME})
     * @return the open store
     * @throws StoreException if the database is not a result store, is newer than this code, or cannot be reached
     * @since 0.4
     */
    public static ResultStore open(StoreLocation location, Map<String, String> environment) {
        return open(location, environment, Probe.NONE);
    }

    static ResultStore open(StoreLocation location, Map<String, String> environment, Probe probe) {
        Connections connections;
        Dialect dialect;
        if (location instanceof StoreLocation.Server server) {
            dialect = new PostgresDialect(server);
            connections = ServerPool.open(server, environment, dialect);
        } else {
            Path absolute = ((StoreLocation.Embedded) location).file();
            dialect = new SqliteDialect(absolute);
            connections = Connections.single(Sqlite.open(absolute));
        }
        try {
            ResultStore store = new ResultStore(location, connections, dialect, probe);
            store.requireSoundPages();
            return store;
        } catch (RuntimeException e) {
            closeQuietly(connections);
            throw e;
        }
    }

    /**
     * @return the store file
     * @throws StoreException for a store on a server, which has no file
     */
    public Path file() {
        if (file == null) {
            throw StoreException.refused("the result store " + location.describe() + " is on a PostgreSQL server, not in a file");
        }
        return file;
    }

    /**
     * @return where the store lives: its file or its server
     * @since 0.4
     */
    public StoreLocation location() {
        return location;
    }

    /** @return the schema version the store is at */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** @return the newest schema version this code knows */
    public static int latestSchemaVersion() {
        return Migrations.latest();
    }

    // ---- trainees

    /**
     * Adds a trainee, or replaces the details of the trainee with the same id.
     *
     * @param trainee the trainee
     */
    public synchronized void saveTrainee(RegisteredTrainee trainee) {
        open();
        tx.write("save trainee " + trainee.id(), c -> {
            Trainees.upsert(c, trainee);
            return null;
        });
    }

    /**
     * @param id a trainee id
     * @return the trainee, or empty when unknown
     */
    public synchronized Optional<RegisteredTrainee> trainee(String id) {
        open();
        return tx.read("look up trainee " + id, c -> Trainees.find(c, id));
    }

    /** @return every trainee, by id */
    public synchronized List<RegisteredTrainee> trainees() {
        open();
        return tx.read("list trainees", Trainees::all);
    }

    // ---- quizzes

    /**
     * Saves a frozen quiz. Saving the same quiz again changes nothing; saving a different quiz
     * under a stored id (another library fingerprint, seed or content) is refused.
     *
     * @param quiz the quiz
     * @throws StoreException if another quiz is stored under its id
     */
    public synchronized void saveQuiz(FrozenQuiz quiz) {
        open();
        tx.write("save quiz " + quiz.id(), c -> {
            Optional<FrozenQuiz> stored = Quizzes.find(c, quiz.id());
            if (stored.isEmpty()) {
                Quizzes.insert(c, quiz, Instant.now());
            } else if (!stored.get().libraryFingerprint().equals(quiz.libraryFingerprint())) {
                throw StoreException.refused("quiz " + quiz.id() + " is already stored, drawn from library "
                        + stored.get().libraryFingerprint() + ", not " + quiz.libraryFingerprint()
                        + "; a changed library makes a new quiz: give it a new id");
            } else if (!stored.get().equals(quiz)) {
                throw StoreException.refused("quiz " + quiz.id() + " is already stored with other content"
                        + " (blueprint, seed or questions differ); give the new quiz a new id");
            }
            return null;
        });
    }

    /**
     * @param id a quiz id
     * @return the frozen quiz, or empty when unknown
     */
    public synchronized Optional<FrozenQuiz> quiz(String id) {
        open();
        return tx.read("look up quiz " + id, c -> Quizzes.find(c, id));
    }

    /**
     * @return every stored quiz, oldest first
     */
    public synchronized List<FrozenQuiz> quizzes() {
        open();
        return tx.read("list quizzes", Quizzes::all);
    }

    // ---- attempts

    /**
     * @param quizId a quiz id
     * @param traineeId a trainee id
     * @return how many attempts, open or submitted, the trainee has made at the quiz
     * @since 0.3
     */
    public synchronized int attemptCount(String quizId, String traineeId) {
        open();
        return tx.read("count the attempts of " + traineeId + " at " + quizId, c -> Attempts.count(c, quizId, traineeId));
    }

    /**
     * Reads one trainee's submitted attempts at a quiz with their responses, by attempt number:
     * what scoring one trainee's next attempt needs, at a cost that grows with that trainee's
     * attempts, not with the quiz's.
     *
     * @param quizId a quiz id
     * @param traineeId a trainee id
     * @return the trainee's submitted attempts at the quiz, by attempt number
     * @since 0.3
     */
    public synchronized List<MarkedAttempt> submittedAttemptsOf(String quizId, String traineeId) {
        open();
        return tx.read("read the submitted attempts of " + traineeId + " at " + quizId, c -> {
            List<MarkedAttempt> out = new ArrayList<>();
            try (PreparedStatement p = Attempts.submittedWithResponses(c, quizId, traineeId)) {
                AttemptRows rows = new AttemptRows(p.executeQuery());
                while (rows.hasNext()) {
                    out.add((MarkedAttempt) rows.next());
                }
            }
            return out;
        });
    }

    /**
     * Starts an attempt; its number (1 for the trainee's first at this quiz) is assigned inside
     * the transaction, so concurrent starts never share a number.
     *
     * @param quizId a stored quiz
     * @param traineeId a stored trainee
     * @param variantCode the variant the trainee sees
     * @param source where the attempt comes from
     * @param startedAt when it starts
     * @return the open attempt
     * @throws StoreException if the quiz or trainee is unknown, or the trainee has an open attempt at the quiz
     */
    public synchronized OpenAttempt startAttempt(String quizId, String traineeId, String variantCode,
            AttemptSource source, Instant startedAt) {
        return startAttempt(quizId, traineeId, variantCode, source, startedAt, Integer.MAX_VALUE);
    }

    /**
     * Starts an attempt as {@link #startAttempt(String, String, String, AttemptSource, Instant)}
     * does, refusing it inside the same transaction when the trainee has made {@code maxAttempts}
     * attempts at the quiz already, so concurrent starts cannot exceed the limit.
     *
     * @param quizId a stored quiz
     * @param traineeId a stored trainee
     * @param variantCode the variant the trainee sees
     * @param source where the attempt comes from
     * @param startedAt when it starts
     * @param maxAttempts the quiz's attempt limit
     * @return the open attempt
     * @throws AttemptLimitReached when every allowed attempt is used
     * @throws StoreException if the quiz or trainee is unknown, or the trainee has an open attempt at the quiz
     * @since 0.3
     */
    public synchronized OpenAttempt startAttempt(String quizId, String traineeId, String variantCode,
            AttemptSource source, Instant startedAt, int maxAttempts) {
        open();
        AttemptChecks.header(quizId, traineeId, 1, variantCode, source);
        Instant started = Values.time(startedAt, "start of an attempt");
        String what = "start an attempt of trainee " + traineeId + " at quiz " + quizId;
        return tx.write(what, c -> {
            Quizzes.require(c, quizId, what);
            Trainees.require(c, traineeId, what);
            Optional<Attempts.Row> open = Attempts.openOf(c, traineeId, quizId);
            if (open.isPresent()) {
                throw StoreException.refused("trainee " + traineeId + " already has open " + open.get().describe()
                        + ", started " + open.get().startedAt() + "; resume or submit it first");
            }
            Attempts.requireAttemptLeft(c, quizId, traineeId, maxAttempts);
            Attempts.Row row = new Attempts.Row(Attempts.nextId(c), quizId, traineeId,
                    Attempts.nextNumber(c, quizId, traineeId), variantCode, source, started, null, null,
                    false, 0);
            Attempts.insert(c, row);
            return new OpenAttempt(row.id(), quizId, traineeId, row.number(), variantCode, source, row.startedAt(),
                    List.of());
        });
    }

    /**
     * Records a response of an open attempt, replacing an earlier answer to the same question.
     *
     * @param attemptId an open attempt
     * @param response the response
     * @throws StoreException if the attempt is unknown or submitted
     */
    public synchronized void recordResponse(long attemptId, StoredResponse response) {
        open();
        Checks.present(response, "response to record in attempt " + attemptId);
        String what = "record the response to " + response.question() + " in attempt " + attemptId;
        tx.write(what, c -> {
            Attempts.Row row = Attempts.require(c, attemptId, what);
            if (!row.open()) {
                throw StoreException.refused(row.describe() + " was submitted at " + row.submittedAt()
                        + "; its responses can no longer change");
            }
            ResponseTable.upsert(c, attemptId, response);
            return null;
        });
    }

    /**
     * Grants an open attempt more time: the grant is recorded (who, when, how many minutes) and
     * added to the attempt's extra minutes in one transaction, so every later read of the attempt,
     * in this process or another, runs its time limit to the new deadline.
     *
     * @param attemptId an open attempt
     * @param minutes the minutes to add, at least 1
     * @param grantedBy who grants them
     * @param at when
     * @return the grant as recorded, with its number among the attempt's grants
     * @throws StoreException (refused) if the attempt is unknown or submitted
     * @since 0.4
     */
    public synchronized StoredExtension extendAttempt(long attemptId, int minutes, String grantedBy, Instant at) {
        open();
        String what = "extend the time of attempt " + attemptId;
        StoredExtension checked = new StoredExtension(attemptId, 1, minutes, grantedBy, at);
        return tx.write(what, c -> {
            Attempts.Row row = Attempts.require(c, attemptId, what);
            if (!row.open() || !Attempts.extend(c, attemptId, checked.minutes())) {
                throw StoreException.refused(row.describe() + " was submitted at " + row.submittedAt()
                        + "; its time can no longer change");
            }
            StoredExtension grant = new StoredExtension(attemptId, TimeExtensions.nextNumber(c, attemptId),
                    checked.minutes(), checked.grantedBy(), checked.grantedAt());
            TimeExtensions.insert(c, grant);
            return grant;
        });
    }

    /**
     * @param attemptId an attempt
     * @return the time extensions granted to it, first to last
     * @since 0.4
     */
    public synchronized List<StoredExtension> timeExtensions(long attemptId) {
        open();
        return tx.read("read the time extensions of attempt " + attemptId, c -> TimeExtensions.of(c, attemptId));
    }

    /**
     * Finds the trainee's open attempt at the quiz, to resume after an interruption.
     *
     * @param traineeId the trainee
     * @param quizId the quiz
     * @return the open attempt with its responses so far, or empty
     */
    public synchronized Optional<OpenAttempt> openAttempt(String traineeId, String quizId) {
        open();
        return tx.read("find the open attempt of " + traineeId + " at " + quizId, c -> {
            Optional<Attempts.Row> row = Attempts.openOf(c, traineeId, quizId);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of((OpenAttempt) assemble(row.get(), ResponseTable.of(c, row.get().id())));
        });
    }

    /**
     * Submits an open attempt with a mark for every recorded response and its score, in one
     * transaction: afterwards the attempt is submitted and wholly marked, or unchanged.
     *
     * @param attemptId an open attempt
     * @param submission the time, marks and score
     * @return the submitted attempt
     * @throws StoreException if the attempt is unknown or submitted, or the marks do not match its responses
     */
    public synchronized MarkedAttempt submit(long attemptId, Submission submission) {
        open();
        String what = "submit attempt " + attemptId;
        return tx.write(what, c -> {
            Attempts.Row row = Attempts.require(c, attemptId, what);
            if (!row.open()) {
                throw StoreException.refused(row.describe() + " was already submitted at " + row.submittedAt()
                        + "; nothing was changed");
            }
            if (submission.submittedAt().isBefore(row.startedAt())) {
                throw StoreException.refused("cannot submit " + row.describe() + " at " + submission.submittedAt()
                        + ", before it started at " + row.startedAt() + "; nothing was changed");
            }
            Set<QuestionRef> answered = ResponseTable.byQuestion(ResponseTable.of(c, attemptId)).keySet();
            requireSameQuestions(row, answered, submission.marks().keySet());
            ResponseTable.setMarks(c, attemptId, submission.marks(), probe);
            Attempts.submit(c, attemptId, submission.submittedAt(), submission.score(), submission.counted());
            return (MarkedAttempt) assemble(Attempts.require(c, attemptId, what), ResponseTable.of(c, attemptId));
        });
    }

    /**
     * Records a whole submitted attempt (responses, marks, score) in one transaction; it gets the
     * trainee's next attempt number.
     *
     * @param attempt the attempt
     * @return the stored attempt with its id and number
     * @throws StoreException if the quiz or trainee is unknown
     */
    public synchronized MarkedAttempt recordAttempt(CompletedAttempt attempt) {
        open();
        return tx.write("record an attempt of trainee " + attempt.traineeId() + " at quiz " + attempt.quizId(),
                c -> insertCompleted(c, attempt, ""));
    }

    /**
     * Records many whole attempts all-or-nothing: every attempt is stored, or none is (an import
     * with one bad row leaves the store as it was).
     *
     * @param attempts the attempts, in order
     * @return the stored attempts, in the same order
     * @throws StoreException naming the first bad row (from 1)
     */
    public synchronized List<MarkedAttempt> recordAttempts(List<CompletedAttempt> attempts) {
        open();
        List<CompletedAttempt> batch = List.copyOf(attempts);
        return tx.write("record " + batch.size() + " attempts", c -> {
            List<MarkedAttempt> out = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                out.add(insertCompleted(c, batch.get(i), "row " + (i + 1) + " of " + batch.size() + ": "));
            }
            return out;
        });
    }

    /**
     * Saves trainees (added, or their details replaced) and records many whole attempts, all in
     * one transaction: an import that registers its trainees either stores everything or leaves
     * the store as it was, trainees included.
     *
     * @param trainees the trainees to save first
     * @param attempts the attempts, in order
     * @return the stored attempts, in the same order
     * @throws StoreException naming the first bad row (from 1)
     * @since 0.1
     */
    public synchronized List<MarkedAttempt> recordAttempts(List<RegisteredTrainee> trainees, List<CompletedAttempt> attempts) {
        return recordAttempts(trainees, attempts, Integer.MAX_VALUE);
    }

    /**
     * Saves trainees and records many whole attempts in one transaction, as
     * {@link #recordAttempts(List, List)} does, refusing the whole batch inside that transaction
     * when an attempt would exceed its trainee's {@code maxAttempts} at its quiz: two imports at
     * once cannot both record a trainee's last allowed attempt.
     *
     * @param trainees the trainees to save first
     * @param attempts the attempts, in order
     * @param maxAttempts the attempt limit of the attempts' quizzes
     * @return the stored attempts, in the same order
     * @throws AttemptLimitReached naming the first trainee with no attempt left; nothing was changed
     * @throws StoreException naming the first bad row (from 1)
     * @since 0.3
     */
    public synchronized List<MarkedAttempt> recordAttempts(List<RegisteredTrainee> trainees, List<CompletedAttempt> attempts,
            int maxAttempts) {
        open();
        List<RegisteredTrainee> people = List.copyOf(trainees);
        List<CompletedAttempt> batch = List.copyOf(attempts);
        return tx.write("save " + people.size() + " trainees and record " + batch.size() + " attempts", c -> {
            for (RegisteredTrainee t : people) {
                Trainees.upsert(c, t);
            }
            List<MarkedAttempt> out = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                CompletedAttempt a = batch.get(i);
                Attempts.requireAttemptLeft(c, a.quizId(), a.traineeId(), maxAttempts);
                out.add(insertCompleted(c, a, "row " + (i + 1) + " of " + batch.size() + ": "));
            }
            return out;
        });
    }

    /**
     * Runs {@code work} in one write transaction that records attempts one at a time through a
     * {@link Recording}: everything it records is stored, or nothing is (a failure, a refusal or
     * an exception from {@code work} rolls it all back). When another writer holds the store,
     * {@code work} may be run again from its start, so it must build its state afresh each run.
     *
     * @param what what the work does, for messages
     * @param work the work
     * @param <T> what it returns
     * @return what {@code work} returned, after the commit
     * @throws AttemptLimitReached when an attempt would exceed its trainee's limit; nothing was changed
     * @since 0.3
     */
    public synchronized <T> T recording(String what, java.util.function.Function<Recording, T> work) {
        open();
        return tx.write(what, c -> {
            int[] recorded = {0};
            Recording r = new Recording() {
                @Override
                public void saveTrainee(RegisteredTrainee trainee) {
                    sql("save trainee " + trainee.id(), () -> {
                        Trainees.upsert(c, trainee);
                        return null;
                    });
                }

                @Override
                public int attemptCount(String quizId, String traineeId) {
                    return sql("count the attempts of " + traineeId, () -> Attempts.count(c, quizId, traineeId));
                }

                @Override
                public List<MarkedAttempt> submittedAttemptsOf(String quizId, String traineeId) {
                    return sql("read the submitted attempts of " + traineeId, () -> {
                        List<MarkedAttempt> out = new ArrayList<>();
                        try (PreparedStatement p = Attempts.submittedWithResponses(c, quizId, traineeId)) {
                            AttemptRows rows = new AttemptRows(p.executeQuery());
                            while (rows.hasNext()) {
                                out.add((MarkedAttempt) rows.next());
                            }
                        }
                        return out;
                    });
                }

                @Override
                public MarkedAttempt record(CompletedAttempt attempt, int maxAttempts) {
                    int n = ++recorded[0];
                    return sql("record attempt " + n, () -> {
                        Attempts.requireAttemptLeft(c, attempt.quizId(), attempt.traineeId(), maxAttempts);
                        return insertCompleted(c, attempt, "attempt " + n + ": ");
                    });
                }
            };
            return work.apply(r);
        });
    }

    /** A statement inside a {@link #recording} transaction; SQLite's failure explained as the store's. */
    private <T> T sql(String what, SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw Sqlite.explain(file, what, e);
        }
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /**
     * @param attemptId an attempt id
     * @return the attempt with its responses, open or submitted, or empty when unknown
     */
    public synchronized Optional<StoredAttempt> attempt(long attemptId) {
        open();
        return tx.read("look up attempt " + attemptId, c -> {
            Optional<Attempts.Row> row = Attempts.find(c, attemptId);
            return row.isEmpty() ? Optional.<StoredAttempt>empty()
                    : Optional.of(assemble(row.get(), ResponseTable.of(c, attemptId)));
        });
    }

    /**
     * @param quizId a quiz id
     * @return every attempt at the quiz with its responses, by trainee id and attempt number
     */
    public synchronized List<StoredAttempt> attemptsOf(String quizId) {
        List<StoredAttempt> out = new ArrayList<>();
        forEachAttemptOf(quizId, out::add);
        return out;
    }

    /**
     * Hands every attempt at the quiz with its responses to {@code each}, one at a time, by
     * trainee id and attempt number (the order of {@link #attemptsOf}), holding only the one
     * handed out. {@code each} must not call this store: it refuses every call while the
     * attempts are being read.
     *
     * @param quizId a quiz id
     * @param each what to do with each attempt
     * @since 0.2
     */
    public void forEachAttemptOf(String quizId, Consumer<? super StoredAttempt> each) {
        try (AttemptCursor attempts = attemptCursor(quizId)) {
            while (attempts.hasNext()) {
                each.accept(attempts.next());
            }
        }
    }

    /**
     * Opens a cursor over the attempts at the quiz with their responses, by trainee id and
     * attempt number, read one at a time on one consistent snapshot. Until it is closed (it
     * closes itself after the last attempt) the store refuses every other call, from any thread.
     *
     * @param quizId a quiz id
     * @return the open cursor; close it
     * @since 0.2
     */
    public synchronized AttemptCursor attemptCursor(String quizId) {
        open();
        cursor = tx.beginRead("read the attempts at quiz " + quizId, c -> {
            PreparedStatement statement = Attempts.withResponses(c, quizId);
            try {
                return new AttemptCursor(this, quizId, statement);
            } catch (SQLException | RuntimeException e) {
                try {
                    statement.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        });
        return cursor;
    }

    /** Called by the open cursor when it closes: ends its read transaction. */
    synchronized void cursorClosed(AttemptCursor closing) {
        if (cursor == closing) {
            cursor = null;
            if (!closed) {
                tx.endRead("finish reading the attempts");
            }
        }
    }

    // ---- rescoring

    /**
     * Applies a rescore in one transaction: its audit record (with each attempt's old and new
     * score) and every changed mark and score, or nothing.
     *
     * @param rescore the rescore
     * @return the audit record as stored
     * @throws StoreException if the quiz is unknown, an attempt is unknown, open or of another quiz,
     *     or a mark names a question the attempt has no response to
     */
    public synchronized RescoreRecord rescore(Rescore rescore) {
        open();
        String what = "rescore " + rescore.question() + " in quiz " + rescore.quizId();
        return tx.write(what, c -> {
            Quizzes.require(c, rescore.quizId(), what);
            List<StoredScoreChange> changes = new ArrayList<>();
            for (AttemptRescore a : rescore.attempts()) {
                Attempts.Row row = Attempts.require(c, a.attemptId(), what);
                if (row.open() || !row.quizId().equals(rescore.quizId())) {
                    throw StoreException.refused("cannot " + what + ": " + row.describe()
                            + (row.open() ? " is not submitted" : " is not an attempt at that quiz")
                            + "; nothing was changed");
                }
                Set<QuestionRef> answered = ResponseTable.byQuestion(ResponseTable.of(c, a.attemptId())).keySet();
                for (QuestionRef q : a.marks().keySet()) {
                    if (!answered.contains(q)) {
                        throw StoreException.refused("cannot " + what + ": " + row.describe()
                                + " has no response to " + q + "; nothing was changed");
                    }
                }
                ResponseTable.setMarks(c, a.attemptId(), a.marks(), Probe.NONE);
                Attempts.rescore(c, a.attemptId(), a.score());
                changes.add(new StoredScoreChange(a.attemptId(), row.score(), a.score()));
            }
            RescoreRecord record = new RescoreRecord(Rescores.nextId(c), rescore.quizId(), rescore.question(),
                    rescore.kind(), rescore.oldKey(), rescore.newKey(), rescore.reason(), rescore.appliedAt(), changes);
            Rescores.insert(c, record);
            return record;
        });
    }

    /**
     * @param quizId a quiz id
     * @return the audit records of the rescores applied to the quiz, oldest first
     */
    public synchronized List<RescoreRecord> rescoresOf(String quizId) {
        open();
        return tx.read("list the rescores of quiz " + quizId, c -> Rescores.ofQuiz(c, quizId));
    }

    // ---- ratings of open answers

    /**
     * Puts a grader's rating of an open answer in force, replacing an earlier rating of the same
     * answer and role, and appends it to the rating audit ({@code rated} or {@code changed}).
     *
     * @param rating the rating
     * @throws StoreException if the attempt is unknown or open, or has no response to the question
     * @since 0.3
     */
    public synchronized void saveRating(StoredRating rating) {
        saveRatings(List.of(rating), false);
    }

    /**
     * Puts several ratings in force at once, all or none, each audited ({@code imported} when
     * they come from a grading sheet, else {@code rated} or {@code changed}).
     *
     * @param ratings the ratings
     * @param imported whether they come from an imported grading sheet
     * @throws StoreException as {@link #saveRating(StoredRating)} does, for the first that does not fit; nothing is saved then
     * @since 0.3
     */
    public synchronized void saveRatings(List<StoredRating> ratings, boolean imported) {
        saveRatings(ratings, imported, List.of());
    }

    /**
     * Puts several ratings in force at once with the marks and scores they settle, all or none:
     * each rating audited as {@link #saveRatings(List, boolean)} does, and each attempt's new marks
     * and score (awaiting grading or final, as the engine decided from the ratings now in force)
     * stored in the same transaction. The rating audit is the record of the change: the score
     * follows from the ratings under the resolution policy.
     *
     * @param ratings the ratings
     * @param imported whether they come from an imported grading sheet
     * @param settled the new marks and score of every attempt whose marks or score the ratings change
     * @throws StoreException as {@link #saveRating(StoredRating)} does, or when a settled attempt is
     *     unknown, open or has no response to a mark's question; nothing is saved then
     * @since 0.3
     */
    public synchronized void saveRatings(List<StoredRating> ratings, boolean imported, List<AttemptRescore> settled) {
        open();
        List<AttemptRescore> scores = List.copyOf(settled);
        tx.write("save " + ratings.size() + " rating(s)", c -> {
            for (StoredRating r : ratings) {
                String what = "save the " + r.role() + " rating of " + r.question() + " in attempt " + r.attemptId();
                Attempts.Row row = Attempts.require(c, r.attemptId(), what);
                if (row.open()) {
                    throw StoreException.refused("cannot " + what + ": " + row.describe() + " is not submitted;"
                            + " nothing was saved");
                }
                if (!ResponseTable.byQuestion(ResponseTable.of(c, r.attemptId())).containsKey(r.question())) {
                    throw StoreException.refused("cannot " + what + ": " + row.describe() + " has no response to "
                            + r.question() + "; nothing was saved");
                }
                boolean earlier = Ratings.find(c, r.attemptId(), r.question(), r.role()).isPresent();
                Ratings.save(c, r, imported ? "imported" : earlier ? "changed" : "rated");
            }
            for (AttemptRescore a : scores) {
                String what = "store the graded score of attempt " + a.attemptId();
                Attempts.Row row = Attempts.require(c, a.attemptId(), what);
                if (row.open()) {
                    throw StoreException.refused("cannot " + what + ": " + row.describe() + " is not submitted;"
                            + " nothing was saved");
                }
                Set<QuestionRef> answered = ResponseTable.byQuestion(ResponseTable.of(c, a.attemptId())).keySet();
                for (QuestionRef q : a.marks().keySet()) {
                    if (!answered.contains(q)) {
                        throw StoreException.refused("cannot " + what + ": " + row.describe() + " has no response to "
                                + q + "; nothing was saved");
                    }
                }
                ResponseTable.setMarks(c, a.attemptId(), a.marks(), Probe.NONE);
                Attempts.rescore(c, a.attemptId(), a.score());
            }
            return null;
        });
    }

    /**
     * @param quizId a quiz id
     * @return the ratings in force for the quiz's attempts, by attempt, question and role
     * @since 0.3
     */
    public synchronized List<StoredRating> ratingsOf(String quizId) {
        open();
        return tx.read("list the ratings of quiz " + quizId, c -> Ratings.ofQuiz(c, quizId));
    }

    /**
     * @param quizId a quiz id
     * @return every rating ever given for the quiz's attempts, oldest first
     * @since 0.3
     */
    public synchronized List<RatingAuditRow> ratingAuditOf(String quizId) {
        open();
        return tx.read("list the rating audit of quiz " + quizId, c -> Ratings.auditOfQuiz(c, quizId));
    }

    // ---- certificates

    /**
     * Records an issued certificate for a submitted attempt of its trainee at its quiz.
     *
     * @param certificate the certificate
     * @throws StoreException if its number or lookup code is taken, or its trainee, quiz or attempt do not fit
     */
    public synchronized void recordCertificate(StandingCertificate certificate) {
        open();
        String what = "record certificate " + certificate.number();
        tx.write(what, c -> {
            if (CertificateTable.byNumber(c, certificate.number()).isPresent()) {
                throw StoreException.refused("certificate number " + certificate.number()
                        + " is already issued; use a new number; nothing was changed");
            }
            if (CertificateTable.byCode(c, certificate.lookupCode()).isPresent()) {
                throw StoreException.refused("lookup code " + certificate.lookupCode() + " of certificate "
                        + certificate.number() + " is already used by another certificate; nothing was changed");
            }
            Trainees.require(c, certificate.traineeId(), what);
            Quizzes.require(c, certificate.quizId(), what);
            Attempts.Row row = Attempts.require(c, certificate.attemptId(), what);
            if (row.open() || !row.traineeId().equals(certificate.traineeId())
                    || !row.quizId().equals(certificate.quizId())) {
                throw StoreException.refused("cannot " + what + ": " + row.describe() + " is not a submitted attempt"
                        + " of trainee " + certificate.traineeId() + " at quiz " + certificate.quizId()
                        + "; nothing was changed");
            }
            CertificateTable.insert(c, certificate);
            return null;
        });
    }

    /**
     * @param number a certificate number
     * @return the certificate, issued or revoked, or empty when unknown
     */
    public synchronized Optional<Certificate> certificate(String number) {
        open();
        return tx.read("look up certificate " + number, c -> CertificateTable.byNumber(c, number));
    }

    /**
     * @param lookupCode a certificate's short lookup code
     * @return the certificate, issued or revoked, or empty when unknown
     */
    public synchronized Optional<Certificate> certificateByCode(String lookupCode) {
        open();
        return tx.read("look up certificate code " + lookupCode, c -> CertificateTable.byCode(c, lookupCode));
    }

    /**
     * @param courseId a course id
     * @return every certificate issued for the course, revoked ones included, by number
     */
    public synchronized List<Certificate> certificatesOf(String courseId) {
        open();
        return tx.read("list certificates of course " + courseId, c -> CertificateTable.where(c, "course_id", courseId));
    }

    /**
     * @param quizId a quiz id
     * @return every certificate issued on the results of the quiz, revoked ones included, by number
     */
    public synchronized List<Certificate> certificatesOfQuiz(String quizId) {
        open();
        return tx.read("list certificates of quiz " + quizId, c -> CertificateTable.where(c, "quiz_id", quizId));
    }

    /**
     * Revokes an issued certificate.
     *
     * @param number the certificate number
     * @param reason why
     * @param revokedAt when
     * @return the revoked certificate
     * @throws StoreException if the certificate is unknown or already revoked
     */
    public synchronized RevokedCertificate revokeCertificate(String number, String reason, Instant revokedAt) {
        open();
        String what = "revoke certificate " + number;
        return tx.write(what, c -> {
            Optional<Certificate> found = CertificateTable.byNumber(c, number);
            if (found.isEmpty()) {
                throw StoreException.refused("unknown certificate " + number + "; nothing was changed");
            }
            if (found.get() instanceof RevokedCertificate r) {
                throw StoreException.refused("certificate " + number + " was already revoked at " + r.revokedAt()
                        + " (" + r.reason() + "); nothing was changed");
            }
            RevokedCertificate revoked = new RevokedCertificate((StandingCertificate) found.get(), reason, revokedAt);
            CertificateTable.revoke(c, number, revoked.reason(), revoked.revokedAt());
            return revoked;
        });
    }

    // ---- trainees' data rights

    /**
     * Everything the store holds about one trainee, read on one snapshot: what {@code trainee
     * export} writes out.
     *
     * @param traineeId a trainee id
     * @return the trainee's record, or empty when no trainee has that id
     * @since 0.5
     */
    public synchronized Optional<TraineeRecord> traineeRecord(String traineeId) {
        open();
        return tx.read("read everything held about trainee " + traineeId, c -> {
            Optional<RegisteredTrainee> trainee = Trainees.find(c, traineeId);
            if (trainee.isEmpty()) {
                return Optional.<TraineeRecord>empty();
            }
            List<StoredAttempt> attempts = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(Attempts.OF_TRAINEE)) {
                p.setString(1, traineeId);
                AttemptRows rows = new AttemptRows(p.executeQuery());
                while (rows.hasNext()) {
                    attempts.add(rows.next());
                }
            }
            Set<Long> ids = new HashSet<>();
            Set<String> quizzes = new java.util.TreeSet<>();
            for (StoredAttempt a : attempts) {
                ids.add(a.id());
                quizzes.add(a.quizId());
            }
            List<RescoreRecord> rescores = new ArrayList<>();
            List<StoredRating> ratings = new ArrayList<>();
            List<RatingAuditRow> audit = new ArrayList<>();
            for (String quiz : quizzes) {
                for (RescoreRecord r : Rescores.ofQuiz(c, quiz)) {
                    List<StoredScoreChange> theirs = r.changes().stream().filter(ch -> ids.contains(ch.attemptId()))
                            .toList();
                    if (!theirs.isEmpty()) {
                        rescores.add(new RescoreRecord(r.id(), r.quizId(), r.question(), r.kind(), r.oldKey(),
                                r.newKey(), r.reason(), r.appliedAt(), theirs));
                    }
                }
                Ratings.ofQuiz(c, quiz).stream().filter(r -> ids.contains(r.attemptId())).forEach(ratings::add);
                Ratings.auditOfQuiz(c, quiz).stream().filter(r -> ids.contains(r.rating().attemptId()))
                        .forEach(audit::add);
            }
            audit.sort(java.util.Comparator.comparingLong(RatingAuditRow::id));
            return Optional.of(new TraineeRecord(trainee.get(), attempts,
                    CertificateTable.where(c, "trainee_id", traineeId), rescores, ratings, audit));
        });
    }

    /**
     * A new pseudonym for {@link #erase}: {@code erased-} and 16 random hex digits, which no one
     * can derive from the erased id.
     *
     * @return the pseudonym
     * @since 0.5
     */
    public static String newPseudonym() {
        return Erasures.newPseudonym();
    }

    /**
     * Erases a trainee at their request, in one transaction: their name, e-mail, licence and
     * jurisdiction are deleted, the pseudonym replaces their id on every attempt and
     * certificate, each certificate's printed fields and signature are removed (its number,
     * lookup code and revocation stay, so {@code verify} can say it was erased), and an
     * {@link Erasure} row keeps when and why. Responses, marks and scores stay, anonymous, so
     * the item statistics of every quiz are unchanged.
     *
     * <p>A variant drawn for the trainee is named by a code derived from their id, which no
     * longer exists; the caller passes, for every one of the trainee's attempts, the variant code
     * it is to name under the pseudonym (the same code for a printed handout). The store keeps
     * engine values opaque (decision 0033), so it cannot work these out itself.
     *
     * @param traineeId the trainee to erase
     * @param pseudonym the id that replaces theirs, from {@link #newPseudonym()}
     * @param variantCodes the variant code of each of the trainee's attempts under the pseudonym, by attempt id
     * @param reason why (the request this answers)
     * @param at when
     * @return the audit record, with the pseudonym
     * @throws StoreException (refused) for an unknown or already erased trainee, a pseudonym in
     *     use, or variant codes that do not name exactly the trainee's attempts; nothing is changed then
     * @since 0.5
     */
    public synchronized Erasure erase(String traineeId, String pseudonym, Map<Long, String> variantCodes, String reason,
            Instant at) {
        open();
        Values.key(traineeId, "trainee id to erase");
        Values.key(pseudonym, "pseudonym of trainee " + traineeId);
        Checks.present(variantCodes, "variant codes of trainee " + traineeId);
        variantCodes.values().forEach(code -> Values.key(code, "variant code of trainee " + traineeId));
        String why = Values.text(reason, "reason for erasing trainee " + traineeId);
        Instant when = Values.time(at, "time of erasing trainee " + traineeId);
        String what = "erase trainee " + traineeId;
        return tx.write(what, c -> {
            if (Erasures.find(c, traineeId).isPresent()) {
                throw StoreException.refused("trainee " + traineeId + " is the pseudonym of a trainee already erased;"
                        + " nothing was changed");
            }
            if (Trainees.find(c, traineeId).isEmpty()) {
                throw StoreException.refused("unknown trainee '" + traineeId + "' in " + location.describe()
                        + "; nothing was erased");
            }
            if (Trainees.find(c, pseudonym).isPresent()) {
                throw StoreException.refused("the pseudonym " + pseudonym + " is already a trainee's id; nothing was erased");
            }
            Erasures.recode(c, traineeId, variantCodes);
            return Erasures.erase(c, traineeId, pseudonym, why, when);
        });
    }

    /**
     * @param pseudonym the id an erased trainee's attempts and certificates name
     * @return the audit record of that erasure, or empty when the id is no erased trainee's pseudonym
     * @since 0.5
     */
    public synchronized Optional<Erasure> erasure(String pseudonym) {
        open();
        return tx.read("look up the erasure of " + pseudonym, c -> Erasures.find(c, pseudonym));
    }

    /**
     * @param since the cut-off
     * @return the trainees, erased ones left out, with no attempt started or submitted and no
     *     certificate issued since the cut-off (a trainee with none at all included), by id
     * @since 0.5
     */
    public synchronized List<InactiveTrainee> inactiveSince(Instant since) {
        open();
        Instant cutoff = Values.time(since, "retention cut-off");
        return tx.read("list trainees inactive since " + cutoff, c -> Erasures.inactiveSince(c, cutoff));
    }

    // ---- maintenance

    /**
     * Copies the store into a new file while it is in use (other processes may keep writing);
     * the copy is consistent and owner-only, and any SQLite tool opens it.
     *
     * @param target a file that does not exist yet
     * @throws StoreException if the target exists or cannot be written
     */
    public synchronized void backup(Path target) {
        open();
        if (file == null) {
            throw StoreException.refused("the result store " + location.describe() + " is on a PostgreSQL server;"
                    + " back it up with PostgreSQL's pg_dump, which copies it consistently while it is in use");
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw StoreException.refused("backup target " + absolute + " already exists; choose a new file name");
        }
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (Sqlite.posix(absolute)) {
                Files.createFile(absolute,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(absolute);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "cannot create the backup " + absolute + ": "
                    + e.getMessage(), e);
        }
        try {
            tx.outside("back up the store to " + absolute, c -> {
                Sqlite.vacuumInto(c, absolute);
                return null;
            });
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(absolute);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** @return SQLite's verdict on the file: {@code ok}, or the problems found */
    public synchronized IntegrityVerdict integrityCheck() {
        open();
        return new IntegrityVerdict(tx.outside("check the store's integrity", dialect::integrityCheck));
    }

    /**
     * Reads every page of a store small enough to read in a moment ({@link #QUICK_CHECK_LIMIT}), so
     * a damaged page is reported by whatever command opens the store, not only by the command
     * that happens to read that page. Larger stores rely on SQLite's errors and {@code db check}.
     */
    private void requireSoundPages() {
        if (file == null) {
            return;
        }
        long size;
        try {
            size = java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return;
        }
        if (size > QUICK_CHECK_LIMIT) {
            return;
        }
        List<String> lines = tx.outside("check the store's pages", Sqlite::quickCheck);
        if (!lines.equals(List.of("ok"))) {
            throw StoreFile.damaged(file, "SQLite's check of its pages found " + lines.size() + " problem"
                    + (lines.size() == 1 ? "" : "s") + ", the first: " + lines.get(0));
        }
    }

    /**
     * The full check {@code db check} runs: SQLite's integrity check of every page, then the
     * store's row counts against its own bookkeeping, on one snapshot.
     *
     * @return the verdict and what disagrees
     * @throws StoreException when SQLite cannot even read the file to check it, saying it is damaged
     * @since 0.2
     */
    public synchronized StoreHealth health() {
        open();
        IntegrityVerdict integrity = integrityCheck();
        return tx.read("check the store's bookkeeping", c -> new StoreHealth(integrity,
                integrity.isOk() ? Bookkeeping.problems(c, dialect) : List.of(), Bookkeeping.attempts(c)));
    }

    /**
     * Closes the store: SQLite folds the write-ahead log back into the file when the last user
     * closes; a server store closes its pool's connections.
     */
    @Override
    public synchronized void close() {
        if (!closed) {
            if (cursor != null) {
                cursor.close();
            }
            closed = true;
            try {
                connections.close();
            } catch (SQLException e) {
                throw dialect.explain("close the store", e);
            }
        }
    }

    // ---- inside transactions

    private MarkedAttempt insertCompleted(Connection c, CompletedAttempt a, String row) throws SQLException {
        String what = row + "attempt of trainee " + a.traineeId() + " at quiz " + a.quizId();
        try {
            Quizzes.require(c, a.quizId(), what);
            Trainees.require(c, a.traineeId(), what);
        } catch (StoreException e) {
            throw StoreException.refused(row + e.getMessage());
        }
        Attempts.Row header = new Attempts.Row(Attempts.nextId(c), a.quizId(), a.traineeId(),
                Attempts.nextNumber(c, a.quizId(), a.traineeId()), a.variantCode(), a.source(), a.startedAt(),
                a.submittedAt(), a.score(), a.counted(), 0);
        Attempts.insert(c, header);
        ResponseTable.insertMarked(c, header.id(), a.responses(), probe);
        return new MarkedAttempt(header.id(), a.quizId(), a.traineeId(), header.number(), a.variantCode(),
                a.source(), a.startedAt(), a.submittedAt(), a.responses(), a.score(), a.counted());
    }

    private static void requireSameQuestions(Attempts.Row row, Set<QuestionRef> answered, Set<QuestionRef> marked) {
        Set<QuestionRef> unmarked = new HashSet<>(answered);
        unmarked.removeAll(marked);
        if (!unmarked.isEmpty()) {
            throw StoreException.refused("cannot submit " + row.describe() + ": no mark for its responses to "
                    + sorted(unmarked) + "; nothing was changed");
        }
        Set<QuestionRef> unanswered = new HashSet<>(marked);
        unanswered.removeAll(answered);
        if (!unanswered.isEmpty()) {
            throw StoreException.refused("cannot submit " + row.describe() + ": marks given for " + sorted(unanswered)
                    + ", which it has no response to; nothing was changed");
        }
    }

    private static List<QuestionRef> sorted(Set<QuestionRef> refs) {
        return refs.stream().sorted().toList();
    }

    static StoredAttempt assemble(Attempts.Row row, List<ResponseTable.Stored> stored) {
        if (row.open()) {
            return new OpenAttempt(row.id(), row.quizId(), row.traineeId(), row.number(), row.variantCode(),
                    row.source(), row.startedAt(), stored.stream().map(ResponseTable.Stored::response).toList(),
                    row.extraMinutes());
        }
        List<MarkedResponse> marked = new ArrayList<>(stored.size());
        for (ResponseTable.Stored s : stored) {
            if (s.mark() == null) {
                throw new StoreException(StoreException.Kind.INCOMPATIBLE, row.describe() + " is submitted but its"
                        + " response to " + s.response().question() + " has no mark; the store was changed outside"
                        + " SecureBase");
            }
            marked.add(new MarkedResponse(s.response(), s.mark()));
        }
        return new MarkedAttempt(row.id(), row.quizId(), row.traineeId(), row.number(), row.variantCode(),
                row.source(), row.startedAt(), row.submittedAt(), marked, row.score(), row.counted(),
                row.extraMinutes());
    }

    /** The store's transactions, for {@link StoreCopy}, which reads and writes tables whole. */
    Transactions transactions() {
        open();
        return tx;
    }

    /** A clear message for a failure while doing {@code what}, in this database's words. */
    StoreException explain(String what, SQLException e) {
        return dialect.explain(what, e);
    }

    private void open() {
        if (closed) {
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "the result store " + location + " is closed");
        }
        if (cursor != null) {
            throw new StoreException(StoreException.Kind.REFUSED, "the result store " + location + " is reading the"
                    + " attempts at a quiz; close that cursor before using the store again");
        }
    }

    private static void closeQuietly(Connections connections) {
        try {
            connections.close();
        } catch (SQLException ignored) {
            // the open already failed; its failure is the one to report
        }
    }
}
