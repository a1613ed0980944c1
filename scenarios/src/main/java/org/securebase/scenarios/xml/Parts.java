package org.securebase.scenarios.xml;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptCatalogue;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.concept.ConceptPattern;
import org.securebase.model.concept.UnknownConceptException;
import org.securebase.scenarios.lint.Lint;
import org.xml.sax.Locator;

/** Small conversions shared by the mappings, each reporting a problem at the element instead of throwing. */
final class Parts {
    private Parts() {
    }

    /** Whitespace-separated words; empty for null. */
    static List<String> words(String text) {
        return Checks.words(text);
    }

    /**
     * The concept ids of a list, each checked against the catalogue; an unknown id is reported
     * (with "did you mean") and left out. Null when any was unknown.
     */
    static List<ConceptId> concepts(String list, String where, Locator at, ConceptCatalogue catalogue, Problems p) {
        List<ConceptId> out = new ArrayList<>();
        boolean ok = true;
        for (String w : words(list)) {
            try {
                out.add(catalogue.require(w).id());
            } catch (UnknownConceptException e) {
                p.error(at, where + ": " + e.getMessage());
                ok = false;
            }
        }
        return ok ? out : null;
    }

    /** A concept pattern checked against the catalogue: an id must exist, a prefix must select something. */
    static ConceptPattern pattern(String text, String where, Locator at, ConceptCatalogue catalogue, Problems p) {
        try {
            ConceptPattern pattern = ConceptPattern.of(text);
            if (pattern.isWildcard()) {
                if (catalogue.matching(pattern).isEmpty()) {
                    p.error(at, where + ": concept pattern '" + text + "' matches no concept of the catalogue");
                    return null;
                }
            } else {
                catalogue.require(text);
            }
            return pattern;
        } catch (UnknownConceptException e) {
            p.error(at, where + ": " + e.getMessage());
        } catch (ModelException e) {
            p.error(at, where + ": " + e.getMessage());
        }
        return null;
    }

    /** Lint rule names of a {@code lint-ignore} list; unknown names draw a warning and are kept (harmless). */
    static Set<String> ignored(String list, Locator at, Problems p) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(list)) {
            if (!Lint.ruleNames().contains(w)) {
                p.warning(at, "lint-ignore names '" + w + "', which is not a lint rule; the rules are "
                        + String.join(", ", Lint.ruleNames()));
            }
            out.add(w);
        }
        return out;
    }

    /** Text with whitespace folded, or null. */
    static String text(String value) {
        return value == null ? null : Checks.normalise(value);
    }
}
