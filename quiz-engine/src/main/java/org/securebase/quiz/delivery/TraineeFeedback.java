package org.securebase.quiz.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.MatchPair;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.SingleChoice;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.Key;
import org.securebase.quiz.scoring.QuestionScore;
import org.securebase.quiz.variant.Variant;

/**
 * Feedback for the trainee on one question after scoring: what they chose (under the letters
 * they saw), whether it was right, the right answer, the feedback of the options involved (those
 * chosen and the keyed ones) and the question's general feedback. It is made only from a
 * {@link ScoredAttempt}, so it cannot be shown before submission.
 *
 * @param number the question's number in the trainee's delivery
 * @param ref the question
 * @param stem the question text
 * @param chosen what the trainee answered, one line each; empty when unanswered
 * @param key the right answer, one line each
 * @param earned points earned
 * @param possible points possible (0 when voided)
 * @param voided whether the question was voided and counts for no one
 * @param fullMarks whether the answer earned every point
 * @param optionFeedback the feedback of each option involved, as {@code "B: text"}
 * @param generalFeedback the question's general feedback, or null
 * @since 0.1
 */
public record TraineeFeedback(int number, QuestionRef ref, String stem, List<String> chosen, List<String> key,
                              double earned, int possible, boolean voided, boolean fullMarks,
                              List<String> optionFeedback, String generalFeedback) {

    /** Copies the lists. */
    public TraineeFeedback {
        chosen = Checks.list(chosen, "chosen lines");
        key = Checks.list(key, "key lines");
        optionFeedback = Checks.list(optionFeedback, "option feedback");
    }

    /** Feedback on every question, in the trainee's delivery order. */
    public static List<TraineeFeedback> of(ScoredAttempt attempt) {
        Variant v = attempt.header().variant();
        List<TraineeFeedback> out = new ArrayList<>();
        int number = 0;
        for (QuestionRef r : v.order()) {
            Question q = attempt.header().quiz().question(r).question();
            QuestionScore s = attempt.report().question(r).orElseThrow();
            out.add(one(++number, r, q, v, attempt.key().key(r), s));
        }
        return out;
    }

    private static TraineeFeedback one(int number, QuestionRef r, Question q, Variant v, Key key, QuestionScore s) {
        List<String> chosen = new ArrayList<>();
        List<String> keyed = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Optional<Answer> a = Optional.ofNullable(s.answer());
        q.accept(new QuestionVisitor<Void>() {
            @Override
            public Void singleChoice(SingleChoice sc) {
                options(sc.options());
                return null;
            }

            @Override
            public Void multipleResponse(MultipleResponse mr) {
                options(mr.options());
                return null;
            }

            @Override
            public Void ordering(Ordering o) {
                a.flatMap(x -> x.as(Answer.Order.class))
                        .ifPresent(ord -> ord.sequence().forEach(p -> chosen.add(o.items().get(p - 1))));
                ((Key.Order) key).sequence().forEach(p -> keyed.add(o.items().get(p - 1)));
                return null;
            }

            @Override
            public Void matching(Matching m) {
                List<MatchPair> pairs = m.pairs();
                List<String> rights = m.rights();
                a.flatMap(x -> x.as(Answer.Match.class)).ifPresent(given -> given.pairs().forEach((l, rt) ->
                        chosen.add(pairs.get(l - 1).left() + " → " + rights.get(rt - 1))));
                for (Map.Entry<Integer, Integer> e : ((Key.Match) key).pairs().entrySet()) {
                    keyed.add(pairs.get(e.getKey() - 1).left() + " → " + rights.get(e.getValue() - 1));
                }
                return null;
            }

            @Override
            public Void openResponse(OpenResponse o) {
                a.flatMap(x -> x.as(Answer.Text.class)).ifPresent(t -> chosen.add(t.text()));
                o.model().ifPresent(keyed::add);
                return null;
            }

            private void options(List<ChoiceOption> options) {
                List<Integer> picked = a.flatMap(x -> x.as(Answer.Choice.class)).map(Answer.Choice::positions)
                        .orElse(List.of());
                List<Integer> right = ((Key.Choice) key).correct();
                for (int place = 1; place <= options.size(); place++) {
                    int written = v.arrangement(r).get(place - 1);
                    ChoiceOption o = options.get(written - 1);
                    String line = v.letterOf(r, written) + ". " + o.text();
                    if (picked.contains(written)) {
                        chosen.add(line);
                    }
                    if (right.contains(written)) {
                        keyed.add(line);
                    }
                    if ((picked.contains(written) || right.contains(written)) && o.feedback() != null) {
                        notes.add(v.letterOf(r, written) + ": " + o.feedback());
                    }
                }
            }
        });
        return new TraineeFeedback(number, r, q.stem(), chosen, keyed, s.earned(), s.possible(), s.voided(),
                s.fullMarks(), notes, q.feedback());
    }
}
