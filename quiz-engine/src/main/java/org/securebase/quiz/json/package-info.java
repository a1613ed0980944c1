/**
 * JSON without a library: a small value type, a canonical writer and a strict reader, and the
 * canonical JSON form of vignettes and questions that fingerprints and frozen quizzes use.
 *
 * <p>Depends on the JDK and {@code org.securebase.model..} only.
 */
package org.securebase.quiz.json;
