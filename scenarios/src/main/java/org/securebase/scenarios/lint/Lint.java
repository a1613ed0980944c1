package org.securebase.scenarios.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
     * A lint with these per-vignette rules (the cross-file {@link TranscriptOverlap} runs in the
     * loader's {@link OverlapIndex} as files stream past).
     */
    public Lint(List<LintRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule of the project. */
    public static Lint standard() {
        return new Lint(List.of(new OptionFeedback(), new GeneralFeedback(), new ObjectiveUnassessed(),
                new AllOfTheAbove(), new LongCorrectOption(), new OrderingTooShort(), new MatchingTooShort(),
                new TooManyConcepts(), new NoTranscript(), new OpenResponseUnguided(), new RubricShortOfPoints(),
                new CriterionWithoutDescriptors()));
    }

    /**
     * The rules for the cues a test-wise trainee reads ({@code securebase audit}): a key that
     * stands out, absolute words only in distractors, ticking every option earning marks, a
     * matching question with no spare right-hand option. Not
     * part of {@link #standard()} yet: the bundled library raises them today and is rewritten
     * against them by the content issue; {@code validate --cues} runs them with the standard ones.
     *
     * @since 0.3
     */
    public static List<LintRule> cueRules() {
        return List.of(new KeyStandsOut(), new AbsoluteDistractor(), new TickAllEarns(), new NoSpareMatch());
    }

    /**
     * Every rule of the project and the cue rules.
     *
     * @since 0.3
     */
    public static Lint withCues() {
        List<LintRule> all = new ArrayList<>(standard().rules());
        all.addAll(cueRules());
        return new Lint(all);
    }

    /** The per-vignette rules, in the order they run. */
    public List<LintRule> rules() {
        return rules;
    }

    /** The names of every rule, the cross-file one included: what {@code lint-ignore} accepts. */
    public static Set<String> ruleNames() {
        Set<String> names = new TreeSet<>();
        withCues().rules().forEach(r -> names.add(r.name()));
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
}
