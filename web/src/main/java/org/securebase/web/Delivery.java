package org.securebase.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.analysis.ItemAnalysis;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.DeliveredQuiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.QuizResults;
import org.securebase.quiz.results.Registrations;
import org.securebase.quiz.results.Sittings;
import org.securebase.quiz.results.Sitting;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.store.RegisteredTrainee;

/**
 * The one door from the web interface into the engine: it calls the engine's delivery API in the
 * order the terminal's {@code take} does (freeze the quiz, register the trainee, sit, answer or
 * clear, submit) and holds no rules of its own, so the web interface can later be pointed at the
 * use-case layer by changing this class alone. It is the only web class that names a
 * {@code quiz.store} type ({@link RegisteredTrainee}, which {@link Registrations#register} takes).
 *
 * @since 0.2
 */
public final class Delivery {
    private final Sittings sittings;
    private final Registrations trainees;
    private final QuizResults results;
    private final Quiz quiz;

    /**
     * Freezes the quiz into the sittings' store (freezing it again changes nothing).
     *
     * @param sittings the sittings, over an open store the caller closes
     * @param trainees the trainees of the same store
     * @param results the results of the same store, for the trainee's feedback and the instructor
     * @param quiz the quiz to deliver
     */
    public Delivery(Sittings sittings, Registrations trainees, QuizResults results, Quiz quiz) {
        this.sittings = sittings;
        this.trainees = trainees;
        this.results = results;
        this.quiz = sittings.quizzes().freeze(quiz);
    }

    /** @return the quiz delivered */
    public Quiz quiz() {
        return quiz;
    }

    /** @return the time on the server's clock, the one that enforces time limits */
    public Instant now() {
        return sittings.clock().instant();
    }

    /**
     * Registers the trainee (or updates their details, as {@code take} does when the name
     * changed) and resumes their attempt in progress or starts their next one.
     *
     * @param who the trainee as they joined
     * @return the sitting
     * @throws org.securebase.quiz.delivery.NoAttemptsLeftException when every allowed attempt is used
     */
    public Sitting join(Joiner who) {
        Optional<RegisteredTrainee> known = trainees.trainee(who.id());
        if (known.isEmpty() || !known.get().name().equals(who.name())) {
            RegisteredTrainee t = known.orElse(null);
            trainees.register(new RegisteredTrainee(who.id(), who.name(),
                    who.email() != null ? who.email() : t == null ? null : t.email(),
                    who.licenceNumber() != null ? who.licenceNumber() : t == null ? null : t.licenceNumber(),
                    t == null ? null : t.jurisdiction()));
        }
        return sittings.sit(quiz.id(), who.id());
    }

    /**
     * @param traineeId a trainee id
     * @return the trainee's name, if they are registered
     */
    public Optional<String> nameOf(String traineeId) {
        return trainees.trainee(traineeId).map(RegisteredTrainee::name);
    }

    /**
     * @param ref a question of the quiz
     * @return the question as written, for dispatching on its type (never shown: it holds the key)
     */
    public Question question(QuestionRef ref) {
        return quiz.question(ref).question();
    }

    /**
     * @param sitting a sitting
     * @param ref a question of it
     * @param written a written position of an option, item or right side
     * @return the letter it is shown under in the sitting's variant
     */
    public String letterOf(Sitting sitting, QuestionRef ref, int written) {
        return sitting.variant().letterOf(ref, written);
    }

    /** @return the choice answer the letters give in the sitting's variant */
    public Answer choose(Sitting sitting, QuestionRef ref, List<String> letters) {
        return sitting.variant().choose(ref, letters);
    }

    /** @return the order answer the letters, first to last, give in the sitting's variant */
    public Answer order(Sitting sitting, QuestionRef ref, List<String> letters) {
        return sitting.variant().order(ref, letters);
    }

    /** @return the matching answer the letter chosen per left side gives in the sitting's variant */
    public Answer match(Sitting sitting, QuestionRef ref, Map<Integer, String> letters) {
        return sitting.variant().match(ref, letters);
    }

    /** Records an answer given in written positions; see {@link Sittings#answer}. */
    public Sitting answer(Sitting sitting, QuestionRef ref, Answer answer) {
        return sittings.answer(sitting, ref, answer);
    }

    /** Clears an answer; see {@link Sittings#clear}. */
    public Sitting clear(Sitting sitting, QuestionRef ref) {
        return sittings.clear(sitting, ref);
    }

    /** Submits and scores the sitting; see {@link Sittings#submit}. */
    public ScoredAttempt submit(Sitting sitting) {
        return sittings.submit(sitting);
    }

    /**
     * @param traineeId a trainee
     * @return their latest submitted attempt at the quiz, scored under the key in force
     */
    public Optional<ScoredAttempt> lastSubmitted(String traineeId) {
        return results.scored(quiz.id(), traineeId).stream()
                .max(Comparator.comparingInt(a -> a.header().number()));
    }

    /**
     * @param attempt a scored attempt
     * @return the quiz as that attempt's variant showed it
     */
    public DeliveredQuiz delivered(ScoredAttempt attempt) {
        return DeliveredQuiz.of(quiz, attempt.header().variant());
    }

    /** @return every submitted attempt at the quiz, scored, for the instructor */
    public List<ScoredAttempt> submitted() {
        return results.scored(quiz.id());
    }

    /** @return the item analysis over the attempts that count (at least two needed) */
    public ItemAnalysis analysis() {
        return results.analysis(quiz.id());
    }
}
