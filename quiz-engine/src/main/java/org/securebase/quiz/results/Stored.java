package org.securebase.quiz.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.securebase.model.ModelException;
import org.securebase.quiz.delivery.Response;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.InvalidAnswerException;
import org.securebase.quiz.store.StoreException;

/**
 * Turns the store's opaque responses into the engine's and back: an answer is kept as
 * {@link Answer#encode()}, a cleared answer as the empty text.
 */
final class Stored {
    private Stored() {
    }

    static org.securebase.quiz.store.StoredResponse response(Response r, boolean late) {
        return new org.securebase.quiz.store.StoredResponse(r.ref(), r.clears() ? "" : r.answer().encode(), r.at(), late);
    }

    /** The engine's responses of a stored attempt, in time order (the store keeps them in the order first given). */
    static List<Response> responses(long attemptId, List<org.securebase.quiz.store.StoredResponse> stored) {
        List<Response> out = new ArrayList<>(stored.size());
        for (org.securebase.quiz.store.StoredResponse s : stored) {
            out.add(new Response(s.question(), answer(attemptId, s), s.answeredAt()));
        }
        out.sort(Comparator.comparing(Response::at));
        return out;
    }

    private static Answer answer(long attemptId, org.securebase.quiz.store.StoredResponse s) {
        if (s.answer().isBlank()) {
            return null;
        }
        try {
            return Answer.parse(s.answer());
        } catch (InvalidAnswerException e) {
            throw new StoreException(StoreException.Kind.INCOMPATIBLE, "attempt " + attemptId + " holds the answer '"
                    + s.answer() + "' to " + s.question() + ", which this SecureBase cannot read: " + e.getMessage(), e);
        }
    }

    /** The later of two times. */
    static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static ModelException nothingCounts(String quizId) {
        return new ModelException("every question of quiz " + quizId + " is voided: no attempt can be scored;"
                + " re-key a question to bring it back");
    }
}
