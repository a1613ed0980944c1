package org.securebase.quiz.results;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.AttemptId;
import org.securebase.quiz.delivery.DeliveredQuiz;
import org.securebase.quiz.delivery.InProgressAttempt;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.variant.Variant;

/**
 * A trainee sitting a quiz: their attempt in progress together with the result store's id for
 * it. Every answer given through {@link Sittings#answer} is stored before the next sitting value
 * is returned, so an interrupted sitting loses nothing and {@link Sittings#sit} resumes it.
 *
 * @param attemptId the store's id of the attempt
 * @param attempt the attempt in progress, as stored
 * @param resumed whether the sitting continues an attempt started earlier
 * @since 0.1
 */
public record Sitting(AttemptId attemptId, InProgressAttempt attempt, boolean resumed) {

    /** Requires the attempt and an id matching its header. */
    public Sitting {
        Checks.present(attemptId, "attempt id of a sitting");
        Checks.present(attempt, "attempt of a sitting");
        if (!attempt.header().attemptId().equals(Optional.of(attemptId))) {
            throw new org.securebase.model.ModelException("a sitting of store attempt " + attemptId
                    + " cannot hold attempt " + attempt.header().label());
        }
    }

    /** @return the quiz being sat */
    public Quiz quiz() {
        return attempt.header().quiz();
    }

    /** @return the trainee's variant */
    public Variant variant() {
        return attempt.header().variant();
    }

    /** @return what the trainee is shown: the quiz in their variant, without the key */
    public DeliveredQuiz delivered() {
        return DeliveredQuiz.of(quiz(), variant());
    }

    /** @return the questions in the trainee's delivery order */
    public List<QuestionRef> order() {
        return variant().order();
    }

    /** @return when the time limit runs out, if the quiz has one */
    public Optional<Instant> deadline() {
        return attempt.header().deadline();
    }

    /**
     * @param now the current time
     * @return the time left, never negative; empty without a time limit
     */
    public Optional<Duration> remaining(Instant now) {
        return deadline().map(d -> now.isAfter(d) ? Duration.ZERO : Duration.between(now, d));
    }

    /**
     * @param now the current time
     * @return whether the time limit has run out (exactly at the deadline is still in time)
     */
    public boolean expired(Instant now) {
        return attempt.header().isLate(now);
    }

    /**
     * @param ref a question of the quiz
     * @return the answer that counts for it now, if any
     */
    public Optional<Answer> answerTo(QuestionRef ref) {
        return Optional.ofNullable(attempt.countedAnswers().get(ref));
    }

    /** @return the first question in delivery order without an answer that counts, if any */
    public Optional<QuestionRef> firstUnanswered() {
        return order().stream().filter(r -> !attempt.countedAnswers().containsKey(r)).findFirst();
    }
}
