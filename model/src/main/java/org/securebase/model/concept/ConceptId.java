package org.securebase.model.concept;

import java.util.regex.Pattern;
import org.securebase.model.ModelException;

/**
 * A concept id such as {@code style.anxious} or {@code eft.step.3}: the stable vocabulary that
 * vignettes, questions and blueprints refer to. Its group is everything before the last dot.
 *
 * @param value the id, lower case, dot-separated
 * @since 0.1
 */
public record ConceptId(String value) implements Comparable<ConceptId> {
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

    /** Checks the shape of the id (not whether the catalogue knows it). */
    public ConceptId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new ModelException("concept id must look like 'group.name' in lower case, was '" + value + "'");
        }
    }

    /** Parses an id. */
    public static ConceptId of(String value) {
        return new ConceptId(value);
    }

    /** The group key: everything before the last dot ({@code eft.step} for {@code eft.step.3}). */
    public String group() {
        return value.substring(0, value.lastIndexOf('.'));
    }

    @Override
    public int compareTo(ConceptId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
