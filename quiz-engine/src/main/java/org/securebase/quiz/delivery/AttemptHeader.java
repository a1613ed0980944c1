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
 * @param attemptId unique in a store
 * @param traineeId who takes it
 * @param number 1 for the first attempt of this trainee at this quiz, 2 for the first retake, …
 * @param quiz the quiz
 * @param variant the trainee's variant of it
 * @param started when the attempt started; the time limit runs from here
 * @since 0.1
 */
public record AttemptHeader(String attemptId, String traineeId, int number, Quiz quiz, Variant variant, Instant started) {

    /** Requires every part and a variant of this quiz. */
    public AttemptHeader {
        Checks.id(attemptId, "attempt id");
        Checks.text(traineeId, "trainee id of attempt " + attemptId);
        Checks.positive(number, "number of attempt " + attemptId);
        Checks.present(quiz, "quiz of attempt " + attemptId);
        Checks.present(variant, "variant of attempt " + attemptId);
        Checks.present(started, "start of attempt " + attemptId);
        if (!variant.quizId().equals(quiz.id())) {
            throw new ModelException("attempt " + attemptId + " uses variant " + variant.code() + " of quiz "
                    + variant.quizId() + ", not of quiz " + quiz.id());
        }
    }

    /** When the time limit runs out, if the quiz has one. */
    public Optional<Instant> deadline() {
        Integer minutes = quiz.settings().timeLimitMinutes();
        return minutes == null ? Optional.empty() : Optional.of(started.plus(Duration.ofMinutes(minutes)));
    }

    /** True when something done at this time is after the deadline (exactly at the deadline is on time). */
    public boolean isLate(Instant at) {
        return deadline().map(at::isAfter).orElse(false);
    }
}
