/**
 * Delivery: the key-free view a trainee is shown, attempts as states (in progress, submitted,
 * scored) built from time-stamped responses, the time-limit policy, retakes, and feedback after
 * scoring.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..} and {@code org.securebase.quiz.assembly},
 * {@code .variant} and {@code .scoring}.
 */
package org.securebase.quiz.delivery;
