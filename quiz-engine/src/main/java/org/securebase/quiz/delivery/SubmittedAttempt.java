package org.securebase.quiz.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.securebase.model.Checks;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.scoring.Mark;
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

    /** Scores the counted answers against an answer key; open answers await grading. */
    public ScoredAttempt score(AnswerKey key) {
        return score(key, Map.of());
    }

    /**
     * Scores the counted answers against an answer key, open answers by the graders' marks.
     *
     * @since 0.3
     */
    public ScoredAttempt score(AnswerKey key, Map<QuestionRef, Mark> marks) {
        return new ScoredAttempt(this, key, Scorer.score(header.quiz(), key, countedAnswers(), marks));
    }
}
