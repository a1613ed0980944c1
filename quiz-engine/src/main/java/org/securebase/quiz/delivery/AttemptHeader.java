package org.securebase.quiz.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.variant.Variant;

/**
 * What every state of an attempt shares: who takes which quiz in which variant, which attempt
 * of theirs it is, and when it started.
 *
 * @param attemptId the store's id of the attempt; empty while it is not stored
 * @param traineeId who takes it
 * @param number 1 for the first attempt of this trainee at this quiz, 2 for the first retake, …
 * @param quiz the quiz
 * @param variant the trainee's variant of it
 * @param started when the attempt started; the time limit runs from here
 * @param extension more time granted to this attempt on top of the quiz's time limit (zero for
 *     none; nothing without a time limit)
 * @since 0.1
 */
public record AttemptHeader(Optional<AttemptId> attemptId, String traineeId, int number, Quiz quiz, Variant variant,
        Instant started, Duration extension) {

    /** Requires every part (the id may be empty), a variant of this quiz and an extension ≥ 0. */
    public AttemptHeader {
        Checks.present(attemptId, "attempt id (empty when not stored)");
        Checks.text(traineeId, "trainee id of an attempt");
        String label = attemptId.map(AttemptId::toString).orElse(traineeId + "#" + number);
        Checks.positive(number, "number of attempt " + label);
        Checks.present(quiz, "quiz of attempt " + label);
        Checks.present(variant, "variant of attempt " + label);
        Checks.present(started, "start of attempt " + label);
        Checks.present(extension, "time extension of attempt " + label);
        if (extension.isNegative()) {
            throw new ModelException("the time extension of attempt " + label + " must be ≥ 0, was " + extension);
        }
        if (!variant.quizId().equals(quiz.id())) {
            throw new ModelException("attempt " + label + " uses variant " + variant.code() + " of quiz "
                    + variant.quizId() + ", not of quiz " + quiz.id());
        }
    }

    /**
     * The header of an attempt without a time extension.
     *
     * @param attemptId the store's id, or empty
     * @param traineeId who takes it
     * @param number which of the trainee's attempts at the quiz it is
     * @param quiz the quiz
     * @param variant the trainee's variant of it
     * @param started when it started
     */
    public AttemptHeader(Optional<AttemptId> attemptId, String traineeId, int number, Quiz quiz, Variant variant,
            Instant started) {
        this(attemptId, traineeId, number, quiz, variant, started, Duration.ZERO);
    }

    /**
     * A stored attempt's header, without a time extension.
     *
     * @param attemptId the store's id
     * @param traineeId who takes it
     * @param number which of the trainee's attempts at the quiz it is
     * @param quiz the quiz
     * @param variant the trainee's variant of it
     * @param started when it started
     */
    public AttemptHeader(AttemptId attemptId, String traineeId, int number, Quiz quiz, Variant variant, Instant started) {
        this(Optional.of(Checks.present(attemptId, "attempt id")), traineeId, number, quiz, variant, started,
                Duration.ZERO);
    }

    /**
     * @param granted the time extension the attempt has now, in total
     * @return this header with that extension
     * @since 0.4
     */
    public AttemptHeader withExtension(Duration granted) {
        return new AttemptHeader(attemptId, traineeId, number, quiz, variant, started, granted);
    }

    /**
     * @return how messages and analyses name the attempt: its store id, or for an attempt not
     *     stored its trainee and number ({@code ana#2})
     */
    public String label() {
        return attemptId.map(AttemptId::toString).orElse(traineeId + "#" + number);
    }

    /**
     * @return the store's id of the attempt
     * @throws ModelException when the attempt is not stored
     */
    public AttemptId storedId() {
        return attemptId.orElseThrow(() -> new ModelException("attempt " + label() + " is not a stored attempt"));
    }

    /**
     * When the time limit runs out, if the quiz has one: the quiz's limit from the start, plus the
     * attempt's extension. The one rule for every interface and every later reading of the attempt.
     */
    public Optional<Instant> deadline() {
        Integer minutes = quiz.settings().timeLimitMinutes();
        return minutes == null ? Optional.empty()
                : Optional.of(started.plus(Duration.ofMinutes(minutes)).plus(extension));
    }

    /** True when something done at this time is after the deadline (exactly at the deadline is on time). */
    public boolean isLate(Instant at) {
        return deadline().map(at::isAfter).orElse(false);
    }
}
