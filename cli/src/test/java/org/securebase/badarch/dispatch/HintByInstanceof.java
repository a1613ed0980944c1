package org.securebase.badarch.dispatch;

import org.securebase.model.question.Matching;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;

/** Breaks the dispatch rule: an instanceof chain over the question family that falls through to one branch. */
final class HintByInstanceof {
    private HintByInstanceof() {
    }

    static String hint(Question q) {
        if (q instanceof Ordering) {
            return "order the items";
        }
        if (q instanceof Matching) {
            return "match the pairs";
        }
        return "choose";
    }
}
