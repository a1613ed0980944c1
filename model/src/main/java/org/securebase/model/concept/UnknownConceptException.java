package org.securebase.model.concept;

import java.util.List;
import org.securebase.model.ModelException;

/**
 * A concept id the catalogue does not hold, with the nearest ids it does hold so the message
 * can say "did you mean".
 *
 * @since 0.1
 */
public class UnknownConceptException extends ModelException {
    private static final long serialVersionUID = 1L;

    /** The id as written. */
    private final String id;
    /** The nearest known ids, closest first; may be empty. */
    private final transient List<ConceptId> suggestions;

    /**
     * @param id the unknown id as written
     * @param suggestions the nearest known ids, closest first
     */
    public UnknownConceptException(String id, List<ConceptId> suggestions) {
        super(message(id, suggestions));
        this.id = id;
        this.suggestions = List.copyOf(suggestions);
    }

    private static String message(String id, List<ConceptId> suggestions) {
        String base = "unknown concept '" + id + "'";
        if (suggestions.isEmpty()) {
            return base + "; see 'securebase concepts' for the list";
        }
        return base + "; did you mean " + String.join(" or ",
                suggestions.stream().map(s -> "'" + s.value() + "'").toList()) + "?";
    }

    /** The id as written. */
    public String id() {
        return id;
    }

    /** The nearest known ids, closest first. */
    public List<ConceptId> suggestions() {
        return suggestions == null ? List.of() : suggestions;
    }
}
