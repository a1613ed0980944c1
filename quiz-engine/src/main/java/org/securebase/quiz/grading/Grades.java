package org.securebase.quiz.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.securebase.model.ModelException;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.QuestionLayout;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.scoring.Mark;
import org.securebase.quiz.store.StoredRating;

/**
 * The adapter between the store's ratings and the engine: ratings read back into
 * {@link Rating}s, and the marks the resolution policy decides for each attempt's open answers,
 * ready for {@code SubmittedAttempt.score(key, marks)}.
 *
 * @since 0.3
 */
public final class Grades {
    private Grades() {
    }

    /** The open responses a quiz asks, by reference, in the quiz's order. */
    public static Map<QuestionRef, OpenResponse> openResponses(Quiz quiz) {
        Map<QuestionRef, OpenResponse> out = new LinkedHashMap<>();
        for (LibraryQuestion lq : quiz.questions()) {
            QuestionLayout.openResponse(lq.question()).ifPresent(o -> out.put(lq.ref(), o));
        }
        return out;
    }

    /** A stored rating as the engine reads it. */
    public static Rating rating(StoredRating r) {
        return new Rating(r.attemptId(), r.question(), r.grader(), RatingRole.of(r.role()), Rating.parseLevels(r.levels()),
                r.comment(), r.ratedAt());
    }

    /** A rating as the store keeps it. */
    public static StoredRating stored(Rating r) {
        return new StoredRating(r.attemptId(), r.ref(), r.role().text(), r.grader(), r.levelsText(), r.comment(), r.at());
    }

    /**
     * The marks of every graded open answer, by attempt and question; answers without a mark (not
     * rated, or waiting for a third rating) are absent.
     *
     * @throws ModelException when a rating names a question the quiz does not ask as an open response
     */
    public static Map<Long, Map<QuestionRef, Mark>> marks(Quiz quiz, List<StoredRating> stored) {
        Map<QuestionRef, OpenResponse> open = openResponses(quiz);
        Map<Long, Map<QuestionRef, List<Rating>>> byAnswer = new TreeMap<>();
        for (StoredRating s : stored) {
            if (!open.containsKey(s.question())) {
                throw new ModelException("a rating names " + s.question() + ", which quiz " + quiz.id()
                        + " does not ask as an open response");
            }
            byAnswer.computeIfAbsent(s.attemptId(), k -> new TreeMap<>())
                    .computeIfAbsent(s.question(), k -> new ArrayList<>()).add(rating(s));
        }
        Map<Long, Map<QuestionRef, Mark>> out = new TreeMap<>();
        byAnswer.forEach((attempt, answers) -> answers.forEach((ref, ratings) ->
                Resolution.of(open.get(ref), ratings).ifPresent(m ->
                        out.computeIfAbsent(attempt, k -> new TreeMap<>()).put(ref, m))));
        return out;
    }
}
