package org.securebase.quiz.audit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.ChoiceOptions;
import org.securebase.model.question.SingleChoice;
import org.securebase.model.wording.Wording;

/**
 * Runs the test-wiseness audit: every {@link Strategy} on every question, then the summaries
 * and the library-wide cues. See docs/item-writing.md for what each figure means.
 *
 * @since 0.3
 */
public final class Audit {
    private Audit() {
    }

    /**
     * Audits the questions.
     *
     * @param questions the questions of a library or a blueprint's pool
     * @param optionsShuffled whether delivery shuffles the options (the same-letter strategy then does not apply)
     */
    public static AuditReport of(List<LibraryQuestion> questions, boolean optionsShuffled) {
        List<Double> letterScores = letterScores(questions);
        int letter = 1;
        for (int p = 1; p <= letterScores.size(); p++) {
            if (letterScores.get(p - 1) > letterScores.get(letter - 1)) {
                letter = p;
            }
        }
        List<QuestionAudit> audits = new ArrayList<>();
        for (LibraryQuestion q : questions) {
            Map<Strategy, Outcome> outcomes = new EnumMap<>(Strategy.class);
            for (Strategy s : Strategy.values()) {
                Optional<Outcome> o = s.play(q, letter);
                o.ifPresent(v -> outcomes.put(s, v));
            }
            audits.add(new QuestionAudit(q.ref(), q.question().typeName(), outcomes));
        }
        List<StrategyResult> results = new ArrayList<>();
        for (Strategy s : Strategy.values()) {
            results.add(summary(s, audits, !(s == Strategy.SAME_LETTER && optionsShuffled)));
        }
        return new AuditReport(audits, results, letter, letterScores, optionsShuffled, cues(questions));
    }

    /** The mean credit of always answering each letter, over the single-choice questions. */
    private static List<Double> letterScores(List<LibraryQuestion> questions) {
        int width = 0;
        for (LibraryQuestion q : questions) {
            width = Math.max(width, ChoiceOptions.singleChoice(q.question()).map(s -> s.options().size()).orElse(0));
        }
        List<Double> out = new ArrayList<>();
        for (int p = 1; p <= width; p++) {
            double sum = 0;
            int n = 0;
            for (LibraryQuestion q : questions) {
                Optional<Outcome> o = Strategy.SAME_LETTER.play(q, p);
                if (o.isPresent()) {
                    sum += o.get().credit();
                    n++;
                }
            }
            out.add(n == 0 ? 0 : sum / n);
        }
        return out;
    }

    private static StrategyResult summary(Strategy s, List<QuestionAudit> audits, boolean applies) {
        List<Outcome> os = audits.stream().map(a -> a.outcomes().get(s)).filter(o -> o != null).toList();
        int n = os.size();
        if (n == 0) {
            return new StrategyResult(s, 0, 0, 0, 0, 0, 0, 0, 0, applies);
        }
        double[] credit = os.stream().mapToDouble(Outcome::credit).toArray();
        double[] gain = os.stream().mapToDouble(o -> o.credit() - o.chance()).toArray();
        double score = mean(credit);
        double g = mean(gain);
        double chance = os.stream().mapToDouble(Outcome::chance).average().orElse(0);
        double seScore = standardError(credit, score);
        double seGain = standardError(gain, g);
        return new StrategyResult(s, n, score, Math.max(0, score - StrategyResult.Z95 * seScore),
                Math.min(1, score + StrategyResult.Z95 * seScore), chance, g, Math.max(-1, g - StrategyResult.Z95 * seGain),
                Math.min(1, g + StrategyResult.Z95 * seGain), applies);
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    /** The standard error of the mean, sample SD over √n; 0 below two values. */
    private static double standardError(double[] v, double mean) {
        if (v.length < 2) {
            return 0;
        }
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / (v.length - 1) / v.length);
    }

    private static Cues cues(List<LibraryQuestion> questions) {
        List<Integer> keyPositions = new ArrayList<>();
        List<Integer> optionCounts = new ArrayList<>();
        Map<String, Integer> keyed = new TreeMap<>();
        double ratioSum = 0;
        int longest = 0;
        int longestOrSecond = 0;
        int[] absolute = new int[4];
        for (LibraryQuestion lq : questions) {
            List<ChoiceOption> options = ChoiceOptions.of(lq.question());
            for (ChoiceOption o : options) {
                int slot = o.correct() ? 0 : 2;
                absolute[slot]++;
                if (Wording.isAbsolute(o.text())) {
                    absolute[slot + 1]++;
                }
            }
            long keys = options.stream().filter(ChoiceOption::correct).count();
            Optional<SingleChoice> single = ChoiceOptions.singleChoice(lq.question());
            if (single.isEmpty() && !options.isEmpty()) { // the other choice type: multiple response
                keyed.merge(keys + " of " + options.size(), 1, Integer::sum);
            }
            if (single.isEmpty()) {
                continue;
            }
            SingleChoice s = single.get();
            keyPositions.add(s.correctPosition());
            optionCounts.add(s.options().size());
            int key = Wording.length(s.options().get(s.correctPosition() - 1).text());
            double distractors = s.options().stream().filter(o -> !o.correct()).mapToInt(o -> Wording.length(o.text()))
                    .average().orElse(key);
            ratioSum += key / distractors;
            long longer = s.options().stream().filter(o -> Wording.length(o.text()) > key).count();
            if (longer == 0) {
                longest++;
            }
            if (longer <= 1) {
                longestOrSecond++;
            }
        }
        int sc = keyPositions.size();
        return new Cues(KeyPositions.of(keyPositions, optionCounts), keyed, sc == 0 ? 0 : ratioSum / sc, longest,
                longestOrSecond, sc, absolute[0], absolute[1], absolute[2], absolute[3]);
    }
}
