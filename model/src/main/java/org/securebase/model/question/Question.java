package org.securebase.model.question;

import java.util.List;
import java.util.Optional;
import org.securebase.model.concept.ConceptId;

/**
 * A quiz question about a vignette. The five types are a closed family so scoring and
 * rendering can handle each explicitly.
 *
 * @since 0.1
 */
public sealed interface Question permits SingleChoice, MultipleResponse, Ordering, Matching, OpenResponse {

    /** The id, unique within the vignette. */
    String id();

    /** Points the question is worth (weight in the total), at least 0. */
    int points();

    /** The concepts it assesses: one to many, no duplicates. */
    List<ConceptId> concepts();

    /** Its own difficulty; empty means the vignette's. */
    Optional<Difficulty> difficulty();

    /** The question text. */
    String stem();

    /** General feedback shown after the question; null when not written. */
    String feedback();

    /** The XML element name of the type ({@code single-choice}, ...). */
    String typeName();

    /**
     * Applies the operation for this question's type.
     *
     * @since 0.2
     */
    <R> R accept(QuestionVisitor<R> visitor);
}
