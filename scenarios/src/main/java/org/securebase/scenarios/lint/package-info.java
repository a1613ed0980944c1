/**
 * Pedagogical lint: advice on vignettes that are valid but teach or assess less well than they
 * could (options without feedback, guessable keys, objectives no question assesses, templated
 * transcripts). Each rule is a small named object; authors silence a rule per file or per
 * question with {@code lint-ignore}.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..} and {@code org.securebase.scenarios.diagnostic}.
 */
package org.securebase.scenarios.lint;
