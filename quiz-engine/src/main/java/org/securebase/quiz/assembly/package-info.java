/**
 * Assembly: turning a blueprint, a library and a seed into a reproducible {@link
 * org.securebase.quiz.assembly.Quiz} with its own id and content fingerprint, and the seeded
 * random generator every reproducible choice in the engine uses.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..} and {@code org.securebase.quiz.json}.
 */
package org.securebase.quiz.assembly;
