/**
 * Quiz questions as a sealed family (single choice, multiple response, ordering, matching),
 * their options, scoring modes, difficulty and the question reference
 * {@code vignette-id#question-id}.
 *
 * <p>Depends on the JDK, {@code org.securebase.model} and {@code org.securebase.model.concept}.
 */
package org.securebase.model.question;
