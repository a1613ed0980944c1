package org.securebase.scenarios.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.diagnostic.Located;
import org.securebase.scenarios.diagnostic.SourceMap;

/**
 * Runs the lint rules over vignettes and turns their findings into warnings at the element they
 * concern, leaving out what the author silenced with {@code lint-ignore}.
 *
 * @since 0.1
 */
public final class Lint {
    private final List<LintRule> rules;

    /**
     * A lint with these per-vignette rules (the cross-file {@link TranscriptOverlap} always runs
     * in {@link #checkAcross}).
     */
    public Lint(List<LintRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule of the project. */
    public static Lint standard() {
        return new Lint(List.of(new OptionFeedback(), new GeneralFeedback(), new ObjectiveUnassessed(),
                new AllOfTheAbove(), new LongCorrectOption(), new OrderingTooShort(), new MatchingTooShort(),
                new TooManyConcepts(), new NoTranscript()));
    }

    /** The per-vignette rules, in the order they run. */
    public List<LintRule> rules() {
        return rules;
    }

    /** The names of every rule, the cross-file one included: what {@code lint-ignore} accepts. */
    public static Set<String> ruleNames() {
        Set<String> names = new TreeSet<>();
        standard().rules().forEach(r -> names.add(r.name()));
        names.add(TranscriptOverlap.NAME);
        return names;
    }

    /**
     * A vignette to lint, with where it was written and what its author silenced.
     *
     * @param vignette the vignette with its file and positions
     * @param ignores the rules silenced in it
     */
    public record Subject(Located<Vignette> vignette, LintIgnores ignores) {
    }

    /** Warnings for one vignette. */
    public List<Diagnostic> check(Subject subject) {
        List<Diagnostic> out = new ArrayList<>();
        Located<Vignette> v = subject.vignette();
        for (LintRule rule : rules) {
            for (Finding f : rule.check(v.value())) {
                if (subject.ignores().silences(rule.name(), f.questionId())) {
                    continue;
                }
                String key = f.questionId() == null ? "" : f.option() > 0
                        ? SourceMap.optionKey(f.questionId(), f.option()) : SourceMap.questionKey(f.questionId());
                out.add(Diagnostic.warning(v.file(), v.source().at(key), rule.name(), f.message()));
            }
        }
        return out;
    }

    /**
     * Warnings that need several vignettes: transcripts that overlap too much. Each pair is
     * reported once, at the later vignette, in the order of the subjects. Only pairs that share a
     * sentence are compared (through an index of sentences to the earlier vignettes holding them),
     * so a library of thousands of vignettes is checked in time proportional to its sentences.
     */
    public List<Diagnostic> checkAcross(List<Subject> subjects) {
        List<Diagnostic> out = new ArrayList<>();
        List<Set<String>> sentences = subjects.stream().map(s -> TranscriptOverlap.sentences(s.vignette().value())).toList();
        Map<String, List<Integer>> earlierHolding = new HashMap<>();
        for (int j = 0; j < subjects.size(); j++) {
            Subject later = subjects.get(j);
            if (later.ignores().silences(TranscriptOverlap.NAME, null)) {
                continue;
            }
            SortedMap<Integer, Integer> shared = new TreeMap<>();
            for (String sentence : sentences.get(j)) {
                for (int i : earlierHolding.getOrDefault(sentence, List.of())) {
                    shared.merge(i, 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                int i = e.getKey();
                TranscriptOverlap.Overlap o = new TranscriptOverlap.Overlap(e.getValue(),
                        Math.min(sentences.get(i).size(), sentences.get(j).size()));
                if (o.tooHigh()) {
                    Located<Vignette> a = subjects.get(i).vignette();
                    Located<Vignette> b = later.vignette();
                    out.add(Diagnostic.warning(b.file(), b.source().root(), TranscriptOverlap.NAME,
                            "vignette " + b.value().id() + " shares " + o.shared() + " of " + o.smaller()
                                    + " transcript sentences with vignette " + a.value().id() + " (" + a.file() + ":"
                                    + a.source().root().line() + "): write a new exchange rather than swapping names"));
                }
            }
            for (String sentence : sentences.get(j)) {
                earlierHolding.computeIfAbsent(sentence, k -> new ArrayList<>()).add(j);
            }
        }
        return out;
    }
}
