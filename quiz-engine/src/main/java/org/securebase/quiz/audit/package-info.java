/**
 * The test-wiseness audit: content-free answering strategies (pick the longest option, avoid
 * absolute words, match the stem's words, tick every option, take the last matching pair free,
 * always the same letter) scored against every question of a library or a blueprint's pool with
 * the engine's own scoring rules, each against chance with a confidence interval, and the
 * library-wide cues behind them (key positions with a chi-square test, keyed counts, key length,
 * absolute words). See docs/item-writing.md.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..} and {@code org.securebase.quiz.scoring};
 * never on XML: content reaches it as model objects.
 */
package org.securebase.quiz.audit;
