/**
 * Terminal output helpers: whether colour is allowed, and text wrapped to the width.
 *
 * <p>Depends on the JDK only.
 */
package org.securebase.cli.terminal;
