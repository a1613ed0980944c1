package org.securebase.scenarios.lint;

import java.util.List;
import org.securebase.model.vignette.Vignette;

/**
 * A pedagogical rule checked on one vignette. Its name is stable: authors write it in
 * {@code lint-ignore} and it is printed with every warning.
 *
 * @since 0.1
 */
public interface LintRule {

    /** The stable rule name, e.g. {@code option-feedback}. */
    String name();

    /** One sentence saying what the rule asks for and why. */
    String description();

    /** What the rule finds in the vignette; empty when it has no advice. */
    List<Finding> check(Vignette vignette);
}
