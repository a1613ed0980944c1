package org.securebase.quiz.results;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.securebase.model.Checks;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.codec.QuizCodec;
import org.securebase.quiz.json.JsonException;
import org.securebase.quiz.store.FrozenQuiz;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StoreException;

/**
 * Quizzes frozen into a {@link ResultStore} (their content in the {@link QuizCodec} text form,
 * which holds the authors' key) and thawed back. A stored quiz never changes under its id (the
 * store refuses other content), so each quiz is thawed once and the same {@link Quiz} is handed
 * out after that: a workshop of 200 trainees shares one copy instead of thawing one per sitting.
 *
 * @since 0.3
 */
public final class FrozenQuizzes {
    private final ResultStore store;
    private final Map<String, Quiz> thawed = new ConcurrentHashMap<>();

    /** @param store the open result store; the caller closes it */
    public FrozenQuizzes(ResultStore store) {
        this.store = Checks.present(store, "result store");
    }

    /**
     * Freezes a quiz into the store. Freezing the same quiz again changes nothing.
     *
     * @param quiz the quiz
     * @return the same quiz
     * @throws StoreException if another quiz is stored under its id
     */
    public Quiz freeze(Quiz quiz) {
        store.saveQuiz(new FrozenQuiz(quiz.id(), quiz.blueprintId(), quiz.blueprintVersion(), quiz.seed(),
                quiz.fingerprint(), QuizCodec.write(quiz)));
        thawed.putIfAbsent(quiz.id(), quiz);
        return quiz;
    }

    /**
     * @param quizId a quiz id
     * @return the frozen quiz thawed, or empty when the store holds no such quiz
     * @throws StoreException if the stored text cannot be read
     */
    public Optional<Quiz> quiz(String quizId) {
        Quiz known = thawed.get(quizId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Quiz> read = store.quiz(quizId).map(FrozenQuizzes::thaw);
        read.ifPresent(q -> thawed.putIfAbsent(quizId, q));
        return read.map(q -> thawed.get(quizId));
    }

    /**
     * @param quizId a quiz id
     * @return the frozen quiz thawed
     * @throws StoreException (refused) when the store holds no such quiz
     */
    public Quiz require(String quizId) {
        return quiz(quizId).orElseThrow(() -> new StoreException(StoreException.Kind.REFUSED, "unknown quiz '" + quizId
                + "' in the result store " + store.file() + "; build or take the quiz first, or check the id"));
    }

    /** @return the store the quizzes are kept in */
    ResultStore store() {
        return store;
    }

    private static Quiz thaw(FrozenQuiz frozen) {
        try {
            return QuizCodec.read(frozen.content());
        } catch (JsonException e) {
            throw new StoreException(StoreException.Kind.INCOMPATIBLE, "quiz " + frozen.id()
                    + " in the result store cannot be read: " + e.getMessage(), e);
        }
    }
}
