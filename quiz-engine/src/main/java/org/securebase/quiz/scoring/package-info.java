/**
 * Scoring: answers and keys in written positions, the named scoring rules, the answer key of a
 * quiz (with voided questions), per-question scores, totals, pass/fail and mastery per concept
 * and concept group.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..} and {@code org.securebase.quiz.assembly}.
 */
package org.securebase.quiz.scoring;
