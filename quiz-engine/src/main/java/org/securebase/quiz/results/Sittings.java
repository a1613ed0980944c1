package org.securebase.quiz.results;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.securebase.model.Checks;
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

    /**
     * Submits the sitting and scores it under the key in force, storing the marks, the score and
     * whether it counts under the quiz's policy in one transaction. A submission after the time
     * limit is accepted and scored on the answers given in time. Only the trainee's own earlier
     * attempts are read.
     *
     * @param sitting the sitting
     * @return the scored attempt, which gives the trainee's feedback
     */
    public ScoredAttempt submit(Sitting sitting) {
        Instant at = responseTime(sitting);
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

    private Sitting record(Sitting sitting, Response response) {
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
