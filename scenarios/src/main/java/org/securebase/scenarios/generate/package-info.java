/**
 * Synthetic content for scale tests and benchmarks: seeded, reproducible vignette libraries of
 * any size that validate cleanly, and blueprints they satisfy.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..} and {@code org.securebase.scenarios.xml}
 * (to write the files).
 */
package org.securebase.scenarios.generate;
