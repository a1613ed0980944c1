package org.securebase.quiz.results;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.securebase.model.Checks;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.variant.Variant;

/**
 * A whole attempt taken outside the terminal (on a paper handout, in another system) to record
 * at once: who, in which variant, their answers in written positions, and when they handed it in.
 *
 * @param traineeId the trainee, already known to the store or saved with the attempt
 * @param variant the variant they answered (the handout's or their own)
 * @param answers their answers by question, in written positions; unanswered questions are absent
 * @param submitted when the attempt was handed in
 * @since 0.1
 */
public record CollectedAttempt(String traineeId, Variant variant, Map<QuestionRef, Answer> answers, Instant submitted) {

    /** Requires every part. */
    public CollectedAttempt {
        Checks.text(traineeId, "trainee id of a collected attempt");
        Checks.present(variant, "variant of the attempt of " + traineeId);
        answers = Collections.unmodifiableMap(new TreeMap<>(Checks.present(answers, "answers of " + traineeId)));
        Checks.present(submitted, "submission time of the attempt of " + traineeId);
    }
}
