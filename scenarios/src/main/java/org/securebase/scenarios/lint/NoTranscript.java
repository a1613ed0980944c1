package org.securebase.scenarios.lint;

import java.util.List;
import org.securebase.model.vignette.Vignette;

/**
 * Trainees learn to read attachment moves from what clients actually say; a vignette without a
 * transcript asks them to judge a summary.
 *
 * @since 0.1
 */
public final class NoTranscript implements LintRule {
    /** The rule name. */
    public static final String NAME = "no-transcript";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a vignette has a transcript of the session";
    }

    @Override
    public List<Finding> check(Vignette vignette) {
        return vignette.transcript().isEmpty()
                ? List.of(Finding.vignette("vignette " + vignette.id() + " has no transcript: add <transcript> with a few turns"))
                : List.of();
    }
}
