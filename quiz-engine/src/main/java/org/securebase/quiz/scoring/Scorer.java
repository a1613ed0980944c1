package org.securebase.quiz.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securebase.model.ModelException;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;

/**
 * Scores a set of answers to a quiz against an answer key: each question by its
 * {@link ScoringRule}, weighted by its points, open answers by the graders' marks; voided questions
 * count 0 of 0.
 *
 * @since 0.1
 */
public final class Scorer {
    private Scorer() {
    }

    /**
     * Scores the answers; questions without an answer earn nothing.
     *
     * @param answers by question, in written positions
     * @throws ModelException when an answer names a question the quiz does not ask
     * @throws InvalidAnswerException when an answer or key does not fit its question
     */
    public static ScoreReport score(Quiz quiz, AnswerKey key, Map<QuestionRef, Answer> answers) {
        return score(quiz, key, answers, Map.of());
    }

    /**
     * Scores the answers, open answers by the graders' marks: an open answer with a mark earns it
     * (at most the question's points), one without awaits grading and earns a provisional 0.
     *
     * @param answers by question, in written positions
     * @param marks the graders' marks of open answers, by question
     * @throws ModelException when an answer names a question the quiz does not ask
     * @throws InvalidAnswerException when an answer or key does not fit its question
     * @since 0.3
     */
    public static ScoreReport score(Quiz quiz, AnswerKey key, Map<QuestionRef, Answer> answers, Map<QuestionRef, Mark> marks) {
        ScoringPlan plan = ScoringPlan.of(quiz, key);
        int n = plan.refs.length;
        List<QuestionScore> scores = new ArrayList<>(n);
        int matched = 0;
        for (int i = 0; i < n; i++) {
            LibraryQuestion lq = plan.asked[i];
            QuestionRef ref = plan.refs[i];
            Answer a = answers.isEmpty() ? null : answers.get(ref);
            if (a != null) {
                matched++;
                a.checkFits(lq.question(), ref);
            }
            ScoringRule rule = plan.rules[i];
            double credit = rule.credit(plan.keys[i], a);
            boolean voided = plan.voided[i];
            int possible = voided ? 0 : plan.points[i];
            if (a != null && plan.open[i]) {
                Mark mark = marks.get(ref);
                double graded = mark == null || plan.points[i] == 0 ? 0 : Math.min(1, mark.points() / plan.points[i]);
                scores.add(new QuestionScore(ref, rule.ruleName(), a, graded, graded * possible, possible, voided,
                        plan.concepts.get(i), mark, mark == null));
            } else {
                scores.add(new QuestionScore(ref, rule.ruleName(), a, credit, credit * possible, possible, voided,
                        plan.concepts.get(i)));
            }
        }
        if (matched < answers.size()) {
            // Some answer names a question the quiz does not ask: find it only now, for the message.
            for (QuestionRef r : answers.keySet()) {
                if (!quiz.asks(r)) {
                    throw new ModelException("an answer names " + r + ", which quiz " + quiz.id() + " does not ask");
                }
            }
        }
        return new ScoreReport(quiz.id(), scores, quiz.settings().passPercent(), quiz.settings().mustPass());
    }
}
