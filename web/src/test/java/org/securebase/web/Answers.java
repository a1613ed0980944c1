package org.securebase.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.Key;
import org.securebase.quiz.variant.Variant;

/** The form fields a trainee posts for the keyed answer, in the letters of their own variant. */
final class Answers {
    private Answers() {
    }

    /** @return per question number (index + 1), the fields of the keyed answer */
    static List<String[]> perfect(Quiz quiz, String traineeId) {
        Variant v = Variant.forTrainee(quiz, traineeId);
        AnswerKey key = AnswerKey.of(quiz);
        List<String[]> out = new ArrayList<>();
        for (QuestionRef r : v.order()) {
            Key k = key.key(r);
            List<String> f = new ArrayList<>();
            if (k instanceof Key.Choice c) {
                c.correct().forEach(p -> f.addAll(List.of("option", v.letterOf(r, p))));
            } else if (k instanceof Key.Order o) {
                for (int i = 0; i < o.sequence().size(); i++) {
                    f.addAll(List.of("place-" + v.letterOf(r, o.sequence().get(i)), String.valueOf(i + 1)));
                }
            } else {
                for (Map.Entry<Integer, Integer> e : ((Key.Match) k).pairs().entrySet()) {
                    f.addAll(List.of("match-" + e.getKey(), v.letterOf(r, e.getValue())));
                }
            }
            out.add(f.toArray(new String[0]));
        }
        return out;
    }
}
