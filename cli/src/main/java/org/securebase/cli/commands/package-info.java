/**
 * The subcommands of {@code securebase}, each a {@code Callable<Integer>} that prints through
 * picocli's writers.
 *
 * <p>May depend on every SecureBase module, picocli and {@code org.securebase.cli.terminal}.
 */
package org.securebase.cli.commands;
