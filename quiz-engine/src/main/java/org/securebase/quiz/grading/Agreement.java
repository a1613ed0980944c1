package org.securebase.quiz.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.securebase.model.ModelException;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.question.RubricCriterion;

/**
 * How far two graders agree on the answers both rated (a first and a second rating): per
 * criterion of each question and overall, the share of exact agreement, the share within one
 * level (adjacent, exact included) and Cohen's kappa with quadratic weights, the usual index for
 * ordered rubric levels (Cohen 1968, "Weighted kappa"). With k levels the disagreement weight of
 * levels i and j is (i − j)² / (k − 1)², and κ = 1 − Σ w·observed / Σ w·expected, expected from
 * the two graders' own level shares. The overall kappa pools the criteria: the observed and the
 * expected weighted disagreements are summed over criteria (each with its own levels) before the
 * ratio. Kappa is undefined when the expected disagreement is 0 (both graders always gave one
 * level). Every pair not in exact agreement is listed; one more than a level apart needs a third
 * rating ({@link Resolution}). The worked example in docs/grading.md is computed by hand.
 *
 * @since 0.3
 */
public final class Agreement {
    private Agreement() {
    }

    /**
     * The agreement figures of one criterion, or of all pooled.
     *
     * @param criterion {@code vignette#question/criterion}, or {@code overall}
     * @param pairs how many answers both graders rated
     * @param exact the share of pairs on the same level, 0 to 1
     * @param adjacent the share of pairs at most one level apart, 0 to 1
     * @param kappa the quadratic-weighted kappa, empty when undefined
     */
    public record Figures(String criterion, int pairs, double exact, double adjacent, OptionalDouble kappa) {
    }

    /**
     * Two ratings of one answer on one criterion that differ.
     *
     * @param attemptId the attempt
     * @param ref the question
     * @param criterion the criterion id
     * @param first the first grader
     * @param firstLevel the level the first grader gave, from 1
     * @param second the second grader
     * @param secondLevel the level the second grader gave, from 1
     */
    public record Disagreement(long attemptId, QuestionRef ref, String criterion, String first, int firstLevel,
                               String second, int secondLevel) {
        /** True when the levels are more than one apart: the policy then asks for a third rating. */
        public boolean needsThirdRating() {
            return Math.abs(firstLevel - secondLevel) > 1;
        }
    }

    /**
     * The agreement of the double-rated answers.
     *
     * @param criteria per criterion (in the order given), then {@code overall}
     * @param disagreements the pairs that differ, in attempt, question and criterion order
     */
    public record Report(List<Figures> criteria, Figures overall, List<Disagreement> disagreements) {
        /** Copies the lists. */
        public Report {
            criteria = List.copyOf(criteria);
            disagreements = List.copyOf(disagreements);
        }
    }

    /** The name of the pooled figures. */
    public static final String OVERALL = "overall";

    /**
     * The agreement of every answer with both a first and a second rating.
     *
     * @param questions the open responses, by reference
     * @param ratings all ratings of a quiz (any roles, any order)
     * @throws ModelException when a rating names a question not given
     */
    public static Report of(Map<QuestionRef, OpenResponse> questions, List<Rating> ratings) {
        Map<String, Rating[]> byAnswer = new TreeMap<>();
        for (Rating r : ratings) {
            if (r.role() == RatingRole.THIRD) {
                continue;
            }
            if (!questions.containsKey(r.ref())) {
                throw new ModelException("a rating names " + r.ref() + ", which is not an open response of the quiz");
            }
            Rating[] pair = byAnswer.computeIfAbsent(String.format("%020d %s", r.attemptId(), r.ref()), k -> new Rating[2]);
            pair[r.role() == RatingRole.FIRST ? 0 : 1] = r;
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        List<Disagreement> disagreements = new ArrayList<>();
        for (Rating[] pair : byAnswer.values()) {
            if (pair[0] == null || pair[1] == null) {
                continue;
            }
            OpenResponse q = questions.get(pair[0].ref());
            for (RubricCriterion c : Criteria.of(q).criteria()) {
                int a = pair[0].levels().get(c.id());
                int b = pair[1].levels().get(c.id());
                tallies.computeIfAbsent(pair[0].ref() + "/" + c.id(), k -> new Tally(c.levels().size())).add(a, b);
                if (a != b) {
                    disagreements.add(new Disagreement(pair[0].attemptId(), pair[0].ref(), c.id(), pair[0].grader(), a,
                            pair[1].grader(), b));
                }
            }
        }
        List<Figures> per = new ArrayList<>();
        Tally.Sum pooled = new Tally.Sum();
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            per.add(e.getValue().figures(e.getKey()));
            pooled.add(e.getValue());
        }
        return new Report(per, pooled.figures(OVERALL), disagreements);
    }

    /** The pairs of levels of one criterion, as a k × k table of counts. */
    private static final class Tally {
        private final int k;
        private final int[][] counts;
        private int n;

        Tally(int k) {
            this.k = k;
            this.counts = new int[k][k];
        }

        void add(int first, int second) {
            counts[first - 1][second - 1]++;
            n++;
        }

        double weight(int i, int j) {
            return (double) (i - j) * (i - j) / ((double) (k - 1) * (k - 1));
        }

        /** Σ w·observed count. */
        double observed() {
            double sum = 0;
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    sum += weight(i, j) * counts[i][j];
                }
            }
            return sum;
        }

        /** Σ w·expected count, the expected count of a cell being row total × column total / n. */
        double expected() {
            double[] rows = new double[k];
            double[] cols = new double[k];
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    rows[i] += counts[i][j];
                    cols[j] += counts[i][j];
                }
            }
            double sum = 0;
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    sum += weight(i, j) * rows[i] * cols[j] / n;
                }
            }
            return sum;
        }

        int within(int apart) {
            int c = 0;
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    c += Math.abs(i - j) <= apart ? counts[i][j] : 0;
                }
            }
            return c;
        }

        Figures figures(String name) {
            return Sum.figures(name, n, within(0), within(1), observed(), expected());
        }

        /** Tallies of several criteria pooled. */
        static final class Sum {
            private int n;
            private int exact;
            private int adjacent;
            private double observed;
            private double expected;

            void add(Tally t) {
                n += t.n;
                exact += t.within(0);
                adjacent += t.within(1);
                observed += t.observed();
                expected += t.expected();
            }

            Figures figures(String name) {
                return figures(name, n, exact, adjacent, observed, expected);
            }

            static Figures figures(String name, int n, int exact, int adjacent, double observed, double expected) {
                if (n == 0) {
                    return new Figures(name, 0, 0, 0, OptionalDouble.empty());
                }
                OptionalDouble kappa = expected > 1e-12 ? OptionalDouble.of(1 - observed / expected) : OptionalDouble.empty();
                return new Figures(name, n, (double) exact / n, (double) adjacent / n, kappa);
            }
        }
    }
}
