/**
 * Coverage of a library: how many questions there are per concept group, format, difficulty,
 * question type and concept id, so an instructor sees which concepts a quiz could not assess.
 *
 * <p>Depends on the JDK and {@code org.securebase.model..} only (no XML).
 */
package org.securebase.scenarios.coverage;
