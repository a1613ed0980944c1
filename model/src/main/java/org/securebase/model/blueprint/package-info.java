/**
 * Quiz blueprints: how to draw a quiz from a library (sections, selection rules, fixed
 * questions, pass mark, time limit, attempt policy).
 *
 * <p>Depends on the JDK and {@code org.securebase.model}, {@code .concept}, {@code .question}
 * and {@code .vignette}.
 */
package org.securebase.model.blueprint;
