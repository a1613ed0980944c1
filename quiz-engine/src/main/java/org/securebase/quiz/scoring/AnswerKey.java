package org.securebase.quiz.scoring;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;

/**
 * The key of a whole quiz: one {@link Key} per question, and the questions voided after
 * delivery (a voided question counts for no one: it earns nothing and its points leave the
 * maximum). Re-keying makes a new answer key; attempts are scored against the one in force.
 *
 * @param quizId the quiz it keys
 * @param keys one per question of the quiz
 * @param voided questions that count for no one
 * @since 0.1
 */
public record AnswerKey(String quizId, Map<QuestionRef, Key> keys, Set<QuestionRef> voided) {

    /** Copies the parts in reference order; voided questions must be keyed questions. */
    public AnswerKey {
        Checks.id(quizId, "quiz id of an answer key");
        keys = Collections.unmodifiableMap(new TreeMap<>(keys));
        voided = Collections.unmodifiableSet(new TreeSet<>(voided));
        for (QuestionRef r : voided) {
            if (!keys.containsKey(r)) {
                throw new ModelException("the answer key of quiz " + quizId + " voids " + r + ", which it does not key");
            }
        }
    }

    /** The key the authors wrote for every question of the quiz, nothing voided. */
    public static AnswerKey of(Quiz quiz) {
        Map<QuestionRef, Key> keys = new TreeMap<>();
        quiz.questions().forEach(q -> keys.put(q.ref(), Key.of(q.question())));
        return new AnswerKey(quiz.id(), keys, Set.of());
    }

    /** The key of one question. */
    public Key key(QuestionRef ref) {
        Key k = keys.get(ref);
        if (k == null) {
            throw new ModelException("the answer key of quiz " + quizId + " has no key for " + ref);
        }
        return k;
    }

    /** True when the question counts for no one. */
    public boolean isVoided(QuestionRef ref) {
        return voided.contains(ref);
    }

    /** This key with one question's key replaced (and no longer voided). */
    public AnswerKey withKey(QuestionRef ref, Key key) {
        key(ref);
        Map<QuestionRef, Key> copy = new TreeMap<>(keys);
        copy.put(ref, key);
        Set<QuestionRef> v = new TreeSet<>(voided);
        v.remove(ref);
        return new AnswerKey(quizId, copy, v);
    }

    /** This key with one question voided. */
    public AnswerKey withVoided(QuestionRef ref) {
        key(ref);
        Set<QuestionRef> v = new TreeSet<>(voided);
        v.add(ref);
        return new AnswerKey(quizId, keys, v);
    }

    /**
     * Checks that this key keys exactly the quiz's questions and each key fits its question.
     *
     * @throws ModelException or {@link InvalidAnswerException} naming the question
     */
    public void checkFits(Quiz quiz) {
        keysFor(quiz, quiz.questions());
    }

    /**
     * The key of each question, in the order given, once this key is checked to fit the quiz as
     * {@link #checkFits(Quiz)} does: what the scorer needs, with one look-up per question.
     */
    Key[] keysFor(Quiz quiz, List<LibraryQuestion> asked) {
        if (!quiz.id().equals(quizId)) {
            throw new ModelException("the answer key is for quiz " + quizId + ", not for quiz " + quiz.id());
        }
        // The quiz asks each question once, so equal sizes and every question keyed mean the key
        // keys exactly the quiz's questions.
        Key[] found = new Key[asked.size()];
        boolean allKeyed = keys.size() == asked.size();
        for (int i = 0; allKeyed && i < found.length; i++) {
            found[i] = keys.get(asked.get(i).ref());
            allKeyed = found[i] != null;
        }
        if (!allKeyed) {
            throw new ModelException("the answer key of quiz " + quizId + " keys " + keys.keySet()
                    + " but the quiz asks " + new TreeSet<>(quiz.refs()));
        }
        for (int i = 0; i < found.length; i++) {
            found[i].checkFits(asked.get(i).question(), asked.get(i).ref());
        }
        return found;
    }
}
