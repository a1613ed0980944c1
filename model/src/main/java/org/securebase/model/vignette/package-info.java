/**
 * A case vignette: the clients, background, session transcript, expert annotations,
 * learning objectives and the questions asked about it.
 *
 * <p>Depends on the JDK and {@code org.securebase.model}, {@code .concept} and {@code .question}.
 */
package org.securebase.model.vignette;
