package org.securebase.model.concept;

/**
 * Where a prototype sits on one dimension. The styles are regions on continuous scores, so
 * this is a description of the prototype, not a cut-off applied to a person.
 *
 * @since 0.1
 */
public enum Level {
    LOW,
    HIGH
}
