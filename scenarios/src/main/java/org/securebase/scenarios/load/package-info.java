/**
 * Loading content for the CLI and the engine: files and folders (any depth) and the bundled
 * library (from a folder or from inside the jar), read in parallel and handed on in order,
 * checked within and across files, linted, and summed up as a
 * {@link org.securebase.scenarios.load.Loaded} result (content kept) or a
 * {@link org.securebase.scenarios.load.Checked} one (diagnostics only, memory flat).
 *
 * <p>Depends on the JDK, {@code org.securebase.model..} and the other
 * {@code org.securebase.scenarios} packages except {@code coverage}.
 */
package org.securebase.scenarios.load;
