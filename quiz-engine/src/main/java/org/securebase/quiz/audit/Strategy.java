package org.securebase.quiz.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.ChoiceOptions;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.SingleChoice;
import org.securebase.model.vignette.Turn;
import org.securebase.model.wording.Wording;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.Key;
import org.securebase.quiz.scoring.ScoringRule;

/**
 * A content-free way to answer, played as a trainee would play it: it sees the options, the
 * stem and the case but knows no attachment theory. Each strategy answers only the question
 * types it applies to, and its answer is scored with the engine's own {@link ScoringRule}
 * against the written key. Where a rule leaves several options tied the trainee picks one of
 * them at random, so the strategy's credit is the mean over the tied options.
 *
 * @since 0.3
 */
public enum Strategy {
    /** Single choice: the longest option. */
    LONGEST("longest", "pick the longest option") {
        @Override
        Optional<Outcome> play(LibraryQuestion q, int letter) {
            return single(q, s -> best(s.options(), o -> Wording.length(o.text())));
        }
    },
    /** Single choice: drop the options with absolute words (unless that drops all), then the longest. */
    AVOID_ABSOLUTES_THEN_LONGEST("avoid-absolutes-then-longest",
            "drop options with absolute words (always, never, only, must, ...), then pick the longest") {
        @Override
        Optional<Outcome> play(LibraryQuestion q, int letter) {
            return single(q, s -> {
                List<Integer> plain = new ArrayList<>();
                for (int p = 1; p <= s.options().size(); p++) {
                    if (!Wording.isAbsolute(s.options().get(p - 1).text())) {
                        plain.add(p);
                    }
                }
                if (plain.isEmpty()) {
                    return best(s.options(), o -> Wording.length(o.text()));
                }
                List<ChoiceOption> left = plain.stream().map(p -> s.options().get(p - 1)).toList();
                return best(left, o -> Wording.length(o.text())).stream().map(i -> plain.get(i - 1)).toList();
            });
        }
    },
    /** Single choice: the option sharing the most content words with the stem and the case. */
    MOST_SHARED_WORDS("most-shared-words", "pick the option sharing the most words with the stem and the case") {
        @Override
        Optional<Outcome> play(LibraryQuestion q, int letter) {
            Set<String> context = new HashSet<>(Wording.contentWords(q.question().stem()));
            q.vignette().background().forEach(p -> context.addAll(Wording.contentWords(p)));
            for (Turn t : q.vignette().transcript()) {
                context.addAll(Wording.contentWords(t.text()));
            }
            return single(q, s -> best(s.options(), o -> Wording.sharedWords(o.text(), context)));
        }
    },
    /** Multiple response: tick every option. */
    TICK_ALL("tick-all", "tick every option of a multiple-response question") {
        @Override
        Optional<Outcome> play(LibraryQuestion q, int letter) {
            return q.question().accept(new Only() {
                @Override
                public Optional<Outcome> multipleResponse(MultipleResponse m) {
                    List<Integer> all = new ArrayList<>();
                    for (int p = 1; p <= m.options().size(); p++) {
                        all.add(p);
                    }
                    return Optional.of(new Outcome(credit(m, new Answer.Choice(all)), Chance.of(m)));
                }
            });
        }
    },
    /**
     * Matching: know all pairs but one and take the last free, against the credit of the known
     * pairs alone. With no spare right-hand option the last pair needs no knowledge; with k spares
     * the last prompt has k + 1 places left, and the guesser picks one of them at random.
     */
    LAST_PAIR_FREE("last-pair-free", "matching: know all pairs but one; the one left over is free") {
        @Override
        Optional<Outcome> play(LibraryQuestion q, int letter) {
            return q.question().accept(new Only() {
                @Override
                public Optional<Outcome> matching(Matching m) {
                    int n = m.pairs().size();
                    Map<Integer, Integer> all = new TreeMap<>();
                    for (int left = 1; left <= n; left++) {
                        all.put(left, left);
                    }
                    int spares = m.distractors().size();
                    double known = 0;
                    double guessed = 0;
                    for (int unknown = 1; unknown <= n; unknown++) {
                        Map<Integer, Integer> partial = new TreeMap<>(all);
                        partial.remove(unknown);
                        known += credit(m, new Answer.Match(partial));
                        double right = credit(m, new Answer.Match(all));
                        double wrong = 0;
                        for (int spare = n + 1; spare <= n + spares; spare++) {
                            Map<Integer, Integer> onSpare = new TreeMap<>(partial);
                            onSpare.put(unknown, spare);
                            wrong += credit(m, new Answer.Match(onSpare));
                        }
                        guessed += (right + wrong) / (spares + 1);
                    }
                    return Optional.of(new Outcome(guessed / n, known / n));
                }

                @Override
                public Optional<Outcome> openResponse(OpenResponse question) {
                    return Optional.empty();
                }
            });
        }
    },
    /**
     * Single choice delivered unshuffled: always the same letter, the one the authors key most
     * often (the audit finds it; a trainee learns it from past papers).
     */
    SAME_LETTER("same-letter", "always the same letter (the one keyed most often), when options are not shuffled") {
        @Override
        Optional<Outcome> play(LibraryQuestion q, int letter) {
            return single(q, s -> letter <= s.options().size() ? List.of(letter) : List.of());
        }
    };

    private final String id;
    private final String description;

    Strategy(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The stable name printed in reports and JSON. */
    public String id() {
        return id;
    }

    /** What the strategy does, in a trainee's terms. */
    public String description() {
        return description;
    }

    /**
     * Plays the strategy on one question.
     *
     * @param letter the written position {@link #SAME_LETTER} always picks; ignored by the others
     * @return the outcome, or empty when the strategy does not apply to the question's type
     */
    abstract Optional<Outcome> play(LibraryQuestion q, int letter);

    /** A single-choice strategy: the positions it picks among (ties), scored as a random pick of one. */
    private static Optional<Outcome> single(LibraryQuestion q, Function<SingleChoice, List<Integer>> picks) {
        return ChoiceOptions.singleChoice(q.question()).map(s -> {
            List<Integer> chosen = picks.apply(s);
            double sum = 0;
            for (int p : chosen) {
                sum += credit(s, Answer.Choice.of(p));
            }
            return new Outcome(chosen.isEmpty() ? 0 : sum / chosen.size(), Chance.of(s));
        });
    }

    /** The 1-based positions of the options with the highest measure. */
    private static List<Integer> best(List<ChoiceOption> options, ToIntFunction<ChoiceOption> measure) {
        int top = Integer.MIN_VALUE;
        List<Integer> out = new ArrayList<>();
        for (int p = 1; p <= options.size(); p++) {
            int m = measure.applyAsInt(options.get(p - 1));
            if (m > top) {
                top = m;
                out.clear();
            }
            if (m == top) {
                out.add(p);
            }
        }
        return out;
    }

    private static double credit(Question q, Answer a) {
        return ScoringRule.of(q).credit(Key.of(q), a);
    }

    /** A visitor that finds no outcome unless a type is overridden. */
    private abstract static class Only implements QuestionVisitor<Optional<Outcome>> {
        @Override
        public Optional<Outcome> singleChoice(SingleChoice question) {
            return Optional.empty();
        }

        @Override
        public Optional<Outcome> multipleResponse(MultipleResponse question) {
            return Optional.empty();
        }

        @Override
        public Optional<Outcome> ordering(Ordering question) {
            return Optional.empty();
        }

        @Override
        public Optional<Outcome> matching(Matching question) {
            return Optional.empty();
        }

        @Override
        public Optional<Outcome> openResponse(OpenResponse question) {
            return Optional.empty();
        }
    }
}
