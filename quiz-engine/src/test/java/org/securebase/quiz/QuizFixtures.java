package org.securebase.quiz;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Assembly;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.Key;

/** The golden quiz and answers to it. */
public final class QuizFixtures {
    public static final long SEED = 20240917L;
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private QuizFixtures() {
    }

    /** The golden quiz: 9 questions, 11 points, pass 80 %, 45 minutes, 2 attempts, best counts. */
    public static Quiz anyQuiz() {
        return Assembly.assemble(LibraryFixtures.anyBlueprint(), LibraryFixtures.anyLibrary(), SEED);
    }

    public static QuestionRef ref(String text) {
        return QuestionRef.parse(text);
    }

    /** The answer the key asks for, for every question. */
    public static Map<QuestionRef, Answer> perfectAnswers(Quiz quiz) {
        AnswerKey key = AnswerKey.of(quiz);
        Map<QuestionRef, Answer> out = new TreeMap<>();
        key.keys().forEach((r, k) -> out.put(r, perfect(k)));
        return out;
    }

    public static Answer perfect(Key k) {
        if (k instanceof Key.Choice c) {
            return new Answer.Choice(c.correct());
        }
        if (k instanceof Key.Order o) {
            return new Answer.Order(o.sequence());
        }
        return new Answer.Match(((Key.Match) k).pairs());
    }

    /**
     * The worked example of docs/scoring.md: all right except the ordering question (2 1 3 4: five
     * of six pairs) and the matching question (one of three pairs).
     */
    public static Map<QuestionRef, Answer> workedExampleAnswers(Quiz quiz) {
        Map<QuestionRef, Answer> out = perfectAnswers(quiz);
        out.put(ref("couple-late-text#q3"), Answer.Order.of(2, 1, 3, 4));
        out.put(ref("couple-late-text#q4"), new Answer.Match(Map.of(1, 1, 2, 3, 3, 2)));
        return out;
    }
}
