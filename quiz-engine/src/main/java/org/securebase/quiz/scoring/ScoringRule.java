package org.securebase.quiz.scoring;

import java.util.List;
import java.util.Map;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.Scoring;
import org.securebase.model.question.SingleChoice;

/**
 * The named rules that turn an answer into credit, a share of the question's points in
 * {@code [0, 1]}. Each has a stable {@link #ruleName()} recorded with every score, so a report
 * says how a mark was reached. The rules are worked through with numbers in docs/scoring.md.
 * No answer earns 0 under every rule; an open answer earns 0 under its rule until it is graded.
 *
 * @since 0.1
 */
public enum ScoringRule {
    /** Single choice: 1 for the keyed option, else 0. */
    SINGLE_CHOICE_RIGHT_OR_WRONG("single-choice/right-or-wrong") {
        @Override
        double creditOf(Key key, Answer answer) {
            return ((Answer.Choice) answer).positions().equals(((Key.Choice) key).correct()) ? 1 : 0;
        }
    },
    /** Multiple response: 1 when exactly the keyed options are chosen, else 0. */
    MULTIPLE_RESPONSE_ALL_OR_NOTHING("multiple-response/all-or-nothing") {
        @Override
        double creditOf(Key key, Answer answer) {
            return ((Answer.Choice) answer).positions().equals(((Key.Choice) key).correct()) ? 1 : 0;
        }
    },
    /** Multiple response: +1/k per keyed option chosen, −1/k per other option chosen, floored at 0; k keyed options. */
    MULTIPLE_RESPONSE_PARTIAL("multiple-response/partial") {
        @Override
        double creditOf(Key key, Answer answer) {
            List<Integer> correct = ((Key.Choice) key).correct();
            int right = 0;
            int wrong = 0;
            for (int p : ((Answer.Choice) answer).positions()) {
                if (correct.contains(p)) {
                    right++;
                } else {
                    wrong++;
                }
            }
            return Math.max(0, (double) (right - wrong) / correct.size());
        }
    },
    /** Ordering: the share of item pairs in the keyed relative order (concordant pairs / all pairs). */
    ORDERING_CONCORDANT_PAIRS("ordering/concordant-pairs") {
        @Override
        double creditOf(Key key, Answer answer) {
            List<Integer> given = ((Answer.Order) answer).sequence();
            int[] rank = ranks(((Key.Order) key).sequence());
            int n = given.size();
            int concordant = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (rank[given.get(i)] < rank[given.get(j)]) {
                        concordant++;
                    }
                }
            }
            return concordant / (n * (n - 1) / 2.0);
        }
    },
    /** Ordering: 1 for exactly the keyed order, else 0. */
    ORDERING_ALL_OR_NOTHING("ordering/all-or-nothing") {
        @Override
        double creditOf(Key key, Answer answer) {
            return ((Answer.Order) answer).sequence().equals(((Key.Order) key).sequence()) ? 1 : 0;
        }
    },
    /** Matching: the share of left sides matched to their keyed right side. */
    MATCHING_SHARE_OF_PAIRS("matching/share-of-pairs") {
        @Override
        double creditOf(Key key, Answer answer) {
            Map<Integer, Integer> keyed = ((Key.Match) key).pairs();
            Map<Integer, Integer> given = ((Answer.Match) answer).pairs();
            int right = 0;
            for (Map.Entry<Integer, Integer> e : keyed.entrySet()) {
                if (e.getValue().equals(given.get(e.getKey()))) {
                    right++;
                }
            }
            return (double) right / keyed.size();
        }
    },
    /** Matching: 1 when every left side has its keyed right side, else 0. */
    MATCHING_ALL_OR_NOTHING("matching/all-or-nothing") {
        @Override
        double creditOf(Key key, Answer answer) {
            return ((Answer.Match) answer).pairs().equals(((Key.Match) key).pairs()) ? 1 : 0;
        }
    },
    /**
     * Open response: nothing until a grader marks the answer against the rubric. The rule only
     * checks the kinds; the marks come from the ratings (decision 0110), and until then the
     * score is provisional.
     *
     * @since 0.3
     */
    OPEN_RESPONSE_RUBRIC("open-response/rubric") {
        @Override
        double creditOf(Key key, Answer answer) {
            Key.Graded.class.cast(key);
            Answer.Text.class.cast(answer);
            return 0;
        }
    };

    private final String ruleName;

    ScoringRule(String ruleName) {
        this.ruleName = ruleName;
    }

    /** The stable name recorded with scores. */
    public String ruleName() {
        return ruleName;
    }

    abstract double creditOf(Key key, Answer answer);

    /**
     * The credit an answer earns, in {@code [0, 1]}; 0 for no answer (null).
     *
     * @throws InvalidAnswerException when the answer or key is of the wrong kind for this rule
     */
    public double credit(Key key, Answer answer) {
        if (answer == null) {
            return 0;
        }
        try {
            return creditOf(key, answer);
        } catch (ClassCastException e) {
            throw new InvalidAnswerException("rule " + ruleName + " cannot score the answer '" + answer.encode()
                    + "' against the key '" + key.encode() + "': they are of different kinds");
        }
    }

    /** The rule that applies to a question: its type and its {@code scoring}. */
    public static ScoringRule of(Question q) {
        return q.accept(Rules.OF_QUESTION);
    }

    /** The rule of each question type; a holder, because an enum's constants must come first. */
    private static final class Rules {
        static final QuestionVisitor<ScoringRule> OF_QUESTION = new QuestionVisitor<>() {
            @Override
            public ScoringRule singleChoice(SingleChoice s) {
                return SINGLE_CHOICE_RIGHT_OR_WRONG;
            }

            @Override
            public ScoringRule multipleResponse(MultipleResponse m) {
                return m.scoring() == Scoring.PARTIAL ? MULTIPLE_RESPONSE_PARTIAL : MULTIPLE_RESPONSE_ALL_OR_NOTHING;
            }

            @Override
            public ScoringRule ordering(Ordering o) {
                return o.scoring() == Scoring.PARTIAL ? ORDERING_CONCORDANT_PAIRS : ORDERING_ALL_OR_NOTHING;
            }

            @Override
            public ScoringRule matching(Matching m) {
                return m.scoring() == Scoring.PARTIAL ? MATCHING_SHARE_OF_PAIRS : MATCHING_ALL_OR_NOTHING;
            }

            @Override
            public ScoringRule openResponse(OpenResponse o) {
                return OPEN_RESPONSE_RUBRIC;
            }
        };

        private Rules() {
        }
    }

    /** The place of each written position in a key's order, indexed by position (a key is a permutation of 1..n). */
    private static int[] ranks(List<Integer> sequence) {
        int[] rank = new int[sequence.size() + 1];
        for (int i = 0; i < sequence.size(); i++) {
            rank[sequence.get(i)] = i;
        }
        return rank;
    }
}
