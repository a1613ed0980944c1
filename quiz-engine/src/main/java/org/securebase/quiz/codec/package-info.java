/**
 * The stable text form of frozen quizzes and answer keys, for stores that keep them and reload
 * them identically.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..} and {@code org.securebase.quiz.json},
 * {@code .assembly} and {@code .scoring}.
 */
package org.securebase.quiz.codec;
