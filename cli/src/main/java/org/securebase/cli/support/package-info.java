/**
 * What every command shares: the documented exit codes, the user-error type, and the global
 * options as an interface, so commands never depend on the root command that lists them.
 *
 * <p>Depends on the JDK and picocli only.
 */
package org.securebase.cli.support;
