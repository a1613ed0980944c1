/**
 * Checks across files: duplicate vignette, blueprint and course ids, blueprint references to
 * questions that do not exist, sections a library cannot satisfy, and courses whose blueprint is
 * missing. Each problem is reported at the element that causes it. The library side works on a
 * stream of vignettes and keeps counts, not vignettes ({@link org.securebase.scenarios.check.LibraryTally}).
 *
 * <p>Depends on the JDK, {@code org.securebase.model..} and {@code org.securebase.scenarios.diagnostic}.
 */
package org.securebase.scenarios.check;
