/**
 * Files the CLI writes: written to a temporary name beside the target and moved into place,
 * so nothing is ever left half-written; an existing output is replaced only when asked.
 *
 * <p>Depends on the JDK and {@code org.securebase.cli}.
 */
package org.securebase.cli.io;
