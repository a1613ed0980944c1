package org.securebase.quiz.delivery;

import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.ScoreReport;

/**
 * A submitted attempt with its marks under an answer key. Only this state gives trainee
 * feedback ({@link TraineeFeedback#of(ScoredAttempt)}), because only now may the key be shown.
 *
 * @param submission the submitted attempt
 * @param key the answer key it was scored with
 * @param report the marks
 * @since 0.1
 */
public record ScoredAttempt(SubmittedAttempt submission, AnswerKey key, ScoreReport report) implements Attempt {

    /** Requires a key and report of the attempt's quiz. */
    public ScoredAttempt {
        Checks.present(submission, "submitted attempt");
        Checks.present(key, "answer key");
        Checks.present(report, "score report");
        String quizId = submission.header().quiz().id();
        if (!key.quizId().equals(quizId) || !report.quizId().equals(quizId)) {
            throw new ModelException("attempt " + submission.header().label() + " of quiz " + quizId
                    + " cannot carry a key or report of quiz " + key.quizId() + "/" + report.quizId());
        }
    }

    @Override
    public AttemptHeader header() {
        return submission.header();
    }

    @Override
    public List<Response> responses() {
        return submission.responses();
    }

    /** The same submission scored again under another key (after re-keying), keeping the graders' marks. */
    public ScoredAttempt rescore(AnswerKey newKey) {
        return submission.score(newKey, report.marks());
    }
}
