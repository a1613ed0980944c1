/**
 * The files a command works with besides its arguments: the result store named by
 * {@code --db} and the sponsor's signing key pair kept beside it.
 *
 * <p>Depends on the quiz engine's store, report-export's verification keys and
 * {@code org.securebase.cli.support}.
 */
package org.securebase.cli.workspace;
