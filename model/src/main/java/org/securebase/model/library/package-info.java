/**
 * A library: the vignettes a quiz is drawn from, with lookup by vignette id and by question
 * reference.
 *
 * <p>Depends on the JDK and {@code org.securebase.model}, {@code .question} and {@code .vignette}.
 */
package org.securebase.model.library;
