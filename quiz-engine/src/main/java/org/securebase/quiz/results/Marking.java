package org.securebase.quiz.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.grading.Grades;
import org.securebase.quiz.grading.Rating;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.Mark;
import org.securebase.quiz.store.AttemptRescore;
import org.securebase.quiz.store.MarkedAttempt;
import org.securebase.quiz.store.MarkedResponse;
import org.securebase.quiz.store.ResultStore;

import org.securebase.quiz.store.StoredAttempt;
import org.securebase.quiz.store.StoredRating;
import org.securebase.quiz.store.StoredScore;

/**
 * Saves graders' ratings of open answers with the marks and scores they settle, in one
 * transaction: each rated attempt is scored again under the key in force with the marks the
 * resolution policy decides from the ratings then in force, so an attempt whose last open answer
 * gets its mark leaves "awaiting grading" with its final score and pass, and one whose answer now
 * waits for a third rating goes back to it (decision 0140).
 *
 * @since 0.3
 */
public final class Marking {
    private final ResultStore store;
    private final FrozenQuizzes quizzes;
    private final KeyInForce keys;

    /** @param store the open result store; the caller closes it */
    public Marking(ResultStore store) {
        this.store = Checks.present(store, "result store");
        this.quizzes = new FrozenQuizzes(store);
        this.keys = new KeyInForce(store);
    }

    /**
     * Checks each rating against its question's rubric and saves them all, or none, with the
     * settled scores.
     *
     * @param quizId the quiz the ratings belong to
     * @param ratings the ratings
     * @param imported whether they come from an imported grading sheet (audited as {@code imported})
     * @return the new score of every attempt whose score changed, by attempt id
     * @throws org.securebase.model.ModelException when a rating does not fit its question
     * @throws ModelException when a rating names an attempt that is not a submitted attempt at the quiz
     */
    public Map<Long, StoredScore> save(String quizId, List<Rating> ratings, boolean imported) {
        Quiz quiz = quizzes.require(quizId);
        var open = Grades.openResponses(quiz);
        Map<String, StoredRating> inForce = new LinkedHashMap<>();
        for (StoredRating r : store.ratingsOf(quizId)) {
            inForce.put(slot(r), r);
        }
        List<StoredRating> saving = new ArrayList<>();
        Set<Long> touched = new TreeSet<>();
        for (Rating r : ratings) {
            if (!open.containsKey(r.ref())) {
                throw new ModelException("cannot save a rating of " + r.ref() + ": quiz " + quizId
                        + " does not ask it as an open response; nothing was saved");
            }
            r.checkFits(open.get(r.ref()));
            StoredRating s = Grades.stored(r);
            saving.add(s);
            inForce.put(slot(s), s);
            touched.add(r.attemptId());
        }
        AnswerKey key = keys.of(quiz);
        Map<Long, Map<QuestionRef, Mark>> marks = Grades.marks(quiz, List.copyOf(inForce.values()));
        List<AttemptRescore> settled = new ArrayList<>();
        Map<Long, StoredScore> changed = new LinkedHashMap<>();
        for (long id : touched) {
            StoredAttempt a = store.attempt(id).orElseThrow(() -> new ModelException(
                    "cannot save a rating of attempt " + id + ": there is no such attempt; nothing was saved"));
            if (!(a instanceof MarkedAttempt m) || !m.quizId().equals(quizId)) {
                throw new ModelException("cannot save a rating of attempt " + id + ": it is not a submitted attempt"
                        + " at quiz " + quizId + "; nothing was saved");
            }
            ScoredAttempt after = Stored.scored(quiz, key, marks, m);
            Map<QuestionRef, Double> newMarks = Stored.marks(after);
            Map<QuestionRef, Double> moved = new HashMap<>();
            for (MarkedResponse r : m.responses()) {
                Double mark = newMarks.get(r.question());
                if (mark != null && Math.abs(mark - r.mark()) > 1e-12) {
                    moved.put(r.question(), mark);
                }
            }
            StoredScore score = Stored.score(quizId, after.report());
            if (!moved.isEmpty() || !Stored.sameScore(score, m.score())) {
                settled.add(new AttemptRescore(id, moved, score));
                changed.put(id, score);
            }
        }
        store.saveRatings(saving, imported, settled);
        return changed;
    }

    private static String slot(StoredRating r) {
        return r.attemptId() + " " + r.question() + " " + r.role();
    }
}
