package org.securebase.quiz.delivery;

import java.time.Instant;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.Scorer;

/**
 * An attempt the trainee has submitted: frozen, waiting to be scored.
 *
 * @param header who, which quiz, which variant, when
 * @param responses every recorded response, oldest first
 * @param submitted when it was submitted, not before the last response
 * @since 0.1
 */
public record SubmittedAttempt(AttemptHeader header, List<Response> responses, Instant submitted) implements Attempt {

    /** Replays the responses and checks the submission time. */
    public SubmittedAttempt {
        Checks.present(header, "attempt header");
        Checks.present(submitted, "submission time of attempt " + header.label());
        responses = Responses.check(header, Checks.list(responses, "responses"), submitted);
    }

    /** True when it was submitted after the time limit. */
    public boolean submittedLate() {
        return header.isLate(submitted);
    }

    /** Scores the counted answers against an answer key. */
    public ScoredAttempt score(AnswerKey key) {
        return new ScoredAttempt(this, key, Scorer.score(header.quiz(), key, countedAnswers()));
    }
}
