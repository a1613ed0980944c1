/**
 * Variants: the per-trainee (or per-handout) order of sections' vignette blocks, questions,
 * options, ordering items and matching right-hand sides, their short codes, and the translation
 * of delivery letters back to written positions.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..}, {@code org.securebase.quiz.assembly} and
 * {@code org.securebase.quiz.scoring} (for answers).
 */
package org.securebase.quiz.variant;
