package org.securebase.quiz.delivery;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.scoring.Answer;

/** Checks and replays recorded responses. */
final class Responses {
    private Responses() {
    }

    static List<Response> check(AttemptHeader h, List<Response> responses, Instant until) {
        List<Response> copy = List.copyOf(responses);
        Instant previous = h.started();
        for (Response r : copy) {
            if (r.at().isBefore(previous)) {
                throw new ModelException("attempt " + h.label() + " records a response to " + r.ref() + " at "
                        + r.at() + ", before " + previous + ": responses must be in time order and after the start");
            }
            if (!h.quiz().asks(r.ref())) {
                throw new ModelException("attempt " + h.label() + " records a response to " + r.ref()
                        + ", which quiz " + h.quiz().id() + " does not ask");
            }
            if (r.answer() != null) {
                r.answer().checkFits(h.quiz().question(r.ref()).question(), r.ref().toString());
            }
            previous = r.at();
        }
        if (until != null && until.isBefore(previous)) {
            throw new ModelException("attempt " + h.label() + " is submitted at " + until
                    + ", before its last response at " + previous);
        }
        return copy;
    }

    static Map<QuestionRef, Answer> counted(AttemptHeader h, List<Response> responses) {
        Map<QuestionRef, Answer> out = new TreeMap<>();
        for (Response r : responses) {
            if (h.isLate(r.at())) {
                continue;
            }
            if (r.clears()) {
                out.remove(r.ref());
            } else {
                out.put(r.ref(), r.answer());
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
