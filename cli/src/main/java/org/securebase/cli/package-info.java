/**
 * The {@code securebase} command line: the root command, exit codes and the one place where
 * failures become a one-line message and an exit code.
 *
 * <p>May depend on every other SecureBase module and picocli; nothing depends on it.
 */
package org.securebase.cli;
