package org.securebase.quiz.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.securebase.model.question.QuestionRef;

/**
 * The strategies that apply to one question and what each earns on it.
 *
 * @param ref the question
 * @param type its type name ({@code single-choice}, ...)
 * @param outcomes per applicable strategy
 * @since 0.3
 */
public record QuestionAudit(QuestionRef ref, String type, Map<Strategy, Outcome> outcomes) {

    /** Copies the outcomes in strategy order. */
    public QuestionAudit {
        outcomes = outcomes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(outcomes));
    }

    /** The strategies that do better on this question than their baseline, in strategy order. */
    public List<Strategy> winners() {
        List<Strategy> out = new ArrayList<>();
        outcomes.forEach((s, o) -> {
            if (o.wins()) {
                out.add(s);
            }
        });
        return out;
    }
}
