/**
 * How commands get their content: the bundled library or the folders named with
 * {@code --library}, loaded once with a progress bar, with a clear refusal when it has errors.
 *
 * <p>Depends on {@code org.securebase.scenarios}, the model, {@code org.securebase.cli} and
 * {@code org.securebase.cli.terminal}.
 */
package org.securebase.cli.content;
