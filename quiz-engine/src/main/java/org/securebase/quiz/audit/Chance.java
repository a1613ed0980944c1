package org.securebase.quiz.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.securebase.model.ModelException;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.SingleChoice;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.Key;
import org.securebase.quiz.scoring.ScoringRule;

/**
 * The expected credit of a trainee who answers at random, under the question's own scoring
 * rule: every option equally likely in single choice, every subset of options equally likely in
 * multiple response (the empty one included), every order and every matching of the prompts to
 * distinct right-hand options (spares included) equally likely.
 * Computed by enumerating the answers through the engine's scorer, so it follows the rules as
 * they are scored (an open response, which no random answer earns marks on, has chance 0); questions too large to enumerate (more than 16 options or 8 items) are refused.
 */
final class Chance {
    static final int MOST_OPTIONS = 16;
    static final int MOST_ITEMS = 8;

    private Chance() {
    }

    /** The expected credit of a random answer to the question. */
    static double of(Question q) {
        ScoringRule rule = ScoringRule.of(q);
        Key key = Key.of(q);
        List<Answer> answers = q.accept(new QuestionVisitor<List<Answer>>() {
            @Override
            public List<Answer> singleChoice(SingleChoice s) {
                List<Answer> out = new ArrayList<>();
                for (int p = 1; p <= s.options().size(); p++) {
                    out.add(Answer.Choice.of(p));
                }
                return out;
            }

            @Override
            public List<Answer> multipleResponse(MultipleResponse m) {
                int n = m.options().size();
                if (n > MOST_OPTIONS) {
                    throw new ModelException("question " + m.id() + " has " + n + " options; the audit enumerates at most "
                            + MOST_OPTIONS);
                }
                List<Answer> out = new ArrayList<>();
                for (int mask = 0; mask < 1 << n; mask++) {
                    List<Integer> chosen = new ArrayList<>();
                    for (int p = 1; p <= n; p++) {
                        if ((mask & 1 << (p - 1)) != 0) {
                            chosen.add(p);
                        }
                    }
                    out.add(new Answer.Choice(chosen));
                }
                return out;
            }

            @Override
            public List<Answer> ordering(Ordering o) {
                return permutations(o.id(), o.items().size()).stream().<Answer>map(Answer.Order::new).toList();
            }

            @Override
            public List<Answer> matching(Matching m) {
                List<Answer> out = new ArrayList<>();
                int lefts = m.pairs().size();
                for (List<Integer> perm : permutations(m.id(), m.rights().size())) {
                    if (!sparesInOrder(perm.subList(lefts, perm.size()))) {
                        continue;
                    }
                    Map<Integer, Integer> pairs = new TreeMap<>();
                    for (int left = 1; left <= lefts; left++) {
                        pairs.put(left, perm.get(left - 1));
                    }
                    out.add(new Answer.Match(pairs));
                }
                return out;
            }

            @Override
            public List<Answer> openResponse(OpenResponse o) {
                // a written answer cannot be guessed: no random answer earns a grader's marks
                return List.of();
            }
        });
        double sum = 0;
        for (Answer a : answers) {
            sum += rule.credit(key, a);
        }
        return answers.isEmpty() ? 0 : sum / answers.size();
    }

    /**
     * True when the right sides no prompt took are in ascending order: each assignment of the
     * prompts to distinct right sides (spares included) is then counted once.
     */
    private static boolean sparesInOrder(List<Integer> unused) {
        for (int i = 1; i < unused.size(); i++) {
            if (unused.get(i - 1) > unused.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Every permutation of 1..n. */
    static List<List<Integer>> permutations(String id, int n) {
        if (n > MOST_ITEMS) {
            throw new ModelException("question " + id + " has " + n + " items; the audit enumerates at most " + MOST_ITEMS);
        }
        List<List<Integer>> out = new ArrayList<>();
        permute(new ArrayList<>(), n, out);
        return out;
    }

    private static void permute(List<Integer> prefix, int n, List<List<Integer>> out) {
        if (prefix.size() == n) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (int v = 1; v <= n; v++) {
            if (!prefix.contains(v)) {
                prefix.add(v);
                permute(prefix, n, out);
                prefix.remove(prefix.size() - 1);
            }
        }
    }
}
