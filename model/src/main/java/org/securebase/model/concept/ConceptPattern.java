package org.securebase.model.concept;

import org.securebase.model.ModelException;

/**
 * A concept selector in a quiz blueprint: an exact id ({@code style.anxious}) or a prefix
 * pattern ending in {@code .*} ({@code eft.*} matches both EFT groups, {@code eft.step.*}
 * only the steps).
 *
 * @param text the pattern as written
 * @since 0.1
 */
public record ConceptPattern(String text) {

    /** Checks the pattern's shape. */
    public ConceptPattern {
        if (text == null || text.isBlank()) {
            throw new ModelException("concept pattern is empty");
        }
        if (text.endsWith(".*")) {
            String prefix = text.substring(0, text.length() - 2);
            if (!prefix.matches("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*")) {
                throw new ModelException("concept pattern must be an id or 'prefix.*', was '" + text + "'");
            }
        } else {
            ConceptId.of(text);
        }
    }

    /** Parses a pattern. */
    public static ConceptPattern of(String text) {
        return new ConceptPattern(text);
    }

    /** True when this is a {@code prefix.*} pattern rather than one id. */
    public boolean isWildcard() {
        return text.endsWith(".*");
    }

    /** True when the id is selected by this pattern. */
    public boolean matches(ConceptId id) {
        if (isWildcard()) {
            return id.value().startsWith(text.substring(0, text.length() - 1));
        }
        return id.value().equals(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
