package org.securebase.quiz.results;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.analysis.AttemptTally;
import org.securebase.quiz.analysis.ItemAnalysis;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.codec.QuizCodec;
import org.securebase.quiz.delivery.AttemptHeader;
import org.securebase.quiz.delivery.InProgressAttempt;
import org.securebase.quiz.delivery.NoAttemptsLeftException;
import org.securebase.quiz.delivery.Response;
import org.securebase.quiz.delivery.Retakes;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.delivery.SubmittedAttempt;
import org.securebase.quiz.json.JsonException;
import org.securebase.quiz.rekey.AuditRecord;
import org.securebase.quiz.rekey.KeyChange;
import org.securebase.quiz.rekey.Rescoring;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.Key;
import org.securebase.quiz.scoring.ScoreReport;
import org.securebase.quiz.store.StoredAttempt;
import org.securebase.quiz.store.AttemptLimitReached;
import org.securebase.quiz.store.AttemptRescore;
import org.securebase.quiz.store.AttemptSource;
import org.securebase.quiz.store.CompletedAttempt;
import org.securebase.quiz.store.FrozenQuiz;
import org.securebase.quiz.store.MarkedResponse;
import org.securebase.quiz.store.OpenAttempt;
import org.securebase.quiz.store.Rescore;
import org.securebase.quiz.store.RescoreKind;
import org.securebase.quiz.store.RescoreRecord;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StoredScore;
import org.securebase.quiz.store.StoreException;
import org.securebase.quiz.store.Submission;
import org.securebase.quiz.store.RegisteredTrainee;
import org.securebase.quiz.variant.Variant;

/**
 * Results of quizzes, kept in a {@link ResultStore}: the one service the command line and the
 * exporters use. It freezes quizzes, registers trainees, runs sittings answer by answer (each
 * answer stored at once), submits and scores them, applies the quiz's attempt policy, analyses
 * items over the attempts that count, and re-keys or voids questions with an audit record.
 *
 * <p><b>The answer key in force</b> is never stored whole: it is the key the authors wrote
 * (frozen with the quiz's content) with every key change of the quiz's audit records applied
 * in order, a void voiding its question and a re-key setting the recorded new key. So the
 * audit trail is the only record of key changes and cannot disagree with the key (see
 * docs/decisions/0040).
 *
 * <p><b>Scores</b> are always computed from the recorded answers under the key in force; the
 * score and marks kept in the store are what that key gave when they were written, and a
 * rescore rewrites them. Whether an attempt counts under the quiz's policy is decided again on
 * every read ({@link #counted}); the store's {@code counted} column keeps the decision made when
 * the attempt was recorded.
 *
 * @since 0.1
 */
public final class Results {
    /** Handout numbers searched for a variant code that is not the trainee's own: 1 to this. */
    public static final int HANDOUTS_SEARCHED = 1000;

    private final ResultStore store;
    private final Clock clock;

    /**
     * @param store the open result store; the caller closes it
     * @param clock the time of answers, submissions and rescores
     */
    public Results(ResultStore store, Clock clock) {
        this.store = Checks.present(store, "result store");
        this.clock = Checks.present(clock, "clock");
    }

    /** @return the store the results are kept in */
    public ResultStore store() {
        return store;
    }

    /** @return the clock the results are timed with */
    public Clock clock() {
        return clock;
    }

    // ---- quizzes

    /**
     * Freezes a quiz into the store (its content in the {@link QuizCodec} text form, which holds
     * the authors' key). Freezing the same quiz again changes nothing.
     *
     * @param quiz the quiz
     * @return the same quiz
     * @throws StoreException if another quiz is stored under its id
     */
    public Quiz freeze(Quiz quiz) {
        store.saveQuiz(new FrozenQuiz(quiz.id(), quiz.blueprintId(), quiz.blueprintVersion(), quiz.seed(),
                quiz.fingerprint(), QuizCodec.write(quiz)));
        return quiz;
    }

    /**
     * @param quizId a quiz id
     * @return the frozen quiz thawed, or empty when the store holds no such quiz
     * @throws StoreException if the stored text cannot be read
     */
    public Optional<Quiz> quiz(String quizId) {
        return store.quiz(quizId).map(Results::thaw);
    }

    /**
     * @param quizId a quiz id
     * @return the frozen quiz thawed
     * @throws StoreException (refused) when the store holds no such quiz
     */
    public Quiz requireQuiz(String quizId) {
        return quiz(quizId).orElseThrow(() -> new StoreException(StoreException.Kind.REFUSED, "unknown quiz '" + quizId
                + "' in the result store " + store.file() + "; build or take the quiz first, or check the id"));
    }

    private static Quiz thaw(FrozenQuiz frozen) {
        try {
            return QuizCodec.read(frozen.content());
        } catch (JsonException e) {
            throw new StoreException(StoreException.Kind.INCOMPATIBLE, "quiz " + frozen.id()
                    + " in the result store cannot be read: " + e.getMessage(), e);
        }
    }

    // ---- trainees

    /**
     * Adds a trainee, or replaces the details of the trainee with the same id.
     *
     * @param trainee the trainee
     */
    public void register(RegisteredTrainee trainee) {
        store.saveTrainee(trainee);
    }

    /**
     * @param traineeId a trainee id
     * @return the trainee, or empty when unknown
     */
    public Optional<RegisteredTrainee> trainee(String traineeId) {
        return store.trainee(traineeId);
    }

    /**
     * @param traineeId a trainee id
     * @return the trainee
     * @throws StoreException (refused) when unknown
     */
    public RegisteredTrainee requireTrainee(String traineeId) {
        return trainee(traineeId).orElseThrow(() -> new StoreException(StoreException.Kind.REFUSED, "unknown trainee '"
                + traineeId + "' in the result store " + store.file() + "; register the trainee first, or check the id"));
    }

    // ---- the key

    /**
     * The answer key in force: the authors' key with every recorded key change applied in order.
     *
     * @param quiz a frozen quiz
     * @return its key now
     */
    public AnswerKey currentKey(Quiz quiz) {
        AnswerKey key = AnswerKey.of(quiz);
        for (RescoreRecord r : store.rescoresOf(quiz.id())) {
            if (r.kind() == RescoreKind.VOID) {
                key = key.withVoided(r.question());
            } else {
                key = key.withKey(r.question(), Key.parse(r.newKey()));
            }
        }
        return key;
    }

    /**
     * @param quizId a quiz id
     * @return the audit records of its key changes, oldest first
     */
    public List<RescoreRecord> keyChanges(String quizId) {
        return store.rescoresOf(quizId);
    }

    // ---- sitting a quiz

    /**
     * Resumes the trainee's attempt in progress at the quiz, or starts their next one in their own
     * variant when the quiz's attempts allow it.
     *
     * @param quizId a frozen quiz
     * @param traineeId a registered trainee
     * @return the sitting; {@link Sitting#resumed()} tells which
     * @throws StoreException (refused) for an unknown quiz or trainee
     * @throws NoAttemptsLeftException when every allowed attempt is used (decided by the store in the
     *     transaction that starts the attempt)
     */
    public Sitting sit(String quizId, String traineeId) {
        Quiz quiz = requireQuiz(quizId);
        requireTrainee(traineeId);
        Optional<OpenAttempt> open = store.openAttempt(traineeId, quizId);
        if (open.isPresent()) {
            OpenAttempt o = open.get();
            AttemptHeader header = header(quiz, o);
            return new Sitting(o.id(), new InProgressAttempt(header, Stored.responses(o.id(), o.responses())), true);
        }
        Instant now = now();
        Variant variant = Variant.forTrainee(quiz, traineeId);
        OpenAttempt o;
        try {
            o = store.startAttempt(quizId, traineeId, variant.code(), AttemptSource.TERMINAL, now,
                    quiz.settings().maxAttempts());
        } catch (AttemptLimitReached e) {
            throw new NoAttemptsLeftException(e.getMessage(), e);
        }
        AttemptHeader header = new AttemptHeader(String.valueOf(o.id()), traineeId, o.number(), quiz, variant,
                o.startedAt());
        return new Sitting(o.id(), new InProgressAttempt(header, List.of()), false);
    }

    /**
     * Records an answer (in written positions) and stores it at once, replacing an earlier answer
     * to the question. An answer after the time limit is stored flagged late and never counts; a
     * late change to an answer given in time is not recorded, since the answer given in time is
     * the one that counts.
     *
     * @param sitting the sitting
     * @param ref a question of the quiz
     * @param answer the answer
     * @return the sitting with the answer recorded
     * @throws org.securebase.quiz.scoring.InvalidAnswerException when the answer does not fit the question
     */
    public Sitting answer(Sitting sitting, QuestionRef ref, Answer answer) {
        return record(sitting, new Response(ref, Checks.present(answer, "answer to " + ref), responseTime(sitting)));
    }

    /**
     * Clears the answer to a question, storing the clearing at once (same time-limit rule as
     * {@link #answer}).
     *
     * @param sitting the sitting
     * @param ref a question of the quiz
     * @return the sitting with the answer cleared
     */
    public Sitting clear(Sitting sitting, QuestionRef ref) {
        return record(sitting, new Response(ref, null, responseTime(sitting)));
    }

    private Sitting record(Sitting sitting, Response response) {
        InProgressAttempt attempt = sitting.attempt();
        boolean late = attempt.header().isLate(response.at());
        if (late && attempt.responses().stream().anyMatch(r -> r.ref().equals(response.ref()) && !attempt.isLate(r))) {
            return sitting;
        }
        InProgressAttempt next = response.clears() ? attempt.clear(response.ref(), response.at())
                : attempt.answer(response.ref(), response.answer(), response.at());
        store.recordResponse(sitting.attemptId(), Stored.response(response, late));
        return new Sitting(sitting.attemptId(), next, sitting.resumed());
    }

    private Instant responseTime(Sitting sitting) {
        Instant last = sitting.attempt().responses().stream().map(Response::at).max(Instant::compareTo)
                .orElse(sitting.attempt().header().started());
        return Stored.latest(now(), last);
    }

    /**
     * Submits the sitting and scores it under the key in force, storing the marks, the score and
     * whether it counts under the quiz's policy in one transaction. A submission after the time
     * limit is accepted and scored on the answers given in time.
     *
     * @param sitting the sitting
     * @return the scored attempt, which gives the trainee's feedback
     */
    public ScoredAttempt submit(Sitting sitting) {
        Instant at = responseTime(sitting);
        Quiz quiz = sitting.quiz();
        AnswerKey key = currentKey(quiz);
        ScoredAttempt scored = sitting.attempt().submit(at).score(key);
        String traineeId = sitting.attempt().header().traineeId();
        List<ScoredAttempt> theirs = new ArrayList<>(scored(quiz, traineeId, key));
        theirs.add(scored);
        boolean counts = counts(scored, theirs, quiz);
        store.submit(sitting.attemptId(), new Submission(at, marks(scored), score(quiz.id(), scored.report()), counts));
        return scored;
    }

    // ---- attempts collected elsewhere

    /**
     * @param quizId a quiz id
     * @param traineeId a trainee id
     * @return how many attempts the trainee has made at the quiz, open or submitted
     */
    public int attemptsMade(String quizId, String traineeId) {
        return store.attemptCount(quizId, traineeId);
    }

    /**
     * Scores attempts taken elsewhere under the key in force and records them, together with
     * their trainees, all or nothing (one transaction). Each trainee may appear once; the quiz's
     * attempt limit applies, checked by the store inside that transaction. Only the attempts of
     * the trainees recorded are read, so the cost grows with them, not with the quiz.
     *
     * @param quiz a frozen quiz
     * @param trainees trainees to save (added or updated) with the attempts
     * @param attempts the attempts
     * @param source where they come from
     * @return the scored attempts, in the same order, with their store ids
     * @throws org.securebase.quiz.store.AttemptLimitReached when a trainee has no attempt left; nothing was recorded
     * @throws ModelException when a trainee appears twice or an answer does not fit
     */
    public List<ScoredAttempt> recordCollected(Quiz quiz, List<RegisteredTrainee> trainees, List<CollectedAttempt> attempts,
            AttemptSource source) {
        AnswerKey key = currentKey(quiz);
        Set<String> seen = new LinkedHashSet<>();
        List<CompletedAttempt> completed = new ArrayList<>();
        for (CollectedAttempt c : attempts) {
            if (!seen.add(c.traineeId())) {
                throw new ModelException("trainee " + c.traineeId() + " has two attempts in one batch; record one at a time");
            }
            List<ScoredAttempt> earlier = scored(quiz, c.traineeId(), key);
            int number = store.attemptCount(quiz.id(), c.traineeId()) + 1;
            AttemptHeader header = new AttemptHeader("collected-" + completed.size(), c.traineeId(), number, quiz,
                    c.variant(), c.submitted());
            List<Response> responses = new ArrayList<>();
            c.answers().forEach((ref, answer) -> responses.add(new Response(ref, answer, c.submitted())));
            ScoredAttempt s = new SubmittedAttempt(header, responses, c.submitted()).score(key);
            List<ScoredAttempt> theirs = new ArrayList<>(earlier);
            theirs.add(s);
            List<MarkedResponse> marked = new ArrayList<>();
            Map<QuestionRef, Double> marks = marks(s);
            for (Response r : responses) {
                marked.add(new MarkedResponse(Stored.response(r, false), marks.get(r.ref())));
            }
            completed.add(new CompletedAttempt(quiz.id(), c.traineeId(), c.variant().code(), source, c.submitted(),
                    c.submitted(), marked, score(quiz.id(), s.report()), counts(s, theirs, quiz)));
        }
        List<org.securebase.quiz.store.MarkedAttempt> stored = store.recordAttempts(trainees, completed,
                quiz.settings().maxAttempts());
        List<ScoredAttempt> out = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            // the variant is the one collected: no search of the handouts for it again
            org.securebase.quiz.store.MarkedAttempt a = stored.get(i);
            AttemptHeader header = new AttemptHeader(String.valueOf(a.id()), a.traineeId(), a.number(), quiz,
                    attempts.get(i).variant(), a.startedAt());
            List<Response> responses = Stored.responses(a.id(), a.responses().stream().map(MarkedResponse::response).toList());
            out.add(new SubmittedAttempt(header, responses, a.submittedAt()).score(key));
        }
        return out;
    }

    // ---- reading scored attempts

    /**
     * @param quizId a frozen quiz
     * @return every submitted attempt at it, scored under the key in force, by trainee id and attempt number
     */
    public List<ScoredAttempt> scored(String quizId) {
        Quiz quiz = requireQuiz(quizId);
        AnswerKey key = currentKey(quiz);
        List<ScoredAttempt> out = new ArrayList<>();
        for (StoredAttempt a : store.attemptsOf(quizId)) {
            if (a instanceof org.securebase.quiz.store.MarkedAttempt s) {
                out.add(submitted(quiz, s).score(key));
            }
        }
        return out;
    }

    /**
     * @param quizId a frozen quiz
     * @return per trainee, the attempt that counts under the quiz's policy ({@code best} or {@code last}),
     *     by trainee id
     */
    public List<ScoredAttempt> counted(String quizId) {
        List<ScoredAttempt> out = new ArrayList<>();
        forEachCounted(quizId, out::add);
        return out;
    }

    /**
     * Hands per trainee the attempt that counts under the quiz's policy to {@code each}, by trainee
     * id (the order of {@link #counted}), scoring one trainee's attempts at a time. {@code each}
     * must not use these results or their store: the store refuses every call while the attempts
     * are read.
     *
     * @param quizId a frozen quiz
     * @param each what to do with each counted attempt
     * @since 0.2
     */
    public void forEachCounted(String quizId, Consumer<? super ScoredAttempt> each) {
        try (CountedAttempts counted = countedCursor(quizId)) {
            while (counted.hasNext()) {
                each.accept(counted.next());
            }
        }
    }

    /**
     * Opens a cursor over the attempts that count, one per trainee, by trainee id (the order of
     * {@link #counted}), scored one trainee at a time under the key in force. Until it is closed
     * (it closes itself after the last trainee) the store refuses every other call.
     *
     * @param quizId a frozen quiz
     * @return the open cursor; close it
     * @since 0.2
     */
    public CountedAttempts countedCursor(String quizId) {
        Quiz quiz = requireQuiz(quizId);
        AnswerKey key = currentKey(quiz);
        return new CountedAttempts(store.attemptCursor(quizId), s -> submitted(quiz, s).score(key),
                quiz.settings().attemptPolicy());
    }

    /**
     * @param attempt a scored attempt read from these results
     * @return its id in the store
     */
    public static long storeId(ScoredAttempt attempt) {
        try {
            return Long.parseLong(attempt.header().attemptId());
        } catch (NumberFormatException e) {
            throw new ModelException("attempt " + attempt.header().attemptId() + " is not a stored attempt");
        }
    }

    /**
     * Item analysis over the attempts that count, one per trainee.
     *
     * @param quizId a frozen quiz
     * @return the analysis
     * @throws ModelException with fewer than 2 counted attempts
     */
    public ItemAnalysis analysis(String quizId) {
        AttemptTally tally = new AttemptTally();
        forEachCounted(quizId, tally::add);
        if (tally.attempts() < 2) {
            throw new ModelException("item analysis of quiz " + quizId + " needs at least 2 trainees' scored attempts, has "
                    + tally.attempts());
        }
        return tally.analysis();
    }

    // ---- re-keying

    /**
     * Voids or re-keys a question, rescores every submitted attempt at the quiz from its recorded
     * answers, and stores the audit record with each changed mark and score in one transaction.
     *
     * @param quizId a frozen quiz
     * @param change the key change with its reason
     * @return the audit record: old and new score of every attempt that moved, and whose pass/fail flipped
     * @throws ModelException when the question is not asked, the new key does not fit, or it is already voided
     */
    public AuditRecord rescore(String quizId, KeyChange change) {
        Quiz quiz = requireQuiz(quizId);
        if (!quiz.asks(change.ref())) {
            throw new ModelException("quiz " + quizId + " does not ask " + change.ref());
        }
        AnswerKey current = currentKey(quiz);
        if (change instanceof KeyChange.Voiding && current.isVoided(change.ref())) {
            throw new ModelException(change.ref() + " is already voided in quiz " + quizId + "; nothing was changed");
        }
        List<org.securebase.quiz.store.MarkedAttempt> stored = new ArrayList<>();
        List<ScoredAttempt> scored = new ArrayList<>();
        for (StoredAttempt a : store.attemptsOf(quizId)) {
            if (a instanceof org.securebase.quiz.store.MarkedAttempt s) {
                stored.add(s);
                scored.add(submitted(quiz, s).score(current));
            }
        }
        Instant at = now();
        Rescoring rescoring = Rescoring.apply(quiz, current, scored, change, at);
        List<AttemptRescore> changed = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            org.securebase.quiz.store.MarkedAttempt before = stored.get(i);
            ScoredAttempt after = rescoring.attempts().get(i);
            Map<QuestionRef, Double> newMarks = marks(after);
            Map<QuestionRef, Double> moved = new HashMap<>();
            for (MarkedResponse m : before.responses()) {
                Double mark = newMarks.get(m.question());
                if (mark != null && Math.abs(mark - m.mark()) > 1e-12) {
                    moved.put(m.question(), mark);
                }
            }
            StoredScore score = score(quizId, after.report());
            if (!moved.isEmpty() || !sameScore(score, before.score())) {
                changed.add(new AttemptRescore(before.id(), moved, score));
            }
        }
        boolean voiding = change instanceof KeyChange.Voiding;
        String newKey = change instanceof KeyChange.Rekeying k ? k.key().encode() : null;
        store.rescore(new Rescore(quizId, change.ref(), voiding ? RescoreKind.VOID : RescoreKind.REKEY,
                current.key(change.ref()).encode(), newKey, change.reason(), at, changed));
        return rescoring.audit();
    }

    // ---- helpers

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** One trainee's submitted attempts at the quiz, scored under the key: read for that trainee alone. */
    private List<ScoredAttempt> scored(Quiz quiz, String traineeId, AnswerKey key) {
        List<ScoredAttempt> out = new ArrayList<>();
        for (org.securebase.quiz.store.MarkedAttempt s : store.submittedAttemptsOf(quiz.id(), traineeId)) {
            out.add(submitted(quiz, s).score(key));
        }
        return out;
    }

    private static boolean counts(ScoredAttempt attempt, List<ScoredAttempt> theirs, Quiz quiz) {
        return Retakes.counting(theirs, quiz.settings().attemptPolicy())
                .map(a -> a.header().attemptId().equals(attempt.header().attemptId())).orElse(false);
    }

    /** The mark of every question the attempt has a response to. */
    private static Map<QuestionRef, Double> marks(ScoredAttempt attempt) {
        Map<QuestionRef, Double> out = new HashMap<>();
        for (Response r : attempt.responses()) {
            out.put(r.ref(), attempt.report().question(r.ref()).orElseThrow().earned());
        }
        return out;
    }

    private static StoredScore score(String quizId, ScoreReport report) {
        if (report.possible() == 0) {
            throw Stored.nothingCounts(quizId);
        }
        return StoredScore.of(Math.min(report.earned(), report.possible()), report.possible(), report.passed());
    }

    private static boolean sameScore(StoredScore a, StoredScore b) {
        return Math.abs(a.points() - b.points()) < 1e-12 && a.max() == b.max() && a.passed() == b.passed();
    }

    private AttemptHeader header(Quiz quiz, StoredAttempt a) {
        return new AttemptHeader(String.valueOf(a.id()), a.traineeId(), a.number(), quiz,
                requireVariant(quiz, a.traineeId(), a.variantCode()), a.startedAt());
    }

    private SubmittedAttempt submitted(Quiz quiz, org.securebase.quiz.store.MarkedAttempt s) {
        List<Response> responses = Stored.responses(s.id(), s.responses().stream().map(MarkedResponse::response).toList());
        return new SubmittedAttempt(header(quiz, s), responses, s.submittedAt());
    }

    /**
     * The variant a code names for a trainee: their own, or a printed handout numbered 1 to
     * {@link #HANDOUTS_SEARCHED}.
     *
     * @param quiz the quiz
     * @param traineeId the trainee
     * @param code the variant code
     * @return the variant, or empty when no variant of the trainee or of those handouts has the code
     */
    public static Optional<Variant> variant(Quiz quiz, String traineeId, String code) {
        Variant own = Variant.forTrainee(quiz, traineeId);
        String wanted = Objects.requireNonNullElse(code, "").strip().toUpperCase(java.util.Locale.ROOT);
        if (own.code().equals(wanted)) {
            return Optional.of(own);
        }
        return Variant.findHandout(quiz, wanted, HANDOUTS_SEARCHED);
    }

    private static Variant requireVariant(Quiz quiz, String traineeId, String code) {
        return variant(quiz, traineeId, code).orElseThrow(() -> new StoreException(StoreException.Kind.INCOMPATIBLE,
                "an attempt of trainee " + traineeId + " at quiz " + quiz.id() + " names variant " + code
                        + ", which is neither the trainee's own nor one of handouts 1 to " + HANDOUTS_SEARCHED));
    }
}
