package org.securebase.quiz.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.SingleChoice;
import org.securebase.quiz.scoring.Answer;

/**
 * How a simulated trainee answers one question when each part is right with probability p
 * (see {@code docs/simulation.md}). Answers are in written positions and always fit the question.
 */
final class Answers {
    private Answers() {
    }

    static Answer answer(Question q, double p, RandomGenerator r) {
        return q.accept(new QuestionVisitor<Answer>() {
            @Override
            public Answer singleChoice(SingleChoice s) {
                return Answers.singleChoice(s, p, r);
            }

            @Override
            public Answer multipleResponse(MultipleResponse m) {
                return Answers.multipleResponse(m, p, r);
            }

            @Override
            public Answer ordering(Ordering o) {
                return Answers.ordering(o.items().size(), p, r);
            }

            @Override
            public Answer matching(Matching m) {
                return Answers.matching(m.pairs().size(), p, r);
            }

            @Override
            public Answer openResponse(OpenResponse o) {
                return Answers.openResponse(o, p, r);
            }
        });
    }

    /**
     * An open answer marked as simulated: the model answer with probability p (or, without one,
     * a line naming the question's first concept), otherwise a line that misses the point.
     */
    private static Answer openResponse(OpenResponse o, double p, RandomGenerator r) {
        String good = o.model().orElse("It is about " + o.concepts().get(0).value() + ".");
        String written = r.nextDouble() < p ? good : "I would ask them what happened next.";
        String text = SIMULATED + written;
        int most = o.limit().orElse(Integer.MAX_VALUE);
        return new Answer.Text(text.codePointCount(0, text.length()) <= most ? text
                : text.substring(0, text.offsetByCodePoints(0, most)));
    }

    /** How every simulated open answer starts, so no one mistakes it for a trainee's. */
    static final String SIMULATED = "[simulated] ";

    /** The key with probability p, otherwise one of the distractors, each equally likely. */
    private static Answer singleChoice(SingleChoice s, double p, RandomGenerator r) {
        int key = s.correctPosition();
        if (r.nextDouble() < p) {
            return Answer.Choice.of(key);
        }
        int wrong = 1 + r.nextInt(s.options().size() - 1);
        return Answer.Choice.of(wrong >= key ? wrong + 1 : wrong);
    }

    /** Each option judged right (chosen when correct, left when wrong) with probability p. */
    private static Answer multipleResponse(MultipleResponse m, double p, RandomGenerator r) {
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < m.options().size(); i++) {
            boolean judgedRight = r.nextDouble() < p;
            if (m.options().get(i).correct() == judgedRight) {
                chosen.add(i + 1);
            }
        }
        return new Answer.Choice(chosen);
    }

    /** The written (correct) order, then each adjacent pair swapped, left to right, with probability 1 − p. */
    private static Answer ordering(int items, double p, RandomGenerator r) {
        List<Integer> sequence = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            sequence.add(i);
        }
        for (int i = 0; i + 1 < items; i++) {
            if (r.nextDouble() >= p) {
                Integer t = sequence.get(i);
                sequence.set(i, sequence.get(i + 1));
                sequence.set(i + 1, t);
            }
        }
        return new Answer.Order(sequence);
    }

    /**
     * Each left side matched right with probability p; the sides missed are matched among
     * themselves with no side right (a shifted cycle), and a single miss goes to another right
     * side at random.
     */
    private static Answer matching(int pairs, double p, RandomGenerator r) {
        Map<Integer, Integer> match = new TreeMap<>();
        List<Integer> missed = new ArrayList<>();
        for (int left = 1; left <= pairs; left++) {
            if (r.nextDouble() < p) {
                match.put(left, left);
            } else {
                missed.add(left);
            }
        }
        if (missed.size() == 1) {
            int left = missed.get(0);
            int right = 1 + r.nextInt(pairs - 1);
            match.put(left, right >= left ? right + 1 : right);
        } else if (missed.size() > 1) {
            int shift = 1 + r.nextInt(missed.size() - 1);
            for (int i = 0; i < missed.size(); i++) {
                match.put(missed.get(i), missed.get((i + shift) % missed.size()));
            }
        }
        return new Answer.Match(match);
    }
}
