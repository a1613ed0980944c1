package org.securebase.quiz.store;

import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;

/**
 * A response with the mark scoring gave it.
 *
 * @param response the response
 * @param mark the points it earned, ≥ 0
 * @since 0.1
 */
public record MarkedResponse(StoredResponse response, double mark) {

    /** Requires a response and a mark ≥ 0. */
    public MarkedResponse {
        if (response == null) {
            throw new ModelException("response of a marked response is missing");
        }
        Values.points(mark, "mark of " + response.question());
    }

    /** @return the question answered */
    public QuestionRef question() {
        return response.question();
    }
}
