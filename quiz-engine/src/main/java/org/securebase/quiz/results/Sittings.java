package org.securebase.quiz.results;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.AttemptHeader;
import org.securebase.quiz.delivery.AttemptId;
import org.securebase.quiz.delivery.InProgressAttempt;
import org.securebase.quiz.delivery.NoAttemptsLeftException;
import org.securebase.quiz.delivery.Response;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.store.AttemptLimitReached;
import org.securebase.quiz.store.AttemptSource;
import org.securebase.quiz.store.MarkedAttempt;
import org.securebase.quiz.store.OpenAttempt;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StoreException;
import org.securebase.quiz.store.Submission;
import org.securebase.quiz.variant.Variant;

/**
 * Trainees sitting a quiz, answer by answer: sit (resume the open attempt or start the next one
 * the quiz allows), answer and clear (each stored at once, so an interrupted sitting loses
 * nothing), and submit (scored under the key in force, with whether it counts). What a
 * submission reads grows with the one trainee's attempts, not with the quiz's.
 *
 * @since 0.3
 */
public final class Sittings {
    private final ResultStore store;
    private final Clock clock;
    private final FrozenQuizzes quizzes;
    private final Registrations trainees;
    private final KeyInForce keys;

    /**
     * @param quizzes the frozen quizzes (and their store), shared so each quiz is thawed once
     * @param clock the time of answers and submissions
     */
    public Sittings(FrozenQuizzes quizzes, Clock clock) {
        this.quizzes = Checks.present(quizzes, "frozen quizzes");
        this.clock = Checks.present(clock, "clock");
        this.store = quizzes.store();
        this.trainees = new Registrations(store);
        this.keys = new KeyInForce(store);
    }

    /** @return the frozen quizzes the sittings thaw their quizzes from */
    public FrozenQuizzes quizzes() {
        return quizzes;
    }

    /** @return the clock the sittings are timed with */
    public Clock clock() {
        return clock;
    }

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
        Quiz quiz = quizzes.require(quizId);
        trainees.require(traineeId);
        Optional<OpenAttempt> open = store.openAttempt(traineeId, quizId);
        if (open.isPresent()) {
            OpenAttempt o = open.get();
            return new Sitting(AttemptId.of(o.id()), new InProgressAttempt(Stored.header(quiz, o), Stored.responses(o.id(), o.responses())),
                    true);
        }
        Variant variant = Variant.forTrainee(quiz, traineeId);
        OpenAttempt o;
        try {
            o = store.startAttempt(quizId, traineeId, variant.code(), AttemptSource.TERMINAL, now(),
                    Counting.of(quiz).limit());
        } catch (AttemptLimitReached e) {
            throw new NoAttemptsLeftException(e.getMessage(), e);
        }
        AttemptHeader header = new AttemptHeader(AttemptId.of(o.id()), traineeId, o.number(), quiz, variant,
                o.startedAt());
        return new Sitting(header.storedId(), new InProgressAttempt(header, List.of()), false);
    }

    /**
     * Grants the trainee's attempt in progress more time: the grant is stored (who, when, how
     * many minutes), so this server after a restart, and any other process on the same store,
     * runs the attempt to the new deadline.
     *
     * @param quizId a frozen quiz with a time limit
     * @param traineeId a trainee with an attempt in progress at it
     * @param extra the minutes and who grants them
     * @return the trainee's sitting as stored, with the new deadline
     * @throws org.securebase.model.ModelException when the quiz has no time limit
     * @throws StoreException (refused) when the trainee has no attempt in progress, or its time has run out
     * @since 0.4
     */
    public Sitting extend(String quizId, String traineeId, ExtraTime extra) {
        Checks.present(extra, "extra time");
        Quiz quiz = quizzes.require(quizId);
        if (quiz.settings().timeLimitMinutes() == null) {
            throw new ModelException("quiz " + quizId + " has no time limit: there is no time to extend");
        }
        OpenAttempt o = store.openAttempt(traineeId, quizId).orElseThrow(() -> new StoreException(StoreException.Kind.REFUSED,
                "trainee " + traineeId + " has no attempt in progress at quiz " + quizId + "; nothing was changed"));
        AttemptHeader header = Stored.header(quiz, o);
        Instant now = now();
        if (header.isLate(now)) {
            throw new StoreException(StoreException.Kind.REFUSED, "the time of trainee " + traineeId + " at quiz "
                    + quizId + " ran out at " + header.deadline().orElseThrow() + "; extra time is given before it"
                    + " runs out, and nothing was changed");
        }
        store.extendAttempt(o.id(), extra.minutes(), extra.grantedBy(), now);
        return current(new Sitting(AttemptId.of(o.id()), new InProgressAttempt(header,
                Stored.responses(o.id(), o.responses())), true));
    }

    /**
     * The sitting with the time extension its attempt has in the store now (granted by another
     * interface or process since the sitting was read); unchanged once the attempt is submitted.
     *
     * @param sitting a sitting
     * @return the sitting with its attempt's current deadline
     * @since 0.4
     */
    public Sitting current(Sitting sitting) {
        AttemptHeader header = sitting.attempt().header();
        Optional<OpenAttempt> open = store.openAttempt(header.traineeId(), header.quiz().id());
        if (open.isEmpty() || open.get().id() != sitting.attemptId().value()) {
            return sitting;
        }
        Duration granted = Duration.ofMinutes(open.get().extraMinutes());
        if (granted.equals(header.extension())) {
            return sitting;
        }
        return new Sitting(sitting.attemptId(), new InProgressAttempt(header.withExtension(granted),
                sitting.attempt().responses()), sitting.resumed());
    }

    /**
     * Records an answer (in written positions) and stores it at once, replacing an earlier answer
     * to the question. An answer after the time limit is stored flagged late and never counts; a
     * late change to an answer given in time is not recorded, since the answer given in time is
     * the one that counts. An answer that looks late is first checked against the time extension
     * stored for the attempt now.
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

    /**
     * Submits the sitting and scores it under the key in force, storing the marks, the score and
     * whether it counts under the quiz's policy in one transaction. A submission after the time
     * limit is accepted and scored on the answers given in time. Only the trainee's own earlier
     * attempts are read.
     *
     * @param given the sitting; read again when it looks late, in case more time was granted
     * @return the scored attempt, which gives the trainee's feedback
     */
    public ScoredAttempt submit(Sitting given) {
        Instant at = responseTime(given);
        Sitting sitting = given.attempt().header().isLate(at) ? current(given) : given;
        Quiz quiz = sitting.quiz();
        AnswerKey key = keys.of(quiz);
        ScoredAttempt scored = sitting.attempt().submit(at).score(key);
        String traineeId = sitting.attempt().header().traineeId();
        List<ScoredAttempt> earlier = new ArrayList<>();
        for (MarkedAttempt s : store.submittedAttemptsOf(quiz.id(), traineeId)) {
            earlier.add(Stored.submitted(quiz, s).score(key));
        }
        boolean counts = Counting.of(quiz).counts(scored, earlier);
        store.submit(sitting.attemptId().value(), new Submission(at, Stored.marks(scored), Stored.score(quiz.id(), scored.report()),
                counts));
        return scored;
    }

    private Sitting record(Sitting given, Response response) {
        Sitting sitting = given.attempt().header().isLate(response.at()) ? current(given) : given;
        InProgressAttempt attempt = sitting.attempt();
        boolean late = attempt.header().isLate(response.at());
        if (late && attempt.responses().stream().anyMatch(r -> r.ref().equals(response.ref()) && !attempt.isLate(r))) {
            return sitting;
        }
        InProgressAttempt next = response.clears() ? attempt.clear(response.ref(), response.at())
                : attempt.answer(response.ref(), response.answer(), response.at());
        store.recordResponse(sitting.attemptId().value(), Stored.response(response, late));
        return new Sitting(sitting.attemptId(), next, sitting.resumed());
    }

    private Instant responseTime(Sitting sitting) {
        Instant last = sitting.attempt().responses().stream().map(Response::at).max(Instant::compareTo)
                .orElse(sitting.attempt().header().started());
        return Stored.latest(now(), last);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
