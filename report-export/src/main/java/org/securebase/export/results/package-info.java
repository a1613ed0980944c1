/**
 * Turns the quiz engine's results (quizzes, variants, scored attempts, item analysis) into the
 * inputs of the exporters, so certificates, score reports, handouts and gradebooks are made
 * from real engine results.
 *
 * <p>Depends on the model, {@code org.securebase.quiz..} and the other
 * {@code org.securebase.export} packages; never on the CLI or XML.
 */
package org.securebase.export.results;
