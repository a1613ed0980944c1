package org.securebase.quiz.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.securebase.model.ModelException;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.QuestionLayout;
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
        List<LibraryQuestion> asked = quiz.questions();
        Key[] keys = key.keysFor(quiz, asked);
        List<QuestionScore> scores = new ArrayList<>(asked.size());
        int matched = 0;
        for (int i = 0; i < keys.length; i++) {
            LibraryQuestion lq = asked.get(i);
            QuestionRef ref = lq.ref();
            Answer a = answers.get(ref);
            if (a != null) {
                matched++;
                a.checkFits(lq.question(), ref);
            }
            ScoringRule rule = ScoringRule.of(lq.question());
            double credit = rule.credit(keys[i], a);
            boolean voided = key.isVoided(ref);
            int possible = voided ? 0 : lq.question().points();
            Optional<OpenResponse> open = a == null ? Optional.empty() : QuestionLayout.openResponse(lq.question());
            if (open.isPresent()) {
                Mark mark = marks.get(ref);
                double graded = mark == null || lq.question().points() == 0 ? 0
                        : Math.min(1, mark.points() / lq.question().points());
                scores.add(new QuestionScore(ref, rule.ruleName(), a, graded, graded * possible, possible, voided,
                        lq.question().concepts(), mark, mark == null));
            } else {
                scores.add(new QuestionScore(ref, rule.ruleName(), a, credit, credit * possible, possible, voided,
                        lq.question().concepts()));
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
