package org.securebase.usecase;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.model.person.PersonName;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.results.QuizResults;
import org.securebase.quiz.results.Registrations;
import org.securebase.quiz.results.Sittings;
import org.securebase.quiz.results.Sitting;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.RegisteredTrainee;

/**
 * Delivers an attempt to a trainee, whatever the interface (a terminal, a browser): sit (resume
 * the open attempt or start the next one the quiz allows), answer and clear question by question
 * (each answer stored at once), submit (scored under the key in force). Holds the store open
 * from {@link #open} to {@link #close}; typed values in and out, no terminal input or output.
 *
 * @since 0.3
 */
public final class DeliverAttempt implements AutoCloseable {
    private final ResultStore store;
    private final FrozenQuizzes quizzes;
    private final Registrations trainees;
    private final Sittings sittings;

    private DeliverAttempt(ResultStore store, Clock clock) {
        this.store = store;
        this.quizzes = new FrozenQuizzes(store);
        this.trainees = new Registrations(store);
        this.sittings = new Sittings(quizzes, clock);
    }

    /**
     * Opens delivery on a workspace's store, creating the store when it does not exist yet.
     *
     * @param workspace the store
     * @param clock the time of answers and submissions
     * @return the open delivery; close it
     */
    public static DeliverAttempt open(Workspace workspace, Clock clock) {
        Checks.present(workspace, "workspace");
        Checks.present(clock, "clock");
        return new DeliverAttempt(workspace.open(), clock);
    }

    /**
     * Who sits which quiz.
     *
     * @param quiz the quiz, frozen into the store if it is not there yet
     * @param traineeId the trainee
     * @param name the trainee's name, registered (or updated) with the sitting
     * @param email the trainee's email as they gave it now; null keeps the one registered
     * @param licenceNumber the trainee's licence number as they gave it now; null keeps the one registered
     */
    public record Seat(Quiz quiz, String traineeId, String name, String email, String licenceNumber) {
        /** Checks the parts. */
        public Seat {
            Checks.present(quiz, "quiz");
            Checks.present(traineeId, "trainee id");
            name = PersonName.of(name).value();
        }

        /**
         * A seat that keeps the trainee's registered email and licence number.
         *
         * @param quiz the quiz
         * @param traineeId the trainee
         * @param name the trainee's name
         */
        public Seat(Quiz quiz, String traineeId, String name) {
            this(quiz, traineeId, name, null, null);
        }
    }

    /**
     * Freezes the quiz into the store, as the first sitting would, so that its results can be
     * read before anyone sits it (freezing it again changes nothing).
     *
     * @param quiz the quiz
     * @return the quiz as frozen
     */
    public Quiz freeze(Quiz quiz) {
        return quizzes.freeze(Checks.present(quiz, "quiz"));
    }

    /**
     * Seats the trainee: freezes the quiz, registers the trainee (or updates their name, and their
     * email and licence number when the seat gives them, keeping the rest), and resumes their
     * open attempt or starts the next one.
     *
     * @param seat who sits which quiz
     * @return the sitting; {@link Sitting#resumed()} tells which
     * @throws org.securebase.quiz.delivery.NoAttemptsLeftException when every allowed attempt is used
     */
    public Sitting sit(Seat seat) {
        quizzes.freeze(seat.quiz());
        Optional<RegisteredTrainee> known = trainees.trainee(seat.traineeId());
        if (known.isEmpty()) {
            trainees.register(new RegisteredTrainee(seat.traineeId(), seat.name(), seat.email(), seat.licenceNumber(), null));
        } else {
            RegisteredTrainee t = known.get();
            String email = seat.email() != null ? seat.email() : t.email();
            String licence = seat.licenceNumber() != null ? seat.licenceNumber() : t.licenceNumber();
            if (!t.name().equals(seat.name().strip()) || !java.util.Objects.equals(email, t.email())
                    || !java.util.Objects.equals(licence, t.licenceNumber())) {
                trainees.register(new RegisteredTrainee(t.id(), seat.name(), email, licence, t.jurisdiction()));
            }
        }
        return sittings.sit(seat.quiz().id(), seat.traineeId());
    }

    /**
     * Records an answer and stores it at once (see {@link Sittings#answer}).
     *
     * @param sitting the sitting
     * @param ref the question
     * @param answer the answer, in written positions
     * @return the sitting with the answer
     */
    public Sitting answer(Sitting sitting, QuestionRef ref, Answer answer) {
        return sittings.answer(sitting, ref, answer);
    }

    /**
     * Clears an answer and stores the clearing at once.
     *
     * @param sitting the sitting
     * @param ref the question
     * @return the sitting without the answer
     */
    public Sitting clear(Sitting sitting, QuestionRef ref) {
        return sittings.clear(sitting, ref);
    }

    /**
     * Submits and scores the sitting.
     *
     * @param sitting the sitting
     * @return the scored attempt, which gives the trainee's feedback
     */
    public ScoredAttempt submit(Sitting sitting) {
        return sittings.submit(sitting);
    }

    /**
     * @param traineeId a trainee id
     * @return the trainee's registered name, if they are registered
     */
    public Optional<String> nameOf(String traineeId) {
        return trainees.trainee(traineeId).map(RegisteredTrainee::name);
    }

    /**
     * The trainee's latest submitted attempt, read for that trainee alone (what a trainee with
     * no attempt left sees again).
     *
     * @param quizId a quiz in the store
     * @param traineeId the trainee
     * @return their submitted attempt with the highest number, scored under the key in force
     */
    public Optional<ScoredAttempt> latestSubmitted(String quizId, String traineeId) {
        return new QuizResults(quizzes).scored(quizId, traineeId).stream()
                .max(java.util.Comparator.comparingInt(a -> a.header().number()));
    }

    /**
     * The room as the instructor's dashboard reads it, over this delivery's store and frozen quizzes.
     *
     * @return the room
     */
    public WatchRoom room() {
        return new WatchRoom(new QuizResults(quizzes));
    }

    /**
     * Time extensions over this delivery's store and clock.
     *
     * @return the use case that grants one trainee more time
     * @since 0.4
     */
    public ExtendTime extendTime() {
        return new ExtendTime(sittings);
    }

    /**
     * The sitting with the time extension its attempt has in the store now (see
     * {@link Sittings#current}): what an interface holding a sitting between requests reads
     * before it ends the attempt by the clock.
     *
     * @param sitting a sitting
     * @return the sitting with its attempt's current deadline
     * @since 0.4
     */
    public Sitting current(Sitting sitting) {
        return sittings.current(sitting);
    }

    /** @return the time now, on the delivery's clock */
    public Instant now() {
        return sittings.clock().instant();
    }

    @Override
    public void close() {
        store.close();
    }
}
