/**
 * Re-keying after delivery: voiding a question or changing its key, rescoring every attempt,
 * and the audit record listing old and new scores and changed pass/fail outcomes.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..} and {@code org.securebase.quiz.assembly},
 * {@code .scoring} and {@code .delivery}.
 */
package org.securebase.quiz.rekey;
